"""consultation_table_rows: the rows of a Beratungsfolge block made into consultations.

The block reader (:mod:`.tables`) sorts a block's lines into rows, wrapped text and spilled
cells; here a row takes the wrapped lines of its body name (above it, below it or around it,
as the table sets its cells: top, bottom or centred), and each row becomes a record with the
body, date, role and public status of its cells. Stacked columns (all bodies, then as many
dates, then maybe statuses) are paired by position."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from pipeline.document import Document
from pipeline.lang.de.closed_class import NAME_GOES_ON, either
from pipeline.records import Consultation
from pipeline.structure import Line
from pipeline.structure.tables import MEETING_OPENS, deciding
from pipeline.structure.tokens import Cell

from .answers import answer_cut, answered
from .closing_roles import closing_role
from .codes import after_code, name_cell
from .date_columns import before_name, meeting_date, moved_date
from .date_under import date_under
from .flat import namelike
from .headers import Header, column_words_only, strip_header_words
from .legends import legend_name
from .marked import marked
from .places import name_rest, place_cut
from .row_forms import cut_at_width, under_its_mark, unread_date
from .tail_roles import SEPARATORS, tail_role
from .under_rows import DATE_WORD, Item, ends_open, right_under, statuses_below, under_wrapped
from .vocab import OPEN_END, Vocab, cancelled, clean_body, consultation, has_head, headed, heads, status
from .weekday_rows import weekday_dates

MAX_ORPHANS = 8  # wrapped lines of one table cell
# the word before a date ending the name's cell where one space parts them ("Ausschuss für Bildung, Soziales am
# 10.06.2027" over "und Kultur"): no word of the name, whose rest the line under it holds
_BODY_SLACK = 1  # how far a row's name may start from its header cell's start in a table set out by gaps


def body_cells(cs: list[Cell], hdr: Header | None, mode: str) -> list[Cell]:
    """The text cells of a single-spaced row that stand where the header puts the body: before the
    row's date when the body column comes first ("Rat 15.03.2018 Beratung und Beschlussfassung
    einstimmig lt. Beschlussvorschlag"), after it when the date column does; the text of the
    other columns (a state, a vote) is no body."""
    texts = [c for c in cs if c.kind == "text"]
    if hdr is None or mode != "tokens" or "date" not in hdr.kinds:
        return texts
    date = next((c for c in cs[before_name(cs, hdr) :] if c.kind == "date"), None)
    if date is None:
        return texts
    coded = "top" in hdr.kinds[: hdr.body_col] and hdr.body_col < hdr.kinds.index("date")
    if coded and (after := after_code(cs, date)):
        return after
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


@dataclass
class Row:
    line: Line
    mode: str
    cells: list[Cell]
    hdr: Header | None
    v: Vocab
    parts: list[tuple[int, int, str]] = field(default_factory=list)  # the body's lines
    in_body_col: bool = False
    tail: Line | None = None  # the row's last cell, a role, wrapped onto a line of its own
    placed: bool = False  # the body's cell ran into the place's column beside it, cut off where that begins

    def __post_init__(self) -> None:
        texts = body_cells(self.cells, self.hdr, self.mode)
        col = self.hdr.body_col if self.hdr is not None and self.mode == "tab" else None
        pick = [c for c in texts if c.col == col] if col is not None else self._under_body(texts)
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
        if (word := DATE_WORD.search(text)) is not None:
            text, end = text[: word.start()], end - len(text) + word.start()
        self.parts = [(body.start, end, text)]
        if self.mode == "tokens" and self.hdr is not None and self.hdr.body_col + 1 in self.hdr.places:
            cut = place_cut(text, self.v)  # "Verwaltungsausschuss Neues Rathaus, Ratssaal"
            if cut is not None:
                name = text[:cut].rstrip()
                self.parts, self.placed = [(body.start, body.start + len(name), name)], True

    def _under_body(self, texts: list[Cell]) -> list[Cell]:
        """The text cells of a row set out by gaps that start where the header's bodies' column does,
        header and row cut alike ("Vorlage an      am      zur" over "Forum für Senioren      05.05.2026"),
        and read as a name (capitalised words and link words: no sentence)."""
        hdr = self.hdr
        if hdr is None or self.mode != "gap" or hdr.mode != "gap" or "body" not in hdr.kinds:
            return []
        at = hdr.starts[hdr.body_col]
        return [c for c in texts if abs(c.start - self.line.start - at) <= _BODY_SLACK and namelike(c.text)]

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
        orphans = name_rest(self.body, orphans) if self.placed and not front else orphans
        orphans = under_its_mark(self.line, orphans)  # a list's row: a line set left of its mark is a group's heading
        kept = [(o, p) for o in orphans if (p := name_cell(o, self.hdr, self.mode))[2]]
        orphans, parts = [o for o, _ in kept], [p for _, p in kept]
        if not front and self.mode == "tab" and not OPEN_END.search(self.body):
            # under a name that ended, a line of words no name has ("Kreisausschuss" / "Wokrejny wuběrk"): its
            # name in another language, no part of it; a line going on in lower case is the name's rest
            # ("Bezirksvertretung für den Stadt" / "bezirk I")
            cut = (k for k, p in enumerate(parts) if not namelike(p[2]) and not p[2].lstrip()[:1].islower())
            parts = parts[: next(cut, len(parts))]
        if (
            not front
            and parts
            and self.hdr is not None
            and cut_at_width(self.hdr, self.parts, self.line, orphans[0], parts[0])
        ):
            (a, e, left), (s, b, right) = self.parts[-1], parts[0]  # "SENIOREN UN" over "D INTEGRATION"
            self.parts, parts = [*self.parts[:-1], (a, e, left + right)], [(s, b, ""), *parts[1:]]
        parts = parts + self.parts if front else self.parts + parts
        self.parts = [p for k, p in enumerate(parts) if not self._late_head(parts[:k], p[2])]

    def _late_head(self, before: list[tuple[int, int, str]], text: str) -> bool:
        """Whether a line after the body's name is a column's head cell alone on its line, as an export
        sets a header one cell per line between the first row's cells ("Gemeinderat" / "öffentlich" /
        "Datum" / "01.01.2013"): no word of the name, but for the rest of a hyphenated one ("Bäder-" /
        "ausschuss"). Column words before the name are the header's, taken off by the body's reader."""
        named = [t for _, _, t in before if not column_words_only(t, self.v)]
        return bool(named) and not _bonded(before[-1][2], text) and column_words_only(text, self.v)

    def mark(self) -> bool | None:
        """The public status an "x" under an ö or nö column gives, when its column is sure."""
        return marked(self.line, self.mode, self.cells, self.hdr)[1]


def table_rows(doc: Document, items: list[Item], v: Vocab, hdr: Header | None) -> Iterator[Consultation]:
    """Rows with their wrapped lines; a blank line separates wrapped lines from rows, but for a
    name's line left open (a comma, a link word, a hyphen at its end: an export that sets every
    line apart by a blank one, "Ausschuss für Kultur," / "" / "Sport und Freizeit 14.05.2025")."""
    items = weekday_dates(items, hdr)  # "Dienstag," over "4. Mai 2027": a row's date wrapped after its weekday
    # a status and role under every row of a header without their columns ("nicht öffentlich – beratend"):
    # typed as cells spilled from a row, they are the rows' statuses where they stand so under each
    spilled = [("status", *it[1:]) if it[0] == "spill" and status(it[1].text.strip(), v) else it for it in items]
    items = spilled if spilled != items and statuses_below(spilled) else items
    chunks: list[list[Item]] = [[]]
    for j, item in enumerate(items):
        if item[0] == "blank" and (
            name_left_open(chunks[-1], hdr)
            or set_apart(items, j)
            or set_apart(items, j - 2)
            or _rest_below(chunks[-1], items, j)
        ):
            continue
        if item[0] in ("blank", "end"):
            chunks.append([])
        elif item[0] in ("row", "text", "spill", "status"):
            chunks[-1].append(item)
    below = statuses_below(items)
    clean_end = not items[-1][1].text.strip() or any(p.match(items[-1][1].text) for p in v.stops)
    plans: list[tuple[list[Row], list[list[Line]]]] = []  # rows, and the lines before/between/after them
    for chunk in chunks:
        gaps: list[list[Line]] = [[]]
        rows: list[Row] = []
        for n, (kind, line, mode, cs) in enumerate(chunk):
            if kind in ("row", "spill") and _wrapped_row(rows, chunk, n, Row(line, mode, cs, hdr, v)):
                continue
            if kind == "row" and n and chunk[n - 1][0] == "row" and date_under(rows[-1], Row(line, mode, cs, hdr, v)):
                continue  # the row's date on its second line ("Nr. 4/2027" over "vom 27.04.2027")
            if kind == "row" and right_under(chunk, n) and (moved := moved_date(rows[-1].cells, cs, hdr, doc.text)):
                rows[-1].cells.append(moved)  # the meeting moved to the date under the row's ("auf 16.02.2027")
                continue
            if kind == "row":
                rows.append(Row(line, mode, cs, hdr, v))
                gaps.append([])
            elif right_under(chunk, n) and (tail_role(rows[-1], line, v) or (kind == "status" and below)):
                rows[-1].tail = line
            elif kind == "status" and below and under_wrapped(chunk, n):
                # the role under the name's wrapped lines ("Ausschuss für" / "Soziales" / "Vorberatung")
                rows[-1].tail = line
            elif kind in ("spill", "status"):
                continue
            elif len(gaps[-1]) < MAX_ORPHANS:
                gaps[-1].append(line)
        if rows:
            plans.append((rows, gaps))
    # wrapped lines only above rows: bottom-aligned cells; above and below: centred
    head_seen, tail_seen = any(g[0] for _, g in plans), any(g[-1] for _, g in plans)
    mode = "top" if not head_seen else ("bottom" if not tail_seen else "centre")
    for n, (rows, gaps) in enumerate(plans):
        head = gaps[0]
        if head and _REFERENCE.search(head[-1].text) and not _bonded(head[-1].text, rows[0].body):
            head = []  # a form's line beside the table ("Drucksache 2022/088"): no line of the name
        rows[0].attach(head, front=True)
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


def _wrapped_row(rows: list[Row], chunk: list[Item], n: int, row: Row) -> bool:
    """Whether a dateless line of a gap-set table is the wrapped second line of the row above, its cells
    wrapped each alone ("Vorberatung" / "(öffentlich)"): nothing in the bodies' column, or the rest of a name
    left open above; its name's rest and the status and role cells the row above lacks join that row."""
    above = rows[-1] if rows and n and chunk[n - 1][0] == "row" else None
    hdr = row.hdr
    if (
        above is None
        or hdr is None
        or "date" not in hdr.kinds
        or row.mode not in ("gap", "tab")
        or above.mode != row.mode
    ):
        return False
    if any(c.kind == "date" for c in row.cells) or not any(c.kind in ("public", "role") for c in row.cells):
        return False
    if row.mode == "tab":  # a PDF's borderless table: a tab line a line of the row's cells, each wrapped in its own
        if not (OPEN_END.search(above.body) or _GOES_ON.match(row.body)):  # "Finanz- und" / "Hauptausschuss  nicht"
            return False
        above.parts += row.parts
        above.cells += [
            c for c in row.cells if c.kind in ("public", "role") and c.kind not in {d.kind for d in above.cells}
        ]
        return True
    cut = _CUT_END.search(above.line.text)
    if cut is not None and any(
        c.kind in ("public", "role") and abs(c.start - row.line.start - cut.start()) <= _BODY_SLACK for c in row.cells
    ):
        return False  # the role's word cut in two ("Vor-" / "beratung"), its rest under it: joined by the block reader
    if row.in_body_col and not OPEN_END.search(above.body):
        return False
    above.parts += row.parts if row.in_body_col else []
    kinds = {c.kind for c in above.cells}
    above.cells += [c for c in row.cells if c.kind in ("public", "role") and c.kind not in kinds]
    return True


