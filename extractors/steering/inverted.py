"""A person's name set surname first in a persons' cell ("Becker, Anna", "Dr. Weber, Jonas (Vors.)"),
as a table headed "Name, Vorname" sets its names: turned into the natural order ("Anna Becker",
"Dr. Jonas Weber (Vors.)"). A comma parts two capitalised name words, the one before it no given
name (where the column's header sets the surname first, any name word) and the one after it
one by the list of given names, so "Weber, Sozialamt" and "Anna, Jonas"
stay as they stand; titles before the surname or after the comma ("Ahmadi, Dr. Nasrin") go before the
given name, a bracket after it stays.
A run-in list may set every member so, parted by semicolons ("Mitglieder: Berg, Anna (Caritas);
Weber, Jonas (Sozialamt); …"): where half its given names at least are known ones, each part of
that form names a person (:func:`inverted_series`).
"""

from __future__ import annotations

import re

from pipeline.lang.de.names import TITLE, is_first_name

from .name_blocks import NAME_WORD
from .rules import CHAIR_WORD, MemberRow

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
    m = _turned(cell, column_inverted)
    if m is None:
        return cell
    return f"{m['titles']}{m['after']}{' '.join(m['given'].split())} {m['surname']}{m['rest'] or ''}"


def inverted_name(cell: str, known: bool = True) -> tuple[str, str | None] | None:
    """The person a cell names surname first, in the natural order, and the words of the bracket after
    the name (None without one); None where the cell names no person surname first. Where the given
    name need not be ``known`` (the list's other items set theirs so), any name words will do.

    >>> inverted_name("Dr. Weber, Jonas (Leiter des Sozialamts)"), inverted_name("Weber, Sozialamt")
    (('Dr. Jonas Weber', 'Leiter des Sozialamts'), None)
    >>> inverted_name("Ndiaye, Ousmane (Verein X)"), inverted_name("Ndiaye, Ousmane (Verein X)", known=False)
    (None, ('Ousmane Ndiaye', 'Verein X'))
    """
    m = _turned(" ".join(cell.split()), not known, known)
    if m is None:
        return None
    rest = m["rest"].strip()[1:-1].strip() if m["rest"] else None
    return f"{m['titles']}{m['after']}{m['given']} {m['surname']}", rest


def _turned(cell: str, column_inverted: bool, known: bool = True) -> re.Match[str] | None:
    """The parts of a name a cell sets surname first (see the module docstring), else None."""
    m = _INVERTED.fullmatch(cell.strip())
    if m is None:
        return None
    surname, given = m["surname"], m["given"].split()
    if (
        not NAME_WORD.fullmatch(surname)
        or (is_first_name(surname) and not column_inverted)
        or (known and not is_first_name(given[0]))
        or not all(NAME_WORD.fullmatch(w) for w in given)
    ):
        return None
    return m


def inverted_series(text: str, start: int, end: int) -> list[MemberRow]:
    """The persons of a run-in list whose every part names one surname first, maybe with a bracket
    after the name ("Weber, Jonas (Sozialamt); Berg, Eva (Verein X); …"): each the name in the natural
    order, the bracket's words its label. At least half the given names are ones the list of names
    knows; the others stand in the same form. Two parts at least, or none."""
    parts, pos = [], start
    for cut in [*re.finditer(";", text[start:end]), None]:
        parts.append((pos, start + cut.start() if cut else end))
        pos = start + cut.end() if cut else end
    if len(parts) < 2:
        return []
    known = sum(inverted_name(text[a:b]) is not None for a, b in parts)
    if 2 * known < len(parts):
        return []
    return inverted_parts(text, parts)


def inverted_parts(text: str, parts: list[tuple[int, int]], label: str | None = None) -> list[MemberRow]:
    """The persons of parts of a text each naming one surname first (:func:`inverted_name`, any given
    name), the bracket's words their label (``label`` after them: a row's that tells the sector too);
    none where a part names no person so."""
    rows = []
    for a, b in parts:
        turned = inverted_name(text[a:b], known=False)
        if turned is None:
            return []
        a += len(text[a:b]) - len(text[a:b].lstrip())
        bracket = text.find("(", a, b)
        name_end = a + len(text[a : bracket if bracket >= 0 else b].rstrip())
        words, chairs = _chair_in_bracket(turned[1])
        hint = ", ".join(h for h in (words, label) if h) or None
        rows.append(MemberRow(a, name_end, turned[0], label=hint, is_chair=chairs, method="list"))
    return rows


# a chair's word closing a bracket's words after a comma ("Dezernentin für Soziales, Vorsitz")
_CHAIR_LAST = re.compile(rf"\s*,\s*{CHAIR_WORD}\s*$")


def _chair_in_bracket(words: str | None) -> tuple[str | None, bool]:
    """The words of a bracket after a name without the chair's word closing them, and whether it does.

    >>> _chair_in_bracket("Dezernentin für Soziales, Vorsitz"), _chair_in_bracket("Jobcenter Nord")
    (('Dezernentin für Soziales', True), ('Jobcenter Nord', False))
    """
    m = _CHAIR_LAST.search(words) if words else None
    return (words, False) if m is None or words is None else (words[: m.start()], True)
