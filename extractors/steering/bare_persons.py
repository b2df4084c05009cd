"""Members named in a clause as persons alone, without an article, an honorific or an office, each
maybe with the party or body it stands for in brackets after it: "Aus dem Gemeinderat wirken Jürgen
Beispiel (CDU), Hatice Muster (SPD) und Ulrike Probe (FW) mit". The enumeration reader knows no word
of such a stretch (no organisation, office or salutation); its parts, split at commas and
conjunctions, are the members when each is a given name and one or two family names. The bracket
is the member's label, with the sector the clause names before the verb ("aus dem Gemeinderat").
Two persons at least, every part one, or none is read.
"""

from __future__ import annotations

import re

from pipeline.lang.de.closed_class import alternation

from .name_blocks import person_words
from .rules import MemberRow

MIN_PERSONS = 2
_SPLIT = re.compile(r"[ \t\n]*,[ \t\n]*|(?<!-)[ \t\n]+(?:und|sowie)[ \t\n]+")
# a part: the name, then a bracket of what it stands for ("Jürgen Beispiel (CDU)")
_PART = re.compile(r"(?P<name>[^()]+?)(?:[ \t\n]*\((?P<label>[^()\n]{1,60})\))?[ \t\n]*")


def bare_persons(text: str, start: int, end: int, label: str | None = None) -> list[MemberRow]:
    """The persons a stretch of a clause lists bare (offsets into ``text``), each with ``label`` and its
    bracket as its label; [] unless every part is a person's name and two at least are.

    >>> [(r.value, r.label) for r in bare_persons("Jürgen Weick (CDU), Hatice Aydın und Ulrike Seitz (FW)", 0, 54)]
    [('Jürgen Weick', 'CDU'), ('Hatice Aydın', None), ('Ulrike Seitz', 'FW')]
    >>> bare_persons("Jobcenter Nord (SGB II) und Caritas", 0, 35), bare_persons("Anna Beispiel", 0, 13)
    ([], [])
    """
    rows: list[MemberRow] = []
    pos = start
    for m in [*_SPLIT.finditer(text, start, end), None]:
        a, b = pos, m.start() if m else end
        pos = m.end() if m else end
        part = _PART.fullmatch(text, a, b)
        if part is None or not person_words(part["name"].split()):
            return []
        value = " ".join(part["name"].split())
        said = ", ".join(w for w in (label, part["label"]) if w) or None  # "Gemeinderat, FW"
        rows.append(MemberRow(part.start("name"), part.end("name"), value, said, method="prose"))
    return rows if len(rows) >= MIN_PERSONS else []


def bare_in_clause(text: str, regions: list[tuple[int, int]]) -> list[MemberRow]:
    """The persons one of a clause's regions (around its verb) lists bare, the sector another region
    names alone ("Aus dem Gemeinderat") their label; [] where no region does."""
    for ra, rb in regions:
        sector = next((m for a, b in regions if (a, b) != (ra, rb) and (m := _FROM_SECTOR.fullmatch(text, a, b))), None)
        if persons := bare_persons(text, ra, rb, sector["sector"] if sector else None):
            return persons
    return []


# the sector persons come from, the whole of a clause's region: "Aus dem Gemeinderat"
_FROM_SECTOR = re.compile(
    r"[ \t\n]*(?:[Aa]us|[Vv]on)[ \t\n]+(?:"
    + alternation("linking_articles")
    + r")[ \t\n]+(?P<sector>[A-ZÄÖÜ][\wäöüß-]+)[ \t\n]*"
)
