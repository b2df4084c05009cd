"""consultation role columns: a Beratungsfolge table with a column for each role and no column of dates, the
meeting's date standing in the column of the role the body has in it (method ``table.role_columns``):

    Gremium                          Sitzungs-  zur Infor-   zur Vorbe-   zur Ent-
                                     art        mation       ratung       scheidung
    ─────────────────────────────────────────────────────────────────────────────
    Ausschuss für Gesundheit,        ö                       19.05.2027
    Soziales und Gleichstellung
    Beirat für Menschen mit          ö          27.05.2027
    Behinderungen
    Kreistag                         ö                                    22.06.2027

The header names the bodies' column and two or more role columns ("zur Information", "Vorberatung",
"Entscheidung"), their words maybe cut by a hyphen onto a second line, and maybe a status column; a column of
dates it does not name (then the dates are the meetings' and the ordinary table readers read them). A row's date is
read in the role column it stands under (the column whose start is nearest the date's), its body in the bodies'
column (the name's wrapped lines under it joined), its status in the status column. The rows end at a blank line or
a rule after them, at a section's heading, or at a line that is no row and no name's rest.

Where a PDF's text layer closed the gaps to single spaces ("Gremium Sitzungs- zur Infor- zur Vorbe- zur Ent-" /
"art mation ratung scheidung" over "Kreisausschuss nö 08.06.2027"), the column a date stood in is lost: the rows are
read with their bodies, dates and statuses, the role left unknown.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from pipeline.document import Document
from pipeline.records import Consultation
from pipeline.structure import FIRST_PAGES_CHARS, Line, View
from pipeline.structure.tokens import row_cells

from .headers import column_kind
from .vocab import OPEN_END, Vocab, clean_body, consultation, has_head, status

_SLACK = 2  # how far a wrapped header word or a name's rest may stand from its column's start
_MAX_ROWS = 30  # lines of one table's rows
_RULE = re.compile(r"[ \t]*[-─━=_.]{5,}[ \t]*")
_CUT = re.compile(r"(?<=\w)-$")  # a header word cut by a hyphen at its cell's end ("Infor-" / "mation")


def from_role_columns(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The meetings of every table whose dates stand in its role columns (see the module's docstring)."""
    lines = sv.lines
    for k, line in enumerate(lines):
        if line.start > FIRST_PAGES_CHARS:
            break
        below = lines[k + 1] if k + 1 < len(lines) else None
        if "  " not in line.text.strip():
            if (used := _flat_header(line, below, v)) is not None:
                yield from _flat_rows(doc, lines[k + used :], v)
            continue
        head = _header(line, below, v)
        if head is not None:
            columns, used = head
            yield from _rows(doc, lines[k + used :], columns, v)


Column = tuple[int, str, "str | None"]  # start (from the line's start), kind, role


def _header(line: Line, below: Line | None, v: Vocab) -> tuple[list[Column], int] | None:
    """The header's columns and the lines it takes (one or two), where it names the bodies' column, two or more
    roles and no dates; else None."""
    cells = [(a - line.start, t) for a, _, t in line.columns if t.strip()]
    texts: list[str] | None = [t for _, t in cells]
    used = 1
    if below is not None and below.text.strip() and any(_CUT.search(t) for _, t in cells):
        texts, used = _joined(cells, below), 2
    if texts is None:
        return None
    columns: list[Column] = []
    for (at, _), text in zip(cells, texts, strict=True):
        said = status(text, v)
        if said is not None and said[0] is not None and said[1] is None:
            columns.append((at, "role", said[0]))
        else:
            columns.append((at, column_kind(text, v, False) or "", None))
    kinds = [c[1] for c in columns]
    roles = {c[2] for c in columns if c[1] == "role"}
    if not kinds or kinds[0] != "body" or "date" in kinds or len(roles) < 2 or kinds.count("role") != len(roles):
        return None
    return columns, used


def _joined(cells: list[tuple[int, str]], below: Line) -> list[str] | None:
    """The header's cells with the words of the line under them joined on ("zur Infor-" + "mation"): each
    word of that line stands at a cell's start; None where one stands elsewhere."""
    texts = [t.strip() for _, t in cells]
    for a, _, t in below.columns:
        if not t.strip():
            continue
        at = a - below.start
        k = next((k for k, (start, _) in enumerate(cells) if abs(start - at) <= _SLACK), None)
        if k is None:
            return None
        texts[k] = texts[k][:-1] + t.strip() if _CUT.search(texts[k]) else texts[k] + " " + t.strip()
    return texts


def _table_lines(after: list[Line], rows: Sequence[object], v: Vocab) -> Iterator[Line]:
    """The lines under a header up to a rule or blank line after the first row (``rows``: the rows read so far, as
    the caller reads them) or a section's heading; rules and blank lines before the first row stepped over."""
    for line in after[:_MAX_ROWS]:
        if _RULE.fullmatch(line.text) or not line.text.strip():
            if rows:
                return
            continue
        if any(p.match(line.text) for p in v.stops):
            return
        yield line


