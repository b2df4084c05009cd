"""Members in two columns of bulleted entries set side by side under a header naming the part each
comes from, the gaps a PDF's text layer flattened into single spaces::

    Aus Rat und Verwaltung Aus Trägern und Verbänden
    • Erste Beigeordnete Dr. Lea • Caritasverband Nordheim,
    Brandt (Vorsitz) Frau Eva Roth
    • CDU-Fraktion, • Jobcenter Nordheim,
    Herr Kai Muster Herr Ole Weber
    • Integrationsbeirat, Vorsitzender
    Herr Jonas Beispiel

The header is two phrases of a part (a preposition's, as the columns of :mod:`.side_columns` are headed),
each line under it opens with a bullet, a second bullet opening the right-hand entry. A line without one
carries the entries above on: all of it the left-hand entry's where no right-hand one stands open (where that
entry names its person already, a line naming none is past the block: a sentence going on, unended), all of
it the right-hand one's where the left-hand entry already names its person; else the left-hand entry's
rest runs to the end of the first person the line names (a salutation, titles, a given and a family name,
or the family name alone after the given name ending the entry), a bracket after it included, the rest
the right-hand entry's. Each entry is read as in the columns kept apart: a person, maybe after a body and
a comma. Every entry must name its person, or the block is left to the other readers.
"""

from __future__ import annotations

import re

from extractors.resources import Resources
from pipeline.lang.de.markers import BULLET
from pipeline.lang.de.names import TITLE, is_first_name

from .name_blocks import NAME_WORD
from .person_tables import Cell, _name_at, _whole
from .rules import Chair, MemberRow
from .side_columns import PART_LABEL, _member, table_lines

_BLANK_LINES = 2  # blank lines between the lead-in and the header at most
_OPENING = re.compile(rf"{BULLET}[ \t]+")
_SECOND = re.compile(rf"[ \t]{BULLET}[ \t]+")
# the first person a wrapped line names: a salutation, titles, a given name and a family name
_ADDRESSED = re.compile(rf"(?:Herrn?|Frau)[ \t]+(?:{TITLE}[ \t]*)*(?P<given>[A-ZÄÖÜ][\w-]+)[ \t]+{NAME_WORD.pattern}")
_BRACKET = re.compile(r"[ \t]*\([^()\n]*\)")


def _header(line: str) -> bool:
    """Whether a flattened line is two phrases of a part ("Aus Kreistag und Verwaltung Aus Trägern")."""
    for m in re.finditer(r"[ \t](?=[A-ZÄÖÜ])", line.strip()):
        left, right = line.strip()[: m.start()], line.strip()[m.end() :]
        if PART_LABEL.fullmatch(f"{left.rstrip(':')}:") and PART_LABEL.fullmatch(f"{right.rstrip(':')}:"):
            return True
    return False


def _addressed(text: str) -> bool:
    """Whether ``text`` names a person after a salutation ("Herr Faruk Yılmaz")."""
    return any(is_first_name(m["given"]) for m in _ADDRESSED.finditer(text))


def _cut(entry: str, line: str) -> int | None:
    """Where a wrapped line's left-hand part ends: after the first person it names, or the family name
    opening it where the left-hand entry ends in a given name; a bracket after it included."""
    words = entry.split()
    family = NAME_WORD.match(line) if words and is_first_name(words[-1]) else None
    person = _ADDRESSED.search(line)
    person = person if person is not None and is_first_name(person["given"]) else None
    end = family.end() if family is not None else person.end() if person is not None else None
    if end is None:
        return None
    bracket = _BRACKET.match(line, end)
    return bracket.end() if bracket is not None else end


def flat_bullet_columns(text: str, start: int, res: Resources) -> tuple[list[MemberRow], Chair | None, int] | None:
    """The members of such a block whose header stands on the first line after ``start`` (a blank line or
    two between), its chair and where it ends; None when no such block stands there."""
    pos = start if start == 0 or text[start - 1] == "\n" else text.find("\n", start) + 1
    if pos <= 0 or text[start:pos].strip():
        return None
    for _ in range(_BLANK_LINES):
        if text[pos : text.find("\n", pos)].strip() or text.find("\n", pos) < 0:
            break
        pos = text.find("\n", pos) + 1
    stop = text.find("\n", pos)
    if stop < 0 or re.search(r"\t|[ ]{2}", text[pos:stop].strip()) or not _header(text[pos:stop]):
        return None  # gaps kept: the columns of :mod:`.side_columns`
    columns: tuple[list[list[Cell]], list[list[Cell]]] = ([], [])
    end = stop
    for at, line_end, line in table_lines(text, stop + 1):
        lead = len(line) - len(line.lstrip())
        at, line = at + lead, line.strip()
        opening = _OPENING.match(line)
        if opening is not None:
            second = _SECOND.search(line, opening.end())
            left_end = second.start() if second else len(line)
            columns[0].append([(at + opening.end(), at + left_end, line[opening.end() : left_end])])
            if second is not None:
                columns[1].append([(at + second.end(), at + len(line), line[second.end() :])])
            elif columns[1]:
                columns[1].append([])  # no right-hand entry on this line: nothing of its stands open
        elif not columns[0]:
            return None
        elif not columns[1] or not columns[1][-1]:
            entry = " ".join(c for _, _, c in columns[0][-1])
            if _addressed(entry) and not _addressed(line):
                break  # the left-hand entry names its person: a line naming none is past the block (a sentence)
            columns[0][-1].append((at, at + len(line), line))
        else:
            entry = " ".join(c for _, _, c in columns[0][-1])
            cut = 0 if _name_at(entry, res) is not None else _cut(entry, line)
            if cut is None:
                return None
            if cut:
                columns[0][-1].append((at, at + cut, line[:cut]))
            rest = line[cut:].lstrip()
            if rest:
                columns[1][-1].append((at + len(line) - len(rest), at + len(line), rest))
        end = line_end
    entries = [cells for column in columns for cells in column if cells]
    if not columns[1] or len(entries) < 4:
        return None
    read = _whole(_member(text, cells, "", res, True) for cells in entries)
    return (*read, end) if read is not None else None
