"""Arrows told by their ink: a shaft as long as the arrow with a head at its right end ("→").

Tesseract's German model has no arrow, so it reads one as "+", ">", "»", "-" or "—", often unsure,
and drops it where it is unsure enough; a mapping of old names to new ones ("Sprache  →  Sprache und
Bildung") then loses what tied each row's names together. A word of one or two signs whose ink is
an arrow is the arrow again: one stroke runs across the whole width at mid-height, the right end
stands far higher than that stroke, and the left end no higher (a dash has no head, a "+" and a
">" no shaft across, a "»" two heads).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from pipeline.lang.de import markers

if TYPE_CHECKING:
    from .ocr import Word
    from .ocr_image import ImageArray

ARROW = markers.STEP_ARROWS[0]
SHAFT_SHARE = 0.85  # of the arrow's width that its shaft's rows ink
HEAD_SPAN = 2.5  # times the shaft's thickness that the head stands high, at least
TAIL_SPAN = 1.6  # times the shaft's thickness that the tail stands high, at most
HEAD_SHARE = 0.3  # of the arrow's width: its right end, where the head stands
TAIL_SHARE = 0.4  # of the arrow's width: its left end
LONG = 1.3  # an arrow is this many times as wide as high, at least
SURE = 85.0  # the confidence an arrow told by its ink is given (a word below 50 of no letter is dropped)
REACH = 2.0  # box heights left and right of a word's box that its arrow's shaft may reach beyond it


def inked_run(band: ImageArray, left: int, right: int) -> tuple[int, int] | None:
    """The columns of the run of inked columns of ``band`` that takes in the middle of
    ``left``..``right``, a blank column inside it allowed; None where that middle is blank."""
    inked = band.any(axis=0)
    mid = (left + right) // 2
    hits = np.flatnonzero(inked[left:right]) + left
    if not len(hits):
        return None
    start = end = int(hits[np.argmin(np.abs(hits - mid))])
    while start > 0 and (inked[start - 1] or (start > 1 and inked[start - 2])):
        start -= 1
    while end + 1 < len(inked) and (inked[end + 1] or (end + 2 < len(inked) and inked[end + 2])):
        end += 1
    return start, end + 1


def is_arrow(ink: ImageArray) -> bool:
    """Whether ``ink`` (one glyph and blank paper round it) is an arrow pointing right."""
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    if len(rows) < 3:
        return False
    box = ink[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    h, w = box.shape
    if w < LONG * h:
        return False
    shaft = int((box.mean(axis=1) >= SHAFT_SHARE).sum())
    if shaft == 0:
        return False

    def span(cols: ImageArray) -> int:
        hit = np.flatnonzero(cols.any(axis=1))
        return int(hit[-1] - hit[0] + 1) if len(hit) else 0

    head = span(box[:, w - max(1, round(HEAD_SHARE * w)) :])
    tail = span(box[:, : max(1, round(TAIL_SHARE * w))])
    return head >= HEAD_SPAN * shaft and 0 < tail <= TAIL_SPAN * shaft


def drawn_arrows(words: list[Word], dark: ImageArray) -> list[Word]:
    """The words with each arrow tesseract read as one or two other signs set as "→"."""
    found: dict[int, Word] = {}
    for w in words:
        if not 0 < len(w.text) <= 2 or any(c.isalnum() for c in w.text) or w.text == ARROW:
            continue
        h = w.bottom - w.top
        if h < 3:
            continue
        pad = h // 2
        top, bottom = max(0, w.top - pad), w.bottom + pad
        lo, hi = max(0, w.left - int(REACH * h)), w.right + int(REACH * h)
        band = dark[top:bottom, lo:hi]
        run = inked_run(band, w.left - lo, w.right - lo)
        if run is None or not is_arrow(band[:, run[0] : run[1]]):
            continue
        left, right = lo + run[0], lo + run[1]
        found[id(w)] = replace(w, text=ARROW, conf=max(w.conf, SURE), left=min(w.left, left), right=max(w.right, right))
    return [found.get(id(w), w) for w in words] if found else words
