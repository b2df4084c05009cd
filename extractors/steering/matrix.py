"""Members in a matrix of the persons who take part in several bodies, a column of marks for each body
headed by its short name, the group's among them::

    Name                 Institution / Funktion            LK    RG    IF
    ───────────────────  ────────────────────────────────  ────  ────  ────
    Dr. Anna Beispiel    Referentin für Soziales           V           ●
    Jonas Weber          Sozialamt, Leiter                 ●     ●
    Lea Brandt           Stadträtin, SPD-Fraktion          ●
    Prof. Dr. Ida        Hochschule Nordheim               ○
    Roth
    Ole Lind             Amt für Statistik                       ●

    LK = Lenkungskreis Integration · RG = Redaktionsgruppe · V = Vorsitz · ● = Mitglied · ○ = beratend

The group's column is the short name a legend gives it ("LK = Lenkungskreis Integration") or a bracket
after its name ("die Steuerungsgruppe (SG)"); the header ends in two such short names at least, each over
its column of marks. A row opens with a person at the margin (an office before the name, a comma and the
body after it allowed; the name may wrap onto the next line), the other cells its label; it is a member
when a mark stands in the group's column, the mark's meaning in the legend making it the chair
(``mark_chair`` of ``steering.yaml``: "Vorsitz") or no member (``mark_not_member``: "beratend"). A mark under
no column, a row naming no person or a table with fewer than two members and the table is none of this.
"""

from __future__ import annotations

import re

from extractors.base import dehyphenate
from extractors.resources import Resources, typed
from pipeline.structure import Line

from .name_blocks import NAME_WORD, name_part
from .person_tables import _name_at
from .rules import Chair, MemberRow

_REACH = 40  # lines from the group's mention to the header at most
_LEGEND_LINES = 4  # lines of the legend under the table at most
_SLACK = 3  # characters a mark may stand off its column's middle
_MARK = 3  # characters of a mark at most
_MIN_MEMBERS = 2
_CODE = re.compile(r"[A-ZÄÖÜ]{1,5}")
_RULE = re.compile(r"[ \t]*[-=_─━═┄]{3,}(?:[ \t]+[-=_─━═┄]{3,})*[ \t]*")
# a legend's entry: a mark or short name, "=", its meaning up to the next entry
_ENTRY = re.compile(
    r"(?<![^\s·;,])(?P<mark>[^\s=·;,]{1,5})[ \t]*=[ \t]*(?P<meaning>[^=·;]*?)"
    r"(?=[ \t]*(?:[·;]|$|\s[^\s=·;,]{1,5}[ \t]*=))"
)
Cells = list[tuple[int, int, str]]


def mark_matrix(text: str, spans: list[tuple[int, int]], res: Resources) -> tuple[list[MemberRow], Chair | None] | None:
    """The members and chair of the matrix whose column the group's short name heads (the group's
    mentions at ``spans``); None where no such matrix stands after a mention."""
    codes = {c for a, b in spans if (c := _code(text, a, b))}
    if not codes:
        return None  # no short name a column could be headed by
    for a, _ in sorted(spans):
        pos = text.find("\n", a) + 1
        for _ in range(_REACH):
            stop = text.find("\n", pos)
            if pos <= 0 or stop < 0:
                break
            header = Line(pos, stop, text[pos:stop]).columns
            if len(header) >= 3 and all(_CODE.fullmatch(c) for _, _, c in header[-2:]):
                found = [k for k, (_, _, c) in enumerate(header) if c in codes]
                return _read(text, pos, header, found[0], res) if found else None
            pos = stop + 1
    return None


def _code(text: str, a: int, b: int) -> str | None:
    """The short name a mention gives its group: in a legend before it ("LK = Lenkungskreis …") or in a
    bracket after it ("Steuerungsgruppe (SG)")."""
    before = re.search(r"(?:^|[\s·;,])([A-ZÄÖÜ]{1,5})[ \t]*=[ \t]*$", text[max(0, a - 12) : a])
    after = re.match(r"[ \t]*\(([A-ZÄÖÜ]{2,5})\)", text[b : b + 12])
    return before.group(1) if before else after.group(1) if after else None


