"""Members in columns set side by side, each a list of its own under a header naming its kind of
members; an entry opens at its column's start, its wrapped lines stand indented, and the lines of the
two columns share the page's lines::

    Ordentliche Mitglieder                   Beratende Mitglieder
    ---------------------------              ------------------------
    Stadträtin Lea Brandt (Vorsitz)          Jonas Weber, Jobcenter
    Kai Muster, Amt für Soziales und            Nordheim
      Wohnen                                 Prof. Dr. Eva Roth, Hoch-
    Greta Lind, Verein Miteinander              schule Nordheim

Every entry opens with a person (an office before the name allowed), the body after a comma its
label; the columns are read one after the other, left first. Columns of bulleted entries under a header
naming the parts they come from ("Aus Kreistag und Kreisverwaltung      Aus Trägern und Verbänden") open
each entry at its bullet, the body before the person allowed ("• CDU-Kreistagsfraktion," / "Herr Jens
Hofmann"); the columns start where the bullets stand. An entry without a person, or a cell
that stands under no column, and the table is left to the other readers (read whole or not at all).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import dehyphenate
from extractors.resources import Resources, typed
from pipeline.lang.de.closed_class import alternation
from pipeline.lang.de.markers import BULLET, DRAWN_RULES
from pipeline.structure import Line

from .chair_clauses import chair_clause, without_clause
from .name_blocks import cased_surnames, name_line, name_part
from .person_tables import Cell, _Header, _name_at, _placed, _sentence, _whole
from .rules import CHAIR_MARK, Chair, MemberRow
from .sectors import classify, sector_rules
from .tables import DEPUTY_MARK

_INDENT = 2  # characters a wrapped line stands in from its column's start at least
_BLANK_LINES = 2  # blank lines between the lead-in and the header at most
_LABEL_WORDS = 6  # words of a body's label over its person at most
_SECTOR_WORDS = 3  # words of a header's cell naming a sector at most ("Partnerinnen und Partner")
# the rules drawn under the columns' headers, in dashes or drawn ("───")
RULE_LINE = re.compile(rf"[ \t]*[-=_{DRAWN_RULES}]{{3,}}(?:[ \t]+[-=_{DRAWN_RULES}]{{3,}})*[ \t]*")
# a column's header naming the part its members come from, a label's colon after it ("Für die Stadtverwaltung:")
PART_LABEL = re.compile(r"(?i:" + alternation("prepositions", "contractions") + r")[ \t]+[^:\n]{3,60}:")
_BULLETED = re.compile(rf"{BULLET}[ \t]+(?=\S)")  # an entry opened by its bullet
# a bank's word and number or letter before the sector a column's header names ("Bank 1 – Stadtverwaltung")
_BANK_LEAD = re.compile(r"(?i)^(?:bank|sektor|bereich)[ \t]+(?:\d{1,2}|[A-Z]|[IVX]{1,4})[ \t]*[-–:][ \t]*(?=\S)")


def _header_at(text: str, start: int, res: Resources) -> tuple[_Header, int, list[str]] | None:
    """The header of the columns on the first line after ``start`` (a blank line or two between),
    where its line ends and its words: two cells or more, each naming a column of members, or the
    sectors the columns hold."""
    pos = start if start == 0 or text[start - 1] == "\n" else text.find("\n", start) + 1
    if pos <= 0 or text[start:pos].strip():
        return None
    for _ in range(_BLANK_LINES):
        if text[pos : text.find("\n", pos)].strip():
            break
        pos = text.find("\n", pos) + 1
    stop = text.find("\n", pos)
    if pos <= 0 or stop < 0 or "\t" in text[pos:stop]:
        return None
    cells = Line(0, stop - pos, text[pos:stop]).columns
    column = re.compile(typed.steering(res).members_column)
    if len(cells) >= 2 and _first_entries(cells, res):  # no header: the first row's entries set the columns
        return _Header(["person"] * len(cells), [a for a, _, _ in cells], False), pos - 1, [""] * len(cells)
    if (bulleted := _bullets_under(text, stop, cells)) is not None:  # "Aus Kreistag …      Aus Trägern …"
        return bulleted
    heads = [_BANK_LEAD.sub("", c) for _, _, c in cells]  # "Bank 1 – Stadtverwaltung": the sector its bank holds
    if len(cells) < 2 or not (
        all(column.fullmatch(c) or PART_LABEL.fullmatch(c) for _, _, c in cells) or by_sector(heads, res)
    ):
        return None
    return _Header(["person"] * len(cells), [a for a, _, _ in cells], False), stop, heads


def _bullets_under(text: str, stop: int, cells: list[Cell]) -> tuple[_Header, int, list[str]] | None:
    """The header of columns of bulleted entries: two cells or more, each the part its members come from (a
    preposition's phrase, its colon optional), over a line whose cells each open with a bullet, as many;
    the columns start where the bullets stand, the header's cells no sector's label (a part mixes them)."""
    below = text[stop + 1 : text.find("\n", stop + 1)] if text.find("\n", stop + 1) > 0 else ""
    bullets = Line(0, len(below), below).columns
    if len(cells) < 2 or len(bullets) != len(cells) or not all(_BULLETED.match(c) for _, _, c in bullets):
        return None
    if not all(PART_LABEL.fullmatch(f"{c.rstrip(':')}:") for _, _, c in cells):
        return None
    starts = [a + m.end() for a, _, c in bullets if (m := _BULLETED.match(c))]  # the entries' words
    return _Header(["person"] * len(cells), starts, False), stop, [""] * len(cells)


def _first_entries(cells: list[Cell], res: Resources) -> bool:
    """Whether a line's cells are the first entries of columns set side by side with no header over them:
    each a person's name alone before its comma, titles allowed, the body after it ("Anna Beispiel,
    Bürgermeisterin (Vorsitz)      Jonas Weber, Jobcenter"); the columns start where the cells do."""
    return all(_name_at(cell, res) == 0 and name_line(name_part(cell)) for _, _, cell in cells)


def by_sector(words: list[str], res: Resources) -> bool:
    """Whether a header's cells name the sectors its columns sort the members in ("Politik | Verwaltung
    | Partner"): short capitalised words, two at least naming a sector, none a person."""
    fallback = sector_rules(res).fallback
    short = all(len(w.split()) <= _SECTOR_WORDS and w[:1].isupper() and not name_line(w) for w in words)
    return short and sum(classify(w, res) != fallback for w in words) >= 2


def table_lines(text: str, pos: int) -> Iterator[tuple[int, int, str]]:
    """The lines of a table from ``pos`` on, each its start, end and text, up to a blank line or a sentence."""
    while pos < len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        line = text[pos:stop]
        if not line.strip() or _sentence(line) and len(Line(pos, stop, line).columns) == 1 and not _label(line):
            return  # a sentence's line; a cell's colon ends its label ("Jobcenter Nordheim:" / "Anna Beispiel")
        yield pos, stop, line
        pos = stop + 1


def _label(line: str) -> bool:
    """Whether a line is a body's label alone in a right column, the left one empty ("      Jobcenter X:")."""
    return line.rstrip().endswith(":") and line[:1] in " \t" and len(line.split()) <= _LABEL_WORDS


def side_column_table(text: str, start: int, res: Resources) -> tuple[list[MemberRow], Chair | None, int] | None:
    """The members of the columns whose header stands on the first line after ``start``, the chair
    and where the table ends; None when no such table stands there. A block of columns under a header
    of the same kind right after it (a blank line between) goes on with the table. Family names set in
    capitals after a given name are read in the natural case."""
    text = cased_surnames(text)
    rows: list[MemberRow] = []
    chair: Chair | None = None
    end = start
    while (block := _block(text, end, res)) is not None:
        rows, chair, end = rows + block[0], chair or block[1], block[2]
    return (rows, chair, end) if rows else None


def _block(text: str, start: int, res: Resources) -> tuple[list[MemberRow], Chair | None, int] | None:
    """The members of one block of columns under its header (see :func:`side_column_table`)."""
    found = _header_at(text, start, res)
    if found is None:
        return None
    header, end, heads = found
    entries: list[list[list[Cell]]] = [[] for _ in header.starts]  # a column's entries, each its lines' cells
    pos = end + 1
    if RULE_LINE.fullmatch(text[pos : text.find("\n", pos)]):
        end = text.find("\n", pos)
        pos = end + 1
    lines: list[tuple[int, int, dict[int, Cell] | None]] = []
    bullets: set[int] = set()  # the cells' starts a bullet opens, each bullet set blank for the columns
    for at, stop, line in table_lines(text, pos):
        bullets.update(at + m.end() for m in _BULLETED.finditer(line))
        lines.append((at, stop, _placed(_BULLETED.sub(lambda m: " " * len(m.group()), line), at, header)))
    # where no cell stands indented, the text layer kept no indent: a line naming no person may be a wrap
    flush = all(c[0] - at < header.starts[k] + _INDENT for at, _, p in lines for k, c in (p or {}).items())
    for at, stop, placed in lines:
        if placed is None:
            return None
        for k, cell in placed.items():
            opens = cell[0] - at < header.starts[k] + _INDENT
            wraps = flush and entries[k] and _wrapped(entries[k][-1], cell, res)
            if cell[0] in bullets:  # an entry opens at its bullet
                entries[k].append([cell])
            elif bullets and entries[k]:
                entries[k][-1].append(cell)  # its wrapped line
            elif opens and not (entries[k] and (_runs_on(entries[k][-1], res) or wraps)):
                entries[k].append([cell])  # an entry opens at its column's start
            elif entries[k]:
                entries[k][-1].append(cell)  # its wrapped line, indented
            else:
                return None
        end = stop
    if sum(1 for column in entries if column) < 2:
        return None
    read = _whole(
        _member(text, cells, head, res, bool(bullets)) for column, head in zip(entries, heads) for cells in column
    )
    return (*read, end) if read is not None else None


def _wrapped(cells: list[Cell], cell: Cell, res: Resources) -> bool:
    """Whether a line set at its column's start, no person in it, goes on with the entry above it (a text
    layer that kept no indent): a bracket alone ("(Vorsitz)"), the words of a body after the person
    and a comma ("Stefanie Braun, Jobcenter Landkreis" / "Ludwigsburg, Standort Nord"), or under a
    name alone on its line ("Sandra Kienzler" / "Agentur für Arbeit Freiburg")."""
    if _name_at(cell[2], res) is not None or cell[2].endswith(":"):
        return False
    if cell[2].startswith("(") and cell[2].endswith(")"):
        return True
    first = cells[0][2]
    if name_line(CHAIR_MARK.sub("", first).strip()):
        return True
    at = _name_at(first, res)
    return at is not None and "," in first[at:]


def _runs_on(cells: list[Cell], res: Resources) -> bool:
    """Whether an entry goes on in the next line of its column, set at the column's start: a word
    broken at a hyphen, a bracket or a label's colon open ("Maik Seidel (FDP/Bürger-" / "liste)",
    "Jobcenter Nordheim:" / "Anna Beispiel"), or no person's name in it yet ("Beigeordnete Dr. Lea" /
    "Brandt (Vorsitz)")."""
    joined = dehyphenate(" ".join(c for _, _, c in cells))
    if cells[-1][2].endswith(("-", ":")) or joined.count("(") > joined.count(")"):
        return True
    return all(_name_at(part.rpartition(":")[2], res) is None for part in (joined, *(c for _, _, c in cells)))


def _member(text: str, cells: list[Cell], head: str, res: Resources, bulleted: bool = False) -> MemberRow | None:
    """The person an entry opens with (an office before the name left out), its column's sector its
    label where the header names one ("Politik"), else the body after it; in a bulleted entry, the person
    may follow its body and a comma ("CDU-Kreistagsfraktion, Herr Jens Hofmann")."""
    whole, said = without_clause(dehyphenate(" ".join(c for _, _, c in cells)), res)
    cells = [c for c in cells if not chair_clause(res).fullmatch(c[2])]  # "– leitet die Runde –" a line of its own
    first = CHAIR_MARK.sub("", cells[0][2]).strip()
    if len(cells) > 1 and name_line(first):  # a name over its office ("Anna Beispiel" / "  Kreistag, SPD")
        office = " ".join(CHAIR_MARK.sub(" ", dehyphenate(" ".join(c for _, _, c in cells[1:]))).split())
        sector = head if classify(head, res) != sector_rules(res).fallback else office
        marked = said or bool(CHAIR_MARK.search(whole))
        return MemberRow(cells[0][0], cells[0][0] + len(first), first, sector, marked, "table")
    body = ""
    if any(
        c.endswith(":") for _, _, c in cells[:-1]
    ):  # a body over its person ("Jobcenter Nordheim:" / "Anna Beispiel")
        body, _, whole = whole.rpartition(":")
    name = name_part(DEPUTY_MARK.sub("", whole))
    at = _name_at(whole, res)  # among persons: a given name the list lacks will do
    if at is None and bulleted and "," in whole:  # the body, a comma, the person
        before, _, rest = whole.rpartition(",")
        if (at := _name_at(rest.strip(), res)) is not None:
            body, whole, name = before, rest.strip(), name_part(DEPUTY_MARK.sub("", rest.strip()))
    if at is None:
        return None
    value = name[at:]
    found = re.search(r"\s+".join(map(re.escape, value.split())), text[cells[0][0] : cells[-1][1]])
    first_word = next((c for c in cells if value.split()[0] in c[2]), None)
    if first_word is None:
        return None
    after = " ".join(CHAIR_MARK.sub(" ", whole[whole.find(value) + len(value) :]).split()).strip(" ,")
    # a name wrapped in its column has the other columns' cells between its words: its span its first line's
    a = cells[0][0] + found.start() if found else first_word[0] + first_word[2].find(value.split()[0])
    b = a + len(found.group()) if found else first_word[1]
    label = after or body.strip() or name[:at].strip() or None  # the body after the name or over it, else the office
    if not body.strip():  # the body over the person tells the sector better than a header of two kinds
        label = head if classify(head, res) != sector_rules(res).fallback else label
    return MemberRow(a, b, value, label, said or bool(CHAIR_MARK.search(whole)), "table")
