"""A drawn box under a sentence that counts the fields, as many cells as the count: part of the
``list`` family.

    Das Konzept ist als Haus aufgebaut: Fünf Handlungsfelder tragen als Säulen das gemeinsame Ziel.

      ┌────────────────────────────────────────────────┐
      │        Dach: Teilhabe für alle                  │
      ├─────────┬─────────┬─────────┬─────────┬─────────┤
      │ Säule 1 │ Säule 2 │ Säule 3 │ Säule 4 │ Säule 5 │
      │ Sprache │ Arbeit  │ Wohnen  │ Gesund- │ Kultur  │
      …

The sentence leads no list by its words (no colon, nothing pointing ahead); its count binds the box
right under its paragraph to the noun: the box's cells (:func:`.drawn.drawn_cells`, names stacked and
hyphenated inside their columns joined) are the fields when, leaving out the cells that are labelled
parts of the drawing ("Dach: …", "Fundament: …": a word and a colon before the text), there are
exactly as many as the sentence counts; a paragraph that leads in a list (a colon at its end) or
points ahead ("folgende Ziele") binds no box. A title every cell opens with, one noun and the cell's
number 1 … n ("Säule 1"), is no part of the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .drawn import drawn_cells
from .tallied import AHEAD, counted_leads
from .text import Candidate, FieldText

# a labelled part of a drawing: one or two words and a colon before its text ("Fundament: …")
_LABELLED = re.compile(r"[A-ZÄÖÜ]\w+(?:[ \t]\w+)?:[ \t]")
# a cell's title: a capitalised noun and a number ("Säule 1 Sprache und Bildung")
_TITLE = re.compile(r"(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)[ \t]+(?P<n>\d{1,2})[ \t]+(?=[A-ZÄÖÜ])")
_MOST_LEAD_LINES = 6  # lines of the counting sentence's paragraph from the noun on


def counted_boxes(ft: FieldText) -> Iterator[Candidate]:
    for count, _, noun_end in counted_leads(ft):
        row = ft.row_at(noun_end)
        end = next((k for k in range(row, min(len(ft.rows), row + _MOST_LEAD_LINES)) if ft.blank(k)), None)
        if end is None or _leads_in(ft, noun_end, ft.rows[end].start):
            continue
        first = ft.next_filled(end + 1, 2)
        found = drawn_cells(ft, first) if first is not None else None
        if not found:
            continue
        cells = [c for c in found if not _LABELLED.match(c.label)]
        cells = _untitled(cells)
        if len(cells) == count and all(not ft.vocab.not_field.match(c.label) for c in cells):
            yield from cells


def _leads_in(ft: FieldText, start: int, end: int) -> bool:
    """Whether the paragraph after the noun leads in a list (it ends in a colon) or points ahead to
    another thing ("… denen jeweils folgende Ziele zugeordnet sind"): the box is that list's."""
    rest = ft.text[start:end].rstrip()
    return rest.endswith(":") or AHEAD.search(rest) is not None


def _untitled(cells: list[Candidate]) -> list[Candidate]:
    """The cells without the title each opens with, one noun and the cell's number 1 … n in order."""
    titles = [_TITLE.match(c.label) for c in cells]
    if not cells or any(t is None for t in titles):
        return cells
    nouns = {t.group("noun") for t in titles if t is not None}
    numbers = [int(t.group("n")) for t in titles if t is not None]
    if len(nouns) != 1 or numbers != list(range(1, len(cells) + 1)):
        return cells
    return [c._replace(label=c.label[t.end() :]) for c, t in zip(cells, titles, strict=True) if t is not None]
