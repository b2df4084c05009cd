"""An entry of a members list by seat category whose holders stand in brackets after its seats:

    - Landratsamt: 3 Sitze (Sozialdezernent Dr. Anna Beispiel als Vorsitzende, die Leiterin
      des Sozialamts Greta Muster, der Integrationsbeauftragte Ali Demir);
    - Liga der Wohlfahrtspflege: 1 Sitz (Caritasverband Musterkreis);

The members are the persons the brackets name, each with the words before their name (their office)
or else the category as the label their sector is read from; a bracket naming no person names one
organisation. An entry without brackets is left to the list's other readers."""

from __future__ import annotations

import re

from extractors.german import enumerations
from extractors.resources import Resources
from pipeline.lang.de.closed_class import alternation
from pipeline.lang.de.names import is_first_name

from .name_blocks import NAME_WORD
from .rules import AS_CHAIR, Chair, MemberRow

# "Kreistag: 5 Sitze, je ein Sitz für … (A, B)": a category, a colon, its seats, brackets closing the entry
_SEATED = re.compile(
    r"[ \t]*(?P<category>[^\W\d][^:\n()]{1,60}?)[ \t]*:[ \t]*(?P<n>\d{1,2})[ \t]+(?:Sitze?|Plätze|Platz)\b"
    r"[^()]*\((?P<inner>[^()]{3,600})\)[ \t.,;]*",
    re.S,
)
# a person: titles, a given name, a family name (hyphenated, of any alphabet)
_PERSON = re.compile(r"(?:(?:Dr\.|Prof\.)[ \t\n]*)*(?P<given>[A-ZÄÖÜ][\w-]+)[ \t\n]+(?P<family>\S+?)(?=[\s,;)]|$)")
_OPENING = re.compile(
    r"^(?:(?:" + alternation("conjunctions", "linking_articles", "opening_articles") + r")\b[ \t\n]*)+", re.I
)
_AS_CHAIR_AFTER = re.compile(r"[ \t\n]+als[ \t\n]+(?:Vorsitz|Vorsitzende[rn]?)\b")


def _persons(inner: str) -> list[re.Match[str]]:
    """The persons a bracket names, tried at every word (a capitalised word before a name is no given name)."""
    out: list[re.Match[str]] = []
    for word in re.finditer(r"(?<!\S)\S", inner):
        if out and word.start() < out[-1].end():
            continue
        p = _PERSON.match(inner, word.start())
        if p is not None and is_first_name(p["given"]) and NAME_WORD.fullmatch(p["family"]):
            out.append(p)
    return out


def seat_holders(rows: list[MemberRow], text: str, start: int, end: int, res: Resources) -> tuple[bool, Chair | None]:
    """Read the entry ``text[start:end]`` when it is of the form: whether it was, and the chair it marks."""
    m = _SEATED.fullmatch(text, start, end)
    if m is None:
        return False, None
    category = " ".join(m["category"].split())
    inner_at, inner = m.start("inner"), m["inner"]
    chair: Chair | None = None
    found = 0
    prev = 0
    for p in _persons(inner):
        office = _OPENING.sub("", inner[prev : p.start()].rsplit(",", 1)[-1].strip()).strip()
        value = " ".join(p.group().split())
        marked = _AS_CHAIR_AFTER.match(inner, p.end()) is not None
        row = MemberRow(inner_at + p.start(), inner_at + p.end(), value, office or category, marked, "list")
        rows.append(row)
        if marked and chair is None:
            chair = Chair(value, row.start, row.end, True, office or None)
        found, prev = found + 1, p.end()
    if found:
        return True, chair
    body = re.sub(r"\s+", " ", inner).strip(" ,;")
    if "," in body or AS_CHAIR.search(body):
        return False, None
    name = enumerations.nominative(body, res).name
    if not name:
        return False, None
    at = inner_at + len(inner) - len(inner.lstrip())
    rows.append(MemberRow(at, at + len(inner.strip()), name, category, False, "list"))
    return True, None
