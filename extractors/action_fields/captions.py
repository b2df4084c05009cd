"""Fields named only by the captions under a row of picture placeholders (the pictograms of a brochure or a
poster, set as "[Piktogramm: Haus]" by the text), each caption under its placeholder, wrapped over a few
lines and hyphenated:

    [Symbol: Sprechblase]      [Symbol: Schulranzen]      [Symbol: Bus]
    Sprache                    Kita, Schule und           Mobilität im länd-
                               Ausbildung                 lichen Raum

The rows stand under a paragraph that names the fields (the plural field noun, or a weak noun the
concept's paragraph names), or that counts as many things as there are captions ("sechs Themen") in a
paragraph about the concept. A caption's lines are parted from its neighbours' by their column; where a PDF
closed the gaps between the columns, a line's words are parted among the captions by the grammar of a name
(:func:`.closed_heads.parted_lines`), and captions that part in more than one way give nothing.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from pipeline.lang.de.numbers import NUMBER_WORDS, spelt

from .box_titles import titled_label
from .closed_heads import column_name, lines_from, parted_lines
from .text import Candidate, FieldText

_PLACEHOLDER = re.compile(r"\[[A-ZÄÖÜ][\wäöüß-]*:[ \t]*[^\[\]\n]{1,40}\]")
_GAP = re.compile(r"[ \t]*")
_CHUNK = re.compile(r"\S+(?: \S+)*")
_COUNT = re.compile(r"\b(?P<n>\d{1,2}|" + spelt(2, 12) + r")[ \t\n]+(?:[a-zäöüß]+[ \t\n]+)?[A-ZÄÖÜ]", re.I)
_SLACK = 3  # characters a caption may start before its placeholder
_MOST_LINES = 4  # lines of a caption


def _placeholders(text: str) -> list[int] | None:
    """The columns of the placeholders of a row of two or more, gaps of two spaces or more between, and
    nothing else on the line."""
    if "[" not in text:
        return None
    found = list(_PLACEHOLDER.finditer(text))
    if len(found) < 2 or _GAP.fullmatch(text, 0, found[0].start()) is None or text[found[-1].end() :].strip():
        return None
    if any(not re.fullmatch(r"[ \t]+", text[a.end() : b.start()]) for a, b in zip(found, found[1:], strict=False)):
        return None
    return [m.start() for m in found]


def _closed(text: str, columns: list[int]) -> bool:
    """Whether a row of placeholders at ``columns`` has its gaps closed to one space, as a PDF sets it."""
    return any(text[b - 1 : b] == " " and text[b - 2 : b - 1] == "]" for b in columns[1:])


def _joined(parts: list[str]) -> str:
    out = ""
    for part in parts:
        if re.search(r"[a-zäöüß]-$", out) and part[:1].islower():
            out = out[:-1] + part  # "länd-" / "lichen"
        elif re.search(r"\w-$", out):
            out += part  # "Wolfen-" / "Nord"
        else:
            out = f"{out} {part}".strip()
    return out


def _captions(ft: FieldText, row: int, columns: list[int]) -> tuple[list[tuple[int, int, str]], int] | None:
    """The captions under the placeholder row ``row`` (start, end, label) and the row after them."""
    if _closed(ft.rows[row].text, columns):
        return _closed_captions(ft, row, len(columns))
    parts: list[list[tuple[int, int, str]]] = [[] for _ in columns]
    k = row + 1
    while k < len(ft.rows) and k - row <= _MOST_LINES and not ft.blank(k) and not _placeholders(ft.rows[k].text):
        line = ft.rows[k]
        for m in _CHUNK.finditer(line.text):
            col = max((i for i, c in enumerate(columns) if c - _SLACK <= m.start()), default=None)
            if col is None or (col + 1 < len(columns) and m.end() > columns[col + 1] - 1):
                return None  # a line that runs across the columns: no captions
            parts[col].append((line.start + m.start(), line.start + m.end(), m.group(0)))
        k += 1
    if not all(parts):
        return None
    return [(p[0][0], p[-1][1], _joined([t for _, _, t in p])) for p in parts], k


def _closed_captions(ft: FieldText, row: int, n: int) -> tuple[list[tuple[int, int, str]], int] | None:
    """The captions under a row of ``n`` placeholders whose gaps a PDF closed: the lines' words parted among
    the captions by the grammar of a name (:func:`.closed_heads.parted_lines`)."""
    k = row + 1
    while k < len(ft.rows) and k - row <= _MOST_LINES and not ft.blank(k) and not _placeholders(ft.rows[k].text):
        k += 1
    lines = [ws for _, ws in itertools.islice(lines_from(ft, row + 1), k - row - 1)]
    cols = parted_lines(lines, n)
    if cols is None:
        return None
    return [(c[0][0], c[-1][1], column_name(c)) for c in cols], k


def _lead(ft: FieldText, row: int) -> tuple[int, int] | None:
    """The paragraph right before ``row`` (a blank line between at most), a heading over it included."""
    k = row - 1
    while k >= 0 and ft.blank(k) and row - k <= 2:
        k -= 1
    if k < 0 or ft.blank(k):
        return None
    first = k
    while first > 0 and not ft.blank(first - 1) and k - first < 8:
        first -= 1
    return ft.rows[first].start, ft.rows[k].end


def _names_fields(ft: FieldText, start: int, end: int, count: int) -> bool:
    """Whether the lead ``text[start:end]`` names the fields or counts ``count`` things of the concept."""
    if any(start <= n.start() < end and ft.vocab.plural.fullmatch(n.group(0)) for n in ft.nouns):
        return True
    if not ft.names_concept(start, end):
        return False
    if any(start <= n.start() < end for n in ft.weak):
        return True
    for m in _COUNT.finditer(ft.text, start, end):
        n = m.group("n")
        if (int(n) if n.isdigit() else NUMBER_WORDS.get(n.casefold())) == count:
            return True
    return False


def pictured_fields(ft: FieldText) -> Iterator[Candidate]:
    """The fields the captions under rows of picture placeholders name."""
    row = 0
    while row < len(ft.rows):
        if _placeholders(ft.rows[row].text) is None:
            row += 1
            continue
        first = row
        found: list[tuple[int, int, str]] = []
        while row < len(ft.rows) and (columns := _placeholders(ft.rows[row].text)) is not None:
            read = _captions(ft, row, columns)
            if read is None:
                found = []
                break
            found += read[0]
            nxt = ft.next_filled(read[1], 2)  # the next row of placeholders, a blank line between
            row = read[1] if nxt is None else nxt
        row = max(row, first + 1)
        lead = _lead(ft, first)
        if not found or lead is None or not _names_fields(ft, *lead, len(found)):
            continue
        labels = [titled_label(ft, a, b, label) for a, b, label in found]
        if all(labels):
            yield from (c._replace(method="list") for c in labels if c is not None)
