"""A chart of boxes side by side as exports set it: every gap single-spaced, the row of the boxes' tops and
that of their bottoms one box a line (pdftotext), a blank line after every line and bottoms set elsewhere
(pdfminer.six); the members and the chair read as from the chart itself (invented examples)."""

from __future__ import annotations

from tests.steering.test_captions_copies_and_stacked_boxes import AFTER, HEAD, STACKED, _members

LEAD = "3. Lenkungskreis Teilhabe\nDer Lenkungskreis steuert die Umsetzung und tagt dreimal im Jahr. Besetzung:\n\n"
GROUP = (
    "┌──────────────────────────────────────┐\n"
    "│ Lenkungskreis Teilhabe │\n"
    "│ Vorsitz: Beigeordnete Dr. Greta │\n"
    "│ Lindqvist │\n"
    "└───────────────────┬──────────────────┘\n"
    "┌──────────────────────────┴───────────────────────────\n"
    "┐\n"
)
TOPS = "┌────┴─────────────┐\n┌──────────────────┐\n┌─────────┴────────┐\n"
ROWS = (
    "│ Verwaltung │ │ Städte und │ │ Partner │\n"
    "│ │ │ Gemeinden │ │ │\n"
    "│ Ilse │ │ Bernd Voss │ │ Mira Sander │\n"
    "│ Kramer │ │ Stadt Nordheide │ │ Caritasverband │\n"
    "│ Amt 50 │ │ │ │ Nordheide │\n"
    "│ │ │ Paul Engel │ │ │\n"
    "│ Kemal Aydın │ │ Gemeinde Süd │ │ │\n"
    "│ Ausländeramt │ │ │ │ │\n"
)
BOTTOMS = "└──────────────────┘\n└──────────────────┘\n└──────────────────┘\n"


def test_boxes_whose_tops_and_bottoms_an_export_set_one_a_line() -> None:
    assert _members(HEAD + LEAD + GROUP + TOPS + ROWS + BOTTOMS + AFTER) == _members(HEAD + STACKED + AFTER)


def test_boxes_an_export_set_a_blank_line_after_every_line_and_some_bottoms_elsewhere() -> None:
    spaced = "\n".join(GROUP.split("\n")) + TOPS.replace("\n", "\n\n") + ROWS.replace("\n", "\n\n")
    chart = spaced + "└──────────────────┘\n└──────────────────┘\n\n┆\n\n"
    assert _members(HEAD + LEAD.replace("\n", "\n\n") + chart + AFTER) == _members(HEAD + STACKED + AFTER)


def test_one_box_under_the_group_is_no_chart_of_boxes() -> None:
    one = GROUP + "┌──────────────────┐\n│ Verwaltung │\n│ Ilse Kramer │\n└──────────────────┘\n"
    assert ("Ilse Kramer", False) not in _members(HEAD + LEAD + one + AFTER)
