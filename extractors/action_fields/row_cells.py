"""Fields in the cells of a table's row labelled with the field noun: part of the ``table`` family.

A table whose rows are labelled in their first column and parted by rules (a synopsis setting a
motion beside the administration's proposal, "Bezeichnung", "Handlungsfelder", "Vorsitz" …) holds the
fields in the cells of the row whose label is the field noun, the label maybe hyphenated over two lines
("Handlungs-" / "felder"):

    Handlungs-        Sprache; Arbeit; Wohnen        alle fünf Handlungsfelder des
    felder                                           Konzepts: Bildung und Sprache; Arbeit;
                                                     Wohnen und Quartier; …

Each cell is its column's pieces on the row's lines (the columns start where the row's first line
has its cells), joined (where a PDF's text layer closed the gaps, the row's text after the last colon
of a lead that counts the fields, to the row's end); a cell is a list of names parted by semicolons,
two at least, maybe after a lead naming the fields and ending in a colon; a lead that counts them
("alle fünf Handlungsfelder") wants as many. A name that reads as a sentence or as the concept's
structure makes the cell none.

A group's synopsis (:mod:`extractors.steering.synopsis`) is read apart: its columns are placed by a
header over the first rule and only its last column, the version proposed, is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label
from pipeline.lang.de.numbers import NUMBER_WORDS

from .tables import cells
from .text import Candidate, FieldText, is_sentence
from .vocab import is_structure

_RULE = re.compile(r"[ \t]*[-=_─═]{10,}[ \t]*")  # a rule between the rows
_MOST_LINES = 12  # lines of one row at most
_MOST_WORDS = 8  # words of a name at most
_COLUMN_SLACK = 2  # a piece starts this far before its column's start at most
_COUNT = re.compile(r"(?<!\w)(\d{1,2}|[a-zäöüß]+)[ \t]+$", re.I)  # a count right before the noun


def row_cells(ft: FieldText) -> Iterator[Candidate]:
    for i, line in enumerate(ft.rows):
        first = cells(line)
        if not first or first[0][0] != line.start + len(line.text) - len(line.text.lstrip()):
            continue
        spaced = len(first) == 1  # a PDF's text layer closed the gaps: "Handlungs- Sprache; Arbeit alle fünf …"
        label = first[0][2].split()[0] if spaced else first[0][2]
        if not _labelled(ft, i, label, spaced) or not _ruled_above(ft, i):
            continue
        end = next(
            (k for k in range(i + 1, min(len(ft.rows), i + _MOST_LINES)) if _RULE.fullmatch(ft.rows[k].text)), None
        )
        if end is None:
            continue
        if spaced:  # the columns cannot be told: the run after a lead that counts the fields, to the row's end
            yield from _cell(ft, [(first[0][0] + len(label), ft.rows[end - 1].end)], counted=True)
            continue
        starts = [a - line.start for a, _, _ in first[1:]]
        for column in range(len(starts)):
            yield from _cell(ft, _pieces(ft, i, end, starts, column))


def _labelled(ft: FieldText, i: int, label: str, spaced: bool = False) -> bool:
    """Whether a row's label is the field noun, maybe hyphenated over the row's first two lines (where
    the gaps are closed, the next line's first word)."""
    if ft.vocab.noun.fullmatch(label):
        return True
    if not label.endswith("-") or i + 1 >= len(ft.rows):
        return False
    below = cells(ft.rows[i + 1])
    rest = below[0][2].split() if below else []
    if not rest or below[0][0] != ft.rows[i + 1].start:
        return False
    return ft.vocab.noun.fullmatch(label[:-1] + (rest[0] if spaced else below[0][2])) is not None


def _ruled_above(ft: FieldText, i: int) -> bool:
    k = i - 1
    while k >= 0 and ft.blank(k):
        k -= 1
    return k >= 0 and _RULE.fullmatch(ft.rows[k].text) is not None


def _pieces(ft: FieldText, i: int, end: int, starts: list[int], column: int) -> list[tuple[int, int]]:
    """The pieces of the row's lines ``i`` … ``end - 1`` in ``column``: those starting at or after the
    column's start and before the next column's."""
    lo = starts[column] - _COLUMN_SLACK
    hi = starts[column + 1] - _COLUMN_SLACK if column + 1 < len(starts) else 10**6
    out = []
    for k in range(i, end):
        row = ft.rows[k]
        out += [(a, b) for a, b, t in cells(row) if t and lo <= a - row.start < hi]
    return out


def _cell(ft: FieldText, pieces: list[tuple[int, int]], counted: bool = False) -> Iterator[Candidate]:
    """The names of a cell parted by semicolons, after a lead naming the fields, if any (``counted``: a
    lead that counts them, as many names)."""
    if not pieces:
        return
    text, where = _joined(ft, pieces)
    start = 0
    colon = text.rfind(":")
    if colon >= 0:
        lead = text[:colon]
        nouns = [m for m in ft.vocab.noun.finditer(lead) if ft.vocab.plural.fullmatch(m.group(0))]
        if not nouns:
            return
        count = _count(lead[: nouns[-1].start()])
        start = colon + 1
    else:
        count = None
    parts = [(m.start(), m.group(0)) for m in re.finditer(r"[^;]+", text[start:])]
    found = []
    for at, part in parts:
        label = clean_label(part)
        if not label or len(label.split()) > _MOST_WORDS or is_sentence(label, ft.vocab):
            return
        if is_structure(label, ft.vocab) or ft.vocab.noun.search(label):
            return
        indent = len(part) - len(part.lstrip())
        a = where[start + at + indent]
        found.append(Candidate(a, where[start + at + len(part.rstrip()) - 1] + 1, label, "table"))
    if len(found) >= 2 and (count is None and not counted or count == len(found)):
        yield from found


def _count(before: str) -> int | None:
    """The count right before the lead's noun ("alle fünf Handlungsfelder", "die 5 Handlungsfelder")."""
    m = _COUNT.search(before)
    if m is None:
        return None
    word = m.group(1).casefold()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def _joined(ft: FieldText, pieces: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """The pieces' text joined by spaces (a hyphen at a piece's end before a lower-case piece joins the
    word again), with the flat offset of each character."""
    text = ""
    where: list[int] = []
    for a, b in pieces:
        piece = ft.text[a:b]
        if text.endswith("-") and piece[:1].islower() and not text.endswith(" -"):
            text, where = text[:-1], where[:-1]
        elif text:
            text += " "
            where.append(a)
        text += piece
        where += list(range(a, b))
    return text, where
