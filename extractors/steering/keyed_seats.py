"""Members by seat, each seat's office or body a heading over indented keyed lines naming its member
and deputy, right under the group's paragraph::

   Amtsleiter Bildung, Soziales und Integration
      Mitglied:   Jörg Liebenow (leitet die Gruppe)
      Vertretung: Marion Scholz
   Jobcenter Ostprignitz-Ruppin, Teamleitung Integration
      Mitglied:   Dirk Bredereck
      Vertretung: Anja Wolter

A seat is a heading line and the keyed lines indented under it; a key is the members' column word
("Mitglied", "ordentliches Mitglied") or the deputies' ("Vertretung", "Stellvertretung"), nothing else.
The person after the members' key is the member, the heading their label (the sector's hint); a
deputy is none. A chair's mark or clause after the name ("(Vorsitz)", "(leitet die Gruppe)") makes the
chair. Two seats at least; the block ends at a blank line or any other line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.resources import Resources

from .chair_clauses import without_clause
from .rules import CHAIR_MARK, Chair, MemberRow, MemberRules
from .tables import BRACKET_AFTER, _person_at

MIN_SEATS = 2
_BLANK_LINES = 2  # blank lines between the paragraph and the first seat at most
_KEYED = re.compile(r"(?P<indent>[ \t]*)(?P<key>[^\W\d][\w. ]{0,30}?)[ \t]*:[ \t]+(?P<value>\S.*?)[ \t]*")


def _lines(text: str, pos: int) -> Iterator[tuple[int, str]]:
    while pos < len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        yield pos, text[pos:stop].replace("\f", " ")  # a page break inside the block: it goes on
        pos = stop + 1


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def keyed_seats(
    text: str, at: int, rules: MemberRules, res: Resources
) -> tuple[list[MemberRow], Chair | None, int] | None:
    """The members of the seats under the paragraph ending at ``at``, their chair and where they end; None
    unless two seats at least stand there."""
    pos = text.find("\n", at)
    if pos < 0:
        return None
    lines = _lines(text, pos + 1)
    rows: list[MemberRow] = []
    chair: Chair | None = None
    heading: tuple[int, str] | None = None
    keyed, blank, end = 0, 0, pos
    for start, line in lines:
        if not line.strip():
            if rows or heading is not None or blank >= _BLANK_LINES:
                break
            blank += 1
            continue
        m = _KEYED.fullmatch(line)
        if m is None:
            if heading is not None and not keyed:
                return None  # two headings in turn: no seat's
            heading, keyed = (_indent(line), line.strip()), 0
            continue
        if heading is None or _indent(line) < heading[0]:  # indented under it, or flush where a text layer lost it
            break
        key = m.group("key").strip()
        keyed += 1
        if rules.deputy_header.fullmatch(key):
            end = start + len(line)
            continue
        if not rules.member_header.fullmatch(key):
            return None
        value, said = without_clause(m.group("value"), res)
        marked = said or bool(CHAIR_MARK.search(value))
        name = BRACKET_AFTER.sub("", CHAIR_MARK.sub("", value)).strip()
        if _person_at(name, res, True) != 0:
            return None
        a = start + m.start("value")
        rows.append(MemberRow(a, a + len(name), name, heading[1], marked, "table"))
        if marked and chair is None:
            chair = Chair(name, a, a + len(name), True, heading[1])
        end = start + len(line)
    if len(rows) < MIN_SEATS:
        return None
    return rows, chair, end