def _read(
    text: str, pos: int, header: Cells, column: int, res: Resources
) -> tuple[list[MemberRow], Chair | None] | None:
    """The members of the matrix under the header at ``pos``, the group's marks in ``column``."""
    margin = header[0][0] - pos
    codes = [((a + b) / 2 - pos, c) for a, b, c in header if _CODE.fullmatch(c)]
    first = min(a for a, b, c in header if _CODE.fullmatch(c)) - pos
    rows: list[tuple[Cells, list[str]]] = []  # each row's person cells (its lines) and the short names marked
    at = text.find("\n", pos) + 1
    while at > 0 and (stop := text.find("\n", at)) >= 0:
        line = text[at:stop]
        if not line.strip() or _RULE.fullmatch(line) and rows:
            break
        if not _RULE.fullmatch(line):
            cells = Line(at, stop, line).columns
            marks = [c for c in cells if c[0] - at >= first - _SLACK]
            if any(len(c[2]) > _MARK for c in marks):
                return None
            marked = [_column(codes, (a + b) / 2 - at) for a, b, _ in marks]
            if None in marked:
                return None
            words = [c for c in cells if c not in marks]
            if words and words[0][0] - at <= margin + 1 and not (rows and _wraps(rows[-1][0][0][2], words[0][2], res)):
                rows.append((words, [f"{c[2]}={m}" for c, m in zip(marks, marked)]))
            elif rows:
                rows[-1][0].extend(words)
                rows[-1][1].extend(f"{c[2]}={m}" for c, m in zip(marks, marked))
            else:
                return None
        at = stop + 1
    meanings = _legend(text, at)
    data = typed.steering(res)
    code = header[column][2]
    members: list[MemberRow] = []
    for cells, pairs in rows:
        mark = next((m.partition("=")[0] for m in pairs if m.partition("=")[2] == code), None)
        meaning = meanings.get(mark or "", "")
        if mark is None or re.search(data.mark_not_member, meaning):
            continue
        if (row := _member(cells, margin, text, res)) is not None:
            row.is_chair = bool(re.search(data.mark_chair, meaning))
            members.append(row)
    if len(members) < _MIN_MEMBERS:
        return None
    chair = next((Chair(r.value, r.start, r.end, True, r.label) for r in members if r.is_chair), None)
    return members, chair


def _column(codes: list[tuple[float, str]], middle: float) -> str | None:
    """The short name of the column a mark stands under, None for one under none."""
    near = min(codes, key=lambda c: abs(c[0] - middle))
    return near[1] if abs(near[0] - middle) <= _SLACK else None


def _legend(text: str, at: int) -> dict[str, str]:
    """The meanings the legend under the table gives its marks and short names."""
    lines: list[str] = []
    while at > 0 and len(lines) < _LEGEND_LINES and (stop := text.find("\n", at)) >= 0:
        line = text[at:stop]
        if line.strip() or lines:
            if not line.strip():
                break
            lines.append(line.strip())
        at = stop + 1
    joined = dehyphenate(" ".join(lines))
    return {m["mark"]: m["meaning"] for m in _ENTRY.finditer(joined)}


def _wraps(above: str, cell: str, res: Resources) -> bool:
    """Whether a cell at the margin is the rest of the name above it: one name word under titles and a given
    name ("Prof. Dr. Ida" / "Roth")."""
    return _name_at(" ".join(above.split()), res) is None and NAME_WORD.fullmatch(cell) is not None


def _member(cells: Cells, margin: int, text: str, res: Resources) -> MemberRow | None:
    """The person a row names: its first cell's name (an office before it left out; wrapped onto the next
    line at the margin), the rest of that cell and the other cells its label."""
    first = cells[0]
    entry = " ".join(first[2].split())
    wrap = next((c for c in cells[1:] if c[0] - text.rfind("\n", 0, c[0]) - 1 <= margin + 1), None)
    if wrap is not None and _wraps(entry, wrap[2], res):
        entry, cells = f"{entry} {wrap[2]}", [c for c in cells if c is not wrap]  # "Prof. Dr. Ida" / "Roth"
    at = _name_at(entry, res)
    if at is None:
        return None
    name = name_part(entry)[at:]
    found = re.search(r"\s+".join(map(re.escape, name.split())), text[first[0] : first[1]])
    if found is None and wrap is None:
        return None
    start = first[0] + (found.start() if found else first[2].find(name.split()[0]))
    end = first[0] + found.end() if found else wrap[1] if wrap else first[1]
    rest = [entry[entry.find(name) + len(name) :].strip(" ,")] + [c[2] for c in cells[1:]]
    label = dehyphenate(" ".join(" ".join(rest).split())) or None
    return MemberRow(start, end, name, label, False, "table")