def _rows(doc: Document, after: list[Line], columns: list[Column], v: Vocab) -> Iterator[Consultation]:
    """The meetings of the lines under a header, a row a line with a date under a role column."""
    rows: list[tuple[Line, int, str, str | None, bool | None]] = []  # line, date's offset, date, role, public
    names: list[str] = []
    for line in _table_lines(after, rows, v):
        read = _row(line, columns, v)
        if read is None:
            rest = _name_rest(line, columns)
            if rest is None or not rows:
                break
            cut = names[-1].endswith("-") and rest[:1].islower() and not rest.startswith(("und ", "oder "))
            names[-1] = names[-1][:-1] + rest if cut else names[-1] + " " + rest  # "Sozial-" / "ausschuss"
            continue
        name, row = read
        rows.append((line, *row))
        names.append(name)
    for (line, at, date, role, public), name in zip(rows, names, strict=True):
        body = clean_body(name)
        if body and has_head(body, v) and not OPEN_END.search(body):
            yield consultation(
                body,
                v,
                span=doc.span(line.start, at),
                meeting_date=date,
                role=role,
                public=public,
                method="table.role_columns",
            )


def _row(line: Line, columns: list[Column], v: Vocab) -> tuple[str, tuple[int, str, str | None, bool | None]] | None:
    """A row's name and its date (offset, value), role and status, where one date stands under a role column and
    the name in the bodies' column; else None."""
    _, cells = row_cells(line, v.tokens)
    dates = [c for c in cells if c.kind == "date"]
    first = next((c for c in cells if c.kind != "empty"), None)
    if (
        len(dates) != 1
        or first is None
        or first.kind == "date"
        or abs(first.start - line.start - columns[0][0]) > _SLACK
    ):
        return None
    at = dates[0].start - line.start
    nearest = min(columns, key=lambda c: abs(c[0] - at))
    if nearest[1] != "role" or abs(nearest[0] - at) > _SLACK:
        return None
    public = None
    for c in cells:
        col = min(columns, key=lambda col: abs(col[0] - (c.start - line.start)))
        if col[1] == "public" and c.kind != "date" and (said := status(c.text, v)) is not None:
            public = said[1]
    return first.text, (dates[0].end, dates[0].value, nearest[2], public)


def _name_rest(line: Line, columns: list[Column]) -> str | None:
    """A name's next line: one cell alone, in the bodies' column."""
    cells = [(a - line.start, t) for a, _, t in line.columns if t.strip()]
    if len(cells) != 1 or abs(cells[0][0] - columns[0][0]) > _SLACK:
        return None
    return cells[0][1].strip()


def _flat_header(line: Line, below: Line | None, v: Vocab) -> int | None:
    """The lines a single-spaced header of this form takes (its cut words' rests on the next line, or none), where
    its first word names the bodies' column, its words two roles or more and no column of dates; else None."""
    words = line.text.split()
    if len(words) < 3:
        return None  # the bodies' column word and two roles at least
    if not _CUT.search(words[0]) and column_kind(words[0], v, False) != "body":
        return None  # the first word whole and no bodies' column word: the cheap test before the cut words
    cuts = [k for k, w in enumerate(words) if _CUT.search(w)]
    rests = below.text.split() if below is not None and cuts else []
    if cuts and (len(rests) != len(cuts) or not all(w[:1].islower() for w in rests)):
        return None
    for k, rest in zip(cuts, rests, strict=True):
        words[k] = words[k][:-1] + rest
    if not words or column_kind(words[0], v, False) != "body":
        return None
    if any(column_kind(w, v, False) == "date" for w in words[1:]):
        return None
    roles = {rid for w in words[1:] if (said := status(w, v)) is not None for rid in [said[0]] if rid is not None}
    return (2 if cuts else 1) if len(roles) >= 2 else None


def _flat_rows(doc: Document, after: list[Line], v: Vocab) -> Iterator[Consultation]:
    """The meetings of the single-spaced lines under the header: a row a line with one date, its name the words
    before its first typed cell, the name's rest on the lines under it; no role."""
    rows: list[tuple[Line, int, str, bool | None]] = []
    names: list[str] = []
    for line in _table_lines(after, rows, v):
        _, cells = row_cells(line, v.tokens)
        dates = [c for c in cells if c.kind == "date"]
        typed_ = [c for c in cells if c.kind not in ("text", "empty")]
        if not dates:
            if not rows or typed_:
                break
            names[-1] += " " + line.text.strip()
            continue
        first = typed_[0]
        name = line.text[: first.start - line.start].strip()
        if len(dates) != 1 or not name or any(c.kind not in ("date", "public") for c in typed_):
            break
        public = next((c.value for c in typed_ if c.kind == "public"), None)
        rows.append((line, dates[0].end, dates[0].value, public))
        names.append(name)
    for (line, at, date, public), name in zip(rows, names, strict=True):
        body = clean_body(name)
        if body and has_head(body, v) and not OPEN_END.search(body):
            yield consultation(
                body, v, span=doc.span(line.start, at), meeting_date=date, public=public, method="table.role_columns"
            )
