"""Persons named after their office, with more said of them after the name, in lists and as the chair.

An entry or chair that names an office the lexicon knows, then the person, then a bracket ("– Kreisrätin
Ida Roth (SPD)", "wird von Stadträtin Dr. Anna Beispiel (Dezernat II) geleitet") is the person, the office
and the bracket's words their label, as after a comma (:func:`persons.office_then_person`); so is a member
but the chair naming such an office and a name alone, in a list or a sentence ("die Hauptamtsleiterin
Sabine Kuhn"). The chair's office and name alone stay as written ("Bürgermeisterin Anna Beispiel
(Vorsitz)": the seat goes with the office), and so does a word the lexicon does not know as an office
("Ortsrätin Eva Brand"), unless a sentence names the office alone as the chair ("Den Vorsitz führt die
Amtsdirektorin." over "• Amtsdirektorin Anna Beispiel").
Where a group's members are persons, an entry read as the body a person comes from ("– Dr. Jonas
Weber, Verein X" read as "Verein X") is the person, the body their label.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.lang.de import markers

from .name_blocks import name_start, office_left_out
from .rules import CHAIR_MARK, Chair, MemberRow

MIN_PERSONS = 3  # members of a group read as a list of persons at least
_READ = ("list", "chair")  # the readings whose entries may name an office first
# a bracket closing a member after the name ("(CDU)", "(Dezernat III)"), in the value or right after it
_BRACKET = re.compile(r"\s*\(([^()\n]{1,80})\)\s*$")
# the next sub-heading an export glued onto the entry's last line after its bracket ("(SPD)" / "Städte und Gemeinden")
_GLUED_HEADING = re.compile(r"(?<=\))[ \t]*\n[ \t]*[A-ZÄÖÜ][^\W\d]*(?:[ \t]+[^\W\d][\w-]*){0,4}[ \t]*$")
_BRACKET_AFTER = re.compile(r"[ \t\n]*\(([^()\n]{1,80})\)")
# the person an entry opens with before the body they come from, a comma between ("– Dr. Anna Beispiel, ")
_PERSON_BEFORE = re.compile(
    rf"(?:^|\n)[ \t]*(?:[{re.escape(markers.ITEM_MARKS + markers.EM_DASH)}][ \t]+)?"
    r"(?P<person>[^,;:()\n]{4,60}?)[ \t]*,[ \t]*$"
)
_SEPARATOR = re.compile(r"[ \t]*,?[ \t]*")


def _person(value: str) -> bool:
    return name_start(_BRACKET.sub("", " ".join(value.split()))) is not None


def _holds(value: str, office: str) -> bool:
    """Whether a member names the office and then a person ("Amtsdirektorin Anna Beispiel")."""
    value = " ".join(value.split())
    return value.casefold().startswith(f"{office.casefold()} ") and name_start(value[len(office) + 1 :]) == 0


def _person_before(row: MemberRow, text: str) -> None:
    """An entry read as the body a person comes from: the person, the body the label (in place)."""
    sep = _SEPARATOR.match(text, row.start)  # the entry's span may open with the comma
    at = sep.end() if sep else row.start
    found = _PERSON_BEFORE.search(text, max(0, row.start - 80), at)
    if found is None or name_start(found["person"]) != 0:
        return
    row.label, row.value = row.value, found["person"]
    row.start, row.end = found.start("person"), found.end("person")


def _unglued(row: MemberRow, text: str) -> str:
    """The member's words without the next sub-heading an export glued onto its last line."""
    raw = text[row.start : row.end]
    glued = _GLUED_HEADING.search(raw) if " ".join(raw.split()) == " ".join(row.value.split()) else None
    return " ".join((raw[: glued.start()] if glued else row.value).split())


def _office_bracketed(row: MemberRow, text: str, office: Callable[[str], bool]) -> None:
    """An office the lexicon knows, a person and a bracket: the person (in place)."""
    value = _unglued(row, text)
    own = _BRACKET.search(value)
    bracket = own.group(1) if own else (m.group(1) if (m := _BRACKET_AFTER.match(text, row.end)) else None)
    bare = value[: own.start()].rstrip() if own else value
    at = name_start(bare)
    if bracket is None or CHAIR_MARK.fullmatch(f"({bracket})") or not at or not office(bare.split()[0]):
        return  # a chair's mark says nothing more of the person ("Landrat Paul Beispiel (Vorsitz)")
    row.value = bare
    office_left_out(row, text)
    row.label = ", ".join(p for p in (row.label, bracket) if p)


def offices_left_out(
    rows: list[MemberRow], text: str, office: Callable[[str], bool], chair: Chair | None = None
) -> list[MemberRow]:
    """The members, an office before a person with a bracket after the name left out, and so the
    office a sentence names as the chair ``chair`` before the person of the entry holding it, and a
    known office before a member's name alone but the chair's; in a group of persons (all but one
    member, three at least) a person read as their body given back (in place)."""
    persons = sum(_person(r.value) for r in rows) >= max(MIN_PERSONS, len(rows) - 1)
    for row in rows:
        if row.method not in _READ:
            continue
        if row.is_chair and chair is not None and not chair.person and _holds(row.value, chair.value):
            office_left_out(row, text)  # "Den Vorsitz führt die Amtsdirektorin." / "• Amtsdirektorin A. B."
        elif _person(_unglued(row, text)):
            _office_bracketed(row, text, office)
        elif persons:
            _person_before(row, text)
    for row in rows:
        if not row.is_chair and _office_then_name(row.value, office):
            office_left_out(row, text)  # "Hauptamtsleiterin Sabine Kuhn": the person
    return rows


def _office_then_name(value: str, office: Callable[[str], bool]) -> bool:
    """Whether a member names an office the lexicon knows by its first word and then a person's full
    name alone ("Hauptamtsleiterin Sabine Kuhn", "Stadträtin Dr. Lea Brandt")."""
    words = value.split()
    return len(words) >= 3 and office(words[0]) and name_start(" ".join(words[1:])) == 0


def offices_held(rows: list[MemberRow]) -> list[MemberRow]:
    """The members without an office a sentence names alone ("die Geschäftsführung nimmt ohne Stimmrecht
    teil") that a person of a table holds, their row's last cell naming it ("Kerstin Hänchen | Amt für
    Soziales | Geschäftsführung"): one seat, the person's, not two."""
    held = [r.label.casefold().split() for r in rows if r.method == "table" and r.label and _person(r.value)]
    return [r for r in rows if not (r.method == "prose" and not r.is_chair and _held(r.value, held))]


def _held(value: str, labels: list[list[str]]) -> bool:
    words = value.casefold().split()
    return 0 < len(words) <= 2 and not _person(value) and any(label[-len(words) :] == words for label in labels)
