"""Fields as bracketed tags set at the right of a list's items: the ``heading`` family's tags.

A list of goals or measures assigns each item to a field by a tag in square brackets at the line's
right, after a gap, or alone on the line under a long item ("(6) Ältere … nutzen sie.      [HF Pflege
und Alter]"): the singular field noun or its abbreviation, maybe a colon, and the field's name. The
fields are the distinct names of the tags; a field tagged twice counts once. Where a PDF closed the gap,
the item's full stop and a space stand before the tag. Tags on two lines at
least name two fields at least; a lone tag, a tag inside running text ("… siehe [HF Wohnen] oben") and a
tag whose name is a sentence or a part of the concept name none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label

from .text import Candidate, FieldText, is_sentence
from .vocab import is_structure

# after the noun: a colon or a gap, the name, the closing bracket, the line's end
_TAG_REST = re.compile(r"[ \t]*:?[ \t]+(?P<name>[A-ZÄÖÜ][^\[\]\n]{1,80}?)[ \t]*\][ \t]*$", re.M)
_LEAST = 2
_MOST_WORDS = 8


def end_tags(ft: FieldText) -> Iterator[Candidate]:
    """The distinct fields the bracketed tags at the right of two lines at least name."""
    found: list[Candidate] = []
    for noun in ft.nouns:
        if not ft.vocab.singular.fullmatch(noun.group(0)):
            continue
        cand = _tag(ft, noun)
        if cand is not None:
            found.append(cand)
    names = {c.label.casefold() for c in found}
    if len(found) < _LEAST or len(names) < _LEAST:
        return
    seen: set[str] = set()
    for cand in found:
        if cand.label.casefold() not in seen:
            seen.add(cand.label.casefold())
            yield cand


def _tag(ft: FieldText, noun: re.Match[str]) -> Candidate | None:
    """The field a tag opened by ``noun`` names, where the tag ends its line and stands apart."""
    at = noun.start()
    if at == 0 or ft.text[at - 1] != "[":
        return None
    row = ft.rows[ft.row_at(at)]
    before = ft.text[row.start : at - 1]
    if before.strip() and not re.search(r"(?:\S[ \t]{2,}|[.!?][ \t]+)$", before):
        return None  # inside running text: no gap and no sentence's end before it
    m = _TAG_REST.match(ft.text, noun.end())
    if m is None or m.end() > row.end:
        return None
    label = clean_label(m.group("name"))
    if not label or len(label.split()) > _MOST_WORDS:
        return None
    if is_sentence(label, ft.vocab) or is_structure(label, ft.vocab):
        return None
    return Candidate(m.start("name"), m.end("name"), label, "heading")
