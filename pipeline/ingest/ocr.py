"""OCR of scanned PDF pages with the tesseract command-line program.

Each page is rendered with pypdfium2 (grayscale, ``settings.ocr_dpi``) and cleaned up by
:mod:`pipeline.ingest.ocr_image`: straightened, ruling lines and specks painted white (tesseract
reads grid lines as ``|`` and specks as punctuation). It goes to ``tesseract`` as an
uncompressed PGM file (encoding noisy scans as PNG costs seconds per page). The word
boxes of the TSV output are rebuilt into lines with :mod:`pipeline.ingest.layout`; words inside a
ruled table become one tab-separated line per table row, as the text-layer reader does.
Pages go to tesseract in batches, one single-threaded process per batch (a process start
costs a tenth of a page); batches run in parallel (OpenMP threading inside one tesseract is
slower), and in a process pool its workers share the cores through :mod:`pipeline.ingest.slots`.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import itertools
import math
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

import numpy as np

from pipeline.lang.de import markers

from ..errors import OcrFailed, OcrUnavailable, PageTooLarge, Timeout, VorlagenError
from ..settings import Settings
from . import ocr_arrows, slots
from .layout import Glyph, glyphs_to_text, group_lines, line_text, merge_table_blocks
from .ocr_bars import Bar, erase_bars, find_bars, off_bars, with_bars
from .ocr_boxes import check_boxes
from .ocr_bullets import bullets, middle_dots, missed_squares
from .ocr_circled import circled, circled_candidates
from .ocr_forms import typed_joins, umlaut_case
from .ocr_image import (
    ImageArray,
    Leader,
    Rule,
    despeckle,
    erase_leaders,
    erase_rules,
    find_leaders,
    find_rules,
    ink_runs,
    ink_threshold,
    straighten,
    unworded_bands,
)
from .ocr_typed_rules import drawn_rules, lone_marks, typed_rules, unread_rules

TESSERACT = "tesseract"  # program name, looked up on PATH at every call
# automatic page segmentation. 6 (one uniform block) reads the seed scans a little better
# (word recall 0.993 vs 0.991) but real letters worse: page borders become "|" words and
# letterhead blocks get lost
PSM = 3
JUNK_CONF = 50.0  # words below this confidence need a letter, digit or sign to be kept
SIGNS = set(
    markers.DASHES + markers.EM_DASH + markers.BULLET + markers.STAR + "§%&€$+"
)  # list markers and signs that specks do not look like
DIGITS_ONLY = ("-c", "tessedit_char_whitelist=0123456789")  # a digit read alone, no letter for it
BATCH_PAGES = 8  # pages at most per tesseract process (a process start costs ~0.2 s of CPU)


class OcrResult(NamedTuple):
    """A page read: its text, the mean word confidence, and the numbers tesseract was unsure of
    (:func:`unsure_numbers`)."""

    text: str
    conf: float | None
    unsure: tuple[str, ...] = ()


@dataclass(frozen=True)
class Word:
    """One word of tesseract output: text, confidence, box, and the text line it belongs to."""

    text: str
    conf: float
    left: int
    top: int
    right: int
    bottom: int
    line: tuple[str, ...] = ()  # tesseract's (page, block, paragraph, line) numbers
    changed: bool = False  # read again alone (:func:`surer`), and read otherwise than at first


@dataclass(frozen=True)
class Grid:
    """A ruled table: row bands (top, bottom, column rule positions) and its outline."""

    bands: list[tuple[float, float, list[float]]]
    left: float
    right: float

    @property
    def top(self) -> float:
        return self.bands[0][0]

    @property
    def bottom(self) -> float:
        return self.bands[-1][1]


# --- tesseract --------------------------------------------------------------------------


def install_hint(lang: str) -> str:
    packages = " and ".join(f"tesseract-ocr-{code}" for code in lang.split("+"))
    return f"installieren: Debian-Pakete tesseract-ocr und {packages}"


@functools.lru_cache(maxsize=8)
def installed_languages(binary: str, tessdata: str) -> frozenset[str]:
    """Languages tesseract can load (``tesseract --list-langs``), once per binary and data folder."""
    try:
        proc = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise OcrUnavailable(f"tesseract ({binary}) läuft nicht: {exc}") from exc
    lines = (proc.stdout + "\n" + proc.stderr).splitlines()  # older versions list on stderr
    return frozenset(s.strip() for s in lines if s.strip() and " " not in s.strip())


def require_tesseract(lang: str) -> str:
    """Path of the tesseract program; OcrUnavailable when it or a language's data is missing."""
    binary = shutil.which(TESSERACT)
    if binary is None:
        raise OcrUnavailable(
            f"die Texterkennung braucht das Programm tesseract, es ist nicht im PATH; {install_hint(lang)}"
        )
    langs = installed_languages(binary, os.environ.get("TESSDATA_PREFIX", ""))
    missing = [code for code in lang.split("+") if code not in langs]
    if missing:
        raise OcrUnavailable(f"tesseract hat keine Sprachdaten für {', '.join(missing)}; {install_hint(lang)}")
    return binary


