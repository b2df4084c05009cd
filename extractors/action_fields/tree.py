"""Fields as the first level of a tree drawn like a directory listing, after a lead-in::

    Der Strukturbaum zeigt die Handlungsfelder (erste Ebene) und die Leitprojekte (zweite Ebene):

      Integrationskonzept 2027–2031
      ├── Sprache und frühe Bildung
      │   ├── Sprachkitas
      │   └── Elternbegleitung
      └── Gesundheit und Pflege
          └── Gemeindedolmetscher

A branch is a line whose name follows a joint and its rule ("├──", "└──", or "|--", "`--", "+--"
drawn with ASCII signs), the bars of the levels above before it ("│   "); the branches nearest the
left are the first level, the one drawn with "└" their last (a branch after it at its indent is one of
its own whose indent a PDF's text dropped). A root above them without a joint names the whole (the concept) and is
no field. The lead-in names the fields alone or the fields first and the items of the next level
after them ("… die Handlungsfelder und die Leitprojekte:"): the first noun is the first level. A lead that
gives the next level to each field, a distributive word before the singular noun ("Unter jedem Handlungsfeld
stehen die Leitfragen, …:"), binds a tree whose first-level branches each hold a level of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.resources import typed
from pipeline.lang.de.closed_class import DEFINITE_ARTICLES, alternation

from .items import item_candidates
from .lists import introduces
from .tallied import LEAD_COLON
from .text import Candidate, FieldText

# a branch's joint and rule, and a number the branch is counted by ("├── 1  Ankommen"), no part of its name
_BRANCH = re.compile(r"(?P<stem>[ \t│|]*)(?:[├└]─+|[|`+]-{2,})[ \t]+(?:\d{1,2}[.)]?[ \t]+)?(?=\S)")
_BRACKETS = re.compile(r"\([^()\n]*\)")
# the noun of the next level after the field noun: "… und die Leitprojekte"
_JOIN = r"(?:" + alternation("conjunctions") + r")\s+(?:(?:" + alternation(*DEFINITE_ARTICLES) + r")\s+)?"
_NEXT_LEVEL = re.compile(r"\s*" + _JOIN + r"[A-ZÄÖÜ][\wäöüß-]*\s*")
# a noun coordinated before the field noun: "… die Leitprojekte und die Handlungsfelder" (the first level its)
_LEVEL_BEFORE = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*\s+" + _JOIN + "$")
_LEAST = 2


def tree_branches(ft: FieldText, first: int, nested: bool = False) -> list[Candidate] | None:
    """The first-level branches of a tree from line ``first`` (a root line without a joint may
    open it); None where no tree starts there (or, ``nested``, where a first-level branch holds no
    branch of its own). The tree ends at a blank line (single blank lines
    between its lines, as an export sets them after every line, are none of its end) or, once its
    first level's last branch is drawn, at a line of another kind; a line of another kind before
    that makes it none."""
    rows = ft.rows
    k = first
    if not _BRANCH.match(rows[k].text):
        k += 1  # the root
    levels: list[tuple[int, bool, tuple[int, int]]] = []
    closed = False  # the first level's last branch ("└──" at the least indent so far) was drawn
    while k < len(rows):
        if ft.blank(k):
            if k + 1 < len(rows) and _BRANCH.match(rows[k + 1].text):
                k += 1  # an export set a blank line after every line
                continue
            break
        m = _BRANCH.match(rows[k].text)
        if m is None:
            if closed:
                break  # the text after a closed tree, the blank line lost
            return None
        last = m.group(0).strip(" \t│|")[:1] in "└`"
        stem = len(m.group("stem").expandtabs())
        closed = closed or (last and all(stem <= level for level, _, _ in levels))
        levels.append((stem, last, (rows[k].start + m.end(), rows[k].end)))
        k += 1
    if not levels:
        return None
    top = min(level for level, _, _ in levels)
    spans: list[tuple[int, int]] = []
    held: list[bool] = []  # whether each first-level branch holds a branch of its own
    closed = False
    for level, last, span in levels:
        if level == top and not closed:
            spans.append(span)
            held.append(False)
            closed = last  # the level's last branch: what follows at its indent is its own (a PDF dropped the indent)
        elif held:
            held[-1] = True
    if nested and not all(held):
        return None
    if len(spans) < _LEAST:
        return None
    found = item_candidates(ft, spans)
    return found if len(found) == len(spans) else None


def tree_fields(ft: FieldText) -> Iterator[Candidate]:
    """The fields of the trees after a lead-in that ends in a colon at its line's end."""
    for noun in ft.strong_plurals():
        unit = ft.layout.units[ft.layout.unit_at(noun.start())]
        colon = LEAD_COLON.search(ft.text, noun.end(), unit.end)
        if colon is None:
            continue
        lead = ft.text[unit.start : colon.start()]
        at, end = noun.start() - unit.start, noun.end() - unit.start
        after = _BRACKETS.sub(" ", lead[end:])
        if _LEVEL_BEFORE.search(_BRACKETS.sub(" ", lead[:at])):
            continue  # another list named first is the first level
        if not (_NEXT_LEVEL.fullmatch(after) or introduces(ft, unit.start, lead, at, end, False)):
            continue
        first = ft.next_filled(ft.row_at(colon.start()) + 1)
        if first is not None and (found := tree_branches(ft, first)) is not None:
            yield from found
    yield from _distributed(ft)


def _distributed(ft: FieldText) -> Iterator[Candidate]:
    """The fields of the trees after a lead that gives the next level to each field ("Unter jedem
    Handlungsfeld stehen die Leitfragen:"), each field a first-level branch holding branches of its own."""
    each = {w.casefold() for w in typed.taxonomy(ft.res).distributives}
    for noun in ft.nouns:
        if not ft.vocab.singular.fullmatch(noun.group(0)):
            continue
        before = ft.text[max(0, noun.start() - 20) : noun.start()].split()
        if not before or before[-1].casefold() not in each:
            continue
        unit = ft.layout.units[ft.layout.unit_at(noun.start())]
        colon = LEAD_COLON.search(ft.text, noun.end(), unit.end)
        if colon is None:
            continue
        first = ft.next_filled(ft.row_at(colon.start()) + 1)
        if first is not None and (found := tree_branches(ft, first, nested=True)) is not None:
            yield from found
