"""Facilitators named in forms the other tests do not draw: an officer of the town in an apposition,
two names of one organisation parted by a slash, a brand opening in lower case, the commission to
update a concept, an external agent noun before a person."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import run


@pytest.mark.parametrize(
    "apposition",
    [
        "der Integrationsbeauftragten der Stadt",
        "Flüchtlingsbeauftragte des Landkreises",
        "dem Seniorenbeauftragten der Gemeinde",
    ],
)
def test_an_officer_of_the_town_in_an_apposition_is_no_facilitator(apposition: str) -> None:
    """ "Moderiert wurde … von Petra Lindner, der Integrationsbeauftragten der Stadt" names the town's
    own officer; an organisation named for the person stays, the person with it."""
    assert run(f"Moderiert wurde der Abend von Petra Lindner, {apposition}.\n") == []
    kept = "Moderiert wurde der Abend von Petra Lindner vom Büro Wegweiser.\n"
    assert run(kept) == [("Petra Lindner", "Büro Wegweiser", None)]


@pytest.mark.parametrize(
    ("written", "organisation"),
    [
        (
            "der Verein Sozialforschung e.V. / Institut für Alternsforschung",
            "Verein Sozialforschung e.V. / Institut für Alternsforschung",
        ),
        ("die Prognos AG/Institut für Stadtforschung", "Prognos AG/Institut für Stadtforschung"),
        (
            "das Institut für Alternsforschung an der Universität Kiel",
            "Institut für Alternsforschung an der Universität Kiel",
        ),
    ],
)
def test_two_names_of_one_organisation_are_one_row(written: str, organisation: str) -> None:
    """Two names parted by a slash, and an institute "an der Universität X", are one facilitator."""
    assert run(f"Die Evaluation des Prozesses übernimmt {written}.\n") == [(None, organisation, None)]


@pytest.mark.parametrize("brand", ["iSPO", "eXakt"])
def test_a_brand_in_lower_case_before_the_head(brand: str) -> None:
    """ "das iSPO-Institut" is an institute like "das Forum-Institut"; a lower-case word is no brand."""
    text = "Eine Kleinstadt hat das {}-Institut beauftragt, das städtische Integrationskonzept zu aktualisieren.\n"
    assert run(text.format(brand)) == [(None, f"{brand}-Institut", None)]
    assert run(text.format("Forum")) == [(None, "Forum-Institut", None)]
    assert run(text.format("neue")) == []


@pytest.mark.parametrize("infinitive", ["zu aktualisieren", "fortzuschreiben", "zu erstellen", "weiterzuentwickeln"])
def test_the_commission_to_update_the_concept_is_facilitation(infinitive: str) -> None:
    """ "X beauftragt, das Integrationskonzept zu aktualisieren" engages X; a plan without an
    organisation names no one."""
    text = f"Die Gemeinde hat das Forum-Institut beauftragt, ihr Teilhabekonzept {infinitive}.\n"
    assert run(text) == [(None, "Forum-Institut", None)]
    assert run(f"Die Gemeinde plant, ihr Teilhabekonzept {infinitive}.\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "Das Vorhaben läuft bis 2022 und wird vom erfahrenen externen Prozessbegleiter Dr. Jonas Weidner unterstützt.",
        "Rund 40 Gäste kamen zum Forum, das die externe Moderatorin Dr. Jonas Weidner leitete.",
        "Die Workshops leitete der externe Moderator Dr. Jonas Weidner.",
    ],
)
def test_an_external_agent_noun_engages_the_person_after_it(text: str) -> None:
    """ "vom externen Prozessbegleiter Dr. X unterstützt": the agent noun marked external says who
    was engaged; without "extern" the sentence names no engagement."""
    assert run(text + "\n") == [("Dr. Jonas Weidner", None, None)]
    assert run(text.replace("externen ", "").replace("externe ", "") + "\n") == []
