"""Fields as the marked items of a list that a sentence runs through: part of the ``list`` family.

A sentence may set its enumeration of the fields as a list, with no colon before it, and go on after its
last item (a clause of a grant's notice quoted in the text)::

    2. Die Zuwendung ist zweckgebunden für Maßnahmen in den Handlungsfeldern
       a) Sprache, Bildung und Ausbildung,
       b) Wohnen und soziale Beratung,
       c) Gesundheit und Pflege sowie
       d) Zusammenleben und Teilhabe im ländlichen Raum
       des Integrationskonzepts vom 25.09.2024. Ausgaben für die Unterbringung …

The line before the list ends with the field noun in the plural; its items are marked in one sequence
("a)" … "d)", "1." … "4."), each but the last ending in a comma, the last but one in its conjunction
("sowie", "und", "oder"); an item's line ending in a link word or a broken word goes on in the next. The
sentence goes on after the last item in small letters, or ends with it. Three items at least, most of them
known to the taxonomy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label
from pipeline.lang.de.closed_class import alternation

from .items import MARKER, marker_ordinal
from .text import Candidate, FieldText, is_sentence
from .vocab import is_structure, known_codes

_CONJUNCTION = re.compile(r"[ \t]+(?:" + alternation("conjunctions") + r")[ \t]*$")
_GOES_ON = re.compile(r"(?:\b(?:" + alternation("linking_articles", "prepositions", "contractions") + r")|\w-)[ \t]*$")
_LEAST = 3
_MOST_ITEMS = 12

Item = tuple[int, int, str]  # flat start, end, text without its marker


def _items(ft: FieldText, first: int) -> list[Item] | None:
    """The items of the list from line ``first`` on, by their sequence of marks and their ends, if it is one."""
    items: list[Item] = []
    style = None
    k = first
    while k < len(ft.rows) and len(items) < _MOST_ITEMS:
        mark = MARKER.match(ft.rows[k].text)
        ordinal = marker_ordinal(mark.group("enum")) if mark and mark.group("enum") else None
        if ordinal is None or (style or ordinal[0]) != ordinal[0] or ordinal[1] != len(items) + 1:
            break
        style = ordinal[0]
        start = ft.rows[k].start + mark.end()  # type: ignore[union-attr]
        while _GOES_ON.search(ft.rows[k].text) and k + 1 < len(ft.rows) and not ft.blank(k + 1):
            k += 1  # "… im" / "ländlichen Raum"
        end = ft.rows[k].start + len(ft.rows[k].text.rstrip())
        items.append((start, end, ft.text[start:end]))
        k += 1
        if not items[-1][2].endswith(",") and not _CONJUNCTION.search(items[-1][2]):
            break  # the last item
    if len(items) < _LEAST or not _ends(items):
        return None
    after = ft.rows[k].text.lstrip() if k < len(ft.rows) else ""
    return items if not after or after[:1].islower() or items[-1][2].endswith(".") else None


def _ends(items: list[Item]) -> bool:
    """Whether the items end as an enumeration: commas, the conjunction before the last, none after it."""
    *commas, joined, last = (text.rstrip() for _, _, text in items)
    return all(t.endswith(",") for t in commas) and _CONJUNCTION.search(joined) is not None and not last.endswith(",")


def _named(item: Item) -> Candidate:
    """An item as a field: its text without the conjunction and the marks that end it."""
    start, _, text = item
    raw = _CONJUNCTION.sub("", text).rstrip(" ,.;")
    return Candidate(start, start + len(raw), clean_label(raw), "list")


def sentence_items(ft: FieldText) -> Iterator[Candidate]:
    """The fields of each marked list that a sentence runs through right after the field noun in the plural."""
    for noun in ft.strong_plurals():
        row = ft.row_at(noun.start())
        if ft.text[noun.end() : ft.rows[row].end].strip() or row + 1 >= len(ft.rows):
            continue
        items = _items(ft, row + 1)
        if items is None:
            continue
        found = [_named(item) for item in items]
        if any(not c.label or is_sentence(c.label, ft.vocab) or is_structure(c.label, ft.vocab) for c in found):
            continue
        if 2 * sum(known_codes(c.label, ft.vocab) != ("other",) for c in found) > len(found):
            yield from found
