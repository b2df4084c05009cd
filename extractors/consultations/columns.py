"""consultation_columns: a Beratungsfolge exported column by column.

Some tools export a table one column after the other: under the heading first all body names
(a long name wrapped over two lines), then, under its column word, the block of dates, then
maybe a block of public statuses and a block of roles (a role wrapped too: "Vorberatung für" /
"Verwaltungsausschuss"), the blocks apart by blank lines or column words, sometimes in two
groups, each opening with a run of names of its own:

    Beratungsfolge          Sitzungstermin      Ö/N         Zuständigkeit
    Sozialausschuss         12.03.2024          Ö           Vorberatung für
    Fachausschuss für                           N           Verwaltungsausschuss
    Bildung und Kultur      19.03.2024                      Entscheidung
    Rat                     26.03.2024          Ö

    (each column a block of lines, one block after the other)

The blocks of a group are paired by position: the n-th name with the n-th date, status and
role. The column words and the counts are the evidence: names and dates whose counts differ (a
name wrapped where no open end shows it, a missing cell) give no pairing at all, the whole
Beratungsfolge is left empty; a status or role block whose count differs is left out while the
names and dates pair. In both cases ``unpaired`` tells the review where.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from pipeline.document import Document
from pipeline.lang.de import closed_class, markers
from pipeline.records import Consultation
from pipeline.structure import Line, View
from pipeline.structure.tables import deciding
from pipeline.structure.tokens import row_cells

from .headers import column_kind
from .vocab import OPEN_END, Vocab, clean_body, consultation, has_head, headed, status

MAX_BLOCK_LINES = 60  # a Beratungsfolge never runs longer than this
MAX_NAME_WORDS = 12
MAX_ROLE_WORDS = 6  # a role cell's line is short; a title opening with a role word is longer


@dataclass
class Block:
    kind: str  # name | date | public | role
    lines: list[Line] = field(default_factory=list)
    values: list[object] = field(default_factory=list)  # per line: the date, public status or role


@dataclass
class Columns:
    """The groups of blocks read under a heading, and the lines they span."""

    groups: list[list[Block]]
    start: int
    end: int
    broken: bool = False  # a column word over cells of another kind
    left_out: list[str] = field(default_factory=list)  # status or role blocks that did not pair

    def pairs(self, v: Vocab) -> list[list[tuple[int, int, str, object, object, object]]] | None:
        """Per group the rows (start and end of their lines, body, date, public, role); None when
        names and dates do not pair. A status or role block whose count is not the dates' is left
        out (named in ``left_out``)."""
        if self.broken:
            return None
        self.left_out = []
        out = []
        for group in self.groups:
            names = [b for b in group if b.kind == "name"]
            dates = [b for b in group if b.kind == "date"]
            if not dates and len(group) == len(names):
                continue  # names after the last group: what follows the table
            if len(names) != 1 or len(dates) != 1:
                return None
            n = len(dates[0].lines)
            bodies = _joined(names[0].lines)
            rows = []
            cells: dict[str, list[list[Line]]] = {"date": [[ln] for ln in dates[0].lines]}
            values: dict[str, list[object]] = {"date": dates[0].values}
            for b in group:
                if b.kind in ("public", "role"):
                    if b.kind in cells:
                        return None
                    cells[b.kind] = _joined(b.lines) if b.kind == "role" else [[ln] for ln in b.lines]
                    if b.kind == "role":  # "Beratung und" / "Beschlussfassung": the deciding role wins
                        values[b.kind] = [_role(part, v) for part in cells[b.kind]]
                    else:
                        values[b.kind] = [b.values[b.lines.index(part[0])] for part in cells[b.kind]]
            if len(bodies) != n:
                return None
            for kind in [k for k, c in cells.items() if len(c) != n]:
                self.left_out.append(kind)
                del cells[kind], values[kind]
            for k, parts in enumerate(bodies):
                body = clean_body("\n".join(ln.text for ln in parts))
                if not headed(body, v) or len(body.split()) > MAX_NAME_WORDS:
                    return None
                lines = parts + [ln for c in cells.values() for ln in c[k]]
                rows.append(
                    (
                        min(ln.start for ln in lines),
                        max(ln.end for ln in lines),
                        body,
                        values["date"][k],
                        values.get("public", [None] * n)[k],
                        values.get("role", [None] * n)[k],
                    )
                )
            out.append(rows)
        return out if out else None


def _bonded(a: Line, b: Line) -> bool:
    """Whether a cell goes on from one line to the next: an open end ("Vorberatung für",
    "Wirtschafts-") or a lower-case start ("förderung und Marketing")."""
    right = b.text.lstrip()
    return bool(OPEN_END.search(a.text.rstrip()) or right[:1].islower())


def _joined(lines: list[Line]) -> list[list[Line]]:
    """The cells of a block: a line that goes on in the next is one cell with it."""
    out: list[list[Line]] = []
    for ln in lines:
        if out and _bonded(out[-1][-1], ln):
            out[-1].append(ln)
        else:
            out.append([ln])
    return out


def _role(lines: list[Line], v: Vocab) -> object:
    """The role of a role cell over its lines: of several roles the deciding one wins."""
    cells = [
        (c.kind, c.text, c.value, k > 0 and j == 0)
        for k, ln in enumerate(lines)
        for j, c in enumerate(c for c in row_cells(ln, v.tokens)[1] if c.kind != "empty")
    ]
    return deciding(cells)


def line_kind(line: Line, v: Vocab) -> tuple[str, object]:
    """What one line of a column holds: a column word, a date, a public status, a role, a body
    name, or something else (which ends the columns)."""
    text = line.text.strip()
    _, cs = row_cells(line, v.tokens)
    kinds = [c.kind for c in cs if c.kind != "empty"]
    if kinds == ["date"]:
        return "date", next(c.value for c in cs if c.kind == "date")
    if kinds == ["mark"]:  # an "x" under "ö" or "nö": a cell of the statuses' columns, whose it does not tell
        return "public", None
    st = status(text, v)
    if st is not None and st[0] is None and st[1] is not None and "/" not in text:
        return "public", st[1]
    if st is None or "/" in text:
        col = column_kind(text, v, partial=False)
        if col is not None and not has_head(text, v):
            return "label", col
    if kinds and kinds[0] == "role" and "date" not in kinds and len(text.split()) <= MAX_ROLE_WORDS:
        return "role", _role([line], v)
    if (
        "date" not in kinds
        and len(text.split()) <= MAX_NAME_WORDS
        and not text.endswith((".", ":", "!", "?"))
        and len(text) <= 70
    ):
        return "name", None
    return "other", None


def read_columns(following: list[Line], v: Vocab) -> Columns | None:
    """The column blocks at the start of ``following`` (the lines under a Beratungsfolge heading,
    without page furniture), or None when they are no table exported column by column: they open
    with a block of names (maybe under the body's column word), and a block of dates follows."""
    groups: list[list[Block]] = []
    label: str | None = None  # the column word over the next block
    current: Block | None = None
    last: Line | None = None
    blank = False
    for k, line in enumerate(following):
        if not line.text.strip():
            blank = True
            continue
        if label is None and _linking_label(following, k, v):
            label, last, blank = "role", None, False  # "zur" over the roles: the column the submission goes "to"
            continue
        if current is not None and current.kind in ("name", "role") and last is not None and not blank:
            if _bonded(last, line):  # a wrapped name or role: "Vorberatung für" / "Verwaltungsausschuss"
                current.lines.append(line)
                current.values.append(None)
                last = line
                continue
        kind, value = line_kind(line, v)
        opens = has_head(line.text, v) or OPEN_END.search(line.text.rstrip())  # "Sozialaus-" / "schuss"
        if kind == "other" or (kind == "name" and not opens and (current is None or current.kind != "name")):
            break  # prose, a heading, the title: the columns end
        last, blank = line, False
        if kind == "label":
            if label is not None:
                return None  # column words one under the other: a header, not columns
            label, last = str(value), None  # no cell goes on across a column word ("Sitzungsart" / "öffentlich")
            continue
        if label is not None and label != {"name": "body"}.get(kind, kind):
            if not groups:
                return None
            return Columns(groups, _start(groups), line.end, broken=True)
        if current is not None and current.kind == kind and label is None:
            current.lines.append(line)
            current.values.append(value)
            continue
        if kind == "name" and (not groups or any(b.kind != "name" for b in groups[-1])) and not _dates_led(groups):
            groups.append([])  # a run of names opens a group
        elif not groups and kind == "date" and label is None:
            groups.append([])  # the dates' column first, its column word in the heading ("Beratungsfolge (Termin)")
        elif not groups:
            return None  # the columns open with the names
        current = Block(kind, [line], [value])
        groups[-1].append(current)
        label = None
    if not groups or not any(b.kind == "date" for b in groups[0]):
        return None
    return Columns(groups, _start(groups), max(ln.end for g in groups for b in g for ln in b.lines))


_LINKING_HEADS = closed_class.words("contractions")


def _dates_led(groups: list[list[Block]]) -> bool:
    """Whether the last group opened with its dates and has no names yet: the names that follow are its."""
    return (
        bool(groups) and bool(groups[-1]) and groups[-1][0].kind == "date" and all(b.kind != "name" for b in groups[-1])
    )


def _linking_label(following: list[Line], k: int, v: Vocab) -> bool:
    """Whether line ``k`` is a column word of one linking word ("zur", "zum") over a block of roles."""
    if following[k].text.strip() not in _LINKING_HEADS:
        return False
    nxt = next((ln for ln in following[k + 1 :] if ln.text.strip()), None)
    return nxt is not None and line_kind(nxt, v)[0] == "role"


def _start(groups: list[list[Block]]) -> int:
    return min(ln.start for g in groups for b in g for ln in b.lines)


def from_columns(doc: Document, following: list[Line], v: Vocab) -> list[Consultation] | None:
    """The consultations of a Beratungsfolge exported column by column; an empty list where names
    and dates do not pair; None where the lines are no such export."""
    cols = read_columns(following, v)
    if cols is None:
        return None
    groups = cols.pairs(v)
    if groups is None:
        return []
    out = []
    for rows in groups:
        for start, end, body, date, public, role in rows:
            out.append(
                consultation(
                    body,
                    v,
                    span=doc.span(start, end),
                    meeting_date=str(date),
                    role=role if isinstance(role, str) else None,
                    public=public if isinstance(public, bool) else None,
                    method="stacked",
                )
            )
    return out


def under_body_column(
    doc: Document, every: list[Line], i: int, v: Vocab, furniture: frozenset[int]
) -> list[Consultation] | None:
    """The rows of a table exported column by column under the bodies' column word alone on its
    line ("Gremium" / the names / "Sitzungstermin" / the dates), where its blocks pair in two rows or
    more; else None. One name over one date is an item's form ("Gremium" / X / "Datum" / D); under a
    Beratungsfolge heading or another such column word not far above, the column word opens a later
    group of a table read from there, which pairs its groups together or not at all."""
    if not _lone_body_label(every[i], v):
        return None
    if any(v.title.match(ln.text) or _lone_body_label(ln, v) for ln in every[max(0, i - MAX_BLOCK_LINES) : i]):
        return None
    found = from_columns(doc, [every[i], *lines_after(every, i + 1, furniture)], v) or []
    return found if len(found) >= 2 else None


def _lone_body_label(line: Line, v: Vocab) -> bool:
    # a line of the bodies' column word names that column (what :func:`line_kind` reads a label by);
    # most short lines name none and are settled without cutting them into cells
    return (
        len(line.text.split()) <= 2
        and column_kind(line.text.strip(), v, partial=False) == "body"
        and line_kind(line, v) == ("label", "body")
    )


def lines_after(every: list[Line], start: int, furniture: frozenset[int]) -> list[Line]:
    """The lines after ``start`` without page furniture and the blank lines around it."""
    out: list[Line] = []
    skip = False
    for k in range(start, min(len(every), start + 2 * MAX_BLOCK_LINES)):
        if k in furniture:
            while out and not out[-1].text.strip():
                out.pop()
            skip = True
        elif not (skip and not every[k].text.strip()):
            out.append(unleadered(every[k]))
            skip = False
    return out


# a dot leader between two cells of a row ("Ortsrat Nord ........ 03.02.2026 ..... Anhörung"), and on
# such a row a lone stop between spaces: the leader a long name left one stop of room for
_LEADER = re.compile(r"(?<=\S)[ \t]+" + markers.DOT_LEADER + r"[ \t]*(?=\S)")
_LONE_STOP = re.compile(r"(?<=\S) \.(?= +\S)")


def _leader_stops(text: str) -> bool:
    """Whether a text holds two stops of a leader side by side or an ellipsis, as every leader does."""
    return ".." in text or "…" in text or ". ." in text or ".\t." in text


def unleadered(line: Line) -> Line:
    """A row whose cells dot leaders part with the leaders as blanks of their width, which part
    cells as a gap does; any other line as it is."""
    if not _leader_stops(line.text) or _LEADER.search(line.text) is None:
        return line
    text = _LEADER.sub(lambda m: " " * len(m[0]), line.text)
    return Line(line.start, line.end, _LONE_STOP.sub(lambda m: " " * len(m[0]), text))


def unpaired(doc: Document, v: Vocab, sv: View) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """Where a Beratungsfolge exported column by column was left empty because its counts
    disagree: the span of its blocks, and the kinds of the blocks left out where names and dates
    paired ("role", "public"; none where they did not)."""
    every = sv.lines
    for i, line in enumerate(every):
        if i in sv.furniture or not v.title.match(line.text):
            continue
        m = v.title.match(line.text)
        assert m is not None
        rest = line.text[m.end() :]
        after = lines_after(every, i + 1, sv.furniture)
        if rest.strip():
            after = [Line(line.start + m.end(), line.end, rest), *after]
        cols = read_columns(after, v)
        if cols is not None and ((paired := cols.pairs(v)) is None or cols.left_out):
            yield line.start, cols.end, tuple(cols.left_out) if paired is not None else ()
