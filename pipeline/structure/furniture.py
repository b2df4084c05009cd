"""Page furniture: page numbers, running headers and footers, print notes.

Furniture is recognised so that a table or a sentence continues across a page break:
"Seite 2 von 5", "- 3 -", "3/5", a bare page number, and a line that stands at the top or
bottom of several pages with only its digits changing ("Vorlage Nr. 2017/1900 – Seite 2").
In plain text without form feeds only the page-number forms are recognised: a repeated line
in the middle of a text may be a table cell. There a page number may share its line with the
document's number ("Seite 1 von 2      Drucksache 0087/2023"), and the lines next to a page
number that repeat one of the document's first lines ("Magistratsvorlage      Nr. IV/27/2023")
are the next page's running header. A print note at a page's foot ("Gedruckt auf
Recyclingpapier", "Druck vom 12.03.2024") is furniture even on one page only.
"""

from __future__ import annotations

import re

from .lines import Line

PAGE_NUMBER = re.compile(
    r"[ \t]*(?:[-–—][ \t]*\d{1,3}[ \t]*[-–—]"  # - 3 -
    r"|(?:Seite|Blatt|S\.)[ \t]*\d{1,3}(?:[ \t]*(?:von|/|aus)[ \t]*\d{1,3})?"  # Seite 2 von 5
    r"|\d{1,3}[ \t]*(?:/|von)[ \t]*\d{1,3}"  # 2/5, 2 von 5
    r"|\d{1,3})[ \t]*",
    re.I,
)
# a page number in words or dashes, which a cell of a line may hold beside the document's number
WORDED_PAGE_NUMBER = re.compile(
    r"[ \t]*(?:(?:Seite|Blatt)[ \t]*\d{1,3}(?:[ \t]*(?:von|/|aus)[ \t]*\d{1,3})?"
    r"|[-–—][ \t]*\d{1,3}[ \t]*[-–—])[ \t]*",
    re.I,
)
# a one-off print note at a page's foot: "Gedruckt auf Recyclingpapier", "Druck vom 12.03.2024"
PRINT_NOTE = re.compile(
    r"[ \t]*(?:Gedruckt[ \t]+auf[ \t]+[\wäöüß-]*papier"
    r"|(?:Aus)?[Dd]ruck(?:datum|[ \t]+vom)?:?[ \t]*\d{1,2}\.[ \t]?\d{1,2}\.[ \t]?\d{2,4}"
    r"(?:,?[ \t]*\d{1,2}:\d{2}(?:[ \t]*Uhr)?)?)[ \t.]*"
)
EDGE_LINES = 3  # non-blank lines at the top and bottom of a page that may be furniture
HEAD_LINES = 5  # the document's first non-blank lines, which a running header repeats
SHORT_CELL_WORDS = 6  # a cell beside a page number: a document number or type, not a sentence
_DIGITS = re.compile(r"\d+")
_DOC_NUMBER = re.compile(r"\d+[ \t]*/[ \t]*\d+|\d{4,}")


def is_page_number(text: str) -> bool:
    """Whether a line is a page number and nothing else.

    >>> [is_page_number(t) for t in ("Seite 2 von 5", "- 3 -", "12", "2017", "Seite", "3/5")]
    [True, True, True, False, False, True]
    """
    return bool(text.strip()) and PAGE_NUMBER.fullmatch(text) is not None


def furniture(lines: list[Line], page_breaks: list[int]) -> frozenset[int]:
    """Indices of the lines that are page furniture.

    ``page_breaks`` are the offsets where pages 2, 3, ... start (empty for plain text).
    """
    found = {
        i
        for i, ln in enumerate(lines)
        if is_page_number(ln.text) and _alone(lines, i, page_breaks) or _numbered_line(ln)
    }
    if len(page_breaks) >= 1:
        found |= _running(lines, page_breaks)
        found |= _print_notes(lines, page_breaks)
    found |= _repeated_head(lines, found)
    return frozenset(found)


