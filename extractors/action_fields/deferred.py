"""A counted enumeration whose lead stands a clause after the field noun: part of the ``prose`` family.

    Das Programm ordnet seine Maßnahmen vier Handlungsfeldern zu, nämlich „Sprache und
    Bildung“, „Arbeit“, „Gesundheit“ sowie „Ankommen in den Gemeinden“.
    Die Ziele werden sechs Handlungsfeldern zugeordnet, die der Beirat abgestimmt hat: Sprache
    und Bildung (HF 1), Ausbildung, Arbeit und Anerkennung (HF 2), … sowie Öffnung (HF 6).

The enumeration does not follow the noun: a verb's particle or a relative clause stands between
them, and ", nämlich" or a colon in the same sentence opens it. What binds the enumeration to the
noun is the count before the noun: its items are the fields only when there are exactly as many
as the noun counts. Items are delimited by their quotes, by a field's tag in brackets after each
("(HF 2)", numbered one after another); an insertion
between dashes before an item ("sowie – neu gegenüber 2016 – Öffnung") is no part of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label
from pipeline.lang.de.closed_class import alternation

from .prose import quoted_sequence
from .tallied import counted_leads
from .text import Candidate, FieldText, is_sentence
from .vocab import is_structure

# what opens the enumeration later in the sentence: ", nämlich", ", und zwar", a colon
_OPENER = re.compile(r",[ \t\n]*(?:nämlich|und[ \t\n]+zwar)[ \t\n]+|:[ \t\n]+")
# a word that points ahead to the thing listed ("… in folgende Ziele:"): the list is of that thing
_AHEAD = re.compile(r"(?<!\w)(?:[Ff]olgend|[Nn]achstehend|[Nn]achfolgend)\w*")
# what parts two tagged items: a comma or semicolon, a conjunction
_JOIN = re.compile(r"[ \t\n]*[,;]?[ \t\n]*(?:(?:" + alternation("conjunctions") + r")[ \t\n]+)?")
# an insertion between dashes before an item: "– neu gegenüber 2016 –"
_INSERTION = re.compile(r"[–—-][ \t\n][^–—\n]{1,60}?[ \t\n][–—-][ \t\n]+")


def deferred_enumerations(ft: FieldText) -> Iterator[Candidate]:
    """The counted enumerations opened a clause after the field noun, as many items as the count."""
    for count, u, noun_end in counted_leads(ft):
        unit = ft.layout.units[u]
        opener = _OPENER.search(ft.text, noun_end, unit.end)
        if opener is None or opener.start() == noun_end:
            continue  # right after the noun: read by the readers of enumerations after the noun
        between = ft.text[noun_end : opener.start()]
        if _AHEAD.search(between) or any(c in between for c in ".;"):
            continue
        items = _items(ft, opener.end(), unit.end)
        if len(items) == count and all(
            len(c.label.split()) <= 10 and not is_sentence(c.label, ft.vocab) and not is_structure(c.label, ft.vocab)
            for c in items
        ):
            yield from items


def _items(ft: FieldText, start: int, end: int) -> list[Candidate]:
    """The items of the enumeration at ``start``: quoted or tagged (names that run on without
    either cannot be told from the clause after them by the count alone)."""
    if ft.text[start] in '„"»':
        return quoted_sequence(ft, start, end)
    return tagged_items(ft, start, end)


def tagged_items(ft: FieldText, start: int, end: int) -> list[Candidate]:
    """Items each closed by a field's tag in brackets, the tags numbered 1, 2, 3 …: "Sprache und
    Bildung (HF 1), Ausbildung, Arbeit und Anerkennung (HF 2) sowie Öffnung (HF 3)". The tags cut
    the items, so commas inside an item stay there. Empty when the text holds no such run."""
    tags = [m for m in _TAG.finditer(ft.text, start, end) if ft.vocab.singular.fullmatch(m.group("noun"))]
    if len(tags) < 2 or [int(m.group("n")) for m in tags] != list(range(1, len(tags) + 1)):
        return []
    out = []
    pos = start
    for tag in tags:
        pos = _JOIN.match(ft.text, pos, tag.start()).end()  # type: ignore[union-attr]
        if inserted := _INSERTION.match(ft.text, pos, tag.start()):
            pos = inserted.end()
        label = clean_label(ft.text[pos : tag.start()])
        if not label or not label[0].isupper():
            return []
        out.append(Candidate(pos, pos + len(ft.text[pos : tag.start()].rstrip()), label, "prose", tag.group("n")))
        pos = tag.end()
    return out if not ft.text[pos:end].strip(" \t\n.") else []


# a field's tag in brackets: "(HF 2)", "(Handlungsfeld 3)"
_TAG = re.compile(r"[ \t\n]*\((?P<noun>[A-ZÄÖÜ][\wäöüß]{0,20})[ \t]*(?P<n>\d{1,2})\)")
