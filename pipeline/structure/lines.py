"""Lines and their cells: the first reading of a document's text.

A line carries its offsets into ``Document.text`` (form feeds between pages break lines
too). Its cells are the columns a table row is cut into where the text shows them: a tab,
or a gap of two or more spaces ("Stadtrat\\t23.05.2017\\tEntscheidung Ö"). Rows whose cells
are joined by single spaces are cut by the types of their tokens (``tokens.py``).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import NamedTuple

GAP = re.compile(r"[ \t]*\|[ \t]*| *\t *| {2,}")  # between the columns of a table line: a bar, a tab, 2+ spaces

# A row of a members table whose gap was flattened into one space (text exported by other tools):
# an institution, then its representative at the line's end ("Jobcenter Ludwigslust-Parchim Herr
# Dirk Wendland", "… Frau Dr. Anja Kersten (Vorsitz)"). A line of prose that ends in a name
# ("Die Moderation übernimmt Frau Anja Kersten") has the same shape: only two such lines in a
# row are taken for a table.
PERSON_ROW = re.compile(
    r"(?P<org>[A-ZÄÖÜ][^\t]*?[\w).])[ ]+(?P<person>(?:Herr|Frau)(?:[ ]+(?:Dr\.|Prof\.))*"
    r"(?:[ ]+[A-ZÄÖÜ][\w'’-]+){1,3}(?:[ ]*\([^()]{1,30}\))?)"
)


_NAME_LIKE = re.compile(r"[A-ZÄÖÜ](?:\w{3,}|[A-ZÄÖÜ]+\b)")  # "Jobcenter", "AWO"
_SALUTATION_END = re.compile(r"[ ](?:Herr|Frau)(?:[ ]+(?:Dr\.|Prof\.))*$")


def person_row(text: str) -> re.Match[str] | None:
    """The institution and person of a flattened members table's row (:data:`PERSON_ROW`), or
    None: no such shape, or the first part ends a sentence (a legal form's "e. V." does not) or
    has no name-like word (a capitalised word or an acronym: "AWO Frau Harms").

    >>> m = person_row("Caritas im Norden Herr Tomasz Nowak")
    >>> m.group("org"), m.group("person")
    ('Caritas im Norden', 'Herr Tomasz Nowak')
    >>> person_row("Interkultur e. V. Frau Berger").group("org")
    'Interkultur e. V.'
    >>> person_row("Dies sagte Herr Nowak.") is None, person_row("und Herr Nowak") is None
    (True, True)
    """
    m = PERSON_ROW.fullmatch(text.strip())
    if m is None or re.search(r"[:;!?]$|\w{4,}\.$", m.group("org")) or not _NAME_LIKE.search(m.group("org")):
        return None
    return m


def wrapped_person_row(first: str, second: str) -> re.Match[str] | None:
    """A row of a flattened members table wrapped after its salutation, read with its line break
    as a space (:func:`person_row` of the two lines joined), or None.

    >>> wrapped_person_row("Fachdienst Soziales und Integration Frau", "Anja Kersten").group("person")
    'Frau Anja Kersten'
    >>> wrapped_person_row("Fachdienst Soziales", "Frau Anja Kersten") is None
    True
    """
    return person_row(f"{first} {second}") if _SALUTATION_END.search(first) else None


class Line(NamedTuple):
    """A line of the document text with its offsets."""

    start: int
    end: int
    text: str

    @property
    def cells(self) -> list[tuple[int, int, str]]:
        """Tab-separated cells as (start, end, text), offsets into the document text."""
        out = []
        pos = self.start
        for part in self.text.split("\t"):
            out.append((pos, pos + len(part), part))
            pos += len(part) + 1
        return out

    @property
    def bar_cells(self) -> list[tuple[int, int, str]] | None:
        """The cells of a row drawn with bars, trimmed, empty ones kept (their position is their
        column), the outer bars dropped; None when the line is no such row.

        >>> Line(0, 24, "| Bildung |  | Wohnen |").bar_cells
        [(2, 9, 'Bildung'), (13, 13, ''), (15, 21, 'Wohnen')]
        """
        if " | " not in self.text and self.text.count("|") < 2:
            return None
        out, pos = [], self.start
        for part in self.text.split("|"):
            out.append((pos, pos + len(part), part))
            pos += len(part) + 1
        if self.text.strip().startswith("|"):
            out = out[1:-1] if self.text.strip().endswith("|") else out[1:]
        return trimmed(out)

    @property
    def columns(self) -> list[tuple[int, int, str]]:
        """Cells cut at tabs and at gaps of two or more spaces, as (start, end, text).

        >>> Line(10, 32, "Stadtrat  23.05.2017\\tÖ").columns
        [(10, 18, 'Stadtrat'), (20, 30, '23.05.2017'), (31, 32, 'Ö')]
        """
        text = self.text
        if "  " not in text and "\t" not in text and "|" not in text:  # no gap: one cell (most lines)
            return [(self.start, self.end, text)] if self.start < self.end else []
        out, pos = [], self.start
        for sep in GAP.finditer(self.text):
            if sep.start() > pos - self.start:
                out.append((pos, self.start + sep.start(), self.text[pos - self.start : sep.start()]))
            pos = self.start + sep.end()
        if pos < self.end:
            out.append((pos, self.end, self.text[pos - self.start :]))
        return out


def trimmed(cells: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Cells with the spaces at their ends left out (offsets moved with them).

    >>> trimmed([(0, 5, " ab  ")])
    [(1, 3, 'ab')]
    """
    out = []
    for a, _, t in cells:
        lead = len(t) - len(t.lstrip())
        body = t.strip()
        out.append((a + lead, a + lead + len(body), body))
    return out


def lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The lines of ``text[start:end]``, empty ones included (form feeds break lines too).

    >>> [ln.text for ln in lines("a\\nb\\fc", 2)]
    ['b', 'c']
    >>> lines("ab\\ncd", 1, 4)
    [Line(start=1, end=2, text='b'), Line(start=3, end=4, text='c')]
    """
    end = len(text) if end is None else end
    if not 0 <= start <= end <= len(text):
        return split_lines(text, start, end)
    # cut the range out of the lines of the whole text, split once per text
    starts, every = line_index(text)
    return cut_lines(text, starts, every, start, end)


def cut_lines(text: str, starts: list[int], every: list[Line], start: int, end: int) -> list[Line]:
    """The lines of ``text[start:end]`` (``0 <= start <= end <= len(text)``) cut out of all
    lines of the text (``every``, starting at ``starts``)."""
    first = bisect.bisect_right(starts, start) - 1
    last = bisect.bisect_right(starts, end) - 1
    out = every[first : last + 1]
    head = out[0]
    if head.start != start:
        out[0] = Line(start, head.end, text[start : head.end])
    tail = out[-1]
    if tail.end > end:
        out[-1] = Line(tail.start, end, text[tail.start : end])
    return out


def split_lines(text: str, start: int, end: int) -> list[Line]:
    """The lines of ``text[start:end]``, split directly."""
    chunk = text[start:end]
    if "\f" in chunk:
        chunk = chunk.replace("\f", "\n")  # same length: offsets stay valid
    out = []
    pos = start
    for part in chunk.split("\n"):
        out.append(Line(pos, pos + len(part), text[pos : pos + len(part)]))
        pos += len(part) + 1
    return out


@functools.lru_cache(maxsize=8)
def line_index(text: str) -> tuple[list[int], list[Line]]:
    """All lines of a text and their start offsets (the extractors of a document share them)."""
    parts = text.replace("\f", "\n").split("\n")
    starts = list(itertools.accumulate([len(part) + 1 for part in parts[:-1]], initial=0))
    new = tuple.__new__  # Line's fields as they are, without its constructor's call (a text's every line)
    return starts, [new(Line, (pos, pos + len(part), part)) for pos, part in zip(starts, parts)]


_FIELD_SEPARATOR = re.compile(r" [–—|·] ")
_FIELD_GAP = re.compile(r"\t|(?<=\S) {2,}(?=\S)| [–—|·] ")


@functools.lru_cache(maxsize=4096)
def header_cells(line: Line) -> tuple[tuple[int, int, str], ...]:
    """The cells of a line of a document's header as (start, end, text): split at tabs, at
    gaps of two or more spaces (columns of a text file: "Fachbereich Soziales      Vorlage-Nr.:
    0123/2018") and at a spaced dash, bar or dot ("Stadt Kassel – Vorlage Nr. 101/2020",
    "Stadt Bocholt · Seite 2"); unlike :attr:`Line.columns`, cells keep their spaces and an
    empty cell between two tabs is kept.

    >>> header_cells(Line(0, 36, "Stadt Kassel – Vorlage Nr. 101/2020"))
    ((0, 12, 'Stadt Kassel'), (15, 36, 'Vorlage Nr. 101/2020'))
    """
    if "\t" not in line.text and "  " not in line.text and not _FIELD_SEPARATOR.search(line.text):
        return ((line.start, line.end, line.text),)
    out = []
    pos = 0
    for gap in _FIELD_GAP.finditer(line.text):
        out.append((line.start + pos, line.start + gap.start(), line.text[pos : gap.start()]))
        pos = gap.end()
    out.append((line.start + pos, line.end, line.text[pos:]))
    return tuple(out)


def cell_below(line: Line, start: int, following: Line) -> tuple[int, int] | None:
    """The header cell of ``following`` that stands under the cell of ``line`` starting at
    ``start`` (the same column, two characters either way; in tab-separated lines the cell with
    the same index), trimmed, or None.

    >>> top = Line(0, 41, "Hanse- und Universitätsstadt      Vorlage")
    >>> below = Line(42, 88, "Rostock" + " " * 27 + "2023/BV/4187")
    >>> cell_below(top, 34, below), cell_below(top, 0, below)
    ((76, 88), (42, 49))
    >>> cell_below(top, 34, Line(89, 132, " " * 34 + "0815/2023"))
    (123, 132)
    """
    below = header_cells(following)
    if "\t" in line.text and "\t" in following.text:  # tab columns: the cell with the same index
        index = next((k for k, (a, b, _) in enumerate(header_cells(line)) if a <= start < b), None)
        cells = [below[index]] if index is not None and index < len(below) else []
    else:
        # an indented first cell stands where its text begins ("      DS0231/27" under "Drucksache")
        column = start - line.start
        cells = [
            c
            for c in below
            if abs(c[0] - following.start - column) <= 2
            or abs(c[0] + len(c[2]) - len(c[2].lstrip()) - following.start - column) <= 2
        ]
    for a, _, t in cells:
        if t.strip():
            lead = len(t) - len(t.lstrip())
            return a + lead, a + lead + len(t.strip())
    return None
