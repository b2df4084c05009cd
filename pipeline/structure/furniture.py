"""Page furniture: page numbers, running headers and footers.

Furniture is recognised so that a table or a sentence continues across a page break:
"Seite 2 von 5", "- 3 -", "3/5", a bare page number, and a line that stands at the top or
bottom of several pages with only its digits changing ("Vorlage Nr. 2017/1900 – Seite 2").
In plain text without form feeds only the page-number forms are recognised: a repeated line
in the middle of a text may be a table cell.
"""

from __future__ import annotations

import re

from .lines import Line

PAGE_NUMBER = re.compile(
    r"[ \t]*(?:[-–—][ \t]*\d{1,3}[ \t]*[-–—]"                       # - 3 -
    r"|(?:Seite|Blatt|S\.)[ \t]*\d{1,3}(?:[ \t]*(?:von|/|aus)[ \t]*\d{1,3})?"  # Seite 2 von 5
    r"|\d{1,3}[ \t]*(?:/|von)[ \t]*\d{1,3}"                          # 2/5, 2 von 5
    r"|\d{1,3})[ \t]*", re.I)
EDGE_LINES = 3  # non-blank lines at the top and bottom of a page that may be furniture
_DIGITS = re.compile(r"\d+")


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
    found = {i for i, ln in enumerate(lines) if is_page_number(ln.text) and _alone(lines, i, page_breaks)}
    if len(page_breaks) >= 1:
        found |= _running(lines, page_breaks)
    return frozenset(found)


def _alone(lines: list[Line], i: int, page_breaks: list[int]) -> bool:
    """A bare number is a page number only on its own between blank lines or at a page edge:
    in a table column "12" is a TOP number."""
    text = lines[i].text.strip()
    if not text.isdigit():
        return True
    before = i == 0 or not lines[i - 1].text.strip() or lines[i].start in page_breaks
    after = i + 1 == len(lines) or not lines[i + 1].text.strip() or lines[i + 1].start in page_breaks
    return before and after


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
    edges: dict[int, str] = {}
    on_pages: dict[str, set[int]] = {}
    for n, page in enumerate(pages):
        for i in page[:EDGE_LINES] + page[-EDGE_LINES:]:
            edges[i] = key = _DIGITS.sub("#", " ".join(lines[i].text.split())).casefold()
            on_pages.setdefault(key, set()).add(n)
    return {i for i, key in edges.items() if len(on_pages[key]) >= 2 and len(key) <= 120}
