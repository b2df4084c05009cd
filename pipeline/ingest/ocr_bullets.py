"""The bullets of a scanned list, told by their ink: tesseract reads a round bullet as « or °, as
"e" or not at all, and a square one as a letter it may even be sure of ("u", "w", "I"), or drops
it when the list is set in columns. Each is set as the glyph its ink shows, "•" or "■", so that
the list reads as its text layer would."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from pipeline.lang.de import markers

from .ocr_image import ink_runs

if TYPE_CHECKING:
    from .ocr import Word
    from .ocr_image import ImageArray

BULLET = markers.BULLET
SQUARE = markers.SQUARE
SQUARE_GAP = 0.3  # of a square bullet's width: the gap after it (a space is about that wide)
SPECK = 0.25  # of the letters' height: ink narrower than this beside a square bullet is a speck
SOLID = 0.85  # the share of ink in a square bullet's box; a letter's ink never fills this much of its box


def letter_band(row: list[Word], w: Word) -> tuple[float, float] | None:
    """The top and bottom of the letters of a line (medians over its other words with a letter or digit)."""
    lettered = [x for x in row if any(c.isalnum() for c in x.text) and x is not w]
    if not lettered:
        return None
    return float(np.median([x.top for x in lettered])), float(np.median([x.bottom for x in lettered]))


def extent(box: ImageArray) -> ImageArray | None:
    """``box`` cut to its ink, or None when it has none."""
    rows, cols = np.flatnonzero(box.any(axis=1)), np.flatnonzero(box.any(axis=0))
    if not len(rows):
        return None
    return box[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]


def solid_square(ink: ImageArray, height: float) -> bool:
    """Whether ``ink`` (cut to its extent) is one solid square between half and the whole height
    of the line's letters: no letter, digit or sign is that nearly all ink."""
    h, w = ink.shape
    return 0.5 * height <= h <= 1.1 * height and 0.75 <= w / h <= 1.33 and float(ink.mean()) >= SOLID


def square_ink(dark: ImageArray, w: Word, row: list[Word]) -> bool:
    """Whether a word's ink is a solid square as high as its line's letters (:func:`solid_square`)."""
    band = letter_band(row, w)
    ink = extent(dark[w.top : w.bottom, w.left : w.right])
    return band is not None and ink is not None and solid_square(ink, band[1] - band[0])


