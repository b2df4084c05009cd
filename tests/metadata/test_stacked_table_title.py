"""The title of a submission whose Beratungsfolge stands one cell a line under stacked column
words: the status cell of the last row ("Ö", "N") is left over after the rows and is no title;
the unlabelled title above the table is read instead."""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import check

TITLE = "Förderprogramm Nachbarschaft 2025 und Bildung eines Begleitkreises"


def stacked(status: str) -> str:
    rows = [
        ("03.03.2025", "Seniorenbeirat", "Anhörung"),
        ("10.03.2025", "Ausschuss für Kultur und Sport", "Vorberatung"),
        ("24.03.2025", "Rat der Stadt Lindenfeld", "Entscheidung"),
    ]
    cells = "\n".join(f"{date}\n{body}\n{role}\n{status}" for date, body, role in rows)
    return (
        "Stadt Lindenfeld\nDer Bürgermeister\n\n"
        "Beschlussvorlage                                   Drucksache 2025/0042\n"
        "                                                   öffentlich\n"
        "                                                   Lindenfeld, 12.02.2025\n\n"
        f"{TITLE}\n\n"
        f"Beratungsfolge:\nDatum\nGremium\nRolle\nStatus\n{cells}\n\n"
        "Beschlussvorschlag:\nDer Rat beschließt das Förderprogramm.\n\n"
        "Sachverhalt:\nDas Programm fördert Feste und Treffpunkte in den Stadtteilen.\n"
    )


@pytest.mark.parametrize("status", ["Ö", "N", "ö"])
def test_a_status_cell_left_after_the_rows_is_no_title(status: str) -> None:
    check(stacked(status), {"subject": TITLE, "doc_number": "2025/0042"})
