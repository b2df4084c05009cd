"""Members set out as blocks under a lead-in: a person's name on a line of its own, the office or
organisation on the line or lines under it, a blank line before the next person:

    Die Zusammensetzung des Beirats:

    Anna Beispiel
    Ministerium für Wohnen, Referatsleiterin

    Dr. Bernd Muster
    Landesamt für Statistik, Referent

Each block is one member, the person as written with their titles; the lines under the name say
what they stand for (the label their sector is read from), never a member of their own. The blocks
run on while each opens with a name line; two of them at least make the form.
"""

from __future__ import annotations

import functools
import re

from pipeline.lang.de.names import is_first_name

from .apart import apart
from .rules import MemberRow

# a title or rank before a name: "Dr.", "Prof.", "a.D.", "phil.", "habil.", "Dipl.-Ing.", "MinDir"
_TITLE = re.compile(r"(?:[A-Za-zÄÖÜäöü]+\.(?:-?[A-Za-zÄÖÜäöü]+\.)*|[A-ZÄÖÜ][a-zäöü]+[A-ZÄÖÜ][a-zäöü]+)")
# a family name's word, of any alphabet's letters: a capital (no lower-case letter of German's), then no
# capital of German's ("Yıldırım-Hoff", "Łukasik")
_NAME_PART = r"(?![a-zäöüß])[^\W\d_][^\W\d_A-ZÄÖÜ]+"
NAME_WORD = re.compile(rf"{_NAME_PART}(?:-{_NAME_PART})?")
_BLANK = re.compile(r"\n[ \t]*\n")
MIN_BLOCKS = 2


# a family name set in capitals after a given name ("Annette KESSLER", "Ute SCHÄFER-LINDNER")
# (the test of the character before the given name stands after its capital, so that ``re`` skips to
# the capitals instead of trying every place of the text)
_CAPS_SURNAME = re.compile(
    r"(?P<given>[A-ZÄÖÜ](?<![\w-][A-ZÄÖÜ])[a-zäöüß]+)[ \t]+(?P<surname>[A-ZÄÖÜ]{2,}(?:-[A-ZÄÖÜ]{2,})?)(?![\w-])"
)


@functools.lru_cache(maxsize=8)
def cased_surnames(text: str) -> str:
    """The text with each family name set in capitals after a known given name in the natural case, every
    other word as it stands, as long as the text (its offsets hold). Kept for the last few texts: a
    document's members are looked for in side columns at each group's lead, all in the same text.

    >>> cased_surnames("Stadträtin Ute SCHÄFER-LINDNER (CDU), IHK Region")
    'Stadträtin Ute Schäfer-Lindner (CDU), IHK Region'
    """

    def cased(m: re.Match[str]) -> str:
        surname = m["surname"].title()
        if not is_first_name(m["given"]) or len(surname) != len(m["surname"]):
            return m.group()
        return m.group()[: m.start("surname") - m.start()] + surname

    return _CAPS_SURNAME.sub(cased, text)


def name_line(line: str) -> bool:
    """Whether a line is a person's name alone, titles before it allowed.

    >>> name_line("Prof. Dr. Anna Beispiel"), name_line("MinDir a.D. Dr. Bernd Muster")
    (True, True)
    >>> name_line("Deutscher Landkreistag"), name_line("Anna Beispiel, Referentin")
    (False, False)
    """
    words = line.split()
    while words and _TITLE.fullmatch(words[0]):
        words = words[1:]
    return person_words(words)


def name_start(cell: str, before: int = 2) -> int | None:
    """Where the person's name ending a cell starts when up to ``before`` words of an office stand
    over it ("Stadtrat Dr. Henrik Beispiel", "stellv. Leiterin Anna Muster"): the offset of its first
    word (the titles with the name), 0 for a name alone, None for no name.

    >>> name_start("Stadtrat Dr. Henrik Beispiel"), name_start("Anna Muster"), name_start("Amt für Soziales")
    (9, 0, None)
    """
    words = list(re.finditer(r"\S+", cell))
    for i in range(min(before, len(words) - 2) + 1):
        if name_line(cell[words[i].start() :]):
            return words[i].start()
    return None


def office_left_out(row: MemberRow, text: str) -> None:
    """A member naming a person after up to two words of an office ("Beigeordneter Dr. Lea Brandt",
    "Sachgebietsleiterin Soziales Anna Beispiel"): the person, the office left out (in place)."""
    value = " ".join(row.value.split())
    at = name_start(value)
    words = value.split()
    if at == 0 and len(words) > 2 and not is_first_name(words[0]) and words[0][-1] != "." and person_words(words[1:]):
        at = len(words[0]) + 1  # "Pastor Jonas Weber": a word of an office the list of given names lacks
    if not at:
        return
    _person_from(row, text, value, at, row.label or value[:at].strip())  # the office tells the sector


LONG_OFFICE = 8  # words of a post described before a person's name at most


def long_office_left_out(row: MemberRow, text: str) -> None:
    """A member naming a person after a post described in more than two words ("Leiterin der
    Stabsstelle Integration und Migration Derya Özkan"): the person, the post and the row's label
    their label (in place); an office of one or two words stays with the name ("Landrat Paul Beispiel")."""
    value = " ".join(row.value.split())
    if name_start(value) is not None:
        return
    at = name_start(value, LONG_OFFICE)
    if at:
        _person_from(row, text, value, at, ", ".join(p for p in (value[:at].strip(), row.label) if p))


def _person_from(row: MemberRow, text: str, value: str, at: int, label: str | None) -> None:
    person = value[at:]
    found = re.search(r"\s+".join(map(re.escape, person.split())), text[row.start : row.end])
    if found is not None:
        row.start, row.end, row.value = row.start + found.start(), row.start + found.end(), person
        row.label = label


def person_words(words: list[str]) -> bool:
    """Whether words are a person's name: a given name and one or two capitalised words after it."""
    return 2 <= len(words) <= 3 and is_first_name(words[0]) and all(NAME_WORD.fullmatch(w) for w in words[1:])


def name_blocks(text: str, start: int, end: int) -> list[MemberRow]:
    """The members of the blocks from ``start`` (right after the lead-in's line) to ``end``: a name
    line and its office lines each, blocks parted by blank lines; none unless two blocks or more."""
    rows: list[MemberRow] = []
    pos = start
    while pos < end:
        gap = re.compile(r"[ \t]*(?:\n[ \t]*)*").match(text, pos, end)
        at = gap.end() if gap else pos
        blank = _BLANK.search(text, at, end)
        stop = blank.start() if blank else end
        lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text[at:stop]) if m.group().strip()]
        if len(lines) < 2 or not name_line(text[at + lines[0][0] : at + lines[0][1]]):
            break
        s, e = at + lines[0][0], at + lines[0][1]
        office = " ".join(text[at + a : at + b].strip() for a, b in lines[1:])
        if any(name_line(text[at + a : at + b]) for a, b in lines[1:]):
            break  # a column of names, no name over its office
        value = text[s:e].strip()
        rows.append(MemberRow(s, s + len(value), value, label=office, method="list"))
        pos = stop
        if not blank:
            break
    return rows if len(rows) >= MIN_BLOCKS else []


def name_part(cell: str) -> str:
    """The part of a persons' cell before a comma outside brackets, its brackets left out."""
    cell = cell[: apart(cell, 0, len(cell), last=True)[0][1]]
    return " ".join(re.sub(r"\([^()]*\)?|\)", " ", cell).split())
