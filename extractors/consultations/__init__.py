"""Consultations: the Beratungsfolge, one record per body and meeting, in document order.

The Beratungsfolge is found from its labels and its grammar, never from dates anywhere in the text:
- tables and blocks under a header or a "Beratungsfolge" heading (``consultation_tables``): tab, gap and single-space
  rows, list lines, stacked columns; a table exported column by column (all names, then the dates, statuses and roles
  under their column words) is paired by position, and left empty where the counts disagree
  (``consultation_columns``);
- a key-value header "Gremium: X ... Sitzungsdatum: D ... Öffentlichkeitsstatus: öffentlich", repeated key-value
  blocks "Gremium: X / Termin: Mi, 08.02.2023 / Zuständigkeit: Empfehlung", a meeting heading "Beschluss des X vom D"
  over "Öffentliche Sitzung", and lines of minutes naming a body's meeting with its session status "Vorgang: Ausschuss
  für Umwelt und Technik vom 16.07.2019, öffentlich, Nr. 398" (``consultation_forms``);
- a sentence about this submission: "Die Vorlage wird am 12.03.2019 im Ausschuss für Soziales vorberaten und am
  26.03.2019 dem Stadtrat zur Entscheidung vorgelegt." (``consultation_prose``), read only when nothing else was
  found; and labelled clauses "Vorberatung: Sozialausschuss (12.05.2021); Beschluss: Stadtrat (27.05.2021)".
Each record names its layout in ``method``: ``table.tab``, ``table.gap``, ``table.tokens``, ``table.cells``,
``table.columns`` (the table model: one cell per line, column by column), ``table.transposed`` (the table model: a
table set on its side, one column per meeting), ``table.boxes`` (the table model: a tool's text boxes of a table, its
rows out of order, each column's cells in order), ``table.ruled`` (a table of bars, its rows between rules, body and
date in one cell or two: :mod:`.ruled`), ``list``, ``stacked``, ``key_value``, ``key_value.blocks``, ``heading``,
``meeting_line``, ``prose``, ``labels``, ``groups`` (a Beratungsfolge grouped by body, each body's meetings under it:
:mod:`.groups`), ``dated_line`` (a meeting named on one line outside any table: :mod:`.dated`), ``session_title`` (the
sitting under a paper's type: :mod:`.session_titles`), ``key_value.pairs`` (a meeting page's header, labels over
values: :mod:`.pairs`), ``role_line`` (a header form's lines, the role leading: "zur Vorberatung im X am D":
:mod:`.role_led`), ``result_line`` (lines "D X (öffentlich): Vorberatung", the date first: :mod:`.result_lines`),
``referral`` (a labelled sentence, each body with a dated bracket: :mod:`.referrals`), ``clause`` (a labelled
paragraph of clauses parted by semicolons, one meeting a clause: :mod:`.clauses`), ``date_block`` (a date's line
over the body's, its role and status after spaced dashes: :mod:`.date_blocks`), ``body_block`` (the body's line
over the date's, its status and role under them: :mod:`.body_blocks`), ``chart`` (a flow chart of drawn boxes joined
by arrows, a meeting a box: :mod:`.charts`), ``timeline`` (a timeline down the page, a node and a date opening each
step, the body and its status line under it: :mod:`.timeline_steps`).
Rows grouped under their role's or status's line alone ("Vorberatung", "öffentlich") take it (:mod:`.role_heads`).
Check boxes: :mod:`.boxes`. The rows of a Beratungsfolge the family saw and did not read are its misses
(``consultation_misses``: :func:`.misses.misses`), which the review merges. Vocabulary: ``resources/bodies.yaml``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from extractors.misses import overlaps
from extractors.resources import Resources
from pipeline.document import Document
from pipeline.lang.de.dates import TIME_OF_DAY
from pipeline.records import Consultation
from pipeline.structure import View
from pipeline.structure.tables import MEETING_OPENS, meeting_start

from .body_blocks import from_body_blocks
from .boxes import ticked
from .bracket_roles import ROLE_CELL_WORDS, role_in_brackets
from .chains import from_chains
from .charts import from_charts
from .clauses import from_clauses
from .closed_readings import closed_stands
from .codes import uncoded
from .date_blocks import from_date_blocks
from .dated import from_dated_lines
from .footnotes import with_footnotes
from .forms import from_blocks, from_headings, from_key_values, from_meeting_lines
from .groups import from_groups
from .headers import column_kind, column_words_only
from .joint import joint_sessions
from .legends import spelled_out, with_role_letters
from .model import from_model
from .name_rests import _CELLS, _cut_short, _rest_apart, _rest_below, _role_within, _wrapped_on
from .paired_days import paired_days
from .pairs import from_pairs
from .plurals import under_group_rows
from .prose import with_prose
from .referrals import from_referrals
from .result_lines import from_result_lines
from .role_heads import with_heads
from .role_led import from_role_lines
from .ruled import with_ruled
from .sides import right_column
from .slashed import from_slashed
from .status_marks import with_status_marks
from .tables import from_tables
from .timeline_steps import from_timelines
from .vocab import OPEN_END, Vocab, clean_body, has_head, squash, status, step_only
from .vocab import vocab as read_vocab
from .years import with_year


def extract(doc: Document, res: Resources, sv: View) -> Iterator[Consultation]:
    found = list(_extract(doc, res, sv))
    # an export that sets a blank line after nearly every line (a box a line) parts a table's rows, and
    # the lines of a row, by blank lines: read with them closed up, the reading that tells more (.closed_readings)
    closed = sv.closed(doc)
    if closed is not sv:
        # ... but a sentence read across a closed-up blank line is none the document wrote
        other = [r for r in _extract(dataclasses.replace(doc, text=closed.text), res, closed) if r.method != "prose"]
        if closed_stands(other, found):  # the evidence as the document sets it
            found = [_quoted(r, doc.text) for r in other]
    # a Beratungsfolge in the right one of two columns side by side: read as a block of its own
    yield from right_column(doc, sv, found, lambda d, v: [_quoted(r, doc.text) for r in _extract(d, res, v)])


def _quoted(rec: Consultation, text: str) -> Consultation:
    """The record with its evidence quoted from ``text`` (the same offsets in the document's text)."""
    span = rec.span
    return dataclasses.replace(rec, span=dataclasses.replace(span, snippet=text[span.start : span.end]))


def _extract(doc: Document, res: Resources, sv: View) -> Iterator[Consultation]:
    sv = sv.barred(doc)  # a glyph between a table's cells where its gaps were closed: a bar
    doc = dataclasses.replace(doc, text=sv.text) if sv.text != doc.text else doc
    v = with_year(with_role_letters(read_vocab(res), doc.text), doc.text)  # a legend's letters; a heading's year
    v = with_status_marks(v, doc.text)  # a legend's status marks ("● öffentlich   ○ nichtöffentlich")
    # repeated key-value blocks: the one-form reader takes the first only, a table reader "X Termin" for a name
    blocks = list(from_blocks(doc, v, sv))
    results = list(from_result_lines(doc, v, sv))  # a table's reading runs a result's line into a body
    taken = [(b.span.start, b.span.end) for b in blocks + results]
    tables = [r for r in from_tables(doc, v, sv) if not overlaps(r.span.start, r.span.end, taken)]
    found = [
        *tables,
        *(blocks or from_key_values(doc, v, sv)),
        *results,
        *from_headings(doc, v),
        *from_meeting_lines(doc, v, sv),
        *from_pairs(doc, v, sv),
        *from_slashed(doc, v, sv),
        *from_chains(doc, v, sv),
        *from_charts(doc, v, sv),
        *from_referrals(doc, v, sv),
        *from_clauses(doc, v, sv),
        *from_role_lines(doc, v, sv),
        *from_date_blocks(doc, v, sv),
        *from_body_blocks(doc, v, sv),
        *from_timelines(doc, v, sv),
    ]
    # a line of a body and a date repeats a meeting a table or form gave with its role: that one stays
    found += [d for d in from_dated_lines(doc, v, sv) if not any(_same(d, f) for f in found)]
    # a body block without a status line gives way to the table model's row of the same meeting (a table's
    # columns set one after another: its bodies over their dates, the roles after them)
    bare = [r for r in found if _bare_block(r)]
    found = _with_model([r for r in found if not _bare_block(r)], list(from_model(doc, v, res, sv)), v, doc.text)
    found += [b for b in bare if not any(_same(b, f) for f in found)]
    # a Beratungsfolge grouped by body (a council information system's page): the other readers take
    # its body lines with their roles for names ("Rat der Stadt Entscheidung") and miss the later dates
    # ... but not a run of body blocks (:mod:`.body_blocks`), each body's date and status lines under it
    blocks_of_bodies = [(r.span.start, r.span.end) for r in found if r.method == "body_block"]
    groups = [(extent, block) for extent, block in from_groups(doc, v, sv) if not overlaps(*extent, blocks_of_bodies)]
    if groups:
        regions = [extent for extent, _ in groups]
        found = [r for _, block in groups for r in block] + [
            r for r in found if not overlaps(r.span.start, r.span.end, regions)
        ]
    # a table of bars, its rows between rules, as drawn; sentences where no table or only a one-meeting form was found
    found = with_prose(with_ruled(found, doc, v, sv), doc, v, sv)
    seen: set[tuple[str, str | None]] = set()
    found = uncoded([spelled_out(r, doc.text, v) for r in with_heads(found, sv, v)], doc.text, v)  # legend; codes
    found = joint_sessions(with_footnotes(found, doc.text, v), v)  # bodies meeting together: a record each
    found = under_group_rows(sorted(found, key=lambda r: r.span.start), doc.text, v)  # "Ortsbeiräte" over places
    found = paired_days(found, doc.text, v)  # "Ortsbeiräte A und B" beside "10./12.05.2027": a record each
    for rec in sorted((role_in_brackets(r, v) for r in ticked(found, v)), key=lambda r: r.span.start):
        key = (squash(rec.body), rec.meeting_date)
        # the same meeting found by two layouts; a step of the procedure among the rows ("Redaktionsschluss") none
        if rec.body and key not in seen and not _meeting_only(rec.body) and not step_only(rec.body, v):
            seen.add(key)
            yield rec


def _bare_block(rec: Consultation) -> bool:
    """Whether a record is a body block's (:mod:`.body_blocks`) with neither role nor status."""
    return rec.method == "body_block" and rec.role is None and rec.public is None


def _meeting_only(body: str) -> bool:
    """Whether a body names a meeting and no body ("17. Sitzung", "öffentliche Sitzung", or its time
    "Uhr"): the meeting column's cell read as a name."""
    m = MEETING_OPENS.match(body)
    return m is not None and m.end() == len(body) or _TIME_ONLY.fullmatch(body) is not None


# a time and its unit alone ("Uhr", "17:00 Uhr"): a meeting's time an export wrapped under its date
_TIME_ONLY = re.compile(rf"{TIME_OF_DAY}|Uhr", re.I)


def _with_model(found: list[Consultation], model: list[Consultation], v: Vocab, text: str) -> list[Consultation]:
    """The older readers' records and the table model's rows: a row of a meeting no record has is
    added; where a record took a neighbouring cell into the body ("... Integration Vorberatung"
    beside the model's "... Integration" and role "Vorberatung") or read no role where the model's
    row of its cells has one, the model's row, cut by its cells, replaces it, and a record without a
    date inside a model row (a wrapped cell's rest, "nisnahme") goes."""
    out = []
    for rec in found:
        if rec.meeting_date is None and any(
            (m.span.start <= rec.span.start and rec.span.end <= m.span.end)
            or (m.span.start < rec.span.end and rec.span.start < m.span.end and _ends_with_name(rec, m))
            for m in model
        ):
            continue  # a dateless record of a model row's cells: its name's line read without the date
        if any(m.span.start < rec.span.end and rec.span.start < m.span.end for m in model) and _DATED.search(rec.body):
            continue  # a name holding a date: a line's other column read as a name ("Kreistag 19.07.2022 ...")
        words = rec.body.split()
        if (
            len(words) > 1
            and column_words_only(words[-1], v)
            and (has_head(" ".join(words[:-1]), v) or not has_head(words[-1], v))
            and any(_same_meeting_cells(rec, m) for m in model)
        ):
            continue  # a column word glued to a name's first line ("Bezirksvertretung für den Stadt- Termin")
        box = next((m for m in model if m.method == "table.boxes" and _same_meeting_cells(rec, m)), None)
        if box is not None and not _same_name(box, rec):
            continue  # a tool's boxes set the rows out of order: a reading of them in row order pairs them wrong
        if box is not None:  # the same meeting: its role and status as the boxes pair them, where they do
            rec = dataclasses.replace(
                rec, role=box.role or rec.role, public=rec.public if box.public is None else box.public
            )
        better = next(
            (
                m
                for m in model
                if (
                    _same(m, rec)
                    and (
                        _longer(rec, m, v)
                        or _cut_short(rec, m)
                        or _role_of(rec, m, v, model)
                        or _wrapped_on(rec, m)
                        or _next_name(rec, m, model)
                        or _slash_run_in(rec, m)
                        or _tail_elsewhere(rec, m, text)
                        or _role_below(rec, m, v, text)
                        or _rest_apart(rec, m)
                        or _rest_below(rec, m, v, text)
                    )
                )
                or _in_cells(rec, m, v)
                or _role_within(rec, m, v)
                or _paired_otherwise(rec, m, model)
            ),
            None,
        )
        if better is not None and _rest_below(rec, better, v, text):  # the row's other cells as the record read them
            better = dataclasses.replace(
                better, role=better.role or rec.role, public=rec.public if better.public is None else better.public
            )
        if better is None and rec.public is None:  # the model's status of the same row where this reading has none
            twin = next((m for m in model if _same_name(m, rec) and _same_meeting_text(rec, m)), None)
            rec = rec if twin is None or not _cut_below(rec, text) else dataclasses.replace(rec, public=twin.public)
        out.append(better or rec)
    return out + [m for m in model if not any(_same(m, f) or _with_session(m, f) or _role_named(m, f, v) for f in out)]


def _same_meeting_cells(a: Consultation, b: Consultation) -> bool:
    """Whether ``b``, a row the model paired from cells set apart, reads the meeting of ``a`` from text
    ``a`` read too: one date, overlapping spans."""
    return (
        b.method in _CELLS
        and a.meeting_date == b.meeting_date
        and a.span.start < b.span.end
        and b.span.start < a.span.end
    )


def _same_meeting_text(a: Consultation, b: Consultation) -> bool:
    """Whether ``b`` reads the meeting of ``a`` from text ``a`` read too: one date, overlapping spans."""
    return a.meeting_date == b.meeting_date and a.span.start < b.span.end and b.span.start < a.span.end


def _cut_below(a: Consultation, text: str) -> bool:
    """Whether the line of ``a``'s text ends in a word cut by a hyphen, its rest on the next line: a
    cell of the row the record did not read ("Entscheidung  öf-" / "fentlich"), which the model may."""
    eol = text.find("\n", a.span.end)
    return re.search(r"\w-[ \t]*$", text[a.span.start : eol if eol >= 0 else len(text)]) is not None


def _with_session(a: Consultation, b: Consultation) -> bool:
    """Whether ``a``'s body runs the lines of ``b``'s and those of the meeting's cell together ("Ausschuss
    für Sitzung des Soziales, Kultur": a table whose body and session cells both wrap) where ``b`` read the
    same meeting from the same text."""
    return (
        meeting_start(a.body) is not None
        and MEETING_OPENS.match(a.body) is None
        and a.meeting_date is not None
        and a.meeting_date == b.meeting_date
        and a.span.start < b.span.end
        and b.span.start < a.span.end
    )


def _longer(a: Consultation, b: Consultation, v: Vocab) -> bool:
    """Whether ``a``'s body is ``b``'s with another cell's text after it: a role or status
    ("Vorberatung", "öffentlich"), a hyphenated cell's rest, one lower-case word ("sung"), one
    word of the role cell that ``b`` read and ``a`` missed ("Vor"), marks ("☐"), a code of the next
    column ("AB/2024/07", a meeting's number);
    ``b``'s not ending open ("... und")."""
    if a.body == b.body or not a.body.startswith(b.body + " ") or OPEN_END.search(b.body):
        return False
    tail = a.body[len(b.body) + 1 :]
    meeting = meeting_start(a.body)
    if meeting is not None and clean_body(a.body[:meeting]) == b.body:
        return True  # the meeting's name of the next column ("Stadtrat . Sitzung des Stadtrates")
    rest = tail[:1].islower() and " " not in tail  # one lower-case word: the rest of a hyphenated cell
    part = " " not in tail and a.role is None and b.role is not None  # "Vor" of the role cell "Vor-" / "beratung"
    code = re.fullmatch(r"\S*\d\S*", tail) is not None and re.search(r"[/-]", tail) is not None  # "AB/2024/07"
    code = code or re.fullmatch(r"\d{1,3}\.", tail) is not None  # a meeting's number: "4." of "4. Sitzung"
    return rest or part or code or not re.search(r"\w", tail) or status(tail, v) is not None


def _role_of(a: Consultation, b: Consultation, v: Vocab, model: list[Consultation]) -> bool:
    """Whether ``b``, a table set one cell per line, reads ``a``'s cells and the role cell after them,
    which ``a`` left without a role: the same body, ``a``'s text inside ``b``'s ("Gemeinderat" /
    "01.02.2013" / "Beratung und Beschluss-" / "fassung": a cell hyphenated over two lines); or ``a``
    a list line the model reads as a row under the table's header, or a row ``a`` paired from
    columns stacked one cell a line, its role on a line below (the next line a session's, "öffentliche
    Sitzung", that the stacked pairing does not count) or in the last column, which the model pairs
    and the stacked pairing does not reach ("Gremium" / names / "Sitzungstermin" / dates / "Status" /
    letters / "Zuständigkeit" / roles), the roles under their column word, every row's (one role short,
    the model pairs a line after the table for the last)."""
    return (
        a.role is None
        and b.role is not None
        # its role a cell of its own, not a line below the row, but for a line read without the header
        and (b.method in _CELLS or a.method in ("list", "stacked"))
        and a.body == b.body
        and b.span.start <= a.span.start
        and a.span.end <= b.span.end
        # a role cell is short: a title after the table ("Bekanntgabe des Berichts über die ...") is none; the
        # model's columns pair a stacked table's role column, which comes after the other columns, under its word
        and (
            all(
                _role_column(m, v)
                for m in model
                if m.method == b.method and overlaps(m.span.start, m.span.end, [(b.span.start, b.span.end)])
            )
            if a.method == "stacked" and b.method == "table.columns"
            else len(b.span.snippet[a.span.end - b.span.start :].split()) <= ROLE_CELL_WORDS
        )
    )


def _role_column(row: Consultation, v: Vocab) -> bool:
    """Whether a row the model paired column by column took its role from under the roles' column word
    ("Zuständigkeit" alone on its line), short lines without a blank one between, not from a line after
    the table (a title)."""
    lines = row.span.snippet.split("\n")
    at = next(
        (k for k, ln in enumerate(lines) if column_words_only(ln, v) and column_kind(ln, v, False) == "role"), None
    )
    return at is not None and all(ln.strip() and len(ln.split()) <= ROLE_CELL_WORDS for ln in lines[at + 1 :])


def _next_name(a: Consultation, b: Consultation, model: list[Consultation]) -> bool:
    """Whether ``a``'s body runs ``b``'s together with the names of the model's other rows, which an
    export set one cell per line around it ("Jugendhilfeausschuss nichtöffentlich 19.09.2016" /
    "Gemeinderat" / "öffentlich" / "04.10.2016" read as "Jugendhilfeausschuss Gemeinderat")."""
    if b.method not in _CELLS or not re.search(rf"(?<!\w){re.escape(b.body)}(?!\w)", a.body):
        return False
    rest = a.body.replace(b.body, " ")
    return any(
        m.meeting_date != b.meeting_date and re.search(rf"(?<!\w){re.escape(m.body)}(?!\w)", rest) for m in model
    )


def _in_cells(a: Consultation, b: Consultation, v: Vocab) -> bool:
    """Whether ``a`` overlaps the cells of ``b``, a row the model paired from cells one per line,
    on the same date, and took a role or status cell into its name: another reader's name made of
    the row's lines ("Ausschuss für Kultur," / "Vorberatung" / "Sport und Freizeit" read as
    "Ausschuss für Kultur, Vorberatung"); or ``a`` a list line's reading of a row the model anchored on
    its date's line ("Beirat für Migration und" / "5" / "Anhörung" / "Teilhabe" read as "... und Anhörung
    Teilhabe")."""
    own = set(b.body.split())
    return (
        (b.method in _CELLS or (a.method == "list" and b.method.startswith("table.")))
        and a.method not in _CELLS
        and a.role is None
        and a.meeting_date == b.meeting_date
        and a.span.start < b.span.end
        and b.span.start < a.span.end
        and any(w not in own and status(w, v) is not None for w in a.body.split())
    )


def _paired_otherwise(a: Consultation, b: Consultation, model: list[Consultation]) -> bool:
    """Whether ``a`` gives the date of ``b``, a row the model paired from cells one per line, to
    the name of another of the model's rows, which an older reader paired by order where the date
    came first ("Datum" / "Gremium" / "12.03.2024" / "Sozialausschuss" / "19.03.2024" / "Hauptausschuss"
    read as "Sozialausschuss 19.03.2024"): the model's pairing holds."""
    return (
        b.method in _CELLS
        and a.method not in _CELLS
        and a.meeting_date == b.meeting_date
        and a.span.start < b.span.end
        and b.span.start < a.span.end
        and not _same(a, b)
        and any(
            m is not b and m.meeting_date != b.meeting_date and (_same_name(a, m) or _rest_apart(a, m)) for m in model
        )
    )


_DATED = re.compile(r"(?<!\d)\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d)")  # a numeric date in a body's name


def _ends_with_name(a: Consultation, b: Consultation) -> bool:
    """Whether ``a``'s body is ``b``'s or ends with it after other words, as a header's words run
    into the first name below them ("/ Sitzung Sozialausschuss" over the row "Sozialausschuss")."""
    x, y = squash(a.body), squash(b.body)
    return x == y or (x.endswith(y) and re.search(rf"(?<!\w){re.escape(b.body)}$", a.body) is not None)


def _slash_run_in(a: Consultation, b: Consultation) -> bool:
    """Whether ``a``'s body is ``b``'s after the rest of a slashed header cell, which no name opens
    with ("/ Aufgabe Werkausschuss" over the row "Werkausschuss")."""
    return a.body[:1] == "/" and a.body != b.body and _ends_with_name(a, b)


def _tail_elsewhere(a: Consultation, b: Consultation, text: str) -> bool:
    """Whether ``a``'s body is ``b``'s, a row set out by tabs or spaces, with the lines of another
    column's wrapped cell after it: a line of ``a`` below the row that starts right of the name's
    column ("Sozialausschuss   12.03.2019   Empfehlung an den Rat mit" / "      Änderungen laut
    Anlage"), or, the name ending closed, the row's line ending open in a later cell ("Sozialausschuss
    <tab> 12.03.2019 <tab> Empfehlung an den Rat mit" / "Änderungen laut Anlage")."""
    if b.method not in ("table.gap", "table.tab") or not a.body.startswith(b.body + " ") or a.span.end <= b.span.end:
        return False
    first = text.rfind("\n", 0, b.span.start) + 1
    at = text.find(b.body.split()[0], first, b.span.end)
    eol = text.find("\n", b.span.start)
    if at < 0 or eol < 0:
        return False
    row = text[at:eol].rstrip()
    if re.search(r"[\t ]{2,}|\t", row) and not OPEN_END.search(b.body) and OPEN_END.search(row):
        return not a.body[len(b.body) + 1 :][:1].islower()  # the later cell goes on; "und ..." is the name's
    below = text[eol + 1 : a.span.end].split("\n")
    return any(ln.strip() and len(ln) - len(ln.lstrip()) > at - first + 2 for ln in below)


def _role_below(a: Consultation, b: Consultation, v: Vocab, text: str) -> bool:
    """Whether ``b``, a table's last row set out by tabs or spaces, reads its role from the line
    under its line, which ``a``, the same row, left without a role: that line a role cell alone
    ("Stadtrat   27.06.2024   öffentlich" / "Entscheidung"), the table over after it (a blank line
    or the text's end); a sentence under the row ("Entscheidung des Rates über ...") is none."""
    if a.role is not None or b.role is None or b.method not in ("table.gap", "table.tab") or a.body != b.body:
        return False
    if not (b.span.start <= a.span.start and a.span.end <= b.span.end):
        return False
    eol = text.find("\n", b.span.end)
    lines = text[eol + 1 :].split("\n", 2) if eol >= 0 and not text[b.span.end : eol].strip() else []
    if not lines or (len(lines) > 1 and lines[1].strip()):
        return False  # no line under the row's, or the table goes on after it
    said = status(lines[0].strip(), v) if len(lines[0].split()) <= ROLE_CELL_WORDS else None
    return said is not None and said[0] == b.role


def _same_name(a: Consultation, b: Consultation) -> bool:
    return squash(a.body) == squash(b.body)


def _role_named(a: Consultation, b: Consultation, v: Vocab) -> bool:
    """Whether ``a`` reads the meeting of ``b`` with its role word taken into the name after a comma
    ("Ausschuss für Umwelt, Vorberatung" beside "Ausschuss für Umwelt, Klima und Energie" and its
    role): one date, the name before the role word opening ``b``'s."""
    head, _, last = a.body.rpartition(",")
    said = status(last.strip(), v) if head and len(last.split()) == 1 else None
    return (
        said is not None
        and said[0] is not None
        and a.meeting_date == b.meeting_date
        and squash(b.body).startswith(squash(head))
    )


def _same(a: Consultation, b: Consultation) -> bool:
    """The same meeting read by two layouts: one date, one body name inside the other."""
    x, y = squash(a.body), squash(b.body)
    return a.meeting_date == b.meeting_date and (x in y or y in x)
