"""action_fields: field names in a left margin beside their paragraphs, tiles that run on like text,
boxes of a drawn diagram around a hub, the column heads of a matrix of marks, a heading naming the
fields with their goals, and a lead-in whose object is the concept (invented examples, with
negatives)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

CASES = [
    (
        "names in a left margin, wrapped under the noun and its number",
        "Das Programm wirkt in drei Handlungsfeldern:\n\n"
        "   Handlungsfeld 1     Die Volkshochschule bietet Abendkurse in den Ortsteilen\n"
        "   Sprachkurse und     an; Lesepaten werden geschult.\n"
        "   Lernorte\n\n"
        "   Handlungsfeld 2     Betriebe aus Handwerk und Pflege stellen Praktika bereit.\n"
        "   Arbeit und          Die Kammer berät zur Anerkennung.\n"
        "   Beruf\n\n"
        "   Handlungsfeld 3     Ein Quartiersfest im Herbst bringt Alteingesessene und\n"
        "   Nachbarschaft im    Neuzugezogene zusammen.\n"
        "   Ortsteil\n\n"
        "Der Fachbereich berichtet jährlich.\n",
        ["Sprachkurse und Lernorte", "Arbeit und Beruf", "Nachbarschaft im Ortsteil"],
    ),
    (
        "tiles running on like text, a name wrapped to the next line's start",
        "3. Aufbau\n    Die Vorhaben verteilen sich auf fünf Handlungsfelder:\n\n"
        "      ■ Erstberatung für Neuankommende   ■ Kita und Grundschule   ■ Übergang von\n"
        "      Schule in Ausbildung   ■ Wohnen am Stadtrand\n"
        "      ■ Pflege und Gesundheit\n\n"
        "    Anlage 2 beschreibt die Ziele.\n",
        [
            "Erstberatung für Neuankommende",
            "Kita und Grundschule",
            "Übergang von Schule in Ausbildung",
            "Wohnen am Stadtrand",
            "Pflege und Gesundheit",
        ],
    ),
    (
        "boxes of a diagram around a hub holding the concept's name",
        "2. Aufbau\nVier Handlungsfelder tragen das Integrationskonzept (Skizze des Beirats):\n\n"
        "  ┌──────────────────┐                 ┌──────────────────┐\n"
        "  │ Lernen in Kita   │                 │ Arbeit im        │\n"
        "  │ und Schule       │                 │ Hafenbetrieb     │\n"
        "  └────────┬─────────┘                 └─────────┬────────┘\n"
        "           │         ┌─────────────────┐         │\n"
        "           └─────────┤   GEMEINSAM IN  ├─────────┘\n"
        "           ┌─────────┤   KIRCHDORF     ├─────────┐\n"
        "           │         └─────────────────┘         │\n"
        "  ┌────────┴─────────┐                 ┌─────────┴────────┐\n"
        "  │ Wohnen im        │                 │ Sport und        │\n"
        "  │ Dorfkern         │                 │ Feuerwehr        │\n"
        "  └──────────────────┘                 └──────────────────┘\n\n"
        "3. Kosten\n",
        ["Lernen in Kita und Schule", "Arbeit im Hafenbetrieb", "Wohnen im Dorfkern", "Sport und Feuerwehr"],
    ),
    (
        "the column heads of a matrix of marks, wrapped and hyphenated",
        "Welche Vorhaben welchem Feld dienen, zeigt die Übersicht (x Schwerpunkt):\n\n"
        "                          Handlungsfeld\n"
        "                          ------------------------------------\n"
        "                          F1        F2        F3        F4\n"
        "                          Sprach-   Arbeit    Nachbar-  Teil-\n"
        "Vorhaben                  förde-    und Aus-  schaft    habe\n"
        "                          rung      bildung             im Alter\n"
        "------------------------  ------------------------------------\n"
        "V 1 Lesepaten             x\n"
        "V 2 Praktikumsbörse                 x\n"
        "V 3 Straßenfest                               x         x\n"
        "------------------------  ------------------------------------\n",
        ["Sprachförderung", "Arbeit und Ausbildung", "Nachbarschaft", "Teilhabe im Alter"],
    ),
    (
        "a heading naming the fields and their goals, each item carrying its goal's line",
        "4.  Handlungsfelder und Leitziele\n\n"
        "Der Beirat hat die Ziele beraten. Jedes ist einem Feld zugeordnet:\n\n"
        "  I.    Deutsch lernen und anwenden\n"
        "        Leitziel: Alle Erwachsenen finden binnen acht Wochen einen Kurs.\n\n"
        "  II.   Ausbildung im Handwerk\n"
        "        Leitziel: Jeder Betrieb der Innung bietet ein Praktikum an.\n\n"
        "  III.  Gesundheit\n"
        "        Leitziel: Dolmetscher stehen in jeder Praxis bereit.\n\n"
        "5.  Kosten\n\nKeine.\n",
        ["Deutsch lernen und anwenden", "Ausbildung im Handwerk", "Gesundheit"],
    ),
]

NEGATIVES = [
    (
        "a record's labelled lines beside the noun are no margin",
        "Steckbrief A\n"
        "  Handlungsfeld:   Sport und Bewegung im Verein\n"
        "  Zuständig:       Sportamt der Stadt\n"
        "  Leitsatz:        Jedes Kind lernt schwimmen.\n\n",
        ["Sport und Bewegung im Verein"],
    ),
    (
        "a heading naming the fields and measures over a list of measures without labelled lines",
        "4.  Handlungsfelder und Maßnahmen\n\n"
        "  I.    Lesepaten an Grundschulen\n\n"
        "  II.   Praktikumsbörse im Rathaus\n\n"
        "  III.  Sommerfest am Marktplatz\n\n"
        "5.  Kosten\n",
        [],
    ),
    (
        "a drawing without boxes of names is no field list",
        "Die Handlungsfelder:\n\n  ┌──────────────┐\n  │              │\n  └──────────────┘\n\n",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_layouts(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in NEGATIVES], ids=[c[0] for c in NEGATIVES])
def test_negatives(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
