"""Fields in a numbered table an export set one cell a line: the header's cells one a line or
"Nr. Handlungsfeld" on one, each row's number alone over its name, the other cells wrapped over a
line or two, blank lines between the cells or none (invented documents)."""

from __future__ import annotations

from tests.action_fields.test_action_fields import labels

HEAD = "Landkreis Birkenau\nBeschlussvorlage 17/2028\n\n2. Handlungsfelder\nDer Bericht bewertet sie so:\n"
TAIL = "3. Steuerung\nDer Kreistag berät die Vorlage im Herbst.\n"

ROWS = [
    ("1", "Deutsch im Alltag", "erreicht", "Sprachcafés"),
    ("2", "Übergang in den Beruf", "teilweise erreicht", "Praktika,\nBerufsschule"),
    ("3", "Begegnung im Dorf", "–", "Vereine"),
]
FIELDS = ["Deutsch im Alltag", "Übergang in den Beruf", "Begegnung im Dorf"]


def _table(header: str, sep: str) -> str:
    cells = [header] + [sep.join(row) for row in ROWS]
    return HEAD + sep.join(cells) + sep + TAIL


def test_cells_one_a_line() -> None:
    assert labels(_table("Nr.\nHandlungsfeld\nStand\nSchwerpunkt", "\n")) == FIELDS


def test_cells_set_apart_by_blank_lines() -> None:
    assert labels(_table("Nr. Handlungsfeld\n\nStand Schwerpunkt", "\n\n")) == FIELDS


def test_rows_not_counting_in_order_are_no_table() -> None:
    text = _table("Nr.\nHandlungsfeld\nStand\nSchwerpunkt", "\n").replace("\n2\n", "\n4\n").replace("\n3\n", "\n7\n")
    assert "Übergang in den Beruf" not in labels(text)


def test_a_last_name_without_its_other_cells_is_left_out() -> None:
    text = _table("Nr.\nHandlungsfeld\nStand\nSchwerpunkt", "\n").replace("–\nVereine\n", "")
    assert labels(text) == FIELDS[:2]
