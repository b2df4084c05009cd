"""Which reading of an export that sets a blank line after nearly every line stands.

Such an export (a box a line) parts a table's rows, and the lines of a row, by blank lines; the Beratungsfolge
is read again with them closed up (:meth:`pipeline.structure.View.closed`), and that reading stands where it
gives the evidence as the document sets it: it dates more meetings; or as many with fewer records and none
undated more (a moved meeting's date, "auf 16.02.2027", set apart from its row by a blank line is the row's, no
row of its own); or it reads the same meetings and tells more of them, their roles and statuses (a row's cell
wrapped onto the line under it: "… Vorberatung" / "" / "│ (öffentlich)") or their names' wrapped rests (a
row's last cell set by the export on a line of its own, the blank line after it, then the name's rest:
"2 Ausschuss für Ordnung, Sicherheit … V" / "ö" / "" / "und Soziales")."""

from __future__ import annotations

from pipeline.records import Consultation

from .vocab import squash


def closed_stands(other: list[Consultation], found: list[Consultation]) -> bool:
    """Whether ``other``, the reading with the blank lines closed up, stands for ``found``."""
    same = _dated(other) == _dated(found) and len(other) < len(found) and _undated(other) < _undated(found)
    return _dated(other) > _dated(found) or same or _told_more(other, found) or _names_go_on(other, found)


def _told_more(other: list[Consultation], found: list[Consultation]) -> bool:
    """Whether ``other`` reads the same meetings as ``found`` with more of their roles and statuses and none
    told otherwise."""
    mine = {(squash(r.body), r.meeting_date): r for r in found}
    theirs = {(squash(r.body), r.meeting_date): r for r in other}
    if not mine or mine.keys() != theirs.keys() or len(mine) != len(found) or len(theirs) != len(other):
        return False
    pairs = [(mine[k], theirs[k]) for k in mine]
    if any(_told_otherwise(a, b) for a, b in pairs):
        return False
    return any((a.role is None and b.role) or (a.public is None and b.public is not None) for a, b in pairs)


def _names_go_on(other: list[Consultation], found: list[Consultation]) -> bool:
    """Whether ``other`` reads the same dated meetings as ``found``, one record each, the same names or names
    going on with a rest after them, at least one, and no role or status told otherwise."""
    mine = {r.meeting_date: r for r in found}
    theirs = {r.meeting_date: r for r in other}
    if not mine or None in mine or mine.keys() != theirs.keys() or len(mine) != len(found) or len(theirs) != len(other):
        return False
    pairs = [(mine[k], theirs[k]) for k in mine]
    if any(_told_otherwise(a, b) or not (b.body + " ").startswith(a.body + " ") for a, b in pairs):
        return False
    return any(b.body != a.body for a, b in pairs)


def _told_otherwise(a: Consultation, b: Consultation) -> bool:
    return a.role not in (None, b.role) or a.public not in (None, b.public)


def _undated(found: list[Consultation]) -> int:
    """How many records name no date."""
    return sum(1 for r in found if r.meeting_date is None)


def _dated(found: list[Consultation]) -> int:
    """How many dates the records name: a reading with a row more on a date already read (a column's
    word taken for a body) dates no more meetings."""
    return len({r.meeting_date for r in found if r.meeting_date is not None})
