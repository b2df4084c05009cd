"""A Beratungsfolge whose header names the meeting in a column of its own between the bodies' and
the dates' ("Gremium / Sitzung / Sitzungsdatum / ö / nö / Beratungstyp / TOP-Nr."), exported one cell
per line with the body's and the meeting's cells wrapped: the meeting's cell ("Sitzung des
Ausschusses …") is no column word and no body, its wrapped lines are its own, also where a tool set
one of them apart from it (between it and the date, or after the date set at its line's end)."""

from __future__ import annotations

import pytest

from tests.consultations.test_consultations import run

HEAD = "Beratungsfolge\nGremium\nSitzung\nSitzungsdatum\nö / nö\nBeratungstyp\nTOP-Nr.\n"
FIRST = (
    "Ausschuss für\nUmwelt, Energie\nund Mobilität (Gemeinde\nNeuried)\n"
    "Sitzung des\nAusschusses für\nUmwelt, Energie und\nMobilität\n14.04.2026\nö\nvorberatend\n3\n"
)
LAST = "Gemeinderat\n(Gemeinde Neuried)\nSitzung des\nGemeinderates\n28.04.2026\nö\nbeschließend\n9\n"
AFTER = "Sachverhalt\nDie Gemeinde plant ein Energiekonzept für alle Ortsteile.\n"
SECOND = {
    "one-per-line": "Sitzung des Bau- und\nPlanungsausschusses\n21.04.2026\n",
    "rest-apart": "Sitzung des Bau-\nund\nPlanungsausschusses\n21.04.2026\n",
    "date-at-line-end": "Sitzung des Bau- und 21.04.2026\nPlanungsausschusses\n",
    "rest-run-together": "Sitzung des Bauund\nPlanungsausschusses\n21.04.2026\n",
}
EXPECTED = [
    ("Ausschuss für Umwelt, Energie und Mobilität", "2026-04-14", "preliminary"),
    ("Bau- und Planungsausschuss", "2026-04-21", "preliminary"),
    ("Gemeinderat", "2026-04-28", "decision"),
]


@pytest.mark.parametrize("second", list(SECOND.values()), ids=list(SECOND))
def test_meeting_cells_one_per_line(second: str) -> None:
    text = (
        HEAD
        + FIRST
        + "Bau- und\nPlanungsausschuss\n(Gemeinde Neuried)\n"
        + second
        + "nö\nvorberatend\n5\n"
        + LAST
        + AFTER
    )
    _, found = run(text)
    assert [(c.body, c.meeting_date, c.role) for c in found] == EXPECTED


def test_names_and_meetings_without_their_dates_pair_nothing_wrong() -> None:
    """The names and the meetings' cells column by column, the dates after a section heading (pdfminer.six
    sets the table's left columns above its right ones, the text after the table between them): the
    names pair with the dates in order, no row of a meeting's name."""
    text = (
        "Beratungsfolge\nGremium\nSitzung\n"
        "Ausschuss für\nUmwelt (Gemeinde Neuried)\nSitzung des\nAusschusses für Umwelt\n"
        "Gemeinderat\n(Gemeinde Neuried)\nSitzung des\nGemeinderates\n"
        "Sachverhalt\nSitzungsdatum\n14.04.2026\n28.04.2026\n"
    )
    _, found = run(text)
    assert all("Sitzung" not in c.body for c in found)
    assert [(c.body, c.meeting_date) for c in found] == [
        ("Ausschuss für Umwelt", "2026-04-14"),
        ("Gemeinderat", "2026-04-28"),
    ]
    # a date more than the names: the groups do not pair, and nothing is paired wrongly
    _, found = run(text + "05.05.2026\n")
    assert all((c.body, c.meeting_date) in [(b, d) for b, d, _ in EXPECTED] for c in found)


LAYOUT_ON_ITS_SIDE = (
    "Beratungsfolge 1                        2                             3\n"
    "Gremium          Ortsrat Kirchdorf Nord Ausschuss für Schule, Sport   Stadtrat\n"
    "                                        und Kultur\n"
    "Sitzung          04.03.2025             11.03.2025                    25.03.2025\n"
    "Zuständigkeit    Anhörung               Vorberatung                   Entscheidung\n"
    "\n"
    "Beschlussvorschlag:\n"
    "Der Stadtrat beschließt die Sanierung der Sporthalle.\n"
)


def test_layout_cells_of_a_table_on_its_side_one_space_apart() -> None:
    """A table set on its side as a layout export sets it, a name filling its column one space before
    the next column's name: the line is cut where the other lines' columns start."""
    _, found = run(LAYOUT_ON_ITS_SIDE)
    assert [(c.body, c.meeting_date, c.role) for c in found] == [
        ("Ortsrat Kirchdorf Nord", "2025-03-04", "deliberation"),
        ("Ausschuss für Schule, Sport und Kultur", "2025-03-11", "preliminary"),
        ("Stadtrat", "2025-03-25", "decision"),
    ]


def test_a_name_off_the_columns_is_not_cut() -> None:
    """A name whose words start at no other line's column stays whole: with a cell too few, the table
    on its side is not read (no name cut at a guess)."""
    text = LAYOUT_ON_ITS_SIDE.replace(
        "Ortsrat Kirchdorf Nord Ausschuss für Schule, Sport", "Ortsrat Kirchdorf Nordost Ausschuss für Schule Sport"
    )
    _, found = run(text)
    assert not any(c.body.startswith("Ortsrat") and "Ausschuss" in c.body for c in found)
    assert not any(c.body == "Ortsrat Kirchdorf Nordost" for c in found)
