"""action_fields: a short heading after a list of bare items ends the list; the dash items under it
(downloads, further papers) are no fields. A numbered heading whose number does not go on from the
list's last item (the document's next section, an export having run the sentence under the list into
its last item) ends the list, a list numbered "1." throughout (Markdown) going on (invented examples)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

CASES = [
    (
        "a download heading after the fields",
        "Der Plan nennt vier Handlungsfelder:\n- Spracherwerb\n- Arbeit und Beruf\n- Wohnen im Quartier\n"
        "- Gesundheit\nUnterlagen zum Herunterladen\n- Teil A (120 KB)\n- Teil B (2,4 MB)\n",
        ["Spracherwerb", "Arbeit und Beruf", "Wohnen im Quartier", "Gesundheit"],
    ),
    (
        "a heading of further links after the fields",
        "Nach zwei Sitzungen des Netzwerks mit allen Trägern, Vereinen und Ämtern der Gemeinde liegt der Plan vor.\n"
        "Folgende Handlungsfelder wurden festgelegt:\n- Bildung\n- Sport und Freizeit\nWeitere Informationen\n"
        "- Protokoll der Sitzung\n- Pressemitteilung\n",
        ["Bildung", "Sport und Freizeit"],
    ),
    (
        "descriptions under each item keep the list going",
        "Das Konzept hat drei Handlungsfelder:\n- Sprache\nKurse für Eltern und Kinder werden ausgebaut.\n"
        "- Arbeit\nBetriebe werden beraten.\n- Wohnen\nDie Stadt sucht Wohnraum.\n",
        ["Sprache", "Arbeit", "Wohnen"],
    ),
]


@pytest.mark.parametrize(("_name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_heading_after_bare_items_ends_the_list(_name: str, text: str, expected: list[str]) -> None:
    assert labels(text) == expected


_NUMBERED = (
    "3. Handlungsfelder\n"
    "Die Fortschreibung ordnet ihre Ziele vier Handlungsfeldern zu:\n"
    "1. Frühe Hilfen: Elterncafés und Hausbesuche in den Ortsteilen\n"
    "2. Schule und Beruf: Begleitung am Übergang\n"
    "3. Wohnen: Beratung bei der Wohnungssuche\n"
    "4. Sport und Kultur: Öffnung der Vereine, der Musikschule und der Stadtbibliothek für zugezogene Familien\n"
    "Zu jedem Handlungsfeld nennt der Anhang Ziele und eine federführende Stelle.\n\n"
)
_NEXT_SECTIONS = (
    "4. Lenkungsgruppe Teilhabeplan (Vorsitz: Bürgermeister Jens Olbrich)\n\n"
    "Die Lenkungsgruppe tagt zweimal im Jahr und berät die Verwaltung.\n\n"
    "5. Moderation\n\nDie Moderation übernimmt ein Büro aus der Region.\n"
)


@pytest.mark.parametrize("blank", [True, False], ids=["blank-lines", "no-blank-lines"])
def test_a_numbered_section_after_the_list_ends_it(blank: bool) -> None:
    text = _NUMBERED + _NEXT_SECTIONS
    if not blank:  # an export that keeps no blank line
        text = text.replace("\n\n", "\n")
    assert labels(text) == ["Frühe Hilfen", "Schule und Beruf", "Wohnen", "Sport und Kultur"]


def test_a_list_numbered_one_throughout_goes_on() -> None:
    text = "Folgende Handlungsfelder wurden beschlossen:\n\n1. Sprache\n\n1. Arbeit\n\n1. Wohnen\n\n"
    text += "Die Verwaltung berichtet.\n"
    assert labels(text) == ["Sprache", "Arbeit", "Wohnen"]


def test_numbers_that_go_on_after_a_blank_line_stay_in_the_list() -> None:
    text = (
        "Folgende Handlungsfelder wurden beschlossen:\n1. Sprache\n2. Arbeit\n\n3. Wohnen\n\n"
        "Die Verwaltung berichtet jährlich.\n"
    )
    assert labels(text) == ["Sprache", "Arbeit", "Wohnen"]


_WRAPPED = (
    "Nach zwei Jahren Beteiligung in den Ortsteilen, mit Werkstätten, Befragungen und einer\n"
    "Konferenz der Träger, hat der Rat den Teilhabeplan der Gemeinde im Frühjahr bestätigt.\n\n"
    "Der Teilhabeplan ordnet seine Maßnahmen vier Handlungsfeldern zu:\n"
    "1. Frühe Hilfen: Elterncafés und Hausbesuche\n"
    "2. Schule und Beruf: Begleitung junger Menschen am Übergang\n"
    "Schule–Beruf\n"
    "3. Wohnen: Beratung bei der Wohnungssuche\n"
    "4. Sport und Kultur: Öffnung der Vereine\n\n"
    "Die Verwaltung berichtet jährlich.\n"
)


def test_a_description_wrapped_onto_a_short_line_keeps_the_list_going() -> None:
    assert labels(_WRAPPED) == ["Frühe Hilfen", "Schule und Beruf", "Wohnen", "Sport und Kultur"]


def test_a_heading_under_described_bullets_still_ends_the_list() -> None:
    text = (
        "Der Plan nennt drei Handlungsfelder:\n- Wohnen: Beratung und Vermittlung\n- Sport: Öffnung der Vereine\n"
        "- Gesundheit: Lotsen\nWeitere Informationen\n- Protokoll der Sitzung\n- Pressemitteilung\n"
    )
    assert labels(text) == ["Wohnen", "Sport", "Gesundheit"]
