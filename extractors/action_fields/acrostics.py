"""Fields as the lines of an acrostic under a lead naming the fields: part of the ``list`` family.

    Jeder Buchstabe steht für eines der sechs Handlungsfelder:

       ╔════════════════════════════════════════════╗
       ║   W  wie  Wohnen und Nachbarschaft im Dorf  ║
       ║   I  wie  Informationen in einfacher Sprache ║
       ║   R  wie  Rat und Hilfe im Alltag           ║
       ╚════════════════════════════════════════════╝

Each line is a capital letter, "wie" and the field's name, which opens with that letter (a letter may stand
twice); the lines may stand in a drawn or ASCII frame, an empty line inside it allowed. Three lines at
least, every filled line of the block one of them: the name is the field, the letter no part of it.
"""

from __future__ import annotations

import re

from extractors.base import clean_label
from pipeline.lang.de import markers

from .text import Candidate, FieldText, is_sentence
from .vocab import is_structure

_FRAME = markers.DRAWN_BARS + markers.DRAWN_RULES + markers.DRAWN_JOINTS + markers.ASCII_BARS + "+-=╭╮╯╰"
_EDGE = rf"[ \t{re.escape(_FRAME)}]*"
_LINE = re.compile(rf"{_EDGE}(?P<letter>[A-ZÄÖÜ])[ \t]+wie[ \t]+(?P<name>(?P=letter)[^\n]*?){_EDGE}")
_LEAST = 3
_MOST_LINES = 16
_MOST_WORDS = 10


def acrostic_lines(ft: FieldText, first: int) -> list[Candidate] | None:
    """The fields of the acrostic opening at line ``first`` (its frame's top maybe), or None where none does."""
    found: list[Candidate] = []
    k = first
    while k < len(ft.rows) and not ft.blank(k) and k - first < _MOST_LINES:
        line = ft.rows[k]
        if not line.text.strip(" \t" + _FRAME):
            k += 1
            continue  # the frame, an empty line inside it
        m = _LINE.fullmatch(line.text)
        if m is None:
            return None
        label = clean_label(m.group("name"))
        if len(label.split()) > _MOST_WORDS or is_sentence(label, ft.vocab) or is_structure(label, ft.vocab):
            return None
        start = line.start + m.start("name")
        found.append(Candidate(start, start + len(m.group("name")), label, "list"))
        k += 1
    return found if len(found) >= _LEAST else None
