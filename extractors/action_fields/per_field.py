"""A list of figures per field after a lead-in that says so: part of the ``list`` family.

    Das Ergebnis je Handlungsfeld:
      [grün]  Sprache und Bildung ........... 10 von 14 Maßnahmen umgesetzt
      [gelb]  Arbeit, Studium und Wissenschaft  6 von 12 Maßnahmen umgesetzt

A lead-in that ends in the singular field noun after a distributive word ("je Handlungsfeld:",
"pro Handlungsfeld:") at its line's end announces one line per field. Each line under it names a
field and then, after a dot leader or a gap of spaces, what is said of it; a status tag or mark in
brackets before the name ("[grün]", "(x)") or an item's marker is no part of it. The list ends at
a blank line or at the first line that is not such a row (a legend of the tags under it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label
from extractors.resources import typed

from .items import MARKER
from .text import Candidate, FieldText, is_sentence
from .vocab import is_structure

# what stands before a field's name on its row: a tag in brackets, an item's marker
_TAG = re.compile(r"[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*|\([^)\n]{1,20}\)[ \t]+)?")
# what parts the name from the rest of its row: a dot leader, a gap of spaces or a tab
_LEADER = re.compile(r"[ \t]*(?:\.[ \t]?){3,}[ \t]*|[ \t]{2,}|\t")


def per_field_lists(ft: FieldText) -> Iterator[Candidate]:
    """The names of the rows under each lead-in that ends in "je Handlungsfeld:"."""
    each = {w.casefold() for w in typed.enumerations(ft.res).each}
    for noun in ft.nouns:
        if not ft.vocab.singular.fullmatch(noun.group(0)) or not ft.text.startswith(":", noun.end()):
            continue
        line = ft.rows[ft.row_at(noun.start())]
        if ft.text[noun.end() + 1 : line.end].strip():
            continue  # the lead-in ends its line
        before = ft.text[line.start : noun.start()].split()
        if not before and ft.row_at(noun.start()) > 0:
            before = ft.rows[ft.row_at(noun.start()) - 1].text.split()  # "Das Ergebnis je" / "Handlungsfeld:"
        if not before or before[-1].casefold() not in each:
            continue
        found = _rows(ft, ft.row_at(noun.start()) + 1)
        if len(found) >= 2:
            yield from found


def _rows(ft: FieldText, k: int) -> list[Candidate]:
    """The names of the rows from line ``k`` on (a blank line before the first allowed)."""
    first = ft.next_filled(k, 2)
    out: list[Candidate] = []
    for i in range(first if first is not None else len(ft.rows), len(ft.rows)):
        if ft.blank(i):
            break
        line = ft.rows[i]
        at = _TAG.match(line.text).end()  # type: ignore[union-attr]
        marker = MARKER.match(line.text, at)
        at = marker.end() if marker else at
        leader = _LEADER.search(line.text, at)
        if leader is None or not line.text[leader.end() :].strip():
            break  # no row: a legend, a sentence
        label = clean_label(line.text[at : leader.start()])
        if (
            not label
            or not label[0].isupper()
            or len(label.split()) > 8
            or is_sentence(label, ft.vocab)
            or is_structure(label, ft.vocab)
        ):
            return []
        out.append(Candidate(line.start + at, line.start + leader.start(), label, "list"))
    return out
