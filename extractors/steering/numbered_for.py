"""Members in numbered clauses after a lead-in's colon, each naming the side a person sits for, then the
persons, their offices before their names and maybe their deputies in brackets::

    In die Steuerungsgruppe werden entsandt:
    2.1  für die Verwaltung: die Erste Beigeordnete Dr. Anna Beispiel (Vorsitz) und
         der Leiter des Sozialamts Jonas Weber,
    2.2  für den Rat: Ratsmitglied Eva Berg (SPD; persönliche Vertretung: Ratsmitglied Ole Lind),
    2.3  für das Jobcenter: Ida Muster.

A clause opens a line with its number ("2.1", "a)") and "für"; the words up to the clause's colon name the
side (the members' label), its persons are parted by "und" or "sowie" ("und" inside an office before a
person joins the office: "der Leiter Soziales und Integration, Herr …"). A person is the name closing a part:
a known first name and one or two name words, the titles before it with it, the words before them their
office (the label's first part), a salutation after a comma before the name left out ("die Beigeordnete, Frau
Dr. …"); a few words after the name and a comma are an office too ("Herr …, Migrationsberatung"). A clause
opening with the chair's word ("2.1  als Vorsitzende: …") names the chair. A bracket naming a deputy names no
member, nor does a deputy after "vertreten durch" closing the clause; a bracket naming the chair marks the
person before it as the chair; any other (a party) is no part of the name. Two clauses at least, each naming
a person, make the form: a clause naming none (a body alone) leaves the list to the other readers. The
clauses may stand apart under their lead-in, a blank line between (:func:`numbered_after`)::

    In den Lenkungskreis werden berufen:

    2.1  als Vorsitzende: die Beigeordnete, Frau Dr. Anna Beispiel
    2.2  für die Fraktion SPD: Ratsmitglied Eva Berg,
         vertreten durch Ratsmitglied Ole Lind
"""

from __future__ import annotations

import re

from pipeline.lang.de.closed_class import alternation
from pipeline.lang.de.names import ADDRESS, TITLE

from .name_blocks import NAME_WORD, is_first_name
from .rules import CHAIR_WORD, Chair, MemberRow

MIN_CLAUSES = 2
# a clause's number opening a line (or the list), then "für"
_CLAUSE = re.compile(
    rf"(?:\A|\n)[ \t]*(?:\d{{1,2}}(?:\.\d{{1,2}})+\.?|[a-z]\))[ \t]+(?:für\s+|(?P<chair>als[ \t]+{CHAIR_WORD}[ \t]*:))"
)
_BRACKET = re.compile(r"\([^()]*\)")
_CHAIR = re.compile(rf"\(\s*{CHAIR_WORD}\s*\)")
_AND = re.compile(r"\s+(?:und|sowie)\s+")
_ARTICLE = re.compile(rf"(?:{alternation('linking_articles', 'opening_articles')})\s+")
_WORD = re.compile(r"[^\s,;()]+")
_TITLED = re.compile(TITLE)
_SALUTED = re.compile(rf"{ADDRESS}")
# the deputy a clause names after its person, to the clause's end ("…, vertreten durch Stadtverordneten Ole Lind")
_DEPUTY_AFTER = re.compile(r",?\s+vertreten\s+durch\s")
_GAP = re.compile(r"[ \t]*\n[ \t]*\n(?=[ \t]*\S)")  # a blank line after a lead-in, the list after it
_BLOCK_END = re.compile(r"\n[ \t]*(?:\n|\Z)")  # a blank line (or the text's end) after a block
_OFFICE_AFTER_WORDS = 4  # words of an office after a person's name and a comma at most ("…, Migrationsberatung")


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
        found = _clause(region, m.end() - 1 if m["chair"] else m.end(), stop, start)
        if not found:
            return []
        found[0].is_chair = found[0].is_chair or bool(m["chair"])  # "2.1  als Vorsitzende: …"
        rows += found
    return rows


def numbered_after(text: str, at: int) -> tuple[list[MemberRow], Chair | None, int] | None:
    """The persons of such a list set apart under a lead-in closing with its colon at ``at``, a blank line
    between (the block of lines up to the next blank line), its chair and where it ends."""
    gap = _GAP.match(text, at)
    if gap is None:
        return None
    found = _BLOCK_END.search(text, gap.end())
    end = found.start() if found else len(text)
    rows = numbered_for(text, at, end)
    if not rows:
        return None
    chair = next((Chair(r.value, r.start, r.end, True) for r in rows if r.is_chair), None)
    return rows, chair, end


def _clause(region: str, a: int, b: int, base: int) -> list[MemberRow]:
    """The persons of one clause "für <side>: <person> [und <person>]"."""
    colon = region.find(":", a, b)
    if colon < 0 or "(" in region[a:colon]:
        return []
    side = " ".join(_ARTICLE.sub("", region[a:colon].strip(), count=1).split())
    # brackets blanked, offsets kept; the chair's noted where it stands
    chairs = [m.start() for m in _CHAIR.finditer(region, colon, b)]
    deputy = _DEPUTY_AFTER.search(region, colon, b)
    if deputy is not None:  # the deputy after the person, to the clause's end: no member
        b = deputy.start()
    bare = _BRACKET.sub(lambda m: " " * len(m.group()), region[:b])
    if "(" in bare[colon:b] or ")" in bare[colon:b]:
        return []
    rows: list[MemberRow] = []
    pos = colon + 1
    stop = len(bare[:b].rstrip(" \t\n,;"))
    for part in [*_AND.finditer(bare, pos, stop), None]:
        end = part.start() if part else stop
        row = _person(bare, pos, end, side, base) or _person_office(bare, pos, end, side, base)
        if row is None and part is not None:
            continue  # "der Leiter für Soziales und Integration, Herr …": "und" inside the office
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
    before = bare[a : words[first].start()].rstrip()
    if first > 0 and _SALUTED.fullmatch(words[first - 1].group()):  # "…, Frau Dr. Lea Brandt": no office word
        before = bare[a : words[first - 1].start()].rstrip().rstrip(",")
    office = " ".join(_ARTICLE.sub("", before.strip(), count=1).split())
    if "," in office or ";" in office:
        return None
    value = " ".join(bare[words[first].start() : words[-1].end()].split())
    if "," in value:  # "Jonas Weber, Migrationsberatung": an office after the name (:func:`_person_office`)
        return None
    label = ", ".join(x for x in (office, side) if x)
    return MemberRow(base + words[first].start(), base + words[-1].end(), value, label, False, "prose")


def _person_office(bare: str, a: int, b: int, side: str, base: int) -> MemberRow | None:
    """The person of a part whose name an office or body follows after a comma ("Herr Jonas Weber,
    Migrationsberatung"): the person before the first comma, the words after it (a few) the label's first part."""
    comma = bare.find(",", a, b)
    after = bare[comma + 1 : b].split() if comma >= 0 else []
    if not after or len(after) > _OFFICE_AFTER_WORDS or any(ch.isdigit() for ch in bare[comma:b]):
        return None
    row = _person(bare, a, comma, side, base)
    if row is not None:
        row.label = f"{' '.join(after)}, {row.label}"
    return row
