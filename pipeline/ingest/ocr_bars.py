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

from pipeline.ingest.ocr_image import RULE_MAX_INCHES, ImageArray, Rule, ink_runs, pooled, rule_candidates

if TYPE_CHECKING:
    from .ocr import Word

BAR_MIN_INCHES = 0.15  # a bar is at least this long (a block and a half of body text)
BAR_LOW_INCHES = 0.08  # ... at least this high (a bold letter's stroke, an underline are thinner)
BAR_MAX_INCHES = 0.3  # ... and at most this high (a line of body or heading text)
BAR_FILL = 0.8  # of its box that a bar's ink fills (a scan's blur greys the seams between its blocks)
BAR_LENGTH = 1.1  # a bar is at least this many times as long as it is high (two blocks; a square is a bullet or a key)
BLOCK_WIDTH = 0.6  # of a bar's height that one full block is wide
SHADE_INK = (0.1, 0.5)  # of a window of a bar's band that the dots of a light shade (░) ink
PAPER_INK = 0.05  # of the strips around a bar that ink may fill (a scan's specks, a descender)
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
    """Where the light shade (░) that follows a bar at ``start`` ends (``start`` where none does).

    Looked at in windows half a block wide (each holds a dot of every row of the shade's lattice):
    a window of shade has dots in the band's top and foot rows, which the letters and digits of a
    share after the bar keep clear of, and inks a part of the band, not all of it. The shade ends
    with the last dot in its top or foot rows (the last half block may hold the dots of one of them
    only), so that a share typed right after it stays whole."""
    height = bottom - top
    edge, win = max(1, height // 6), max(2, round(BLOCK_WIDTH * height / 2))
    low, high = SHADE_INK
    head, foot = dark[top : top + edge].any(axis=0), dark[bottom - edge : bottom].any(axis=0)
    ink = dark[top:bottom].mean(axis=0)
    end = x = start
    while x + win <= dark.shape[1]:
        span = slice(x, x + win)
        dots = np.flatnonzero(head[span] | foot[span])
        if head[span].any() and foot[span].any() and low <= ink[span].mean() <= high:
            end, x = x + int(dots[-1]) + 1, x + win
            continue
        if end > start and len(dots) and ink[span].mean() <= high:  # the shade's last dots, of one row or the other
            end = x + int(dots[-1]) + 1
        break
    return end


def solid_runs(small: ImageArray, lo: int, hi: int, start: int, end: int) -> list[tuple[int, int]]:
    """The runs (start, end) of a band's columns that ink fills (a bar's blocks, a seam of a
    pooled column or two between them bridged), apart from the dotted light shade beside them."""
    cols = small[lo : hi + 1, start:end].mean(axis=0) >= BAR_FILL
    runs: list[tuple[int, int]] = []
    for s, e in ink_runs(cols):
        if runs and s - runs[-1][1] <= 2:
            runs[-1] = (runs[-1][0], e)
        else:
            runs.append((s, e))
    return [(start + s, start + e) for s, e in runs]


def find_bars(dark: ImageArray, dpi: int) -> list[Bar]:
    """The solid bars of a page: bands of ink as high as a line of text (thicker than a bold
    letter's stroke), longer than high, filled whole (the light shade after a bar may run on with
    it in the band). Looked for on a mask pooled to ~150 dpi."""
    f = max(1, dpi // 150)
    small = pooled(dark, f)
    res = dpi / f
    thin, high = max(2, round(res * RULE_MAX_INCHES), round(res * BAR_LOW_INCHES)), res * BAR_MAX_INCHES
    min_len = max(2, round(res * BAR_MIN_INCHES))
    bars: list[Bar] = []
    for r in rule_candidates(small, min_len):
        height = r.hi - r.lo + 1
        if not thin <= height <= high:
            continue
        for start, end in solid_runs(small, r.lo, r.hi, r.start, r.end):
            if end - start < max(min_len, BAR_LENGTH * height):
                continue
            top, bottom, left = r.lo * f, (r.hi + 1) * f, start * f
            solid = np.flatnonzero(dark[top:bottom, left : end * f + f].mean(axis=0) >= SOLID)
            if not len(solid):
                continue
            right = left + int(solid[-1]) + 1
            if on_paper(dark, top, bottom, left, right):
                bars.append(Bar(left, top, right, bottom, shade_end(dark, top, bottom, right)))
    return bars


def on_paper(dark: ImageArray, top: int, bottom: int, left: int, right: int) -> bool:
    """Whether a band stands on paper as a typed bar does: a blank row (or nearly) a little above it
    and below it (within a third of its height: the bars of a chart's lines stand close one over
    the other) and the gap before it (a fifth of its height) blank. A band of a photo, a plan or a
    filled shape has ink or grey around it."""
    height = bottom - top
    strip, gap = max(2, height // 3), max(1, height // 5)
    above = dark[max(0, top - strip) : max(0, top - 1), left:right]
    below = dark[bottom + 1 : bottom + strip, left:right]
    before = dark[top:bottom, max(0, left - gap - 1) : max(0, left - 1)]
    if not (above.size and below.size and before.size) or before.mean() > PAPER_INK:
        return False
    return bool(above.mean(axis=1).min() <= PAPER_INK and below.mean(axis=1).min() <= PAPER_INK)


def off_bars(rules: list[Rule], bars: list[Bar]) -> list[Rule]:
    """The horizontal rules that are no stripe of a bar: a scan greys the seams between a bar's
    blocks, and the rows of it that run through them look like thin rules stacked in its band
    (rebuilt as typed rules they would read "=====" before the bar)."""

    def inside(r: Rule, b: Bar) -> bool:
        slack = (b.bottom - b.top) // 2
        return (
            b.top <= r.lo and r.hi < b.bottom and b.left - slack <= r.start and r.end <= max(b.right, b.shade) + slack
        )

    return [r for r in rules if not any(inside(r, b) for b in bars)]


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