def dot_of_ink(dark: ImageArray, w: Word, row: list[Word]) -> bool:
    """Whether a word's ink is one filled dot or square standing in the middle of its line's
    letters, well below their height: the ink of a round bullet, whatever tesseract read it as."""
    band = letter_band(row, w)
    box = dark[w.top : w.bottom, w.left : w.right]
    rows = np.flatnonzero(box.any(axis=1))
    ink = extent(box)
    if band is None or ink is None or band[1] - band[0] < 6:
        return False
    height = band[1] - band[0]
    ink_h, ink_w = ink.shape
    if not (0.15 * height <= ink_h <= 0.5 * height and 0.6 <= ink_w / ink_h <= 1.6):
        return False  # a letter, a dash, a speck
    core = ink[ink_h // 3 : ink_h - ink_h // 3, ink_w // 3 : ink_w - ink_w // 3]
    if ink.mean() < 0.55 or core.mean() < 0.8:
        return False  # an outline (a circle, a quote mark, a letter), not a filled dot
    middle = (w.top + (rows[0] + rows[-1]) / 2 - band[0]) / height
    return 0.25 <= middle <= 0.75  # not a full stop on the baseline, nor a mark above the letters


def bullets(rows: list[list[Word]], words: list[Word], dark: ImageArray, sure: float) -> list[Word]:
    """The words (``rows``: the same, line by line) with their bullets set as "•" or "■". A bullet stands
    before a word with a gap after it, first in its line or, in a list set in columns, after a
    gap too. A round one is a filled dot in the middle of the line's letters, first in its line,
    read by tesseract with less confidence than ``sure`` or as a sign, and another bullet stands
    in its column; a square one is a solid square (:func:`solid_square`), which no letter is."""
    found: dict[int, Word] = {}
    squares: set[int] = set()
    for row in rows:
        for i, w in enumerate(row[:-1]):
            if len(w.text) > 2 or w.text in (BULLET, SQUARE):
                continue
            width, after = w.right - w.left, row[i + 1].left - w.right
            before = w.left - row[i - 1].right if i else width
            if square_ink(dark, w, row) and min(before, after) >= SQUARE_GAP * width:
                squares.add(id(w))
            elif i or after < 0.5 * width or (w.text.isalnum() and w.conf >= sure):
                continue
            elif not dot_of_ink(dark, w, row):
                continue
            found[id(w)] = w
    others = [w for w in words if w.text == BULLET] + list(found.values())
    aligned = {
        key for key, w in found.items() if any(v is not w and abs(v.left - w.left) <= w.bottom - w.top for v in others)
    }
    return [
        replace(w, text=SQUARE if id(w) in squares else BULLET, conf=max(w.conf, sure))
        if id(w) in aligned or id(w) in squares
        else w
        for w in words
    ]


def missed_squares(rows: list[list[Word]], dark: ImageArray, sure: float) -> list[Word]:
    """The square bullets tesseract did not read, before a line's first word or in the gap between
    two columns of a list set in columns: one solid square of ink alone in the margin or the gap
    (:func:`solid_square`), at least a space before the word after it. Each is given as a word "■"
    on its line, as sure as ``sure``."""
    found: list[Word] = []
    for row in rows:
        for a, b in zip([None, *row], row):
            band = letter_band(row, b)
            start = a.right + 1 if a is not None else 0
            if band is None or b.left - start < band[1] - band[0]:
                continue
            top, bottom = int(band[0]), int(band[1])
            columns = dark[top:bottom, start : b.left - 1].any(axis=0)
            marks = [
                (a0, b0)
                for a0, b0 in ink_runs(columns)
                if b0 - a0 >= SPECK * (bottom - top) and 0 < a0 and b0 < len(columns)
            ]  # no specks, nor the ink of the words beside the gap that their boxes cut off
            if len(marks) != 1:
                continue  # nothing, or more than one mark, in the gap
            left, right = start + marks[0][0], start + marks[0][1]
            ink = extent(dark[top:bottom, left:right])
            space = SQUARE_GAP * (right - left)
            if ink is None or not solid_square(ink, bottom - top) or left - start < space or b.left - right < space:
                continue
            found.append(replace(b, text=SQUARE, left=left, right=right, top=top, bottom=bottom, conf=sure))
    return found


DOT_LOOKALIKES = markers.DASHES + ".,:'«»"  # what tesseract reads a middle dot between words as
DOT_SIZE = 0.3  # of the letters' height: a middle dot's ink is at most this high and wide


def middle_dots(rows: list[list[Word]], words: list[Word], dark: ImageArray) -> list[Word]:
    """The words (``rows``: the same, line by line) with the middle dots between the words of a
    line that tesseract read as hyphens, stops or colons ("15.04.27 - 17:30 Uhr" for "15.04.27 ·
    17:30 Uhr") set as "·": a word of one such glyph after another word whose ink is a dot about as
    wide as high, small against the line's letters and standing in their middle (a hyphen is twice
    as wide as high, a stop sits on the line, a colon is two dots one over the other)."""
    found: dict[int, Word] = {}
    for row in rows:
        for w in row[1:]:
            band = letter_band(row, w) if w.text in DOT_LOOKALIKES else None
            box = dark[w.top : w.bottom, w.left : w.right]
            inked = np.flatnonzero(box.any(axis=1))
            ink = extent(box)
            if band is None or ink is None or band[1] - band[0] < 6:
                continue
            height = band[1] - band[0]
            ink_h, ink_w = ink.shape
            middle = (w.top + (inked[0] + inked[-1]) / 2 - band[0]) / height
            if max(ink_h, ink_w) <= DOT_SIZE * height and 0.6 <= ink_w / ink_h <= 1.6 and 0.35 <= middle <= 0.75:
                found[id(w)] = replace(w, text=markers.MIDDLE_DOT, conf=max(w.conf, 90.0))
    return [found.get(id(w), w) for w in words]
