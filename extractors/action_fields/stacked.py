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

Where pdfminer.six set the table in boxes (blank lines between them), the numbers of a few rows may
stand together before those rows' cells ("1" / "2" / "Sprache und Bildung" / "überwiegend erreicht" /
"Übergang Kita" / "Arbeit und Qualifizierung" / …, a number opening its row's name's box: "3 Wohnen"):
each row then has as many boxes as the cells between two runs of numbers tell (the run's rows
sharing them evenly, two a row at least), the first its name; a last run without numbers after it
takes the count of the runs before it, or, alone, the fewest boxes a row that leave a capitalised
name of a few words at the head of each row's boxes.
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
_NUMBERED_NAME = re.compile(r"(\d{1,2})[ \t]+(?=[A-ZÄÖÜ])")  # a row's number before its name in one box
_BOXES = 8 * _ROWS  # boxes of one table at most


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
        if len(rows) >= 2:
            done = rows[-1][0]
            for _, line in rows:
                start = ft.rows[line].start + len(ft.rows[line].text) - len(ft.rows[line].text.lstrip())
                yield from _label(ft, [(start, start + len(ft.rows[line].text.strip()))], seen)
            continue
        k = _first_row(ft, i)
        names = _boxed(ft, k) if k is not None else []
        if len(names) >= 2:
            done = ft.row_at(names[-1][-1][0])
            for name in names:
                yield from _label(ft, name, seen)


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
    k = _first_row(ft, i)
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


def _first_row(ft: FieldText, i: int) -> int | None:
    """The line after the header at line ``i`` and a few column names: the first row's number, or
    whatever ends the header."""
    k = ft.next_filled(i + 1, 3)
    heads = 0
    while k is not None and _number(ft, k) is None and heads < _HEAD_CELLS and _cell(ft, k):
        k, heads = ft.next_filled(k + 1, 3), heads + 1
    return k


Box = list[tuple[int, int]]  # a box's lines, each its span in the flat text


def _boxes(ft: FieldText, k: int) -> list[Box]:
    """The boxes from line ``k`` on, blank lines between them (up to a wider gap or a heading); a
    number alone on its line, or opening a box before a name's words ("3 Wohnen"), is a box of its own."""
    out: list[Box] = []
    j, apart = k, True
    while j < len(ft.rows) and len(out) < _BOXES:
        text = ft.rows[j].text
        if ft.blank(j):
            if ft.next_filled(j, 2) is None:
                break
            j, apart = j + 1, True
            continue
        if _HEADING.match(text.strip()):
            break
        a = ft.rows[j].start + len(text) - len(text.lstrip())
        b = ft.rows[j].start + len(text.rstrip())
        m = _NUMBERED_NAME.match(text.strip())
        alone = _number(ft, j) is not None
        if alone:
            out.append([(a, b)])
        elif apart and m:
            out += [[(a, a + len(m.group(1)))], [(a + m.end(), b)]]
        elif apart:
            out.append([(a, b)])
        else:
            out[-1].append((a, b))
        j, apart = j + 1, alone
    return out


def _box_number(ft: FieldText, box: Box) -> int | None:
    text = " ".join(ft.text[a:b] for a, b in box).strip().rstrip(".")
    return int(text) if text.isdigit() and len(text) <= 2 else None


def _boxed(ft: FieldText, k: int) -> list[Box]:
    """The names of the rows of a numbered table set in boxes from line ``k`` on, the numbers of a
    few rows together before their cells (see the module's doc)."""
    boxes = _boxes(ft, k)
    names: list[Box] = []
    p, per = 0, None
    while p < len(boxes) and len(names) < _ROWS:
        m = 0
        while p + m < len(boxes) and _box_number(ft, boxes[p + m]) == len(names) + m + 1:
            m += 1
        cells = p + m
        after = next((q for q in range(cells, len(boxes)) if _box_number(ft, boxes[q]) == len(names) + m + 1), None)
        if not m or after is not None and (after - cells) % m:
            break
        if after is not None:
            per = (after - cells) // m
        elif per is None:
            per = next((r for r in range(2, _HEAD_CELLS + 2) if _names_at(ft, boxes, cells, m, r)), None)
        if per is None or per < 2 or not _names_at(ft, boxes, cells, m, per):
            break
        names += [boxes[cells + n * per] for n in range(m)]
        p = cells + m * per
    return names


def _names_at(ft: FieldText, boxes: list[Box], cells: int, m: int, per: int) -> bool:
    """Whether ``m`` rows of ``per`` boxes each from box ``cells`` on each open with a name: a few
    capitalised words, no sentence, no office's name ("Gesundheitsamt": a column set box by box),
    no number among the rows' boxes."""
    if cells + m * per > len(boxes):
        return False
    if any(_box_number(ft, b) is not None for b in boxes[cells : cells + m * per]):
        return False
    texts = [" ".join(ft.text[a:b] for a, b in boxes[cells + n * per]) for n in range(m)]
    return all(
        t[:1].isupper()
        and len(t.split()) <= _CELL_WORDS
        and not is_sentence(t, ft.vocab)
        and not ft.vocab.offices.fullmatch(t.split()[0])
        for t in texts
    )


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
