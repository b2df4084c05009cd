"""Fields as the paragraphs of a section about the fields, each a name alone on its line over a
short description: part of the ``heading`` family (:func:`.headings.run_in_headings`)::

    3. Handlungsfelder der Fortschreibung

    Sprache und Bildung von Anfang an
       Frühe Sprachförderung in Kitas, Sprachkurse für Eltern.

    Gesundheit und Pflege
       Zugang zu Vorsorge, Dolmetschpool, kultursensible Pflege.

The description is set in from the name, or, where a rendering lost the indent, its description
opens with a capital and the name does not break off (a full line with a link word last); the
description is a few words and ends a sentence. Where an export dropped the blank lines, a
paragraph opens after a line that ends a sentence. The names may be lettered A, B, C … in order
("A  SPRACHE UND FRÜHE BILDUNG"), the letters no part of them. The section reader takes one run
of such paragraphs, two names at least.
"""

from __future__ import annotations

import re

from .text import WRAP_END, FieldText

_LETTER = re.compile(r"[ \t]*(?P<letter>[A-Z])[ \t]+(?=[A-ZÄÖÜ])")
_END = (".", "!", "?")
_DESCRIPTION_WORDS = 40  # words of a field's description at most


def described_name(ft: FieldText, k: int, below: int, letter: int) -> tuple[int, int] | None:
    """The span of the name on line ``k`` over its description from line ``below``, its letter
    left out where the names are lettered (``letter``: the letter it must carry, 0 for A; -1 where
    the names carry none); None where the paragraph is of another shape."""
    line = ft.rows[k]
    text = line.text
    start = line.start + len(text) - len(text.lstrip())
    if letter >= 0:
        m = _LETTER.match(text)
        if m is None or ord(m.group("letter")) - ord("A") != letter:
            return None
        start = line.start + m.end()
    name = ft.text[start : line.end].rstrip()
    under = ft.rows[below].text
    if not name or not under.strip():
        return None
    indent, inset = len(text) - len(text.lstrip()), len(under) - len(under.lstrip())
    broken = WRAP_END.search(name) is not None and len(text.rstrip()) >= ft.long_line
    if inset <= indent and (broken or not under.lstrip()[:1].isupper()):
        return None  # no indent, and the name may go on in the next line
    if not _short_paragraph(ft, below):
        return None
    return start, start + len(name)


def lettered(ft: FieldText, k: int) -> bool:
    """Whether line ``k`` opens with the letter A before a capitalised word ("A  SPRACHE …")."""
    m = _LETTER.match(ft.rows[k].text)
    return m is not None and m.group("letter") == "A"


def has_letter(ft: FieldText, k: int) -> bool:
    """Whether line ``k`` opens with a letter before a capitalised word ("C  WOHNEN …")."""
    return _LETTER.match(ft.rows[k].text) is not None


def _short_paragraph(ft: FieldText, first: int) -> bool:
    """Whether the lines from ``first`` up to the first that ends a sentence (a blank line before it
    ends the paragraph) hold a few words and end a sentence."""
    k = first
    while not ft.rows[k].text.rstrip().endswith(_END) and k + 1 < len(ft.rows) and not ft.blank(k + 1):
        k += 1
    words = ft.text[ft.rows[first].start : ft.rows[k].end].split()
    return len(words) <= _DESCRIPTION_WORDS and ft.rows[k].text.rstrip().endswith(_END)


def sentence_starts(ft: FieldText, first: int, last: int) -> list[int]:
    """The lines from ``first`` to ``last`` that may open a paragraph where an export dropped the
    blank lines: the first, and each right after a line that ends a sentence."""
    return [k for k in range(first, last) if k == first or ft.rows[k - 1].text.rstrip().endswith(_END)]
