"""A synopsis that sets two versions of a group side by side, a row per property between ruled lines::

                      Antrag vom 02.02.2027          Vorschlag der Verwaltung
    ------------------------------------------------------------------------------------
    Bezeichnung       Lenkungskreis Integration      Lenkungskreis Integration und Teilhabe
    ------------------------------------------------------------------------------------
    Vorsitz           Bürgermeister                  Beigeordnete für Soziales, Dr. Anna Beispiel
    ------------------------------------------------------------------------------------
    Sitze             9                              14
    ------------------------------------------------------------------------------------
    Mitglieder        je ein Mitglied der            Dr. Anna Beispiel (Vorsitz); Amt für
                      Fraktionen; Integrationsrat    Soziales; Integrationsrat (2 Sitze);
                                                     Caritasverband Nordheim e. V.

The header over the first rule names the versions, its label column empty; each line's cells go to
the column they start under. The last column is the version the paper proposes (a motion's answer, a
new composition beside the former one), so its cells are read: the members row (`row_members` of the
``profile`` patterns in ``steering.yaml``) as a list parted by semicolons, wrapped over lines, a part
marked "(Vorsitz)" the chair; the size row (`row_size`) as the size. A share ("je ein Mitglied der
Fraktionen") names what it shares out; a bracket counting seats ("(2 Sitze)") is left out.

The action fields read the same kind of table their own way (:mod:`extractors.action_fields.row_cells`):
there the row's own first line places every column and each is read, its pieces the view's cells (bars,
tabs, gaps) joined by spaces; here the header over the first rule places the label column and the last,
the only ones read, the cells cut from the paragraph's lines at gaps, a rule twenty signs long at least.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.base import dehyphenate
from extractors.german import enumerations
from extractors.resources import Resources, typed

from . import sectors
from .rules import CHAIR_MARK, Chair, MemberRow

_RULE = re.compile(r"[ \t]*[-─=_]{20,}[ \t]*")
_CELL = re.compile(r"\S+(?:[ \t]\S+)*")  # a cell: words parted by single spaces, cells by a gap of two or more
_SEATS = re.compile(r"[ \t]*\(\s*\d{1,2}\s+[A-ZÄÖÜ][\wäöüß]*\s*\)")  # "(2 Sitze)": a count of seats
_STOP = re.compile(r"(?<![\s.][A-Za-zÄÖÜ])\.$")  # a list's closing full stop, not an abbreviation's ("e. V.")
_MIN_RULES = 3
_TOLERANCE = 2  # how far a cell may start before its column


@dataclass(frozen=True)
class Synopsis:
    start: int
    end: int
    chair: Chair | None
    size: int | None
    members: list[MemberRow]


def _labels(res: Resources) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    p = typed.steering(res).profile
    return re.compile(p["row_members"]), re.compile(p["row_size"]), re.compile(p["row_chair"])


def synopsis(text: str, at: int, res: Resources) -> Synopsis | None:
    """The synopsis whose lines hold offset ``at`` (a group's name in its rows), or None."""
    start = text.rfind("\n\n", 0, at)
    start = 0 if start < 0 else start + 2
    end = text.find("\n\n", at)
    end = len(text) if end < 0 else end
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]*", text[start:end]) if m.group().strip()]
    rules = [i for i, (_, line) in enumerate(lines) if _RULE.fullmatch(line)]
    if len(rules) < _MIN_RULES or rules[0] == 0:
        return None
    header = [c.start() for c in _CELL.finditer(lines[rules[0] - 1][1])]
    if len(header) < 2 or header[0] < 4:  # the label column's head is empty
        return None
    members_label, size_label, chair_label = res.compiled(_labels)
    found = Synopsis(start, end, None, None, [])
    office = None
    for a, b in zip(rules, rules[1:]):
        label, last = _row(lines[a + 1 : b], header, start)
        label_text = dehyphenate(" ".join(w for _, w in label))
        if not last:
            continue
        if size_label.fullmatch(label_text) and (n := sectors.number(last[0][1].strip())) is not None:
            found = Synopsis(start, end, found.chair, n, found.members)
        elif chair_label.fullmatch(label_text):
            office = " ".join(w for _, w in last)
        elif members_label.fullmatch(label_text):
            members = _members(last, res)
            chair = next((Chair(r.value, r.start, r.end, True) for r in members if r.is_chair), None)
            found = Synopsis(start, end, chair, found.size, members)
    for r in found.members:  # the chair row's words say what the chair holds ("Beigeordnete für Soziales, …")
        r.label = dehyphenate(office) if r.is_chair and office else r.label
    return found if found.members else None


def _row(lines: list[tuple[int, str]], header: list[int], base: int) -> tuple[list[tuple[int, str]], ...]:
    """A row's label cells and its last column's cells, each with its flat offset."""
    label: list[tuple[int, str]] = []
    last: list[tuple[int, str]] = []
    for off, line in lines:
        for c in _CELL.finditer(line):
            if c.start() < header[0] - _TOLERANCE:
                label.append((base + off + c.start(), c.group()))
            elif c.start() >= header[-1] - _TOLERANCE:
                last.append((base + off + c.start(), c.group()))
    return label, last


def _members(cells: list[tuple[int, str]], res: Resources) -> list[MemberRow]:
    """The parts of a cell wrapped over lines, parted by semicolons."""
    joined, offsets = "", []
    for at, words in cells:
        joined += "\n" if joined else ""
        offsets.append((len(joined), at))
        joined += words
    rows = []
    for m in re.finditer(r"[^;]+", joined):
        part = _STOP.sub("", " ".join(dehyphenate(_SEATS.sub("", m.group())).split()).strip(" ,"))
        mark = CHAIR_MARK.search(part)
        value = (part[: mark.start()] + part[mark.end() :]).strip() if mark else part
        if not value:
            continue
        value = enumerations.nominative(value, res).name or value
        first = len(m.group()) - len(m.group().lstrip())
        at = max((o + m.start() + first - k for k, o in offsets if k <= m.start() + first), default=cells[0][0])
        rows.append(MemberRow(at, at + len(value), value, None, mark is not None, "table"))
    return rows
