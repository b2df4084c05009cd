"""Members in lists and tables after a sentence or heading that introduces them.

Bullets (also numbered, or lost in the layout), labelled sub-lists ("Vertreter der
Verwaltung:"), "Mitglieder: A, B und C" lines, lines under a list item that starts with the
group ("- Begleitgruppe / Einbezug von Kreisrätinnen und Kreisräten"), and table rows, whose
member column is the one whose header names institutions.

A members table ends where it does: at a blank line followed by prose, by another header
("Handlungsfeld | Ziel | Maßnahmen") or by a row of other columns or without an organisation,
office or person in its member cell ("Sprache | Kurse ausbauen"); its header repeated after a
page break goes on with it. This module walks the segments after the lead-in (lists, their
nesting, the page breaks they cross); a table's rows, header, member column and total row are
read in :mod:`.member_tables`, which also reads a table an export set one cell a line
(``stacked_rows``).

As exports give tables: rows right under the lead-in's line when the blank line is lost (read from
the rest of its paragraph, ``within``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from extractors.german import enumerations, nlp
from extractors.german.enumerations import strip_end
from extractors.resources import Resources
from pipeline.structure import is_page_number, person_row
from pipeline.structure.prose import Layout, Segment

from .member_rules import CHAIR_MARK, Chair, MemberRow, MemberRules, enumeration, holds, org_items
from .member_tables import (
    PERSON,
    MembersTable,
    blank_before,
    gapped_rows,
    is_header,
    member_column,
    names_member,
    organisation_of,
    tab_cells,
    table_row,
    total_of,
)
from .sectors import is_person

_LINES = re.compile(r"[ \t]*([^\n\f]+)")


def item_lines(rows: list[MemberRow], layout: Layout, seg_no: int, at: int, rules: MemberRules, res: Resources) -> None:
    """Lines under a list item that starts with the group: "Einbezug von Kreisrätinnen und Kreisräten",
    indented as ``pdftotext -layout`` sets them or not, or set apart from the item by a blank line
    as pdfminer.six sets them (then each block of them opens with a lead word)."""
    seg = layout.segs[seg_no]
    if seg.kind != "item" or at > seg.body + 2:
        return
    text = layout.flat.text
    lines = [(seg.start + m.start(1), seg.start + m.end()) for m in _LINES.finditer(text[seg.start : seg.end])][1:]
    n, last = seg_no + 1, seg.end
    while not text[seg.start : seg.end].strip().count("\n") and n < len(layout.segs):
        # lines set apart from the item by a blank line (pdfminer.six), each segment opening with a
        # lead word: a paragraph, a lone line read as a heading, or lines read as unmarked items
        nxt = layout.segs[n]
        between = text[last : nxt.start]
        if nxt.kind not in ("para", "heading", "item") or nxt.body != nxt.start or "\f" in between:
            break
        if between.count("\n") > 2 or not rules.leads.match(text[nxt.start : nxt.end]):
            break
        lines += [(nxt.start + m.start(1), nxt.start + m.end()) for m in _LINES.finditer(text[nxt.start : nxt.end])]
        n, last = n + 1, nxt.end
    entries: list[list[int]] = []
    for a, b in lines:  # an indented line from its first word
        prev = text[entries[-1][0] : entries[-1][1]] if entries else ""
        if entries and (text[a : a + 1].islower() or re.search(r"(?:\b(?:der|des|die|und|oder|von|für)|-)\s*$", prev)):
            entries[-1][1] = b  # a line wrapped inside one entry
        else:
            entries.append([a, b])
    for a, b in entries:
        lead = rules.leads.match(text[a:b])  # the rule reads from a line's start
        if lead:
            enumeration(rows, text, a + lead.end(), b, rules, res, "item")


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
) -> Chair | None:
    """Bullets, labelled sub-lists and table rows right after a sentence that introduces them
    (``colon``: a sentence ending in a colon, which a paragraph may go on). A table's total
    row ("Gesamt | 12") ends it, its number added to ``totals``. ``within``: the lead-in ends a
    line inside segment ``seg_no`` (an export without the blank line after it), whose rest from
    there is read as the table's rows, or nothing."""
    text = layout.flat.text
    label: str | None = None
    chair: Chair | None = None
    column: int | None = None
    table: MembersTable | None = None  # the members table being read
    segs = _marks_set_apart(text, layout.segs, seg_no)
    listing = False
    previous: int | None = None  # the number of the list's last entry
    resume = 0  # the segment where a list goes on after a page break's furniture
    nesting = _Nesting()
    header_words: list[str] = []  # a flattened table's header above its rows
    for n in range(seg_no, len(segs)):
        if n < resume:
            continue
        seg = segs[n]
        if STRAY_MARK.fullmatch(text, seg.start, seg.end):
            continue  # a bullet pdfminer.six set apart from its entry (see ``_lost_mark``)
        if n > seg_no and _lost_mark(text, segs, n) and not holds(taken, seg.start, seg.end):
            chair = _list_item(rows, text, seg.start, seg.end, label, res) or chair
            listing, previous = True, None
            continue
        if within is not None and n == seg_no:
            seg = Segment("para", within, seg.end, within)
        before = listing, previous
        previous_number = previous + 1 if previous is not None else None
        number = _ordinal(text, seg.start)
        # "1. Sozialamt" before "2. Jobcenter" (or the last one) reads as a heading; after a list
        # only the next number goes on with it ("4. Zeitplan" after bullets is the next section)
        numbered = (
            seg.kind == "heading"
            and number is not None
            and (
                listing
                and previous is not None
                and number == previous + 1
                and not _bullets_under(text, segs, n)
                or not listing
                and n == seg_no
                and number == 1  # the first entry right after its lead-in
                or not listing
                and n + 1 < len(segs)
                and (
                    segs[n + 1].kind == "item"
                    or bool(_NUMBER.match(text, segs[n + 1].start))
                    and segs[n + 1].kind == "heading"
                )
            )
        )
        listing, previous = seg.kind == "item" or numbered, number
        if seg.kind == "label" or seg.kind == "item" and _SUB_LABEL.search(text, seg.body, seg.end):
            listing, previous = True, 0  # a sub-list starts: its numbers start again
        lead = rules.leads.match(text, seg.start) if seg.kind in ("para", "item") else None
        if lead and text[seg.start : lead.end()].rstrip().endswith(":"):  # "Mitglieder: Sozialamt, Jobcenter ..."
            enumeration(rows, text, lead.end(), seg.end, rules, res, "list")
            break
        # lines of cells set apart by gaps (a table in a PDF's text layer) read as table rows
        # (a lone one, on a page of its own or after a blank line, may read as a heading)
        gap_rows = (
            gapped_rows(text, seg.start, seg.end, rules)
            if seg.kind == "para"
            or seg.kind == "heading"
            and not numbered
            or (seg.kind == "item" and seg.body == seg.start)
            else None
        )
        if seg.kind == "heading" and gap_rows is None and table is None and n == seg_no:
            if is_header(text[seg.start : seg.end].split(), False, rules, res):
                # a flattened table's header, its rows after a page break ("Institution Vertreter/in")
                # or one a block as pdfminer.six sets them
                header_words = text[seg.start : seg.end].split()
                continue
        if (
            gap_rows is None
            and seg.kind != "row"
            and seg.body == seg.start
            and (header_words or table)
            and not numbered
        ):
            # a row a block; a row wrapped after its salutation may read as two entries
            wrapped = n + 1 < len(segs) and re.search(r"\b(?:Herr|Frau)$", text[seg.start : seg.end])
            end = segs[n + 1].end if wrapped else seg.end
            gap_rows = gapped_rows(text, seg.start, end, rules, lone=True)
            if gap_rows is not None and end > seg.end:
                seg, resume = Segment(seg.kind, seg.start, end, seg.start), n + 2
            if gap_rows is not None and table is None:
                column = member_column(header_words, rules)
        if seg.kind == "label":
            label = text[seg.start : seg.end].strip(" :")
            nesting = _Nesting()
        elif numbered and not holds(taken, seg.start, seg.end):
            body = _NUMBER.match(text, seg.start).end()  # type: ignore[union-attr]
            chair = _list_item(rows, text, body, seg.end, label, res) or chair
        elif seg.kind == "item" and gap_rows is None and not holds(taken, seg.start, seg.end):
            if is_header(text[seg.body : seg.end].split(), False, rules, res):
                continue  # a flattened table's header read as the first line of a list
            depth = nesting.place(_item_key(text, seg))
            if nesting.skip is not None and depth > nesting.skip:
                continue  # a person under the member they represent
            nesting.skip = None
            if nesting.outer and depth <= nesting.outer[-1][0]:
                label = nesting.outer.pop()[1]  # back at the level of a sub-list's label
            sub = _SUB_LABEL.search(text, seg.body, seg.end)  # "- Jobcenter\nVerwaltung:" a sub-list's label after
            children = [] if sub else nesting.children(text, segs, n, depth)
            if children and not all(PERSON.fullmatch(text[c.body : c.end].strip(" \t,;")) for c in children):
                # "• Verwaltung" over "o Sozialamt", "o Jobcenter": the label of a sub-list
                nesting.outer.append((depth, label))
                label = text[seg.body : seg.end].strip(" \t:")
                continue
            if children:  # "• Caritas" over "o Frau Dr. Schmidt": the member, its persons no members
                nesting.skip = depth
            chair = _list_item(rows, text, seg.body, sub.start() if sub else seg.end, label, res) or chair
            label = sub.group(1) if sub else label
            if sub:
                nesting = _Nesting()  # a sub-list of its own starts
        elif within is not None and n == seg_no and gap_rows is None:
            break  # prose goes on after the lead-in, no table
        elif (
            seg.kind == "para" and gap_rows is None and n == seg_no and colon
        ):  # "... sind vertreten:" / page break / "die Caritas ..."
            unit = layout.units[layout.unit_at(seg.start)]
            for item in org_items(text, unit.start, unit.end, res):
                rows.append(MemberRow(item.name_start, item.end, item.name, label, method="list"))
            break
        elif seg.kind == "row" or gap_rows is not None:
            lines = (
                gap_rows if gap_rows is not None else [tab_cells(text[seg.start : seg.end].split("\n")[0], seg.start)]
            )
            stop = False
            for k, cells in enumerate(lines):
                words = [c for _, _, c in cells]
                header = is_header(words, table is None, rules, res)
                if table is not None and (
                    header or len(cells) != table.width or k == 0 and blank_before(text, segs[n - 1].end, seg.start)
                ):
                    # a blank line, another header or other columns: the table goes on only with
                    # its header repeated (a page break) or a row of its columns that names a member
                    if (
                        header
                        and words != table.header
                        or not header
                        and not (len(cells) <= table.width and names_member(cells, table.column, rules, res))
                    ):
                        stop = True
                        break
                if table is None:
                    table = MembersTable(len(cells), words if header else [], None)
                if header:
                    column = table.column = member_column(words, rules)
                    continue
                total = total_of(words, rules)
                if total is not None:
                    if totals is not None:
                        totals.append(total)
                    stop = True
                    break
                chair = table_row(rows, cells, column, label, rules, res) or chair
            if stop or gap_rows is not None and gap_rows[-1][-1][1] < len(text[: seg.end].rstrip()):
                break  # the block goes on with prose after its rows
        else:
            at = _after_page_edge(text, segs[n - 1].end, previous_number) if n > seg_no and rows else -1
            if at < 0:
                break
            listing, previous = before
            resume = next((k for k in range(n, len(segs)) if segs[k].end > at), len(segs))
            if re.search(r"-[ \t]*$", text[segs[n - 1].start : segs[n - 1].end]) and text[at : at + 1].islower():
                # "Kommunales Integrations-" / furniture / "zentrum": one name
                line_end = text.find("\n", at)
                line_end = len(text) if line_end < 0 else line_end
                last = segs[n - 1]
                numbered_last = _NUMBER.match(text, last.body)
                body = numbered_last.end() if numbered_last else last.body
                joined = re.sub(r"-[ \t]*$", "", text[body : last.end].strip()) + text[at:line_end].strip()
                rows[-1].value = enumerations.nominative(joined, res).name or rows[-1].value
                rows[-1].end = line_end
                resume += 1
    return chair


