"""A marked list after a sentence that counts the fields, as many items as the count: part of the
``list`` family.

    Das Programm soll in vier Handlungsfeldern Ziele und Angebote festlegen:
    I. KINDER UND FAMILIE – Eltern-Kind-Gruppen und Sprachcafés in jedem Ortsteil.
    II. ARBEIT – Praktika in den Betrieben der Region.
    …

A lead-in that names more than the fields after its noun ("… in vier Handlungsfeldern Ziele und
Angebote festlegen:") is no lead-in of the fields by its words alone (``lists.introduces``); its
count is what binds the list to the noun: the marked items right after it (numbers, letters,
Roman numbers, bullets; wrapped, with a description after a dash or a colon) are the fields when
there are exactly as many as the noun counts. A lead-in that points ahead to something else
("… folgende Ziele:") leads nothing in here, nor does a sentence about an older plan; an item
that reads as a sentence (a decision's numbered points) or as the concept's structure makes the
list none (:func:`.items.item_candidates`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.lang.de.numbers import NUMBER_WORDS

from .entries import outline_entries
from .items import MARKER, marked_list
from .serial import pointed_fields, repeated_series, serial_lines
from .text import Candidate, FieldText

_MOST = 12  # the largest count of fields read
# a count right before the noun, an adjective between them allowed ("fünf zentralen Handlungsfeldern")
_COUNT = re.compile(
    r"(?<!\w)(?P<n>\d{1,2}|" + "|".join(w for w, n in NUMBER_WORDS.items() if 2 <= n <= _MOST) + r")"
    r"(?:[ \t\n]+[a-zäöüß]\w*(?:e|en|er|es|em))?[ \t\n]+$",
    re.IGNORECASE,
)
# the colon that ends a lead-in, at the end of its line
LEAD_COLON = re.compile(r":[ \t]*(?=\n|$)")
# the list itself run into the lead-in's sentence where an export lost the blank line after it: a
# line opened by a mark, a number or a capitalised word, no sentence going on in lower case
_LIST_AFTER = re.compile(r"[^\sa-zäöüß]")
# a word that points ahead to the thing listed ("folgende Ziele:"): the list is of that thing
AHEAD = re.compile(r"(?<!\w)(?:[Ff]olgend|[Nn]achstehend|[Nn]achfolgend)\w*")


def field_count(ft: FieldText, noun: re.Match[str]) -> int | None:
    """The count the words right before a plural field noun give it ("in fünf Handlungsfeldern",
    "die 6 zentralen Handlungsfelder"), or None."""
    line_start = ft.text.rfind("\n\n", 0, noun.start()) + 1
    m = _COUNT.search(ft.text, max(line_start, noun.start() - 40), noun.start())
    if m is None:
        return None
    n = m.group("n")
    value = int(n) if n.isdigit() else NUMBER_WORDS[n.casefold()]
    return value if 2 <= value <= _MOST else None


def counted_leads(ft: FieldText) -> Iterator[tuple[int, int, int]]:
    """(count, unit index, noun end) of each sentence with a plural field noun whose count is given,
    not a sentence about an older plan; a strong noun only, a weak one counts other things too."""
    seen: set[int] = set()
    for noun in ft.strong_plurals():
        u = ft.layout.unit_at(noun.start())
        unit = ft.layout.units[u]
        if u in seen or not unit.start <= noun.start() < unit.end:
            continue
        count = field_count(ft, noun)
        if count is None or ft.vocab.history.search(ft.text, *_clause(ft.text, unit.start, unit.end, noun.start())):
            continue
        seen.add(u)
        yield count, u, noun.end()


def _clause(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The span of the clause of ``text[start:end]`` holding offset ``at``, apart at semicolons: "… behält
    die fünf Handlungsfelder bei; das frühere Feld … wird erweitert" speaks of an older field after them."""
    before = text.rfind(";", start, at)
    after = text.find(";", at, end)
    return (start if before < 0 else before + 1), (end if after < 0 else after)


def tallied_lists(ft: FieldText) -> Iterator[Candidate]:
    """The marked lists after a lead-in ending in a colon at its line's end that counts the fields,
    the items as many as the count (the sentence reader may run the lead-in on into the list); an
    outline's numbered lines with their points under them count as the items (``pointed_fields``)."""
    for count, u, noun_end in counted_leads(ft):
        colon = _lead_colon(ft, u, noun_end)
        if colon is None or AHEAD.search(ft.text, noun_end, colon.start()):
            continue
        first = ft.next_filled(ft.row_at(colon.start()) + 1)
        if first is None or "\t" in ft.rows[first].text:
            continue
        if MARKER.match(ft.rows[first].text):
            found = marked_list(ft, first)
        else:  # "1. Sprache" / "1.1 Kurse" / "2. Arbeit" …, "AG 1 · Sprache" / "AG 2 · Arbeit", "2.3.1 Sprache" / …
            found = pointed_fields(ft, first) or serial_lines(ft, first) or outline_entries(ft, first) or []
        if len(found) == count and all(not ft.vocab.not_field.match(c.label) for c in found):
            yield from found


def _lead_colon(ft: FieldText, u: int, noun_end: int, most: int = 2) -> re.Match[str] | None:
    """The colon that ends the lead-in of sentence ``u``: in it, or ending one of the next ``most``
    sentences of its paragraph ("Die Ziele werden fünf Handlungsfeldern zugeordnet. Jedes ist in
    Teilbereiche gegliedert:", "Die sechs Handlungsfelder bleiben bestehen. Eines wird umbenannt.
    Die Gliederung lautet damit:"), which says how the list under it is written; the sentence
    with the colon is not one about an older plan. The list may run on in the colon's sentence where
    an export lost the blank line under it, not a sentence going on in lower case."""
    units = ft.layout.units
    colon = LEAD_COLON.search(ft.text, noun_end, units[u].end)
    if colon is not None:
        return colon
    for k in range(u + 1, min(len(units), u + 1 + most)):
        nxt = units[k]
        if "\n\n" in ft.text[units[k - 1].end : nxt.start]:
            return None
        colon = LEAD_COLON.search(ft.text, nxt.start, nxt.end)
        if colon is not None:
            rest = ft.text[colon.end() : nxt.end].strip()
            if ft.vocab.history.search(ft.text, nxt.start, colon.start()) or (rest and not _LIST_AFTER.match(rest)):
                return None
            return colon
    return None


def counted_series(ft: FieldText) -> Iterator[Candidate]:
    """The fields after a lead-in that counts them with a weak noun ("Der Entwurf ruht auf vier
    Säulen:"), in a series of as many lines each opened by that noun and its number ("SÄULE I
    SPRACHE UND BILDUNG" … "SÄULE IV …"): the lines repeating the noun bind the list to it where the
    sentence does not name the concept; in a document about integration only."""
    if not ft.about_integration():
        return
    for noun in ft.weak:
        count = field_count(ft, noun)
        u = ft.layout.unit_at(noun.start())
        unit = ft.layout.units[u]
        if count is None or ft.vocab.history.search(ft.text, unit.start, unit.end):
            continue
        colon = LEAD_COLON.search(ft.text, noun.end(), unit.end)
        if colon is None or ft.text[noun.end() : colon.start()].strip():
            continue  # the noun ends the lead-in: "… auf vier Säulen:"
        first = ft.next_filled(ft.row_at(colon.start()) + 1)
        if first is not None:
            yield from repeated_series(ft, first, noun.group(0), count)
