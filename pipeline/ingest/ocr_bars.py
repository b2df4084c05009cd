"""The bars of a bar chart typed in text ("Sprache und Bildung ████████ 38 %"), on a scanned page.

A typed bar is a run of full blocks: on the page a solid black band as high as a line of text and
longer than it is high. Tesseract reads it as letters ("N", "El", "EEE:") and, beside it, garbles
the share after it ("38 %" read "3:"). The bars are found on the cleaned page, painted white before
tesseract, and put back after it as a word of full blocks on the line of their label
(:func:`with_bars`), as a text layer has them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from pipeline.ingest.ocr_image import RULE_MAX_INCHES, ImageArray, pooled, rule_candidates

if TYPE_CHECKING:
    from .ocr import Word

BAR_MIN_INCHES = 0.15  # a bar is at least this long (a block and a half of body text)
BAR_LOW_INCHES = 0.08  # ... at least this high (a bold letter's stroke, an underline are thinner)
BAR_MAX_INCHES = 0.3  # ... and at most this high (a line of body or heading text)
BAR_FILL = 0.8  # of its box that a bar's ink fills (a scan's blur greys the seams between its blocks)
BAR_LENGTH = 1.5  # a bar is at least this many times as long as it is high (a square is a bullet or a key)
BLOCK_WIDTH = 0.6  # of a bar's height that one full block is wide
SHADE_INK = (0.1, 0.5)  # of a slice of a bar's band that the dots of a light shade (░) ink, and at its foot at least
SOLID = 0.6  # of a column of a bar's band that ink fills (the dots of a light shade run on from it, pooled)


@dataclass(frozen=True)
class Bar:
    """A solid bar of a typed bar chart: its box in pixels."""

    left: int
    top: int
    right: int
    bottom: int
    shade: int = 0  # where the light shade (░) after it ends: the rest of its scale, not reached

    def text(self) -> str:
        """The bar as a text layer types it: full blocks, light shade after them."""
        block = BLOCK_WIDTH * (self.bottom - self.top)
        full = max(1, round((self.right - self.left) / block))
        return "█" * full + "░" * round(max(0, self.shade - self.right) / block)


def shade_end(dark: ImageArray, top: int, bottom: int, start: int) -> int:
    """Where the light shade that follows a bar at ``start`` ends (``start`` where none does): the
    slices of its band, a fifth of its height wide, whose dots ink its top and its foot but do not
    fill the band (a digit after the bar keeps clear of the band's top and foot)."""
    height = bottom - top
    step, edge = max(1, height // 5), max(1, height // 5)
    low, high = SHADE_INK
    end = start
    while end + step <= dark.shape[1]:
        head = dark[top : top + edge, end : end + step].mean()
        foot = dark[bottom - edge : bottom, end : end + step].mean()
        if not (head > 0 and foot >= low and low <= dark[top:bottom, end : end + step].mean() <= high):
            break
        end += step
    return end


def find_bars(dark: ImageArray, dpi: int) -> list[Bar]:
    """The solid bars of a page: bands of ink as high as a line of text (thicker than a bold
    letter's stroke), longer than high, filled whole. Looked for on a mask pooled to ~150 dpi."""
    f = max(1, dpi // 150)
    small = pooled(dark, f)
    res = dpi / f
    thin, high = max(2, round(res * RULE_MAX_INCHES), round(res * BAR_LOW_INCHES)), res * BAR_MAX_INCHES
    bars: list[Bar] = []
    for r in rule_candidates(small, max(2, round(res * BAR_MIN_INCHES))):
        height, length = r.hi - r.lo + 1, r.end - r.start
        if not thin <= height <= high or length < BAR_LENGTH * height:
            continue
        if small[r.lo : r.hi + 1, r.start : r.end].mean() < BAR_FILL:
            continue
        top, bottom, left = r.lo * f, (r.hi + 1) * f, r.start * f
        solid = np.flatnonzero(dark[top:bottom, left : r.end * f].mean(axis=0) >= SOLID)
        if not len(solid):
            continue
        right = left + int(solid[-1]) + 1
        bars.append(Bar(left, top, right, bottom, shade_end(dark, top, bottom, right)))
    return bars


def erase_bars(gray: ImageArray, bars: list[Bar], pad: int) -> ImageArray:
    """The page with its bars painted white (``pad`` pixels around them for their grey halo)."""
    if not bars:
        return gray
    clean = gray.copy()
    for b in bars:
        clean[max(0, b.top - pad) : b.bottom + pad, max(0, b.left - pad) : max(b.right, b.shade) + pad] = 255
    return clean


def with_bars(words: list[Word], bars: tuple[Bar, ...]) -> list[Word]:
    """The words with each bar erased before tesseract put back as a word of full blocks, on the
    tesseract line of the word just before it (its label), else of the word just after it (its
    share); a bar with no word beside it on its visual line stays out (a drawing's band)."""
    put: list[Word] = []
    for b in bars:
        height = b.bottom - b.top
        on_line = [w for w in words if w.top < b.bottom and w.bottom > b.top]
        before = [w for w in on_line if w.right <= b.left and b.left - w.right < 3 * height]
        end = max(b.right, b.shade)
        after = [w for w in on_line if w.left >= end and w.left - end < 3 * height]
        near = max(before, key=lambda w: w.right, default=None) or min(after, key=lambda w: w.left, default=None)
        if near is not None:
            put.append(
                replace(
                    near, text=b.text(), conf=99.0, left=b.left, top=b.top, right=end, bottom=b.bottom, changed=False
                )
            )
    return words + put