# a bullet alone on its line: pdfminer.six sets the marks of a list apart from their entries
# ("Integrationsbeauftragte" / "-" / "- Sozialamt" / "Jugendamt" / "-" / "- Hauptamt")
STRAY_MARK = re.compile(r"[ \t]*[-–•▪■●*·►▸◦\uf0a7\uf0b7][ \t]*")
# a list entry's line: capitalised, eight words at most, no sentence's end ("Verein Mosaik e. V." is one)
_ENTRY_LINE = re.compile(r"[ \t]*[A-ZÄÖÜ](?:[^\n:;!?\s]*[ \t]+){0,7}[^\n:;!?\s]*(?<![a-zäöüß]{2}\.)[ \t]*")


def _marks_set_apart(text: str, segs: Sequence[Segment], first: int) -> Sequence[Segment]:
    """The segments with the lines of an item split off where a bullet set apart from its entry
    ran on with the item ("- Sozialamt" / "Jugendamt" / "-"): each such bullet and each entry
    (a short line right before or after a bullet alone) a segment of its own."""
    out: list[Segment] | None = None
    for n in range(first, min(len(segs), first + LIST_REACH)):
        parts = _split_item(text, segs, n)
        if parts is not None:
            out = list(segs) if out is None else out
            at = out.index(segs[n])
            out[at : at + 1] = parts
    return segs if out is None else out