def _numbered_line(line: Line) -> bool:
    """A line of cells, one of them a page number in words or dashes and the others short:
    "Seite 1 von 2      Drucksache 0087/2023", "Vorlage Nr. 101/2020      - 2 -"."""
    cells = [t for _, _, t in line.columns]
    if len(cells) < 2 or not any(WORDED_PAGE_NUMBER.fullmatch(t) for t in cells):
        return False
    others = [t for t in cells if not WORDED_PAGE_NUMBER.fullmatch(t)]
    # the others name the document: short, and with a document number ("0087/2023", "2017001");
    # "2.1 Sprache      Seite 5" in a table of contents has none
    return all(len(t.split()) <= SHORT_CELL_WORDS for t in others) and any(_DOC_NUMBER.search(t) for t in others)


def _repeated_head(lines: list[Line], numbers: set[int]) -> set[int]:
    """Lines beside a page number (up to EDGE_LINES non-blank lines before or after it) that repeat
    one of the document's first lines but for their digits: the running header of the next page."""
    if not numbers:
        return set()
    filled = [i for i, ln in enumerate(lines) if ln.text.strip()]
    first = min(numbers)
    head_lines = {i for i in filled[:HEAD_LINES] if i < first}  # the first page's top, before any page number
    head = {_key(lines[i].text) for i in head_lines}
    rank = {i: n for n, i in enumerate(filled)}
    out: set[int] = set()
    for i in numbers:
        if i not in rank:
            continue
        n = rank[i]
        for j in filled[max(0, n - EDGE_LINES) : n] + filled[n + 1 : n + 1 + EDGE_LINES]:
            if j not in head_lines and _key(lines[j].text) in head and len(lines[j].text) <= 120:
                out.add(j)
    return out


def _key(text: str) -> str:
    """A line as a running header compares it: digits as #, runs of space as one, any case."""
    return _DIGITS.sub("#", " ".join(text.split())).casefold()


def _alone(lines: list[Line], i: int, page_breaks: list[int]) -> bool:
    """A bare number is a page number only on its own between blank lines or at a page edge:
    in a table column "12" is a TOP number."""
    text = lines[i].text.strip()
    if not text.isdigit():
        return True
    before = i == 0 or not lines[i - 1].text.strip() or lines[i].start in page_breaks
    after = i + 1 == len(lines) or not lines[i + 1].text.strip() or lines[i + 1].start in page_breaks
    return before and after


def _print_notes(lines: list[Line], page_breaks: list[int]) -> set[int]:
    """Print notes among the last EDGE_LINES non-blank lines before a page break: once is enough."""
    out: set[int] = set()
    cut = iter(page_breaks)
    nxt = next(cut, None)
    edge: list[int] = []
    for i, ln in enumerate(lines):
        while nxt is not None and ln.start >= nxt:
            out |= {j for j in edge[-EDGE_LINES:] if PRINT_NOTE.fullmatch(lines[j].text.lstrip("\f"))}
            edge = []
            nxt = next(cut, None)
        if ln.text.strip():
            edge.append(i)
    return out


def _running(lines: list[Line], page_breaks: list[int]) -> set[int]:
    """Lines at the edges of two or more pages that are equal but for their digits."""
    pages: list[list[int]] = [[]]
    cut = iter(page_breaks)
    nxt = next(cut, None)
    for i, ln in enumerate(lines):
        while nxt is not None and ln.start >= nxt:
            pages.append([])
            nxt = next(cut, None)
        if ln.text.strip():
            pages[-1].append(i)
    # a running header stands at the top of pages, a footer at their foot: a table header at the foot
    # of one page and repeated at the top of the next is no furniture
    edges: dict[int, list[tuple[str, str]]] = {}
    on_pages: dict[tuple[str, str], set[int]] = {}
    for n, page in enumerate(pages):
        for edge, part in (("top", page[:EDGE_LINES]), ("foot", page[-EDGE_LINES:])):
            for i in part:
                key = (edge, _key(lines[i].text))
                edges.setdefault(i, []).append(key)
                on_pages.setdefault(key, set()).add(n)
    return {i for i, keys in edges.items() if any(len(on_pages[k]) >= 2 and len(k[1]) <= 120 for k in keys)}
