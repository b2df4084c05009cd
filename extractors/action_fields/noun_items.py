"""Fields as items each opened by the field noun in the singular, the name up to a spaced dash and a
text after it: the ``list`` family's noun-led items::

    Das Programm ordnet seine Vorhaben den folgenden Handlungsfeldern zu:
      Handlungsfeld Sprache und Kita – Lesepaten, Elternarbeit in den Kitas;
      Handlungsfeld Arbeit im Hand-
      werk – Praktika, Anerkennung von Ab-
      schlüssen;
      Handlungsfeld Wohnen im Quartier – Belegung und Nachbarschaft.

An item opens a line with the noun and a capitalised name, no number between them ("Handlungsfeld
2 – …" is a series or a heading); its name ends at the first spaced dash, on its line or the next
(a name wrapped there); the lines after it that open otherwise go on with its text. An item whose
text ends in a full stop at a line's end closes the list; blank lines between the items (an
export's) pass. At least two items, every name a name of a few words; else nothing. A name opens with
a word, not a letter code ("Handlungsfeld S – …" is a heading's).
"""

from __future__ import annotations

import re

from extractors.base import clean_label
from pipeline.lang.de import markers

from .text import Candidate, FieldText, is_sentence
from .vocab import is_structure

_OPENING = re.compile(r"\f?[ \t]*(?P<noun>[A-ZÄÖÜ][\wäöüß]+)[ \t]+(?=[A-ZÄÖÜ][a-zäöüß])")
_DASH = re.compile(r"[ \t\n]+[" + markers.escaped(markers.DASHES + markers.EM_DASH) + r"][ \t]+(?=\S)")
_MOST_WORDS = 8
_MOST_ITEMS = 20


def _opens(ft: FieldText, row: int) -> re.Match[str] | None:
    """The opening of an item on line ``row``: the field noun in the singular before a name."""
    m = _OPENING.match(ft.rows[row].text)
    return m if m and ft.vocab.singular.fullmatch(m.group("noun")) else None


def noun_items(ft: FieldText, first: int) -> list[Candidate] | None:
    """The names of the noun-led items from line ``first``, or nothing; None when that line opens
    no item (a line that opens one is read here alone: its text is no list of other fields)."""
    if _opens(ft, first) is None or not _DASH.search(ft.text, ft.rows[first].start, ft.rows[first].end):
        return None
    items: list[tuple[int, int]] = []  # (start of the name, end of the item's first two lines)
    k = first
    while k < len(ft.rows) and len(items) <= _MOST_ITEMS:
        if ft.blank(k):
            nxt = ft.next_filled(k)
            if nxt is None or not items or _opens(ft, nxt) is None:
                break
            k = nxt
        m = _opens(ft, k)
        if m is None:
            return []
        items.append((ft.rows[k].start + m.end(), ft.rows[min(k + 1, len(ft.rows) - 1)].end))
        k += 1
        while k < len(ft.rows) and not ft.blank(k) and _opens(ft, k) is None:
            k += 1  # the item's text goes on
        if ft.rows[k - 1].text.rstrip().endswith("."):
            break  # the last item
    if len(items) < 2:
        return []
    found = []
    for start, end in items:
        dash = _DASH.search(ft.text, start, end)
        label = clean_label(ft.text[start : dash.start()]) if dash else ""
        if (
            not label
            or len(label.split()) > _MOST_WORDS
            or is_sentence(label, ft.vocab)
            or is_structure(label, ft.vocab)
        ):
            return []
        found.append(Candidate(start, dash.start(), label, "list"))  # type: ignore[union-attr]
    return found
