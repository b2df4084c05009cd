"""consultation_tables: a Beratungsfolge as a table, or as a block under its heading.

- a table under a column header (Gremium · Sitzung am · Zuständigkeit · Ö/N · TOP · Ergebnis, in any order, maybe on the
  heading's line, "Beratungsfolge: Gremium Sitzung am TOP Ö/N"), cut at tabs, gaps or spaces;
- a block under the heading "Beratungsfolge" without a header: rows, list lines such as "- Sozialausschuss am
  20.06.2018 (öffentlich, Vorberatung)", or stacked columns (all bodies, then all dates, then all statuses).
A table flattened into one line is cut into its rows by ``consultation_flat``. Cells come typed from the structure view
(``pipeline.structure.tokens``): the body is the text cell, the rest are dates, TOP numbers, status, role and result
words. Body names may wrap onto lines before or after the line with the date; page furniture and a header repeated on
the next page are skipped."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from pipeline.document import Document
from pipeline.lang.de import markers
from pipeline.records import Consultation
from pipeline.structure import Line, View
from pipeline.structure.tables import under_year_heading
from pipeline.structure.tokens import Cell, role_before_date, row_cells

from .boxes import chosen, options_joined, unticked
from .columns import MAX_BLOCK_LINES, from_columns, lines_after, under_body_column
from .cut_words import cut_gapped, cut_heads, cut_word
from .date_columns import header_rest
from .date_rests import dates_joined
from .flat import flat_rows, inline_header, inline_title, labelled, namelike, without_page_breaks, wrapped_flat
from .flat_boxes import box_lines
from .header_wraps import merge_header, stacked_place
from .headers import Header, column_kind, column_words_only, header, strip_header_words
from .legends import legend_line, spelled
from .line_rests import LINE_RESTS, note
from .result_rests import RESULT_RESTS, vote_object
from .row_cells import (
    REST,
    SPILL_WORDS,
    TIME,
    before_result_boxes,
    cell_after_name,
    continues,
    footnote,
    heading_again,
    heading_over,
    mixed,
    open_name,
    past_glued_rules,
    remark,
    row_above,
    spilled_only,
    table_end,
    unbarred,
)
from .table_rows import Item, body_cells, stacked, table_rows
from .tallies import tally_rest
from .time_lines import TIME_RULES
from .undated_rows import undated_row
from .unit_columns import unit_header, unit_named
from .vocab import OPEN_END, Vocab, clean_body, has_head, status
from .wrapped_names import citation_rest, cut_cell_end, name_beside_status

_BULLET = re.compile(r"\s*(?:" + markers.charset(markers.ITEM_MARKS) + r"|\(?\d{1,2}[.)])\s")

# a line that opens with a link word and a noun goes on with a name ("und Umwelt"), not with a spilled cell
_LINKED_ON = re.compile(r"\s*(?:und|für|der|des|sowie)\s+[A-ZÄÖÜ]")


def from_tables(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """Blocks under a column header line, and blocks under a "Beratungsfolge" heading, also
    where the heading stands inside a line that holds the whole header block of the document."""
    every = sv.lines
    for i, line in enumerate(every):
        if i in sv.furniture:
            continue
        after = None
        head = v.title.match(line.text)
        if head is not None and (cut := _titled_cut(every, i, v)) is not None:  # "Beratungsfolge   Kennt-   Be-"
            yield from block(doc, lines_after(every, i + 2, sv.furniture), v, cut)
            continue
        # most lines open no block: neither the heading, nor a header, nor either inside the line
        opens = head is not None or header(line.text, v) is not None
        inline = None if opens else inline_title(line.text, v) or inline_header(line.text, v)
        if not opens and inline is None:
            if (
                cut := cut_gapped(every, i, v)
            ) is not None:  # "Vorlagen-   Gremium   Öffent-" over "schluss   lichkeit"
                yield from block(doc, lines_after(every, i + 2, sv.furniture), v, cut)
            elif (unit := unit_header(line.text, v)) is not None:  # "Gemeinde   Gremium   Sitzung   Votum"
                yield from unit_named(block(doc, lines_after(every, i + 1, sv.furniture), v, unit), unit, v)
            elif (lone := under_body_column(doc, every, i, v, sv.furniture)) is not None:
                yield from lone
            continue
        if under_year_heading(every, i, lambda t: column_words_only(t, v), sv.furniture):
            continue  # a calendar of meetings under a heading naming its year
        if head is not None and (wrapped := wrapped_flat(line, every[i + 1 :], head.end(), v)):
            line, after = wrapped[0], lines_after(every, i + 1 + wrapped[1], sv.furniture)
        elif inline is not None:
            line, after = inline
            line = Line(every[i].start + line.start, every[i].start + line.end, line.text)
        yield from _from_line(doc, line, lines_after(every, i + 1, sv.furniture) if after is None else after, v)


_REMARK = re.compile(r"[ \t]*\([^()\d]+\)[ \t]*[¹²³⁴⁵⁶⁷⁸⁹*]?[ \t]*:?[ \t]*")  # "(TOP – Gremium – Datum)¹": no date


def _from_line(doc: Document, line: Line, after: list[Line], v: Vocab) -> Iterator[Consultation]:
    hdr = header(line.text, v)
    if hdr is not None:
        if after and (merged := merge_header(line.text, after[0].text, v)):
            hdr, after = merged, after[1:]
        elif after and header_rest(hdr, after[0], v):  # "ursprünglich" / "geplant"
            after = after[1:]
        hdr = stacked_place(hdr, line.text, after, v)  # "Gremium" over "Sitzungsort": the name over its place
        rest = line.text[hdr.end :]
        if hdr.mode == "tokens":  # a flattened table broken by a page's foot and the next page's head
            rest = without_page_breaks(rest, line.text[hdr.starts[0] : hdr.end], v.tokens)
        if rest.strip(" :\t") and not _column_words_on(rest, v):  # a row on the header's line
            after = [Line(line.start + hdr.end, line.end, rest), *after]
        found = list(block(doc, after, v, hdr))
        if "date" not in hdr.kinds and (m := v.title.match(line.text)):
            # a heading naming a column, not the dates' ("Beratungsfolge (Zuständigkeit)"): read alone if it gives more
            titled = list(_under_title(doc, line, m.end(), after, v))
            found = titled if len(titled) > len(found) else found
        yield from found
    elif m := v.title.match(line.text):
        cut, skip, joined = cut_heads(after, v)  # the header's words cut at hyphens, rests below (.cut_words)
        rows = _under_title(doc, line, m.end(), after[skip:], v) if cut is None else block(doc, after[skip:], v, cut)
        yield from list(rows) or (block(doc, after[joined[1] :], v, joined[0]) if joined else ())  # cut among whole


def _titled_cut(every: list[Line], i: int, v: Vocab) -> Header | None:
    """The header of a heading's line whose cells go on as column words cut at their hyphens, each rest under
    its first part ("Beratungsfolge   Sitzung   Kennt-   Vorbe-" over "nis   ratung"), or None."""
    line = every[i].text
    return cut_gapped(every, i, v) if ("-  " in line or line.endswith("-")) and header(line, v) is None else None


def _column_words_on(rest: str, v: Vocab) -> bool:
    """Whether a single-spaced header's rest holds its further column words, one unknown among them ("Teil TOP
    Befassung" after "Gremium Sitzung"): no row."""
    words = rest.split()
    return len(words) >= 2 and not any(c.isdigit() for c in rest) and sum(not column_kind(w, v) for w in words) <= 1


