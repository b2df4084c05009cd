"""Clean-up of scanned page images before OCR, with numpy and PIL only.

- the ink threshold (Otsu, guarded against pages of paper noise only);
- skew: the small rotation of a scan, from a projection profile, and its undoing;
- ruling lines: long runs of ink, found on a pooled mask, painted white so that tesseract
  does not read grid lines as characters; their positions locate table cells;
- specks: isolated dots of ink that tesseract reads as punctuation, painted white.

Images are grayscale uint8 arrays (height, width); masks are bool arrays of the same shape.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image

MAX_SKEW = 3.0  # degrees searched either way when straightening
MIN_SKEW = 0.1  # degrees; smaller skews are left alone
SKEW_WIDTH = 1000  # the skew is measured on a copy about this many pixels wide (~150 dpi for A4)
SKEW_POINTS = 50_000  # dark pixels sampled for the projection profiles
SKEW_STEPS = (0.2, 0.025)  # degrees: the coarse-to-fine search of the skew
H_RULE_FRACTION = 8  # a horizontal rule is at least 1/8 of the page width long
V_RULE_INCHES = 0.3  # a vertical rule is longer than any letter stroke of body or heading text
V_CELL_INCHES = 0.15  # ... or shorter, when both of its ends meet horizontal rules
RULE_MAX_INCHES = 1 / 30  # thicker dark bands are filled boxes, left alone
MIN_CONTRAST = 64  # grey levels between mean ink and mean paper; less is paper noise

ImageArray = Any  # numpy arrays; numpy's generic array types add nothing checkable here


def ink_runs(inked: ImageArray) -> list[tuple[int, int]]:
    """The runs (start, end) of True in a row or column of ink flags: a word's inked columns, a rule's
    strokes.

    >>> ink_runs(np.array([False, True, True, False, True, False]))
    [(1, 3), (4, 5)]
    """
    edges = np.flatnonzero(np.diff(np.concatenate([[False], inked, [False]]).astype(np.int8)))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist()))


def unworded_bands(boxes: list[tuple[int, int]], dark: ImageArray, height: float) -> list[tuple[int, int]]:
    """The bands (top, bottom) of ink rows that none of the words' boxes (top, bottom) stands on, each
    ending where a gap of paper of a third of a line (or more than two rows) follows: a line that
    tesseract left unread (an umlaut's dots go with it)."""
    lined = np.zeros(dark.shape[0], dtype=bool)
    for top, bottom in boxes:
        lined[top:bottom] = True
    rows = np.flatnonzero(dark.any(axis=1) & ~lined)
    if not len(rows):
        return []
    cuts = np.flatnonzero(np.diff(rows) > max(2, int(0.3 * height)))
    return [(int(rows[a]), int(rows[b]) + 1) for a, b in zip([0, *(cuts + 1)], [*cuts, len(rows) - 1])]


@dataclass(frozen=True)
class Rule:
    """A straight ruling line: ``lo``-``hi`` across it, ``start``-``end`` along it (pixels)."""

    lo: int
    hi: int
    start: int
    end: int

    @property
    def pos(self) -> float:
        return (self.lo + self.hi) / 2


def ink_threshold(gray: ImageArray) -> int:
    """Grey level separating ink from paper; 0 for a page without ink.

    Otsu's method, unless its darker class is hardly darker than the paper (it then split
    the paper's noise, as on a blank page or one with a few specks): then ink is anything
    clearly darker than the median.
    """
    hist = np.array(Image.fromarray(gray).histogram(), dtype=np.float64)  # 5x faster than bincount
    p = hist / max(hist.sum(), 1.0)
    omega = np.cumsum(p)
    mu = np.cumsum(p * np.arange(256))
    with np.errstate(divide="ignore", invalid="ignore"):
        between = np.nan_to_num((mu[-1] * omega - mu) ** 2 / (omega * (1.0 - omega)), nan=0.0, posinf=0.0)
    plateau = np.flatnonzero(between >= between.max() * (1 - 1e-9))
    t = int(plateau[0] + plateau[-1]) // 2  # crisp ink leaves a plateau: take its middle
    if 0 < omega[t] < 1 and (mu[-1] - mu[t]) / (1.0 - omega[t]) - mu[t] / omega[t] >= MIN_CONTRAST:
        return t + 1
    fallback = int(np.searchsorted(omega, 0.5)) - MIN_CONTRAST
    return fallback if fallback > 0 and omega[fallback - 1] > 0 else 0


def downscaled(gray: ImageArray, width: int) -> ImageArray:
    """The page shrunk by a whole factor (block means) to about ``width`` pixels across or more."""
    factor = max(1, gray.shape[1] // width)
    return np.asarray(Image.fromarray(gray).reduce(factor)) if factor > 1 else gray


def skew_angle(gray: ImageArray, threshold: int) -> float:
    """Rotation (degrees, counter-clockwise as seen) that makes the text lines horizontal.

    Projection profile: a sample of the dark pixels of a downscaled copy is projected onto
    the vertical axis along each candidate slope; level text lines give the sharpest
    profile. The slopes are searched coarse to fine (steps SKEW_STEPS).
    """
    small = downscaled(gray, SKEW_WIDTH)
    dark = np.flatnonzero(small < threshold)  # flat indexes: np.nonzero on 2-D is 20x slower
    if len(dark) < 500:
        return 0.0
    dark = dark[:: max(1, len(dark) // SKEW_POINTS)]
    rows, cols = np.divmod(dark, small.shape[1])
    ys, xs = rows.astype(np.float64), cols - small.shape[1] / 2

    def sharpness(angle: float) -> float:
        rows = np.round(ys - xs * math.tan(math.radians(angle))).astype(np.int64)
        counts = np.bincount(rows - rows.min()).astype(np.float64)
        return float(np.dot(counts, counts))

    best, half = 0.0, MAX_SKEW
    for step in SKEW_STEPS:  # each pass searches one step of the last pass either way
        best = max(np.arange(best - half, best + half + 1e-9, step), key=sharpness)
        half = step
    return float(best)


def straighten(gray: ImageArray) -> ImageArray:
    """The page turned so that its text lines are horizontal; itself when the skew is tiny.

    The skew is measured on a copy shrunk to ~SKEW_WIDTH pixels across. The page is turned
    with nearest-neighbour sampling, 0.02 s for an A4 page at 300 dpi, where Pillow's
    bilinear resampling takes 0.3 s and pdfium's rotated rendering 0.2-0.4 s. Tesseract
    reads the seed scans as well from it (word recall 0.985, precision 0.993, against
    0.983 and 0.992 after pdfium's interpolating rotation).
    """
    small = downscaled(gray, SKEW_WIDTH)
    angle = skew_angle(small, ink_threshold(small))
    if abs(angle) < MIN_SKEW:
        return gray
    turned = Image.fromarray(gray).rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=255)
    return np.asarray(turned)


def long_runs(mask: ImageArray, min_len: int) -> ImageArray:
    """(row, start, end) of every horizontal run of True at least ``min_len`` long, row by row."""
    height, width = mask.shape
    if min_len > width:
        return np.empty((0, 3), dtype=np.int64)
    eroded, span = mask, 1  # eroded[:, i]: mask[:, i:i + span] is all True; span doubles each pass
    while span < min_len:
        step = min(span, min_len - span)
        eroded = eroded[:, :-step] & eroded[:, step:]
        span += step
    rows = np.flatnonzero(eroded.any(axis=1))
    padded = np.zeros((len(rows), width + 2), dtype=np.int8)  # only rows that hold a long run
    padded[:, 1:-1] = mask[rows]
    edges = np.diff(padded, axis=1)
    starts, ends = np.argwhere(edges == 1), np.argwhere(edges == -1)
    keep = ends[:, 1] - starts[:, 1] >= min_len
    return np.column_stack([rows[starts[keep, 0]], starts[keep, 1], ends[keep, 1]])


def merge_runs(runs: ImageArray) -> list[Rule]:
    """Runs on neighbouring rows that overlap become one rule."""
    found: list[list[int]] = []
    active: list[list[int]] = []
    for row, start, end in runs.tolist():
        active = [r for r in active if r[1] >= row - 1]
        for r in active:
            if start < r[3] and end > r[2]:
                r[1], r[2], r[3] = row, min(r[2], start), max(r[3], end)
                break
        else:
            active.append([row, row, start, end])
            found.append(active[-1])
    return [Rule(*r) for r in found]


def rule_candidates(dark: ImageArray, min_len: int) -> list[Rule]:
    """Horizontal dark runs at least ``min_len`` long, tolerating a one-pixel gap or drift."""
    bridged = dark.copy()
    bridged[:, :-1] |= dark[:, 1:]
    bridged[:-1] |= bridged[1:].copy()
    return merge_runs(long_runs(bridged, min_len))


def pooled(dark: ImageArray, factor: int) -> ImageArray:
    """Downscaled mask, dark where any pixel of the block is dark (thin rules survive)."""
    if factor == 1:
        return dark
    return np.asarray(Image.fromarray(dark.view(np.uint8) * np.uint8(255)).reduce(factor)) > 0


def find_rules(dark: ImageArray, dpi: int) -> tuple[list[Rule], list[Rule]]:
    """Horizontal and vertical ruling lines of a binarised page (page pixels).

    Found on a mask pooled to ~150 dpi: the rules survive and it is four times cheaper.
    """
    f = max(1, dpi // 150)
    small = pooled(dark, f)
    height, width = small.shape
    res = dpi / f
    thick = max(2, round(res * RULE_MAX_INCHES))
    horizontal = [r for r in rule_candidates(small, width // H_RULE_FRACTION) if r.hi - r.lo < thick]
    tol = max(2, res / 50)
    vertical: list[Rule] = []
    for r in rule_candidates(np.ascontiguousarray(small.T), round(res * V_CELL_INCHES)):
        if r.hi - r.lo >= thick:
            continue
        if r.end - r.start >= min(height // H_RULE_FRACTION, res * V_RULE_INCHES):
            vertical.append(r)
            continue
        ends = [
            any(abs(h.pos - y) <= tol and h.start - tol <= r.pos <= h.end + tol for h in horizontal)
            for y in (r.start, r.end)
        ]
        if all(ends):
            vertical.append(r)

    def scaled(r: Rule) -> Rule:
        return Rule(r.lo * f, r.hi * f + f - 1, r.start * f, r.end * f)

    return [scaled(r) for r in horizontal], [scaled(r) for r in vertical]


def erase_rules(gray: ImageArray, horizontal: list[Rule], vertical: list[Rule], pad: int, threshold: int) -> ImageArray:
    """A copy of the page with the rules painted white, margins for blur included.

    Where a letter crosses a rule (a descender through an underline) the rule stays, so
    that the letter stays whole.
    """
    if not horizontal and not vertical:
        return gray
    clean = np.array(gray, copy=True)
    for rules, image in ((horizontal, clean), (vertical, clean.T)):  # .T: a view, rules run along rows
        for r in rules:
            a, b = max(0, r.lo - pad), min(image.shape[0], r.hi + pad + 1)
            c0, c1 = max(0, r.start - pad), r.end + pad
            crossed = np.zeros(image[0, c0:c1].shape, dtype=bool)
            if a > 0:
                crossed |= image[a - 1, c0:c1] < threshold
            if b < image.shape[0]:
                crossed |= image[b, c0:c1] < threshold
            image[a:b, c0:c1][:, ~crossed] = 255
    return clean


def despeckle(gray: ImageArray, dark: ImageArray, dpi: int) -> tuple[ImageArray, ImageArray]:
    """Paint isolated specks white: ink with hardly any other ink within ~1 mm around it.

    Real scans are sprinkled with specks that tesseract reads as punctuation or attaches
    to words; a full stop or an i-dot always has letters nearby and stays. Ink is counted
    in cells of ~1/3 mm; a lonely cell is cleared whole, with the grey halo of its speck.
    """
    if dpi < 150:  # a full stop is then only a pixel or two: no telling it from a speck
        return gray, dark
    f, r = min(15, dpi // 75), 3  # cell size in pixels, window radius in cells
    # a dark pixel worth f*f makes the cell mean the count of dark pixels
    cells = np.asarray(Image.fromarray(dark.view(np.uint8) * np.uint8(f * f)).reduce(f), dtype=np.int32)
    h, w = cells.shape
    padded = np.pad(cells, r)
    column = padded[:h].copy()  # window sums, one axis at a time
    for i in range(1, 2 * r + 1):
        column += padded[i : i + h]
    window = column[:, :w].copy()
    for i in range(1, 2 * r + 1):
        window += column[:, i : i + w]
    lonely = (cells > 0) & (window <= (dpi // 60) ** 2)
    if not lonely.any():
        return gray, dark
    size = (dark.shape[1], dark.shape[0])
    wipe = np.asarray(
        Image.fromarray(lonely.astype(np.uint8) * 255)
        .resize((w * f, h * f), Image.Resampling.NEAREST)
        .crop((0, 0, *size))
    )
    return np.maximum(gray, wipe), dark & (wipe == 0)


@dataclass(frozen=True)
class Leader:
    """A row of dots leading from an entry to its page number (a table of contents, a form's blank):
    its box in pixels and how many dots it has."""

    left: int
    top: int
    right: int
    bottom: int
    dots: int


LEADER_MIN_DOTS = 5  # fewer is an ellipsis ("...") or the stops of an abbreviation ("e. V.")


def dot_chains(ink: ImageArray, busy: ImageArray, size: int) -> list[tuple[int, int, int]]:
    """The runs of dots along one band of a page: (first column, end column, dots). ``ink`` marks
    the columns with ink inside the band, ``busy`` those with ink just above or below it (a letter
    reaches out of the band). A dot is a run of inked columns no wider than ``size`` with clear
    columns on both sides; a chain is at least LEADER_MIN_DOTS dots at an even pitch, each gap
    clear and no wider than three dots; a dot at either end apart from the others at another
    gap is left out."""
    state = np.where(busy, 2, ink.astype(np.int8))
    edges = np.diff(np.concatenate([[0], (state == 1).astype(np.int8), [0]]))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    n = len(state)
    chains: list[tuple[int, int, int]] = []
    run: list[tuple[int, int]] = []

    def close() -> None:
        dots = list(run)
        while len(dots) >= LEADER_MIN_DOTS:
            gaps = [b[0] - a[1] for a, b in zip(dots, dots[1:])]
            middle = float(np.median(gaps))
            if max(gaps) - min(gaps) <= max(2, middle):
                chains.append((dots[0][0], dots[-1][1], len(dots)))
                break
            # an end dot at another gap is none of the chain: the stop of an entry ending "e. V."
            # a space before its leader
            dots.pop(0 if abs(gaps[0] - middle) >= abs(gaps[-1] - middle) else -1)
        run.clear()

    for s, e in zip(starts.tolist(), ends.tolist()):
        dot = e - s <= size and (s == 0 or state[s - 1] == 0) and (e == n or state[e] == 0)
        if dot and run and s - run[-1][1] <= 3 * size and not (state[run[-1][1] : s] == 2).any():
            run.append((s, e))
            continue
        close()
        if dot:
            run.append((s, e))
    close()
    return chains


def find_leaders(dark: ImageArray, dpi: int) -> list[Leader]:
    """The dot leaders of a page: rows of small round dots at an even pitch on one line, with
    clear paper above and below them (no letter's ink). Tesseract reads them as runs of letters
    ("....uusss0nn00") and, beside the words of their entry, garbles those too. They are looked
    for at half the resolution of a page of 250 dpi or more (a quarter of the work)."""
    f = 2 if dpi >= 250 else 1
    h, w = dark.shape[0] // f, dark.shape[1] // f
    small = dark
    if f > 1:
        small = dark[: h * f : f, : w * f : f] | dark[1 : h * f : f, : w * f : f]
        small |= dark[: h * f : f, 1 : w * f : f] | dark[1 : h * f : f, 1 : w * f : f]
    size = max(3, dpi // f // 25)  # a dot is at most ~1 mm across
    above, below = max(4, dpi // f // 20), max(2, dpi // f // 60)
    if h <= size + above + below:
        return []
    sums = np.zeros((h + 1, w), dtype=np.int16)  # (a window's difference is right even past an overflow)
    np.cumsum(small, axis=0, dtype=np.int16, out=sums[1:])
    rows = np.arange(above, h - size - below, max(1, size // 3))
    ink = sums[rows + size] != sums[rows]
    busy = (sums[rows] != sums[rows - above]) | (sums[rows + size + below] != sums[rows + size])
    alone = ink & ~busy
    found: list[tuple[int, int, int, int]] = []  # top of the band, left, right, dots
    for k in np.flatnonzero((alone[:, 1:] & ~alone[:, :-1]).sum(axis=1) >= LEADER_MIN_DOTS).tolist():
        found.extend((int(rows[k]), x0, x1, dots) for x0, x1, dots in dot_chains(ink[k], busy[k], size))
    leaders: list[Leader] = []
    for top, x0, x1, dots in sorted(found):
        near = [d for d in leaders if top <= d.bottom and x0 < d.right and x1 > d.left]
        leaders = [d for d in leaders if d not in near]
        near.append(Leader(x0, top, x1, top + size, dots))
        merged = (min(d.left for d in near), min(d.top for d in near), max(d.right for d in near))
        leaders.append(Leader(*merged, top + size, max(d.dots for d in near)))
    full = (Leader(d.left * f, d.top * f, d.right * f, d.bottom * f, d.dots) for d in leaders)
    return [tight for leader in full if (tight := round_dots(dark, leader)) is not None]


def round_dots(dark: ImageArray, leader: Leader) -> Leader | None:
    """The leader with its box cut to its ink, if its dots are about as high as they are wide (a
    row of hyphens or a dashed rule is flat); else None."""
    box = dark[leader.top : leader.bottom, leader.left : leader.right]
    rows = np.flatnonzero(box.any(axis=1))
    if not len(rows):
        return None
    width = box.any(axis=0).sum() / leader.dots
    height = int(rows[-1] - rows[0] + 1)
    if not 0.5 * width <= height <= 2 * width:
        return None
    return Leader(leader.left, leader.top + int(rows[0]), leader.right, leader.top + height + int(rows[0]), leader.dots)


def erase_leaders(gray: ImageArray, leaders: list[Leader]) -> ImageArray:
    """The page with its dot leaders painted white (with a pixel around them for their grey halo)."""
    if not leaders:
        return gray
    clean = gray.copy()
    for d in leaders:
        clean[max(0, d.top - 1) : d.bottom + 1, max(0, d.left - 1) : d.right + 1] = 255
    return clean
