"""Lines built from a page's runs as the long way builds them: every run's height asked of the
run, each line's center and height kept in lists, every line's gaps measured, a line of one run
too. The short cuts of :mod:`pipeline.ingest.layout` (heights and the line's center in locals, a
line of one run taken as its text) must give the same lines, in the same order, and the same text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ingest.layout import (
    LIST_MARKER,
    PITCH_RATIO,
    SPACE_GAP,
    TAB_GAP,
    Glyph,
    group_lines,
    line_text,
    paragraph_gaps,
)


def long_group_lines(glyphs: list[Glyph]) -> list[list[Glyph]]:
    items = [(g, g.top + g.height / 2, g.height) for g in glyphs]
    items.sort(key=lambda item: (round(item[1], 0), item[0].x0))
    lines: list[list[Glyph]] = []
    centers: list[float] = []
    heights: list[float] = []
    for g, mid, height in items:
        if lines and abs(mid - centers[-1]) <= 0.5 * max(heights[-1], height):
            lines[-1].append(g)
            centers[-1] += (mid - centers[-1]) / len(lines[-1])
            heights[-1] = max(heights[-1], height)
        else:
            lines.append([g])
            centers.append(mid)
            heights.append(height)
    for line in lines:
        line.sort(key=lambda g: g.x0)
    return lines


def long_line_text(line: list[Glyph]) -> str:
    if not line:
        return ""
    height = sorted(g.height for g in line)[len(line) // 2]
    gaps = [cur.x0 - prev.x1 for prev, cur in zip(line, line[1:])]
    word_gaps = [g for g in gaps if g > SPACE_GAP * height]
    justified = len(word_gaps) >= 3 and max(word_gaps) < min(1.5 * min(word_gaps), 3 * height)
    out = line[0].text.lstrip()
    for i, (gap, prev, cur) in enumerate(zip(gaps, line, line[1:])):
        if gap > TAB_GAP * height and not justified and not (i == 0 and LIST_MARKER.fullmatch(prev.text.strip())):
            out = out.rstrip() + "\t" + cur.text.lstrip()
        elif out.endswith(" ") or cur.text.startswith(" "):
            out = out.rstrip() + " " + cur.text.lstrip()
        elif gap > SPACE_GAP * height:
            out += " " + cur.text
        else:
            out += cur.text
    return out.rstrip()


def long_paragraph_gaps(lines: list[list[Glyph]]) -> list[bool]:
    stats = [(max(g.height for g in line), min(g.top for g in line), max(g.bottom for g in line)) for line in lines]
    drawn = [bool(_STROKES.fullmatch(_joined(ln))) for ln in lines]
    pitches = []
    for k in range(1, len(lines)):
        if stats[k][1] - stats[k - 1][1] > 0.5 * max(stats[k - 1][0], stats[k][0]) and not (drawn[k - 1] or drawn[k]):
            pitches.append(stats[k][1] - stats[k - 1][1])
    closest = min(pitches) if len(pitches) > 1 else 0.0
    out = []
    for k in range(1, len(lines)):
        (prev_h, prev_top, prev_bottom), (cur_h, cur_top, cur_bottom) = stats[k - 1], stats[k]
        if drawn[k] and closest:  # a rule's foot against the line above's
            out.append(cur_bottom - prev_bottom > PITCH_RATIO * closest)
        else:
            out.append(
                cur_top - prev_bottom > 0.9 * max(prev_h, cur_h)
                and (cur_top - prev_top > PITCH_RATIO * closest or cur_top - prev_top > 2.2 * max(prev_h, cur_h))
            )
    return out


_STROKES = re.compile(r"[\s+_=\-—─━═┄┅┈┉╌╍├┼┤┌┬┐└┴┘┣╋┫┏┳┓┗┻┛╠╬╣╔╦╗╚╩╝╞╪╡╟╫╢]{3,}")  # a rule's glyphs only


def _joined(line: list[Glyph]) -> str:
    return "".join(g.text for g in line).strip()


TEXTS = st.sampled_from(
    ["Rat", "------", " Rat", "Rat ", "1.", "a)", "12.03.2026", "Sozialausschuss", " ", "\u00a0x", "-"]
)
RUNS = st.builds(
    lambda text, x0, width, top, height: Glyph(text, x0, x0 + width, top, top + height),
    TEXTS,
    st.sampled_from([0.0, 10.0, 11.5, 40.0, 72.0, 300.0]),
    st.sampled_from([0.0, 3.0, 20.0, 55.5]),
    st.sampled_from([100.0, 100.4, 101.0, 103.0, 106.0, 112.0, 130.0]),
    st.sampled_from([-1.0, 0.0, 0.05, 6.0, 10.0, 12.0, 14.5]),  # flat and upside-down boxes too
)


@settings(max_examples=500, deadline=None)
@given(st.lists(RUNS, max_size=12))
def test_lines_and_text_are_the_long_ways(glyphs: list[Glyph]) -> None:
    lines = group_lines(list(glyphs))
    assert lines == long_group_lines(list(glyphs))
    assert [line_text(line) for line in lines] == [long_line_text(line) for line in lines]
    if lines:
        assert paragraph_gaps(lines) == long_paragraph_gaps(lines)


def test_a_line_of_one_run_is_its_text_stripped() -> None:
    run = Glyph("  Beratungsfolge: ", 10.0, 90.0, 100.0, 110.0)
    assert line_text([run]) == long_line_text([run]) == "Beratungsfolge:"
    assert line_text([]) == ""
