"""Members in the attendance list heading the minutes of one of the group's meetings, the minutes quoted
whole or in an excerpt::

    Niederschrift über die konstituierende Sitzung der Steuerungsgruppe Integration
    am Montag, 15. März 2027, 16:00 bis 18:10 Uhr, Kreishaus Friedberg

    Stimmberechtigte Mitglieder
      anwesend:     Beigeordnete Dr. Anna Beispiel (Vorsitz); Jonas Weber (Sozialamt)
      entschuldigt: Stadtratsmitglied Lea Brandt (SPD)
    Beratendes Mitglied
      anwesend:     Ole Lind (Polizeiinspektion)
    Gäste:          Eva Roth (Praktikantin)
    Protokoll:      Kai Muster (Sozialamt)

The head names the minutes (``minutes_head`` of ``steering.yaml``) and the meeting of the group, its
mention closing the head. Its labels say who is meant: a status ("anwesend", "entschuldigt":
``attendance_status``) lists members, the excused as much as the present, unless it stands under a heading
of others (``attendance_others``: "Beratende Mitglieder", "Gäste", "Protokoll", "Moderation"); a heading of
members ("Stimmberechtigte Mitglieder", "a) Mitglieder": ``attendance_members``) lists members. A lettered
heading ("a) Mitglieder", "b) Gäste") stands under the status before it and ends at the next status. The
persons of a label are parted by semicolons, or stand a line each (a line opening with no person goes on
with the one above); an office before a name is left out, the words after it (a bracket, after a comma) its
label. The list ends at a rule, an item of the agenda ("TOP 1") or a paragraph of prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.base import dehyphenate
from extractors.resources import Resources, typed

from .apart import apart
from .name_blocks import name_part
from .person_tables import _name_at
from .rules import CHAIR_MARK, Chair, MemberRow

_HEAD_LINES = 2  # lines the head of the minutes takes up to the group's mention at most
_BEFORE_LABELS = 4  # lines between the head and the first label at most (the meeting's date and place)
_MIN_MEMBERS = 2
_RULE = re.compile(r"[ \t]*(?:[-=_─━┄┈═~*·.]\s?){6,}[ \t]*")  # a rule closing the excerpt
_LETTER = re.compile(r"(?:[a-z]\)|\d{1,2}[.)])[ \t]+")  # "a) Mitglieder", "1. Gäste"


@dataclass(frozen=True)
class _Label:
    kind: str  # "status", "members", "others" or "head"
    lettered: bool
    value: int  # where the value after the label starts (the line's end without one)


def attendance(text: str, at: int, res: Resources) -> tuple[list[MemberRow], Chair | None] | None:
    """The members and chair of the attendance list under the minutes' head whose mention of the group
    stands at ``at`` (none where it lists others alone); None where no such head and list stand there."""
    data = typed.steering(res)
    line_start = text.rfind("\n", 0, at) + 1
    head_start = line_start
    for _ in range(_HEAD_LINES - 1):
        if head_start > 0 and text[text.rfind("\n", 0, head_start - 1) + 1 : head_start - 1].strip():
            head_start = text.rfind("\n", 0, head_start - 1) + 1
    if not re.search(data.minutes_head, text[head_start:at]):
        return None
    pos = text.find("\n", at)
    if pos < 0:
        return None
    groups = _labelled(text, pos + 1, res)
    rows: list[MemberRow] = []
    for kind, a, b in groups:
        if kind == "members":
            rows += [r for r in _persons(text, a, b, res) if r is not None]
    if not rows and any(kind == "others" for kind, _, _ in groups):
        return [], None  # guests and the minutes' writer alone: no member named
    if len(rows) < _MIN_MEMBERS:
        return None
    marked = next((r for r in rows if r.is_chair), None)
    chair = Chair(marked.value, marked.start, marked.end, True, marked.label) if marked else None
    return rows, chair


def _label(line: str, res: Resources) -> _Label | None:
    """The label opening a line of the list, None for a line of persons."""
    data = typed.steering(res)
    indent = len(line) - len(line.lstrip())
    letter = _LETTER.match(line, indent)
    at = letter.end() if letter else indent
    for kind, pattern in (
        ("status", data.attendance_status),
        ("members", data.attendance_members),
        ("others", data.attendance_others),
        ("head", data.attendance_head),
    ):
        m = re.compile(rf"(?:{pattern})[ \t]*(?::|$)").match(line, at)
        if m is not None and (m.group().endswith(":") or not line[m.end() :].strip()):
            return _Label(kind, letter is not None, m.end())
    return None


def _labelled(text: str, pos: int, res: Resources) -> list[tuple[str, int, int]]:
    """The values of the list's labels from ``pos`` on, each the kind of persons it names and its span."""
    out: list[tuple[str, int, int]] = []
    heading: _Label | None = None
    kind: str | None = None
    seen, before, blank = False, 0, False
    a = b = pos
    while pos < len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        line = text[pos:stop].replace("\f", " ")
        label = _label(line, res)
        if _RULE.fullmatch(line) or re.match(r"[ \t]*TOP\b", line) or (blank and seen and label is None):
            break
        if not line.strip():
            blank = seen
        elif label is not None:
            if kind is not None:
                out.append((kind, a, b))
            if label.kind == "status":
                heading = heading if heading and not heading.lettered else None
                kind = heading.kind if heading else "members"
            elif label.kind == "head":
                kind = None
            else:
                kind = label.kind
                heading = label if not line[label.value :].strip() or label.lettered else None
            a, b, seen, blank = pos + label.value, stop, True, False
        elif seen:
            b, blank = stop, False
        else:
            before += 1
            if before > _BEFORE_LABELS:
                return []
        pos = stop + 1
    if kind is not None:
        out.append((kind, a, b))
    return out


def _persons(text: str, a: int, b: int, res: Resources) -> list[MemberRow | None]:
    """The persons a label's value names from ``a`` to ``b``: parted by semicolons, or a line each."""
    if ";" in text[a:b]:
        return [_person(text, p, q, res) for p, q in apart(text, a, b, ";", last=True)]
    starts: list[int] = []
    pos = a
    while pos < b:
        stop = min(b, text.find("\n", pos) if text.find("\n", pos) >= 0 else b)
        line = text[pos:stop]
        if line.strip() and (not starts or _name_at(" ".join(line.split()), res) is not None):
            starts.append(pos)
        pos = stop + 1
    return [_person(text, p, q, res) for p, q in zip(starts, [*starts[1:], b])]


def _person(text: str, a: int, b: int, res: Resources) -> MemberRow | None:
    """The person an entry names (an office before the name left out), the words after it its label."""
    entry = dehyphenate(" ".join(text[a:b].split()))
    if not entry:
        return None
    at = _name_at(entry, res)
    if at is None:
        return None
    name = name_part(entry)[at:]
    found = re.search(r"\s+".join(map(re.escape, name.split())), text[a:b])
    if found is None:
        return None
    rest = entry[entry.find(name) + len(name) :]
    label = " ".join(CHAIR_MARK.sub(" ", rest).split()).strip(" ,()") or name_part(entry)[:at].strip() or None
    return MemberRow(a + found.start(), a + found.end(), name, label, bool(CHAIR_MARK.search(entry)), "list")
