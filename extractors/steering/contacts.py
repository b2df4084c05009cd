"""Members as a contact directory: under headings of their part in the group, each person with where they
come from after a comma, over a line of contact details::

   Leitung
   Stadträtin Dr. Henrike Vossmeyer, Dezernat 3
   henrike.vossmeyer@stadt-hildesheim.de · Tel. 05121 301-3000

   Mitglieder
   Meltem Aksoy, Vorsitzende des Beirats für Migration und Teilhabe
   beirat.migration@stadt-hildesheim.de

   Prof. Dr. Kirsten Ahlborn, Universität Hildesheim, Institut für Sozial- und
   Organisationspädagogik
   ahlborn@uni-hildesheim.de

A line of an e-mail address or a phone number closes an entry and names no member; an entry's line opens
with the person (after up to two words of an office), what follows the comma (a wrapped line with it) tells
the sector before the heading. A heading naming the chair ("Leitung", "Vorsitz") makes its persons chairs.

An export that set every line at the left margin (a PDF's text layer) keeps the same lines without their indent:
there the directory ends after the last contact line, before a line that fits no part or an entry no contact
line closes ("5. Wer unterstützt von außen?" / prose), rather than at the margin.
"""

from __future__ import annotations

import re

from .name_blocks import name_start
from .rules import CHAIR_WORD, Chair, MemberRow

# a line of contact details: an e-mail address or a phone number
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:Tel(?:efon)?\.?|Fon|Mobil)\s*:?\s*[+\d(]")
# a heading over entries: up to three capitalised words, no comma, no digit
_HEADING = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*(?:[ \t]+[\wäöüß-]+){0,2}")
_CHAIR = re.compile(CHAIR_WORD)
MIN_CONTACTS = 2


def _lines(text: str, start: int) -> tuple[list[tuple[int, int]], bool]:
    """The lines from ``start`` up to two blank lines, a page break or a line at the left margin, and whether
    they are flush left (the first line at the margin: the margin closes nothing)."""
    out: list[tuple[int, int]] = []
    flush = False
    blank = 0
    for m in re.finditer(r"[^\n]*", text[start:]):
        a, b = start + m.start(), start + m.end()
        line = text[a:b]
        if a == b and out and text[a - 1 : a] != "\n":
            continue  # the empty match after a line
        if not line.strip():
            blank += 1
            if blank > 1 and out:
                break
            continue
        if "\f" in line or out and not flush and not line[:1].isspace():
            break
        flush = flush or not out and not line[:1].isspace()
        blank = 0
        out.append((a, b))
    return out, flush


def contact_entries(text: str, start: int) -> tuple[list[MemberRow], int, Chair | None] | None:
    """The members of the directory right after ``start`` (the lead-in's end), where it ends and its chair;
    None where its lines are no such directory (fewer than two contact lines, or a line that fits no part)."""
    rows: list[MemberRow] = []
    heading: str | None = None
    entry: list[tuple[int, int]] = []
    contacts = 0
    end = start

    def close() -> bool:
        if not entry:
            return True
        a = entry[0][0]
        first = text[a : entry[0][1]].strip()
        lead = text.find(first, a)
        person, _, rest = first.partition(",")
        at = name_start(person.strip())
        if at is None:
            return False
        name = person.strip()[at:]
        origin = " ".join((rest + " " + " ".join(text[x:y].strip() for x, y in entry[1:])).split())
        chairs = heading is not None and _CHAIR.fullmatch(heading) is not None
        label = ", ".join(p for p in (origin, None if chairs else heading) if p)  # a chair's heading no sector's
        s = lead + person.index(name)
        rows.append(MemberRow(s, s + len(name), name, label or None, chairs, "list"))
        del entry[:]
        return True

    lines, flush = _lines(text, start)
    for a, b in lines:
        line = text[a:b].strip()
        if _CONTACT.search(line):
            contacts += 1
            if not close():
                return None
            end = b
            continue
        if not entry and _HEADING.fullmatch(line) and name_start(line) is None:
            heading = line
        elif entry or name_start(line.partition(",")[0].strip()) is not None:
            entry.append((a, b))
        elif flush:
            break
        else:
            return None
        if not flush:
            end = b
    if flush:
        del entry[:]  # flush left, an entry no contact line closes is the prose after the directory
    if not close() or contacts < MIN_CONTACTS or len(rows) < MIN_CONTACTS:
        return None
    chair = next((Chair(r.value, r.start, r.end, True) for r in rows if r.is_chair), None)
    return rows, end, chair
