"""Members in numbered clauses after a lead-in's colon, each naming the side a person sits for, then the
persons, their offices before their names and maybe their deputies in brackets::

    In die Steuerungsgruppe werden entsandt:
    2.1  für die Verwaltung: die Erste Beigeordnete Dr. Anna Beispiel (Vorsitz) und
         der Leiter des Sozialamts Jonas Weber,
    2.2  für den Rat: Ratsmitglied Eva Berg (SPD; persönliche Vertretung: Ratsmitglied Ole Lind),
    2.3  für das Jobcenter: Ida Muster.

A clause opens a line with its number ("2.1", "a)") and "für"; the words up to the clause's colon name the
side (the members' label), its persons are parted by "und" or "sowie". A person is the name closing a part:
a known first name and one or two name words, the titles before it with it, the words before them their
office (the label's first part). A bracket naming a deputy names no member; one naming the chair marks the
person before it as the chair; any other (a party) is no part of the name. Two clauses at least, each naming
a person, make the form: a clause naming none (a body alone) leaves the list to the other readers.
"""

from __future__ import annotations

import re

from pipeline.lang.de.closed_class import alternation
from pipeline.lang.de.names import TITLE

from .name_blocks import NAME_WORD, is_first_name
from .rules import CHAIR_WORD, MemberRow

MIN_CLAUSES = 2
# a clause's number opening a line (or the list), then "für"
_CLAUSE = re.compile(r"(?:\A|\n)[ \t]*(?:\d{1,2}(?:\.\d{1,2})+\.?|[a-z]\))[ \t]+für\s+")
_BRACKET = re.compile(r"\([^()]*\)")
_CHAIR = re.compile(rf"\(\s*{CHAIR_WORD}\s*\)")
_AND = re.compile(r"\s+(?:und|sowie)\s+")
_ARTICLE = re.compile(rf"(?:{alternation('linking_articles', 'opening_articles')})\s+")
_WORD = re.compile(r"[^\s,;()]+")
_TITLED = re.compile(TITLE)


def numbered_for(text: str, start: int, end: int) -> list[MemberRow]:
    """The persons of such a list from ``start`` (right after the lead-in's colon) to ``end`` (before its
    full stop); none unless it is one."""
    region = text[start:end]
    opens = list(_CLAUSE.finditer(region))
    if len(opens) < MIN_CLAUSES or region[: opens[0].start()].strip():
        return []
    rows: list[MemberRow] = []
    for k, m in enumerate(opens):
        stop = opens[k + 1].start() if k + 1 < len(opens) else len(region)
        found = _clause(region, m.end(), stop, start)
        if not found:
            return []
        rows += found
    return rows


def _clause(region: str, a: int, b: int, base: int) -> list[MemberRow]:
    """The persons of one clause "für <side>: <person> [und <person>]"."""
    colon = region.find(":", a, b)
    if colon < 0 or "(" in region[a:colon]:
        return []
    side = " ".join(_ARTICLE.sub("", region[a:colon].strip(), count=1).split())
    # brackets blanked, offsets kept; the chair's noted where it stands
    chairs = [m.start() for m in _CHAIR.finditer(region, colon, b)]
    bare = _BRACKET.sub(lambda m: " " * len(m.group()), region[:b])
    if "(" in bare[colon:b] or ")" in bare[colon:b]:
        return []
    rows: list[MemberRow] = []
    pos = colon + 1
    stop = len(bare[:b].rstrip(" \t\n,;"))
    for part in [*_AND.finditer(bare, pos, stop), None]:
        end = part.start() if part else stop
        row = _person(bare, pos, end, side, base)
        if row is None:
            return []
        row.is_chair = any(row.end - base <= c < (part.end() if part else b) for c in chairs)
        rows.append(row)
        pos = part.end() if part else stop
    return rows


def _person(bare: str, a: int, b: int, side: str, base: int) -> MemberRow | None:
    """The person closing the part ``a``–``b``: a known first name and one or two name words, the titles
    before it with it, the words before them the office."""
    words = list(_WORD.finditer(bare, a, b))
    if not words or bare[words[-1].end() : b].strip():
        return None
    given = next(
        (
            k
            for k in range(max(0, len(words) - 3), len(words) - 1)
            if is_first_name(words[k].group()) and all(NAME_WORD.fullmatch(w.group()) for w in words[k + 1 :])
        ),
        None,
    )
    if given is None:
        return None
    first = given
    while first > 0 and _TITLED.fullmatch(words[first - 1].group()):
        first -= 1
    office = " ".join(_ARTICLE.sub("", bare[a : words[first].start()].strip(), count=1).split())
    if "," in office or ";" in office:
        return None
    value = " ".join(bare[words[first].start() : words[-1].end()].split())
    label = f"{office}, {side}" if office else side
    return MemberRow(base + words[first].start(), base + words[-1].end(), value, label, False, "prose")
