"""Members in a lead-in's run-on list of parts, each opening with a preposition and saying where its
persons come from, the parts apart by commas::

    Dem Beirat gehören weiter an:
      aus dem Kreistag je ein Mitglied der Fraktionen (SPD: Kreisrätin Anna Beispiel;
      FDP: Kreisrat Jonas Weber),
      aus der Verwaltung: Amtsleiterin Lea Brandt, Sozialplaner Ole Muster,
      von den Verbänden: Frau Greta Roth (Diakonie Nord) und Herr Kemal Aydın (AWO).

A part names its persons after a colon (read as a list entry, :func:`items.list_item`) or in a
bracket after its words, one person a party's or body's label ("SPD: Kreisrätin Anna Beispiel";
the label and the part's words tell the sector). Two parts at least, each opening with a
preposition; a part naming no person makes it no such list (the rules for bodies read it then).
"""

from __future__ import annotations

import re

from extractors.resources import Resources
from pipeline.lang.de.closed_class import alternation
from pipeline.lang.de.names import ADDRESS

from .apart import apart
from .items import list_item
from .name_blocks import name_start, office_left_out
from .rules import Chair, MemberRow

# a part's opening: a preposition (or a contraction) and a word after it
_OPENING = re.compile(r"(?:" + alternation("prepositions", "contractions") + r")[ \t\n]+\S")
# a person of a bracket's item after its label ("SPD: Kreisrätin Anna Beispiel")
_LABELLED_PERSON = re.compile(r"\s*(?P<label>[^:;()]{1,40}?)\s*:\s*(?P<person>[^:;()]+?)\s*")
_SALUTATION = re.compile(rf"{ADDRESS}\s+")
MIN_PARTS = 2


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of ``text[start:end]`` apart by commas outside brackets before a preposition."""

    def cut(k: int) -> int | None:
        return k + 1 if text[k] == "," and _OPENING.match(text, k + 1 + _spaces(text, k + 1, end)) else None

    parts: list[tuple[int, int]] = []
    for a, k in apart(text, start, end, cut):
        lead = _spaces(text, a, k)
        part = text[a + lead : k].rstrip(" \t\n.")
        if part:
            parts.append((a + lead, a + lead + len(part)))
    return parts


def _spaces(text: str, at: int, end: int) -> int:
    n = 0
    while at + n < end and text[at + n] in " \t\n":
        n += 1
    return n


def _bracket_persons(text: str, start: int, end: int) -> list[MemberRow] | None:
    """The persons of a part whose bracket lists them one a label ("… der Fraktionen (SPD: Kreisrätin
    Anna Beispiel; FDP: Kreisrat Jonas Weber)"), the label and the part's words before the bracket
    their label; None when the part has no such bracket or one of its items names no person."""
    raw = text[start:end]
    open_at = raw.find("(")
    if open_at < 0 or not raw.rstrip().endswith(")") or ":" in raw[:open_at]:
        return None
    words = " ".join(raw[:open_at].split())
    rows: list[MemberRow] = []
    at = start + open_at + 1
    for item in text[at : start + len(raw.rstrip()) - 1].split(";"):
        m = _LABELLED_PERSON.fullmatch(item)
        person = m["person"] if m else ""
        salute = _SALUTATION.match(person)
        name = person[salute.end() :] if salute else person
        if m is None or name_start(" ".join(name.split())) is None:
            return None
        a = at + m.start("person") + (salute.end() if salute else 0)
        row = MemberRow(a, at + m.end("person"), " ".join(name.split()), f"{m['label']}, {words}", method="list")
        office_left_out(row, text)  # "Kreisrätin Anna Beispiel": the person
        rows.append(row)
        at += len(item) + 1
    return rows


def prepositional_parts(
    rows: list[MemberRow], text: str, start: int, end: int, res: Resources
) -> tuple[int, Chair | None] | None:
    """The members of a run-on list of prepositional parts from ``start`` (right after the lead-in's
    colon) to ``end`` (the sentence's end), added to ``rows``: where the list ends and its chair; None
    when it is no such list."""
    parts = _parts(text, start, end)
    if len(parts) < MIN_PARTS or not all(_OPENING.match(text, a) for a, _ in parts):
        return None
    read: list[MemberRow] = []
    chair = None
    for a, b in parts:
        persons = _bracket_persons(text, a, b)
        if persons is not None:
            read.extend(persons)
            continue
        before = len(read)
        chair = list_item(read, text, a, b, None, res) or chair
        if len(read) == before or any(name_start(r.value) is None for r in read[before:]):
            return None  # a part naming a body, or nothing: no list of persons
        for r in read[before:]:
            office_left_out(r, text)  # "Amtsleiterin Lea Brandt": the person
    rows.extend(read)
    return parts[-1][1], chair
