"""action_fields: the header cards of a transcribed pin-board, the field column of a synopsis drawn with box
bars, the running heads of a concept's excerpted pages, and a summary in Leichte Sprache whose words the
middle dot parts. Every example is invented, with near misses that must yield nothing."""

from __future__ import annotations

import re

import pytest

from extractors.action_fields.easy_read import undotted
from tests.action_fields.test_action_fields import labels

INTRO = (
    "Integrationskonzept der Stadt Birkenfelde\n\n"
    "Die Stadt erarbeitet ein Integrationskonzept für Zugewanderte und Geflüchtete.\n"
    "Die Integration ist Aufgabe aller Ämter.\n\n"
)


def _closed(text: str) -> str:
    """The text as a PDF's text layer gives it: indents dropped, gaps closed to one space."""
    return "\n".join(re.sub(r"[ \t]{2,}", " ", line.strip()) for line in text.splitlines()) + "\n"


BOARD = (
    INTRO + "Die Überschriften der Pinnwand werden als Handlungsfelder vorgeschlagen (Anlage 1).\n\n"
    "Anlage 1\n"
    "Bild 2: Stellwand 1 – Abschrift (< > = Überschriftenkarte, [ ] = Ideenkarte)\n\n"
    "  <  Kinder, Schule und    >     <  Arbeit             >     <  Gesundheit im Alter  >\n"
    "  <  Sprache               >     <                     >     <                       >\n\n"
    "  [ Hausaufgabenhilfe     ]      [ Jobpaten          ]       [ Pflegelotsen        ]\n"
    "  [ Lesecafé              ]      [ Praktikumsbörse   ]\n\n"
    "  <  Sport und Vereine    >      PARKPLATZ\n"
    "                                 [ Bus am Sonntag     ]\n"
    "  [ Schwimmkurse          ]      [ Moschee-Neubau?    ]\n"
)
BOARD_FIELDS = ["Kinder, Schule und Sprache", "Arbeit", "Gesundheit im Alter", "Sport und Vereine"]


def test_the_header_cards_of_a_pin_board_the_legend_names_are_the_fields() -> None:
    assert labels(BOARD) == BOARD_FIELDS


def test_a_pin_board_a_pdf_closed_gives_the_same_header_cards() -> None:
    assert labels(_closed(BOARD)) == BOARD_FIELDS


@pytest.mark.parametrize(
    "text",
    [
        BOARD.replace("< > = Überschriftenkarte, ", ""),  # no legend: the kinds of card cannot be told apart
        BOARD.replace("Die Überschriften der Pinnwand werden als Handlungsfelder", "Die Ideen werden als Aufgaben"),
    ],
    ids=["no-legend", "no-field-noun"],
)
def test_a_pin_board_without_its_legend_or_the_field_noun_gives_nothing(text: str) -> None:
    assert labels(text) == []


SYNOPSIS = (
    INTRO + "Die Stellungnahmen ordnen jeden Antrag einem Handlungsfeld zu (Anlage 2).\n\n"
    "Anlage 2 – Synopse\n\n"
    " Nr.│ Antrag des Integrationsbeirats   │ Stellungnahme der Verwaltung      │ Zugeordnetes\n"
    "    │                                  │                                   │ Handlungsfeld\n"
    "────┼──────────────────────────────────┼───────────────────────────────────┼──────────────────\n"
    " 1  │ Sprachcafé in der Stadtbibliothek│ Wird umgesetzt.                   │ Sprache und\n"
    "    │                                  │                                   │ Bildung\n"
    " 2  │ Wahlrecht für Drittstaatsangehö- │ Bundesrecht.                      │ –\n"
    "    │ rige                             │                                   │\n"
    " 3  │ Ausbildungsmesse mit Dolmet-     │ Wird mit der Kammer umgesetzt.    │ Ausbildung und\n"
    "    │ schern                           │                                   │ Beruf\n"
    " 4  │ Mehrsprachige Formulare          │ Wird umgesetzt.                   │ Offene\n"
    "    │                                  │                                   │ Verwaltung\n"
    " 5  │ Elternkurse an Grundschulen      │ Wird geprüft.                     │ Sprache und\n"
    "    │                                  │                                   │ Bildung\n"
)


def test_the_column_of_a_synopsis_headed_by_the_field_noun_gives_each_field_once() -> None:
    assert labels(SYNOPSIS) == ["Sprache und Bildung", "Ausbildung und Beruf", "Offene Verwaltung"]


