"""action_fields: a short heading after a list of bare items ends the list; the dash items under it
(downloads, further papers) are no fields. After a blank line, a numbered heading whose number does not
go on from the list's last item (the document's next section, an export having run the sentence under
the list into its last item) ends the list (invented examples)."""

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


def test_a_numbered_section_after_the_list_ends_it() -> None:
    assert labels(_NUMBERED + _NEXT_SECTIONS) == ["Frühe Hilfen", "Schule und Beruf", "Wohnen", "Sport und Kultur"]


def test_numbers_that_go_on_after_a_blank_line_stay_in_the_list() -> None:
    text = (
        "Folgende Handlungsfelder wurden beschlossen:\n1. Sprache\n2. Arbeit\n\n3. Wohnen\n\n"
        "Die Verwaltung berichtet jährlich.\n"
    )
    assert labels(text) == ["Sprache", "Arbeit", "Wohnen"]