def _under_title(doc: Document, line: Line, end: int, after: list[Line], v: Vocab) -> Iterator[Consultation]:
    """The rows under a Beratungsfolge heading (``end``: where the heading's words end in its line)."""
    rest = line.text[end:]
    own = [] if column_words_only(line.text, v) or _REMARK.fullmatch(rest) else [Line(line.start + end, line.end, rest)]
    if own and (box := box_lines(own[0])):  # a drawn box flattened into the line: read from its header's line
        yield from _from_line(doc, box[0], [*box[1:], *after], v) if header(box[0].text, v) else ()
        return
    # no row in the heading's attributes ("Beratungsfolge dieser Vorlage") or remark ("(Änderungen vorbehalten):")
    lines = options_joined(dates_joined([*own, *after]))  # a row broken before its date ("… am" / "08.06.2027")
    columns = from_columns(doc, lines, v)  # a table exported column by column
    yield from block(doc, lines, v, None) if columns is None else columns


# a line of a table's rules alone, bars and joints between them ("|=====|=====|", "+-----+-----+")
_DRAWN = "|+:" + markers.DRAWN_BARS + markers.DRAWN_JOINTS
_UNDRAWN = re.compile(rf"[-=_\s{markers.DRAWN_RULES}]+")  # a rule without bars or joints: no drawn table's own
_RULES_ONLY = re.compile(
    rf"[\s{_DRAWN}]*[-=_{markers.DRAWN_RULES}]{{3,}}[-=_\s{markers.DRAWN_RULES}{_DRAWN}]*"
    rf"|[{markers.DRAWN_RULES}]+"  # a drawn rule's last glyphs wrapped onto a line of their own ("┄┄")
)