def test_a_synopsis_a_pdf_closed_gives_the_same_fields() -> None:
    assert labels(_closed(SYNOPSIS)) == ["Sprache und Bildung", "Ausbildung und Beruf", "Offene Verwaltung"]


def test_a_synopsis_whose_column_holds_dashes_only_gives_nothing() -> None:
    rows = re.sub(r"│ (?:Sprache und|Ausbildung und|Offene)\n", "│ –\n", SYNOPSIS)
    rows = re.sub(r"│ (?:Bildung|Beruf|Verwaltung)\n", "│\n", rows)
    assert labels(rows) == []


HEADS = (
    INTRO + "Aus Teil C ist die erste Seite jedes Handlungsfeldes beigefügt.\n\n"
    "Anlage 1a\n"
    "Teilhabekonzept Birkenfelde · Teil C                 Handlungsfeld 1 · Frühe Bildung\n"
    "─────────────────────────────────────────────────────────────────────────────────\n"
    "                                                                               31\n"
    "Ausgangslage. Zwölf Kitas betreuen Kinder aus 30 Ländern. Maßnahmen: 1.1 Sprachkitas.\n\n"
    "Teilhabekonzept Birkenfelde · Teil C      Handlungsfeld 2 · Arbeit und Anerkennung\n"
    "─────────────────────────────────────────────────────────────────────────────────\n"
    "                                                                               35\n"
    "Ausgangslage. Die Betriebe suchen Fachkräfte. Maßnahmen: 2.1 Anerkennungslotsen.\n\n"
    "Teilhabekonzept Birkenfelde · Teil C                      Querschnitt · Vielfalt\n"
    "─────────────────────────────────────────────────────────────────────────────────\n"
    "Die Verwaltung schult ihre Beschäftigten.\n"
)


def test_the_running_heads_of_excerpted_concept_pages_name_the_fields() -> None:
    assert labels(HEADS) == ["Frühe Bildung", "Arbeit und Anerkennung"]


def test_running_heads_a_pdf_closed_and_wrapped_name_the_same_fields() -> None:
    closed = _closed(HEADS).replace("· Arbeit und Anerkennung\n", "· Arbeit und\nAnerkennung\n")
    assert labels(closed) == ["Frühe Bildung", "Arbeit und Anerkennung"]


def test_one_line_of_a_title_and_a_field_is_no_running_head() -> None:
    text = INTRO + (
        "Teilhabekonzept Birkenfelde · Teil C                 Handlungsfeld 1 · Frühe Bildung\n"
        "Stadtteilbüro Nord · Sprechzeiten                     Handlungsfeld 2 · Arbeit\n"
    )
    assert labels(text) == []


EASY = (
    INTRO + "┌─ Das Wichtigste in Leichter Sprache ───────────────────────────┐\n"
    "│                                                               │\n"
    "│ Die Stadt hat einen Plan für das Zusammen·leben.              │\n"
    "│ Der Plan hat 4 Themen. Die Themen heißen: Handlungs·felder.   │\n"
    "│ Das sind die 4 Handlungs·felder:                              │\n"
    "│                                                               │\n"
    "│    1.  Sprache und Schule                                     │\n"
    "│    2.  Arbeit und Aus·bildung                                 │\n"
    "│    3.  Gesund·heit                                            │\n"
    "│    4.  Frei·zeit und Sport                                    │\n"
    "│                                                               │\n"
    "└────────────────────────────────────────── Übertragung: A 50 ──┘\n"
)


def test_a_summary_in_leichte_sprache_gives_its_fields_without_the_middle_dots() -> None:
    assert labels(EASY) == ["Sprache und Schule", "Arbeit und Ausbildung", "Gesundheit", "Freizeit und Sport"]


def test_a_summary_in_leichte_sprache_a_pdf_closed_gives_the_same_fields() -> None:
    assert labels(_closed(EASY)) == ["Sprache und Schule", "Arbeit und Ausbildung", "Gesundheit", "Freizeit und Sport"]


def test_the_middle_dot_between_words_is_no_joint_and_offsets_stay() -> None:
    text = "Teil B · Handlungsfeld 2\nArbeit und Aus·bildung │\n"
    out = undotted(text)
    assert len(out) == len(text) and out.splitlines()[0] == "Teil B · Handlungsfeld 2"
    assert out.splitlines()[1] == "Arbeit und Ausbildung  │"


def test_a_summary_in_leichte_sprache_of_other_matters_gives_nothing() -> None:
    text = EASY.replace("Handlungs·felder", "Sprech·zeiten").replace("Themen heißen", "Zeiten heißen")
    assert labels(text) == []
