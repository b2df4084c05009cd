"""Rebuild reading-order text lines from positioned glyphs or words.

PDF text layers and OCR both give us boxes, not lines. Council submissions are full of
tables, and the extractors read table rows as tab-separated lines, so a wide horizontal
gap between two glyphs on one line becomes a tab, a normal gap a space. The same builder
serves the PDF text layer (glyph boxes) and OCR (word boxes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter, itemgetter

from pipeline.lang.de import markers


@dataclass(frozen=True, slots=True)
class Glyph:
    """A piece of text with its box in page coordinates (y grows downwards)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 0.1)


# A gap wider than this many line heights separates table cells (a tab);
# justified prose rarely stretches a space beyond ~0.8 of the line height.
TAB_GAP = 1.2
SPACE_GAP = 0.12


# "1." / "a)" / "-" before a hanging indent: the gap after it is not a cell boundary
LIST_MARKER = re.compile(
    r"(?:\d{1,2}|[a-zA-Z]|"
    + markers.ROMAN
    + r")[.)]|"
    + markers.charset(markers.without(markers.ITEM_MARKS, markers.MIDDLE_DOT))
)


def group_lines(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Group glyphs into lines by vertical overlap, top to bottom, left to right."""
    items = []
    for g in glyphs:  # this runs for every run of a page: Glyph.height and max() written out
        height = max(g.bottom - g.top, 0.1)
        mid = g.top + height / 2
        items.append(((round(mid, 0), g.x0), g, mid, height))
    items.sort(key=itemgetter(0))
    lines: list[list[Glyph]] = []
    line: list[Glyph] = []
    center = size = 0.0  # the current line's mean center and greatest height
    for _, g, mid, height in items:
        if line and abs(mid - center) <= 0.5 * (height if height > size else size):
            line.append(g)
            center += (mid - center) / len(line)
            if height > size:
                size = height
        else:
            line = [g]
            lines.append(line)
            center = mid
            size = height
    for line in lines:
        if len(line) > 1:
            line.sort(key=_LEFT)
    return lines


_LEFT = attrgetter("x0")


def line_text(line: list[Glyph], tab_gap: float = TAB_GAP, space_gap: float = SPACE_GAP) -> str:
    """Join a line's glyphs, inserting a space or a tab where the gap asks for one.

    A justified line stretches all its word gaps alike; when every gap of a line with
    several words is about equally wide, the gaps are spaces even if they are wide.
    """
    if len(line) == 1:  # most lines: one run, no gap to judge
        return line[0].text.strip()
    if not line:
        return ""
    height = sorted(g.height for g in line)[len(line) // 2]
    gaps = [cur.x0 - prev.x1 for prev, cur in zip(line, line[1:])]
    word_gaps = [g for g in gaps if g > space_gap * height]
    justified = len(word_gaps) >= 3 and max(word_gaps) < min(1.5 * min(word_gaps), 3 * height)
    # A run of text may carry the space that ends or starts a word ("vom " + "14.01.2021"):
    # that space counts even when the runs touch.
    out = line[0].text.lstrip()
    for i, (gap, prev, cur) in enumerate(zip(gaps, line, line[1:])):
        if gap > tab_gap * height and not justified and not (i == 0 and LIST_MARKER.fullmatch(prev.text.strip())):
            out = out.rstrip() + "\t" + cur.text.lstrip()
        elif out.endswith(" ") or cur.text.startswith(" "):
            out = out.rstrip() + " " + cur.text.lstrip()
        elif gap > space_gap * height:
            out += " " + cur.text
        else:
            out += cur.text
    return out.rstrip()


def paragraph_gaps(lines: list[list[Glyph]]) -> list[bool]:
    """For each line after the first: is there a blank-line-sized gap above it?

    A glyph's box is as tall as its ink: a line without descenders ("AWO", "1. Anlass") ends
    higher than its neighbours, so the space under it looks like a blank line. A gap is one only
    where the line also stands farther below the one above than the page's closest lines do (its
    top more than PITCH_RATIO times the least distance of one line's top below the previous), or
    far below it for its height (a page whose lines are all set apart).

    A line drawn with strokes alone ("-------- -----", "────") has ink only a stroke high, set
    below the top of a line of letters: its top says nothing of its place, so the gap above it is
    judged by its foot, which stands no higher than a line of letters' foot would (a rule right
    under a table's column words is no paragraph of its own); its top counts in no pitch."""
    stats = [
        (max(g.height for g in line), min(g.top for g in line), max(g.bottom for g in line))
        if len(line) > 1
        else (max(line[0].bottom - line[0].top, 0.1), line[0].top, line[0].bottom)
        for line in lines
    ]
    drawn = [_stroked(line) for line in lines]
    pitches = [
        cur[1] - prev[1]
        for k, (prev, cur) in enumerate(zip(stats, stats[1:]))
        if cur[1] - prev[1] > 0.5 * max(prev[0], cur[0]) and not drawn[k] and not drawn[k + 1]
    ]
    closest = min(pitches) if len(pitches) > 1 else 0.0
    return [
        cur_bottom - prev_bottom > PITCH_RATIO * closest
        if stroke and closest
        else cur_top - prev_bottom > 0.9 * max(prev_h, cur_h)
        and (cur_top - prev_top > PITCH_RATIO * closest or cur_top - prev_top > 2.2 * max(prev_h, cur_h))
        for (prev_h, prev_top, prev_bottom), (cur_h, cur_top, cur_bottom), stroke in zip(stats, stats[1:], drawn[1:])
    ]


# the glyphs a rule is drawn with: hyphens, dashes, underscores, equals signs, box-drawing rules and joints
_STROKES = re.compile(
    r"[\s+" + re.escape("-_=" + markers.EM_DASH + markers.DRAWN_RULES + markers.DRAWN_JOINTS) + "]{3,}"
)


def _stroked(line: list[Glyph]) -> bool:
    """Whether a line is drawn with strokes alone ("------ -----", "+-----+", "════")."""
    return _STROKES.fullmatch("".join(g.text for g in line).strip()) is not None


PITCH_RATIO = 1.3  # a line's distance below the previous one, against the page's closest lines


def glyphs_to_text(glyphs: list[Glyph]) -> str:
    """Page text: one line per visual line, blank lines between paragraphs, tabs between cells."""
    return lines_to_text(group_lines([g for g in glyphs if g.text.strip()]))


def lines_to_text(lines: list[list[Glyph]], breaks: frozenset[int] = frozenset()) -> str:
    """The text of lines in reading order, a blank line before each paragraph and before the
    lines of ``breaks`` (their indices)."""
    if not lines:
        return ""
    out = [line_text(lines[0])]
    for i, (gap, line) in enumerate(zip(paragraph_gaps(lines), lines[1:]), 1):
        if gap or i in breaks:
            out.append("")
        out.append(line_text(line))
    return "\n".join(out) + "\n"


def merge_table_blocks(glyphs: list[Glyph], tables: list[tuple[float, str]]) -> str:
    """Interleave glyph paragraphs and table blocks by vertical position."""
    lines = group_lines(glyphs)
    items: list[tuple[float, str, bool]] = []  # (top, text, blank line before)
    gaps = [True] + paragraph_gaps(lines)
    for gap, line in zip(gaps, lines):
        items.append((min(g.top for g in line), line_text(line), gap))
    for top, block in tables:
        items.append((top, block, True))
    items.sort(key=lambda item: item[0])
    out: list[str] = []
    for i, (_, text, gap) in enumerate(items):
        if i and gap:
            out.append("")
        out.append(text)
    return "\n".join(out) + "\n"
