"""Consultations: the Beratungsfolge, one record per body and meeting, in document order.

The Beratungsfolge is found from its labels, never from dates anywhere in the text:
- a table under a column header (Gremium/Beratungsfolge · Datum · Zuständigkeit · Status
  · TOP, in any order), whose rows may wrap the body name onto lines before or after the
  line with the date;
- a block under the heading "Beratungsfolge": table rows, stacked columns (all bodies, then
  all dates, then all statuses) or lines such as "Sozialausschuss am 20.06.2018 (öffentlich)";
- a key-value header "Gremium: X ... Sitzungsdatum: D ... Öffentlichkeitsstatus: öffentlich";
- a meeting heading "Beschluss des X vom D" over "Öffentliche Sitzung".
The tables and blocks are read here; the two forms in ``consultation_forms``.
Cells are read by their content (date, role and status words, TOP numbers); the column
header only tells which text cell names the body. Vocabulary: ``resources/bodies.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from pipeline.document import Document
from pipeline.records import Consultation

from .base import Line, lines
from .consultation_forms import from_headings, from_key_values
from .consultation_vocab import (GAP, OPEN_END, Vocab, body_type, clean_body, column_kind, header, merge_header,
                                 status, vocab)
from .dates import find_dates
from .resources import Resources

MAX_BLOCK_LINES = 60  # a Beratungsfolge never runs longer than this
MAX_ORPHANS = 8  # wrapped lines of one table cell
_NOISE = re.compile(r"[\s,.;:/\-–()]*(?:(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?|(?:Mon|Diens|Donners|Frei|Sams|Sonn)tag|Mittwoch"
                    r"|am|vom|den|ab|\d{1,2}[:.]\d{2}(?:\s*Uhr)?|Uhr|-+|[☐□])?[\s,.;:/\-–()]*")
_PAGE_FURNITURE = re.compile(r"\s*(?:-\s*\d+\s*-|Seite\s+\d+(?:\s*(?:von|/)\s*\d+)?|\d{1,3})\s*")
_TOP = re.compile(r"(?:TOP|TO)?\s*(?:(?P<pub>[ÖN])\s*)?\d{1,3}(?:\.\d{1,3})*[a-z]?\.?")
_MARK = re.compile(r"[xX✓✔☒☑]|ja")
_LEAD = re.compile(r"^[\s:–-]*(?:\b(?:im|in der|in|des|der|durch den|durch die|vom|zum)\b)?\s*")

Item = tuple[str, Line, list["Cell"]]  # line kind, line, cells


def extract(doc: Document, res: Resources) -> Iterator[Consultation]:
    v = vocab(res)
    found = [*from_tables(doc, v), *from_key_values(doc, v), *from_headings(doc, v)]
    seen: set[tuple[str, str | None]] = set()
    for rec in sorted(found, key=lambda r: r.span.start):
        key = (re.sub(r"\W+", "", rec.body.casefold()), rec.meeting_date)
        if rec.body and key not in seen:  # the same meeting found by two layouts
            seen.add(key)
            yield rec


@dataclass
class Cell:
    start: int
    end: int
    text: str
    col: int  # index of the tab/gap column the cell came from
    kind: str = "text"  # empty | date | status | top | mark | text
    date: str | None = None
    role: str | None = None
    public: bool | None = None


def cells(doc: Document, line: Line, v: Vocab) -> list[Cell]:
    """The cells of a line: tab or gap columns, split again around the dates they hold."""
    out: list[Cell] = []
    pos = line.start
    for col, sep in enumerate([*GAP.finditer(doc.text, line.start, line.end), None]):
        end = sep.start() if sep else line.end
        for d in find_dates(doc.text, pos, end, months=True):
            if d.start > pos:
                out.append(Cell(pos, d.start, doc.text[pos:d.start], col))
            out.append(Cell(d.start, d.end, d.raw, col, "date", d.iso))
            pos = d.end
        if end > pos:
            out.append(Cell(pos, end, doc.text[pos:end], col))
        pos = sep.end() if sep else pos
    for c in out:
        st, top = (None, None) if c.kind == "date" else (status(c.text, v), _TOP.fullmatch(c.text.strip()))
        if st:
            c.kind, (c.role, c.public) = "status", st
        elif top:
            c.kind, c.public = "top", {"Ö": True, "N": False}.get(top["pub"] or "")
        elif c.kind != "date":
            c.kind = "mark" if _MARK.fullmatch(c.text.strip()) else "empty" if _NOISE.fullmatch(c.text) else "text"
    return out


def _bonded(left: str, right: str) -> bool:
    """Whether two lines are one wrapped name: an open end, or a lower-case continuation."""
    right = right.lstrip()
    return bool(left and right) and bool(OPEN_END.search(left) or right[0].islower())


def _line_kind(line: Line, v: Vocab, cs: list[Cell]) -> str:
    kinds = [c.kind for c in cs if c.kind != "empty"]
    text = line.text.strip()
    if not kinds or _PAGE_FURNITURE.fullmatch(text):
        return "blank"
    if any(p.match(line.text) for p in v.stops):
        return "stop"
    if header(line.text, v):
        return "header"
    if "date" in kinds or "status" in kinds:
        if kinds in (["date"], ["status"]):
            return kinds[0]
        if "\t" in text or "  " in text:
            return "row"
        # a prose line: one body with a date and maybe status and TOP cells, in any order
        body = clean_body(next((c.text for c in cs if c.kind == "text"), ""))
        ok = kinds.count("text") == 1 and "date" in kinds and body_type(body, v) != "other"
        return "row" if ok and len(body.split()) <= 12 else "stop"
    if all(column_kind(c.text, v, partial=False) for c in cs if c.kind != "empty"):
        return "header"
    if len(text) <= 70 and len(text.split()) <= 9 and not text.endswith((".", ":", "!", "?")):
        return "text"
    return "stop"


def from_tables(doc: Document, v: Vocab) -> Iterator[Consultation]:
    """Blocks under a column header line, and blocks under a "Beratungsfolge" heading."""
    all_lines = lines(doc.text)
    for i, line in enumerate(all_lines):
        kinds = header(line.text, v)
        if kinds is not None:
            start = i + 1
            if start < len(all_lines) and (merged := merge_header(line.text, all_lines[start].text, v)):
                kinds, start = merged, start + 1
            marks = {j: st[1] for j, p in enumerate(GAP.split(line.text))  # columns "Ö" and "N" for marks
                     if "/" not in p and (st := status(p, v)) and st[0] is None and st[1] is not None}
            yield from block(doc, all_lines[start:], v, kinds.index("body"), marks)
        elif m := v.title.match(line.text):
            rest = Line(line.start + m.end(), line.end, line.text[m.end():])
            yield from block(doc, [rest, *all_lines[i + 1:]], v, None, None)


def block(doc: Document, following: list[Line], v: Vocab, body_col: int | None,
          marks: dict[int, bool] | None) -> Iterator[Consultation]:
    """The consultations of the lines after a header (``marks`` set) or a heading, until the block ends."""
    table = marks is not None
    items: list[Item] = []
    for line in following[:MAX_BLOCK_LINES]:
        cs = cells(doc, line, v)
        kind = _line_kind(line, v, cs)
        if kind == "stop" or (kind == "header" and not table and items):
            items.append(("end", line, []))
            break
        if not (kind == "blank" and table and not items):
            items.append((kind, line, cs))
    else:
        items.append(("end", Line(len(doc.text), len(doc.text), ""), []))
    if table:  # a table ends at a blank line that is not followed by another row
        kinds = [k for k, _, _ in items]
        for j, k in enumerate(kinds):
            if k == "blank" and next((x for x in kinds[j + 1:] if x != "blank"), "end") != "row":
                items = items[:j] + [("end", items[j][1], [])]
                break
    if any(k == "row" for k, _, _ in items):
        yield from table_rows(doc, items, v, body_col, marks or {})
    else:
        yield from stacked(doc, items, v)


@dataclass
class Row:
    cells: list[Cell]
    body_col: int | None
    marks: dict[int, bool] = field(default_factory=dict)  # column of "x" marks -> public
    parts: list[tuple[int, int, str]] = field(default_factory=list)  # the body's lines

    def __post_init__(self) -> None:
        texts = [c for c in self.cells if c.kind == "text"]
        pick = [c for c in texts if c.col == self.body_col] or texts[:1]
        self.parts = [(c.start, c.end, c.text) for c in pick[:1]]

    @property
    def body(self) -> str:
        return " ".join(t for _, _, t in self.parts)

    def attach(self, orphans: list[Line], front: bool) -> None:
        parts = [(o.start, o.end, GAP.split(o.text.strip())[0]) for o in orphans]
        self.parts = parts + self.parts if front else self.parts + parts


def table_rows(doc: Document, items: list[Item], v: Vocab, body_col: int | None,
               marks: dict[int, bool]) -> Iterator[Consultation]:
    """Rows with their wrapped lines; a blank line separates wrapped lines from rows."""
    chunks: list[list[Item]] = [[]]
    for item in items:
        if item[0] in ("blank", "end"):
            chunks.append([])
        elif item[0] in ("row", "text"):
            chunks[-1].append(item)
    clean_end = not items[-1][1].text.strip() or any(p.match(items[-1][1].text) for p in v.stops)
    plans: list[tuple[list[Row], list[list[Line]]]] = []  # rows, and the lines before/between/after them
    for chunk in chunks:
        gaps: list[list[Line]] = [[]]
        rows = []
        for kind, line, cs in chunk:
            if kind == "row":
                rows.append(Row(cs, body_col, marks))
                gaps.append([])
            elif len(gaps[-1]) < MAX_ORPHANS:
                gaps[-1].append(line)
        if rows:
            plans.append((rows, gaps))
    # wrapped lines only above rows: bottom-aligned cells; above and below: centred
    head_seen, tail_seen = any(g[0] for _, g in plans), any(g[-1] for _, g in plans)
    mode = "top" if not head_seen else ("bottom" if not tail_seen else "centre")
    for n, (rows, gaps) in enumerate(plans):
        rows[0].attach(gaps[0], front=True)
        for a, b, orphans in zip(rows, rows[1:], gaps[1:-1]):
            k = _split(a.body, [o.text for o in orphans], b.body, mode)
            a.attach(orphans[:k], front=False)
            b.attach(orphans[k:], front=True)
        tail, left = gaps[-1], rows[-1].body
        if n == len(plans) - 1 and not clean_end:  # the table runs into prose: keep wrapped words only
            for keep, o in enumerate(tail):
                if not _bonded(left, o.text):
                    tail = tail[:keep]
                    break
                left += " " + o.text
        rows[-1].attach(tail, front=False)
    for rows, _ in plans:
        yield from filter(None, (_record(doc, row, v) for row in rows))


def _split(a: str, orphans: list[str], b: str, mode: str) -> int:
    """How many of the lines between two rows belong to the upper row."""
    seq, n = [a, *orphans, b], len(orphans)
    cuts = [k for k in range(n + 1) if not _bonded(seq[k], seq[k + 1])]
    cuts = [k for k in cuts if (k > 0 or a) and (k < n or b)] or cuts or [n]
    if mode == "top":
        return max(cuts)
    if mode == "bottom":
        return min(cuts)
    return min(cuts, key=lambda k: abs(k - n / 2))


def _record(doc: Document, row: Row, v: Vocab) -> Consultation | None:
    body = clean_body(" ".join(t.strip() for _, _, t in row.parts))
    role = next((c.role for c in row.cells if c.role), None)
    for rid, pat in v.roles:  # "Vorberatung im Integrationsbeirat"
        m = pat.match(body)
        rest = _LEAD.sub("", body[m.end():]) if m else ""
        if m and rest:
            body, role = rest, role or rid
    paren = re.search(r"\s*\(([^()]*)\)$", body)  # "Sozialausschuss (Vorberatung)"
    inner = status(paren.group(1), v) if paren else None
    if paren and inner:
        body, role = body[:paren.start()], role or inner[0]
    if not re.search(r"[A-Za-zÄÖÜäöüß]{3}", body):
        return None
    public = next((c.public for c in row.cells if c.public is not None), inner[1] if inner else None)
    if public is None:
        public = next((row.marks[c.col] for c in row.cells if c.kind == "mark" and c.col in row.marks), None)
    used = [(c.start, c.end) for c in row.cells if c.kind != "empty"] + [(s, e) for s, e, _ in row.parts]
    return Consultation(span=doc.span(min(s for s, _ in used), max(e for _, e in used)), body=body,
                        body_type=body_type(body, v), role=role, public=public,
                        meeting_date=next((c.date for c in row.cells if c.kind == "date"), None))


def stacked(doc: Document, items: list[Item], v: Vocab) -> Iterator[Consultation]:
    """Stacked columns: a run of bodies, then a run of as many dates, then maybe statuses."""
    runs: list[tuple[str, list[tuple[Line, list[Cell]]]]] = []
    for kind, line, cs in items:
        if kind in ("text", "date", "status"):
            if runs and runs[-1][0] == kind:
                runs[-1][1].append((line, cs))
            else:
                runs.append((kind, [(line, cs)]))
    for j in range(len(runs) - 1):
        (k1, texts), (k2, dates) = runs[j], runs[j + 1]
        bodies = _merge_lines([(ln.start, ln.end, ln.text) for ln, _ in texts], len(dates))
        if (k1, k2) != ("text", "date") or bodies is None \
                or any(len(b[2].split()) > 12 or b[2].rstrip().endswith(".") for b in bodies):
            continue
        stats = runs[j + 2][1] if j + 2 < len(runs) and runs[j + 2][0] == "status" else []
        stats = stats if len(stats) == len(dates) else []
        for n, (start, _, text) in enumerate(bodies):
            st = next(c for c in stats[n][1] if c.kind == "status") if stats else None
            body = clean_body(text)
            yield Consultation(span=doc.span(start, (stats or dates)[n][0].end), body=body,
                               body_type=body_type(body, v),
                               meeting_date=next(c.date for c in dates[n][1] if c.kind == "date"),
                               role=st.role if st else None, public=st.public if st else None)


def _merge_lines(parts: list[tuple[int, int, str]], n: int) -> list[tuple[int, int, str]] | None:
    """Join wrapped body lines until there are ``n`` bodies; None when that cannot be done."""
    parts = list(parts)
    while len(parts) > n:
        j = next((j for j in range(len(parts) - 1) if _bonded(parts[j][2], parts[j + 1][2])), None)
        if j is None:
            return None
        parts[j:j + 2] = [(parts[j][0], parts[j + 1][1], parts[j][2] + "\n" + parts[j + 1][2])]
    return parts if len(parts) == n else None
