"""Check boxes of a form told by their ink: a square outline as high as its line's letters, empty
("☐") or crossed corner to corner ("☒").

Tesseract reads a ballot box as a letter ("O", "DO", "0"), as "&" (a crossed one) or not at all,
and a list of fields ticked or left empty then loses what a tick said. A box stands before the
words of its line; its four sides are inked whole and its corners closed, which no letter's ink
is (an "O" is round, a "D" open at its right, an "H" at its top and bottom), and a table's cells
are far larger than a line.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from pipeline.lang.de import markers

if TYPE_CHECKING:
    from .ocr import Word
    from .ocr_image import ImageArray

EMPTY, CROSSED = "☐", "☒"
assert EMPTY in markers.CHECKBOXES and CROSSED in markers.CHECKBOXES and CROSSED in markers.TICKS
SIDE_SHARE = 0.85  # of a side's length that its ink covers (a scan's noise may break a stroke)
STROKE_SHARE = 0.6  # of a line along a side inked where the side's stroke fills it
EMPTY_SHARE = 0.04  # of the inside that may be inked in an empty box (noise, a stroke's halo)
DIAGONAL_SHARE = 0.7  # of each diagonal's points inked in a crossed box
CROSS_SHARE = 0.8  # of the inside that a cross inks at most (its strokes thick with a scan's blur)
SURE = 85.0  # a word of letters or digits read this surely is no box
BEFORE = 2.5  # line heights left of a line's first word where an unread box is looked for


def stroke(lines: ImageArray) -> int:
    """How many lines from one side of a box its stroke fills (most of each line inked)."""
    filled = lines.mean(axis=1) >= STROKE_SHARE
    return len(filled) if filled.all() else int(np.argmin(filled))


def box_kind(ink: ImageArray, height: float) -> str | None:
    """ "☐" or "☒" when ``ink`` (a word's box cut from the page) holds one square outline about as
    high as the line's letters: every side inked along nearly all of it; an empty or a crossed
    inside; else None."""
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    if len(rows) < 4 or len(cols) < 4:
        return None
    h, w = int(rows[-1] - rows[0] + 1), int(cols[-1] - cols[0] + 1)
    if not (0.6 * height <= h <= 1.4 * height and 0.8 <= w / h <= 1.25):
        return None  # no letter-high square
    box = ink[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    t = max(2, round(min(h, w) / 8))  # a stroke's width with its blur
    sides = (box[:t].any(axis=0), box[-t:].any(axis=0), box[:, :t].any(axis=1), box[:, -t:].any(axis=1))
    if min(float(side.mean()) for side in sides) < SIDE_SHARE:
        return None
    top, bottom, left, right = (max(t, stroke(lines)) for lines in (box, box[::-1], box.T, box.T[::-1]))
    inside = box[top + 1 : h - bottom - 1, left + 1 : w - right - 1]
    if inside.size == 0:
        return None
    if inside.mean() <= EMPTY_SHARE:
        return EMPTY
    if inside.mean() > CROSS_SHARE:
        return None  # a filled square: a list's bullet
    n = min(inside.shape)
    steps = np.arange(n)
    ys = (steps * (inside.shape[0] - 1) / max(1, n - 1)).round().astype(int)
    xs = (steps * (inside.shape[1] - 1) / max(1, n - 1)).round().astype(int)
    near = np.zeros_like(inside)  # a diagonal's point counts when ink is within a pixel of it
    near[1:-1, 1:-1] = inside[:-2, 1:-1] | inside[2:, 1:-1] | inside[1:-1, :-2] | inside[1:-1, 2:] | inside[1:-1, 1:-1]
    near |= inside
    down, up = near[ys, xs].mean(), near[ys[::-1], xs].mean()
    return CROSSED if min(down, up) >= DIAGONAL_SHARE else None


def check_boxes(rows: list[list[Word]], words: list[Word], dark: ImageArray) -> list[Word]:
    """The words with the check boxes of their lines set as "☐" and "☒": a word of up to three
    signs that tesseract read from a box's ink (the first of its line, or one it is unsure of), and
    a box it left unread just before a line's first word (put in as a word of that line)."""
    found: dict[int, Word] = {}
    added: list[Word] = []
    for row in rows:
        lettered = [w for w in row if sum(c.isalpha() for c in w.text) >= 2 and w.conf >= SURE]
        if not lettered:
            continue
        height = float(np.median([w.bottom - w.top for w in lettered]))
        for k, w in enumerate(row):
            if len(w.text) > 3 or (k and w.conf >= SURE) or (w.text.isalnum() and w.conf >= SURE):
                continue
            kind = box_kind(dark[w.top : w.bottom, w.left : w.right], height)
            if kind is not None:
                found[id(w)] = replace(w, text=kind, conf=max(w.conf, SURE))
        first = row[0]
        if id(first) in found:
            continue
        top, bottom = first.top - int(height / 4), first.bottom + int(height / 4)
        left = max(0, first.left - int(BEFORE * height))
        if any(
            v.right > left and v.left < first.left and v.bottom > top and v.top < bottom
            for v in words
            if v is not first
        ):
            continue  # a word stands there: not a line's start
        ink = dark[max(0, top) : bottom, left : max(left, first.left - 2)]
        kind = box_kind(ink, height)
        if kind is None:
            continue
        ys, xs = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
        y0, x0 = max(0, top) + int(ys[0]), left + int(xs[0])
        x1, y1 = left + int(xs[-1]) + 1, max(0, top) + int(ys[-1]) + 1
        added.append(replace(first, text=kind, conf=SURE, left=x0, top=y0, right=x1, bottom=y1, changed=False))
    if not found and not added:
        return words
    return [found.get(id(w), w) for w in words] + added
