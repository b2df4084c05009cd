"""The chair named by an office whose holder a members table names under it::

    Den Vorsitz führt die Erste Stadträtin.

    Magistrat        –            Erste Stadträtin       Stadtrat
                                  Annette Vaupel         Klaus Röse

The office the chair's sentence names stands over the person's name in that person's cell (the line
above, at the name's column) or right before it on its line: the person holds it and chairs; the
office is no member of its own.
"""

from __future__ import annotations

import re

from extractors.german import nlp
from extractors.resources import Resources
from pipeline.lang.de.names import is_first_name

from .rules import Chair, MemberRow

_SLACK = 2  # characters the office may stand beside the name's column


def _words(text: str) -> str:
    return " ".join(text.split()).casefold()


def office_over(text: str, row: MemberRow, office: str) -> bool:
    """Whether ``office`` stands over ``row``'s name in its cell or right before it on its line."""
    line_start = text.rfind("\n", 0, row.start) + 1
    before = text[line_start : row.start]
    if _words(before).endswith(_words(office)) and (
        len(before) == len(before.rstrip()) + 1 or not before.strip()[: -len(office)].strip()
    ):
        return True
    if before.strip():
        return False
    above_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    above = text[above_start : max(line_start - 1, above_start)]
    col = row.start - line_start
    cell = above[max(col - _SLACK, 0) :]
    if above[max(col - _SLACK, 0) : col].strip():
        return False  # a word of the line above runs into the name's column: another cell's
    found = re.match(r"\s*(\S+(?:\s\S+)*)", cell)
    return found is not None and _words(found.group(1)) == _words(office)


def office_holder(rows: list[MemberRow], chair: Chair | None, text: str) -> Chair | None:
    """The chair as the person of the table's row whose cell names the chair's words over the name (an
    office, though the chair's sentence may have read it as a name: no name stands over another in a
    cell), that row marked; ``chair`` otherwise."""
    if chair is None or not chair.value.strip():
        return chair
    if any(_words(r.value) == _words(chair.value) for r in rows):
        return chair  # the chair is a row's person: the name over the next row's is that person's, no office
    held = [r for r in rows if r.method == "table" and office_over(text, r, chair.value)]
    if len(held) != 1:
        return chair
    held[0].is_chair = True
    return Chair(held[0].value, held[0].start, held[0].end, True, chair.value)


def office_alone(value: str, res: Resources) -> bool:
    """Whether a chair's two capitalised words are an office after a word that is no given name ("Erste
    Stadträtin", "Zweiter Bürgermeister"), not a person's given and family name."""
    words = value.split()
    head = nlp.lexicon(res).head(words[-1]) if len(words) == 2 else None
    return head is not None and head.label == "OFFICE" and not is_first_name(words[0])
