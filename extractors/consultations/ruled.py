"""consultation ruled rows: a Beratungsfolge drawn as a table of bars whose rows stand between rules,
each cell of a row over two or three lines, one cell holding the body and its date (method ``table.ruled``):

    | Gremium / Sitzungstermin            | Beratung        |
    |-------------------------------------|-----------------|
    | Ausschuss für Umwelt, Verkehr und   | vorberatend     |
    | Landwirtschaft                      | öffentlich      |
    | Di., 04.05.2027, 17:00 Uhr          |                 |
    |-------------------------------------|-----------------|
    | Kreistag                            | beschließend    |
    | Mo., 17.05.2027, 16:00 Uhr          | nichtöffentlich |

or the same drawn with box-drawing glyphs, the header cell "Beratung in (Gremium, Sitzungstag)" and the
cell "Ausschuss für Umwelt, Verkehr und Land-" / "wirtschaft, 04.05.2027". The header names the body's
column and the date's in one cell (with a slash, a comma, in brackets after filler words), or each in a cell
of its own, a grid drawn with "+" joints and its dates wrapped ("| Migrationsbeirat | 14. September |" over
"| der Stadt | 2027 |"); each row is the lines between two rules, every line cut at its bars into as many
cells as the header has, and each column's lines joined. A date cell holds the date alone (a weekday before
it, a time after it). The body and date cell is cut at its date: the name before it (a weekday dropped, a status in
brackets after the name, "(nö)", its public flag), a time after it; the other cells give the role and the
status line by line, a result column ("Ergebnis") none. A row whose body cell holds no date or more than one,
or no name, gives nothing; so does a table without that header cell.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from extractors.misses import overlaps
from pipeline.document import Document
from pipeline.lang.de import markers
from pipeline.lang.de.dates import TIME_OF_DAY, WEEKDAY, find_dates
from pipeline.records import Consultation
from pipeline.structure import Line, View
from pipeline.structure.drawn import box_lines_joined
from pipeline.structure.tables import drawn_bars

from .flat import namelike
from .headers import column_kind
from .vocab import Vocab, clean_body, consultation, headed, status

_RULE_GLYPHS = frozenset(markers.DRAWN_RULES + markers.DRAWN_JOINTS + "-=+|: \t")
_RULE_RUN = re.compile("[" + re.escape(markers.DRAWN_RULES) + r"=-]{3}")
_PAIRED = re.compile(r"[/,]")  # between the two column words of one cell: "Gremium / Termin", "Gremium, Sitzungstag"
_BRACKETS = re.compile(r"\(([^()]*)\)")
_HEAD_WORDS = 4  # the words of another header cell ("Ergebnis (J/N/E)", "Beratung"), at most
_NAME_WORDS = 12
_READ_KINDS = (None, "role", "public", "status")  # the columns whose lines give a role or a status
_WEEKDAY_END = re.compile(rf"(?:{WEEKDAY})[ \t.,]*$")
_TIME_ALONE = re.compile(rf"[\s,;]*(?:{TIME_OF_DAY})?[\s,;.]*")  # what may follow the date: its time
_TIME = re.compile(TIME_OF_DAY)
_STATUS_IN_NAME = re.compile(r"[ \t]*\(([^()\d]{1,20})\)")  # "Hauptausschuss (nö)"
_MAX_ROWS_LINES = 60


def with_ruled(found: list[Consultation], doc: Document, v: Vocab, sv: View) -> list[Consultation]:
    """The records with the rows of the tables of bars in place of what other readers read of their lines."""
    ruled = list(from_ruled(doc, v, sv))
    if not ruled:
        return found
    drawn = [(r.span.start, r.span.end) for r in ruled]
    return ruled + [r for r in found if not overlaps(r.span.start, r.span.end, drawn)]


def from_ruled(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The rows of each table of bars under a header with a body and date cell."""
    every, skip = box_lines_joined(sv.lines, sv.page_breaks())
    every = drawn_bars(every)
    i = 0
    while i < len(every):
        at = _combined_header(every[i].text, v) if i not in skip else None
        if at is None:
            i += 1
            continue
        kinds, cell, dated = at
        found, i = _rows(doc, every, i + 1, skip, kinds, (cell, dated), v)
        yield from found


def _cells(text: str) -> list[str] | None:
    """The cells of a line of a table of bars ("| a | b |"), or None for a line that is none."""
    t = text.strip()
    if len(t) < 2 or t[0] != "|" or t[-1] != "|":
        return None
    return t[1:-1].split("|")


def _rule(text: str) -> bool:
    """Whether a line is a rule across the table ("|-----|-----|", "├────┼────┤")."""
    t = text.strip()
    return bool(t) and set(t) <= _RULE_GLYPHS and _RULE_RUN.search(t) is not None


