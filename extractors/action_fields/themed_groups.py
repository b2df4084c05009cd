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
from extractors.resources import typed

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
_MOST_COLUMNS = 4
_ROOM_TAIL = re.compile(r"\d[\d.]*[a-z]?|[A-ZÄÖÜ][a-zäöüß]+")  # after a room's word: "Raum 1.12", "Foyer Süd"
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


def _room_header(ft: FieldText, row: int) -> bool:
    """Whether a header within ``_REACH`` lines above line ``row`` ends in a column of rooms, its cells closed up to
    single words one space apart ("Zeit Programmpunkt Raum")."""
    columns = {w.casefold() for w in typed.taxonomy(ft.res).room_columns}
    for k in range(max(0, row - _REACH), row):
        cells = ft.rows[k].text.split()
        if 2 <= len(cells) <= _MOST_COLUMNS and cells[-1].casefold() in columns and all(c[0].isupper() for c in cells):
            return True
    return False


def _room_at(ft: FieldText, name: str) -> int | None:
    """Where a room's name begins at the end of a group's name that an export ran into the column of rooms: the last
    word naming a room ("Seminarraum", "Hugo-Eckener-Saal", "Foyer"), a number or one capitalised word after it at
    most ("Raum 1.12", "Foyer Süd"), a name before it; None where none ends the name."""
    tax = typed.taxonomy(ft.res)
    room = re.compile(rf"(?:\S*-)?[^\W\d_]*(?:{tax.room_heads})", tax.flags | re.IGNORECASE)
    words = list(re.finditer(r"\S+", name))
    for k in range(len(words) - 1, max(0, len(words) - 3), -1):
        after = [w.group() for w in words[k + 1 :]]
        if room.fullmatch(words[k].group()) and all(_ROOM_TAIL.fullmatch(w) for w in after):
            if k > 1 and _adjective(ft, words[k - 1].group()):  # a building's adjective: "Kleiner Saal"
                k -= 1
            return words[k].start()
    return None


def _adjective(ft: FieldText, word: str) -> bool:
    """Whether ``word`` is an adjective of a room's or a building's name ("Großer", "Neues"; the bodies' places)."""
    return any(p.id == "adjective" and re.fullmatch(p.pattern, word) for p in typed.bodies(ft.res).places)


def _name_rest(ft: FieldText, k: int, m: re.Match[str], name: str, closed: bool) -> tuple[int, int] | None:
    """The span of line ``k`` + 1 going on with the name of the group on line ``k``: set at the name's column (any
    column where the gaps are closed, the line no group's nor a time's), after a word that ends no ``name`` or in lower
    case."""
    rest = _REST.fullmatch(ft.rows[k + 1].text) if k + 1 < len(ft.rows) else None
    if rest is None or not (WRAP_END.search(name) or rest.group("rest")[:1].islower()):
        return None
    if closed and (_ENTRY.fullmatch(ft.rows[k + 1].text) or rest.group("rest")[:1].isdigit()):
        return None
    if not closed and len(rest.group("indent")) != m.start("name"):
        return None
    return ft.rows[k + 1].start + rest.start("rest"), ft.rows[k + 1].start + rest.end("rest")


def _groups(ft: FieldText, first: int, key: str, closed: bool) -> list[Candidate]:
    """The groups' names from line ``first`` on: one key, numbered from 1, a name's rest joined; where the gaps are
    ``closed``, each name's room cut off its end."""
    found: list[Candidate] = []
    k = first
    while k < len(ft.rows):
        m = _ENTRY.fullmatch(ft.rows[k].text)
        if m is None or m.group("key") != key or int(m.group("n")) != len(found) + 1:
            break
        line = ft.rows[k]
        end = m.end("name")
        if closed:
            at = _room_at(ft, m.group("name"))
            if at is None:
                return []
            end = m.start("name") + len(m.group("name")[:at].rstrip())
        parts = [(line.start + m.start("name"), line.start + end)]
        rest = _name_rest(ft, k, m, ft.text[parts[0][0] : parts[0][1]], closed)
        if rest is not None:
            parts.append(rest)
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
        closed = "  " not in line.text.strip() and _room_header(ft, row)
        found = _groups(ft, row, m.group("key"), closed)
        if len(found) < _LEAST or counts and len(found) not in counts:
            continue
        if 2 * sum(known_codes(c.label, ft.vocab) != ("other",) for c in found) > len(found):
            yield from found
