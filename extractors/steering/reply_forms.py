"""Members as the reply forms of the bodies asked to send one, each form a drawn box of labelled fields,
the boxes tiled side by side, right after the paragraph that speaks of the group::

    ┌ Rückmeldung 1 ──────────────────┐  ┌ Rückmeldung 2 ──────────────────┐
    │ Stelle:     Jobcenter Nordheim  │  │ Stelle:     Ratsfraktion SPD    │
    │ ☒ entsendet  ☐ entsendet nicht  │  │ ☐ entsendet  ☒ entsendet nicht  │
    │ Mitglied:   Anna Beispiel       │  │ Mitglied:   –                   │
    │ Vertretung: Jonas Weber         │  │ Bemerkung:  Gast (Lea Brandt)   │
    └─────────────────────────────────┘  └─────────────────────────────────┘

A box's lines are the pieces between its bars; a line opening with a label and a colon opens a field, a
line without one goes on with the field above. The member is the person of the members' field
(``reply_member`` of ``steering.yaml``: "Mitglied:", an office before the name left out), the body of
the sending field (``reply_body``: "Stelle:") the label its sector is read from; a deputy's field or a
remark names none. A box whose ticked box declines (``reply_declined``: "☒ entsendet nicht") names no
member. Two boxes with a member at least make the form; a text layer that closed the gaps keeps the bars.
"""

from __future__ import annotations

import re

from extractors.base import dehyphenate
from extractors.resources import Resources, typed

from .name_blocks import name_part
from .person_tables import _name_at
from .rules import MemberRow

_REACH = 12  # lines from the group's mention to the first box at most
_MIN_MEMBERS = 2
_TOP = re.compile(r"[ \t]*┌")
_HEADING = re.compile(r"[ \t]*\d+(?:\.\d+)*\.?[ \t]+[A-ZÄÖÜ]")  # the next numbered heading ends the search
_FIELD = re.compile(r"[ \t]*(?P<label>[A-ZÄÖÜ][\wäöüß./-]*(?:[ \t][\wäöüß./-]+){0,2}):[ \t]*(?P<value>.*)")
_TICKED = re.compile(r"[☒☑✗✘]\s*(?P<option>[^☐☒☑✗✘]*)")
Field = tuple[str, list[tuple[int, str]]]  # a field's label and its value's pieces, each with its offset


def reply_forms(text: str, spans: list[tuple[int, int]], res: Resources) -> list[MemberRow] | None:
    """The members the reply forms after the group's mentions at ``spans`` name; None where none stand
    there."""
    for a, _ in spans:
        pos = text.find("\n", a) + 1
        for k in range(_REACH):
            stop = text.find("\n", pos)
            if pos <= 0 or stop < 0 or k and _HEADING.match(text, pos):
                break
            if _TOP.match(text, pos):
                rows = _members(_boxes(text, pos), res)
                return rows if len(rows) >= _MIN_MEMBERS else None
            pos = stop + 1
    return None


def _boxes(text: str, pos: int) -> list[list[Field]]:
    """The fields of the boxes from ``pos`` on, box by box, up to a line that is no box's."""
    boxes: list[list[Field]] = []
    row: dict[int, list[Field]] = {}
    while pos < len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        line = text[pos:stop]
        if _TOP.match(line):
            boxes += [row[k] for k in sorted(row)]
            row = {}
        elif "│" in line:
            bars = [m.start() for m in re.finditer("│", line)]
            for k, (a, b) in enumerate(zip(bars[::2], bars[1::2])):
                _piece(row.setdefault(k, []), pos + a + 1, line[a + 1 : b])
        elif line.strip() and not set(line.strip()) <= set("─┐└┘┬┴ \t"):
            break
        pos = stop + 1
    return boxes + [row[k] for k in sorted(row)]


def _piece(fields: list[Field], at: int, piece: str) -> None:
    """A box's line: a field opening with its label, or the value of the field above going on."""
    m = _FIELD.match(piece)
    if m is not None:
        fields.append((m["label"], [(at + m.start("value"), m["value"])]))
    elif piece.strip() and fields:
        fields[-1][1].append((at, piece))
    elif piece.strip():
        fields.append(("", [(at, piece)]))


def _members(boxes: list[list[Field]], res: Resources) -> list[MemberRow]:
    """The member of each box that sends one."""
    data = typed.steering(res)
    rows: list[MemberRow] = []
    for fields in boxes:
        ticked = [t["option"] for _, pieces in fields for _, v in pieces for t in _TICKED.finditer(v)]
        if any(re.search(data.reply_declined, t) for t in ticked):
            continue
        body = next((_joined(p) for label, p in fields if re.fullmatch(data.reply_body, label)), None)
        for label, pieces in fields:
            if re.fullmatch(data.reply_member, label) and (row := _person(pieces, body, res)) is not None:
                rows.append(row)
    return rows


def _joined(pieces: list[tuple[int, str]]) -> str:
    return dehyphenate(" ".join(" ".join(v for _, v in pieces).split()))


def _person(pieces: list[tuple[int, str]], body: str | None, res: Resources) -> MemberRow | None:
    """The person a members' field names on its first line (an office before the name left out)."""
    at, value = pieces[0]
    entry = " ".join(value.split())
    start = _name_at(entry, res)
    if start is None:
        return None
    name = name_part(entry)[start:]
    found = re.search(r"\s+".join(map(re.escape, name.split())), value)
    if found is None:
        return None
    return MemberRow(at + found.start(), at + found.end(), name, body, False, "table")
