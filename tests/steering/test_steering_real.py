"""Steering groups on real Karlsruhe submissions (../shared, skipped when absent): what a paper's
sentences and lists name beside a group that is no member (a running head, a list of topics or
statements, a relative clause's time, seats and shares, a phrase whose head names no body, the
verb's object, the agent of a passive, half a name cut at its own "und") is not read, and the
members those papers do name are still read."""

from __future__ import annotations

import pytest

from tests.helpers import SHARED
from tests.steering.test_steering import groups_of

TEXTS = SHARED / "corpus" / "karlsruhe" / "texts"

pytestmark = pytest.mark.skipif(not TEXTS.exists(), reason="../shared is absent")


def _members(name: str) -> list[str]:
    text = (TEXTS / f"karlsruhe_{name}.txt").read_text(encoding="utf-8")
    return [m.member for g in groups_of(text) for m in g.members]


@pytest.mark.parametrize(
    ("paper", "invented"),
    [
        ("589196", ["Ergänzende Erläuterungen"]),  # a running head in a list of statements
        ("603777", ["Entschädigung für Einsätze und Fortbildungen"]),  # topics after "Feuerwehrangehörigen"
        ("589651", ["Immobilienstrategie der Stadt Karlsruhe"]),  # the group's purpose
        ("622803", ["im Konzern Stadt Karlsruhe vorhandene Knowhow"]),  # a phrase whose head is no body
        ("640825", ["Hälfte Mitglieder der Zivilgesellschaft"]),  # a share of the seats
        ("674640", ["Tage", "Vertreterin", "Vertreter je Dezernat"]),  # a relative clause's time, seats
        ("612129", ["Perspektive", "Entwicklungsmöglichkeiten der SBBZ im Stadtgebiet"]),  # the verb's object
        ("663059", ["Stadtverwaltung als Standpunkt"]),  # the agent of a passive
        (
            "603805",
            [
                "Stadt",
                "Gemeinderat als Berater und Unterstützer in Fragen zur Weiterentwicklung des digitalen Standorts",
            ],
        ),
        ("638467", ["Bau (VB-BW)"]),  # a name cut at its own "und"
        ("653235", ["Vermieter"]),
        ("147669", ["Dezernat 3 und Schul- und Sportamt"]),  # a number closes a name
        (
            "671281",
            [  # a chair's label and the next label glued to its line
                "Vorsitz: Wirtschaftsdezernent*in Stadt Karlsruhe als geborenes stimmberechtigtes Mitglied des "
                "Gremiums Stimmberechtigte Mitglieder"
            ],
        ),
    ],
)
def test_no_invented_member(paper: str, invented: list[str]) -> None:
    members = _members(paper)
    assert not set(invented) & set(members), members


@pytest.mark.parametrize(
    ("paper", "named"),
    [
        ("666920", ["Amt für Stadtentwicklung", "Kulturamt", "Bürgerverein Daxlanden"]),
        ("612129", ["Staatliches Schulamt", "Schul- und Sportamt"]),
        (
            "653235",
            ["Landgericht Karlsruhe", "Amt für Stadtentwicklung", "Interessenverbände der Mieter und Vermieter"],
        ),
        ("652771", ["Landesbetrieb Vermögen und Bau (VB-BW)", "Stadtwerke Karlsruhe"]),
        ("589861", ["Sozialausschuss", "Beirat für Menschen mit Behinderungen"]),
        ("147669", ["Dezernat 3", "Schul- und Sportamt", "Volkswohnung GmbH"]),
    ],
)
def test_named_members_still_read(paper: str, named: list[str]) -> None:
    members = _members(paper)
    assert set(named) <= set(members), members
