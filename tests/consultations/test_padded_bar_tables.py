"""A Beratungsfolge as a bar table whose cells are padded to the column's width, the header's first
cell after an opening bar ("| Gremium      | Termin     | Status           |"), with a separator
row of dashes and a status cell of two words ("nicht öffentlich"). Bar tables of other things under
the same bars yield nothing."""

from __future__ import annotations

import pytest

from tests.consultations.test_consultations import run

PADDED = (
    "Stadt Wallenhorst\nBeschlussvorlage\n\nBeratungsfolge\n\n"
    "| Gremium                         | Termin     | Zuständigkeit | Status           |\n"
    "|---------------------------------|------------|---------------|------------------|\n"
    "| Seniorenbeirat                  | 03.02.2026 | Anhörung      | öffentlich       |\n"
    "| Ausschuss für Bildung und Sport | 10.02.2026 | Vorberatung   | nicht öffentlich |\n"
    "| Rat                             | 24.02.2026 | Entscheidung  | öffentlich       |\n\n"
    "Betreff:\nEin Sportentwicklungsplan\n"
)


def test_padded_bar_table_with_two_word_status() -> None:
    _, rows = run(PADDED)
    assert [(r.body, r.meeting_date, r.public) for r in rows] == [
        ("Seniorenbeirat", "2026-02-03", True),
        ("Ausschuss für Bildung und Sport", "2026-02-10", False),
        ("Rat", "2026-02-24", True),
    ]
    assert [r.role for r in rows][1:] == ["preliminary", "decision"]


def test_padded_bar_table_without_separator_row() -> None:
    text = PADDED.replace("|---------------------------------|------------|---------------|------------------|\n", "")
    _, rows = run(text)
    assert [(r.body, r.meeting_date) for r in rows] == [
        ("Seniorenbeirat", "2026-02-03"),
        ("Ausschuss für Bildung und Sport", "2026-02-10"),
        ("Rat", "2026-02-24"),
    ]


@pytest.mark.parametrize(
    "table",
    [
        # the members of a steering group: a body column, but no dates
        "| Gremium            | Vertretung          |\n|--------------------|---------------------|\n"
        "| Seniorenbeirat     | Frau Ina Roth       |\n| Sportausschuss     | Herr Jan Brandt     |\n",
        # a timetable of steps: dates, but no body column
        "| Maßnahme                | Termin     |\n|-------------------------|------------|\n"
        "| Auftaktveranstaltung    | 03.02.2026 |\n| Bürgerwerkstatt         | 10.03.2026 |\n",
    ],
    ids=["members", "timetable"],
)
def test_other_padded_bar_tables_yield_nothing(table: str) -> None:
    _, rows = run("Stadt Wallenhorst\nBeschlussvorlage\n\nBegründung:\nDer Plan sieht vor:\n\n" + table + "\nEnde.\n")
    assert rows == []