def _kind(line: Line, mode: str, cs: list[Cell], v: Vocab, table: bool, hdr: Header | None = None, tx: str = "") -> str:
    kinds = [c.kind for c in cs if c.kind != "empty"]
    text = line.text.strip()
    if not kinds or text.startswith(markers.ASCII_EMPTY) or unticked(text, tx):  # "[ ] Ortsrat  –  –": not taken
        return "blank"
    if any(p.match(line.text) for p in v.stops) or legend_line(line.text):
        return "stop"
    if "date" not in kinds and header(line.text, v):  # "Ö Ausschuss für Bildung 15.01.2012" is a row
        return "header"
    if table and mode == "tokens" and spilled_only(line, cs, v):
        return "spill"
    stat = {"role", "public"}
    # a name's wrapped line beside the rest of its row's result ("Gesundheit   (3 Nein / 1 Enth.)")
    if table and mode != "tokens" and "text" in kinds and set(kinds) <= {"text", "result"}:
        return "text" if hdr and "date" in hdr.kinds else "row"
    # an x or a box makes a row only under a header with mark columns ("Ja ☐ Nein ☒" is a form)
    cells = {"top", "result"} | ({"mark"} if hdr is None or hdr.marks else set())
    if "date" in kinds or stat & set(kinds) or (table and cells & set(kinds)):
        # a role's reading may be counted ("Vorberatung, 2. Befassung")
        if kinds == ["date"] or set(kinds) <= stat or (set(kinds) <= {*stat, "num"} and status(text, v) is not None):
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
            and (has_head(body, v) or (table and len(body.split()) <= 6) or spelled(body, tx, v))  # "KT"
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
    lines = list(following)
    for k, line in enumerate(lines):
        if line.start > following[k].start and not line.text.strip():
            continue  # a line whose whole text a cut word above took
        if (row := past_glued_rules(line)) is not line:  # "---- -----1 Beirat …": the rules, then the row
            rule = Line(line.start, row.start, line.text[: row.start - line.start])
            yield rule, *row_cells(rule, v.tokens)
        # "Ströbeck   ☐ zugestimmt   ☐ abgelehnt": the name's rest
        mode, cs = row_cells(line := before_result_boxes(row, v), v.tokens)
        cs = cs if hdr is not None and hdr.marks else chosen(cs)  # "☒ öffentlich ☐ nichtöffentlich": ticked
        if (
            hdr is not None and mode == "tokens"
        ):  # "… und Vorberatung Montag, 15. März 2027" under "Gremium Zuständigkeit"
            cs = role_before_date(cs, hdr.kinds, v.tokens)
        if (joined := cut_word(line, cs, lines[k + 1 : k + 2], v)) is not None:
            cs, below = joined, lines[k + 1]
            lines[k + 1] = Line(below.end, below.end, "")
        parts = flat_rows(cs, hdr, v) if mode == "tokens" else None
        if parts is None:
            yield line, mode, cs
            continue
        for part in parts:
            start, end = part[0].start, part[-1].end
            text = line.text[start - line.start : end - line.start]
            body = next((c.text for c in part if c.kind == "text"), "")
            if not namelike(strip_header_words(clean_body(body), v)) or labelled(text, v):
                yield Line(start, line.end, line.text[start - line.start :]), "end", []  # prose after the rows
                break
            yield Line(start, end, text), mode, part


@dataclass
class _Walk:
    """The state of the block reader while it walks a block's lines: the lines placed so far and
    whether a cell of the line above goes on (``hyphen``: "Beratung und Beschluss-")."""

    v: Vocab
    hdr: Header | None
    items: list[Item] = field(default_factory=list)
    hyphen: bool = False
    notes: int = 0  # sentences stepped over under the heading before the first row

    @property
    def table(self) -> bool:
        return self.hdr is not None


@dataclass
class _Cur:
    """The line under the reader: as cut (``line``, ``cs``), as it stood (``whole``), its kind."""

    line: Line
    mode: str
    cs: list[Cell]
    whole: str
    voted: bool = False
    kind: str = ""

    @property
    def tokens(self) -> bool:
        return self.mode == "tokens"


