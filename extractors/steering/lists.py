"""Members in lists and tables after a sentence or heading that introduces them.

Bullets (also numbered, or lost in the layout), labelled sub-lists ("Vertreter der
Verwaltung:"), "Mitglieder: A, B und C" lines, lines under a list item that starts with the
group ("- Begleitgruppe / Einbezug von Kreisrätinnen und Kreisräten"), and table rows, whose
member column is the one whose header names institutions.

A members table ends where it does: at a blank line followed by prose, by another header
("Handlungsfeld | Ziel | Maßnahmen") or by a row of other columns or without an organisation,
office or person in its member cell ("Sprache | Kurse ausbauen"); its header repeated after a
page break goes on with it. This module walks the segments after the lead-in, each taken by the
first of a few named rules over the walk's state (``_Walk``: a label, a numbered entry, a bullet,
prose right after the lead-in, table rows, a page break's furniture); the marks it reads by (the
levels of a nested list, bullets set apart, page edges) are in :mod:`.marks`, a table's
rows, header, member column and total row in :mod:`.tables`, which also reads a table an
export set one cell a line (``stacked_rows``).

As exports give tables: rows right under the lead-in's line when the blank line is lost (read from
the rest of its paragraph, ``within``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from extractors.german import enumerations, nlp, nominative
from extractors.resources import Resources
from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import CLASSES, alternation, words
from pipeline.structure.prose import Layout, Segment

from .addressed import name_led, person_led
from .benches import flat_headed_lines, headed_lines
from .counted import counted_rows
from .inverted import inverted_series
from .items import line_entries, list_item
from .labelled import labelled_members, leader_lines
from .marks import (
    ENTRY_NUMBER,
    STRAY_MARK,
    SUB_LABEL,
    Nesting,
    after_page_edge,
    bullets_under,
    entry_number,
    item_key,
    lost_mark,
    marks_set_apart,
    next_section,
)
from .name_blocks import long_office_left_out, name_start, office_left_out
from .persons import person_first_row
from .role_led import role_led
from .rules import CHAIR_DASHED, STARRED, Chair, MemberRow, MemberRules, enumeration, holds, org_items, starred_chair
from .tables import (
    PERSON,
    MembersTable,
    blank_before,
    bracketed_columns,
    count_only,
    delegate_block,
    delegate_lines,
    gapped_rows,
    is_header,
    member_column,
    named_bare,
    named_column,
    names_member,
    phrase_header,
    runs_on,
    seat_category,
    seat_row,
    sector_header,
    table_row,
    total_of,
    without_bracket,
    wrapped_rows,
)
from .tallies import tally_lines, tally_table


@dataclass
class _Walk:
    """The state of reading the segments after a lead-in (see :func:`list_members`)."""

    layout: Layout
    segs: Sequence[Segment]
    seg_no: int  # the first segment
    taken: list[int]
    rules: MemberRules
    res: Resources
    rows: list[MemberRow]
    totals: list[int] | None
    seats: dict[str, int] | None = None  # a seat table's rows ("Verwaltung | 4"): seats per sector
    seat_lines: bool = False  # lines of seats were read ("Verwaltung 4")
    label: str | None = None  # the label of the sub-list being read ("Vertreter der Verwaltung")
    chair: Chair | None = None
    column: int | None = None  # the member column of the table being read
    table: MembersTable | None = None  # the members table being read
    listing: bool = False  # the segment before was an entry of a list
    previous: int | None = None  # the number of the list's last entry
    resume: int = 0  # the segment where a list goes on after a page break's furniture
    nesting: Nesting = field(default_factory=Nesting)
    header_words: list[str] = field(default_factory=list)  # a flattened table's header above its rows
    section: int = 0  # where the next section's numbered heading stands ("4. Zeitplan")
    deputies: set[int] = field(default_factory=set)  # the table's columns whose brackets name deputies
    counted: list[int] = field(default_factory=list)  # the seats each row's cell under a count header gives
    headed: str | None = None  # the indent of the sub-headings read, a rule under them kept ("   " + "-")

    @property
    def text(self) -> str:
        return self.layout.flat.text

    def entry(self, start: int, end: int) -> None:
        """One entry of a list read as a member (the chair when it is marked so); a total row's word
        alone ("Gesamt", a seat table's cells one per line) is none."""
        if self.rules.total_row.match(self.text[start:end].strip()):
            return
        self.chair = list_item(self.rows, self.text, start, end, self.label, self.res) or self.chair


# what a rule tells the walk when it takes a segment: end the list, or go on with the next segment
STOP, NEXT = "stop", "next"
Cells = list[list[tuple[int, int, str]]]


def list_members(
    rows: list[MemberRow],
    layout: Layout,
    seg_no: int,
    taken: list[int],
    rules: MemberRules,
    res: Resources,
    colon: bool = False,
    totals: list[int] | None = None,
    within: int | None = None,
    seats: dict[str, int] | None = None,
    walked: set[int] | None = None,
) -> Chair | None:
    """Bullets, labelled sub-lists and table rows right after a sentence that introduces them
    (``colon``: a sentence ending in a colon, which a paragraph may go on). A table's total
    row ("Gesamt | 12") ends it, its number added to ``totals``; the rows of a seat table
    ("Verwaltung | 4") give ``seats`` per sector, no member. ``within``: the lead-in ends a
    line inside segment ``seg_no`` (an export without the blank line after it), whose rest from
    there is read as the table's rows, or nothing. Each segment goes to the first rule that
    takes it, which may end the list; the segments taken are added to ``walked``."""
    w = _Walk(
        layout, marks_set_apart(layout.flat.text, layout.segs, seg_no), seg_no, taken, rules, res, rows, totals, seats
    )
    w.section = next_section(w.text, layout.segs[seg_no].start if seg_no < len(layout.segs) else len(w.text))
    outer = _lead_item(w, within)
    for n in range(seg_no, len(w.segs)):
        if n < w.resume or _set_apart(w, n):
            continue
        if outer is not None and w.segs[n].kind == "item" and item_key(w.text, w.segs[n]) == outer:
            break  # the next point of the enumeration the lead-in is an item of ("3. Mit der …")
        seg = w.segs[n] if within is None or n != seg_no else Segment("para", within, w.segs[n].end, within)
        before = w.listing, w.previous
        numbered = _numbered(w, n, seg)
        if _colon_line(w, seg):
            break
        if _flat_header(w, n, seg, numbered):
            continue
        seg, cells = _cells(w, n, seg, numbered)
        if cells is not None and tally_table(cells) or tally_lines(w.text, seg.start, seg.end):
            break  # a table of counts ("Fraktion | Sitze | ÷ 1 | ÷ 2"): seats shared out, no members
        step = (
            _benches(w, n, seg)
            or _seat_lines(w, seg)
            or _labelled(w, n, seg)
            or _label(w, seg)
            or _sub_heading(w, n, seg)
            or _counted(w, seg)
            or _delegates(w, n, seg)
            or _numbered_entry(w, seg, numbered)
            or _bullet(w, n, seg, cells)
            or _tab_bullet(w, seg)
            or _leaders(w, n, seg)
            or _prose_after(w, n, seg, cells, within, colon)
            or _table_rows(w, n, seg, cells)
            or _page_edge(w, n, before)
        )
        if step == STOP:
            break
        if walked is not None and step == NEXT:
            walked.add(n)
    if totals is not None and not totals and len(w.counted) > 1 and w.rows:
        totals.append(sum(w.counted))  # "Sitze | entsendende Stelle | benannt" without a total row: its seats
    return w.chair


def _lead_item(w: _Walk, within: int | None) -> tuple[int, str] | None:
    """The indentation and mark of the list item that leads in the list ("2. Als Mitglieder werden bestellt:"
    over "a) …" / "b) …"), when the list's first item is marked otherwise: the level the list's items are
    nested under, seeded into the walk's levels (flush left, "3." after "c)" is no deeper item of "c)"); else
    None."""
    n = w.seg_no
    if within is not None or n == 0 or n >= len(w.segs) or not w.segs[n - 1].kind == w.segs[n].kind == "item":
        return None
    lead, first = item_key(w.text, w.segs[n - 1]), item_key(w.text, w.segs[n])
    if not lead[1] or not first[1] or lead[1] == first[1]:
        return None
    w.nesting.levels.append(lead)
    return lead


# a line of a seat table or list flattened by an export: "Verwaltung 4", "- Rat: 3", "Vereine (2)"
_SEAT_LINE = re.compile(
    r"(?:"
    + markers.charset(markers.DASH_MARKS + markers.STAR)
    + r"\s+)?(?P<name>[^\d:()\n]+?)\s*(?::\s*|\(\s*|\s)\s*(?P<n>\d{1,3})\)?\s*"
)


def _seat_lines(w: _Walk, seg: Segment) -> str | None:
    """A block whose lines are seats by sector ("Verwaltung 4", "- Rat: 3", a header of column
    words, a line of others "Sonstige 1" that names no organisation, a total "Gesamt 10"): the
    seats, no member; a total ends the list, its number the group's size. None when a line
    names a member ("Sozialamt 2") or no line a sector."""
    lex = nlp.lexicon(w.res)
    seats: dict[str, int] = {}
    total, rest = None, False
    for line in w.text[seg.start : seg.end].splitlines():
        line = line.strip()
        if not line or all(w.rules.headers.match(x) for x in line.split()):
            continue
        m = _SEAT_LINE.fullmatch(line)
        if m is None or total is not None:
            return None
        name, count = m.group("name").strip(), int(m.group("n"))
        sector = seat_category(name, w.rules)
        if sector is not None:
            seats.setdefault(sector, count)
        elif w.rules.total_row.match(name):
            total = count
        elif any(lex.mark(x) for x in name.split()) or len(name.split()) > 2:
            return None
        else:
            rest = True
    if not seats and not (w.seat_lines and (total is not None or rest)):
        return None  # "Sonstige 1", "Gesamt 10" go on a list of seats only
    w.seat_lines = True
    if w.seats is not None:
        for sector, count in seats.items():
            w.seats.setdefault(sector, count)
    if total is not None:
        if w.totals is not None:
            w.totals.append(total)
        return STOP
    return NEXT


def _labelled(w: _Walk, n: int, seg: Segment) -> str | None:
    """A block of labelled lines ("Freie Träger (3 Sitze): A; B; C", :mod:`.labelled`): its members."""
    found = labelled_members(w.rows, w.text, seg.start, w.rules, w.res) if seg.body == seg.start else None
    if found is None:
        return None
    w.chair = w.chair or found[1]
    return STOP


def _benches(w: _Walk, n: int, seg: Segment) -> str | None:
    """Members under headings of their own at the list's start ("Kommunale Bank" over indented lines,
    :mod:`.benches`), read across the segments they take (from the lead-in's line on where the list
    goes on in its paragraph)."""
    found = headed_lines(w.text, [seg, *w.segs[n + 1 :]]) if n == w.seg_no else None
    flat = flat_headed_lines(w.text, seg.start, w.layout.flat.origin) if found is None and n == w.seg_no else None
    if found is None and flat is None:
        return None
    outer = w.label
    for start, end, heading in found[0] if found is not None else flat or []:
        w.label = heading
        read = len(w.rows)
        w.entry(start, end)
        for row in w.rows[read:]:  # "Leiterin der Stabsstelle X Derya Özkan": the person
            long_office_left_out(row, w.text)
    w.label = outer
    return STOP


def _counted(w: _Walk, seg: Segment) -> str | None:
    """A block of rows each opening with a count ("3   Vertreter der Verwaltung (A, B)", :mod:`.counted`)."""
    found = counted_rows(w.text, seg.start, seg.end) if seg.kind == "para" else None
    if found is None:
        return None
    outer = w.label
    for start, end, label in found:
        w.label = label or outer
        w.entry(start, end)
    w.label = outer
    return STOP


def _delegates(w: _Walk, n: int, seg: Segment) -> str | None:
    """The lines of a delegates table an export flattened, read at once (:func:`delegate_lines`)."""
    one_line = "\n" not in w.text[seg.start : seg.end]
    found = (
        delegate_lines(w.text, w.segs[n:], w.rules, w.res) if one_line else delegate_block(w.text, seg, w.rules, w.res)
    )
    if found is None and one_line:  # its rows one blank line apart: read up to a total that sums them
        found = delegate_lines(w.text, w.segs[n:], w.rules, w.res, spaced=True)
        found = found if found is not None and found.total == found.counted else None
    if found is None:
        return None
    for start, end in found.members:
        w.entry(start, end)
    for sector, count in found.seats.items():
        (w.seats if w.seats is not None else {}).setdefault(sector, count)
    w.resume = n + found.lines
    if found.total is not None and w.totals is not None:
        w.totals.append(found.total)
    return NEXT if found.total is None and not found.closed else STOP


def _set_apart(w: _Walk, n: int) -> bool:
    """A bullet pdfminer.six set apart from its entry is skipped, and that entry read ("Integrations-
    beauftragte" / "-" / "- Sozialamt": see ``lost_mark``)."""
    seg, text = w.segs[n], w.text
    if STRAY_MARK.fullmatch(text, seg.start, seg.end):
        return True
    if n > w.seg_no and lost_mark(text, w.segs, n) and not holds(w.taken, seg.start, seg.end):
        w.entry(seg.start, seg.end)
        w.listing, w.previous = True, None
        return True
    return False


def _numbered(w: _Walk, n: int, seg: Segment) -> bool:
    """Whether a heading is a numbered entry: "1. Sozialamt" before "2. Jobcenter" (or the last
    one) reads as a heading; after a list only the next number goes on with it ("4. Zeitplan"
    after bullets is the next section). Updates where the list stands."""
    text, segs, listing, previous = w.text, w.segs, w.listing, w.previous
    number = entry_number(text, seg.start)
    numbered = (
        seg.kind == "heading"
        and number is not None
        and (
            listing
            and previous is not None
            and number == previous + 1
            and not bullets_under(text, segs, n)
            or not listing
            and n == w.seg_no
            and number == 1  # the first entry right after its lead-in
            or not listing
            and n + 1 < len(segs)
            and (
                segs[n + 1].kind == "item"
                or bool(ENTRY_NUMBER.match(text, segs[n + 1].start))
                and segs[n + 1].kind == "heading"
            )
        )
    )
    w.listing, w.previous = seg.kind == "item" or numbered, number
    if seg.kind == "label" or seg.kind == "item" and SUB_LABEL.search(text, seg.body, seg.end):
        w.listing, w.previous = True, 0  # a sub-list starts: its numbers start again
    return numbered


def _colon_line(w: _Walk, seg: Segment) -> bool:
    """ "Mitglieder: Sozialamt, Jobcenter ...": the enumeration after a line's lead word, which
    ends the list."""
    lead = w.rules.leads.match(w.text, seg.start) if seg.kind in ("para", "item") else None
    if lead and w.text[seg.start : lead.end()].rstrip().endswith(":"):
        enumeration(w.rows, w.text, lead.end(), seg.end, w.rules, w.res, "list")
        return True
    return False


def _flat_header(w: _Walk, n: int, seg: Segment, numbered: bool) -> bool:
    """A flattened table's header right after the lead-in ("Institution Vertreter/in"), its rows
    after a page break or one a block as pdfminer.six sets them: kept for the rows, skipped."""
    if seg.kind != "heading" or w.table is not None or n != w.seg_no or _gapped(w, seg, numbered) is not None:
        return False
    if not is_header(w.text[seg.start : seg.end].split(), False, w.rules, w.res):
        return False
    w.header_words = w.text[seg.start : seg.end].split()
    return True


def _gapped(w: _Walk, seg: Segment, numbered: bool) -> Cells | None:
    """Lines of cells set apart by gaps (a table in a PDF's text layer), read as table rows (a
    lone one, on a page of its own or after a blank line, may read as a heading)."""
    if seg.kind == "para" or seg.kind == "heading" and not numbered or (seg.kind == "item" and seg.body == seg.start):
        return gapped_rows(w.text, seg.start, seg.end, w.rules, headed=bool(w.header_words))
    return None


def _cells(w: _Walk, n: int, seg: Segment, numbered: bool) -> tuple[Segment, Cells | None]:
    """The table rows of a segment (``_gapped``); under a flattened header or in a table, a row
    a block, one wrapped after its salutation read with the next segment ("Jugendamt Herr" /
    "Kai Buschmann"), the segment grown to hold it."""
    if (marked := _marked_on(w, n, seg)) is not None:
        seg, w.resume = marked, n + 2  # "Dr. Lea Brandt   Amt X" / "  – Vorsitz –" / "Ole Lind …": one table
    cells = _gapped(w, seg, numbered)
    if cells is not None and w.table is None and w.header_words:  # rows under a header set apart
        w.column = member_column(w.header_words, w.rules)
    if cells is not None or seg.kind == "row" or seg.body != seg.start or not (w.header_words or w.table) or numbered:
        return seg, cells
    text, segs = w.text, w.segs
    wrapped = n + 1 < len(segs) and re.search(r"\b(?:Herr|Frau)$", text[seg.start : seg.end])
    end = segs[n + 1].end if wrapped else seg.end
    cells = gapped_rows(text, seg.start, end, w.rules, lone=True, headed=bool(w.header_words))
    if cells is not None and end > seg.end:
        seg, w.resume = Segment(seg.kind, seg.start, end, seg.start), n + 2
    if cells is not None and w.table is None:
        w.column = member_column(w.header_words, w.rules)
    if cells is None:  # a row of a table of persons whose gap the PDF lost ("Lena Wagner Leitung Kita")
        row = person_first_row(text[seg.start : seg.end], seg.start, _of_persons(w))
        cells = [row] if row is not None else None
    return seg, cells


def _marked_on(w: _Walk, n: int, seg: Segment) -> Segment | None:
    """A table's segment grown over the next, which a chair's mark set off by dashes opens on a line of its own
    under a row ("  – Vorsitz –", read as a list's item), no blank line between: the rows go on after it."""
    after = w.segs[n + 1] if seg.kind == "para" and n + 1 < len(w.segs) else None
    if after is None or after.kind != "item" or w.text[seg.end : after.start].count("\n") > 1:
        return None
    line = w.text[after.start : after.end].split("\n", 1)[0]
    if CHAIR_DASHED.fullmatch(" " + line.strip()) is None or "\n" not in w.text[after.start : after.end]:
        return None
    return Segment(seg.kind, seg.start, after.end, seg.start)


def _of_persons(w: _Walk) -> bool:
    """Whether the table being read is one of persons: two columns, its header's first a person's
    ("Name | Funktion")."""
    t = w.table
    return (
        t is not None
        and t.width == 2
        and bool(t.header)
        and not t.column
        and bool(w.rules.person_header.match(t.header[0]))
    )


def _label(w: _Walk, seg: Segment) -> str | None:
    """A sub-list's label ("Vertreter der Verwaltung:"): the label of the entries below it."""
    if seg.kind != "label":
        return None
    if w.rules.copies_label.fullmatch(w.text[seg.start : seg.end].strip(" \t:")):
        return STOP  # "Nachrichtlich:": those below get the papers for their information, no members
    w.label = w.text[seg.start : seg.end].strip(" :")
    w.nesting = Nesting()
    return NEXT


# a sub-list's heading with its seats in brackets: "Kreisverwaltung (4 Sitze)", "Vereine (1 Platz)"
_SEAT_HEAD = re.compile(
    r"[ \t]*(?P<name>[^\W\d][^\n:()]{0,60}?)[ \t]*\((?P<n>\d{1,2})[ \t]+(?:Sitze?|Plätze|Platz)\)[ \t]*"
)


def _sub_heading(w: _Walk, n: int, seg: Segment) -> str | None:
    """A heading over items, no label's colon after it: the label of the items below it where it
    states its seats ("Kreisverwaltung (4 Sitze)" over "– Sozialamt"), stands right after the
    lead-in, or has the shape of the first one read (its indent, a rule under it: "   Aus dem Rat" /
    "   -----" over each block); its seats go to the sector it names. Under a later ruled one, the lines
    its rule opens are its entries, no items ("Caritas X: Eva Berg")."""
    if seg.kind != "heading" or n + 1 >= len(w.segs) or entry_number(w.text, seg.start) is not None:
        return None
    if w.segs[n + 1].kind != "item" and not (w.headed and _RULE_UNDER.match(w.text, seg.end)):
        return None  # items under it, or the lines its rule opens under a later ruled sub-heading
    m = _SEAT_HEAD.fullmatch(w.text, seg.start, seg.end)
    shape = _heading_shape(w.text, seg)
    if m is None and n != w.seg_no and (w.headed is None or shape != w.headed):
        return None  # a heading of another shape than the first sub-heading's: the next section's
    w.headed = w.headed or shape
    if w.segs[n + 1].kind != "item":  # "Aus Verbänden" / "-----" / "Caritas X: Eva Berg" / …: each line an entry
        _ruled_lines(w, n + 1)
    w.label = m.group("name") if m else w.text[seg.start : seg.end].strip()
    w.nesting = Nesting()
    sector = seat_category(w.label, w.rules)
    if m and sector is not None and w.seats is not None:
        w.seats.setdefault(sector, int(m.group("n")))
    return NEXT


# a rule under a heading, a blank line between where a PDF's text layer set one ("Aus dem Rat" / "" / "-----")
_RULE_UNDER = re.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*[-=_–—]{3,}[ \t]*(?:\n|$)")


def _heading_shape(text: str, seg: Segment) -> str:
    """A sub-heading's shape: its indent, and a mark where a rule underlines it ("   Aus dem Rat" / "   ------").
    Headings of the first one's shape head the later sub-lists too ("Aus dem Integrationsrat" / "-----")."""
    line = text[seg.start : seg.end]
    ruled = _RULE_UNDER.match(text, seg.end) is not None
    return line[: len(line) - len(line.lstrip())] + ("-" if ruled else "")


def _ruled_lines(w: _Walk, n: int) -> None:
    """The lines of segment ``n`` after the rule opening it, each an entry, up to a line that reads as a
    sentence; the walk goes on after the segment."""
    seg = w.segs[n]
    rule = _RULE_UNDER.match(w.text, seg.start - 1)
    pos = rule.end() if rule else seg.start
    while pos < seg.end:
        stop = w.text.find("\n", pos, seg.end)
        stop = seg.end if stop < 0 else stop
        if _sentence(w.text[pos:stop]):
            break
        if w.text[pos:stop].strip():
            w.entry(pos, stop)
        pos = stop + 1
    w.resume = n + 1


def _numbered_entry(w: _Walk, seg: Segment, numbered: bool) -> str | None:
    """A numbered entry read as a heading ("1. Sozialamt"): a member."""
    if not numbered or holds(w.taken, seg.start, seg.end):
        return None
    w.entry(ENTRY_NUMBER.match(w.text, seg.start).end(), seg.end)  # type: ignore[union-attr]
    return NEXT


def _bullet(w: _Walk, n: int, seg: Segment, cells: Cells | None) -> str | None:
    """A list item: a member, or the label of a sub-list nested under it ("• Verwaltung" over
    "o Sozialamt"; the next section's numbered heading, "4. Zeitplan", is none of its items); the
    persons under a member no members ("• Caritas" over "o Frau Dr. Schmidt"); a flattened table's
    header read as a list's first line skipped."""
    text, nesting, whole = w.text, w.nesting, seg.end
    led_on = False  # the sentence after the item leads in more members: the list goes on under it
    if seg.kind == "item" and ((said := _SENTENCE_AFTER.match(text, seg.body, seg.end)) and _sentence(said.group(1))):
        cut = len(text[: said.start(1)].rstrip())
        seg = Segment(seg.kind, seg.start, cut, seg.body)  # the list's last item; a sentence after it
        led_on = _lead_in_after(text, said.start(1), whole, w.rules)
    elif seg.kind == "item" and (line := _sentence_line_after(text, seg.body, seg.end)):
        seg = Segment(seg.kind, seg.start, line.start(2), seg.body)
    elif seg.kind == "item" and (heading := _HEADING_AFTER.fullmatch(text, seg.body, seg.end)):
        seg = Segment(seg.kind, seg.start, heading.start(1), seg.body)  # the next section's heading after it
    if seg.kind != "item" or cells is not None:
        return None
    if w.rows and seg.start >= w.section and not text[w.section : seg.start].strip():
        return STOP  # the next section's numbered heading, the blank line before it lost ("4. Moderation")
    entry = text[seg.body : seg.end]
    if holds(w.taken, seg.start, seg.end) and not _delegated(w, seg) and not (person_led(entry) or name_led(entry)):
        return None  # a group the entry names, not the person it opens with ("Anna Beispiel, Arbeitskreis X")
    if n == w.seg_no and phrase_header(text[seg.body : seg.end], w.rules):
        return STOP  # a table whose flattened rows no reader cut: none of its lines is a member
    if is_header(text[seg.body : seg.end].split(), False, w.rules, w.res) or count_only(
        text[seg.body : seg.end], w.rules, w.res
    ):
        return NEXT  # a flattened header, a line of others or a total ("Sonstige 1") names no member
    depth = nesting.place(text, w.segs, n)
    if nesting.skip is not None and depth > nesting.skip:
        return NEXT  # a person under the member they represent
    nesting.skip = None
    if nesting.outer and depth <= nesting.outer[-1][0]:
        w.label = nesting.outer.pop()[1]  # back at the level of a sub-list's label
    sub = SUB_LABEL.search(text, seg.body, seg.end)  # "- Jobcenter\nVerwaltung:" a sub-list's label after
    children = [] if sub else [c for c in nesting.children(text, w.segs, n, depth) if c.start < w.section]
    if children and not all(PERSON.fullmatch(text[c.body : c.end].strip(" \t,;")) for c in children):
        nesting.outer.append((depth, w.label))
        w.label = text[seg.body : seg.end].strip(" \t:")
        return NEXT
    if children:
        nesting.skip = depth
    w.entry(seg.body, sub.start() if sub else seg.end)
    if sub and w.rules.copies_label.fullmatch(sub.group(1).strip(" \t:")):
        return STOP  # "– Verein X e. V.\nNachrichtlich:": those below get the papers for their information
    if sub:
        w.label, w.nesting = sub.group(1), Nesting()  # a sub-list of its own starts
    return NEXT if seg.end == whole or led_on else STOP


def _lead_in_after(text: str, start: int, end: int, rules: MemberRules) -> bool:
    """Whether the sentence after an item's line, its segment's last line, leads in more members with a
    colon ("– die Leiterin des Sozialamts (derzeit: Frau A)." / "Auf Vorschlag werden berufen:" / "– …"),
    where an export lost the blank lines around it."""
    sentence = text[start:end].strip()
    return (
        sentence.endswith(":")
        and "\n" not in sentence
        and bool(rules.list_cue.search(sentence))
        and not rules.not_members.search(sentence)
    )


# "- aus den Kirchengemeinden (1).\nInsgesamt besteht …": an item's line ending in a full stop (not
# of an abbreviation) and a sentence on the next line, which ends the list
_SENTENCE_AFTER = re.compile(r"[^\n]*(?:[a-zäöüß]{3}|\))\.[ \t]*\n[ \t]*([A-ZÄÖÜ][^\n]*\s[^\n]*)")
# "1. Kreishandwerkerschaft\nHinzu kommen zwei Personen aus dem Rat.": an item's line and a whole sentence
# on the next line, which ends the list where an export lost the blank line between them; not where the
# item's line goes on (a hyphen, a comma or a closed-class word at its end)
_SENTENCE_LINE_AFTER = re.compile(r"([^\n]*)\n[ \t]*([A-ZÄÖÜ][^\n]*\s[^\n]*[a-zäöüß]\.)[ \t]*(?:\n|$)")
_GOES_ON = re.compile(rf"(?:[-,/(]|\b(?:{alternation(*CLASSES)}))[ \t]*$", re.I)
# "f) für die Verwaltung: Anna Beispiel (Sozialamt).\nModeration": the item's last line ending in a full
# stop after a bracket (no abbreviation's) and a heading of a few words alone after it, the next section's,
# where an export lost the blank line
_HEADING_AFTER = re.compile(r"(?s:.*)\)\.[ \t]*\n[ \t]*([A-ZÄÖÜ][^\W\d][^\n.:;,()]{0,40}?)[ \t]*")


def _sentence_line_after(text: str, start: int, end: int) -> re.Match[str] | None:
    """The sentence on the line after an item's line that does not go on into it (group 2)."""
    m = _SENTENCE_LINE_AFTER.match(text, start, end)
    return m if m is not None and not _GOES_ON.search(m.group(1)) and _sentence(m.group(2)) else None


_CLOSED = words(*CLASSES)


def _sentence(line: str) -> bool:
    """Whether a line reads as a sentence, not as a name: words in lower case besides articles,
    prepositions and conjunctions ("Insgesamt besteht die Gruppe somit aus …", not "Vertreter der
    Stadt Ulm und des Kreises")."""
    lower = [x for x in re.findall(r"(?<![\w.-])[a-zäöüß]{3,}(?![\w.-])", line) if x not in _CLOSED]
    return len(line.split()) >= 4 and len(lower) >= 2


_LABEL_LINE = re.compile(r"[ \t]*[^\W\d][^\n:.]{0,40}:[ \t]*\n")  # a line of a label alone


def _prose_after(w: _Walk, n: int, seg: Segment, cells: Cells | None, within: int | None, colon: bool) -> str | None:
    """Prose right after the lead-in: none when the lead-in ends inside its paragraph (no table
    after it); after a colon, the organisations its sentence names ("... sind vertreten:" / page
    break / "die Caritas ...")."""
    if n != w.seg_no or cells is not None:
        return None
    persons = inverted_series(w.text, seg.start, _stop(w.text, seg.start, seg.end)) if seg.kind == "para" else []
    if colon and persons:
        for row in persons:
            row.label = row.label or w.label
        w.rows.extend(persons)  # "Weber, Jonas (Sozialamt); Berg, Eva (Verein X); …": the persons, surname first
        return STOP
    if seg.kind == "para" and colon:
        read, chair = line_entries(w.rows, w.text, seg.start, seg.end, w.label, w.res)
        if read:  # "Anna Beispiel (Caritas);" / "Ole Berg* (Sozialamt);" / …: an entry a line
            w.chair = chair or w.chair
            return STOP
    if within is not None:  # the lead-in's paragraph runs on with the entries (an export's lines)
        _dot_entries(w, within, seg.end)
        return STOP
    if seg.kind == "para" and colon:
        if _LABEL_LINE.match(w.text, seg.start):
            return STOP  # "Vorsitz:" / a name / "Stimmberechtigte Mitglieder:": labelled lines, no sentence
        if _dot_entries(w, seg.start, seg.end):
            return STOP
        unit = w.layout.units[w.layout.unit_at(seg.start)]
        for item in org_items(w.text, unit.start, unit.end, w.res):
            w.rows.append(MemberRow(item.name_start, item.end, item.name, w.label, method="list"))
        return STOP
    return None


def _dot_entries(w: _Walk, start: int, end: int) -> bool:
    """The entries of a paragraph parted by middle dots ("A (Vorsitz) · B · C"), each read as a list's
    entry, the person of an office ("Kreisrätin Dr. Anna Beispiel") its member; whether it holds them."""
    parts = _dot_parted(w.text, start, end)
    boxed = w.text[:end].translate(_BOX_GLYPHS)  # a box drawn round the paragraph blanked, offsets kept
    star = None
    if boxed != w.text[:end]:
        parts = _inside_rules(boxed, parts)
        star = starred_chair(boxed, parts[-1][1]) if parts else None  # "* Sprecherin …" under the rule
    for a, b in parts:
        known = len(w.rows)
        if boxed == w.text[:end]:
            w.entry(a, b)
        else:  # "Carola   │" / "│  Wendt (…)": the entry's words over the box's bars
            starred = star is not None and STARRED.search(boxed, a, b) is not None  # "Dr. Anna Beispiel* (…)"
            item = boxed[:b].replace(star, " ") if star is not None else boxed[:b]
            w.chair = list_item(w.rows, item, a, b, w.label, w.res) or w.chair
            for row in w.rows[known:]:
                row.is_chair = row.is_chair or starred
        for row in w.rows[known:]:
            office_left_out(row, w.text)
            if row.is_chair and w.chair is not None:
                w.chair = Chair(row.value, row.start, row.end, True)
    return bool(parts)


def _inside_rules(boxed: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The entries of a paragraph in a drawn box without the caption over the rule under it and the notes under
    the rule closing them (a rule blanked, a blank line): the first entry from the last blank line in it, the
    last up to the first."""
    if not parts:
        return parts
    a, b = parts[0]
    first = list(_BLANK_LINE.finditer(boxed, a, b))
    parts = [(first[-1].end() if first else a, b), *parts[1:]]
    c, d = parts[-1]
    last = _BLANK_LINE.search(boxed, c, d)
    parts[-1] = (c, last.start() if last else d)
    return [(x, y) for x, y in parts if boxed[x:y].strip()]


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_BOX_GLYPHS = str.maketrans(dict.fromkeys(markers.DRAWN_BARS + markers.DRAWN_RULES + markers.DRAWN_JOINTS, " "))


def _stop(text: str, start: int, end: int) -> int:
    """Where a paragraph's words end, its closing full stop and spaces left out."""
    while end > start and text[end - 1] in " \t\n.":
        end -= 1
    return end


_DOT_PART = re.compile(rf"[ \t\n]+[{markers.MIDDLE_DOT}{markers.BULLET}][ \t\n]+")
MIN_DOT_PARTS = 3


def _dot_parted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The entries of a paragraph parted by middle dots or bullets within its lines ("A · B · C"), three
    at least; else none."""
    cuts = list(_DOT_PART.finditer(text, start, end))
    if len(cuts) + 1 < MIN_DOT_PARTS:
        return []
    bounds = [start, *(x for m in cuts for x in (m.start(), m.end())), len(text[:end].rstrip())]
    return [(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=True) if text[a:b].strip()]


# a bullet in a cell of its own: a tab before the entry ("\t-\tAmtsvorsteher …", a word processor's list)
_TAB_MARK = re.compile(r"[ \t]*" + markers.charset(markers.ITEM_MARKS) + r"\t+(?=\S)")


def _tab_bullet(w: _Walk, seg: Segment) -> str | None:
    """A row whose first cell is a bullet alone ("\t-\tSozialamt,"): an entry of a list, no table's row."""
    mark = _TAB_MARK.match(w.text, seg.start, seg.end) if seg.kind == "row" else None
    if mark is None or "\t" in w.text[mark.end() : seg.end].strip() or holds(w.taken, seg.start, seg.end):
        return None
    w.entry(mark.end(), seg.end)
    w.listing = True
    return NEXT


def _leaders(w: _Walk, n: int, seg: Segment) -> str | None:
    """Lines of a body, dotted leaders and the person at the right ("Jobcenter Nord ....... Frau Anna
    Beispiel"), read on over the blank lines between them (:func:`.labelled.leader_lines`): the persons,
    each body their label; no table's rows."""
    found = leader_lines(w.text, seg.start, len(w.text)) if seg.kind in ("para", "row") else None
    if not found:
        return None
    for a, b, body in found:
        w.rows.append(
            MemberRow(a, b, " ".join(w.text[a:b].split()), f"{body}, {w.label}" if w.label else body, method="list")
        )
    w.resume = next((k for k in range(n + 1, len(w.segs)) if w.segs[k].start >= found[-1][1]), len(w.segs))
    return NEXT


def _table_rows(w: _Walk, n: int, seg: Segment, cells: Cells | None) -> str | None:
    """A table's rows, its header giving the member column. A blank line, another header or
    other columns end it, but for its header repeated (a page break) or a row of its columns
    that names a member; a total row ("Gesamt | 12") ends it, its number the group's size; so
    does prose after its rows in the block."""
    if seg.kind != "row" and cells is None:
        return None
    text, rules = w.text, w.rules
    persons = _of_persons(w)
    end = seg.end
    if cells is None and runs_on(text, seg, w.segs[n + 1] if n + 1 < len(w.segs) else None):
        end, w.resume = w.segs[n + 1].end, n + 2  # its last cell goes on in the line below, set apart
    lines = cells or wrapped_rows(text, seg.start, end, lambda line, at: person_first_row(line, at, persons), _body(w))
    for k, row in enumerate(lines):
        words, bracketed = bracketed_columns([c for _, _, c in row], rules)
        row = without_bracket(row, w.deputies)
        header = is_header(words, w.table is None, rules, w.res)
        by_sector = w.table is None and not header and sector_header(words, rules, w.res)
        if w.table is not None and (
            header or len(row) != w.table.width or k == 0 and blank_before(text, w.segs[n - 1].end, seg.start)
        ):
            if (
                header
                and words != w.table.header
                or not header
                and not (len(row) <= w.table.width and names_member(row, w.table.column, rules, w.res))
            ):
                return STOP
        if w.table is None:
            w.table = MembersTable(len(row), words if header else [], None if header else w.column)
        if by_sector:  # "Verwaltung | Partner": the members side by side under the sectors
            w.table = MembersTable(len(row), words, None)
            w.column = None
            continue
        if header:
            w.column = w.table.column = member_column(words, rules)
            w.deputies = bracketed  # "Vertreter/in (Stellvertretung)": the persons in brackets no members
            w.table.named = named_bare(words, [without_bracket(r, bracketed) for r in lines[k + 1 :]], rules, w.res)
            continue
        total = total_of(words, rules)
        if total is not None:
            if w.totals is not None:
                w.totals.append(total)
            return STOP
        seat = seat_row(row, rules)
        if seat is not None:  # "Verwaltung | 4": seats by sector, no member
            if w.seats is not None:
                w.seats.setdefault(*seat)
            continue
        _count_cell(w, row)
        row, column = role_led(w.table.header, row, w.column, rules)
        row, column = named_column(w.table.header, row, column, rules, w.res, w.table.named)
        read = len(w.rows)
        w.chair = table_row(w.rows, row, column, w.label, rules, w.res) or w.chair
        for member in w.rows[read:]:
            _bracketed_person(member, text)
    if cells is not None and cells[-1][-1][1] < len(text[: seg.end].rstrip()):
        return STOP  # the block goes on with prose after its rows
    return NEXT


_TRAILING_BRACKET = re.compile(r"[ \t]*\(([^()]+)\)$")


def _bracketed_person(row: MemberRow, text: str) -> None:
    """A cell naming a person after an office and before their body in brackets ("Schulamtsdirektor Anna
    Beispiel (Staatliches Schulamt)"): the person, the body their label (in place)."""
    bracket = _TRAILING_BRACKET.search(row.value)
    if bracket is None or not name_start(row.value[: bracket.start()]):
        return  # no office before a person: a body's own bracket ("Sozialamt (Vorsitz)") or read already
    row.value, row.end, row.label = row.value[: bracket.start()], row.end - len(bracket.group()), bracket.group(1)
    office_left_out(row, text)


def _body(w: _Walk) -> Callable[[str], bool] | None:
    """Whether a line without a tab under a row names a body, its first word a body's head or name word
    ("Agentur für Arbeit X") or a word of it a body's head ("Staatliches Schulamt X"): under a table whose
    members' column is its last, a row of its own."""
    table = w.table
    if table is None or table.width < 2 or w.column != table.width - 1:
        return None
    lex = nlp.lexicon(w.res)
    return lambda line: (
        line[:1].isupper()
        and (bool(lex.mark(line.split()[0].rstrip(","))) or any(lex.head(x.strip(",")) for x in line.split()))
    )


def _count_cell(w: _Walk, row: list[tuple[int, int, str]]) -> None:
    """The seats a members row gives under its table's count header ("Sitze", "Anzahl"), kept in the walk."""
    header = w.table.header if w.table is not None else []
    k = next((k for k, h in enumerate(header) if w.rules.count_header.fullmatch(h)), None)
    if k is not None and k < len(row) and re.fullmatch(r"\d{1,2}", row[k][2].strip()):
        w.counted.append(int(row[k][2]))


def _page_edge(w: _Walk, n: int, before: tuple[bool, int | None]) -> str:
    """Anything else ends the list, but the furniture of a page break inside it: the list goes
    on after it, a name cut at the break joined ("Kommunales Integrations-" / furniture /
    "zentrum")."""
    text, segs = w.text, w.segs
    expect = before[1] + 1 if before[1] is not None else None
    at = after_page_edge(text, segs[n - 1].end, expect) if n > w.seg_no and w.rows else -1
    if at < 0:
        return STOP
    w.listing, w.previous = before
    w.resume = next((k for k in range(n, len(segs)) if segs[k].end > at), len(segs))
    if re.search(r"-[ \t]*$", text[segs[n - 1].start : segs[n - 1].end]) and text[at : at + 1].islower():
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        last = segs[n - 1]
        numbered_last = ENTRY_NUMBER.match(text, last.body)
        body = numbered_last.end() if numbered_last else last.body
        joined = re.sub(r"-[ \t]*$", "", text[body : last.end].strip()) + text[at:line_end].strip()
        w.rows[-1].value = enumerations.nominative(joined, w.res).name or w.rows[-1].value
        w.rows[-1].end = line_end
        w.resume += 1
    return NEXT


def _delegated(w: _Walk, seg: Segment) -> bool:
    """Whether every group named in a list item is where its members come from ("Zwei Mitglieder der
    Arbeitsgruppe Wohlfahrt"): a representative noun, then its link, right before the group's name.
    The item is a member, no new group; the list goes on."""
    g = nominative.grammar(w.res)
    starts = [o for o in w.taken if seg.start <= o < seg.end]
    for o in starts:
        before = w.text[seg.body : o].split()
        if before and before[-1].casefold() in g.links:
            before = before[:-1]
        if not before or not g.representatives.match(before[-1]):
            return False
    return bool(starts)
