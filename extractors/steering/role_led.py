"""A members table whose persons' names follow a role column ("Funktion | Name | Institution", "Nr. |
Rolle | Name | Einrichtung"): the members are the persons, the institution each comes from tells
the sector, and the role cell marks the chair ("Vorsitz"). An office set over the name in its cell
("Bürgermeisterin" / "Dr. Anna Beispiel") is no part of the name."""

from __future__ import annotations

from collections.abc import Sequence

from .name_blocks import name_start
from .rules import MemberRules
from .tables import NAME_HEADER

Cell = tuple[int, int, str]

# words of an office before a name in its cell: one or two, capitalised or abbreviated ("stellv.")
_OFFICE_WORDS = 2


def role_led(
    header: Sequence[str], cells: list[Cell], column: int | None, rules: MemberRules
) -> tuple[list[Cell], int | None]:
    """The row's cells and its member column: in a table of persons led by role columns, the name
    column (where the cell gives a person's full name), the role cells moved after the others so
    that the institution's cell is the first to tell the sector; else the row and ``column``."""
    k = next((i for i, h in enumerate(header) if NAME_HEADER.fullmatch(h)), None)
    if not k or k >= len(cells) or len(cells) != len(header):
        return cells, column
    if any(rules.org_header.match(h) or not rules.person_header.match(h) for h in header[:k]):
        return cells, column  # an institution before the names, or a column of no person's
    if not any(rules.org_header.match(h) for h in header[k + 1 :]):
        return cells, column
    a, b, cell = cells[k]
    at = name_start(cell, _OFFICE_WORDS)
    if at is None:
        return cells, column
    rest = [c for j, c in enumerate(cells) if j > k]
    return [(a + at, b, cell[at:]), *rest, *cells[:k]], 0