def block(doc: Document, following: list[Line], v: Vocab, hdr: Header | None) -> Iterator[Consultation]:
    """The consultations of the lines after a header (``hdr``) or a heading, until the block ends."""
    w = _Walk(v, hdr)
    for line, mode, cs in _rows_of(following[:MAX_BLOCK_LINES], v, hdr):
        cur = _Cur(line, mode, cs, line.text)  # a spilled cell's word may go on below: "... lt. Be-" / "schluss…"
        _cut_vote(w, cur)
        kind = "stop" if mode == "end" else _kind(cur.line, mode, cur.cs, v, w.table, hdr, doc.text)
        cur.kind = "stop" if unbarred(w.items, kind, cur.line) else kind
        long_rule = kind == "stop" and mode == "tokens" and _UNDRAWN.fullmatch(line.text.strip())  # gaps closed
        if (kind == "text" or long_rule) and _RULES_ONLY.fullmatch(line.text.strip()):
            if w.table and not w.items:
                continue  # the rule under the header, wrapped onto short lines of its own ("|====|=====" / "===|")
            cur.kind = "blank"  # a rule between rows parts them as a blank line does
        for rule in KIND_RULES:
            rule(w, cur)
        if note(w, cur) or any(rule(w, cur) for rule in SPILL_RULES):
            continue
        if not _place(w, cur):
            break
    else:
        w.items.append(("end", Line(len(doc.text), len(doc.text), ""), "tokens", []))
    items = table_end(w.items, hdr) if w.table else w.items
    if any(k == "row" for k, _, _, _ in items):
        yield from table_rows(doc, items, v, hdr)
    else:
        yield from stacked(doc, items, v)


def _cut_vote(w: _Walk, cur: _Cur) -> None:
    """A line without a date holding a name's part and a vote or role cell after it is cut to the
    name's part ("Fachausschuss Planung, Bau Beratung und Beschluss-" -> "Fachausschuss Planung, Bau")."""
    cut = mixed(cur.line, cur.cs) if w.table and cur.tokens else None
    cur.voted = cut is not None
    if cut is not None:
        cur.line, cur.cs = cut
        w.hyphen = w.hyphen or cur.whole.rstrip().endswith("-") or bool(cur.cs)  # beside a name's part it may go on


def _spilled_rest(w: _Walk, cur: _Cur) -> None:
    """A line that ends a cell going on from above: a name's rest before it ("Soziales und Kultur
    ten."), or the cell's lower-case end alone ("ten.")."""
    if not (cur.kind == "stop" and w.table and cur.tokens and w.hyphen):
        return
    name_goes_on = open_name(w.items, w.hdr) or _LINKED_ON.match(cur.line.text) is not None  # "und Umwelt 119/2017"
    if name_goes_on and (end := cell_after_name(cur.line.text, True, w.v)):
        part = Line(cur.line.start, cur.line.start + end, cur.line.text[:end])
        _, part_cells = row_cells(part, w.v.tokens)
        if _kind(part, cur.mode, part_cells, w.v, w.table, w.hdr) == "text":
            cur.line, cur.cs, cur.kind, w.hyphen = part, part_cells, "text", False
    elif cur.line.text.lstrip()[:1].islower():
        cur.kind = "spill" if len(cur.line.text.split()) <= SPILL_WORDS else cur.kind


def _role_rest(w: _Walk, cur: _Cur) -> None:
    """ "Beratung und" / "Verwaltungsausschuss 25.11.2010" / "Beschlussempfehlung": the rest of a
    role cell around its row, though the word also heads a section."""
    if cur.kind == "stop" and w.table and cur.tokens and status(cur.line.text, w.v) is not None:
        if any(k == "spill" and OPEN_END.search(ln.text) for k, ln, _, _ in w.items[-2:]):
            cur.kind = "spill"


def _role_in_name(w: _Walk, cur: _Cur) -> None:
    """ "Ausschuss für Soziales und" / "Information": role words that go on with the name above; not
    a label that opens the next lines ("Integrationsrat, 01.12.2014" / "Beschluss:" / "Der Rat ...")."""
    only_status = all(c.kind in ("role", "public", "empty") for c in cur.cs)
    label = cur.line.text.rstrip().endswith(":")
    if cur.kind in ("status", "spill") and only_status and not label and continues(w.items, cur.cs, w.hdr):
        cur.kind = "text"


