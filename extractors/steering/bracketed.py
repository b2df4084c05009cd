"""Members named in brackets after the bodies a shared count gives seats to: "Ihr gehören je zwei
Personen der Verwaltung (Amtsleiterin Anna Beispiel und der Integrationsbeauftragte Jonas Weber) sowie
je eine Person des Jobcenters Elsdorf (Lea Brandt) an". The count says how many each body sends, the
bracket whom: each person a member (an article, a possessive and up to two words of an office before
the name left out), the words between the count or the bracket before and this bracket the sector's
hint. Every bracket after the count must name persons only, else none is read.
"""

from __future__ import annotations

import re

from extractors.german import nlp
from extractors.resources import Resources
from pipeline.lang.de.closed_class import alternation
from pipeline.lang.de.names import SALUTE

from .name_blocks import name_start, person_words
from .rules import MemberRow, MemberRules

_BRACKET = re.compile(r"\(([^()]{3,200})\)")
_PARTS = re.compile(r"\s*(?:,|\bund\b|\bsowie\b)\s*")
# an article or possessive before a person's office ("die Vorsitzende", "ihr Stellvertreter")
_LEAD = re.compile(r"^(?:(?:" + alternation("linking_articles", "opening_articles") + r"|ihre?|seine?)\s+)+")


def bracketed_persons(text: str, start: int, end: int, rules: MemberRules, res: Resources) -> list[MemberRow]:
    """The persons in the brackets of a clause after its first shared count, each with the words
    before its bracket as the label; [] unless two persons at least and every bracket names persons."""
    seat = rules.shared_seats.search(text, start, end)
    if seat is None:
        return []
    lex = nlp.lexicon(res)
    rows: list[MemberRow] = []
    prev = seat.end()
    for m in _BRACKET.finditer(text, seat.end(), end):
        label = " ".join(text[prev : m.start()].split()).strip(" ,")
        pos = m.start(1)
        for part in _PARTS.split(m.group(1)):
            at = text.find(part, pos, m.end(1)) if part else -1
            pos = at + len(part) if at >= 0 else pos
            if not part.strip():
                continue
            bare = _LEAD.sub("", part)
            k = name_start(bare)
            name = bare[k:] if k is not None else ""
            if not name or any(lex.mark(w) for w in name.split()[-1:]) or at < 0:
                return []
            a = at + len(part) - len(name)
            rows.append(MemberRow(a, a + len(name), name, label or None, False, "prose"))
        prev = m.end()
    return rows if len(rows) >= 2 else []


_ADDRESSED = re.compile(rf"{SALUTE}\s+")  # the address before a person's name written out
# a body and the persons it sends in a bracket after it: "drei Mitgliedern des Kreistages (A, B und C)"
_BODY_BRACKET = re.compile(r"(?P<body>[^()]*?\S)\s*\((?P<persons>[^()]{3,200})\)\s*")


def persons_of_body(text: str, start: int, end: int, res: Resources) -> list[MemberRow]:
    """The persons a bracket after a body names, each a member with the body as the label where the member
    ``text[start:end]`` is such a body ("Jobcenter X (Manja Rietz)", "Mitgliedern des Kreistages (A, B und C)");
    [] unless every part of the bracket is a person's name alone."""
    m = _BODY_BRACKET.fullmatch(text, start, end)
    if m is None or name_start(m["body"]) is not None:
        return []  # a person with a bracket after the name ("Eva Berg (SPD)")
    lex = nlp.lexicon(res)
    rows: list[MemberRow] = []
    pos = m.start("persons")
    for part in _PARTS.split(m["persons"]):
        at = text.find(part, pos, m.end("persons")) if part else -1
        if not part.strip() or at < 0:
            return []
        pos = at + len(part)
        if (addressed := _ADDRESSED.match(part)) and person_words(part[addressed.end() :].split()):
            at, part = at + addressed.end(), part[addressed.end() :]  # "(Herr Jan Beispiel)": given name and surname
        if name_start(part, 0) != 0 or any(lex.mark(w) for w in part.split()[-1:]):
            return []
        rows.append(MemberRow(at, at + len(part), part, " ".join(m["body"].split()), False, "prose"))
    return rows