_CUT_END = re.compile(r"\S+-[ \t]*$")  # a word cut at a line's end: "Vor-", "Bera-"
_GOES_ON = re.compile(r"(?:" + either(NAME_GOES_ON) + r")\b")  # a name's line opening with a link word: "des Amtes"
_REFERENCE = re.compile(r"\d+[/-]\d+|\w:")  # a paper's number ("2022/088") or a label ("Datum:")


def name_left_open(items: list[Item], hdr: Header | None) -> bool:
    """Whether the last name of the lines placed so far goes on below: a text line left open, or a
    single-spaced row whose body cell is ("... Ausschuss für Kultur, Sport, 4.1"); spilled cells and a
    line of role words only (a role wrapped away from its row) stand between and are stepped over."""
    for kind, line, mode, cs in reversed(items):
        if kind == "spill" or kind == "text" and cs and all(c.kind in ("role", "public", "empty") for c in cs):
            continue
        if kind == "text":
            return OPEN_END.search(line.text) is not None
        if kind == "row" and mode == "tokens":
            texts = body_cells(cs, hdr, mode)
            return bool(texts) and ends_open(texts[-1].text)
        return False
    return False


APART_WORDS = 5  # a name's last line set apart, at most


def set_apart(items: list[Item], j: int) -> bool:
    """Whether the blank line ``j`` stands over a name's last line that an export set apart by blank
    lines from the single-spaced row it belongs to and the row after it, as it sets every line apart
    ("Mo, 04.03.2030 öffentlich Ausschuss für Umwelt, Verkehr," / "" / "Klima und Energie" / "" / next row):
    the row above stands after a blank line too, the line is a few words of a name, a row follows."""
    if j < 2 or j + 3 >= len(items):
        return False
    kinds = [k for k, *_ in items[j - 2 : j + 4]]
    if kinds != ["blank", "row", "blank", "text", "blank", "row"] or items[j - 1][2] != "tokens":
        return False
    words = items[j + 1][1].text.split()
    return len(words) <= APART_WORDS and words[0][:1].isupper() and namelike(items[j + 1][1].text.strip())