def run_tesseract(
    binary: str, paths: list[str], settings: Settings, psm: int | None = None, options: tuple[str, ...] = ()
) -> list[str]:
    """TSV output of tesseract for each page image file (uncompressed PGM), one process for all.

    A process reads its language data first (~0.2 s of CPU, a tenth of a page's OCR):
    several pages in one process, given as a list file, pay it once and are read as they
    are one by one (the same words and boxes); the TSV rows are split by page number.
    Files, not stdin: tesseract reads an image from stdin ~20 % slower (measured 4.8 vs
    4.2 s on the same 300-dpi page), more than writing the file costs. ``options`` go before the
    output format (``-c name=value``).
    """
    if len(paths) == 1:
        source = paths[0]
    else:
        source = os.path.splitext(paths[0])[0] + ".list"  # beside the first page: one per batch
        with open(source, "w", encoding="utf-8") as fh:
            fh.write("".join(f"{path}\n" for path in paths))
    cmd = [
        binary,
        source,
        "stdout",
        "-l",
        settings.ocr_lang,
        "--psm",
        str(PSM if psm is None else psm),
        "--dpi",
        str(settings.ocr_dpi),
        *options,
        "tsv",
    ]
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    timeout = settings.ocr_page_timeout * len(paths)
    try:
        with slots.slot():
            proc = subprocess.run(cmd, capture_output=True, env=env, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise Timeout(
            f"die Texterkennung einer Seite dauerte länger als {settings.ocr_page_timeout:g} s (--ocr-page-timeout)"
        ) from exc
    except OSError as exc:
        raise OcrFailed(f"tesseract ließ sich nicht starten: {exc}") from exc
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrFailed(f"tesseract endete mit Code {proc.returncode}: {err[-1] if err else 'ohne Meldung'}")
    return split_tsv(proc.stdout.decode("utf-8", "replace"), len(paths))


def split_tsv(tsv: str, pages: int) -> list[str]:
    """The TSV output of a run over several pages as one TSV text per page (header kept)."""
    if pages == 1:
        return [tsv]
    header, *rows = tsv.splitlines()
    parts: list[list[str]] = [[header] for _ in range(pages)]
    for row in rows:
        f = row.split("\t", 2)
        if len(f) > 2 and f[1].isdigit() and 1 <= int(f[1]) <= pages:
            parts[int(f[1]) - 1].append(row)
    return ["\n".join(part) + "\n" for part in parts]


def write_pgm(path: str, image: ImageArray) -> None:
    """A grayscale image as an uncompressed (binary) PGM file."""
    height, width = image.shape
    with open(path, "wb") as fh:
        fh.write(f"P5\n{width} {height}\n255\n".encode())
        fh.write(np.ascontiguousarray(image, dtype=np.uint8).data)


def parse_tsv(tsv: str) -> list[Word]:
    """The words (level 5 rows) of tesseract's TSV output."""
    words: list[Word] = []
    for row in tsv.splitlines()[1:]:
        f = row.split("\t")
        if len(f) >= 12 and f[0] == "5" and f[11].strip():
            left, top, width, height = (int(v) for v in f[6:10])
            words.append(Word(f[11].strip(), float(f[10]), left, top, left + width, top + height, tuple(f[1:5])))
    return words


def mean_confidence(words: list[Word]) -> float | None:
    """Mean word confidence 0-100 (tesseract's -1 marks non-words); None without words."""
    confs = [w.conf for w in words if w.conf >= 0]
    return round(sum(confs) / len(confs), 1) if confs else None


def ink_extent(dark: ImageArray, w: Word, gap: int) -> tuple[int, int]:
    """Top and bottom of the main body of ink in a word's box; specks above or below are cut off."""
    box = dark[w.top : w.bottom, w.left : w.right]
    rows = np.flatnonzero(box.any(axis=1))
    if len(rows) == 0:
        return w.top, w.bottom
    cut = np.flatnonzero(rows[1:] - rows[:-1] > gap)
    if len(cut) == 0:  # one body of ink, as in most words
        return w.top + int(rows[0]), w.top + int(rows[-1]) + 1
    sums = box.sum(axis=1)
    firsts, lasts = np.concatenate([[0], cut + 1]), np.concatenate([cut, [len(rows) - 1]])
    best = max(range(len(firsts)), key=lambda i: sums[rows[firsts[i]] : rows[lasts[i]] + 1].sum())
    return w.top + int(rows[firsts[best]]), w.top + int(rows[lasts[best]]) + 1


def word_glyphs(words: list[Word], dark: ImageArray, dpi: int) -> list[Glyph]:
    """Words as glyphs spanning their text line's ink from ascenders to descenders.

    Word boxes of real scans take in specks far above or below the letters; the line
    band is taken from the words' trimmed ink, leaving out words still much taller than
    their neighbours. Unsure words of marks only (specks read as ``'``, ``.`` or ``|``)
    are dropped; a list dash stays. A tesseract line whose words stand on several visual
    lines keeps only its sure words, each with its own ink.
    """
    kept = [w for w in words if w.conf >= JUNK_CONF or any(c.isalnum() or c in SIGNS for c in w.text)]
    extents = {id(w): ink_extent(dark, w, max(2, dpi // 30)) for w in kept}
    lines: dict[tuple[str, ...], list[Word]] = {}
    for w in kept:
        lines.setdefault(w.line or (str(id(w)),), []).append(w)
    glyphs: list[Glyph] = []
    for members in lines.values():
        spans = [extents[id(w)] for w in members]
        # the typical height is that of words with letters or digits: a list dash is a few pixels tall,
        # and beside one word it would make that word look much taller than its line
        sized = [s for w, s in zip(members, spans) if any(c.isalnum() for c in w.text)] or spans
        typical = float(np.median([b - t for t, b in sized]))
        normal = [(t, b) for t, b in spans if b - t <= 1.6 * typical] or spans
        level = [t for w, (t, b) in zip(members, spans) if b - t <= 1.6 * typical and not marked_capital(w.text)]
        top, bottom = min(level or [t for t, _ in normal]), max(b for _, b in normal)
        if bottom - top > 2 * typical:
            # no visual line: tesseract read a column across lines (the numbers of a numbered list beside
            # their items). Its unsure words misread that column; its sure words keep their own ink
            glyphs.extend(Glyph(w.text, w.left, w.right, *extents[id(w)]) for w in members if w.conf >= JUNK_CONF)
            continue
        glyphs.extend(Glyph(w.text, w.left, w.right, top, bottom) for w in members)
    return glyphs


def marked_capital(text: str) -> bool:
    """Whether a word holds a capital with a mark above it ("Öffnung", "Ärzte", "Élise"): its ink
    reaches above the line's capitals and ascenders, so it does not set the top of its line (a line
    set higher would seem to stand closer to the line above it than it does).

    >>> marked_capital("Öffnung"), marked_capital("Ärzte"), marked_capital("Offene"), marked_capital("für")
    (True, True, False, False)
    """
    return any(c.isupper() and unicodedata.decomposition(c) for c in text)


DASHES = tuple(markers.DASHES + markers.EM_DASH + markers.BULLET)
BULLET = markers.BULLET


def line_rows(words: list[Word]) -> list[list[Word]]:
    """The words of each tesseract line, left to right."""
    lines: dict[tuple[str, ...], list[Word]] = {}
    for w in words:
        if w.line:
            lines.setdefault(w.line, []).append(w)
    return [sorted(ws, key=lambda w: w.left) for ws in lines.values()]


def missed_dashes(words: list[Word], dark: ImageArray) -> list[Word]:
    """The list dashes tesseract did not read (it often misses the dash of a short item): before
    a line whose first word starts where the text of a dashed item near it starts, a bar of ink
    like that item's dash where its dash stands, and no other ink between the margin and the word.
    A continuation line of an item starts there too, but with nothing before it."""
    rows = line_rows(words)
    items = [(r[0], r[1]) for r in rows if len(r) >= 2 and r[0].text in DASHES and r[0].right < r[1].left]
    found: list[Word] = []
    for row in rows:
        first = row[0]
        top, bottom = min(w.top for w in row), max(w.bottom for w in row)
        height = bottom - top
        for dash, text in items if first.text not in DASHES else ():
            width = dash.right - dash.left
            if abs(first.left - text.left) > height / 2 or abs(top - text.top) > 12 * height or width < 2:
                continue
            ink = dark[top:bottom, dash.left : dash.right]
            inked = np.flatnonzero(ink.any(axis=1))
            if not len(inked) or inked[-1] - inked[0] + 1 > 2 * (dash.bottom - dash.top) + 2:
                continue  # no ink, or more than a bar: a letter, a digit
            if ink.any(axis=0).sum() < 0.7 * width:
                continue  # a speck
            if dark[top:bottom, max(0, dash.left - width) : dash.left - 2].any():
                continue  # something else stands before it
            if dark[top:bottom, dash.right + 2 : first.left - 2].any():
                continue  # or between it and the word
            y = top + int(inked[0])
            found.append(Word(dash.text, dash.conf, dash.left, y, dash.right, top + int(inked[-1]) + 1, first.line))
            break
    return found


# --- tables and text --------------------------------------------------------------------


def merge_close(values: list[float], tol: float) -> list[float]:
    """Sorted values with near-duplicates (double rules, thick lines) merged."""
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tol:
            continue
        out.append(v)
    return out


def find_grids(horizontal: list[Rule], vertical: list[Rule], tol: float) -> list[Grid]:
    """Ruled tables: horizontal and vertical rules that cross one another, with two cells or more."""
    parent = list(range(len(horizontal) + len(vertical)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(horizontal):
        for j, v in enumerate(vertical):
            if h.start - tol <= v.pos <= h.end + tol and v.start - tol <= h.pos <= v.end + tol:
                parent[root(i)] = root(len(horizontal) + j)
    groups: dict[int, tuple[list[Rule], list[Rule]]] = {}
    for i, h in enumerate(horizontal):
        groups.setdefault(root(i), ([], []))[0].append(h)
    for j, v in enumerate(vertical):
        groups.setdefault(root(len(horizontal) + j), ([], []))[1].append(v)
    grids: list[Grid] = []
    for hs, vs in groups.values():
        if len(hs) < 2 or len(vs) < 2:
            continue
        left, right = float(min(h.start for h in hs)), float(max(h.end for h in hs))
        ys = merge_close([h.pos for h in hs], tol)
        bands: list[tuple[float, float, list[float]]] = []
        for top, bottom in zip(ys, ys[1:]):
            mid = (top + bottom) / 2
            xs = merge_close([v.pos for v in vs if v.start - tol <= mid <= v.end + tol], tol)
            bands.append((top, bottom, xs if len(xs) >= 2 else [left, right]))
        if sum(len(xs) - 1 for _, _, xs in bands) >= 2:
            grids.append(Grid(bands, left, right))
    return sorted(grids, key=lambda g: g.top)


def cell_text(glyphs: list[Glyph]) -> str:
    """A table cell on one line: its visual lines joined by spaces."""
    return " ".join(line_text(line).replace("\t", " ") for line in group_lines(glyphs)).strip()


def table_rows(grid: Grid, glyphs: list[Glyph]) -> str:
    """One line per table row with any text, cells separated by tabs (empty cells kept)."""
    cells: dict[tuple[int, int], list[Glyph]] = {}
    tops = [band[0] for band in grid.bands]
    for g in glyphs:
        band = max(0, bisect_right(tops, (g.top + g.bottom) / 2) - 1)
        xs = grid.bands[band][2]
        col = min(max(0, bisect_right(xs, (g.x0 + g.x1) / 2) - 1), len(xs) - 2)
        cells.setdefault((band, col), []).append(g)
    rows = []
    for b, (_, _, xs) in enumerate(grid.bands):
        texts = [cell_text(cells.get((b, c), [])) for c in range(len(xs) - 1)]
        if any(texts):
            rows.append("\t".join(texts))
    return "\n".join(rows)


def page_text(glyphs: list[Glyph], grids: list[Grid]) -> str:
    """Page text from word glyphs: ruled tables row by row, everything else as visual lines."""
    outside = list(glyphs)
    blocks: list[tuple[float, str]] = []
    for grid in grids:
        inside = [
            g
            for g in outside
            if grid.left <= (g.x0 + g.x1) / 2 <= grid.right and grid.top <= (g.top + g.bottom) / 2 <= grid.bottom
        ]
        if inside:
            blocks.append((grid.top, table_rows(grid, inside)))
            taken = set(map(id, inside))
            outside = [g for g in outside if id(g) not in taken]
    if not blocks:
        return glyphs_to_text(outside)
    return merge_table_blocks(outside, blocks)


# --- pages --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Prepared:
    """A page cleaned up for tesseract and written to ``path``; what its layout needs besides."""

    path: str
    shape: tuple[int, int]  # height, width
    threshold: int  # ink is darker than this
    horizontal: list[Rule]
    vertical: list[Rule]
    leaders: tuple[Leader, ...] = ()
    bars: tuple[Bar, ...] = ()

    def image(self) -> ImageArray:
        """The cleaned page, read back from its file."""
        header = len(f"P5\n{self.shape[1]} {self.shape[0]}\n255\n")
        return np.fromfile(self.path, dtype=np.uint8, offset=header).reshape(self.shape)

    def dark(self) -> ImageArray:
        """The ink of the cleaned page (as despeckle returns it)."""
        return self.image() < self.threshold


def prepare_page(gray: ImageArray, dpi: int, path: str) -> Prepared:
    """Clean up one straightened page (ruling lines, specks and dot leaders painted white) into a
    PGM file; the leaders come back as words after tesseract (:func:`with_leaders`)."""
    threshold = ink_threshold(gray)
    horizontal, vertical = find_rules(gray < threshold, dpi)
    clean = erase_rules(gray, horizontal, vertical, max(1, dpi // 100), threshold)
    clean, dark = despeckle(clean, clean < threshold, dpi)
    leaders = find_leaders(dark, dpi)
    clean = erase_leaders(clean, leaders)
    bars = find_bars(dark, dpi)
    clean = erase_bars(clean, bars, max(1, dpi // 40))
    horizontal = off_bars(horizontal, bars)
    write_pgm(path, clean)
    return Prepared(path, clean.shape, threshold, horizontal, vertical, tuple(leaders), tuple(bars))


def read_page(page: Prepared, read: list[Word], dpi: int) -> OcrResult:
    """Text, mean word confidence and unsure numbers of a prepared page from tesseract's words on it."""
    grids = find_grids(page.horizontal, page.vertical, tol=max(2, dpi / 50))
    dark = page.dark()
    words = ocr_arrows.drawn_arrows(typed_joins(read), dark)
    words = words + drawn_rules(page.horizontal, grids, words, dark, text_height(words))
    text = page_text(page_glyphs(with_bars(with_leaders(words, page.leaders), page.bars), dark, dpi), grids)
    return OcrResult(text, mean_confidence(read), unsure_numbers(words))


# A number (two digits or more) read with less confidence than this, after it was read alone
# (:func:`reread`), is unsure: the values read from it get a lower confidence. Sure digits are read
# at 90-97; the digits misread ("7.006" for "7.000", "13" for "18") at 43-91.
UNSURE_CONF = 80.0


def unsure_numbers(words: list[Word]) -> tuple[str, ...]:
    """The words with two digits or more that tesseract read with little confidence, or read
    alone otherwise than in their line and not surely either time."""
    return tuple(
        w.text
        for w in words
        if sum(c.isdigit() for c in w.text) >= 2 and (w.conf < UNSURE_CONF or (w.changed and w.conf < DOUBT_CONF))
    )


def with_leaders(words: list[Word], leaders: tuple[Leader, ...]) -> list[Word]:
    """The words with each dot leader erased before tesseract put back as a word of its dots, on the
    tesseract line of the word just before it (else just after it) on its visual line; a row of dots
    with no word next to it is a dotted rule or a drawing's line, and stays out. A word tesseract was
    unsure of standing over a leader is what was left of its ink, and goes. The word after a leader
    is its number (:func:`leader_number`)."""
    if not leaders:
        return words
    kept = [w for w in words if w.conf >= JUNK_CONF or not any(over_leader(w, d) for d in leaders)]
    dots: list[Word] = []
    numbers: dict[int, Word] = {}
    for d in leaders:
        near = next_to_leader(kept, d, before=True) or next_to_leader(kept, d, before=False)
        if near is not None:
            dots.append(Word("." * d.dots, 99.0, d.left, d.top, d.right, d.bottom, near.line))
        after = next_to_leader(kept, d, before=False)
        if after is not None and (number := leader_number(after.text)) is not None:
            numbers[id(after)] = replace(after, text=number)
    return [numbers.get(id(w), w) for w in kept] + dots


STROKE_DIGITS = str.maketrans("Il|Oo", "11100")


def leader_number(text: str) -> str | None:
    """The number a word after a dot leader was read for, where tesseract took a digit for a
    letter: a leader leads to a number (a page, a count: "l Person"), so a stroke read alone ("l",
    "I", "|") is a one, and a word of digits with such strokes or rings among them ("1O") is that
    number; None where the word reads as it stands or is no number."""
    number = text.translate(STROKE_DIGITS)
    if number == text or not number.isdigit():
        return None
    return number if len(text) == 1 and text in "Il|" or any(c.isdigit() for c in text) else None


def next_to_leader(words: list[Word], d: Leader, before: bool) -> Word | None:
    """The word on a leader's visual line just before it (its entry) or just after it (its page
    number): less than three of its heights away."""
    on_line = [w for w in words if w.top < d.bottom and w.bottom > d.top]
    if before:
        found = [w for w in on_line if w.right <= d.left and d.left - w.right < 3 * (w.bottom - w.top)]
        return max(found, key=lambda w: w.right, default=None)
    found = [w for w in on_line if w.left >= d.right and w.left - d.right < 3 * (w.bottom - w.top)]
    return min(found, key=lambda w: w.left, default=None)


def over_leader(w: Word, d: Leader) -> bool:
    """Whether a word stands over a leader: within its columns, on its visual line."""
    height = d.bottom - d.top
    return (
        w.left >= d.left - height and w.right <= d.right + height and d.top - 6 * height < w.bottom <= d.bottom + height
    )


def page_glyphs(read: list[Word], dark: ImageArray, dpi: int) -> list[Glyph]:
    """The glyphs of a page's words: its rules typed as glyphs made whole and its dashes and middle
    dots alone on a line put back (:mod:`~pipeline.ingest.ocr_typed_rules`), its check boxes told by their ink
    (:func:`~pipeline.ingest.ocr_boxes.check_boxes`), a lone umlaut's case taken from its ink
    (:func:`~pipeline.ingest.ocr_forms.umlaut_case`), its bullets and middle dots set
    (:func:`bullets`, :func:`middle_dots`),
    the list dashes tesseract missed put back (:func:`missed_dashes`), specks dropped
    (:func:`word_glyphs`)."""
    read = typed_rules(line_rows(read), read, dark, text_height(read))
    read = read + lone_marks(read, dark, text_height(read))
    read = read + unread_rules(read, dark, text_height(read))
    boxed = check_boxes(line_rows(read), read, dark)
    cased = umlaut_case(boxed, dark)
    cased = missed_squares(line_rows(cased), dark, JUNK_CONF) + cased
    bulleted = bullets(line_rows(cased), cased, dark, JUNK_CONF)
    bulleted = middle_dots(line_rows(bulleted), bulleted, dark)
    words = spaced_abbreviations(bulleted, dark)
    return word_glyphs(words + missed_dashes(words, dark), dark, dpi)


# an abbreviation of short parts, each closed by a stop, a number maybe after it: "e.V.", "z.B.",
# "i.V.m.", "e.V.1" (the stop and the number of a table's next cell)
ABBREVIATION = re.compile(r"(?:[^\W\d_]{1,3}\.){2,4}\d{0,3}")
ABBREVIATION_PART = re.compile(r"[^\W\d_]{1,3}\.|\d{1,3}")
MARKS = re.compile(r"x{2,6}|X{2,6}")  # the x marks of a table's cells side by side: "x x" read as "xx"
SPACE_INK_GAP = 0.3  # of a word box's height: a gap this wide in its ink is a space (letters stand ~0.1 apart)


def spaced_abbreviations(words: list[Word], dark: ImageArray) -> list[Word]:
    """The words with an abbreviation that tesseract read as one word over the spaces between its
    parts ("e.V." for "e. V.", "z.B." for "z. B.", "e.V.1" for "e. V. 1") split into its parts,
    and so the x marks of a table's cells read as one word ("xx" for "x x", a column apart):
    where the ink of the word has as many gaps as wide as a space as the word has joins.
    Written without spaces, its ink has none, and it stays one word. Numbers of a table's cells
    side by side read as one number ("14941" for "14 9 4 1") are parted at their ink's space-wide
    gaps too (:func:`spaced_digits`)."""
    out: list[Word] = []
    rows: dict[tuple[str, ...], list[Word]] | None = None  # the words of each line, found where a number needs them
    for w in words:
        digits = DIGIT_RUN.fullmatch(w.text) is not None
        if not ABBREVIATION.fullmatch(w.text) and not MARKS.fullmatch(w.text) and not digits:
            out.append(w)
            continue
        left, right = w.left, w.right
        runs = ink_runs(dark[w.top : w.bottom, left:right].any(axis=0))
        if digits and len(runs) < len(w.text):
            if rows is None:
                rows = {v.line: row for row in line_rows(words) for v in row}
            left, right = number_span(w, rows.get(w.line, [w]), dark)
            runs = ink_runs(dark[w.top : w.bottom, left:right].any(axis=0))
        wide = [(a[1], b[0]) for a, b in zip(runs, runs[1:]) if b[0] - a[1] >= SPACE_INK_GAP * (w.bottom - w.top)]
        if digits:
            parts = spaced_digits(w.text, runs, wide)
        else:
            parts = list(w.text) if MARKS.fullmatch(w.text) else ABBREVIATION_PART.findall(w.text)
        if len(wide) != len(parts) - 1:
            out.append(w)
            continue
        cuts = [left, *(left + x for gap in wide for x in gap), right]
        out.extend(replace(w, text=part, left=cuts[2 * k], right=cuts[2 * k + 1]) for k, part in enumerate(parts))
    return out


def number_span(w: Word, row: list[Word], dark: ImageArray) -> tuple[int, int]:
    """The columns of a number's ink where its box leaves some of it out (tesseract's boxes of
    digits set apart are loose: "7511" boxed from the "5" on): the box widened to the ink beside it
    that no other word's box holds, two text heights at most."""
    h = w.bottom - w.top
    before = max((v.right for v in row if v.right <= w.left), default=0)
    after = min((v.left for v in row if v.left >= w.right), default=dark.shape[1])
    lo, hi = max(before, w.left - 2 * h, 0), min(after, w.right + 2 * h, dark.shape[1])
    band = dark[w.top : w.bottom]
    tall = DIGIT_HEIGHT * np.flatnonzero(band[:, w.left : w.right].any(axis=1)).size
    runs = [(lo + a, lo + b) for a, b in ink_runs(band[:, lo:hi].any(axis=0))]
    # ink cut by the edges is another word's; a digit's ink is as tall as the number's (no speck, stop or comma)
    digits = [(a, b) for a, b in runs if lo < a and b < hi and band[:, a:b].any(axis=1).sum() >= tall]
    if not digits:
        return w.left, w.right
    return min(w.left, digits[0][0]), max(w.right, digits[-1][1])


DIGIT_RUN = re.compile(r"\d{2,}")
DIGIT_HEIGHT = 0.7  # of a number's ink height: the least of the ink of a digit beside it


def spaced_digits(text: str, runs: list[tuple[int, int]], wide: list[tuple[int, int]]) -> list[str]:
    """A number's digits parted where its ink has a space-wide gap (``wide``, among the ink's column
    ``runs``): each part as many digits as it has runs of ink (the digits of a number stand apart a
    little); the number whole where those do not add up to its digits (digits run into each other).

    >>> spaced_digits("14941", [(0, 5), (7, 12), (30, 35), (52, 57), (75, 80)], [(12, 30), (35, 52), (57, 75)])
    ['14', '9', '4', '1']
    >>> spaced_digits("941", [(0, 12), (30, 35)], [(12, 30)])
    ['941']
    """
    if not wide:
        return [text]
    bounds = [0, *(b for _, b in wide)]  # where each part's ink begins
    counts = [sum(1 for a, _ in runs if start <= a < end) for start, end in zip(bounds, [*bounds[1:], math.inf])]
    if sum(counts) != len(text) or 0 in counts:
        return [text]
    cuts = list(itertools.accumulate(counts, initial=0))
    return [text[a:b] for a, b in zip(cuts, cuts[1:])]


def ocr_prepared(pages: list[Prepared], settings: Settings, binary: str) -> list[OcrResult | VorlagenError]:
    """OCR prepared pages in one tesseract process (:func:`first_reading`); columns that
    tesseract read downwards and ink it left unread are read again (:func:`reread`)."""
    return finish_pages(pages, first_reading(pages, settings, binary), settings, binary)


def first_reading(pages: list[Prepared], settings: Settings, binary: str) -> list[list[Word] | VorlagenError]:
    """The words tesseract reads on prepared pages, all in one process; when it fails, each page
    on its own, so that one page that tesseract cannot read (or that hangs) costs no other page."""
    try:
        tsvs: list[str | VorlagenError] = list(run_tesseract(binary, [p.path for p in pages], settings))
    except VorlagenError as exc:
        if len(pages) == 1:
            tsvs = [exc]
        else:
            return [r for page in pages for r in first_reading([page], settings, binary)]
    return [tsv if isinstance(tsv, VorlagenError) else parse_tsv(tsv) for tsv in tsvs]


def finish_pages(
    pages: list[Prepared], read: list[list[Word] | VorlagenError], settings: Settings, binary: str
) -> list[OcrResult | VorlagenError]:
    """The results of pages read once (:func:`first_reading`): their doubtful parts read again in one
    tesseract process (:func:`reread`), then their text laid out (:func:`read_page`)."""
    reread(pages, read, settings, binary)
    read_circled(pages, read, settings, binary)
    results: list[OcrResult | VorlagenError] = []
    for page, words in zip(pages, read):
        try:
            results.append(words if isinstance(words, VorlagenError) else read_page(page, words, settings.ocr_dpi))
        except Exception as exc:  # one odd page must not lose the rest of the document
            results.append(OcrFailed(f"{type(exc).__name__}: {exc}"))
    return results


# what stands in the margin before a line: the number of an item or a row ("2", "2.", "a)", "IV."), a mark
MARGIN_MARK = re.compile(
    r"\d{1,3}[.)]?|[a-zA-Z][.)]|[IVX]{1,5}[.)]?|"
    + markers.charset(markers.without(markers.ITEM_MARKS, markers.MIDDLE_DOT) + markers.EM_DASH)
)
BULLET_LOOKALIKES = (
    markers.BULLET + "«»°" + markers.MIDDLE_DOT + markers.STAR + "oe"
)  # what tesseract reads a round bullet as (bullets() judges its ink)
COLUMN_CONTEXT = 4.0  # line heights of the text right of a column that go with it to tesseract
# A number read with less confidence than this is read again on its own: on clean scans digits
# are read at 95-97, the misread dates and document numbers seen ("13.08.2020" for 18, "1V/27")
# at 43-91.
DOUBT_CONF = 93.0


@dataclass(frozen=True)
class Reread:
    """A part of a page to read again: the words of the first reading it replaces, the box to
    read (left, top, right, bottom: with some of the text beside it, which tesseract reads better
    in context), the right edge of the words to keep, and the tesseract line they join (or none).
    A ``number`` part is one doubtful number read alone (:func:`doubtful_numbers`); a part after a
    dot leader leaves the leader's blank out of the box and keeps the words right of it
    (:func:`after_leaders`)."""

    replaced: list[Word]
    box: tuple[int, int, int, int]
    keep_right: int
    line: tuple[str, ...] | None
    number: bool = False
    cut: tuple[int, int] | None = None  # columns left out of the box (a blank leader), a short gap for them
    keep_left: int = 0  # the left edge of the words to keep
    alone: bool = False  # a short line left unread (:func:`unread_lines`)
    whole: bool = False  # a long line of text left unread (:func:`unread_lines`)
    margin: int = 0  # blank paper set around the box's pixels alone (nothing of the lines beside it)


def text_height(words: list[Word]) -> float | None:
    """The height of a word box with letters or digits that tesseract is sure of (the median)."""
    sized = [w.bottom - w.top for w in words if w.conf >= JUNK_CONF and any(c.isalnum() for c in w.text)]
    return float(np.median(sized)) if sized else None


NUMBER_STOPS = (".", ")")  # what closes the number of a list item or a row


def down_columns(words: list[Word], height: float) -> list[Reread]:
    """The tesseract lines that run down a column over several visual lines (the numbers of a
    numbered list, the first cells of a table without rules: segmented as a block of their own
    and read as turned text, "BaAWMN"); read again with the start of the lines beside them. The
    numbers' closing stops or brackets that tesseract read apart as words of their own lines ("."
    after "2") go with the column, read again with their numbers."""
    found = []
    for row in line_rows(words):
        top, bottom = min(w.top for w in row), max(w.bottom for w in row)
        if bottom - top <= 2.5 * height:
            continue
        left, right = min(w.left for w in row), max(w.right for w in row)
        pad = int(height / 2)
        stops = [
            w
            for w in words
            if w.text in NUMBER_STOPS and top <= w.top and w.bottom <= bottom and left <= w.left <= right + pad
        ]
        box = (max(0, left - pad), max(0, top - pad), right + int(COLUMN_CONTEXT * height), bottom + pad)
        found.append(Reread(row + stops, box, max([right, *(w.right for w in stops)]) + pad, None))
    return found


def unread_margins(words: list[Word], dark: ImageArray, height: float, skip: list[Reread]) -> list[Reread]:
    """Ink that tesseract left unread before the first word of an indented line, between the
    text's left margin and that word: the number of a list item or of a table row ("2"), a
    bullet. Read again with the line's first word beside it; specks are too small to count."""
    rows = [r for r in line_rows(words) if not any(r is s.replaced for s in skip)]
    if not rows:
        return []
    covered = np.zeros(dark.shape, dtype=bool)
    for w in words:
        covered[w.top : w.bottom, w.left : w.right] = True
    margin = int(np.percentile([r[0].left for r in rows], 5))
    pad = int(height / 2)
    found = []
    for row in rows:
        first = row[0]
        top, bottom = min(w.top for w in row), max(w.bottom for w in row)
        if bottom - top > 2.5 * height:
            continue  # (a column: down_columns)
        before = [w.right for w in words if w.right <= first.left and w.top < bottom and w.bottom > top]
        left, right = max([margin - pad, *before]), first.left - max(2, pad // 2)  # (a cell before it is read)
        if right - left < pad:
            continue
        ink = dark[top:bottom, left:right] & ~covered[top:bottom, left:right]
        if ink.any(axis=1).sum() < 0.3 * height or ink.any(axis=0).sum() < 2:
            continue
        box = (left, max(0, top - pad), first.right + pad, bottom + pad)
        found.append(Reread([], box, right, first.line))
    return found


LONE_WIDTH = 3.0  # line heights: the widest ink of a short line that is read again
LONE_CONF = 60.0  # what a word of a short line read again must be read with
LONE_PAD = 1.5  # line heights of blank paper around a short line read again (tesseract skips a letter in a tight box)
STROKES = set("IlijJ")  # letters a pen's stroke is read as: no status letter that stands alone


def unread_lines(words: list[Word], dark: ImageArray, height: float) -> list[Reread]:
    """Lines of ink that tesseract left unread, no word beside them: a meeting's status letter on a
    line of its own under its row ("Ö"), which alone tesseract often skips, and a whole line of text
    between rules typed as glyphs ("=====" / "Vorlage-Nr.: … Art: …" / "=====") that tesseract took
    for a part of the rules' debris. A band of ink rows no word stands on, a line high, is read again:
    at most a few letters wide, or wider and read as words (:func:`likely`, :func:`whole_line`)."""
    found = []
    for top, bottom in unworded_bands([(w.top, w.bottom) for w in words], dark, height):
        if not 0.5 * height <= bottom - top <= 1.6 * height:
            continue
        cols = np.flatnonzero(dark[top:bottom].any(axis=0))
        left, right = int(cols[0]), int(cols[-1]) + 1
        if len(cols) < 2:
            continue
        whole = right - left > LONE_WIDTH * height
        found.append(
            Reread(
                [], (left, top, right, bottom), right, None, alone=not whole, whole=whole, margin=int(LONE_PAD * height)
            )
        )
    return found


WHOLE_CONF = 85.0  # what the words of a long line read again must be read with, on the mean


def whole_line(again: list[Word]) -> list[Word]:
    """The words of a long line read again (:func:`unread_lines`) where they read as text: words with
    letters or digits, read surely on the mean, not the letters that tesseract makes of a drawing."""
    sure = mean_confidence(again)
    if sure is None or sure < WHOLE_CONF or sum(any(c.isalnum() for c in w.text) for w in again) < 2:
        return []
    return again


LEADER_GAP = 40  # pixels of paper that stand for a leader's blank in a part read again


def after_leaders(words: list[Word], dark: ImageArray, height: float, leaders: tuple[Leader, ...]) -> list[Reread]:
    """Ink that tesseract left unread after a dot leader (erased before it read the page): the page
    number of an entry, which alone far right of its line tesseract often skips. Read again with the
    entry's last word just before the leader, its blank left out; specks are too small to count."""
    found = []
    pad = int(height / 2)
    for d in leaders:
        top, bottom = max(0, d.bottom - int(1.3 * height)), d.bottom + pad
        right = min(dark.shape[1], d.right + int(6 * height))
        if any(w.right > d.right and w.left < right and w.top < bottom and w.bottom > top for w in words):
            continue  # read
        ink = dark[top:bottom, d.right + 2 : right]
        if ink.any(axis=1).sum() < 0.3 * height or ink.any(axis=0).sum() < 2:
            continue
        last = next_to_leader(words, d, before=True)
        if last is None:
            continue  # no entry before it: a dotted rule or a drawing's line
        left = last.left
        cut = (last.right + pad, d.right)
        found.append(
            Reread(
                [],
                (left, max(0, top - pad), right, bottom + pad),
                right,
                last.line,
                cut=cut,
                keep_left=d.right,
            )
        )
    return found


def doubtful_numbers(words: list[Word], height: float, skip: list[Reread]) -> list[Reread]:
    """The numbers (two digits or more: a date, a document number, a sum) that tesseract read
    with little confidence, each to be read alone: in the flow of its line tesseract's language
    model may pick a wrong digit ("13.08.2020" for 18) that the word alone does not give."""
    taken = {id(w) for part in skip for w in part.replaced}
    pad = int(height / 2)
    return [
        Reread([w], (max(0, w.left - pad), max(0, w.top - pad), w.right + pad, w.bottom + pad), w.right, w.line, True)
        for w in words
        if w.conf < DOUBT_CONF and sum(c.isdigit() for c in w.text) >= 2 and id(w) not in taken
    ]


def surer(first: Word, again: list[Word]) -> Word:
    """A number read alone (:func:`doubtful_numbers`) in place of its first reading, where it
    is one word with a digit, as long as the first and in its place (a character misread, not
    one more from the ink beside it: "35" and the "m" of "m²" read as "351"), read with more
    confidence; else the first reading."""
    same = [w for w in again if overlap(w, first)]
    if len(same) != 1:
        return first
    (w,) = same
    slack = (first.bottom - first.top) / 4
    if (
        w.conf <= first.conf
        or len(w.text) != len(first.text)
        or not any(c.isdigit() for c in w.text)
        or w.left < first.left - slack
        or w.right > first.right + slack
    ):
        return first
    return Word(w.text, w.conf, first.left, first.top, first.right, first.bottom, first.line, w.text != first.text)


def likely(w: Word, part: Reread) -> bool:
    """Whether a word read again may stand: in a column, a word tesseract is sure of; in a margin,
    the one word before a line: a list or row number tesseract is sure of, or a bullet as tesseract
    reads one (:func:`bullets` then judges its ink), not the letters of a picture; on a short line of
    its own, a word of up to three letters (no lone stroke: "I", "l"; no digit, which a mark in the
    margin is read as) or a sign ("€."), read surely."""
    if part.replaced or part.whole:
        return w.conf >= JUNK_CONF
    if part.alone:
        mark = w.text.rstrip(".,")
        lettered = mark.isalpha() and mark not in STROKES
        return w.conf >= LONE_CONF and len(w.text) <= 3 and (lettered or mark in SIGNS)
    if len(w.text) == 1 and w.text in BULLET_LOOKALIKES:
        return True
    return w.conf >= JUNK_CONF and MARGIN_MARK.fullmatch(w.text) is not None


def overlap(a: Word, b: Word) -> bool:
    """Whether two word boxes share more than a third of the smaller one: one word read twice."""
    width = min(a.right, b.right) - max(a.left, b.left)
    height = min(a.bottom, b.bottom) - max(a.top, b.top)
    if width <= 0 or height <= 0:
        return False
    smaller = min((a.right - a.left) * (a.bottom - a.top), (b.right - b.left) * (b.bottom - b.top))
    return width * height > smaller / 3


def reread(pages: list[Prepared], read: list[list[Word] | VorlagenError], settings: Settings, binary: str) -> None:
    """Read again what tesseract read down a column (:func:`down_columns`) or left unread before
    an indented line (:func:`unread_margins`) or on a short line of its own (:func:`unread_lines`),
    and numbers it was unsure of
    (:func:`doubtful_numbers`): each part as one block of text lines (psm 6), all parts of a
    batch in one tesseract process; the words within the part's limit replace the first reading
    in ``read`` (a number only when read surer: :func:`surer`). Where that fails, the first
    reading stays."""
    crops: list[tuple[int, Reread, str]] = []
    for n, (page, words) in enumerate(zip(pages, read)):
        height = None if isinstance(words, VorlagenError) else text_height(words)
        if height is None:
            continue
        assert not isinstance(words, VorlagenError)
        image = page.image()
        columns = down_columns(words, height)
        parts = columns + unread_margins(words, image < page.threshold, height, columns)
        parts += doubtful_numbers(words, height, columns)
        parts += after_leaders(words, image < page.threshold, height, page.leaders)
        parts += unread_lines(words, image < page.threshold, height)
        for k, part in enumerate(parts):
            path = f"{os.path.splitext(page.path)[0]}-again-{k}.pgm"
            write_pgm(path, part_image(image, part))
            crops.append((n, part, path))
    if not crops:
        return
    try:
        tsvs = run_tesseract(binary, [path for *_, path in crops], settings, psm=6)
    except VorlagenError:
        return
    finally:
        for *_, path in crops:  # (the batch's folder takes the rest)
            with contextlib.suppress(OSError):
                os.remove(path)
    for k, ((n, part, _), tsv) in enumerate(zip(crops, tsvs)):
        words = read[n]
        assert not isinstance(words, VorlagenError)
        x0, y0 = part.box[0] - part.margin, part.box[1] - part.margin
        shift = (part.cut[1] - part.cut[0] - LEADER_GAP) if part.cut else 0
        cut_at = part.cut[0] - x0 if part.cut else part.box[2]
        shifted = (
            Word(
                w.text,
                w.conf,
                w.left + x0 + (shift if w.left >= cut_at else 0),
                w.top + y0,
                w.right + x0 + (shift if w.left >= cut_at else 0),
                w.bottom + y0,
                part.line or ("again", str(k), *w.line),
            )
            for w in map(functools.partial(unscaled, by=2 if part.margin else 1), parse_tsv(tsv))
        )
        if part.number:
            first = part.replaced[0]
            read[n] = [surer(first, list(shifted)) if w is first else w for w in words]
            continue
        drop = set(map(id, part.replaced))
        kept = [w for w in words if id(w) not in drop]
        again = [
            w
            for w in shifted
            if part.keep_left - (w.bottom - w.top) / 2 <= w.left
            and w.right <= part.keep_right + (w.bottom - w.top) / 2
            and not any(overlap(w, v) for v in kept)
        ]
        if part.whole:
            again = whole_line(again)
        elif not part.replaced and len(again) > 1:
            again = []  # more than a number or a mark before the line: a picture's letters
        counted = counted_on(again) if part.replaced else set()
        read[n] = kept + [w for w in again if id(w) in counted or likely(w, part)]


COUNT = re.compile(r"(\d{1,3})([.)])")  # the number of a list item, with its stop or bracket


def counted_on(again: list[Word]) -> set[int]:
    """The ids of the numbers of a column read again ("3.") that count on from the number above
    them and up to the one below them, each set like them: the place in the count vouches for a
    number that tesseract read unsure in the cut-off lines of the part."""
    numbers = sorted((w for w in again if COUNT.fullmatch(w.text)), key=lambda w: w.top)
    marks = [(int(w.text[:-1]), w.text[-1]) for w in numbers]
    return {
        id(w)
        for k, w in enumerate(numbers[1:-1], 1)
        if marks[k - 1] == (marks[k][0] - 1, marks[k][1]) and marks[k + 1] == (marks[k][0] + 1, marks[k][1])
    }


def read_circled(
    pages: list[Prepared], read: list[list[Word] | VorlagenError], settings: Settings, binary: str
) -> None:
    """Set the circled digits that tesseract misread (:mod:`~pipeline.ingest.ocr_circled`): the
    digit inside each ring read alone, all of a batch in one tesseract process (a single character,
    digits only); a word whose digit is read surely becomes its circled digit in ``read``."""
    crops: list[tuple[int, Word, Word, str]] = []
    for n, (page, words) in enumerate(zip(pages, read)):
        height = None if isinstance(words, VorlagenError) else text_height(words)
        if height is None:
            continue
        assert not isinstance(words, VorlagenError)
        for k, (w, ring, sheet) in enumerate(circled_candidates(words, page.dark(), height)):
            path = f"{os.path.splitext(page.path)[0]}-ring-{k}.pgm"
            write_pgm(path, sheet)
            crops.append((n, w, ring, path))
    if not crops:
        return
    try:
        tsvs = run_tesseract(binary, [path for *_, path in crops], settings, psm=10, options=DIGITS_ONLY)
    except VorlagenError:
        return
    finally:
        for *_, path in crops:
            with contextlib.suppress(OSError):
                os.remove(path)
    for (n, w, ring, _), tsv in zip(crops, tsvs):
        words = read[n]
        assert not isinstance(words, VorlagenError)
        digit = circled(ring, parse_tsv(tsv), JUNK_CONF)
        if digit is not None:  # the ring's other words (a half read apart) go with it
            halves = [x for x in words if x is not w and len(x.text) <= 2 and overlap(x, ring)]
            read[n] = [digit if x is w else x for x in words if not any(x is v for v in halves)]


def unscaled(w: Word, by: int) -> Word:
    """A word read from an image ``by`` times the page's size, in the image's pixels."""
    if by == 1:
        return w
    return replace(w, left=w.left // by, top=w.top // by, right=-(-w.right // by), bottom=-(-w.bottom // by))


def part_image(image: ImageArray, part: Reread) -> ImageArray:
    """The pixels of a part to read again; its cut columns left out for a short gap of paper; with a
    margin, its pixels alone on blank paper, at twice the size."""
    x0, y0, x1, y1 = part.box
    if part.margin:  # twice the size: tesseract reads a letter alone surer so (measured 71-87 against 14-79)
        m = part.margin
        sheet = np.full((y1 - y0 + 2 * m, x1 - x0 + 2 * m), 255, dtype=image.dtype)
        sheet[m : m + y1 - y0, m : m + x1 - x0] = image[y0:y1, x0:x1]
        return np.ascontiguousarray(np.repeat(np.repeat(sheet, 2, axis=0), 2, axis=1))
    if part.cut is None:
        return image[y0:y1, x0:x1]
    a, b = part.cut
    gap = np.full((y1 - y0, LEADER_GAP), 255, dtype=image.dtype)
    return np.ascontiguousarray(np.concatenate([image[y0:y1, x0:a], gap, image[y0:y1, b:x1]], axis=1))


def render_page(pdf: Any, index: int, settings: Settings) -> ImageArray:
    """Grayscale rendering at settings.ocr_dpi, straightened; PageTooLarge before rendering.

    pdfium renders the page upright, which is cheap (0.04 s for an A4 scan at 300 dpi);
    :func:`pipeline.ingest.ocr_image.straighten` then measures the skew on a shrunk copy and
    turns the page (0.05 s all told, where a rotation matrix costs pdfium 0.2-0.4 s).
    """
    page = pdf[index]
    try:
        scale = settings.ocr_dpi / 72
        width, height = pixel_size(page, scale)
        if width * height > settings.max_page_pixels:
            raise PageTooLarge(
                f"die Seite hätte bei {settings.ocr_dpi} dpi {width}×{height} px, "
                f"mehr als max_page_pixels {settings.max_page_pixels:,}"
            )
        check_image_sizes(page, settings.max_page_pixels)
        try:
            gray = render_gray(page, scale)
        except Exception as exc:  # pypdfium2 raises PdfiumError, or MemoryError on huge pages
            raise OcrFailed(f"die Seite lässt sich nicht als Bild darstellen: {exc}") from exc
    finally:
        page.close()
    return straighten(gray)


def check_image_sizes(page: Any, limit: int) -> None:
    """PageTooLarge when an image on the page has more pixels than ``limit``.

    Rendering decodes every image whole: a tiny page can hold a deflate bomb of billions
    of pixels. The sizes come from the image dictionaries, nothing is decoded.
    """
    import pypdfium2.raw as raw

    for image in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,)):
        width, height = image.get_px_size()
        if width * height > limit:
            raise PageTooLarge(f"ein Bild der Seite hat {width}×{height} Pixel, mehr als max_page_pixels {limit:,}")


def pixel_size(page: Any, scale: float) -> tuple[int, int]:
    """Width and height in pixels of the page rendered at ``scale`` pixels per point."""
    width, height = page.get_size()
    return math.ceil(width * scale - 1e-6), math.ceil(height * scale - 1e-6)  # no float fuzz


def render_gray(page: Any, scale: float) -> ImageArray:
    """The page in grayscale at ``scale`` pixels per point, annotations included.

    pdfium draws into an 8-bit gray bitmap; the FPDF_GRAYSCALE flag would add nothing to
    that (at most one grey level) but triples the time of a scan page (0.13 s against 0.04 s).
    """
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    width, height = pixel_size(page, scale)
    bitmap = pdfium.PdfBitmap.new_native(width, height, raw.FPDFBitmap_Gray)
    try:
        bitmap.fill_rect((255, 255, 255, 255), 0, 0, width, height)
        matrix = raw.FS_MATRIX(scale, 0, 0, scale, 0, 0)  # pdfium maps the page to top-down points first
        clip = raw.FS_RECTF(0, 0, width, height)
        raw.FPDF_RenderPageBitmapWithMatrix(bitmap, page, ctypes.byref(matrix), ctypes.byref(clip), raw.FPDF_ANNOT)
        array = np.array(bitmap.to_numpy(), dtype=np.uint8)  # a copy: the bitmap is freed below
    finally:
        bitmap.close()
    return array if array.ndim == 2 else array[:, :, 0]


# A counter shared with the process that shows the run's progress (a multiprocessing.Value
# of type "q"), set by the runner or a pool worker's initializer; None: pages are not counted.
PAGES_DONE: Any = None


def count_page() -> None:
    """One more page read by OCR, for the progress of a long scan."""
    counter = PAGES_DONE
    if counter is not None:  # shared memory without a lock (pipeline.run.runner.page_counter)
        counter.value += 1


def ocr_pdf_pages(pdf: Any, indexes: list[int], settings: Settings) -> list[OcrResult | VorlagenError]:
    """OCR the given 0-based pages of an open pypdfium2 document, in parallel when workers > 1.

    Rendering stays in the calling thread (pdfium is not thread-safe).
    """

    def rendered(slot: int) -> ImageArray | VorlagenError:
        try:
            return render_page(pdf, indexes[slot], settings)
        except VorlagenError as exc:
            return exc
        except Exception as exc:  # a page object pdfium cannot read
            return OcrFailed(f"die Seite ist nicht lesbar: {type(exc).__name__}: {exc}")

    return ocr_pages(rendered, len(indexes), settings)


def batches(n: int, workers: int) -> list[range]:
    """Pages 0..n-1 in runs of at most BATCH_PAGES, as many runs as possible a multiple of
    ``workers`` and of nearly equal length, so that the workers finish together."""
    count = workers * math.ceil(n / (workers * BATCH_PAGES))
    size = math.ceil(n / count)
    return [range(start, min(n, start + size)) for start in range(0, n, size)]


def ocr_pages(
    page: Callable[[int], ImageArray | VorlagenError], n: int, settings: Settings
) -> list[OcrResult | VorlagenError]:
    """OCR ``n`` pages, each given straightened by ``page(i)``; results in page order.

    The calling thread renders and cleans up the pages of a batch (:func:`batches`) into
    PGM files, holding one page image at a time; each batch is read by one tesseract
    process, up to ``workers`` batches at once in worker threads (:func:`in_parallel`).
    """
    binary = require_tesseract(settings.ocr_lang)
    results: list[OcrResult | VorlagenError | None] = [None] * n
    workers = max(1, min(settings.workers, n))

    def done(slots: list[int], found: list[OcrResult | VorlagenError]) -> None:
        for slot, result in zip(slots, found):
            results[slot] = result
            count_page()

    with tempfile.TemporaryDirectory(prefix="vorlagen-ocr-") as folder:

        def prepared(slot: int) -> Prepared | VorlagenError:
            image = page(slot)
            if isinstance(image, VorlagenError):
                return image
            try:
                return prepare_page(image, settings.ocr_dpi, os.path.join(folder, f"page-{slot}.pgm"))
            except Exception as exc:  # one odd page must not lose the rest of the document
                return OcrFailed(f"{type(exc).__name__}: {exc}")

        def batch(slots: range) -> tuple[list[int], list[Prepared]]:
            ready: tuple[list[int], list[Prepared]] = ([], [])
            for slot in slots:
                item = prepared(slot)
                if isinstance(item, Prepared):
                    ready[0].append(slot)
                    ready[1].append(item)
                else:
                    done([slot], [item])
            return ready

        def run(pages: list[Prepared]) -> list[OcrResult | VorlagenError]:
            try:
                return ocr_prepared(pages, settings, binary)
            finally:
                for p in pages:
                    with contextlib.suppress(OSError):
                        os.remove(p.path)

        if workers == 1:
            for slots_ in batches(n, 1):
                ready, pages = batch(slots_)
                if pages:
                    done(ready, run(pages))
        else:
            in_parallel(batches(n, workers), workers, batch, done, settings, binary)
    return [r if r is not None else OcrFailed("die Seite wurde nicht gelesen") for r in results]


def in_parallel(
    runs: list[range],
    workers: int,
    batch: Callable[[range], tuple[list[int], list[Prepared]]],
    done: Callable[[list[int], list[OcrResult | VorlagenError]], None],
    settings: Settings,
    binary: str,
) -> None:
    """Read the batches ``runs`` in ``workers`` threads, a round of ``workers`` batches at a time:
    the first readings of a round run in parallel (the calling thread prepares each batch when a
    thread is free), then the round's parts to read again go to one tesseract process together
    (:func:`finish_pages`, in a thread while the next round starts): one process start, not one
    for each batch."""
    with ThreadPoolExecutor(workers) as pool:
        live: dict[Future[Any], list[int] | None] = {}  # finishing rounds: their slots; first readings: None

        def wait_for_thread() -> None:
            while len(live) >= workers:
                finished, _ = wait(live, return_when=FIRST_COMPLETED)
                for fut in finished:
                    owners = live.pop(fut)
                    if owners is not None:
                        done(owners, fut.result())

        for start in range(0, len(runs), workers):
            firsts: list[tuple[Future[Any], list[int], list[Prepared]]] = []
            for run in runs[start : start + workers]:
                wait_for_thread()
                ready, pages = batch(run)
                if pages:
                    reading = pool.submit(first_reading, pages, settings, binary)
                    live[reading] = None
                    firsts.append((reading, ready, pages))
            if not firsts:
                continue
            read = [words for fut, _, _ in firsts for words in fut.result()]
            for fut, _, _ in firsts:
                live.pop(fut, None)
            owners = [slot for _, ready, _ in firsts for slot in ready]
            pages = [page for _, _, batch_pages in firsts for page in batch_pages]
            wait_for_thread()
            live[pool.submit(finished_round, pages, read, settings, binary)] = owners
        for finishing, waiting in live.items():
            if waiting is not None:
                done(waiting, finishing.result())


def finished_round(
    pages: list[Prepared], read: list[list[Word] | VorlagenError], settings: Settings, binary: str
) -> list[OcrResult | VorlagenError]:
    """:func:`finish_pages`, the page files removed after."""
    try:
        return finish_pages(pages, read, settings, binary)
    finally:
        for p in pages:
            with contextlib.suppress(OSError):
                os.remove(p.path)


# --- page images --------------------------------------------------------------------------------

A4_SHORT_INCHES = 8.27  # the short side of an A4 page: the size assumed for an image without a usable resolution


def image_dpi(width: int, height: int, info: dict[str, Any]) -> float:
    """The resolution of a page image: its own when that gives a page of paper size (5-17
    inches across), else that of an A4 page (many scanners write 72 or 96 dpi, or none)."""
    dpi = info.get("dpi")
    try:
        x = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        x = 0.0
    if x > 0 and 5 <= width / x <= 17:
        return x
    return min(width, height) / A4_SHORT_INCHES


def image_page(image: Any, settings: Settings) -> ImageArray:
    """One frame of a page image (PIL) as a grayscale array at settings.ocr_dpi, straightened;
    PageTooLarge before decoding a frame that has more pixels than max_page_pixels."""
    from PIL import Image, ImageOps

    width, height = image.size
    if width * height > settings.max_page_pixels:
        raise PageTooLarge(
            f"das Bild hat {width}×{height} Pixel, mehr als max_page_pixels {settings.max_page_pixels:,}"
        )
    scale = settings.ocr_dpi / image_dpi(width, height, image.info)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    if size[0] * size[1] > settings.max_page_pixels:
        raise PageTooLarge(
            f"die Seite hätte bei {settings.ocr_dpi} dpi {size[0]}×{size[1]} px, "
            f"mehr als max_page_pixels {settings.max_page_pixels:,}"
        )
    try:
        frame = ImageOps.exif_transpose(image) or image
        if frame.mode in ("RGBA", "LA", "PA") or (frame.mode == "P" and "transparency" in frame.info):
            rgba = frame.convert("RGBA")
            white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
            frame = Image.alpha_composite(white, rgba)
        if frame.mode.startswith("I;16") or frame.mode == "I":
            frame = frame.convert("I").point(lambda v: v * (1 / 256))  # 16-bit grey to 8 bit
        gray = frame.convert("L")
        if frame.size != image.size:  # turned by its EXIF orientation
            size = (size[1], size[0]) if frame.size == (height, width) else size
        if gray.size != size:
            gray = gray.resize(size, Image.Resampling.BILINEAR)
        array = np.asarray(gray, dtype=np.uint8)
    except (OSError, ValueError, SyntaxError) as exc:  # truncated or damaged image data
        raise OcrFailed(f"das Bild lässt sich nicht dekodieren: {exc}") from exc
    return straighten(array)


def ocr_image_pages(images: list[Any], settings: Settings) -> list[OcrResult | VorlagenError]:
    """OCR page images: ``images`` holds, per page, a function that opens it as a PIL image
    (a frame of a TIFF seeked to), or the error that it cannot be opened."""

    def rendered(slot: int) -> ImageArray | VorlagenError:
        item = images[slot]
        if isinstance(item, VorlagenError):
            return item
        try:
            return image_page(item(), settings)
        except VorlagenError as exc:
            return exc
        except Exception as exc:  # what else a damaged image raises in PIL
            return OcrFailed(f"das Bild ist nicht lesbar: {type(exc).__name__}: {exc}")

    return ocr_pages(rendered, len(images), settings)
