"""action_fields: fields lettered A … n in tiles two or more a row (also as an export closes their gaps to
single spaces), items each opened by the field noun with the name before a spaced dash, and numbered
field headings a gap after their number or wrapped over two lines (invented examples, with negatives)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

HEAD = "Gemeinde Kirchheide\nBeschlussvorlage 31/2028\n\nBetreff: Integrationskonzept\n\n"
TAIL = "\n\nDer Gemeinderat berät die Vorlage im Herbst.\n"

LETTERED = [
    (
        "six tiles column by column apart at gaps, names wrapped under their column",
        "Die Arbeitskreise richten sich nach sechs Handlungsfeldern:\n\n"
        "   A  Sprache und frühe           D  Gesundheit\n"
        "      Bildung\n"
        "   B  Arbeit und Hand-            E  Mobilität im Umland\n"
        "      werk\n"
        "   C  Wohnen                      F  Sport und gesellschaftliche\n"
        "                                     Teilhabe\n",
        [
            "Sprache und frühe Bildung",
            "Gesundheit",
            "Arbeit und Handwerk",
            "Mobilität im Umland",
            "Wohnen",
            "Sport und gesellschaftliche Teilhabe",
        ],
    ),
    (
        "the same tiles as an export sets them: single spaces, a blank line after each line",
        "Die Arbeitskreise richten sich nach sechs Handlungsfeldern:\n\n"
        "A Sprache und frühe D Gesundheit\n\nBildung\n\n"
        "B Arbeit und Hand- E Mobilität im Umland\n\nwerk\n\n"
        "C Wohnen und Nach- F Sport und gesellschaftliche\n\nbarschaft Teilhabe\n",
        [
            "Sprache und frühe Bildung",
            "Gesundheit",
            "Arbeit und Handwerk",
            "Mobilität im Umland",
            "Wohnen und Nachbarschaft",
            "Sport und gesellschaftliche Teilhabe",
        ],
    ),
    (
        "row by row, the last row one tile short",
        "Handlungsfelder\nDer Plan ordnet seine Vorhaben fünf Handlungsfeldern zu:\n\n"
        "  A  Kita und Schule          B  Arbeit\n"
        "  C  Wohnen                   D  Gesundheit und Pflege\n"
        "  E  Kultur und Sport\n",
        ["Kita und Schule", "Arbeit", "Wohnen", "Gesundheit und Pflege", "Kultur und Sport"],
    ),
]

LETTERED_NEGATIVE = [
    (
        "letters that do not count A … n are no tiles",
        "Die Arbeitskreise richten sich nach vier Handlungsfeldern:\n\n"
        "  A  Sprache                  D  Gesundheit\n"
        "  B  Arbeit                   E  Wohnen\n",
        [],
    ),
    (
        "lettered tiles holding sentences are no fields",
        "Die Arbeitskreise richten sich nach vier Handlungsfeldern:\n\n"
        "  A  Die Kurse sind voll           C  Die Gemeinde baut aus\n"
        "  B  Die Vereine werben Mitglieder D  Der Bus fährt öfter\n",
        [],
    ),
    (
        "lettered tiles after a lead-in of measures are no fields",
        "Folgende Maßnahmen sind für die Handlungsfelder vorgesehen:\n\n"
        "  A  Sprachcafé                C  Lesepaten\n"
        "  B  Patenschaften             D  Begrüßungsmappe\n",
        [],
    ),
    (
        "a tile broken off with a sentence after the last row, which goes on with no tile",
        "Die Arbeitskreise richten sich nach vier Handlungsfeldern:\n\n"
        "A Sprache und C Gesundheit\nBildung\nB Arbeit D Wohnen und\nPflege der Nachbarschaft.\n",
        [],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), LETTERED + LETTERED_NEGATIVE, ids=lambda v: str(v)[:40])
def test_lettered_tiles(name: str, text: str, expected: list[str]) -> None:
    assert labels(HEAD + text + TAIL) == expected, name


NOUN_ITEMS = [
    (
        "items opened by the noun, the name before a spaced dash, texts wrapped",
        "4. Handlungsfelder\nDas Programm ordnet seine Vorhaben den folgenden Handlungsfeldern zu:\n"
        "  Handlungsfeld Sprache und Kita – Lesepaten, Elternarbeit in den Kitas, Sprachcafés\n"
        "  im Rathaus;\n"
        "  Handlungsfeld Arbeit im Handwerk – Praktika, Anerkennung von Ab-\n"
        "  schlüssen;\n"
        "  Handlungsfeld Wohnen im Quartier – Belegung und Nachbarschaft.\n",
        ["Sprache und Kita", "Arbeit im Handwerk", "Wohnen im Quartier"],
    ),
    (
        "the same items as an export sets them, a blank line between and the indent lost",
        "Das Programm ordnet seine Vorhaben den folgenden Handlungsfeldern zu:\n\n"
        "Handlungsfeld Sprache und Kita – Lesepaten, Elternarbeit;\n\n"
        "Handlungsfeld Gesundheit – Lotsen in den Praxen, Dolmetscherpool;\n\n"
        "Handlungsfeld Sport und Vereine – Schnuppertage, Übungsleiter.\n",
        ["Sprache und Kita", "Gesundheit", "Sport und Vereine"],
    ),
]

NOUN_ITEMS_NEGATIVE = [
    (
        "one noun-led item is no list",
        "Das Programm ordnet seine Vorhaben den folgenden Handlungsfeldern zu:\n"
        "  Handlungsfeld Sprache und Kita – Lesepaten, Sprachcafés und Elternarbeit in den Kitas.\n"
        "  Die übrigen Vorhaben folgen im nächsten Jahr.\n",
        [],
    ),
    (
        "items without a dash hold sentences, no names",
        "Das Programm ordnet seine Vorhaben den folgenden Handlungsfeldern zu:\n"
        "  Handlungsfeld Sprache wird durch Lesepaten gestärkt;\n"
        "  Handlungsfeld Wohnen bleibt Aufgabe der Wohnungsbaugesellschaft.\n",
        [],
    ),
    (
        "noun-led items after a lead-in of measures are no fields",
        "Folgende Maßnahmen wurden für die Handlungsfelder benannt:\n"
        "  Handlungsfeld Sprache – Lesepaten, Sprachcafés;\n"
        "  Handlungsfeld Arbeit – Praktika, Jobbörse.\n",
        [],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), NOUN_ITEMS + NOUN_ITEMS_NEGATIVE, ids=lambda v: str(v)[:40])
def test_noun_items(name: str, text: str, expected: list[str]) -> None:
    assert labels(HEAD + text + TAIL) == expected, name


NUMBERED_HEADS = [
    (
        "a gap after the number, a name wrapped after a function word",
        "Der Bericht ordnet die Maßnahmen drei Handlungsfeldern zu.\n\n"
        "1   Handlungsfeld Sprache und Schule\n"
        "    Alle Kitas bieten Sprachförderung an.\n\n"
        "2   Handlungsfeld Arbeit im Hafen und in\n"
        "    der Werft\n"
        "    Zwölf Praktika wurden vermittelt.\n\n"
        "3   Handlungsfeld Wohnen und Nachbarschaft im Ortskern von Altenbach und Neudorf\n"
        "    Das Stadtteilbüro ist eröffnet.\n",
        [
            "Sprache und Schule",
            "Arbeit im Hafen und in der Werft",
            "Wohnen und Nachbarschaft im Ortskern von Altenbach und Neudorf",
        ],
    ),
    (
        "a heading set justified, every gap two spaces wide, wrapped after a function word",
        "Der Bericht ordnet die Maßnahmen zwei Handlungsfeldern zu.\n\n"
        "1 Handlungsfeld Sprache und Schule\n\nAlle Kitas bieten Sprachförderung an.\n\n"
        "2  Handlungsfeld  Freizeit  und  Begegnung  im  Ortskern  und  in\nNeudorf\n\n"
        "Das Jugendhaus ist eröffnet.\n",
        ["Sprache und Schule", "Freizeit und Begegnung im Ortskern und in Neudorf"],
    ),
]

NUMBERED_HEADS_NEGATIVE = [
    (
        "a row of a table with a number column and amounts is no heading",
        "Kosten nach Handlungsfeldern\n\n"
        "1   Handlungsfeld Sprache       12.000 €\n"
        "2   Handlungsfeld Arbeit        8.000 €\n",
        [],
    ),
    (
        "a numbered sentence about a field is no heading",
        "Der Bericht hält fest:\n\n"
        "1   Handlungsfeld Sprache wurde im Jahr 2026 mit neuen Kursen ausgebaut und wird fortgeführt\n",
        [],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), NUMBERED_HEADS + NUMBERED_HEADS_NEGATIVE, ids=lambda v: str(v)[:40]
)
def test_numbered_heads(name: str, text: str, expected: list[str]) -> None:
    assert labels(HEAD + text + TAIL) == expected, name