def _rest_below(chunk: list[Item], items: list[Item], j: int) -> bool:
    """Whether the blank line ``j`` stands inside a name: the line after it opens lower-case ("und
    Integration"), a rest no row's name opens with, under a row whose name it ends (an export set the
    wrapped rest apart: "08.06.2027 Ausschuss für Soziales, Arbeit, Gesundheit Vorberatung" / "" / "und
    Integration")."""
    after = items[j + 1] if j + 1 < len(items) else None
    if not chunk or chunk[-1][0] != "row" or after is None or after[0] != "text":
        return False
    text = after[1].text.lstrip()
    return bool(text) and text[0].islower()


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
    if cancelled((c.kind, c.value) for c in row.cells):
        return None  # "04.05.27   Bezirksvertretung Nord   Anhörung   ö   – entfällt –": no meeting
    answer = answer_cut(row, v)  # "Kreistag ja" under "Gremium öff.": the status's yes, off the name
    closing = closing_role(row, v)
    body = strip_header_words(clean_body(" ".join(t.strip() for _, _, t in row.parts)), v)
    if row.hdr is not None and row.hdr.body_col in row.hdr.places and (cut := place_cut(body, v)) is not None:
        body = body[:cut].rstrip(" ,")  # the bodies' column over the place's: the name over its place's lines
    in_body = [(s, e) for s, e, _ in row.parts]
    own = [(c.kind, c.text, c.value, False) for c in row.cells if not any(s <= c.start < e for s, e in in_body)]
    role = deciding(own) or closing or marked(row.line, row.mode, row.cells, row.hdr)[0]  # "Beratung und …", an "x"
    tail = status(row.tail.text.strip(" \t()" + "".join(SEPARATORS)), v) if row.tail is not None else None
    role = role or (tail or (None, None))[0]
    for rid, pat in v.roles:  # "Vorberatung im Integrationsbeirat"
        m = pat.match(body)
        rest = strip_header_words(body[m.end() :], v) if m else ""
        if m and rest:
            body, role = rest, role or rid
    paren = re.search(r"\s*\(([^()]*)\)$", body)  # "Sozialausschuss (Vorberatung)"
    inner = status(paren.group(1), v) if paren else None
    if paren and inner:
        body, role = body[: paren.start()], role or inner[0]
    if row.hdr is None and _stacked_pair(row.cells) and len(heads(body, v)) > 1:
        return None  # two names, then their two dates: stacked columns flattened onto one line, no row
    legend = legend_name(body, doc.text, v) is not None  # an abbreviation the paper spells out ("KT")
    if not (legend or re.search(r"[A-Za-zÄÖÜäöüß]{3}", body)) or len(body.split()) > 16:
        return None
    if not has_head(body, v) and not (row.in_body_col and len(body.split()) <= 8) and not legend:
        return None  # a phrase that names no body, outside a column that holds bodies, nor an abbreviation of one
    if has_head(body, v) and not headed(body, v):
        return None  # "Größe des Gemeinderates in der Wahlperiode": the body word is an attribute
    date = meeting_date(row.cells, row.hdr, doc.text)
    if row.hdr is not None and "date" in row.hdr.kinds and date is None and _rest_of_a_cell(body, v) and not legend:
        return None  # a dateless line of a dated table naming no body: a cell's rest ("tung, nö" under "Vorbera-")
    if date is None and row.hdr is not None and unread_date(row.line, row.mode, row.hdr):
        return None  # figures under the dates' column that read as no date: the meeting's day is unknown, not none
    public = next((c.public for c in row.cells if c.public is not None), inner[1] if inner else None)
    public = (tail or (None, None))[1] if public is None else public
    public = next((p for p in (public, row.mark(), answered(row, v), answer) if p is not None), None)  # "x", "ja"
    used = [(c.start, c.end) for c in row.cells if c.kind not in ("empty", "text")] + [(s, e) for s, e, _ in row.parts]
    used += [(row.tail.start, row.tail.end)] if row.tail is not None else []
    method = ("table." + row.mode) if row.hdr is not None or row.mode != "tokens" else "list"
    return consultation(
        body,
        v,
        span=doc.span(min(s for s, _ in used), max(e for _, e in used)),
        role=role,
        public=public,
        meeting_date=date,
        method=method,
    )


