"""consultation_tables: a Beratungsfolge as a table, or as a block under its heading.

- a table under a column header (Gremium/Beratungsfolge · Sitzung am · Zuständigkeit · Ö/N
  · TOP · Ergebnis, in any order, maybe on the heading's line: "Beratungsfolge: Gremium
  Sitzung am TOP Ö/N"), its cells separated by tabs, wide gaps or single spaces;
- a block under the heading "Beratungsfolge" without a header: rows, list lines such as
  "- Sozialausschuss am 20.06.2018 (öffentlich, Vorberatung)", or stacked columns (all
  bodies, then all dates, then all statuses).
A table flattened into one line is cut into its rows by ``consultation_flat``. Cells come
typed from the structure view (``pipeline.structure.tokens``): the body is the
text cell, the rest are dates, TOP numbers, status, role and result words. Body names may
wrap onto lines before or after the line with the date; page furniture and a header
repeated on the next page are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from pipeline.document import Document
from pipeline.records import Consultation
from pipeline.structure import Line, View
from pipeline.structure.tokens import MARK, Cell, row_cells

from .columns import MAX_BLOCK_LINES, from_columns, lines_after
from .flat import flat_rows, inline_header, inline_title, namelike, wrapped_flat
from .vocab import (
    GAP,
    OPEN_END,
    Header,
    Vocab,
    body_entry,
    body_type,
    clean_body,
    column_kind,
    has_head,
    headed,
    header,
    merge_header,
    status,
    strip_header_words,
)

MAX_ORPHANS = 8  # wrapped lines of one table cell
SPILL_WORDS = 6  # a role cell spilled onto a line of its own is shorter; a vote cell has result words
_BULLET = re.compile(r"\s*(?:[-–•▪■●*·]|\(?\d{1,2}[.)])\s")

# a lower-case word after the first that is no link word of a name: the rest of another column's cell
_LINKS = r"(?:und|oder|für|der|des|den|dem|die|von|vom|im|in|zur|zum|mit|sowie)\b"
# a lower-case word after the first that is no link word of a name: the rest of another column's cell
_REST = re.compile(r"(?<=\S)\s+(?!" + _LINKS + r")(?=[a-zäöüß])")
# another cell's sentence after a name's part on its line: a capitalised article or preposition with digits or a
# verb after it ("Fachausschuss Schule, Jugend, Die DS 41/2025 gilt", "Fachausschuss Kindertagesstät- Zu 1.,2.")
_OPENER = re.compile(r"(?<=\S)\s+(?=(?:Der|Die|Das|Den|Dem|Zu|Zum|Zur|Bei|Mit|Nach|Laut|Siehe)\s)")
# or the noun after a comma that a verb follows: "Fachausschuss Schule, Jugend, Beschlussvorlage gilt bei"
_SUBJECT = re.compile(r"(?<=,)\s+(?=[A-ZÄÖÜ][\wäöüß-]*\s+(?!" + _LINKS + r")[a-zäöüß])")
_BY = re.compile(r"(?:\blt\.|\blaut)\s*$")  # a vote cell "... lt." whose object stands on the next line
_DIGITS = re.compile(r"(?<=\S)\s+(?=\S*\d)")  # "ten Einst./2Enth.": a vote's numbers after a name's rest
_WEEKDAY = re.compile(
    r"(?:(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)[ \t]*,?[ \t]*(?=\s|$)"
)
# a line that opens with a link word and a noun goes on with a name ("und Umwelt"), not with a spilled cell
_LINKED_ON = re.compile(r"\s*(?:und|für|der|des|sowie)\s+[A-ZÄÖÜ]")
Item = tuple[str, Line, str, list[Cell]]  # line kind, line, how it is cut (tab|gap|tokens), cells


def from_tables(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """Blocks under a column header line, and blocks under a "Beratungsfolge" heading, also
    where the heading stands inside a line that holds the whole header block of the document."""
    every = sv.lines
    for i, line in enumerate(every):
        if i in sv.furniture:
            continue
        after = None
        head = v.title.match(line.text)
        if head is not None and (wrapped := wrapped_flat(line, every[i + 1 :], head.end(), v)):
            line, after = wrapped[0], lines_after(every, i + 1 + wrapped[1], sv.furniture)
        elif header(line.text, v) is None and head is None:
            inline = inline_title(line.text, v) or inline_header(line.text, v)
            if inline is None:
                continue
            line, after = inline
            line = Line(every[i].start + line.start, every[i].start + line.end, line.text)
        yield from _from_line(doc, line, lines_after(every, i + 1, sv.furniture) if after is None else after, v)


def _from_line(doc: Document, line: Line, after: list[Line], v: Vocab) -> Iterator[Consultation]:
    hdr = header(line.text, v)
    if hdr is not None:
        if after and (merged := merge_header(line.text, after[0].text, v)):
            hdr, after = merged, after[1:]
        rest = line.text[hdr.end :]
        if rest.strip(" :\t"):  # a row on the header's line
            after = [Line(line.start + hdr.end, line.end, rest), *after]
        yield from block(doc, after, v, hdr)
    elif m := v.title.match(line.text):
        lines = [Line(line.start + m.end(), line.end, line.text[m.end() :]), *after]
        columns = from_columns(doc, lines, v)  # a table exported column by column
        yield from block(doc, lines, v, None) if columns is None else columns


def body_cells(cs: list[Cell], hdr: Header | None, mode: str) -> list[Cell]:
    """The text cells of a single-spaced row that stand where the header puts the body: before the
    row's date when the body column comes first ("Rat 15.03.2018 Beratung und Beschlussfassung
    einstimmig lt. Beschlussvorschlag"), after it when the date column does; the text of the
    other columns (a state, a vote) is no body."""
    texts = [c for c in cs if c.kind == "text"]
    if hdr is None or mode != "tokens" or "date" not in hdr.kinds:
        return texts
    date = next((c for c in cs if c.kind == "date"), None)
    if date is None:
        return texts
    if hdr.body_col < hdr.kinds.index("date"):
        # where the body is the first column and the date the second, a role word before the date is a word of the name
        # ("Ausschuss für Teilhabe, Sport und" / "Information 24.01.2021 Beratung und Empfehlung")
        named = hdr.body_col == 0 and hdr.kinds.index("date") == 1
        return [
            c
            for c in cs
            if c.end <= date.start and (c.kind == "text" or (named and c.kind == "role" and c.text[:1].isupper()))
        ]
    after = cs[cs.index(date) + 1 :]  # the first run of text after the date ("08.01.2012 x Sozialausschuss")
    first = next((k for k, c in enumerate(after) if c.kind == "text"), len(after))
    run: list[Cell] = []
    for c in after[first:]:
        if c.kind not in ("text", "empty"):
            break
        if c.kind == "text":
            run.append(c)
    return run


def _spill(line: Line, cs: list[Cell], v: Vocab) -> bool:
    """A line that holds only the spilled cells of other columns of a row: it opens with a role,
    status, result word or mark ("Beratung und Beschluss-", "Einstimmig bei einer Enthaltung lt.
    Be-", "x") and has no date and no body head word."""
    text = line.text.lstrip()
    lead = _WEEKDAY.match(text)  # "Dienstag," wrapped away from its date, maybe before a role's first line
    if lead and not text[lead.end() :].strip():
        return True
    text = text[lead.end() :].lstrip() if lead else text
    words = [p for _, p in (*v.roles, *v.public, *v.tokens.results)]
    if len(text.split()) > SPILL_WORDS and not any(c.kind == "result" for c in cs):
        return False  # "Bekanntgabe des Berichts über die unvermutete örtliche Prüfung der Gemeindekasse": a title
    return (
        bool(text)
        and (
            any(p.match(text) for p in words)
            or MARK.match(text) is not None
            or any(c.kind == "result" for c in cs)  # "Mehrheitlich bei 7 Ja-Stimmen und 2"
        )
        and not any(c.kind == "date" for c in cs)
        and not has_head(line.text, v)
    )


def _kind(line: Line, mode: str, cs: list[Cell], v: Vocab, table: bool, hdr: Header | None = None) -> str:
    kinds = [c.kind for c in cs if c.kind != "empty"]
    text = line.text.strip()
    if not kinds:
        return "blank"
    if any(p.match(line.text) for p in v.stops):
        return "stop"
    if "date" not in kinds and header(line.text, v):  # "Ö Ausschuss für Bildung 15.01.2012" is a row
        return "header"
    if table and mode == "tokens" and _spill(line, cs, v):
        return "spill"
    stat = {"role", "public"}
    # an x or a box makes a row only under a header with mark columns ("Ja ☐ Nein ☒" is a form)
    cells = {"top", "result"} | ({"mark"} if hdr is None or hdr.marks else set())
    if "date" in kinds or stat & set(kinds) or (table and cells & set(kinds)):
        if kinds == ["date"] or (set(kinds) <= stat):
            return "date" if kinds == ["date"] else "status"
        texts = body_cells(cs, hdr, mode)
        if mode != "tokens":
            return "row" if texts or "date" in kinds else "stop"
        if table and not texts and "date" in kinds:
            return "row"  # a date whose body name wraps onto the lines around it
        # a single-spaced line: one body with a date and maybe status and TOP cells, in any order
        body = strip_header_words(clean_body(texts[0].text), v) if texts else ""
        ok = (
            len(texts) == 1
            and ("date" in kinds or table)
            and len(body.split()) <= 12
            and not body.endswith(".")
            and (has_head(body, v) or (table and len(body.split()) <= 6))
            and (table or namelike(body))  # no header: not a sentence's words ("Die Vorlage wird im Ausschuss …")
        )
        return "row" if ok else "stop"
    if len(kinds) >= 2 and all(column_kind(c.text, v, partial=False) for c in cs if c.kind != "empty"):
        return "header"
    if len(text) <= 70 and len(text.split()) <= 9 and not text.endswith((".", ":", "!", "?")):
        return "text"
    return "stop"


def _rows_of(following: list[Line], v: Vocab, hdr: Header | None) -> Iterator[tuple[Line, str, list[Cell]]]:
    """Lines with their cells; a single-spaced line holding several rows (a table flattened
    into one line, as PDF text exports and OParl ``text`` fields give it) is cut before each
    row's first cell."""
    for line in following:
        mode, cs = row_cells(line, v.tokens)
        parts = flat_rows(cs, hdr) if mode == "tokens" else None
        if parts is None:
            yield line, mode, cs
            continue
        for part in parts:
            start, end = part[0].start, part[-1].end
            text = line.text[start - line.start : end - line.start]
            body = next((c.text for c in part if c.kind == "text"), "")
            if not namelike(strip_header_words(clean_body(body), v)):
                yield Line(start, line.end, line.text[start - line.start :]), "end", []  # prose after the rows
                break
            yield Line(start, end, text), mode, part


def block(doc: Document, following: list[Line], v: Vocab, hdr: Header | None) -> Iterator[Consultation]:
    """The consultations of the lines after a header (``hdr``) or a heading, until the block ends."""
    table = hdr is not None
    items: list[Item] = []
    hyphen = False
    for line, mode, cs in _rows_of(following[:MAX_BLOCK_LINES], v, hdr):
        whole = line.text  # a spilled cell's word may go on below: "... lt. Be-" / "schlussvorschlag"
        voted = table and mode == "tokens" and (cut := _mixed(line, cs)) is not None
        if voted and cut is not None:
            line, cs = cut
            hyphen = hyphen or whole.rstrip().endswith("-") or bool(cs)  # beside a name's part the cell may go on
        kind = "stop" if mode == "end" else _kind(line, mode, cs, v, table, hdr)
        if kind == "stop" and table and mode == "tokens" and any(_BY.search(it[1].text) for it in items[-2:]):
            if all(c.kind in ("result", "empty") for c in cs):  # "... Enthaltung lt." / "Beschlussvorschlag"
                kind = "spill"
        spilled = kind == "stop" and table and mode == "tokens" and hyphen  # a cell above goes on
        name_goes_on = _open(items, hdr) or _LINKED_ON.match(line.text) is not None  # "und Umwelt 119/2017 1. Erg."
        if spilled and name_goes_on and (end := _cell_after_name(line.text, True, v)):
            part = Line(line.start, line.start + end, line.text[:end])  # "Soziales und Kultur ten.": a name's
            _, part_cells = row_cells(part, v.tokens)  # rest, then the end of a cell that went on from above
            if _kind(part, mode, part_cells, v, table, hdr) == "text":
                line, cs, kind, hyphen = part, part_cells, "text", False
        elif spilled and line.text.lstrip()[:1].islower():
            kind = "spill" if len(line.text.split()) <= SPILL_WORDS else kind  # "ten.": the end of a cell above
        if kind == "stop" and table and mode == "tokens" and status(line.text, v) is not None:
            # "Beratung und" / "Verwaltungsausschuss 25.11.2010" / "Beschlussempfehlung": the rest of a
            # role cell around its row, though the word also heads a section
            if any(k == "spill" and OPEN_END.search(ln.text) for k, ln, _, _ in items[-2:]):
                kind = "spill"
        only_status = all(c.kind in ("role", "public", "empty") for c in cs)
        if kind in ("status", "spill") and only_status and _continues(items, cs, hdr):
            kind = "text"  # "Ausschuss für Soziales und" / "Information"
        if kind == "spill" or (kind == "status" and table and mode == "tokens"):
            hyphen = whole.rstrip().endswith("-")
            items.append(("spill", line, mode, cs))
            continue
        # "fassung" under "Beratung und Beschluss-": the rest of a spilled cell; "und Umwelt sung" goes on with a name
        lower = line.text.lstrip()[:1].islower() and not _LINKED_ON.match(line.text)
        if kind == "text" and table and hyphen and lower and not _open(items, hdr):
            hyphen = False
            items.append(("spill", line, mode, cs))
            continue
        if kind == "text" and table and mode == "tokens":  # a name's part, then another cell's text
            # a name's first part, or its rest ("und Umwelt sung") below a cell that goes on
            first = not _open(items, hdr) and not line.text.lstrip()[:1].islower()
            end = _cell_after_name(line.text, not first, v) if first or hyphen else None
            if first and voted and end is None and _REST.search(line.text) and not has_head(line.text, v):
                hyphen = whole.rstrip().endswith("-")  # "Beschlussvorlage gilt bei 6 Ja, 1 Enthal-": no name's
                items.append(("spill", line, mode, cs))  # part, a vote cell that opens above its row
                continue
            if end is not None:  # the cell goes on below a name's first part, ends in its rest
                line, hyphen = Line(line.start, line.start + end, line.text[:end]), first
                cs = [c for c in cs if c.end <= line.end]
        if kind == "row" and mode == "tokens" and line.text.rstrip().endswith("-"):
            body = body_cells(cs, hdr, mode)  # a hyphen in another column: "... als vorbera-" / "ten."
            hyphen = not body or body[-1].end < line.end - len(line.text) + len(line.text.rstrip())
        if kind == "stop" or (kind == "header" and not table):
            items.append(("end", line, mode, []))
            break
        if kind == "header":  # the header repeated after a page break
            continue
        if not (kind == "blank" and table and not items):
            items.append((kind, line, mode, cs))
    else:
        items.append(("end", Line(len(doc.text), len(doc.text), ""), "tokens", []))
    if table:
        # a date alone on its line under a header is a row whose name wraps around it; a run of
        # such lines is a column of dates of its own (stacked columns)
        dated = [k for k, it in enumerate(items) if it[0] == "date"]
        if not any(b - a == 1 for a, b in zip(dated, dated[1:])):
            items = [("row", *it[1:]) if it[0] == "date" and it[2] == "tokens" else it for it in items]
        # a table ends at a blank line that is not followed by another row
        kinds = [k for k, _, _, _ in items]
        for j, k in enumerate(kinds):
            if k == "blank" and next((x for x in kinds[j + 1 :] if x != "blank"), "end") != "row":
                items = items[:j] + [("end", items[j][1], "tokens", [])]
                break
    if any(k == "row" for k, _, _, _ in items):
        yield from table_rows(doc, items, v, hdr)
    else:
        yield from stacked(doc, items, v)


def _cell_after_name(text: str, spilled: bool, v: Vocab) -> int | None:
    """Where another cell's text starts in a line that holds a part of a wrapped name: a sentence
    after the name's first part; below a spilled cell (``spilled``) also its lower-case rest or its
    numbers ("Feuerschutz rung Punkt 3", "ten Einst./2Enth.")."""
    cuts: list[int] = []
    m = _OPENER.search(text)
    if m is not None and (re.search(r"\d", text[m.end() :]) or _REST.search(text, m.end())):
        cuts.append(m.start())
    if m := _SUBJECT.search(text):
        cuts.append(m.start())
    if spilled:
        cuts += [m.start() for p in (_REST, _DIGITS) if (m := p.search(text))]
    elif cuts and not has_head(text[: min(cuts)], v) and not OPEN_END.search(text[: min(cuts)]):
        return None  # no name's first part ("Sozialaus-"): a sentence of another cell
    return min(cuts) if cuts else None


def _mixed(line: Line, cs: list[Cell]) -> tuple[Line, list[Cell]] | None:
    """A line without a date that holds a wrapped body name and, after it, the wrapped cell of a
    vote or role column ("Fachausschuss Klimaschutz, Bau 7 Ja-Stimmen und 2 Nein-Stimmen lt." / "und Umwelt
    Beschlussvorschlag", "Fachausschuss Planung, Bau Beratung und Beschluss-"): the name's part, up
    to the first result or role word."""
    # a role cell only where it goes on below ("Beratung und Beschluss-"); else the line is a row without a date
    cut = ("result", "role") if OPEN_END.search(line.text.rstrip()) else ("result",)
    k = next((k for k, c in enumerate(cs) if c.kind in cut), None)
    if not k or any(c.kind == "date" for c in cs) or any(c.kind not in ("text", "empty") for c in cs[:k]):
        return None
    end = cs[k - 1].end
    return Line(line.start, end, line.text[: end - line.start]), cs[:k]


def _open(items: list[Item], hdr: Header | None) -> bool:
    """Whether the body name of the last row or text line goes on below (a hyphen, an open end);
    a row without a name of its own goes on with the line above it."""
    for kind, line, mode, cs in reversed(items):
        if kind == "text":
            return bool(OPEN_END.search(line.text))
        if kind == "row":
            texts = body_cells(cs, hdr, mode)
            if texts:
                return bool(OPEN_END.search(texts[-1].text))
    return False


def _continues(items: list[Item], cs: list[Cell], hdr: Header | None) -> bool:
    """Whether a line of role words only goes on with the name of the row above it."""
    if not items or items[-1][0] not in ("row", "text", "date") or any(c.kind == "public" for c in cs):
        return False
    return _open(items, hdr) and cs[0].text[:1].isupper()


@dataclass
class Row:
    line: Line
    mode: str
    cells: list[Cell]
    hdr: Header | None
    v: Vocab
    parts: list[tuple[int, int, str]] = field(default_factory=list)  # the body's lines
    in_body_col: bool = False

    def __post_init__(self) -> None:
        texts = body_cells(self.cells, self.hdr, self.mode)
        col = self.hdr.body_col if self.hdr is not None and self.mode == "tab" else None
        pick = [c for c in texts if c.col == col] if col is not None else []
        self.in_body_col = bool(pick) or (self.hdr is not None and self.mode == "tokens")
        pick = pick or [c for c in texts if has_head(c.text, self.v)] or texts[:1]
        if not pick:
            return
        body = pick[0]
        end, text = body.end, body.text
        for c in self.cells:  # "Bezirksausschuss 3": a number right after the name belongs to it
            if (
                c.kind == "num"
                and c.start > body.end
                and (c.col == body.col if self.mode != "tokens" else not self._top())
                and not self.line.text[end - self.line.start : c.start - self.line.start].strip()
            ):
                text, end = text + self.line.text[end - self.line.start : c.end - self.line.start], c.end
        self.parts = [(body.start, end, text)]

    def _top(self) -> bool:
        """Whether a bare number after the body on a single-spaced row is its TOP rather than
        part of its name ("Bezirksausschuss 3"): only when the header puts TOP after the body
        with no date between, and the row has no other number."""
        if self.hdr is None or "top" not in self.hdr.kinds:
            return False
        top, body = self.hdr.kinds.index("top"), self.hdr.body_col
        # the columns between may be empty on this row; a date never is
        after_body = top > body and "date" not in self.hdr.kinds[body + 1 : top]
        return after_body and sum(1 for c in self.cells if c.kind == "num") == 1

    @property
    def body(self) -> str:
        return " ".join(t for _, _, t in self.parts)

    def attach(self, orphans: list[Line], front: bool) -> None:
        parts = [(o.start, o.end, GAP.split(o.text.strip())[0]) for o in orphans]
        self.parts = parts + self.parts if front else self.parts + parts

    def mark(self) -> bool | None:
        """The public status an "x" under an ö or nö column gives, when its column is sure."""
        if self.hdr is None or not self.hdr.marks:
            return None
        marks = dict(self.hdr.marks)
        xs = [c for c in self.cells if c.kind == "mark"]
        if not xs:
            return None
        if len(set(marks.values())) == 1:
            return next(iter(marks.values()))
        # tabs count columns when the row keeps its empty cells (a ruled table drops only trailing ones)
        if self.mode == "tab" and (len(self.line.cells) == len(self.hdr.kinds) or "\t\t" in self.line.text):
            return marks.get(xs[0].col)
        if self.mode == "gap" and self.hdr.mode == "gap":  # columns aligned by position
            at = xs[0].start - self.line.start
            near = min(range(len(self.hdr.starts)), key=lambda j: abs(self.hdr.starts[j] - at))  # type: ignore
            return marks.get(near)
        return None


def table_rows(doc: Document, items: list[Item], v: Vocab, hdr: Header | None) -> Iterator[Consultation]:
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
        for kind, line, mode, cs in chunk:
            if kind == "row":
                rows.append(Row(line, mode, cs, hdr, v))
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
        # the table runs into prose, or a single-spaced table into the title: keep wrapped words only
        if n == len(plans) - 1 and (not clean_end or (hdr is not None and rows[-1].mode == "tokens")):
            for keep, o in enumerate(tail):
                if not _bonded(left, o.text):
                    tail = tail[:keep]
                    break
                left += " " + o.text
        rows[-1].attach(tail, front=False)
    found = [rec for rows, _ in plans for row in rows if (rec := _record(doc, row, v)) is not None]
    if hdr is not None and plans and plans[-1][0][-1].mode == "tokens":
        # a single-spaced table ends with the body that decides, named by its head word and with its
        # date; a line after it is the title ("Vorläufige Bilanz, Ergebnis- und Finanzrechnung 31.12.2015",
        # "Anhörung des Ortsrates zum Haushaltsplan 2009 und zum Investitionsprogramm für den")
        dated = "date" in hdr.kinds
        while found and (not has_head(found[-1].body, v) or (dated and found[-1].meeting_date is None)):
            found.pop()
    yield from found


def _bonded(left: str, right: str) -> bool:
    """Whether two lines are one wrapped name: an open end, or a lower-case continuation."""
    right = right.lstrip()
    return bool(left and right) and bool(OPEN_END.search(left) or right[0].islower())


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
    body = strip_header_words(clean_body(" ".join(t.strip() for _, _, t in row.parts)), v)
    in_body = [(s, e) for s, e, _ in row.parts]
    role = next(
        (c.value for c in row.cells if c.kind == "role" and not any(s <= c.start < e for s, e in in_body)), None
    )
    for rid, pat in v.roles:  # "Vorberatung im Integrationsbeirat"
        m = pat.match(body)
        rest = strip_header_words(body[m.end() :], v) if m else ""
        if m and rest:
            body, role = rest, role or rid
    paren = re.search(r"\s*\(([^()]*)\)$", body)  # "Sozialausschuss (Vorberatung)"
    inner = status(paren.group(1), v) if paren else None
    if paren and inner:
        body, role = body[: paren.start()], role or inner[0]
    if not re.search(r"[A-Za-zÄÖÜäöüß]{3}", body) or len(body.split()) > 16:
        return None
    if not has_head(body, v) and not (row.in_body_col and len(body.split()) <= 8):
        return None  # a phrase that names no body, outside a column that holds bodies
    if has_head(body, v) and not headed(body, v):
        return None  # "Größe des Gemeinderates in der Wahlperiode": the body word is an attribute
    public = next((c.public for c in row.cells if c.public is not None), inner[1] if inner else None)
    if public is None:
        public = row.mark()
    used = [(c.start, c.end) for c in row.cells if c.kind not in ("empty", "text")] + [(s, e) for s, e, _ in row.parts]
    method = ("table." + row.mode) if row.hdr is not None or row.mode != "tokens" else "list"
    return Consultation(
        span=doc.span(min(s for s, _ in used), max(e for _, e in used)),
        body=body,
        body_type=body_type(body, v),
        rule_id=body_entry(body, v),
        role=role,
        public=public,
        meeting_date=next((c.value for c in row.cells if c.kind == "date"), None),
        method=method,
    )


def stacked(doc: Document, items: list[Item], v: Vocab) -> Iterator[Consultation]:
    """Stacked columns: a run of bodies, then a run of as many dates, then maybe statuses."""
    runs: list[tuple[str, list[tuple[Line, list[Cell]]]]] = []
    for kind, line, _, cs in items:
        if kind in ("text", "date", "status"):
            if runs and runs[-1][0] == kind:
                runs[-1][1].append((line, cs))
            else:
                runs.append((kind, [(line, cs)]))
    for j in range(len(runs) - 1):
        (k1, texts), (k2, dates) = runs[j], runs[j + 1]
        bodies = _merge_lines([(ln.start, ln.end, ln.text) for ln, _ in texts], len(dates))
        if (
            (k1, k2) != ("text", "date")
            or bodies is None
            or any(len(b[2].split()) > 12 or b[2].rstrip().endswith(".") or not has_head(b[2], v) for b in bodies)
        ):
            continue
        stats = runs[j + 2][1] if j + 2 < len(runs) and runs[j + 2][0] == "status" else []
        stats = stats if len(stats) == len(dates) else []
        for n, (start, _, text) in enumerate(bodies):
            st = [c for c in stats[n][1] if c.kind in ("role", "public")] if stats else []
            body = clean_body(text)
            yield Consultation(
                span=doc.span(start, (stats or dates)[n][0].end),
                body=body,
                body_type=body_type(body, v),
                rule_id=body_entry(body, v),
                meeting_date=next(c.value for c in dates[n][1] if c.kind == "date"),
                role=next((c.value for c in st if c.kind == "role"), None),
                public=next((c.value for c in st if c.kind == "public"), None),
                method="stacked",
            )


def _merge_lines(parts: list[tuple[int, int, str]], n: int) -> list[tuple[int, int, str]] | None:
    """Join wrapped body lines until there are ``n`` bodies; None when that cannot be done."""
    parts = list(parts)
    while len(parts) > n:
        j = next((j for j in range(len(parts) - 1) if _bonded(parts[j][2], parts[j + 1][2])), None)
        if j is None:
            return None
        parts[j : j + 2] = [(parts[j][0], parts[j + 1][1], parts[j][2] + "\n" + parts[j + 1][2])]
    return parts if len(parts) == n else None
