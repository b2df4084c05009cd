"""Circled digits told by their ink and their digit read alone: tesseract reads a circled digit
("①", the number of an item set in a row: "① Sprache ② Arbeit") as "®", "@", "@®" or a letter's
half, with so little confidence that it may drop it as noise, and a list numbered so loses its
marks. The ink of a circled digit is a ring about as high as the line's capitals with a digit
inside; the ring is set white and the digit inside read alone (single character, digits only), and
the word becomes the circled digit of that number.

A letter's ring ("O", "o") holds no ink; a digit's ("0", "6", "9") is far narrower than high, and
a bracket before a digit ("(9") inks no ring around it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from pipeline.lang.de import markers

if TYPE_CHECKING:
    from .ocr import Word
    from .ocr_image import ImageArray

WHITE_CIRCLED = markers.CIRCLED_DIGITS[:20]  # ① … ⑳, one code point on for each number
assert WHITE_CIRCLED[0] == markers.CIRCLED_FIRSTS[0]
RING = (0.78, 1.08)  # of the radius: where a ring's stroke lies, the blur of a scan included
INSIDE = 0.66  # of the radius: the digit inside the ring stands within this
SECTORS = 32  # directions around the centre in which the ring is looked for
RING_SHARE = 0.9  # of the directions that the ring inks (a scan's noise may break its stroke)
INSIDE_SHARE = 0.06  # of the inside that a digit inks at least
SCALE = 3  # a digit alone is read at three times its size: it is small inside its ring
NUMBER = re.compile(r"\d{1,2}")


def ring_extent(dark: ImageArray, w: Word, height: float) -> tuple[int, int, int, int] | None:
    """The box (left, top, right, bottom) of the ring of ink about ``w``: the word's box widened to
    the inked columns next to it (tesseract may box half a ring), cut to its ink; None unless it is
    square and about as high as the text (``height``: a word box's height)."""
    band = dark[w.top : w.bottom]
    if band.size == 0:
        return None
    inked = band.any(axis=0)
    left, right = w.left, w.right
    limit = int(1.5 * height)
    while left > 0 and inked[left - 1] and w.right - left < limit:
        left -= 1
    while right < len(inked) and inked[right] and right - w.left < limit:
        right += 1
    box = band[:, left:right]
    rows, cols = np.flatnonzero(box.any(axis=1)), np.flatnonzero(box.any(axis=0))
    if len(rows) < 8 or len(cols) < 8:
        return None
    h, wd = int(rows[-1] - rows[0] + 1), int(cols[-1] - cols[0] + 1)
    if not (0.6 * height <= h <= 1.4 * height and 0.8 <= wd / h <= 1.25):
        return None
    return left + int(cols[0]), w.top + int(rows[0]), left + int(cols[-1]) + 1, w.top + int(rows[-1]) + 1


def ring_digit(ink: ImageArray) -> ImageArray | None:
    """The ink inside a ring (``ink``: cut to the ring's box), the ring itself left out; None unless
    the ink is a ring closed all round (:data:`RING_SHARE` of the directions) with a digit's ink in it.

    >>> yy, xx = np.mgrid[:40, :40]
    >>> r = np.hypot(yy - 19.5, xx - 19.5) / 20
    >>> ring = (r > 0.85) & (r <= 1.0)
    >>> ring_digit(ring) is None  # an "O": nothing inside
    True
    >>> digit = ring | ((abs(xx - 20) <= 2) & (abs(yy - 20) <= 8))
    >>> int(ring_digit(digit).sum()) == int(((abs(xx - 20) <= 2) & (abs(yy - 20) <= 8)).sum())
    True
    """
    h, w = ink.shape
    yy, xx = np.mgrid[:h, :w]
    dy, dx = (yy + 0.5 - h / 2) / (h / 2), (xx + 0.5 - w / 2) / (w / 2)
    radius = np.hypot(dy, dx)
    on_ring = ink & (radius >= RING[0]) & (radius <= RING[1])
    sector = ((np.arctan2(dy, dx) + np.pi) / (2 * np.pi) * SECTORS).astype(int) % SECTORS
    if len(np.unique(sector[on_ring])) < RING_SHARE * SECTORS:
        return None
    inside = radius < INSIDE
    digit = ink & inside
    if digit.sum() < INSIDE_SHARE * inside.sum():
        return None
    return digit


def digit_sheet(digit: ImageArray) -> ImageArray:
    """The ink of a digit as a grayscale image to read alone: cut to its ink, set on blank paper
    as wide as the digit is high on every side, :data:`SCALE` times the size."""
    rows, cols = np.flatnonzero(digit.any(axis=1)), np.flatnonzero(digit.any(axis=0))
    cut = digit[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    m = cut.shape[0]
    sheet = np.full((cut.shape[0] + 2 * m, cut.shape[1] + 2 * m), 255, dtype=np.uint8)
    sheet[m : m + cut.shape[0], m : m + cut.shape[1]][cut] = 0
    return np.ascontiguousarray(np.repeat(np.repeat(sheet, SCALE, axis=0), SCALE, axis=1))


def circled_candidates(words: list[Word], dark: ImageArray, height: float) -> list[tuple[Word, Word, ImageArray]]:
    """The words of up to two characters that stand for a circled digit by their ink, each with
    itself boxed to its ring and the image of its digit (:func:`digit_sheet`) to read alone; of two
    words in one ring (tesseract's "®" and "@" for its halves) the first."""
    found: list[tuple[Word, Word, ImageArray]] = []
    rings: set[tuple[int, int, int, int]] = set()
    for w in words:
        if len(w.text) > 2 or w.text in WHITE_CIRCLED:
            continue
        box = ring_extent(dark, w, height)
        if box is None:
            continue
        left, top, right, bottom = box
        digit = ring_digit(dark[top:bottom, left:right])
        if digit is not None and box not in rings:
            rings.add(box)
            found.append((w, replace(w, left=left, top=top, right=right, bottom=bottom), digit_sheet(digit)))
    return found


def circled(w: Word, read: list[Word], sure: float) -> Word | None:
    """The circled digit ``w`` stands for, from the words its digit alone was read as (``read``):
    one number from 1 to 20 read at least as surely as ``sure``; else None."""
    if len(read) != 1 or read[0].conf < sure or not NUMBER.fullmatch(read[0].text):
        return None
    number = int(read[0].text)
    if not 1 <= number <= len(WHITE_CIRCLED):
        return None
    return replace(w, text=WHITE_CIRCLED[number - 1], conf=max(w.conf, read[0].conf))
