"""Rules typed as a row of glyphs ("=====", "-----") told by their ink: the glyphs of such a rule
stand a little apart, so that the ruling lines found in the image (:func:`~pipeline.ingest.
ocr_image.find_rules`) do not take them, and tesseract reads them as debris ("oo... -- om. - oo.").
A title framed by two such rules then loses its frame, and the debris becomes a line of its own.
Their ink is one or two thin strokes across most of a long stretch of the line, which no line of
letters is; the line's words become one word of the rule's glyph, "=" for two strokes and "-" for
one, as many as the stretch holds.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from .ocr import Word
    from .ocr_image import ImageArray

SPAN = 8.0  # of the text's height: a rule is at least this long
STROKE = 0.3  # of the text's height: a rule's stroke is at most this thick
EXTENT = 0.6  # of the text's height: a double rule's two strokes lie within this
COVER = 0.5  # of the rule's columns that its ink covers (the glyphs stand a little apart)
STRAY = 0.1  # of the strokes' ink: the ink above and below them at most (specks)
SURE = 90.0  # a word of three letters or more read this surely is a word, no rule
GLYPH_WIDTH = 0.6  # of the text's height: the width of one glyph of the rule


def strokes(rows: ImageArray) -> list[tuple[int, int]]:
    """The runs (start, end) of inked rows: a rule's strokes.

    >>> strokes(np.array([False, True, True, False, True, False]))
    [(1, 3), (4, 5)]
    """
    edges = np.flatnonzero(np.diff(np.concatenate([[False], rows, [False]]).astype(np.int8)))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist()))


def rule_glyph(ink: ImageArray, height: float) -> str | None:
    """ "=" or "-" when ``ink`` (the stretch of a line, somewhat above and below its words) holds one
    or two thin strokes close together that cover most of its columns; else None."""
    rows = ink.mean(axis=1) >= COVER / 2  # (a row that a glyph's stroke crosses, not a speck's)
    runs = strokes(rows)
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
