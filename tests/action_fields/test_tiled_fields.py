"""action_fields: fields numbered with bare numbers in a tiled table ("1 Label<TAB>2 Label"), or as an
export tool sets its cells, one a line, column by column and wrapped (invented examples, with
negatives)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

TILES = [
    (
        "two numbered cells a row apart at tabs",
        "Die Strategie gliedert sich in fünf Handlungsfelder:\n\n"
        "1 Kita und Schule\t2 Arbeit, Handwerk und Handel\n3 Gesundheit\t4 Wohnen in der Innenstadt\n"
        "5 Sport und Kultur\n\nDie Lenkungsrunde tagt jährlich.\n",
        [
            "Kita und Schule",
            "Arbeit, Handwerk und Handel",
            "Gesundheit",
            "Wohnen in der Innenstadt",
            "Sport und Kultur",
        ],
    ),
    (
        "cells apart at runs of spaces, a wrapped cell going on under its column",
        "Das Programm ordnet alle Maßnahmen vier Handlungsfeldern zu:\n\n"
        "1 Bildung und             2 Arbeit und Qualifizierung\n"
        "berufliche Orientierung\n"
        "3 Gesundheit              4 Teilhabe älterer Menschen\n\nWeiteres\n",
        ["Bildung und berufliche Orientierung", "Arbeit und Qualifizierung", "Gesundheit", "Teilhabe älterer Menschen"],
    ),
    (
        "one cell a line, column by column, wrapped over lines",
        "Der Plan umfasst sechs Handlungsfelder:\n\n1 Spracherwerb und\nfrühe\nFörderung\n\n3 Wohnen\n\n"
        "5 Freizeit, Sport\nund Kultur\n\n2 Arbeit\n\n4 Gesundheit\n\n6 Teilhabe vor Ort\n\nLenkungsrunde\n",
        [
            "Spracherwerb und frühe Förderung",
            "Wohnen",
            "Freizeit, Sport und Kultur",
            "Arbeit",
            "Gesundheit",
            "Teilhabe vor Ort",
        ],
    ),
]

TILES_NEGATIVE = [
    (
        "numbers that skip are no list of fields",
        "Das Programm hat drei Handlungsfelder:\n\n2 Bildung\t5 Arbeit\n7 Wohnen\n\n",
        [],
    ),
    (
        "amounts beside numbered rows are a cost table",
        "Die Mittel verteilen sich auf die Handlungsfelder:\n\n1 Personal\t20.000 €\n2 Sachkosten\t5.000 €\n"
        "3 Miete\t2.000 €\n\n",
        [],
    ),
    (
        "numbered sentences are no fields",
        "Zu den Handlungsfeldern hält der Bericht fest:\n\n1 Die Kurse sind voll\t2 Die Stadt baut aus\n"
        "3 Die Vereine werben Mitglieder\n\n",
        [],
    ),
    (
        "a heading after the last cell is no part of it",
        "Die Fortschreibung nennt drei Handlungsfelder:\n1 Sprache\n2 Schule und Beruf\n3 Teilhabe im Alter\n"
        "Arbeitskreis Integration\nDer Arbeitskreis tagt zweimal im Jahr.\n",
        ["Sprache", "Schule und Beruf", "Teilhabe im Alter"],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), TILES + TILES_NEGATIVE, ids=lambda v: str(v)[:40])
def test_numbered_cells(name: str, text: str, expected: list[str]) -> None:
    assert labels(text) == expected, name


HEAD = "Gemeinde Sandhausen\nBeschlussvorlage 12/2027\n\nBetreff: Integrationskonzept\n\n"
TAIL = "\n\nDer Gemeinderat berät die Vorlage im Herbst.\n"

MARKED_TILES = [
    (
        "bullet cells two a row apart at runs of spaces, the lead-in counting measures too",
        "Handlungsfelder\nDie Konzeption nennt fünf Handlungsfelder mit jeweils drei Projekten:\n\n"
        "  ● Frühe Förderung                  ● Sprachcafé und Lesepaten\n"
        "  ● Wohnen am Ortsrand               ● Gesundheit\n"
        "  ● Feste, Musik und Brauchtum\n",
        [
            "Frühe Förderung",
            "Sprachcafé und Lesepaten",
            "Wohnen am Ortsrand",
            "Gesundheit",
            "Feste, Musik und Brauchtum",
        ],
    ),
    (
        "the same cells as an export sets them, one space and a blank line between",
        "Die Konzeption nennt vier Handlungsfelder:\n\n▪ Frühe Förderung ▪ Wohnen am Ortsrand\n\n"
        "▪ Gesundheit ▪ Feste, Musik und Brauchtum\n",
        ["Frühe Förderung", "Wohnen am Ortsrand", "Gesundheit", "Feste, Musik und Brauchtum"],
    ),
]

MARKED_TILES_NEGATIVE = [
    (
        "dashes inside a line set no cells apart: one item a line",
        "Die Konzeption nennt drei Handlungsfelder:\n\n- Schule - Beruf\n- Wohnen\n- Gesundheit - Pflege\n",
        ["Schule - Beruf", "Wohnen", "Gesundheit - Pflege"],
    ),
    (
        "tiled cells holding sentences are no fields",
        "Die Konzeption nennt vier Handlungsfelder:\n\n■ Die Kurse sind voll ■ Die Gemeinde baut aus\n"
        "■ Die Vereine werben Mitglieder ■ Der Bus fährt öfter\n",
        [],
    ),
    (
        "tiled cells after a lead-in of measures are no fields",
        "Folgende Maßnahmen sind für die Handlungsfelder vorgesehen:\n\n■ Sprachcafé ■ Lesepaten\n"
        "■ Patenschaften ■ Begrüßungsmappe\n",
        [],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), MARKED_TILES + MARKED_TILES_NEGATIVE, ids=lambda v: str(v)[:40])
def test_marked_cells(name: str, text: str, expected: list[str]) -> None:
    assert labels(HEAD + text + TAIL) == expected, name
