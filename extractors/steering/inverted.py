"""A person's name set surname first in a persons' cell ("Becker, Anna", "Dr. Weber, Jonas (Vors.)"),
as a table headed "Name, Vorname" sets its names: turned into the natural order ("Anna Becker",
"Dr. Jonas Weber (Vors.)"). A comma parts two capitalised name words, the one before it no given
name (where the column's header sets the surname first, any name word) and the one after it
one by the list of given names, so "Weber, Sozialamt" and "Anna, Jonas"
stay as they stand; titles before the surname or after the comma ("Ahmadi, Dr. Nasrin") go before the
given name, a bracket after it stays.
"""

from __future__ import annotations

import re

from pipeline.lang.de.names import TITLE, is_first_name

from .name_blocks import NAME_WORD

_INVERTED = re.compile(
    rf"(?P<titles>(?:{TITLE}[ \t]+)*)(?P<surname>\S+)[ \t]*,[ \t]*(?P<after>(?:{TITLE}[ \t]+)*)"
    r"(?P<given>[^\s(]+(?:[ \t]+[^\s(]+)?)"
    r"(?P<rest>[ \t]*\([^()]*\))?"
)


def natural_order(cell: str, column_inverted: bool = False) -> str:
    """The cell's name in the natural order where it stands surname first, else the cell; in a column
    headed so (``column_inverted``) a surname the list of given names also holds will do ("Aslan").

    >>> natural_order("Dr. Weber, Jonas (Vors.)"), natural_order("Weber, Sozialamt"), natural_order("Anna Lind")
    ('Dr. Jonas Weber (Vors.)', 'Weber, Sozialamt', 'Anna Lind')
    >>> natural_order("Weber, Dr. Jonas")
    'Dr. Jonas Weber'

    """
    m = _INVERTED.fullmatch(cell.strip())
    if m is None:
        return cell
    surname, given = m["surname"], m["given"].split()
    if (
        not NAME_WORD.fullmatch(surname)
        or (is_first_name(surname) and not column_inverted)
        or not is_first_name(given[0])
        or not all(NAME_WORD.fullmatch(w) for w in given)
    ):
        return cell
    return f"{m['titles']}{m['after']}{' '.join(given)} {surname}{m['rest'] or ''}"