ASIDE_WORDS = SPILL_WORDS  # the words of another column's cell wrapped beside a name's line, at most
_ASIDE_SLACK = 1  # how far a wrapped cell may stand from its column's start in the row above


def _aside(w: _Walk, cur: _Cur) -> None:
    """A line under a row set out by gaps whose cells stand under the row's cells: the cells under the
    name's column go on with the name, the others are the rest of their columns' cells, wrapped
    ("Beirat für Migration und   Mo, 23.03.2026   Ö 3   zur Kenntnis" / "Integration des   17:00 Uhr
    genommen", "... Information zur" / "      Kenntnis"): the line is cut to the name's part, or is a
    spill where it holds none. Every cell must start where one of the row's does; a sentence, a header
    or a section's heading is no such line."""
    # cells without a date are a row unless the name above goes on ("… für Soziales," / "Gesundheit und …   empfohlen")
    kinds = ("text", "status", "spill", "stop", *(("row",) if open_name(w.items, w.hdr) else ()))
    row = row_above(w.items) if w.table and cur.kind in kinds and not w.hyphen else None
    if row is None or row[2] != "gap" or row[1].text.rstrip().endswith("-") or any(c.kind == "date" for c in cur.cs):
        return  # a cell cut by a hyphen above ("Vor-" / "beratung") is joined by its own rules
    text = cur.line.text
    if header(text, w.v) or column_words_only(text, w.v) or any(p.match(text) for p in w.v.stops):
        return
    if text.rstrip().endswith("-"):
        return  # a word cut by a hyphen goes on below ("Stad-" / "trat"): no rest of a cell above
    line, cols = row[1], row[1].columns
    names = body_cells(row[3], w.hdr, row[2])
    name = next((c for c in names if has_head(c.text, w.v)), names[0] if names else None)
    home = next((a for a, b, _ in cols if name is not None and a <= name.start < b), None)
    if home is None:
        return
    starts = [a - line.start for a, _, t in cols if t.strip()]
    mine = [(a, b, t) for a, b, t in cur.line.columns if t.strip()]
    at = [min(starts, key=lambda x: abs(x - (a - cur.line.start))) for a, _, _ in mine]
    if not mine or any(abs(x - (a - cur.line.start)) > _ASIDE_SLACK for x, (a, _, _) in zip(at, mine)):
        return  # a cell where the row has none: no wrapped cells
    own = [(a, b, t) for x, (a, b, t) in zip(at, mine) if x == home - line.start]
    if len(own) == len(mine) or any(len(t.split()) > ASIDE_WORDS for _, _, t in mine if (_, _, t) not in own):
        return
    if not own:
        cur.kind = "spill"
        return
    if own[0] != mine[0] or len(own) > 1:
        return  # the name's part stands first, alone in its column
    end = own[0][1]
    part = Line(cur.line.start, end, text[: end - cur.line.start])
    _, cells = row_cells(part, w.v.tokens)
    if _kind(part, "tokens", cells, w.v, w.table, w.hdr) == "text":
        cur.line, cur.mode, cur.cs, cur.kind = part, "tokens", cells, "text"


def _time_aside(w: _Walk, cur: _Cur) -> None:
    """A single-spaced line under a row that holds a time of day and no date: the time is the row's,
    wrapped under its date, and so is what follows it (other columns' rests: "genommen", "(leitend)");
    the words before it go on with the name ("Integration des 17:00 Uhr genommen"), and a line opening
    with the time is a spill ("15:00 Uhr")."""
    if not (w.table and cur.tokens and row_above(w.items) is not None) or any(c.kind == "date" for c in cur.cs):
        return
    if cur.kind not in ("text", "stop", *(("row",) if open_name(w.items, w.hdr) else ())):
        return
    text = cur.line.text
    m = next((m for m in TIME.finditer(text) if ":" in m.group() or not m.group()[-1:].isdigit()), None)
    if m is None or len(text[m.end() :].split()) > ASIDE_WORDS:
        return
    if not text[: m.start()].strip():
        cur.kind = "spill"
        return
    end = len(text[: m.start()].rstrip())
    part = Line(cur.line.start, cur.line.start + end, text[:end])
    _, cells = row_cells(part, w.v.tokens)
    if _kind(part, cur.mode, cells, w.v, w.table, w.hdr) == "text":
        cur.line, cur.cs, cur.kind = part, cells, "text"