def _stacked_pair(cells: list[Cell]) -> bool:
    """Whether two dates stand one right after the other among a row's cells ("06.12.2017 14.12.2017")."""
    shown = [c for c in cells if c.kind != "empty"]
    return any(a.kind == b.kind == "date" for a, b in zip(shown, shown[1:]))


def stacked(doc: Document, items: list[Item], v: Vocab) -> Iterator[Consultation]:
    """Stacked columns: a run of bodies, then a run of as many dates, then maybe statuses."""
    runs: list[tuple[str, list[tuple[Line, list[Cell]]]]] = []
    for kind, line, _, cs in items:
        if all(c.kind in ("mark", "empty") for c in cs):
            continue  # an "x" whose ö / nö column the lines lost: no name, no status, and no end of a run
        if kind in ("text", "date", "status"):
            if runs and runs[-1][0] == kind:
                runs[-1][1].append((line, cs))
            else:
                runs.append((kind, [(line, cs)]))
    pairs = [j for j in range(len(runs) - 1) if (runs[j][0], runs[j + 1][0]) == ("text", "date")]
    # the rows open with their roles where a role run stands before the first names and none after the last dates
    ahead = bool(pairs) and _status_run(runs, pairs[0] - 1) and not _status_run(runs, pairs[-1] + 2)
    for j in range(len(runs) - 1):
        (k1, texts), (k2, dates) = runs[j], runs[j + 1]
        bodies = _merge_lines([(ln.start, ln.end, ln.text) for ln, _ in texts], len(dates))
        if (
            (k1, k2) != ("text", "date")
            or bodies is None
            or any(len(b[2].split()) > 12 or b[2].rstrip().endswith(".") or not has_head(b[2], v) for b in bodies)
        ):
            continue
        stats = runs[j - 1 if ahead else j + 2][1] if _status_run(runs, j - 1 if ahead else j + 2) else []
        # statuses of several columns, one column after another ("Vorberatung", "ö"), each a line; but a session's
        # line ("öffentliche Sitzung") heads the next rows, no status of these
        heads = any((m := MEETING_OPENS.match(ln.text.strip())) and m.end() == len(ln.text.strip()) for ln, _ in stats)
        whole = len(stats) % len(dates) == 0 and not (heads and len(stats) > len(dates))
        per = len(stats) // len(dates) if whole else 0
        cells = [[c for k in range(per) for c in stats[n + k * len(dates)][1]] for n in range(len(dates))]
        stats = stats[: len(dates)] if per else []
        for n, (start, _, text) in enumerate(bodies):
            st = [c for c in cells[n] if c.kind in ("role", "public")] if stats else []
            body = clean_body(text)
            yield consultation(
                body,
                v,
                span=doc.span(
                    min([start, *(run[n][0].start for run in [stats] if run)]),
                    max(run[n][0].end for run in (stats, dates) if run),
                ),
                meeting_date=next(c.value for c in dates[n][1] if c.kind == "date"),
                # of roles set in one cell ("Vorberatung/Entscheidung") the deciding one wins
                role=deciding([(c.kind, c.text, c.value, False) for c in cells[n] if c.kind != "empty"])
                if stats
                else None,
                public=next((c.value for c in st if c.kind == "public"), None),
                method="stacked",
            )


def _status_run(runs: list[tuple[str, list[tuple[Line, list[Cell]]]]], j: int) -> bool:
    return 0 <= j < len(runs) and runs[j][0] == "status"


def _merge_lines(parts: list[tuple[int, int, str]], n: int) -> list[tuple[int, int, str]] | None:
    """Join wrapped body lines until there are ``n`` bodies; None when that cannot be done."""
    parts = list(parts)
    while len(parts) > n:
        j = next((j for j in range(len(parts) - 1) if _bonded(parts[j][2], parts[j + 1][2])), None)
        if j is None:
            return None
        parts[j : j + 2] = [(parts[j][0], parts[j + 1][1], parts[j][2] + "\n" + parts[j + 1][2])]
    return parts if len(parts) == n else None


def _rest_of_a_cell(body: str, v: Vocab) -> bool:
    """Whether a row's name is a wrapped cell's rest: no body's head word, opening in lower case ("tung",
    "geänderter Beschluss" under "Beschlussempfehlung mit ge-"); a party group without its date ("CDU-Fraktion
    Beratung") stays a row."""
    return not has_head(body, v) and body[:1].islower()