def _split_item(text: str, segs: Sequence[Segment], n: int) -> list[Segment] | None:
    """Segment ``n`` cut where its lines go on with bullets set apart from their entries (an item
    after its first line, a paragraph or heading anywhere), or None."""
    seg = segs[n]
    if seg.kind not in ("item", "para", "heading") or "\n" not in text[seg.start : seg.end]:
        return None
    lines = [(seg.start + m.start(), seg.start + m.end()) for m in re.finditer(r"[^\n]+", text[seg.start : seg.end])]
    stray = [STRAY_MARK.fullmatch(text, a, b) is not None for a, b in lines]
    stray.append(n + 1 < len(segs) and STRAY_MARK.fullmatch(text, segs[n + 1].start, segs[n + 1].end) is not None)
    apart = [
        stray[k] or (k > 0 and stray[k - 1] or stray[k + 1]) and bool(_ENTRY_LINE.fullmatch(text, *lines[k]))
        for k in range(len(lines))
    ]
    cut = next((k for k in range(int(seg.kind == "item"), len(lines)) if apart[k]), None)
    if cut is None or not all(apart[cut:]) or not any(stray):
        return None
    head = [Segment(seg.kind, seg.start, lines[cut - 1][1], seg.body)] if cut else []
    return head + [Segment("item", a, b, a) for a, b in lines[cut:]]