def _remark(w: _Walk, cur: _Cur) -> None:
    """A remark under a row ("Bemerkung: …", its sentence's lower-case rest below it) or the heading
    again over the table's rest on the next page ("Beratungsfolge (Fortsetzung)"), or a footnote under the rows:
    stepped over."""
    if w.table and cur.kind in ("text", "stop") and row_above(w.items) is not None:
        rest = cur.line.text.lstrip()[:1].islower() and w.items[-1][0] == "remark"
        again = heading_again(cur.line.text, w.v)
        cur.kind = "remark" if remark(cur.line.text, w.v) or rest or again else cur.kind
    if w.table and cur.kind in ("text", "stop") and any(it[0] in ("row", "date") for it in w.items):
        cur.kind = "remark" if footnote(cur.line.text) else cur.kind  # "¹ § 78 Abs. 2 NKomVG" under the rows


KIND_RULES = (
    *(vote_object, tally_rest, *LINE_RESTS, *RESULT_RESTS, _spilled_rest, _role_rest, _role_in_name),
    *(*TIME_RULES, undated_row, _aside, _time_aside, _remark, cut_cell_end, name_beside_status, citation_rest),
)


def _spill_line(w: _Walk, cur: _Cur) -> bool:
    """A spilled cell, or a status line of a single-spaced table: placed as a spill."""
    if cur.kind == "spill" or (cur.kind == "status" and w.table and cur.tokens):
        w.hyphen = cur.whole.rstrip().endswith("-")
        w.items.append(("spill", cur.line, cur.mode, cur.cs))
        return True
    return False


def _cell_end(w: _Walk, cur: _Cur) -> bool:
    """ "fassung" under "Beratung und Beschluss-": the lower-case rest of a spilled cell ("und Umwelt
    sung" goes on with a name)."""
    lower = cur.line.text.lstrip()[:1].islower() and not _LINKED_ON.match(cur.line.text)
    if cur.kind == "text" and w.table and w.hyphen and lower and not open_name(w.items, w.hdr):
        w.hyphen = False
        w.items.append(("spill", cur.line, cur.mode, cur.cs))
        return True
    return False


def _name_part(w: _Walk, cur: _Cur) -> bool:
    """A name's part, then another cell's text: a name's first part, or its rest ("und Umwelt
    sung") below a cell that goes on; cut where the other cell starts. A vote cell opening above
    its row ("Beschlussvorlage gilt bei 6 Ja, 1 Enthal-") is a spill."""
    if not (cur.kind == "text" and w.table and cur.tokens):
        return False
    first = not open_name(w.items, w.hdr) and not cur.line.text.lstrip()[:1].islower()
    end = cell_after_name(cur.line.text, not first, w.v) if first or w.hyphen else None
    if first and cur.voted and end is None and REST.search(cur.line.text) and not has_head(cur.line.text, w.v):
        w.hyphen = cur.whole.rstrip().endswith("-")
        w.items.append(("spill", cur.line, cur.mode, cur.cs))
        return True
    if end is not None:  # the cell goes on below a name's first part, ends in its rest
        cur.line, w.hyphen = Line(cur.line.start, cur.line.start + end, cur.line.text[:end]), first
        cur.cs = [c for c in cur.cs if c.end <= cur.line.end]
    return False


SPILL_RULES = (_spill_line, _cell_end, _name_part)


def _place(w: _Walk, cur: _Cur) -> bool:
    """Place a row, text, date, status or blank line; False where the block ends (a stop, or a
    header under a heading). A header repeated after a page break is stepped over."""
    if cur.kind == "row" and cur.tokens and cur.line.text.rstrip().endswith("-"):
        body = body_cells(cur.cs, w.hdr, cur.mode)  # a hyphen in another column: "... als vorbera-" / "ten."
        text = cur.line.text
        w.hyphen = not body or body[-1].end < cur.line.end - len(text) + len(text.rstrip())
    if cur.kind == "header" and w.table and w.items and heading_over(w.items[-1], w.v) and row_above(w.items[:-1]):
        # the heading of the next table between the rows and its header ("Weitere Beratungsfolge (diese Vorlage)"),
        # set apart by no blank line where an export keeps none: the table ends before it
        w.items[-1] = ("end", *w.items[-1][1:3], [])
        return False
    if cur.kind == "stop" or (cur.kind == "header" and not w.table):
        w.items.append(("end", cur.line, cur.mode, []))
        return False
    if cur.kind != "header" and not (cur.kind == "blank" and w.table and not w.items):
        w.items.append((cur.kind, cur.line, cur.mode, cur.cs))
    return True
