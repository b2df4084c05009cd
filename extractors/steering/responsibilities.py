"""Members as the rows of a responsibility matrix (RACI: who carries a task out, who answers for it, who is
consulted, who is informed) that the group's caption or paragraph stands over, a row a member, a column a
task or a field::

    Zuständigkeitsmatrix (RACI) des Steuerungskreises Integration
      Mitglied / entsendende Stelle      Gesamt-   HF-  HF-  HF-
                                         steuerung BS   AB   WQ
      ─────────────────────────────────  ────────  ───  ───  ───
      Stadträtin Dr. Anna Beispiel,         A       A    A    A
      Dezernat II (Vorsitz)
      Jonas Weber, Jobcenter Nordheim       C       R    I    C
      Ratsfrau Eva Roth (SPD)               I       C    I    C
      ─ ─ ─ ─ ─ ─ nicht Mitglied ─ ─ ─ ─ ─ ─
      Moderation (Auftragnehmerin)          R       –    –    –
      R = führt durch   A = entscheidet   C = wird beteiligt   I = wird informiert

A row ends in the same number of cells as every other, three at least, each a code of the matrix or a dash
(nobody); its words before them name the person, an office before the name left out, what follows the name
and the lines wrapped under it (a line with no cells) its label; a chair's mark in them ("(Vorsitz)",
"(Leitung)") makes the chair. A legend of the codes (``raci_legend`` of ``steering.yaml``, three of them at
least) or the matrix's name in its caption makes the table such a matrix; the group's name stands in the
caption or in a paragraph a few lines above that says who belongs to it (``matrix_members``). The rows end
at the first rule under them: those below it (the moderation, the council) are set apart as no members. The
rows read by their words and cells alone, not by columns: a PDF's text narrows the gaps. A row naming no
person, and the matrix gives nothing: a matrix of offices or bodies is left to the other readers, as is one
of fewer than two persons.
"""

from __future__ import annotations

import re

from extractors.base import dehyphenate
from extractors.resources import Resources, typed
from pipeline.lang.de.markers import DRAWN_RULES

from .person_tables import located_name
from .rules import CHAIR_MARK, Chair, MemberRow

_REACH = 16  # lines from the group's mention to the matrix's first row at most
_CAPTION = 8  # lines above the first row a caption naming the group (and the header) stands in at most
_LEGEND = 6  # lines before the first row and after the last a legend stands in at most
_MIN_CELLS = 3
_MIN_CODES = 3  # codes a legend explains at least
_MIN_MEMBERS = 2
_WRAPS = 2  # lines a row's words wrap onto at most
_CELL = re.compile(r"[RACIS](?:/[RACIS])?|[–—-]")
_RULE = re.compile(rf"[ \t]*[{DRAWN_RULES}\-=_](?:[^\n]*[{DRAWN_RULES}\-=_])?[ \t]*")
Row = tuple[int, int, str, int]  # the row's line start, where its words end, its words, its cells


def responsibility_matrix(
    text: str, spans: list[tuple[int, int]], res: Resources
) -> tuple[list[MemberRow], Chair | None] | None:
    """The members and chair of the responsibility matrix the group's mentions at ``spans`` stand over;
    None where none does."""
    if "=" not in text and "CI" not in text:
        return None  # neither a legend's "R = …" nor a caption's "RACI": no such matrix
    data = typed.steering(res)
    for a, _ in sorted(spans):
        rows, first = _rows_after(text, a)
        if not rows:
            continue
        top, bottom = _caption(text, first)
        told = top <= a < bottom or re.search(data.matrix_members, _paragraph(text, a))
        if not told or not _legend(text, first, rows[-1][1], text[top:bottom], data.raci_legend):
            continue
        return _members(text, rows, res)
    return None


def _rows_after(text: str, at: int) -> tuple[list[Row], int]:
    """The rows of the first matrix whose first row stands within reach of ``at``, and where that row's line
    starts: a row a line ending in cells, the lines with none under it its words wrapped."""
    pos = text.find("\n", at) + 1
    for _ in range(_REACH):
        if pos <= 0:
            break
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        count = _cells(text[pos:stop])[1]
        if count >= _MIN_CELLS:
            return _walk(text, pos, count), pos
        pos = stop + 1
    return [], 0


