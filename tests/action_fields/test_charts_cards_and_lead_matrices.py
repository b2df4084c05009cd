"""action_fields: the row labels of a chart of marks (a timetable by quarters, a bar chart of progress)
under a head or caption naming the fields, the titles of framed profile cards, and the stacked column
heads of a matrix of marks under a paragraph naming the fields (invented examples, with negatives)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

TIMETABLE = (
    "3. Zeitplan\n"
    "Die Vorhaben beginnen gestaffelt.\n\n"
    "Ablauf (□ = Planung, ■ = Durchführung)\n"
    "                                         2029             2030\n"
    "Handlungsfeld                        Q1 Q2 Q3 Q4      Q1 Q2 Q3 Q4\n"
    "HF 1  Sprache und Kita               ■  ■  ■  ■       ■  ■  ■  ■\n"
    "HF 2  Ausbildung im Handwerk:        □  □  ■  ■       ■  ■  ■  ■\n"
    "      Arbeit und Beruf\n"
    "HF 3  Gesundheit und Pflege          □  □  □  ■       ■  ■  ■  ■\n"
    "HF 4  Nachbarschaft im Ortsteil      ■  ■  ■  ■       ■  ■  ■  ■\n\n"
    "Die Verwaltung berichtet jährlich.\n"
)

CASES = [
    (
        "framed cards as a scan reads them, the rules' joints lost or their lines read as scraps",
        "Das Konzept hat drei Handlungsfelder.\n\n"
        "----------------------------------------------------------\n"
        "│ Handlungsfeld 1 │\n"
        "│ Frühe Bildung und Sprache │\n"
        "│ Leitziel: Jedes Kind spricht bei der Einschulung Deutsch. │\n"
        "----------------------------------------------------------\n"
        "│ Handlungsfeld 2 │\n"
        "│ Wohnen und Quartier │\n"
        "│ Federführung: Referat Stadtentwicklung │\n"
        "+--\tnn\t+\n"
        "│ Handlungsfeld 3 │\n"
        "│ Gesundheit und Pflege │\n"
        "+\t+\n\n",
        ["Frühe Bildung und Sprache", "Wohnen und Quartier", "Gesundheit und Pflege"],
    ),
    (
        "the rows of a timetable under the field noun heading their column, a name wrapped under itself",
        TIMETABLE,
        [
            "Sprache und Kita",
            "Ausbildung im Handwerk: Arbeit und Beruf",
            "Gesundheit und Pflege",
            "Nachbarschaft im Ortsteil",
        ],
    ),
    (
        "the same timetable with its gaps closed to one space, a page break inside it",
        "Ablauf (□ = Planung, ■ = Durchführung)\n"
        "Handlungsfeld Q1 Q2 Q3 Q4 Q1 Q2 Q3 Q4\n"
        "HF 1 Sprache und Kita ■ ■ ■ ■ ■ ■ ■ ■\n"
        "HF 2 Ausbildung im Handwerk: □ □ ■ ■ ■ ■ ■ ■\n"
        "Arbeit und Beruf\n"
        "\fHF 3 Gesundheit und Pflege □ □ □ ■ ■ ■ ■ ■\n"
        "HF 4 Nachbarschaft im Ortsteil ■ ■ ■ ■ ■ ■ ■ ■\n\n"
        "Die Verwaltung berichtet jährlich.\n",
        [
            "Sprache und Kita",
            "Ausbildung im Handwerk: Arbeit und Beruf",
            "Gesundheit und Pflege",
            "Nachbarschaft im Ortsteil",
        ],
    ),
    (
        "the labels of a bar chart of progress under a caption naming the fields in the plural",
        "Stand der Vorhaben nach Handlungsfeldern, Ende 2028\n"
        "(■ erledigt   □ laufend   · offen; in Klammern die Zahl der Vorhaben)\n\n"
        "  Deutsch lernen im Alltag             ■ ■ ■ □ □ ·     ( 6)\n"
        "  Arbeit und Beruf                     ■ ■ □ · ·       ( 5)\n"
        "  Wohnen im Quartier                   ■ □ □ · · · ·   ( 7)\n"
        "  Gesundheit                           ■ ■ ■ ■         ( 4)\n\n"
        "Die Einzelheiten enthält der Bericht.\n",
        ["Deutsch lernen im Alltag", "Arbeit und Beruf", "Wohnen im Quartier", "Gesundheit"],
    ),
    (
        "the titles of framed profile cards, a name wrapped, labelled lines under it",
        "Zu jedem Feld gibt es einen Steckbrief.\n\n"
        "  +------------------------------------------------------+\n"
        "  | Handlungsfeld 1                                      |\n"
        "  | Sprache und Kita                                     |\n"
        "  | Leitziel:     Jedes Kind spricht Deutsch.            |\n"
        "  +------------------------------------------------------+\n"
        "  | Handlungsfeld 2                                      |\n"
        "  | Ausbildung, Arbeit und                               |\n"
        "  | Beruf                                                |\n"
        "  | Federführung: Wirtschaftsförderung                   |\n"
        "  +------------------------------------------------------+\n"
        "  | Handlungsfeld 3                                      |\n"
        "  | Nachbarschaft im Ortsteil                            |\n"
        "  | Federführung: Stadtplanung                           |\n"
        "  +------------------------------------------------------+\n\n"
        "Die Steckbriefe werden ergänzt.\n",
        ["Sprache und Kita", "Ausbildung, Arbeit und Beruf", "Nachbarschaft im Ortsteil"],
    ),
    (
        "the stacked and hyphenated column heads of a matrix under a paragraph counting the fields",
        "2. Vorhaben\n"
        "Das Programm hat vier Handlungsfelder; sie bilden die Spalten der Übersicht.\n\n"
        "                                Sprach-   Arbeit    Wohnen    Gesund-\n"
        "                                förde-    und       im        heit\n"
        "                                rung      Beruf     Orts-\n"
        "                                                    kern\n"
        "  Lesepaten an Grundschulen       x\n"
        "  Praktikumsbörse                           x\n"
        "  Straßenfest                     o                   x\n"
        "  Gesundheitslotsen                                             x\n\n"
        "Die Vorhaben sind in Anlage 1 beschrieben.\n",
        ["Sprachförderung", "Arbeit und Beruf", "Wohnen im Ortskern", "Gesundheit"],
    ),
]

NEGATIVES = [
    (
        "a chart of measures whose caption names no fields",
        "Zeitplan der Vorhaben (■ = Durchführung)\n"
        "Vorhaben                             Q1 Q2 Q3 Q4\n"
        "Sprachcafé in der Bücherei           ■  ■  ■  ■\n"
        "Praktikumsbörse im Rathaus           □  ■  ■  ■\n"
        "Gesundheitstag                       □  □  ■  ■\n\n",
        [],
    ),
    (
        "a chart of districts under a caption naming the fields",
        "Stand der Handlungsfelder nach Ortsteilen\n\n"
        "  Nordstadt                ■ ■ ■ □\n"
        "  Hafenviertel             ■ □ □ ·\n"
        "  Altdorf                  ■ ■ · ·\n\n",
        [],
    ),
    (
        "a single framed card is no set of cards",
        "  +--------------------------------+\n"
        "  | Handlungsfeld 1                |\n"
        "  | Sprache und Kita               |\n"
        "  +--------------------------------+\n\n",
        [],
    ),
    (
        "framed cards titled by another noun",
        "  +--------------------------------+\n"
        "  | Maßnahme 1                     |\n"
        "  | Sprachcafé                     |\n"
        "  +--------------------------------+\n"
        "  | Maßnahme 2                     |\n"
        "  | Praktikumsbörse                |\n"
        "  +--------------------------------+\n\n",
        [],
    ),
    (
        "a matrix with more columns than the paragraph counts fields",
        "Das Programm hat drei Handlungsfelder; die Übersicht zeigt die Vorhaben.\n\n"
        "                                Sprach-   Arbeit    Wohnen    Gesund-\n"
        "                                förde-    und       im        heit\n"
        "                                rung      Beruf     Ort\n"
        "  Lesepaten an Grundschulen       x\n"
        "  Praktikumsbörse                           x\n\n",
        [],
    ),
    (
        "a matrix of districts under a paragraph naming the fields",
        "Die Handlungsfelder wirken in allen Ortsteilen; die Übersicht zeigt, wo.\n\n"
        "                                Nord-     Hafen-    Alt-\n"
        "                                stadt     viertel   dorf\n"
        "  Lesepaten an Grundschulen       x         x\n"
        "  Praktikumsbörse                           x         x\n\n",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_layouts(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in NEGATIVES], ids=[c[0] for c in NEGATIVES])
def test_negatives(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
