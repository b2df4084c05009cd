"""Pages set in two columns, read column by column.

A text layer's lines run across the page: where a body is set in two columns, a line of the page
holds a line of the left column and one of the right, and read as one line the two columns'
sentences alternate. A column gutter is found by geometry alone: a vertical band that no glyph
touches through many consecutive lines, with prose on both sides of it. Prose fills its measure:
most of a column's lines reach near the gutter (the left column) or the common right edge (the
right one) without a cell gap inside them, and each column is a fair share of the page's width.
A table's gaps are no gutter: its cells are short, stop at their own widths and have gaps of
their own. Lines that cross the band (a heading across both columns, a table, a footer) end a
stretch of two columns; the page is read stretch by stretch, each column top to bottom.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .layout import Glyph, group_lines, line_text, lines_to_text, merge_table_blocks, paragraph_gaps

MIN_LINES = 6  # a gutter runs beside at least this many lines of each column
MIN_GUTTER = 1.0  # a gutter is at least this many line heights wide
INDENT = 1.5  # a right column's line starts at most this many line heights right of its edge
MIN_SHARE = 0.25  # each column at least this share of the stretch's width
FULL = 0.5  # a line of prose reaches at least this share of its column's width
MIN_WORDS = 3  # and has at least this many words
PROSE = 0.5  # at least this share of the columns' lines are prose
BODY = 0.4  # the stretches of two columns hold at least this share of the page's lines


@dataclass(frozen=True, slots=True)
class Stretch:
    """Consecutive lines ``first``..``last`` (inclusive) set in two columns split at ``gutter``."""

    first: int
    last: int
    gutter: tuple[float, float]


def _median(values: list[float]) -> float:
    values = sorted(values)
    return values[len(values) // 2]


def _side(line: list[Glyph], x0: float, x1: float) -> tuple[list[Glyph], list[Glyph]] | None:
    """The line's glyphs left and right of the band [x0, x1]; None when one crosses it (or the
    line is an empty one, which stands for a ruled table read apart)."""
    if not line:
        return None
    left, right = [], []
    for g in line:
        if g.x1 <= x0:
            left.append(g)
        elif g.x0 >= x1:
            right.append(g)
        else:
            return None
    return left, right


def _prose(part: list[Glyph], start: float, end: float) -> bool:
    """Is this line part prose: words set with spaces over much of the measure from ``start`` to
    ``end``, no cell gap among them (as :func:`~pipeline.ingest.layout.line_text` reads gaps)?"""
    if max(g.x1 for g in part) - part[0].x0 < FULL * (end - start):
        return False
    if sum(len(g.text.split()) for g in part) < MIN_WORDS:
        return False
    return "\t" not in line_text(part)


def _inside(line: list[Glyph], edge: float, height: float) -> bool:
    """Does the line keep clear of a gutter left of ``edge``, its right part (if any) starting at
    the right column's edge (a table's cell set elsewhere ends a stretch)? The line's glyphs are
    in order of their left edges."""
    x0, x1 = edge - MIN_GUTTER * height - 1, edge - 1
    for g in line:
        if g.x1 <= x0:
            continue
        return g.x0 >= x1 and g.x0 <= edge + INDENT * height  # the first glyph past the band's start
    return bool(line)


def _beside(parts: list[list[Glyph]], others: list[list[Glyph]]) -> int:
    """How many of ``parts`` stand beside the others: within their vertical span."""
    top = min(g.top for part in others for g in part)
    bottom = max(g.bottom for part in others for g in part)
    return sum(top <= min(g.top for g in part) <= bottom for part in parts)


def _candidates(lines: list[list[Glyph]], height: float, lo: float, hi: float) -> list[float]:
    """Where a right column may start: an edge where many lines start a run of text after a wide
    gap (or at the line's start), most frequent first."""
    seen: Counter[int] = Counter()
    for line in lines:
        for prev, cur in zip([None, *line], line):
            if lo <= cur.x0 <= hi and (prev is None or cur.x0 - prev.x1 >= MIN_GUTTER * height):
                seen[round(cur.x0)] += 1
    near = Counter({key: seen[key - 1] + n + seen[key + 1] for key, n in seen.items()})  # a point either way
    return [float(key) - 1.5 for key, n in near.most_common(4) if n >= MIN_LINES]


def _stretch(lines: list[list[Glyph]], first: int, last: int, x: float, height: float) -> Stretch | None:
    """The lines ``first``..``last`` as two columns beside ``x``, if they are."""
    sides = [_side(line, x, x) for line in lines[first : last + 1]]
    lefts = [s[0] for s in sides if s and s[0]]
    rights = [s[1] for s in sides if s and s[1]]
    if not lefts or not rights or min(_beside(lefts, rights), _beside(rights, lefts)) < MIN_LINES:
        return None
    left0 = min(g.x0 for part in lefts for g in part)
    gutter = (max(g.x1 for part in lefts for g in part), min(g.x0 for part in rights for g in part))
    right1 = max(g.x1 for part in rights for g in part)
    whole = right1 - left0
    if gutter[1] - gutter[0] < MIN_GUTTER * height:
        return None
    if min(gutter[0] - left0, right1 - gutter[1]) < MIN_SHARE * whole:
        return None
    prose = sum(_prose(part, left0, gutter[0]) for part in lefts)
    prose += sum(_prose(part, gutter[1], right1) for part in rights)
    if prose < PROSE * (len(lefts) + len(rights)):
        return None
    return Stretch(first, last, gutter)


def two_column_stretches(lines: list[list[Glyph]]) -> list[Stretch]:
    """The stretches of a page's lines (as :func:`group_lines` gives them) set in two columns."""
    count = sum(bool(line) for line in lines)
    if count < MIN_LINES:
        return []
    height = _median([g.bottom - g.top for line in lines for g in line])
    lo = min(line[0].x0 for line in lines if line)
    hi = max(g.x1 for line in lines for g in line)
    margin = MIN_SHARE * (hi - lo)
    best: list[Stretch] = []
    for edge in _candidates(lines, height, lo + margin, hi - margin):
        inside = []
        for line in lines:  # a candidate whose stretches cannot hold BODY of the lines is left early
            inside.append(_inside(line, edge, height))
            if len(inside) - sum(inside) > (1 - BODY) * count:
                break
        else:
            found = []
            i = 0
            while i < len(lines):
                if not inside[i]:
                    i += 1
                    continue
                j = i
                while j + 1 < len(lines) and inside[j + 1]:
                    j += 1
                stretch = _stretch(lines, i, j, edge - 1, height)
                if stretch is not None:
                    found.append(stretch)
                i = j + 1
            if sum(s.last + 1 - s.first for s in found) > sum(s.last + 1 - s.first for s in best):
                best = found
    if sum(s.last + 1 - s.first for s in best) < BODY * count:
        return []
    return best


def reading_order(lines: list[list[Glyph]]) -> tuple[list[list[Glyph]], frozenset[int]] | None:
    """The page's lines in reading order, each stretch of two columns its left column first, and
    the lines that open a paragraph across the gutter (the right column's first line where the
    left column's last one stops short of its measure); None when the page has no such stretch."""
    stretches = two_column_stretches(lines)
    if not stretches:
        return None
    out: list[list[Glyph]] = []
    breaks = set()
    i = 0
    for s in stretches:
        out += lines[i : s.first]
        glyphs = [g for line in lines[s.first : s.last + 1] for g in line]
        mid = (s.gutter[0] + s.gutter[1]) / 2
        left = group_lines([g for g in glyphs if g.x1 <= mid])
        out += left
        start = min(g.x0 for line in left for g in line)
        if max(g.x1 for g in left[-1]) < start + FULL * (s.gutter[0] - start):
            breaks.add(len(out))
        out += group_lines([g for g in glyphs if g.x0 >= mid])
        i = s.last + 1
    return out + lines[i:], frozenset(breaks)


def page_text(glyphs: list[Glyph]) -> str:
    """A text layer page's text (:func:`~pipeline.ingest.layout.glyphs_to_text`), its stretches
    of two columns read column by column."""
    lines = group_lines([g for g in glyphs if g.text.strip()])
    ordered = reading_order(lines)
    if ordered is None:
        return lines_to_text(lines)
    return lines_to_text(*ordered)


def ruled_text(glyphs: list[Glyph], tables: list[tuple[float, str]]) -> str:
    """A page's text with its ruled tables read apart (``tables``: each one's top and text), as
    :func:`~pipeline.ingest.layout.merge_table_blocks` sets them, its stretches of two columns read
    column by column; a table ends a stretch."""
    lines = group_lines(glyphs)
    entries: list[list[Glyph]] = []
    blocks: list[str] = []
    pending = sorted(tables, key=lambda t: t[0])
    for line in lines:
        while pending and pending[0][0] < min(g.top for g in line):
            entries.append([])
            blocks.append(pending.pop(0)[1])
        entries.append(line)
    for _, block in pending:
        entries.append([])
        blocks.append(block)
    ordered = reading_order(entries)
    if ordered is None:
        return merge_table_blocks(glyphs, tables)
    order, breaks = ordered
    glyph_lines = [line for line in order if line]
    gaps = iter([True, *paragraph_gaps(glyph_lines)])
    table_blocks = iter(blocks)
    out: list[str] = []
    for i, line in enumerate(order):
        gap = True if not line else next(gaps) or i in breaks
        if out and gap:
            out.append("")
        out.append(line_text(line) if line else next(table_blocks))
    return "\n".join(out) + "\n"
