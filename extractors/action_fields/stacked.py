"""Action fields in a numbered table an export set one cell a line::

    Nr.
    Handlungsfeld
    Zielerreichung 2022–2026
    1
    Sprache und Bildung
    überwiegend erreicht
    2
    Arbeit und Qualifizierung
    teilweise erreicht

The header is the column of row numbers ("Nr.") and the field noun, on one line or one a line,
maybe more column names after them (a few words each, no sentence); blank lines between the cells
(as pdftotext and pdfminer.six set them) are no end. Every row opens with its number alone on a
line, counting 1, 2, 3 … in order, and the cell on the next line is the field's name; the row's
other cells (wrapped over a line or two) come before the next number, one at least: a name with
none after it ran into them ("Sport und Freizeit 2025") and ends the table. Two rows at least.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .tables import _NUMBER_HEAD, ROWS_APART, _label
from .text import Candidate, FieldText, is_sentence

_HEAD_CELLS = 4  # column names after the field noun's, one a line, at most
_CELL_WORDS = 6  # words of a column name or a field's cell at most
_ROWS = 30  # rows of one table at most
_HEADING = re.compile(r"(?:\d{1,2}\.)+[ \t]+[A-ZÄÖÜ]")  # a section's number before its heading


def stacked_rows(ft: FieldText) -> Iterator[Candidate]:
    """The fields of the numbered tables set one cell a line under a header of the row number's
    column and the field noun."""
    seen: set[str] = set()
    done = -1
    for noun in ft.nouns:
        i = ft.row_at(noun.start())
        if i <= done or not _header(ft, i, noun.start()):
            continue
        rows = _rows(ft, i)
        if len(rows) < 2:
            continue
        done = rows[-1][0]
        for _, line in rows:
            start = ft.rows[line].start + len(ft.rows[line].text) - len(ft.rows[line].text.lstrip())
            yield from _label(ft, [(start, start + len(ft.rows[line].text.strip()))], seen)


def _header(ft: FieldText, i: int, at: int) -> bool:
    """Whether the noun at ``at`` is a header's cell after the row number's: "Nr. Handlungsfeld" on
    line ``i``, or the noun alone on it with "Nr." alone on the filled line above."""
    line = ft.rows[i]
    lead = ft.text[line.start : at].strip()
    if ft.text[_word_end(ft, at) : line.start + len(line.text)].strip():
        return False
    if lead:
        return _NUMBER_HEAD.fullmatch(lead) is not None
    above = next((k for k in range(i - 1, max(i - 3, -1), -1) if not ft.blank(k)), None)
    return above is not None and _NUMBER_HEAD.fullmatch(ft.rows[above].text.strip()) is not None


def _word_end(ft: FieldText, at: int) -> int:
    """The end of the word that starts at ``at``."""
    end = at
    while end < len(ft.text) and not ft.text[end].isspace():
        end += 1
    return end


def _number(ft: FieldText, k: int) -> int | None:
    """The row number a line holds alone ("3", "3."), None otherwise."""
    text = ft.rows[k].text.strip().rstrip(".")
    return int(text) if text.isdigit() and len(text) <= 2 else None


def _cell(ft: FieldText, k: int) -> bool:
    """Whether line ``k`` may be a cell: a few words, no sentence."""
    text = ft.rows[k].text.strip()
    return 0 < len(text.split()) <= _CELL_WORDS and not is_sentence(text, ft.vocab)


def _other_cell(ft: FieldText, k: int) -> bool:
    """Whether line ``k`` may be a row's other cell: a few words (lower-case ones too: "teilweise
    erreicht"), no full stop or colon at its end, no numbered heading ("3. Steuerung")."""
    text = ft.rows[k].text.strip()
    return 0 < len(text.split()) <= _CELL_WORDS and not text.endswith((".", ":")) and not _HEADING.match(text)


def _rows(ft: FieldText, i: int) -> list[tuple[int, int]]:
    """(number's line, name's line) of each row under the header at line ``i``: past a few
    column names, the line holding "1", then each number's next filled line, the next number
    within a few lines."""
    k = ft.next_filled(i + 1, 3)
    heads = 0
    while k is not None and _number(ft, k) is None and heads < _HEAD_CELLS and _cell(ft, k):
        k, heads = ft.next_filled(k + 1, 3), heads + 1
    out: list[tuple[int, int]] = []
    while k is not None and _number(ft, k) == len(out) + 1 and len(out) < _ROWS:
        name = ft.next_filled(k + 1, 3)
        if name is None or _number(ft, name) is not None or not _cell(ft, name):
            break
        beside = ft.next_filled(name + 1, 3)  # the row's next cell: a row of its name alone ran into it
        if beside is None or _number(ft, beside) is not None or not _other_cell(ft, beside):
            break
        out.append((k, name))
        k = _next_number(ft, name)
    return out


def _next_number(ft: FieldText, k: int) -> int | None:
    """The first line after ``k`` that holds a number alone, within a few filled lines (the row's
    other cells)."""
    filled = 0
    for j in range(k + 1, len(ft.rows)):
        if ft.blank(j):
            continue
        if _number(ft, j) is not None:
            return j
        filled += 1
        if filled >= ROWS_APART:
            return None
    return None
