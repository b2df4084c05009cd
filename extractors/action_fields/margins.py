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

from .closed_heads import ARTICLE_WORDS, Column, column_name, follows, left_open, lines_from
from .text import FieldText, breaks_off, is_sentence
from .vocab import is_structure, known_codes

_MOST_LINES = 6  # lines of a margin's name
_MOST_WORDS = 10
_SLACK = 2  # columns a cell may stand off its column
_NUMBER = re.compile(r"[ \t]+(?:\d{1,2}|[IVX]{1,4})\.?[ \t]*")
_LEAST_PARAGRAPH_WORDS = 5  # words of a paragraph's first line run on after a heading's number
_LEAST_WORDS = 3  # … or as few, where the paragraph's first line wrapped onto the next in lower case


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


def closed_margin(ft: FieldText, row: int, noun: re.Match[str]) -> tuple[int, int, str] | None:
    """The name in the margin under a heading "Handlungsfeld 2" whose gaps a PDF closed: the heading's line
    runs on into its paragraph's first line ("Handlungsfeld 2 Kitas mit hohem Anteil …"), and each line under
    it opens with the name's next piece before the paragraph's words ("Frühe Bildung Fachberatung; …" /
    "und Schule"). A piece is the longest run of a line's first words that goes on with the name by the grammar
    of a name (:mod:`.closed_heads`) and fits the margin, as wide as the heading's noun and number; the name
    ends closed, two lines at least, before the blank line that ends the block."""
    line = ft.rows[row]
    number = _NUMBER.match(ft.text, noun.end())
    if line.start != noun.start() - (len(line.text) - len(line.text.lstrip())) or number is None:
        return None
    if not _LEAST_WORDS <= len(ft.text[number.end() : line.end].split()):
        return None
    runs_on = ft.text[line.end + 1 : line.end + 2].islower()  # the paragraph's first line wrapped ("richten")
    if len(ft.text[number.end() : line.end].split()) < _LEAST_PARAGRAPH_WORDS and not runs_on:
        return None
    width = number.end() - noun.start() + _SLACK
    col: Column = ()
    lines = 0
    for n, (text, ws) in enumerate(lines_from(ft, row)):
        if not n:
            continue
        if not text.strip() or n > _MOST_LINES or ft.vocab.singular.match(text.strip()):
            break
        k = 0
        while k < len(ws) and len(" ".join(w for _, _, w in ws[: k + 1])) <= width and _goes_on(col, ws[k][2]):
            col, k = (*col, ws[k]), k + 1
        lines += k > 0
        if not k and col and left_open(col):
            return None  # (a line before the name's first piece is the paragraph's first line wrapped)
    if lines < 2 or not col or left_open(col):
        return None
    label = clean_label(column_name(col))
    if len(label.split()) > _MOST_WORDS or is_sentence(label, ft.vocab) or is_structure(label, ft.vocab):
        return None
    if label.split()[0].casefold() in ARTICLE_WORDS:
        return None  # a paragraph's words under a heading: no name opens with an article
    rest = ft.text[number.end() : line.end].strip()
    paragraph = runs_on or breaks_off(rest) or is_sentence(rest, ft.vocab)
    return (col[0][0], col[-1][1], label) if paragraph or known_codes(label, ft.vocab) != ("other",) else None


def _goes_on(col: Column, word: str) -> bool:
    """Whether ``word`` goes on with the name so far: it opens it capitalised, or follows by the grammar of a
    name, a capitalised adjective opening the name before its noun too ("Frühe Bildung")."""
    if not col:
        return word[:1].isupper()
    opening = len(col) == 1 and col[0][2].endswith("e") and word[:1].isupper() and not word.endswith((",", ";"))
    return opening or follows(col, word)
