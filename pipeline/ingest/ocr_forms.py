"""Words of a tesseract reading mended by the form of their ink and of the page's type.

- a typewriter's page (a monospaced font, :func:`pitch`): every character stands in a cell of
  the same width, and a space is a whole empty cell. Tesseract cuts a word where a narrow glyph
  leaves a wide blank at its side ("14.11.2017" read as "14." "11." "2017", each in a block of
  its own), and the line then reads "14. 11. 2017". Words closer than most of a cell are one
  word (:func:`typed_joins`);
- a letter with an umlaut alone ("Ö", the status of a meeting, "ö" in a column header):
  tesseract's case of it is a guess; the height of its ink beside the page's capitals tells
  (:func:`umlaut_case`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from .ocr import Word
    from .ocr_image import ImageArray

SURE = 85.0  # words read at least this surely measure the page's type
NARROW = set("fijlrtI1")  # glyphs far narrower than a cell in a proportional font
NARROW_SHARE = 0.3  # words with this share of narrow glyphs, against words with half of it or less
# in a monospaced font a word with narrow glyphs is as wide as one without; in a proportional one
# (DejaVu Sans or Serif, Times, Arial) they are 15-25 % narrower
MONO_RATIO = 0.93
MIN_WORDS = 6  # of each kind, to judge a page
JOIN_CELL = 0.7  # of a cell: a narrower gap between two words on a line is no space
UMLAUTS = {"ä": "Ä", "ö": "Ö", "ü": "Ü"}
TALL = re.compile(r"[A-Za-z0-9][A-Za-z0-9./-]*")  # no umlaut, accent or comma: its ink is as tall as its letters
DESCENDERS = set("gjpqy")
ASCENDING = set("bdfhklt0123456789ABCDEFGHIJKLMNOPRSTUVWXYZ")  # reach the capitals' height
# a lone umlaut's ink against the capitals' height beside it: a capital's (its dots above them) is
# 1.2-1.3 times as tall, a small letter's (its dots at about their height) 0.95-1.05 times; between
# the two, tesseract's reading stays
CAPITAL_RATIO = 1.15
SMALL_RATIO = 1.08


def pitch(words: list[Word]) -> float | None:
    """The width of a character cell when the page is typed in a monospaced font, else None: the
    width per character of words with narrow glyphs is that of words without."""
    narrow: list[float] = []
    wide: list[float] = []
    for w in words:
        text = w.text.rstrip(".,:;")
        if w.conf < SURE or len(text) < 4 or not text.isalnum():
            continue
        share = sum(c in NARROW for c in text) / len(text)
        per = (w.right - w.left) / len(text)
        if share >= NARROW_SHARE:
            narrow.append(per)
        elif share <= NARROW_SHARE / 2:
            wide.append(per)
    if len(narrow) < MIN_WORDS or len(wide) < MIN_WORDS:
        return None
    n, m = float(np.median(narrow)), float(np.median(wide))
    return m if n >= MONO_RATIO * m else None


def same_line(a: Word, b: Word) -> bool:
    """Whether two word boxes share most of the lower one's height."""
    shared = min(a.bottom, b.bottom) - max(a.top, b.top)
    return shared > 0.5 * min(a.bottom - a.top, b.bottom - b.top)


def typed_joins(words: list[Word]) -> list[Word]:
    """On a typed page, the words that stand closer than most of a character cell joined into one
    word: the pieces that tesseract cut at a narrow glyph's blank ("14." "11." "2017"). Between two
    words a space leaves a whole cell blank; elsewhere the words stay as read."""
    cell = pitch(words)
    if cell is None:
        return words
    order = sorted(words, key=lambda w: w.left)
    lefts = [w.left for w in order]
    merged: dict[int, Word] = {}  # id of the first piece's word → the joined word
    into: dict[int, int] = {}  # id of a word → id of the first piece of its join
    for a in order:
        head = merged.get(into.get(id(a), id(a)), a)
        near = order[bisect_left(lefts, a.right - 2) : bisect_left(lefts, a.right + JOIN_CELL * cell)]
        nxt = [b for b in near if b is not a and id(b) not in into and same_line(a, b)]
        if len(nxt) != 1 or any(c.isspace() for c in nxt[0].text):
            continue
        (b,) = nxt
        key = into.get(id(a), id(a))
        merged[key] = replace(
            head,
            text=head.text + b.text,
            conf=min(head.conf, b.conf),
            top=min(head.top, b.top),
            right=b.right,
            bottom=max(head.bottom, b.bottom),
        )
        into[id(a)] = key
        into[id(b)] = key
    if not merged:
        return words
    out = []
    for w in words:
        first = into.get(id(w))
        if first is None:
            out.append(w)
        elif first == id(w):
            out.append(merged[first])
    return out


def ink_height(dark: ImageArray, w: Word) -> int:
    """Rows of a word's box with ink, from its highest to its lowest."""
    rows = np.flatnonzero(dark[w.top : w.bottom, w.left : w.right].any(axis=1))
    return int(rows[-1] - rows[0] + 1) if len(rows) else 0


def capital_heights(words: list[Word], dark: ImageArray) -> list[tuple[Word, int]]:
    """The words that show the capitals' height, with the height of their ink: words tesseract is
    sure of, letters and digits without accents or descenders, with a capital, a digit or an
    ascender."""
    return [
        (w, ink_height(dark, w))
        for w in words
        if w.conf >= SURE and TALL.fullmatch(w.text) and set(w.text) & ASCENDING and not set(w.text) & DESCENDERS
    ]


def capital_height(w: Word, tall: list[tuple[Word, int]]) -> float | None:
    """The capitals' height where a word stands: that of the words on its line, else of the words
    nearest to it (a table may be set smaller than the text around it)."""
    beside = [h for x, h in tall if same_line(w, x)]
    if beside:
        return float(np.median(beside))
    middle = (w.top + w.bottom) / 2
    nearest = sorted(tall, key=lambda t: abs((t[0].top + t[0].bottom) / 2 - middle))[:MIN_WORDS]
    return float(np.median([h for _, h in nearest])) if len(nearest) >= MIN_WORDS else None


def umlaut_case(words: list[Word], dark: ImageArray) -> list[Word]:
    """A letter with an umlaut read alone, in the case its ink shows: a capital's dots stand above
    the capitals' height, a small letter's at about that height."""
    lone = [w for w in words if w.text in UMLAUTS or w.text in UMLAUTS.values()]
    if not lone:
        return words
    tall = capital_heights(words, dark)
    cased = {}
    for w in lone:
        caps = capital_height(w, tall)
        if caps is None:
            continue
        ratio = ink_height(dark, w) / caps
        text = (
            UMLAUTS.get(w.text, w.text) if ratio > CAPITAL_RATIO else w.text.lower() if ratio < SMALL_RATIO else w.text
        )
        if text != w.text:
            cased[id(w)] = replace(w, text=text)
    return [cased.get(id(w), w) for w in words]