LIST_REACH = 200  # segments after a lead-in searched for bullets set apart


def _lost_mark(text: str, segs: Sequence[Segment], n: int) -> bool:
    """Whether segment ``n`` is a list entry whose bullet was set apart from it: one short line
    without a mark or a full stop, with a bullet alone on its line right before or after it."""
    seg = segs[n]
    if seg.body != seg.start or not _ENTRY_LINE.fullmatch(text, seg.start, seg.end):
        return False
    near = [segs[k] for k in (n - 1, n + 1) if 0 <= k < len(segs)]
    return any(STRAY_MARK.fullmatch(text, s.start, s.end) for s in near)


@dataclass
class _Nesting:
    """The levels of a nested list as Word exports it: a level is deeper when its items are
    indented further or, with the indentation lost, marked otherwise than the level above
    ("•" over "o" or "▪"); an item whose mark a level above has returns to that level."""

    levels: list[tuple[int, str]] = field(default_factory=list)  # (indentation, mark) per level
    outer: list[tuple[int, str | None]] = field(default_factory=list)  # (level, label before) of sub-list labels
    skip: int | None = None  # items deeper than this level are persons of the member above

    def place(self, key: tuple[int, str]) -> int:
        """The level of an item with ``key``, which becomes the innermost."""
        return _place(self.levels, key)

    def children(self, text: str, segs: Sequence[Segment], n: int, depth: int) -> list[Segment]:
        """The items right after item ``n`` (at level ``depth``) that are deeper than it; none
        where a mark is lost (OCR, stacked cells): a list without marks has no levels."""
        levels = list(self.levels)
        out: list[Segment] = []
        if not _item_key(text, segs[n])[1]:
            return out
        for seg in segs[n + 1 :]:
            key = _item_key(text, seg)
            if seg.kind != "item" or not key[1] or _place(levels, key) <= depth:
                break
            out.append(seg)
        return out


def _place(levels: list[tuple[int, str]], key: tuple[int, str]) -> int:
    indent = key[0]
    for k, (i, m) in enumerate(levels):
        if (i, m) == key:
            del levels[k + 1 :]
            return k
    while levels and levels[-1][0] > indent:
        levels.pop()
    levels.append(key)
    return len(levels) - 1