def _pair(cell: str, v: Vocab) -> bool:
    """Whether a header cell names the bodies' column and the dates' ("Gremium / Sitzungstermin",
    "Beratung in (Gremium, Sitzungstag)")."""
    inner = _BRACKETS.search(cell)
    words = [w.strip() for w in _PAIRED.split(inner[1] if inner else cell)]
    if len(words) != 2:
        return False
    return {column_kind(w, v, partial=False) for w in words} == {"body", "date"}


def _combined_header(text: str, v: Vocab) -> tuple[list[str | None], int, int] | None:
    """The kinds of a header's cells and the places of its body cell and its date cell, or None: one cell
    names both, or one the bodies and another the dates ("| Nr | Gremium | Sitzung am | Zuständigkeit |"),
    the others are short and name neither."""
    if "|" not in text:
        return None
    cells = _cells(text)
    if cells is None or len(cells) < 2:
        return None
    paired = [k for k, c in enumerate(cells) if _pair(c, v)]
    kinds: list[str | None] = [None if k in paired else column_kind(c.strip(), v) for k, c in enumerate(cells)]
    bodies, dates = [k for k, c in enumerate(kinds) if c == "body"], [k for k, c in enumerate(kinds) if c == "date"]
    if paired:
        bodies, dates = (paired, paired) if len(paired) == 1 and not bodies + dates else ([], [])
    if len(bodies) != 1 or len(dates) != 1:
        return None
    if any(len(c.split()) > _HEAD_WORDS for k, c in enumerate(cells) if k not in bodies + dates):
        return None
    return ["pair" if k in paired else kind for k, kind in enumerate(kinds)], bodies[0], dates[0]


def _rows(
    doc: Document,
    every: Sequence[Line],
    i: int,
    skip: frozenset[int],
    kinds: list[str | None],
    cell: tuple[int, int],
    v: Vocab,
) -> tuple[list[Consultation], int]:
    """The records of the rows from line ``i`` on, and the line where the table ends."""
    found: list[Consultation] = []
    group: list[tuple[Line, list[str]]] = []
    end = min(len(every), i + _MAX_ROWS_LINES)
    while i < end:
        line = every[i]
        if i in skip or not line.text.strip():
            i += 1
            continue
        cells = None if _rule(line.text) else _cells(line.text)
        if cells is None and not _rule(line.text):
            break
        if cells is None or len(cells) != len(kinds):
            if cells is not None:
                break  # a line of another table
            if group and (rec := _record(doc, group, kinds, cell, v)) is not None:
                found.append(rec)
            group = []
        else:
            group.append((line, cells))
        i += 1
    if group and (rec := _record(doc, group, kinds, cell, v)) is not None:
        found.append(rec)
    return found, i


def _record(
    doc: Document, group: list[tuple[Line, list[str]]], kinds: list[str | None], cells: tuple[int, int], v: Vocab
) -> Consultation | None:
    """A row's record: its body and date cell cut at the one date (or its body cell and its date cell, the
    date alone in its cell but for a weekday and a time), the role and status of its other cells."""
    cell, dated = cells
    text = "\n".join(cs[dated].strip() for _, cs in group).strip()
    dates = [d for d in find_dates(text) if d.precision == "day"]
    if len(dates) != 1:
        return None
    date = dates[0]
    public = _said(text[date.end :], v)
    if not _TIME_ALONE.fullmatch(text[date.end :]) and public is None:
        return None  # more than a time after the date: no cell of a name and its date
    if cell != dated and _WEEKDAY_END.sub("", text[: date.start].rstrip(" \t\n,;")):
        return None  # more than a weekday before the date in a cell of dates
    text = text if cell == dated else "\n".join(cs[cell].strip() for _, cs in group).strip()
    name = _WEEKDAY_END.sub("", (text[: date.start] if cell == dated else text).rstrip(" \t\n,;"))
    if (m := _STATUS_IN_NAME.search(name)) is not None and (said := status(m[1], v)) and said[0] is None:
        name, public = name[: m.start()] + name[m.end() :], said[1]
    body = clean_body(name)
    if not headed(body, v) or len(body.split()) > _NAME_WORDS or not namelike(body):
        return None
    role = None
    for k, kind in enumerate(kinds):
        if k in cells or kind not in _READ_KINDS:
            continue
        for _, cs in group:
            said = status(cs[k].strip(), v) if cs[k].strip() else None
            if said is not None:
                role = role or said[0]
                public = said[1] if public is None else public
    return consultation(
        body,
        v,
        span=doc.span(group[0][0].start, group[-1][0].end),
        role=role,
        public=public,
        meeting_date=date.iso,
        method="table.ruled",
    )


def _said(rest: str, v: Vocab) -> bool | None:
    """The status a cell states after its date ("…, 12.03.2027, nichtöffentlich"), or None."""
    words = _TIME.sub(" ", rest).strip(" \t\n,;.")
    said = status(words, v) if words else None
    return said[1] if said is not None and said[0] is None else None
