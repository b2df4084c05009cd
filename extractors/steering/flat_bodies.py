"""A members table of bodies and the persons who represent them whose gaps a text layer flattened
into single spaces, the persons named bare (:func:`.tables.named_bare`), so the members::

    Dienststelle / Institution Vertreterin / Vertreter
    Dezernat für Bildung und Soziales Beigeordnete Dr. Lea Brandt
    (Vorsitz)
    Amt für Zuwanderung und Teil- Jonas Weber
    habe
    Ratsfraktion Freie Wähler Ratsherr Ole Brandt

A row is cut where its person starts: the shortest tail that is a name (titles before it, a given
name the list of names knows first); up to two words of an office before it stay with the body,
which tells the sector. A line that is no row is the rest of a body wrapped (three words at most)
or a chair's mark, both going with the row above. A person addressed ("Frau Lea Brandt") leaves the
table to the readers of bodies; a line of anything else ends it.
"""

from __future__ import annotations

import re

from .name_blocks import name_line
from .rules import CHAIR_MARK, MemberRules
from .tables import members_header

FlatRow = tuple[tuple[int, int, str], str, bool]  # the person (start, end, name), the body, chair
_ADDRESSED = re.compile(r"^(?:Herrn?|Frau|Hr\.|Fr\.)\s")
_INITIAL = re.compile(r"[A-ZÄÖÜ]\.")  # a letter of an abbreviation ("e. V."), no title
_WRAP_WORDS = 3
_HEADER_WORDS = 3  # words of a column word at most ("Vertreterin / Vertreter")


def _representatives_last(line: str, rules: MemberRules) -> bool:
    """Whether a flattened header ends with the representatives' column word ("… Vertreter/in")."""
    words = line.split()
    return any(rules.representative_header.fullmatch(" ".join(words[-k:])) for k in range(1, _HEADER_WORDS + 1))


def _person_tail(line: str) -> int | None:
    """Where the person ending a row starts: the first tail that is a name (its titles with it), a
    chair's mark after it, a word of the body before it at least."""
    named = CHAIR_MARK.sub("", line).rstrip()
    words = list(re.finditer(r"\S+", named))
    for m in words[1:]:
        if _INITIAL.fullmatch(m.group()) is None and m.group()[:1].isupper() and name_line(named[m.start() :]):
            return m.start()
    return None


def flat_body_rows(text: str, start: int, end: int, rules: MemberRules) -> tuple[list[FlatRow], int] | None:
    """The rows of such a table from ``start`` (the lead-in's end): its persons, bodies and chairs, and
    where it ends; None unless its header and two rows at least stand there."""
    pos = start
    lines: list[tuple[int, str]] = []
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        lines.append((pos, text[pos:stop]))
        pos = stop + 1
    k = 0
    while k < len(lines) and not lines[k][1].strip():
        k += 1
    if k >= len(lines) or re.search(r"\S(?:[ ]{2,}|\t)\S", lines[k][1]):  # its gaps kept: the table readers'
        return None
    if not (members_header(lines[k][1], rules) and _representatives_last(lines[k][1].strip(), rules)):
        return None
    rows: list[FlatRow] = []
    last = lines[k][0] + len(lines[k][1])
    for at, line in lines[k + 1 :]:
        body = line.strip(" \t\f")  # a page break inside the table goes on with it
        if not body:
            break
        lead = at + len(line) - len(line.lstrip(" \t\f"))
        cut = _person_tail(body)
        if cut is not None:
            named = CHAIR_MARK.sub("", body[cut:]).strip()
            if _ADDRESSED.search(body[:cut].split()[-1] + " "):
                return None
            rows.append(
                ((lead + cut, lead + cut + len(named), named), body[:cut].strip(), bool(CHAIR_MARK.search(body)))
            )
        elif rows and CHAIR_MARK.fullmatch(body):
            rows[-1] = (rows[-1][0], rows[-1][1], True)
        elif rows and len(body.split()) <= _WRAP_WORDS:
            rows[-1] = (rows[-1][0], f"{rows[-1][1]} {body}", rows[-1][2])
        else:
            break
        last = at + len(line)
    return (rows, last) if len(rows) >= 2 else None