def _item_key(text: str, seg: Segment) -> tuple[int, str]:
    """The indentation and mark of a list item ("1." and "2." have one mark)."""
    head = text[seg.start : seg.body].replace("\t", "    ")
    mark = head.strip()
    return len(head) - len(head.lstrip()), re.sub(r"\d{1,2}|^\(?[a-z](?=[.)])", "#", mark)


EDGE_LINES = 3  # lines of furniture a page may have at its foot, and the next at its head


def _after_page_edge(text: str, at: int, expect: int | None) -> int:
    """Where a list goes on after the furniture around a page break from ``at`` on (a running
    head, a page number, a print note: short lines of their own), or -1 when the list ends
    there: the next bullet, numbered entry (``expect``: the next number) or line going on in lower
    case after the break."""
    crossed = False
    seen = 0
    for m in re.finditer(r"[^\n\f]*(?:\n|\f|$)", text[at : at + 1200]):
        line = m.group().strip()
        if m.group().endswith("\f"):
            crossed = True
        if not line:
            if m.end() == m.start():
                break
            continue
        if is_page_number(line):
            seen += 1
            continue
        if crossed and seen and (_BULLET_LINE.match(line) or line[:1].islower()):
            number = _ordinal(line, 0)
            return at + m.start() + (len(m.group()) - len(m.group().lstrip())) if number in (None, expect) else -1
        seen += 1
        if seen > 2 * EDGE_LINES or len(line) > 80 or line.endswith(":") or _BULLET_LINE.match(line):
            return -1
    return -1


_BULLET_LINE = re.compile(r"(?:[-–•▪■●*·►▸◦\uf0a7\uf0b7\uf0d8\uf076\uf0fc]|\d{1,2}[.)]|[a-z][.)])[ \t]+\S")


# a line of a sub-list's label ("Verwaltung:") that the layout joined to the item before it
_SUB_LABEL = re.compile(r"\n[ \t]*([A-ZÄÖÜ][^\n.:;,]{1,40}):[ \t]*$")

_NUMBER = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[a-z][.)])[ \t]+")


def _bullets_under(text: str, segs: Sequence[Segment], n: int) -> bool:
    """Whether bullets without numbers follow segment ``n``: "4. Zeitplan" over "- Auftakt" is
    the next section's heading, not the fourth entry of a numbered list."""
    return n + 1 < len(segs) and segs[n + 1].kind == "item" and _ordinal(text, segs[n + 1].start) is None


def _ordinal(text: str, at: int) -> int | None:
    """The number of an entry ("2." -> 2, "b)" -> 2), or None."""
    m = _NUMBER.match(text, at)
    if not m:
        return None
    mark = m.group().strip()[:-1]
    return int(mark) if mark.isdigit() else ord(mark) - ord("a") + 1


def _list_item(
    rows: list[MemberRow], text: str, start: int, end: int, label: str | None, res: Resources
) -> Chair | None:
    """One bullet: "Caritas-Zentrum Landau", "Caritas: Frau Müller", "Vertreter/in des Jobcenters",
    "Sozialamt Frau Dr. Harms" (a gap flattened: the institution is the member)."""
    raw = text[start:end]
    marker = CHAIR_MARK.search(raw)
    if marker:
        raw = raw[: marker.start()] + raw[marker.end() :]
    columns = [c for c in re.split(r"[ \t]{2,}|\t", raw.strip()) if c]
    if len(columns) > 1:  # "Sozialamt      Frau Müller": cells set apart by a gap
        lex = nlp.lexicon(res)
        pick = next((c for c in columns if any(lex.mark(w) for w in c.split())), columns[0])
        start, raw = start + raw.index(pick), pick
    elif (row := person_row(raw)) is not None:
        raw = raw[: len(raw) - len(raw.lstrip()) + row.end("org")]
    left = re.match(r"([^:]{3,80}):\s+\S", raw)  # "Caritas: Frau Müller"
    raw = strip_end((left.group(1) if left else raw).strip(' \t,;–-"„“”'))
    shift = 0
    org = organisation_of(raw, res)
    if org is not None:
        shift, raw = org
    nom = enumerations.nominative(raw, res)
    value = re.sub(r"\s+", " ", nom.name)
    if not value:
        return None
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    a = start + lead + shift + nom.offset
    rows.append(MemberRow(a, a + (nom.length or len(raw)) - nom.offset, value, label, bool(marker), "list"))
    return Chair(value, start, end, is_person(value)) if marker else None
