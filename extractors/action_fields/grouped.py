"""Fields named by the working groups a lead ties one to each field: part of the ``list`` family.

    2. Handlungsfelder und Facharbeitsgruppen
    Das Konzept wird in fünf Handlungsfeldern erarbeitet. Zu jedem Handlungsfeld tagt eine
    Facharbeitsgruppe, die offen für alle Träger ist und Ziele und Maßnahmen vorschlägt:

      AG 1   Spracherwerb und Bildung
             Sprecherin: Dr. Ulrike Marquardt, Kreisvolkshochschule
      AG 2   Arbeit, Ausbildung und Fachkräftesicherung
             Sprecher: Henning Rautenberg, Jobcenter

The lead is a sentence that gives a group to each field: a distributive word right before the singular
field noun ("jedem Handlungsfeld", "je Handlungsfeld") and a group's noun ("Facharbeitsgruppe",
"Arbeitskreis") in the same sentence; its paragraph ends in a colon at a line's end. Under it, each group
opens a line with its key, one word (the group's noun or its abbreviation) and its number, the numbers
counting up from 1, and its name after it; the lines between two groups (their speakers, their offices,
set flush where a PDF's text lost the indent) are passed over. Three groups at least, one key word for all.
A list of groups without such a lead ("AG 1 Öffentlichkeitsarbeit" in a plan of a project's work) names
no fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.resources import typed

from .text import Candidate, FieldText, is_sentence, label_of
from .vocab import is_structure

_LEAST = 3
_BETWEEN = 4  # lines at most between two groups' lines (their speakers and offices)
_LEAD_LINES = 6  # lines at most from the field noun to the colon ending the lead
# a group's line: its key word, its number, a sign or a gap, its name
_ENTRY = re.compile(
    r"[ \t]*(?P<key>[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]{1,30})[ \t]+(?P<number>\d{1,2})(?:[ \t]*[:.)–-])?[ \t]+"
    r"(?P<name>[A-ZÄÖÜ„\"»][^\n]*?)[ \t]*$"
)
_ABBREVIATION = re.compile(r"[A-ZÄÖÜ]{2,4}")
_COLUMN = re.compile(r"[ \t]{3,}|\t")  # a gap before another column on the group's line
_SENTENCE_END = re.compile(r"[.!?](?=\s)|:[ \t]*(?=\n|$)")


def grouped_fields(ft: FieldText) -> Iterator[Candidate]:
    """The names of the groups under each lead that ties a group to each field."""
    each = {w.casefold() for w in typed.taxonomy(ft.res).distributives}
    done = -1
    for noun in ft.nouns:
        if noun.start() <= done or not ft.vocab.singular.fullmatch(noun.group(0)):
            continue
        before = ft.text[max(0, noun.start() - 20) : noun.start()].split()
        if not before or before[-1].casefold() not in each:
            continue
        colon = _lead_end(ft, noun.start(), noun.end())
        if colon is None:
            continue
        found = _groups(ft, ft.row_at(colon) + 1)
        if len(found) >= _LEAST:
            done = found[-1].end
            yield from found


def _lead_end(ft: FieldText, start: int, end: int) -> int | None:
    """The colon ending the lead paragraph of the field noun at ``start:end``, where the noun's sentence
    names a group: the sentence's end is that colon, or the colon ends the sentence after it."""
    opening = max((m.end() for m in _SENTENCE_END.finditer(ft.text, max(0, start - 300), start)), default=0)
    opening = max(opening, ft.text.rfind("\n\n", 0, start) + 1)
    first = _SENTENCE_END.search(ft.text, end)
    if first is None or ft.vocab.groups.search(ft.text, opening, first.start()) is None:
        return None
    ends = [first]
    if not first.group(0).startswith(":"):
        second = _SENTENCE_END.search(ft.text, first.end())
        ends += [second] if second is not None else []
    colon = next((m for m in ends if m.group(0).startswith(":")), None)
    if colon is None or "\n\n" in ft.text[start : colon.start()]:
        return None
    if ft.row_at(colon.start()) - ft.row_at(start) > _LEAD_LINES:
        return None
    return colon.start()


def _groups(ft: FieldText, k: int) -> list[Candidate]:
    """The groups' names from line ``k`` on (a blank line before the first allowed): numbered from 1 on,
    one key word, at most a few other lines between two of them."""
    first = ft.next_filled(k, 2)
    if first is None:
        return []
    out: list[Candidate] = []
    key = ""
    i, since = first, 0
    while i < len(ft.rows) and since <= _BETWEEN:
        line = ft.rows[i]
        m = _ENTRY.match(line.text)
        if m is not None and int(m.group("number")) == len(out) + 1 and (not out or m.group("key") == key):
            if not out and not _group_key(ft, m.group("key")):
                return []
            key = m.group("key")
            cand = _name(ft, line.start, m)
            if cand is None:
                return []
            out.append(cand)
            since = 0
        elif not out:
            return []
        else:
            since += 1
        i += 1
    return out


def _group_key(ft: FieldText, key: str) -> bool:
    """Whether ``key`` names a group: a group's noun or an abbreviation, not the field noun itself."""
    if ft.vocab.singular.fullmatch(key) or ft.vocab.noun.fullmatch(key):
        return False
    return _ABBREVIATION.fullmatch(key) is not None or ft.vocab.groups.fullmatch(key) is not None


def _name(ft: FieldText, at: int, m: re.Match[str]) -> Candidate | None:
    """The field the group's line names, up to a gap before another column."""
    raw = m.group("name")
    gap = _COLUMN.search(raw)
    raw = raw[: gap.start()] if gap else raw
    label = label_of(raw)
    if not label or len(label.split()) > 8 or is_sentence(label, ft.vocab) or is_structure(label, ft.vocab):
        return None
    start = at + m.start("name")
    return Candidate(start, start + len(raw.rstrip()), label, "list")  # a group's number need not be its field's
