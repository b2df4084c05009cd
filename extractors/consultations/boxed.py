"""The Beratungsfolge in a drawn box that no reader took a consultation from.

A box is drawn with box-drawing glyphs ("┌────┬────┐" / "│ Rat │ 02.03.2027 │") or with ASCII signs
("+------+------+" / "| Rat | 02.03.2027 |"): lines of bars between its cells and rules across it, as
:func:`pipeline.structure.drawn.box_lines_joined` joins them again where a PDF or an export broke them
(the glyphs read as bars by :func:`pipeline.structure.tables.drawn_bars`). Its rows are the lines
between two rules, each line there that fills every cell the first one fills starting a row of its
own (rows one a line), a line that leaves one empty going on with the row above (a cell wrapped); a
row's cells are joined column by column over its lines ("Ausschuss für Umwelt und Ver-" / "kehr,
04.05.2027"). A row names a consultation where it names a body and a day's date or a status
("Vorberatung", "öffentlich"); two such rows, one of them dated, make the box a Beratungsfolge,
whatever its header says (a box of one such row is a decision quoted, not yet a Beratungsfolge).
Where no consultation read overlaps the box and one of these rows no consultation covers, it is a
miss: ``consultation_heading_without_rows`` when none was read at all, else
``consultation_row_unused`` for each such row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from extractors.misses import Miss, clip
from pipeline.document import Document
from pipeline.lang.de import markers
from pipeline.structure import Line, View
from pipeline.structure.drawn import box_lines_joined
from pipeline.structure.tables import drawn_bars

from .blocks import body_words, date_tokens, spoilt_dates
from .role_matrix import matrices
from .vocab import Vocab

if TYPE_CHECKING:
    from .misses import Read

Status = Callable[[str, Vocab], bool]  # whether a text holds a status or role word (misses.has_status)

_RULE_GLYPHS = frozenset(markers.DRAWN_RULES + markers.DRAWN_JOINTS + markers.ASCII_JOINTS + "-=|: \t")
_RULE_RUN = re.compile("[" + re.escape(markers.DRAWN_RULES) + r"=-]{3}")
_BAR = markers.ASCII_BARS
GAP = 1  # blank lines a box's lines may stand apart (an export's blank line after every line)
MIN_ROWS = 2  # rows naming a body with a date or a status that make a box a Beratungsfolge


def _rule(text: str) -> bool:
    """Whether a line is a rule across a box ("+-----+-----+", "├────┼────┤", "|-----|-----|")."""
    t = text.strip()
    return bool(t) and t[0] in _RULE_GLYPHS and set(t) <= _RULE_GLYPHS and _RULE_RUN.search(t) is not None


def _cells(text: str) -> list[str] | None:
    """The cells of a line of bars ("| a | b |", its closing bar maybe lost), None for another line."""
    t = text.strip()
    if not t.startswith(_BAR) or t.count(_BAR) < 2:
        return None
    return t.strip(_BAR).split(_BAR)


def boxes(sv: View) -> Iterator[list[Line]]:
    """The drawn boxes of a text: each the run of its rules and lines of bars (bars read for glyphs,
    broken lines joined), blank lines between them stepped over."""
    every, skip = box_lines_joined(sv.lines, sv.page_breaks())
    box: list[Line] = []
    blank = 0
    for i, ln in enumerate(drawn_bars(every)):
        if i in skip or not ln.text.strip():
            blank += 1
            if blank > GAP and box:
                yield box
                box = []
            continue
        blank = 0
        if _rule(ln.text) or _cells(ln.text) is not None:
            box.append(ln)
        elif box:
            yield box
            box = []
    if box:
        yield box


def rows(box: list[Line]) -> list[tuple[Line, ...]]:
    """The rows of a box: the lines between two rules, each line that fills every cell the first
    of them fills starting a row of its own (rows one a line, no rules between them), a line that
    leaves one of them empty going on with the row above (a cell wrapped over lines)."""
    out: list[list[Line]] = []
    first: list[bool] | None = None  # the cells the first line after a rule fills
    for ln in box:
        cells = _cells(ln.text)
        if cells is None:  # a rule
            first = None
            continue
        filled = [bool(c.strip()) for c in cells]
        whole = first is not None and all(f for f, was in zip(filled, first, strict=False) if was)
        if first is None or whole:
            out.append([])
            first = filled if first is None else first
        out[-1].append(ln)
    return [tuple(r) for r in out]


def row_text(row: Sequence[Line]) -> str:
    """A row's cells, each joined over the row's lines (a word hyphenated at a line's end joined
    again), set apart by two spaces."""
    columns: list[str] = []
    for ln in row:
        for k, cell in enumerate(_cells(ln.text) or []):
            cell = cell.strip()
            if k == len(columns):
                columns.append(cell)
            elif cell:
                columns[k] = _wrapped(columns[k], cell)
    return "  ".join(c for c in columns if c)


def _wrapped(a: str, b: str) -> str:
    """A cell's text and its next line's, as one text: a word hyphenated at the line's end joined
    again ("Ver-" / "kehr"), else a space between them.

    >>> _wrapped("Ausschuss für Umwelt und Ver-", "kehr, 04.05.2027"), _wrapped("Bau und", "Planung")
    ('Ausschuss für Umwelt und Verkehr, 04.05.2027', 'Bau und Planung')
    """
    if not a:
        return b
    if a.endswith("-") and a[-2:-1].isalpha() and b[:1].islower():
        return a[:-1] + b
    return f"{a} {b}"


def consultation_rows(box: list[Line], v: Vocab, status: Status) -> list[Line]:
    """The rows of a box that name a body with a day's date or a status (each a line from its first
    line to its last, its text the cells joined); empty unless they make a Beratungsfolge."""
    found: list[tuple[Line, bool]] = []
    for row in rows(box):
        text = row_text(row)
        if not body_words(text, v):
            continue
        dated = any(iso is not None and len(iso) == len("2027-05-18") for _, _, iso in date_tokens(text))
        said = status(text, v)
        if dated or said:
            found.append((Line(row[0].start, row[-1].end, text), dated))
    if len(found) >= MIN_ROWS and any(dated for _, dated in found):
        return [ln for ln, _ in found]
    return []


def boxed_misses(doc: Document, sv: View, read: Read, v: Vocab, status: Status) -> Iterator[Miss]:
    """The Beratungsfolge rows of drawn boxes from which no consultation was read."""
    for box in boxes(sv):
        start, end = box[0].start, box[-1].end
        found = [ln for ln in consultation_rows(box, v, status) if not read.covers(ln, v)]
        if read.overlaps(start, end):  # a box read: only its rows whose date OCR spoilt ("O3.O5.2O27") are missed
            found = [ln for ln in found if spoilt_dates(ln.text)]
        if not found:
            continue
        if not read.consultations:
            yield Miss(
                "consultation_heading_without_rows",
                doc.span(start, found[0].end),
                f"gezeichnete Tabelle (Rahmen aus Linien) mit {len(found)} Zeile(n), die ein Gremium mit Datum "
                f"oder Status nennen, z. B. «{clip(found[0].text)}»: eine Beratungsfolge; keine Beratung erfasst",
            )
            continue
        for ln in found:
            yield Miss(
                "consultation_row_unused",
                doc.span(ln.start, ln.end),
                f"Zeile einer gezeichneten Tabelle (Rahmen aus Linien), die ein Gremium mit Datum oder Status "
                f"nennt («{clip(ln.text, 50)}»); keine erfasste Beratung deckt sie ab",
            )
    yield from matrix_misses(doc, sv, read, v)


def matrix_misses(doc: Document, sv: View, read: Read, v: Vocab) -> Iterator[Miss]:
    """The role rows of a matrix of bodies and roles (:mod:`.role_matrix`) whose figures gave no meeting, as an OCR
    spoils its dates ("O3.O5.2O27")."""
    for _, roles, _ in matrices(doc, v, sv, dated=False):
        for line, _ in roles:
            if not read.overlaps(line.start, line.end):
                yield Miss(
                    "consultation_row_unused",
                    doc.span(line.start, line.end),
                    f"Zeile einer Tabelle der Gremien und Rollen, deren Zellen Ziffern halten "
                    f"(«{clip(line.text, 50)}»); keine erfasste Beratung deckt sie ab",
                )


__all__ = ["boxed_misses", "boxes", "consultation_rows", "matrix_misses"]
