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
step, the body and its status line under it: :mod:`.timeline_steps`; the dates left of the axis, a node after
each: :mod:`.dated_axes`), ``distribution`` (:mod:`.distribution`),
``disposition`` (a Verfügung's numbered orders, "Dem X zur Vorberatung, öffentliche Sitzung am D":
:mod:`.dispositions`),
``agenda`` (the draft agendas of the sittings, "18. Sitzung des Ausschusses …" over its day: :mod:`.agendas`),
``calendar.grid`` (a month grid, a column a weekday, abbreviated bodies under their days: :mod:`.wall_calendars`),
``table.flat_columns`` (a table set on its side whose gaps a PDF's text layer closed up: :mod:`.flat_columns`),
``table.flat_side`` (a table beside the Betreff, the two columns' lines joined: :mod:`.flat_sides`), ``card`` (a
council information system's cards between rules, a value after each icon: :mod:`.cards`), ``calendar.list`` (a
meeting calendar's list view, day headings over meetings led by their times, the paper's item under its own:
:mod:`.calendar_lists`), ``timeline.axis`` (a timeline across the page, the dates over an axis of nodes, each
meeting's label a column: :mod:`.axis_timelines`; its columns' words run together by a PDF's text layer, parted
again by the labels' grammar: :mod:`.flat_timelines`), and a paper's head naming the one sitting it is printed for
("für die Sitzung des Kreistages" over "am Montag, 07.06.2027": :mod:`.session_heads`), ``proposal`` (one
Beschlussvorschlag per body, each under its body's meeting: :mod:`.proposals`).
A ditto mark in a cell says what the cell above it says (:mod:`.dittos`). ``plan.months`` (a meeting plan's excerpt,
bodies as rows and months as columns, the paper's sittings bracketed: :mod:`.month_plans`). ``table.matrix`` (a
matrix, the bodies as column heads and the roles as row labels, each date where the two meet: :mod:`.role_matrix`).
``table.readings`` (the bodies as rows, the paper's counted readings as columns, "1. Befassung   2. Befassung", a
date with its status and role in each cell: :mod:`.sitting_columns`).
A processing history's or routing slip's rows of the office's own steps are no meetings (:mod:`.stations`); a
sitting's code for its date is read off the paper's calendar of sittings (:mod:`.session_codes`). Stamps of the
sittings set two a row on a scanned copy are read a side at a time (:mod:`.stamp_sides`).
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
from pipeline.structure.tables import MEETING_OPENS

from .agendas import from_agendas
from .attribute_lines import from_attribute_lines
from .axis_timelines import from_axis_timelines
from .body_blocks import from_body_blocks
from .boxes import ticked
from .bracket_roles import role_in_brackets
from .calendar_lists import from_calendar_lists
from .cards import from_cards
from .chains import from_chains
from .charts import from_charts
from .clauses import from_clauses
from .closed_readings import closed_stands
from .codes import uncoded
from .date_blocks import from_date_blocks
from .dated import from_dated_lines
from .dated_axes import from_dated_axes
from .dispositions import from_dispositions
from .distribution import from_distribution
from .dittos import undittoed, with_dittos
from .flat_columns import from_flat_columns
from .flat_sides import from_flat_sides
from .flat_stamps import from_flat_stamps
from .flat_timelines import from_flat_timelines
from .footnotes import with_footnotes
from .forms import from_blocks, from_headings, from_key_values, from_meeting_lines
from .groups import from_groups
from .joint import joint_sessions
from .leader_lines import from_leader_lines
from .legends import spelled_out, with_role_letters
from .model import from_model
from .model_rows import same, with_model
from .month_plans import from_month_plans
from .paired_days import paired_days
from .pairs import from_pairs
from .plurals import under_group_rows
from .proposals import from_proposals
from .prose import with_prose
from .referrals import from_referrals
from .result_lines import from_result_lines
from .role_columns import from_role_columns
from .role_heads import with_heads
from .role_led import from_role_lines
from .role_matrix import from_role_matrix
from .ruled import with_ruled
from .session_codes import dated_by_code, with_session_dates
from .session_heads import from_session_heads
from .sides import right_column
from .sitting_columns import from_sitting_columns
from .slashed import from_slashed
from .stamp_sides import from_stamp_sides
from .star_marks import with_star_marks
from .stations import sifted
from .status_marks import with_status_default, with_status_marks
from .tables import from_tables
from .timeline_steps import from_timelines
from .vocab import Vocab, squash, step_only
from .vocab import vocab as read_vocab
from .wall_calendars import from_wall_calendars
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
    v = with_session_dates(v, doc.text)  # a sitting's code the paper's calendar dates: that date
    shown = doc.text
    filled = undittoed(doc.text, v)  # a date's ditto mark written over with the date above it
    if filled != doc.text:
        doc = dataclasses.replace(doc, text=filled)
        sv = sv.blanked(doc)
    # repeated key-value blocks: the one-form reader takes the first only, a table reader "X Termin" for a name
    # ... or stamps set two a row, their gaps kept or closed
    blocks = list(from_blocks(doc, v, sv)) or from_stamp_sides(doc, v, sv, from_blocks) or from_flat_stamps(doc, v, sv)
    results = list(from_result_lines(doc, v, sv))  # a table's reading runs a result's line into a body
    cards = list(from_cards(doc, v, sv))  # a table's reading takes a card's lines for rows, their icons for names
    cards += from_attribute_lines(doc, v, sv)  # ... and an entry's attribute lines for rows without a date
    listed = list(from_calendar_lists(doc, v, sv))  # ... and a calendar's meetings without the paper's item
    axes = [*from_axis_timelines(doc, v, sv), *from_flat_timelines(doc, v, sv)]  # ... a timeline's dates and labels
    taken = [(b.span.start, b.span.end) for b in blocks + results + cards]
    taken += [_lines_of(found, doc.text) for found in (listed, axes) if found]
    tables = [r for r in from_tables(doc, v, sv) if not overlaps(r.span.start, r.span.end, taken)]
    found = [*tables, *(blocks or from_key_values(doc, v, sv)), *results, *_others(doc, v, sv, cards, listed, axes)]
    # a line of a body and a date repeats a meeting a table or form gave with its role: that one stays
    found += [d for d in from_dated_lines(doc, v, sv) if not any(same(d, f) for f in found)]
    # a body block without a status line gives way to the table model's row of the same meeting (a table's
    # columns set one after another: its bodies over their dates, the roles after them)
    bare = [r for r in found if _bare_block(r)]
    found = with_model([r for r in found if not _bare_block(r)], list(from_model(doc, v, res, sv)), v, doc.text)
    found += [b for b in bare if not any(same(b, f) for f in found)]
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
    found = dated_by_code(sifted(found, doc.text, v), doc.text, v)  # a processing history's steps; sittings' codes
    found = list(with_dittos(found, shown, v))  # a role's or status's ditto mark: the role or status above it
    found = with_status_default(found, doc.text, v)  # "🔒 nichtöffentlich – alle übrigen Sitzungen sind öffentlich"
    found = with_star_marks(found, doc.text, v)  # "17.05.2027 *" under "* nichtöffentliche Sitzung; alle übrigen …"
    for rec in sorted((role_in_brackets(r, v) for r in ticked(found, v)), key=lambda r: r.span.start):
        key = (squash(rec.body), rec.meeting_date)
        # the same meeting found by two layouts; a step of the procedure among the rows ("Redaktionsschluss") none
        if rec.body and key not in seen and not _meeting_only(rec.body) and not step_only(rec.body, v):
            seen.add(key)
            yield rec if shown is doc.text else _quoted(rec, shown)


def _others(
    doc: Document, v: Vocab, sv: View, cards: list[Consultation], listed: list[Consultation], axes: list[Consultation]
) -> list[Consultation]:
    """The records of the readers of a form each, after the tables', the key-value blocks' and the result lines',
    in the order the duplicates give way (the first of a meeting stays)."""
    return [
        *from_headings(doc, v),
        *from_meeting_lines(doc, v, sv),
        *from_pairs(doc, v, sv),
        *from_slashed(doc, v, sv),
        *from_chains(doc, v, sv),
        *from_charts(doc, v, sv),
        *from_referrals(doc, v, sv),
        *from_clauses(doc, v, sv),
        *from_role_lines(doc, v, sv),
        *from_leader_lines(doc, v, sv),
        *from_date_blocks(doc, v, sv),
        *cards,
        *listed,
        *from_body_blocks(doc, v, sv),
        *from_timelines(doc, v, sv),
        *axes,
        *from_month_plans(doc, v, sv),
        *from_distribution(doc, v),
        *from_dispositions(doc, v, sv),
        *from_agendas(doc, v, sv),
        *from_wall_calendars(doc, v, sv),
        *from_flat_columns(doc, v, sv),
        *from_flat_sides(doc, v, sv),
        *from_session_heads(doc, v, sv),
        *from_proposals(doc, v, sv),
        *from_dated_axes(doc, v, sv),
        *from_role_columns(doc, v, sv),
        *from_role_matrix(doc, v, sv),
        *from_sitting_columns(doc, v, sv),
    ]


def _lines_of(found: list[Consultation], text: str) -> tuple[int, int]:
    """The extent of the whole lines the records' evidence stands on."""
    return text.rfind("\n", 0, min(r.span.start for r in found)) + 1, max(r.span.end for r in found)


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
