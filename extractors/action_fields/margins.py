"""Field headings set in a left margin beside their paragraphs.

"Handlungsfeld 3     Der Kreis richtet Lernorte …" / "Teilhabe im        Ortsteil …" /
"Alter": the noun and its number open a margin column, the paragraph runs in a column to its
right, and the field's name goes on under the noun in the margin, wrapped over a few lines. The
name is the margin's text under the noun, down to the blank line that ends the block; the text
right of the gap on the heading's line is the paragraph's first line, not the name. A block is a
margin only where a line under the heading holds both columns, the left one at the noun's column
and the right one at the column the heading's second cell starts at.
"""

from __future__ import annotations

import re

from extractors.base import clean_label

from .text import FieldText, is_sentence
from .vocab import is_structure

_MOST_LINES = 6  # lines of a margin's name
_MOST_WORDS = 10
_SLACK = 2  # columns a cell may stand off its column
_NUMBER = re.compile(r"[ \t]+(?:\d{1,2}|[IVX]{1,4})\.?[ \t]*")


def _column(ft: FieldText, row: int, offset: int) -> int:
    return offset - ft.rows[row].start


def margin_label(ft: FieldText, row: int, noun: re.Match[str]) -> tuple[int, int, str] | None:
    """The name in the margin under a heading "Handlungsfeld 2" whose line goes on, past a gap,
    with its paragraph; None unless the lines under it keep both columns."""
    columns = ft.rows[row].columns
    if len(columns) != 2 or columns[0][0] != noun.start() or not _NUMBER.fullmatch(ft.text, noun.end(), columns[0][1]):
        return None  # the noun and its number alone open the margin, no label of a record ("Handlungsfeld:")
    left, right = _column(ft, row, columns[0][0]), _column(ft, row, columns[1][0])
    parts: list[tuple[int, int]] = []
    both = False
    for k in range(row + 1, min(len(ft.rows), row + 1 + _MOST_LINES)):
        if ft.blank(k):
            break
        cells = ft.rows[k].columns
        first = cells[0]
        at = _column(ft, k, first[0])
        if abs(at - right) <= _SLACK and len(cells) == 1:
            continue  # the paragraph goes on, the margin left empty
        if abs(at - left) > _SLACK or len(cells) > 2 or ft.vocab.singular.match(first[2]):
            return None  # another layout, or the next heading with no blank line before it
        if len(cells) == 2:
            if abs(_column(ft, k, cells[1][0]) - right) > _SLACK:
                return None
            both = True
        if first[2].rstrip().endswith(":"):
            return None  # a record's labelled lines ("Federführung:   FB Soziales")
        parts.append((first[0], first[1]))
    if not parts or not both:
        return None
    label = part_name(ft, parts, _MOST_WORDS)
    return None if label is None else (parts[0][0], parts[-1][1], label)


def part_name(ft: FieldText, parts: list[tuple[int, int]], most_words: int) -> str | None:
    """The name the spans ``parts`` of a field's heading give, joined: capitalised, at most ``most_words``
    words, no sentence and no word of the document's structure; else None."""
    label = clean_label(" ".join(ft.text[a:b] for a, b in parts))
    if (
        not label[:1].isupper()
        or len(label.split()) > most_words
        or is_sentence(label, ft.vocab)
        or is_structure(label, ft.vocab)
    ):
        return None
    return label
