"""Rules typed as a row of glyphs ("=====", "-----") and dashes alone on a line, told by their ink:
the glyphs of such a rule stand a little apart, so that the ruling lines found in the image (:func:`~pipeline.ingest.
ocr_image.find_rules`) do not take them, and tesseract reads them as debris ("oo... -- om. - oo.").
A title framed by two such rules then loses its frame, and the debris becomes a line of its own.
Their ink is one or two thin strokes across most of a long stretch of the line, which no line of
letters is; the line's words become one word of the rule's glyph, "=" for two strokes and "-" for
one, as many as the stretch holds.

A dash or a middle dot that a line wrap leaves alone on a line at the margin ("Programm 2026–2028" /
"–" / "Einrichtung des …") tesseract does not read at all: a band of ink with no word on it, one
thin solid bar about as wide as a dash, is the word "-" (as tesseract reads the dashes of the lines
about it), one small solid dot the word "·".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from pipeline.lang.de import markers

from .ocr_image import ink_runs, unworded_bands

if TYPE_CHECKING:
    from .ocr import Grid, Word
    from .ocr_image import ImageArray, Rule

SPAN = 8.0  # of the text's height: a rule is at least this long
STROKE = 0.3  # of the text's height: a rule's stroke is at most this thick
EXTENT = 0.6  # of the text's height: a double rule's two strokes lie within this
COVER = 0.5  # of the rule's columns that its ink covers (the glyphs stand a little apart)
STRAY = 0.1  # of the strokes' ink: the ink above and below them at most (specks)
SURE = 90.0  # a word of three letters or more read this surely is a word, no rule
GLYPH_WIDTH = 0.6  # of the text's height: the width of one glyph of the rule


def rule_glyph(ink: ImageArray, height: float) -> str | None:
    """ "=" or "-" when ``ink`` (the stretch of a line, somewhat above and below its words) holds one
    or two thin strokes close together that cover most of its columns; else None."""
    rows = ink.mean(axis=1) >= COVER / 2  # (a row that a glyph's stroke crosses, not a speck's)
    runs = ink_runs(rows)
    if not runs or len(runs) > 2 or any(b - a > STROKE * height for a, b in runs):
        return None
    if runs[-1][1] - runs[0][0] > EXTENT * height:
        return None
    top, bottom = runs[0][0], runs[-1][1]
    outside = int(ink[:top].sum() + ink[bottom:].sum())
    if ink[top:bottom].any(axis=0).mean() < COVER or outside > STRAY * ink[top:bottom].sum():
        return None  # strokes too broken, or more ink about them than specks (letters, a drawing)
    return "=" if len(runs) == 2 else "-"


def typed_rules(rows: list[list[Word]], words: list[Word], dark: ImageArray, height: float | None) -> list[Word]:
    """The words (``rows``: the same, line by line) with each line that is a rule typed as glyphs
    (:func:`rule_glyph`: at least :data:`SPAN` text heights long, no word of letters read surely)
    made one word of its glyphs."""
    if height is None:
        return words
    rules: dict[int, Word] = {}
    gone: set[int] = set()
    for row in rows:
        left, right = min(w.left for w in row), max(w.right for w in row)
        top, bottom = min(w.top for w in row), max(w.bottom for w in row)
        if right - left < SPAN * height or any(w.conf >= SURE and sum(c.isalpha() for c in w.text) >= 3 for w in row):
            continue
        pad = int(height / 4)
        glyph = rule_glyph(dark[max(0, top - pad) : bottom + pad, left:right], height)
        if glyph is None:
            continue
        n = max(10, round((right - left) / (GLYPH_WIDTH * height)))
        rules[id(row[0])] = replace(row[0], text=glyph * n, conf=99.0, left=left, top=top, right=right, bottom=bottom)
        gone.update(id(w) for w in row[1:])
    return [rules.get(id(w), w) for w in words if id(w) not in gone]


DASH_HEIGHT = (0.08, 0.3)  # of the text's height: a dash's stroke
DASH_WIDTH = (0.3, 1.2)  # of the text's height: a hyphen's or a dash's length
DOT_SIZE = (0.1, 0.3)  # of the text's height: a middle dot's height and width
FILL = 0.6  # of a dash's or a dot's box that its ink fills (a bar or a dot, not a letter's strokes)


def margin(words: list[Word], height: float) -> float | None:
    """The left margin of a page's text: where most of its lines start (their first words read
    surely, to half a text height)."""
    starts: dict[tuple[str, ...], int] = {}
    for w in words:
        if w.line and w.conf >= SURE and any(c.isalnum() for c in w.text):
            starts[w.line] = min(starts.get(w.line, w.left), w.left)
    if not starts:
        return None
    bins = Counter(round(x / (height / 2)) for x in starts.values())
    return bins.most_common(1)[0][0] * height / 2


def lone_mark(ink: ImageArray, height: float) -> str | None:
    """ "-" or "·" where ``ink`` (a line's band, cut to its ink) is one solid bar as high and as wide
    as a dash, or one solid dot as small as a middle dot; else None."""
    h, w = ink.shape
    if ink.mean() < FILL:
        return None
    if (
        DASH_HEIGHT[0] * height <= h <= DASH_HEIGHT[1] * height
        and DASH_WIDTH[0] * height <= w <= DASH_WIDTH[1] * height
    ):
        return "-" if w >= 2 * h else None
    if all(DOT_SIZE[0] * height <= n <= DOT_SIZE[1] * height for n in (h, w)) and 0.6 <= w / h <= 1.6:
        return markers.MIDDLE_DOT
    return None


def _lone_bands(words: list[Word], dark: ImageArray, height: float) -> list[tuple[int, int]]:
    """The bands of ink rows no word stands on with a paper gap a third of a line high above and below
    them: no word's ink just above or below, a line of their own."""
    lined = np.zeros(dark.shape[0], dtype=bool)
    for w in words:
        lined[w.top : w.bottom] = True
    gap = int(0.3 * height)
    bands = unworded_bands([(w.top, w.bottom) for w in words], dark, height)
    return [(top, bottom) for top, bottom in bands if not lined[max(0, top - gap) : bottom + gap].any()]


def lone_marks(words: list[Word], dark: ImageArray, height: float | None) -> list[Word]:
    """Words for the dashes and middle dots that a line wrap leaves alone on a line at the left
    margin and that tesseract left unread: a band of ink rows no word stands on, a paper gap a third
    of a line high above and below it, its ink one mark (:func:`lone_mark`) at the page's margin."""
    start = margin(words, height) if height is not None else None
    if height is None or start is None:
        return []
    found: list[Word] = []
    for top, bottom in _lone_bands(words, dark, height):
        runs = ink_runs(dark[top:bottom].any(axis=0))
        if len(runs) != 1 or abs(runs[0][0] - start) > height / 2:
            continue
        left, right = runs[0]
        mark = lone_mark(dark[top:bottom, left:right], height)
        if mark is not None:
            shape = words[0]  # (a word of the page, its fields all set anew)
            found.append(
                replace(
                    shape, text=mark, conf=99.0, left=left, top=top, right=right, bottom=bottom, line=(), changed=False
                )
            )
    return found


PIECES = 3  # a rule typed as glyphs has at least this many glyphs in each of its parts
PIECE_WIDTH = (0.2, 1.2)  # of the text's height: the length of one glyph's stroke (a dash's, not a dot's)
PITCH = 0.4  # of the pitch: glyphs evenly set stand this close to a multiple of it apart


def rule_parts(runs: list[tuple[int, int]], height: float) -> tuple[list[list[tuple[int, int]]], float, int] | None:
    """The strokes of a rule typed as glyphs (``runs``: the inked columns of its band) grouped into the
    rule's parts, split where more than half a glyph's pitch of paper stands between two strokes (the
    space between the parts of a table's dashed rule, "----- ------"), the pitch (the usual step from
    one stroke's start to the next) and the usual length of a stroke. None unless the strokes are as
    long as a dash's, set evenly (two glyphs that touch make one stroke, two pitches long) and every
    part holds a few of them."""
    if len(runs) < PIECES:
        return None
    widths = sorted(b - a for a, b in runs)
    piece = widths[len(widths) // 2]
    if not PIECE_WIDTH[0] * height <= piece <= PIECE_WIDTH[1] * height:
        return None
    steps = sorted(c[0] - a[0] for a, c in zip(runs, runs[1:]))
    pitch = float(steps[len(steps) // 4])  # (the gaps between parts are longer steps)
    if pitch <= piece:
        return None  # the strokes touch: a line drawn, no glyphs
    parts: list[list[tuple[int, int]]] = [[runs[0]]]
    for run in runs[1:]:
        if run[0] - parts[-1][-1][1] > pitch / 2:
            parts.append([run])
        else:
            parts[-1].append(run)
    for part in parts:
        starts = [a for a, _ in part]
        if len(part) < PIECES and round((part[-1][1] - part[0][0]) / pitch) < PIECES:
            return None
        if any(abs((b - a) / pitch - round((b - a) / pitch)) > PITCH for a, b in zip(starts, starts[1:])):
            return None  # strokes set unevenly: a drawing, a signature
    return parts, pitch, piece


def unread_rules(words: list[Word], dark: ImageArray, height: float | None) -> list[Word]:
    """Words for the rules typed as glyphs that tesseract left unread, no word beside them: a heading's
    underline ("Gesundheit" / "----------"), a gap table's dashed rule under its head ("----- ------").
    A band of ink rows that no word stands on, a paper gap a third of a line high above and below it,
    its ink one or two thin strokes (:func:`rule_glyph`) broken into glyphs set evenly
    (:func:`rule_parts`): one word, each part of the rule as many glyphs as its length holds, the parts
    a space apart, as the rule was typed."""
    if height is None or not words:
        return []
    found: list[Word] = []
    for top, bottom in _lone_bands(words, dark, height):
        if bottom - top > EXTENT * height:
            continue
        grouped = rule_parts(ink_runs(dark[top:bottom].any(axis=0)), height)
        if grouped is None:
            continue
        parts, pitch, piece = grouped
        pad = int(height / 4)
        glyphs = [rule_glyph(dark[max(0, top - pad) : bottom + pad, p[0][0] : p[-1][1]], height) for p in parts]
        if len(set(glyphs)) != 1 or glyphs[0] is None:
            continue
        counts = [1 + round((p[-1][1] - p[0][0] - piece) / pitch) for p in parts]
        shape = words[0]  # (a word of the page, its fields all set anew)
        text = " ".join(glyphs[0] * n for n in counts)
        left, right = parts[0][0][0], parts[-1][-1][1]
        found.append(
            replace(shape, text=text, conf=99.0, left=left, top=top, right=right, bottom=bottom, line=(), changed=False)
        )
    return found


CLEAR = (0.4, 0.3)  # of the text's height: the paper above and below a rule that no word stands on


def drawn_rules(
    horizontal: list[Rule], grids: list[Grid], words: list[Word], dark: ImageArray, height: float | None
) -> list[Word]:
    """Words for the rules a scan shows as one unbroken stroke on a line of their own, outside the
    ruled tables: a rule typed as a row of underscores ("______" under a heading) has glyphs that
    touch, so that the ruling lines found in the image (:func:`~pipeline.ingest.ocr_image.find_rules`)
    take it and it is erased before tesseract reads the page. At least :data:`SPAN` text heights
    long, no word on its line nor just above or below it, and no ink there (the bars and joints of a
    box drawn with glyphs cross its rules): one word of "_" (of "=" for two strokes close together),
    as many as its length holds, a text line high and standing on the rule."""
    if height is None or not words:
        return []
    tol = height / 4
    lone = [
        r
        for r in horizontal
        if r.end - r.start >= SPAN * height
        and not any(
            g.left - tol <= r.start and r.end <= g.right + tol and g.top - tol <= r.pos <= g.bottom + tol for g in grids
        )
        and not any(  # (a piece of a longer stroke, found twice)
            o.end - o.start > r.end - r.start
            and o.lo <= r.hi
            and r.lo <= o.hi
            and o.start <= r.start
            and r.end <= o.end
            for o in horizontal
        )
        and not any(
            w.top < r.hi + CLEAR[1] * height
            and w.bottom > r.lo - CLEAR[0] * height
            and w.left < r.end
            and w.right > r.start
            for w in words
        )
    ]
    found: list[Word] = []
    for group in _strokes(sorted(lone, key=lambda r: r.pos), height):
        left, right = min(r.start for r in group), max(r.end for r in group)
        top, bottom = min(r.lo for r in group), max(r.hi for r in group) + 1
        if _crossed(dark, top, bottom, left, right, height):
            continue
        n = max(10, round((right - left) / (GLYPH_WIDTH * height)))
        text = ("=" if len(group) == 2 else "_") * n
        shape = words[0]  # (a word of the page, its fields all set anew)
        found.append(
            replace(
                shape, text=text, conf=99.0, left=left, top=bottom - int(height), right=right, bottom=bottom, line=()
            )
        )
    return found


def _crossed(dark: ImageArray, top: int, bottom: int, left: int, right: int, height: float) -> bool:
    """Whether ink stands just above or below a rule's stroke (erased), a quarter of a line high:
    the bars and joints of a box drawn with glyphs, or letters set on the rule."""
    reach = int(height / 4)
    near = max(2, int(height / 12))  # (the stroke's blurred edge, erased with it)
    left, right = max(0, left - reach), right + reach  # (a joint at its end: "┤")
    above = dark[max(0, top - reach) : max(0, top - near), left:right]
    below = dark[bottom + near : bottom + reach, left:right]
    return bool(above.any() or below.any())


def _strokes(rules: list[Rule], height: float) -> list[list[Rule]]:
    """The rules (top to bottom) grouped into the lines they draw: two strokes close together along
    the same stretch are one double rule."""
    groups: list[list[Rule]] = []
    for r in rules:
        last = groups[-1][-1] if groups else None
        if (
            last is not None
            and len(groups[-1]) == 1
            and r.pos - last.pos <= EXTENT * height
            and r.start < last.end
            and r.end > last.start
        ):
            groups[-1].append(r)
        else:
            groups.append([r])
    return groups
