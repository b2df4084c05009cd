"""Fields as the numbered groups of an event that the text says the fields are: part of the ``list`` family.

An event's programme may give each field a table, a forum or a workshop of its own, numbered on lines of their
own inside the programme, the room in a column at the right::

    Der Entwurf gliedert sich in vier Handlungsfelder. Sie bilden zugleich die Gesprächsrunden des Forums:

     10:30     Arbeit in den Gesprächsrunden
                 Runde 1   Frühe Bildung und Familie            Raum 1.12
                 Runde 2   Arbeit, Ausbildung und Anerkennung   Raum 1.14
                           ausländischer Abschlüsse

The lead is a sentence naming the fields in the plural, the group's noun in the plural standing in it or in the
sentence after it ("die Gesprächsrunden", "die Thementische"); within a few lines after it, lines each open with the
group's noun (the last part of that plural's compound, "Tisch" of "Thementische") and its number, 1 … n, and its
name, up to a gap before another column. A name broken off after a word that ends no name, or going on in lower
case, goes on in the line under it, set at the name's column. Three groups at least, as many as the lead counts
where it counts them, most of them known to the taxonomy; a name holding a figure (a room a PDF ran into it) makes
the whole list none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label

from .tallied import counted_leads
from .text import WRAP_END, Candidate, FieldText, is_sentence
from .vocab import is_structure, known_codes

_ENTRY = re.compile(
    r"(?P<indent>[ \t]*)(?P<key>[A-ZÄÖÜ][a-zäöüß]{2,20})[ \t]+(?P<n>\d{1,2})[ \t]+"
    r"(?P<name>[A-ZÄÖÜ]\S*(?: \S+)*)(?:[ \t]{2,}\S[^\n]*)?"
)
_REST = re.compile(r"(?P<indent>[ \t]*)(?P<rest>\S+(?: \S+)*)(?:[ \t]{2,}\S[^\n]*)?")
_PLURAL_ENDINGS = ("e", "en", "n", "s")
_REACH = 25  # lines from the lead to the first group at most
_LEAST = 3
_MOST_WORDS = 10


def _named_in(ft: FieldText, key: str, row: int) -> bool:
    """Whether a sentence within ``_REACH`` lines above line ``row`` names the fields in the plural and, there or in
    the sentence after it, the group's noun ``key`` in the plural (maybe as a compound's last part)."""
    plural = re.compile(rf"\w*{key.lower()}(?:{'|'.join(_PLURAL_ENDINGS)})\b", re.IGNORECASE)
    top = ft.rows[max(0, row - _REACH)].start
    for noun in ft.strong_plurals():
        if not top <= noun.start() < ft.rows[row].start:
            continue
        u = ft.layout.unit_at(noun.start())
        units = ft.layout.units[u : u + 2]
        if any(plural.search(ft.text, x.start, x.end) and x.end <= ft.rows[row].start for x in units):
            return True
    return False


def _groups(ft: FieldText, first: int, key: str) -> list[Candidate]:
    """The groups' names from line ``first`` on: one key, numbered from 1, a name's rest joined."""
    found: list[Candidate] = []
    k = first
    while k < len(ft.rows):
        m = _ENTRY.fullmatch(ft.rows[k].text)
        if m is None or m.group("key") != key or int(m.group("n")) != len(found) + 1:
            break
        line = ft.rows[k]
        parts = [(line.start + m.start("name"), line.start + m.end("name"))]
        rest = _REST.fullmatch(ft.rows[k + 1].text) if k + 1 < len(ft.rows) else None
        name = m.group("name")
        if (
            rest is not None
            and len(rest.group("indent")) == m.start("name")
            and (WRAP_END.search(name) or rest.group("rest")[:1].islower())
        ):
            parts.append((ft.rows[k + 1].start + rest.start("rest"), ft.rows[k + 1].start + rest.end("rest")))
            k += 1
        label = clean_label(" ".join(ft.text[a:b] for a, b in parts))
        if len(label.split()) > _MOST_WORDS or re.search(r"\d", label) or is_sentence(label, ft.vocab):
            return []
        if is_structure(label, ft.vocab):
            return []
        found.append(Candidate(parts[0][0], parts[-1][1], label, "list"))
        k += 1
    return found


def themed_groups(ft: FieldText) -> Iterator[Candidate]:
    """The fields of an event's numbered groups that a sentence says the fields are (see the module)."""
    counts = {count for count, _, _ in counted_leads(ft)}
    for row, line in enumerate(ft.rows):
        m = _ENTRY.fullmatch(line.text)
        if m is None or m.group("n") != "1" or ft.vocab.noun.fullmatch(m.group("key")):
            continue
        if not _named_in(ft, m.group("key"), row):
            continue
        found = _groups(ft, row, m.group("key"))
        if len(found) < _LEAST or counts and len(found) not in counts:
            continue
        if 2 * sum(known_codes(c.label, ft.vocab) != ("other",) for c in found) > len(found):
            yield from found
