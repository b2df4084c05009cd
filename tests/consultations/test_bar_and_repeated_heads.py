"""Consultations in two forms of web pages and word exports: a bar table whose cells an export set
one per line, each bar on a line of its own, and a Beratungsfolge set one cell per line in two
tables one under the other, the second opening with the heading again and a column of notes
("Sichtvermerk"). All examples invented."""

from __future__ import annotations

import pytest

from tests.consultations.test_layouts import facts, text_doc

BAR_ROW = (
    "Gremium\n|\nSitzung\n|\nSitzungsdatum\n|\nö / nö\n|\nBeratungstyp\n|\nTOP-Nr. |\n"
    "Marktgemeinderat (Markt Beispielhausen)\n|\nSitzung des Marktgemeinderates\n|\n"
    "{date}\n|\nö\n|\n{role}\n|\n{top} |\n"
)

CASES = [
    (  # one item of a meeting page: the row's cells one per line, bars between, an empty role cell
        "Datum: 14.03.2023\nGremium: Marktgemeinderat\n\n1. Bekanntgaben\n"
        + BAR_ROW.format(date="14.03.2023", role="", top="1")
        + "Sachverhalt\nDer Bürgermeister gibt bekannt.\n",
        [("Marktgemeinderat", "2023-03-14", None, True)],
    ),
    (  # the same with a role; two items of the same meeting read once
        "1. Friedhofssatzung\n"
        + BAR_ROW.format(date="09.11.2022", role="beschließend", top="4")
        + "Sachverhalt\nDie Satzung wird neu gefasst.\n2. Anfragen\n"
        + BAR_ROW.format(date="09.11.2022", role="", top="5")
        + "Sachverhalt\nKeine.\n",
        [("Marktgemeinderat", "2022-11-09", "decision", True)],
    ),
    (  # two tables one cell per line: the second opens with the heading again, its third column notes
        "Mitteilungsvorlage\n\nGremium\n\nSitzungstermin\n\nDatum\n\nStadtrat\n\n12.06.2019 18:00\n\n02.05.2019\n\n"
        "Beratungsfolge\n\nSitzungstermin\n\nSichtvermerk\n\nBauausschuss\n\nSozialausschuss\n\n"
        "20.05.2019 16:00\n\n27.05.2019 16:30\n\nII, gez. Krause\n\nGegenstand\n\nNeuordnung der Spielplätze\n",
        [
            ("Stadtrat", "2019-06-12", None, None),
            ("Bauausschuss", "2019-05-20", None, None),
            ("Sozialausschuss", "2019-05-27", None, None),
        ],
    ),
]

NOTHING = [
    # bars between words of a sentence, no table
    "Die Wahl fällt auf\n|\nden Vorschlag der Verwaltung\n|\nvom 03.04.2020.\n",
    # a notes column alone with a date: no body
    "Sichtvermerk\n\n03.04.2020\n\nI, gez. Lorenz\n",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_bar_cells_and_repeated_heads(
    text: str, expected: list[tuple[str, str | None, str | None, bool | None]]
) -> None:
    assert facts(text_doc(text)) == expected, text


@pytest.mark.parametrize("text", NOTHING)
def test_bar_cells_and_repeated_heads_read_nothing(text: str) -> None:
    assert facts(text_doc(text)) == [], text
