"""Profile sheets set as a table of two columns parted by a gap, its labels without colons:

    Merkmal              Festlegung
    -------------------  -------------------------------------------
    Bezeichnung          Lenkungsgruppe Integration
    Vorsitz              Stadträtin Dr. Anna Beispiel, Dezernentin
    Mitglieder (9)       1. Dr. Anna Beispiel (Vorsitz)
                         2. Jonas Weber, Sozialamt
                         3.–5. je eine Vertretung der Fraktionen: Eva
                            Berg (SPD), Ole Muster (CDU), Ida Roth (Grüne)

The table is found from a group's mention in its value column: its rows are the lines whose label
stands at the margin of the mention's row and whose value starts at the same column, a line
indented to the value column or further going on with the row above; a blank line ends it. A row
is read by its label as a sheet of labelled lines reads it (:mod:`.profiles`): the members row's
count in brackets is the size, its value a numbered list, an entry a person and after a comma or
in brackets their function (the chair marked "(Vorsitz)"), or a shared seat whose persons follow its
colon; the chair row gives the chair where no entry is marked.

Where a PDF's text layer narrowed the gap to one space and lost the indentation, the table is found by the
rule of two runs over its rows (the mention's line under it, after a label), the members row by its label
followed by the list's first number, the chair row by its label, the list going on up to its last numbered
line and then over the lines a wrap opens (in lower case or with a bracket: no row's label).
"""

from __future__ import annotations

import re

from extractors.resources import Resources
from pipeline.lang.de.names import TITLE, is_first_name

from .rules import CHAIR_MARK, Chair, MemberRow

# a row's first line: its label at the margin, a gap of two spaces or more, its value
_ROW = re.compile(r"(?P<label>[ \t]*\S(?:[^\n]*?\S)??)(?P<gap>[ \t]{2,}|\t)(?P<value>\S[^\n]*)$")
# the members' label, its count in brackets
_MEMBERS = re.compile(r"(?:(?:Weitere|Ständige|Stimmberechtigte|Feste)\s+)?Mitglieder(?:\s*\((?P<n>\d{1,3})\))?")
_CHAIR = re.compile(r"Vorsitz(?:ende[rn]?)?|Leitung")
# an entry of the numbered list: its number or range of numbers ("4.–6.")
_ENTRY = re.compile(r"(?P<mark>\d{1,2}\.(?:[ \t]*[-–][ \t]*\d{1,2}\.)?)[ \t]+")
# a person: titles, a given name, family names, a short lower-case particle between two ("Meyer zu Hage")
_PERSON = re.compile(
    rf"(?P<name>(?:{TITLE}\s*)*(?P<first>[A-ZÄÖÜ][\w-]+)(?:\s+[A-ZÄÖÜ][\w'’-]+(?:\s+[a-zäöü]{{2,3}}(?=\s+[A-ZÄÖÜ]))?){{1,2}})"
    r"(?=\s*(?:[,(]|$))"
)
_MIN_ROWS = 3  # rows a sheet has at least
# the rule under the header of a table of two columns, a run of dashes over each ("------  ----------")
_RULE = re.compile(r"[ \t]*(?:-{3,}|={3,})[ \t]+(?:-{3,}|={3,})[ \t]*(?=[^\s=-]|$)", re.M)
# where a text layer narrowed the gap: the members row, its label and the first entry of its numbered list
_NARROWED_MEMBERS = re.compile(rf"[ \t]*(?P<label>{_MEMBERS.pattern})[ \t]+(?P<value>{_ENTRY.pattern})")
_NARROWED_CHAIR = re.compile(rf"[ \t]*(?P<label>{_CHAIR.pattern})[ \t]+(?P<value>\S)")


def _lines(text: str, at: int) -> tuple[int, int]:
    a = max(text.rfind("\n", 0, at), text.rfind("\f", 0, at)) + 1
    b = text.find("\n", at)
    return a, len(text) if b < 0 else b


def _rows(text: str, at: int) -> list[tuple[str, list[tuple[int, int]]]] | None:
    """The rows of the table whose value column holds offset ``at``: each its label and the spans of its
    value's lines; None where the line of ``at`` is no row of such a table."""
    a, b = _lines(text, at)
    first = _ROW.match(text, a, b)
    if first is None or not first.start("value") <= at:
        return None
    indent, column = first.start("label") - a, first.start("value") - a
    start = a  # up to the table's first line: no blank line above
    while start > 0:
        p, _ = _lines(text, start - 1)
        if not text[p : start - 1].strip():
            break
        start = p
    rows: list[tuple[str, list[tuple[int, int]]]] = []
    pos = start
    while pos < len(text):
        p, q = _lines(text, pos)
        line = text[p:q]
        if not line.strip():
            if p >= a:
                break
            rows = []
        elif (m := _ROW.match(text, p, q)) and m.start("label") - p == indent and m.start("value") - p == column:
            rows.append((" ".join(m["label"].split()), [(m.start("value"), q)]))
        elif rows and len(line) - len(line.lstrip()) >= column:
            rows[-1][1].append((p + column, q))
        elif p > a:
            break
        else:
            rows = []
        pos = q + 1
    return rows if len(rows) >= _MIN_ROWS else None


