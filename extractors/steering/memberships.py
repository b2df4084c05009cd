"""The membership export of a council information system (RIS) for one body ("Gremium: Lenkungsgruppe
Integration – Mitgliedschaften", "Stand 26.04.2027"): a table "Name | Art der Mitarbeit | Organisation /
Fraktion | von | bis", one row a membership, the persons who left still listed with their last day.
Its header is told by its column kinds (``profile`` of ``steering.yaml``: the persons' names, the kind of
membership, its first and last day); its rows by the columns' places in the header line, a cell wrapped
onto the line below joined to its row. A member is who holds a membership of a voting kind (not a
deputy's, an advisory one's or a guest's: ``membership_not``) with no last day or one not before the
export's date (where the export states none, the latest first day it lists); the chair is the one whose
kind names the chair. A name set surname first ("Zenner, Dr. Monika") is turned into the natural order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from extractors.resources import Resources, typed
from pipeline.structure import Line

from .inverted import natural_order
from .rules import Chair, MemberRow

_DATE = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})")
_STAND = re.compile(
    r"\b(?:Stand|Abfrage|Export|Datenstand)(?:[ \t]+(?:vom|am))?[ \t]*:?[ \t]*(?P<date>\d{1,2}\.\d{1,2}\.\d{4})"
)
_RULE = re.compile(r"[ \t─━═—–_=-]+")
_DAY = r"\d{1,2}\.\d{1,2}\.\d{4}"
_SPAN = 800  # how far after the group's name the export's header may stand


@dataclass(frozen=True)
class _Kinds:
    name: re.Pattern[str]
    kind: re.Pattern[str]
    start: re.Pattern[str]
    end: re.Pattern[str]
    other: re.Pattern[str]
    chair: re.Pattern[str]
    flat_header: re.Pattern[str]
    flat_row: re.Pattern[str]


def _kinds(res: Resources) -> _Kinds:
    return res.compiled(_build)


def _build(res: Resources) -> _Kinds:
    p = typed.steering(res).profile
    return _Kinds(
        re.compile(p["name_column"]),
        re.compile(p["membership_kind"]),
        re.compile(p["membership_from"]),
        re.compile(p["membership_to"]),
        re.compile(p["membership_not"]),
        re.compile(rf"(?i)\b{p['row_chair']}"),
        re.compile(
            rf"[ \t]*(?:{_bare(p['name_column'])})[ \t]+(?:{_bare(p['membership_kind'])})[ \t]+\S[^\n]*?"
            rf"[ \t](?:{_bare(p['membership_from'])})[ \t]+(?:{_bare(p['membership_to'])})[ \t]*",
            re.I,
        ),
        re.compile(
            rf"[ \t]*(?P<name>\S[^\n]*?)[ \t]+(?P<kind>{p['membership_kind_cell']})[ \t]+(?P<org>\S[^\n]*?)"
            rf"[ \t]+(?P<start>{_DAY})(?:[ \t]+(?P<end>{_DAY}))?[ \t]*"
        ),
    )


def _bare(pattern: str) -> str:
    """A pattern without its leading case flag, to be set inside another."""
    return pattern.removeprefix("(?i)")


def _day(cell: str) -> date | None:
    m = _DATE.search(cell)
    if m is None:
        return None
    try:
        return date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None


def _header(cells: Sequence[tuple[int, int, str]], kinds: _Kinds) -> dict[str, int] | None:
    """The columns of an export's header line by kind; None when it lacks a name's, a kind's, a first or last day's."""
    found: dict[str, int] = {}
    for k, (_a, _b, cell) in enumerate(cells):
        for key in ("name", "kind", "start", "end"):
            if key not in found and getattr(kinds, key).fullmatch(cell.strip()):
                found[key] = k
                break
    return found if len(found) == 4 else None


def _rows(text: str, start: int, starts: list[int]) -> list[list[tuple[int, int, str]]]:
    """The rows under the header (``starts``: each column's place in its line), up to a blank line after them."""
    rows: list[list[tuple[int, int, str]]] = []
    pos = text.find("\n", start) + 1
    while 0 < pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if not line.strip() or _RULE.fullmatch(line):
            if rows and not line.strip():
                break
            pos = end + 1
            continue
        row: list[tuple[int, int, str]] = [(pos, pos, "")] * len(starts)
        for a, b, cell in Line(pos, end, line).columns:
            k = max((k for k, s in enumerate(starts) if s <= a - pos + 2), default=0)
            row[k] = (row[k][0] if row[k][2] else a, b, f"{row[k][2]} {cell}".strip())
        if rows and not row[0][2]:  # a cell wrapped onto the line below ("Fraktion BÜNDNIS 90/" / "DIE GRÜNEN")
            rows[-1] = [(c[0], d[1], f"{c[2]} {d[2]}".strip()) if d[2] else c for c, d in zip(rows[-1], row)]
        elif _day(line) is None and rows:
            break  # a line of no membership: the export's count ("16 Datensätze"), a sentence
        else:
            rows.append(row)
        pos = end + 1
    return rows


def _flat_rows(text: str, start: int, kinds: _Kinds) -> list[list[tuple[int, int, str]]]:
    """The rows under a flattened header ("Name Art der Mitarbeit Organisation / Fraktion von bis"), each cut
    by its kind of membership and its dates: name, kind, body, first day, last day; a line of a last day alone
    or of a body's rest ("DIE GRÜNEN") joined to the row above."""
    rows: list[list[tuple[int, int, str]]] = []
    pos = text.find("\n", start) + 1
    while 0 < pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        m = kinds.flat_row.fullmatch(text, pos, end)
        if m is not None:
            rows.append([(m.start(k), m.end(k), m[k] or "") if m[k] else (end, end, "") for k in _FLAT])
        elif _RULE.fullmatch(line) or not line.strip() and not rows:
            pass
        elif rows and _DATE.fullmatch(line.strip()) and not rows[-1][4][2]:
            rows[-1][4] = (pos, end, line.strip())  # the last day wrapped onto a line of its own
        elif rows and line.strip() and not re.search(r"\d", line) and len(line.split()) <= 4:
            a, _b, org = rows[-1][2]
            rows[-1][2] = (a, end, f"{org} {line.strip()}")
        else:
            break
        pos = end + 1
    return rows


_FLAT = ("name", "kind", "org", "start", "end")


def memberships(
    text: str, spans: Sequence[tuple[int, int]], res: Resources
) -> tuple[list[MemberRow], Chair | None] | None:
    """The members and chair of the membership export right after one of the group's names, else None."""
    kinds = _kinds(res)
    for _s, e in spans:
        pos = e
        limit = min(len(text), e + _SPAN)
        while pos < limit:
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            cells = Line(pos, end, text[pos:end]).columns
            columns = _header(cells, kinds) if len(cells) >= 4 else None
            flat = columns is None and kinds.flat_header.fullmatch(text, pos, end) is not None
            if columns is not None or flat:
                stand = _STAND.search(text, e, pos)
                rows = _flat_rows(text, pos, kinds) if flat else _rows(text, pos, [a - pos for a, _b, _c in cells])
                columns = columns or {"name": 0, "kind": 1, "start": 3, "end": 4}
                return _members(rows, columns, _day(stand["date"]) if stand else None, kinds)
            pos = end + 1
    return None


def _members(
    rows: list[list[tuple[int, int, str]]], columns: dict[str, int], stand: date | None, kinds: _Kinds
) -> tuple[list[MemberRow], Chair | None] | None:
    """The rows that hold a voting membership at the export's date, as members; the chair among them."""
    firsts = [d for r in rows if (d := _day(r[columns["start"]][2])) is not None]
    if len(firsts) < 2:
        return None
    at = stand or max(firsts)
    org = next((k for k in range(len(rows[0])) if k not in columns.values()), None)
    out: list[MemberRow] = []
    chair: Chair | None = None
    for r in rows:
        a, b, name = r[columns["name"]]
        kind = r[columns["kind"]][2]
        last = _day(r[columns["end"]][2])
        deputy, chairs = bool(kinds.other.search(kind)), bool(kinds.chair.search(kind))
        if not name or (deputy and not chairs) or (last is not None and last < at):
            continue  # a deputy, an advisory member, one who left; a deputy chair is a member
        chairs = chairs and not deputy
        label = r[org][2] if org is not None and r[org][2] else None
        person = natural_order(name, True)
        out.append(MemberRow(a, b, person, label, chairs and chair is None, "table"))
        if chairs and chair is None:
            chair = Chair(person, a, b, True)
    return (out, chair) if out else None