def _walk(text: str, pos: int, count: int) -> list[Row]:
    """The rows from ``pos`` on, each ending in ``count`` cells, up to a rule, a blank line or a line that is
    neither a row nor its wrapped words."""
    rows: list[Row] = []
    wraps = 0
    while pos < len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        line = text[pos:stop]
        if not line.strip() or _RULE.fullmatch(line):
            break
        words, cells = _cells(line)
        if cells == count:
            rows.append((pos, pos + len(words), words, cells))
            wraps = 0
        elif cells or not rows or wraps >= _WRAPS:
            break
        else:
            last = rows[-1]
            rows[-1] = (last[0], stop, f"{last[2]}\n{line.strip()}", last[3])
            wraps += 1
        pos = stop + 1
    return rows


def _cells(line: str) -> tuple[str, int]:
    """A line's words before the cells it ends in, and how many cells: no cells where the line is all cells
    or none of them holds a code."""
    tokens = line.split()
    k = len(tokens)
    while k > 0 and _CELL.fullmatch(tokens[k - 1]):
        k -= 1
    cells = tokens[k:]
    if k == 0 or not any(c[0].isalpha() for c in cells):
        return line.rstrip(), 0
    ends = [m.end() for m in re.finditer(r"\S+", line)]
    return line[: ends[k - 1]], len(cells)


def _line_back(text: str, at: int, lines: int) -> int:
    """Where the line ``lines`` lines above the one starting at ``at`` starts."""
    for _ in range(lines):
        if at <= 0:
            break
        at = text.rfind("\n", 0, at - 1) + 1
    return at


def _caption(text: str, first: int) -> tuple[int, int]:
    """Where the caption over the matrix whose first row starts at ``first`` starts and ends: the lines above
    the blank line over the header, up to the blank line over them."""
    at = first
    while at > 0 and text[_line_back(text, at, 1) : at].strip():  # the header's lines and its rule
        at = _line_back(text, at, 1)
    bottom = len(text[:at].rstrip())
    top = at
    for _ in range(_CAPTION):
        up = _line_back(text, top, 1)
        if up >= top or not text[up:top].strip() and top < at:
            break
        top = up
    return top, bottom


def _paragraph(text: str, at: int) -> str:
    """The paragraph around ``at``: from the blank line before it to the one after."""
    start = text.rfind("\n\n", 0, at)
    end = text.find("\n\n", at)
    return text[start + 1 if start >= 0 else 0 : end if end >= 0 else len(text)]


def _legend(text: str, first: int, last: int, caption: str, legend: str) -> bool:
    """Whether the lines around the matrix explain three of its codes at least ("R = führt durch"), or its
    caption names it by its kind ("Zuständigkeitsmatrix (RACI)")."""
    if re.search(r"\bR(?:A|AS)CI\b", caption):
        return True
    around = text[_line_back(text, first, _LEGEND) : _line_forward(text, last, _LEGEND)]
    return len({m["code"] for m in re.finditer(legend, around)}) >= _MIN_CODES


def _line_forward(text: str, at: int, lines: int) -> int:
    """Where the line ``lines`` lines below ``at`` ends."""
    for _ in range(lines):
        nxt = text.find("\n", at + 1)
        if nxt < 0:
            return len(text)
        at = nxt
    return at


def _members(text: str, rows: list[Row], res: Resources) -> tuple[list[MemberRow], Chair | None] | None:
    """The persons the rows name, None unless each row names one and two rows at least."""
    members: list[MemberRow] = []
    for start, _, words, _ in rows:
        first = words.split("\n", 1)[0]
        entry = " ".join(first.split())
        if (located := located_name(entry, text[start : start + len(first)], res)) is None:
            return None
        name, found = located
        rest = entry[entry.find(name) + len(name) :] + " " + " ".join(words.split("\n")[1:])
        chairs = CHAIR_MARK.search(rest) is not None
        label = dehyphenate(" ".join(CHAIR_MARK.sub(" ", rest).strip(" ,").split())) or None
        members.append(MemberRow(start + found.start(), start + found.end(), name, label, chairs, "table"))
    if len(members) < _MIN_MEMBERS:
        return None
    chair = next((Chair(r.value, r.start, r.end, True, r.label) for r in members if r.is_chair), None)
    return members, chair