def _narrowed_rows(text: str, at: int) -> list[tuple[str, list[tuple[int, int]]]] | None:
    """The members and chair rows of such a table whose gaps a PDF's text layer narrowed to single spaces,
    found by the rule of two runs over its rows and read by their labels' words; None where the line of
    ``at`` is no row under such a rule."""
    a, b = _lines(text, at)
    glued = _RULE.match(text, a, b)  # an export glued the rule to the first row ("-----  -----Bezeichnung …")
    pos = glued.end() if glued is not None else a
    if not text[pos:at].strip():
        return None  # the mention stands in the value column, after a label
    while glued is None:  # up to the rule over the rows, no blank line between
        if pos == 0:
            return None
        p, _ = _lines(text, pos - 1)
        if not text[p : pos - 1].strip():
            return None
        if _RULE.fullmatch(text, p, pos - 1):
            break
        pos = p
    lines: list[tuple[int, int]] = []
    while 0 < pos < len(text):
        p, q = _lines(text, pos)
        if not text[p:q].strip():
            break
        lines.append((max(p, pos), q))
        pos = q + 1
    if len(lines) < _MIN_ROWS:
        return None
    rows: list[tuple[str, list[tuple[int, int]]]] = []
    for k, (p, q) in enumerate(lines):
        if (m := _NARROWED_MEMBERS.match(text, p, q)) is not None:
            rows.append((" ".join(m["label"].split()), [(m.start("value"), q), *_listed(text, lines[k + 1 :])]))
        elif (m := _NARROWED_CHAIR.match(text, p, q)) is not None:
            rows.append((m["label"], [(m.start("value"), q)]))
    return rows


def _listed(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines going on with a numbered list whose first entry opened the line above: up to its last
    numbered line, and after it the lines a wrap opens (in lower case or with a bracket, no row's label)."""
    numbered = [k for k, (p, q) in enumerate(lines) if _ENTRY.match(text, p, q)]
    last = numbered[-1] if numbered and numbered[0] == 0 else -1
    out = lines[: last + 1]
    for p, q in lines[last + 1 :]:
        if last < 0 or not re.match(r"[a-zäöüß(]", text[p:q]):
            break
        out.append((p, q))
    return out


def gap_sheet(text: str, at: int, res: Resources) -> tuple[Chair | None, int | None, list[MemberRow]] | None:
    """The chair, size and members of the gap-parted profile table holding the group's mention at ``at``;
    None where there is none or it has no members row naming persons."""
    rows = _rows(text, at) or _narrowed_rows(text, at)
    if rows is None:
        return None
    chair: Chair | None = None
    size: int | None = None
    members: list[MemberRow] = []
    for label, spans in rows:
        if (listed := _MEMBERS.fullmatch(label)) is not None:
            size = int(listed["n"]) if listed["n"] else size
            members = _entries(text, spans)
        elif _CHAIR.fullmatch(label) and chair is None:
            p, q = spans[0]
            person = _person_in(text, p, q)
            if person is not None:  # its function after the name tells its sector
                office = " ".join(text[person[1] : q].strip(" \t,").split()) or None
                chair = Chair(person[2], person[0], person[1], True, office)
    if not members:
        return None
    marked = next((r for r in members if r.is_chair), None)
    if marked is not None:
        if chair is not None and marked.label is None and marked.value.casefold() == chair.value.casefold():
            marked.label = chair.office  # "1. Dr. Anna Beispiel (Vorsitz)": the chair row's function
        chair = Chair(marked.value, marked.start, marked.end, True, marked.label)
    elif chair is not None:
        for r in members:
            r.is_chair = r.value.casefold() == chair.value.casefold()
    return chair, size, members


def _person_in(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The first person named in ``text[start:end]`` after an office ("Stadträtin Dr. Anna Beispiel, …")."""
    for w in re.finditer(r"(?<![\w.-])[A-ZÄÖÜ]", text[start:end]):
        m = _PERSON.match(text, start + w.start(), end)
        if m is not None and is_first_name(m["first"]):
            return m.start("name"), m.end("name"), " ".join(m["name"].split())
    return None


def _entries(text: str, spans: list[tuple[int, int]]) -> list[MemberRow]:
    """The persons of a members cell's numbered entries, their lines joined."""
    entries: list[list[int]] = []
    for p, q in spans:
        mark = _ENTRY.match(text, p, q)
        if mark is not None:
            entries.append([mark.end(), q])
        elif entries:
            entries[-1][1] = q
        else:
            return []  # no numbered list
    out: list[MemberRow] = []
    for a, b in entries:
        colon = text.find(":", a, b)
        if colon >= 0:  # "je eine Vertretung der Ratsfraktionen: Eva Berg (SPD), Ole Muster (CDU)"
            out += _series(text, colon + 1, b)
            continue
        m = _PERSON.match(text, a, b)
        if m is None or not is_first_name(m["first"]):
            continue
        rest = text[m.end("name") : b]
        chair = CHAIR_MARK.search(rest) is not None
        function = " ".join(CHAIR_MARK.sub(" ", rest).strip(" \t\n,()").split()) or None
        out.append(MemberRow(m.start("name"), m.end("name"), " ".join(m["name"].split()), function, chair, "list"))
    return out


def _series(text: str, start: int, end: int) -> list[MemberRow]:
    """The persons after a shared seat's colon, parted by commas and "und", a bracket after each."""
    out: list[MemberRow] = []
    for part in re.finditer(r"[^,]+?(?:\([^()]*\))?(?=\s*(?:,|\bund\b|$))", text[start:end]):
        a = start + part.start() + len(part.group()) - len(part.group().lstrip(" \t\n"))
        words = re.sub(r"^(?:und|sowie)\s+", "", text[a : start + part.end()])
        a += len(text[a : start + part.end()]) - len(words)
        m = _PERSON.match(text, a, start + part.end())
        if m is None or not is_first_name(m["first"]):
            continue
        said = re.search(r"\(([^()]*)\)", text[m.end("name") : start + part.end()])
        label = said.group(1) if said else None
        out.append(MemberRow(m.start("name"), m.end("name"), " ".join(m["name"].split()), label, method="list"))
    return out
