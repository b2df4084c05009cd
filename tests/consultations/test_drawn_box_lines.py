"""A Beratungsfolge drawn as a box of box-drawing glyphs, its lines as a PDF or an export sets them:
printed on a page narrower than the box, every long line breaks in two (a rule's rest on the next
line, a row's last cell or its closing bar alone on a line), sometimes with a blank line between the
pieces; an export sets a blank line after every line; a page break falls between two rows. The box
is read as it is drawn: each row whole, its wrapped cell under it. Near misses: a box of costs broken
the same way, and two narrow boxes one over the other, whose lines are never joined. Every case is
invented."""

from __future__ import annotations

import re
import textwrap

import pytest

from pipeline.structure.drawn import box_lines_joined
from pipeline.structure.lines import lines
from tests.consultations.test_header_forms import facts

BOX = (
    "┌──────┬──────────────────────────────────┬────────────┬─────┬──────────────┬──────────────────┐\n"
    "│ lfd. │ Beratungsfolge                   │ Termin     │ Ö/N │ Zuständigkeit│ Ergebnis         │\n"
    "│ Nr.  │                                  │            │     │              │                  │\n"
    "├──────┼──────────────────────────────────┼────────────┼─────┼──────────────┼──────────────────┤\n"
    "│ 1    │ Ausschuss für Umwelt, Klima      │ 06.04.2027 │ Ö   │ Vorberatung  │ empfohlen        │\n"
    "│      │ und Landwirtschaft               │            │     │              │ 11 / 1 / 0       │\n"
    "├──────┼──────────────────────────────────┼────────────┼─────┼──────────────┼──────────────────┤\n"
    "│ 2    │ Jugendhilfeausschuss             │ 13.04.2027 │ Ö   │ Anhörung     │ zur Kenntnis     │\n"
    "├──────┼──────────────────────────────────┼────────────┼─────┼──────────────┼──────────────────┤\n"
    "│ 3    │ Kreisausschuss                   │ 20.04.2027 │ N   │ Vorberatung  │                  │\n"
    "├──────┼──────────────────────────────────┼────────────┼─────┼──────────────┼──────────────────┤\n"
    "│ 4    │ Kreistag Uckermark               │ 03.05.2027 │ Ö   │ Entscheidung │                  │\n"
    "└──────┴──────────────────────────────────┴────────────┴─────┴──────────────┴──────────────────┘\n"
)
EXPECTED = [
    ("Ausschuss für Umwelt, Klima und Landwirtschaft", "2027-04-06", "preliminary", True),
    ("Jugendhilfeausschuss", "2027-04-13", "deliberation", True),
    ("Kreisausschuss", "2027-04-20", "preliminary", False),
    ("Kreistag Uckermark", "2027-05-03", "decision", True),
]


def printed(box: str, width: int, between: str = "\n") -> str:
    """The box as a page of ``width`` characters prints it: the gaps inside a line closed to one
    space, a line longer than the page broken at its last space before the edge (a rule, without
    spaces, at the edge), the pieces ``between`` one another."""
    out = []
    for line in box.splitlines():
        flat = re.sub(r" {2,}", " ", line)
        out.append(between.join(textwrap.wrap(flat, width, break_long_words=True, break_on_hyphens=False)))
    return "\n".join(out) + "\n"


def test_the_box_whole_is_read() -> None:
    assert facts(BOX) == EXPECTED


@pytest.mark.parametrize("width", [56, 72, 80])
def test_lines_broken_at_the_page_edge(width: int) -> None:
    """At 80 characters a row's closing bar stands alone on a line, at 56 its empty cells and bar."""
    assert facts(printed(BOX, width)) == EXPECTED


def test_pieces_apart_by_a_blank_line() -> None:
    """The renderer set a blank line between a broken line's pieces."""
    assert facts(printed(BOX, 72, "\n\n")) == EXPECTED


def test_a_blank_line_after_every_line() -> None:
    """An export that sets every line of the page as a text box of its own, a blank line after each."""
    assert facts(printed(BOX, 72).replace("\n", "\n\n")) == EXPECTED


def test_a_page_break_between_two_rows() -> None:
    text = printed(BOX, 72)
    cut = text.index("│ 4 ")
    assert facts(text[:cut] + "\n\f" + text[cut:]) == EXPECTED


def test_a_box_of_costs_broken_the_same_way_yields_nothing() -> None:
    box = (
        "┌──────────────────────────────────┬──────────────┬──────────────┬──────────────────┐\n"
        "│ Kostenart                        │ 2027         │ 2028         │ gesamt           │\n"
        "├──────────────────────────────────┼──────────────┼──────────────┼──────────────────┤\n"
        "│ Moderation der Workshops         │ 12.400,00 €  │ 8.100,00 €   │ 20.500,00 €      │\n"
        "├──────────────────────────────────┼──────────────┼──────────────┼──────────────────┤\n"
        "│ Zuwendung des Landes (50 %)      │ -6.200,00 €  │ -4.050,00 €  │ -10.250,00 €     │\n"
        "└──────────────────────────────────┴──────────────┴──────────────┴──────────────────┘\n"
    )
    assert facts("Finanzielle Auswirkungen:\n" + printed(box, 60)) == []


def test_lines_of_two_boxes_are_not_joined() -> None:
    """A narrow box over a wide one: each narrow line opens at the left edge, none is the rest of another."""
    text = (
        "┌─────┬─────┐\n│ Rat │ Mai │\n└─────┴─────┘\n\n"
        "┌────┬────┬────┬────┐\n│ a  │ b  │ c  │ d  │\n└────┴────┴────┴────┘\n"
    )
    every = lines(text)
    joined, _ = box_lines_joined(every, frozenset())
    assert [ln.text for ln in joined] == [ln.text for ln in every]


def test_joined_lines_keep_the_offsets_of_the_text() -> None:
    text = printed(BOX, 72)
    glyphs = re.compile(r"[\s─]+")  # what a joint reads as: the line break, blank lines, a rule's glyphs
    for line in box_lines_joined(lines(text), frozenset())[0]:
        assert len(line.text) == line.end - line.start
        assert glyphs.sub("", line.text) == glyphs.sub("", text[line.start : line.end])
