"""A spreadsheet printed with its row and column heads, as a worksheet's print out of Excel or Calc
sets it when "Zeilen- und Spaltenköpfe" are printed: the column letters over the sheet, each row's
number before its first cell::

             A                                  B             C             D
        1    Kostenart                          2027          2028          Summe
        2    Prozessbegleitung (brutto)         9.520,00      19.040,00     28.560,00
        3    Zuwendung Freistaat (50 %)        -6.385,00     -12.995,00    -19.380,00
        4

The letters and the numbers are the program's, not the sheet's: the lines are read with them left
blank (their offsets kept), so that the sheet is the grid it prints. The letters run from "A" in
order, three at least, and the numbers from 1 in order, each one more than the row's before; a
row of a number alone is an empty row.

A paper that replaces an earlier one marks its changed lines with a bar at the left margin ("│ Summe
31.445,00  37.110,00"), which no other line carries: the bar is left blank too, so that the changed
rows of a table stand in their columns as the others do. So are the bars of a drawn box round a
quoted document (an order confirmation's "│  1   Moderation …   780,00   4.680,00 │"), a line opening
and closing with one: its rows are read as the document prints them.
"""

from __future__ import annotations

import re

from pipeline.structure import Line

# the column letters, apart by gaps or, in a PDF's text layer, by single spaces ("A B C D")
_LETTERS = re.compile(r"[ \t]*A(?:[ \t]+[B-Z]){2,}[ \t]*")
_ROW_NUMBER = re.compile(r"([ \t]*)(\d{1,3})(?=[ \t]+\S|[ \t]*$)")
# a change bar: a bar opening the line, a space after it (the line not closed by a bar, as a drawn box's row is)
_CHANGE_BAR = re.compile(r"[│┃][ \t]")
# a row of a drawn box: a bar opening it after its indent and one closing it
_BOX_ROW = re.compile(r"[ \t]*(?P<left>[│┃║])[^\n│┃║]*(?P<right>[│┃║])[ \t]*")
_BARS = frozenset("│┃║")
MAX_ROWS = 60  # rows of a printed sheet read at most


def sheet_lines(lines: list[Line]) -> list[Line]:
    """``lines`` with the column letters and the row numbers of printed sheets and the change bars at
    the left margin left blank."""
    out = [ln if (text := _unframed(ln.text)) is ln.text else Line(ln.start, ln.end, text) for ln in lines]
    for j, ln in enumerate(lines):
        if not _LETTERS.fullmatch(ln.text) or not _in_order(ln.text.split()):
            continue
        out[j] = Line(ln.start, ln.end, " " * len(ln.text))
        expected = 1
        for k in range(j + 1, min(len(lines), j + 1 + MAX_ROWS)):
            m = _ROW_NUMBER.match(out[k].text)
            if m is None or int(m.group(2)) != expected:
                break
            text = out[k].text
            out[k] = Line(lines[k].start, lines[k].end, text[: m.start(2)] + " " * len(m.group(2)) + text[m.end(2) :])
            expected += 1
        if expected == 1:
            out[j] = lines[j]  # letters over no numbered row: no sheet's head
    return out


def _unframed(text: str) -> str:
    """A line with a change bar or a box's bars left blank (the line itself where it opens with no bar)."""
    if text.lstrip(" \t")[:1] not in _BARS:
        return text
    if _change_bar(text):
        return " " + text[1:]
    box = _BOX_ROW.fullmatch(text)
    if box is None:
        return text
    a, b = box.span("left")
    c, d = box.span("right")
    return text[:a] + " " * (b - a) + text[b:c] + " " * (d - c) + text[d:]


def _change_bar(text: str) -> bool:
    return _CHANGE_BAR.match(text) is not None and not text.rstrip().endswith(("│", "┃"))


def _in_order(letters: list[str]) -> bool:
    return all(ord(b) - ord(a) == 1 for a, b in zip(letters, letters[1:]))
