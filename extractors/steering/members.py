"""Members of a steering group, and its chair, from the sentences, lists and tables that speak of it.

Each member carries the reading that found it (``method``):

- ``prose``: a clause that names the group, or goes on speaking of it ("Ihr gehören ...",
  "hinzu kommen ..."), with a membership verb (gehören an, besteht aus, setzt sich zusammen
  aus, sind vertreten, wirken mit, arbeiten mit, nehmen teil, bilden, besetzt). The members are
  what the clause holds besides the group, the verb and the words around them, in any word
  order: "Der Lenkungsgruppe gehören das Sozialamt und der Caritasverband an", "Das Sozialamt
  und der Caritasverband gehören der Lenkungsgruppe an", "Im Steuerungskreis arbeiten seit 2023
  das Sozialamt und das Jobcenter mit". The enumeration is read by :mod:`extractors.german.enumerations`
  and kept only when it is a list of organisations, offices or persons (:mod:`extractors.german.nlp`).
- ``list``: bullets or lines after a sentence that introduces them ("... setzt sich wie folgt
  zusammen:"), or under a heading naming the group; ``item``: lines under a list item that
  starts with the group ("- Begleitgruppe / Einbezug von Kreisrätinnen und Kreisräten").
- ``table``: rows of a members table; the column is the one whose header names institutions
  ("Institution | Vertreter/in" or "Name | Institution").
- ``chair``: the chair, when the text names it and no member is it.

Lists of attendees, signatories, authors or workshop participants are not members (the
``not_members`` words of ``resources/steering.yaml``, where the verbs and cues live too); nor is a
list whose entries are mostly statements ("Dazu gehören folgende Punkte:" / "1. Horte bleiben
bestehen."), nor seats and shares a sentence names without a body ("je zur Hälfte Mitglieder der
Zivilgesellschaft", "Vertreter je Dezernat": ``not_a_body``), nor a phrase whose head is no body
("das im Konzern vorhandene Know-how"), nor a relative clause's words between the group and its
members (", die alle 14 Tage zusammenkommt,"), nor an amount or an account's code (a cost list's lines,
:mod:`.priced`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from extractors.german import nlp
from extractors.resources import Resources
from pipeline.lang.de.closed_class import alternation
from pipeline.lang.de.dates import CLOCK
from pipeline.lang.de.names import ADDRESS, SALUTE, TITLE, is_first_name
from pipeline.structure.prose import Layout

from . import sectors
from .addressed import addressed_lines
from .areas import area_table
from .attendance_marks import mark_table
from .captioned_rows import captioned_rows
from .captions import caption_members
from .changed_rows import changed_rows
from .contacts import contact_entries
from .counted_items import stated_count
from .drawn_boxes import drawn_boxes
from .drawn_tables import drawn_table
from .drawn_trees import drawn_tree
from .flat_ballots import flat_ballot
from .flat_bodies import flat_body_rows
from .flat_bullet_columns import flat_bullet_columns
from .flat_columns import flat_column_table, seat_count, sending_header
from .flat_functions import function_rows
from .flat_role_led import role_first_header, ruled_role_header
from .flat_side_columns import flat_sector_table, flat_side_column_table
from .for_clauses import for_clauses
from .gapped_banks import block_closed, gapped_banks, inverted_banks, labels_apart
from .hyphens import first_verb
from .items import list_item
from .keyed_seats import keyed_seats
from .label_columns import label_columns
from .labelled import labelled_members, labelled_parts
from .lists import list_members
from .marks import next_section
from .name_blocks import NAME_WORD, name_blocks, name_start, person_words
from .name_tiles import name_tiles
from .numbered_for import numbered_after
from .office_over import office_holder
from .offices import offices_held, offices_left_out
from .parts import prepositional_parts
from .person_tables import person_table
from .persons import (
    flat_person_table,
    header_is_name,
    office_then_person,
    one_by_one,
    origin_goes_on,
    person_then_origin,
)
from .priced import priced
from .profiles import profile_rules
from .pronouns import other_gender
from .prose import ABBREVIATION_END, item_lines, prose_members
from .revised import heads_flat_revised, revised_table
from .ruled_headers import ruled_members_header
from .rules import (
    AS_CHAIR,
    VACANT,
    Chair,
    MemberRow,
    MemberRules,
    bare_items,
    enumeration,
    legend_marked,
    line_of,
    member_rules,
    no_body,
    no_member,
    org_items,
    says,
    starred_rows,
)
from .run_in import run_in_members, side_members
from .seat_blocks import seat_members
from .sectors import is_person
from .side_columns import side_column_table
from .signatures import signatures
from .tables import members_header, stacked_table

__all__ = ["Chair", "MemberRow", "find_members"]


def find_members(
    layout: Layout,
    units: list[int],
    mention_at: dict[int, list[tuple[int, int]]],
    taken: list[int],
    chair: Chair | None,
    res: Resources,
) -> tuple[list[MemberRow], Chair | None, int | None, dict[str, int]]:
    """Members of a group from the units that speak of it (``mention_at``: unit -> the
    spans of the group's name in it; ``taken``: starts of every group mention), the
    chair, which may come from a "(Vorsitz)" in a list, the size a members table's total
    row states and the seats per sector a seat table's rows give ("Verwaltung | 4")."""
    rules = member_rules(res)
    text = layout.flat.text
    rows: list[MemberRow] = []
    totals: list[int] = []
    seats: dict[str, int] = {}
    _sentence_members(rows, layout, units, mention_at, taken, rules, res)
    starred_rows(rows, text)  # "Anna Beispiel (Amt X)*, …" / "* Vorsitz"
    chair = _marked_chair(rows) or chair
    walked: set[int] = set()  # segments a list's walk has read: a sub-list's label leads in no list of its own
    led: set[int] = set()  # tables read as led in by the paragraph right above them
    celled: set[int] = set()  # the starts of the persons a table's cells gave (a colon on their line is another cell's)

    def walk(seg_no: int, colon: bool, within: int | None = None) -> Chair | None:
        read = len(rows)
        found = list_members(rows, layout, seg_no, taken, rules, res, colon, totals, within, seats, walked)
        if _sentences(rows[read:], text, rules):  # a list of points, not of members
            del rows[read:]
            return None
        section = next_section(text, layout.segs[seg_no].start if seg_no < len(layout.segs) else len(text))
        rows[read:] = [r for r in rows[read:] if r.start < section]
        return found

    def counted_walk(seg_no: int) -> tuple[Chair | None] | None:
        """The items under a paragraph stating the group's count, when as many (:mod:`.counted_items`)."""
        count = stated_count(layout, seg_no, res)
        if count is None:
            return None
        read, before = len(rows), set(walked)
        found = walk(seg_no + 1, True)
        if len(rows) - read == count:
            return (found,)
        del rows[read:]
        walked.intersection_update(before)
        return None

    for u in units:
        unit = layout.units[u]
        if unit.seg in walked:
            continue
        seg = layout.segs[unit.seg]
        sentence = text[unit.start : unit.end].rstrip()
        # a table set one cell a line: under the lead-in's segment, or inside its sentence (the
        # export's lines with no full stop among them: "besetzt:" / "Institution" / "Vertretung" / …)
        inside = _lead_in_line(text, unit.start, min(unit.end, seg.end), rules)
        if inside is not None and mention_at.get(u) and all(_in_entry(text, inside, a) for a, _ in mention_at[u]):
            # the group named only inside an entry of the rows under the lead-in, its sentence running on over
            # them where an export lost the blank line ("Die Besetzung:" / … / "Klaus Beispiel, Arbeitskreis
            # Asyl"): a member's body, the rows another group's
            continue
        headed_items = _heading_over_items(layout, unit.seg, unit.start, unit.end) if inside is None else None
        if headed_items is not None:  # "besteht aus:" / "Kreisverwaltung" / "– …": the lead-in up to its colon
            sentence = sentence[: headed_items - unit.start]
        intro = (
            (sentence.endswith(":") or _runs_into_items(layout, unit.seg, sentence, rules))
            and unit.end >= seg.end - 1
            and (_leads_in(sentence, rules) or bool(rules.provided_lead_in.fullmatch(sentence.strip())))
        )
        # where a chart drawn under the lead-in would start: right under it, or where an export lost the blank
        # line between them, the paragraph running on over the chart's lines ("wie folgt aufgebaut:" / "┌──┐")
        charted = unit.end if intro else inside
        # a members table right under the group's paragraph, its header naming the members' column, is
        # led in by the paragraph, no colon needed ("… tagt vierteljährlich." / "Mitglied | Funktion")
        headed = _header_at(layout, unit.seg, unit.start, rules) if not intro and inside is None else None
        if headed in led:
            headed = None
        elif headed is not None:
            led.add(headed)
        below = layout.segs[unit.seg + 1].start if intro and unit.seg + 1 < len(layout.segs) else None
        at_cells = inside if inside is not None else below if below is not None else headed
        lead_end = unit.end if intro else inside if inside is not None else headed
        addressed = addressed_lines(text, lead_end, len(text)) if lead_end is not None else []
        persons_table = (
            person_table(text, lead_end, rules, res)
            or label_columns(text, lead_end, res)
            or numbered_after(text, lead_end)
            or drawn_table(text, lead_end, rules, res)
            or drawn_boxes(text, lead_end, res)
            or side_column_table(text, lead_end, res)
            or flat_side_column_table(text, lead_end, res)
            or flat_bullet_columns(text, lead_end, res)
            or flat_sector_table(text, lead_end, res)
            if lead_end is not None
            else None
        )
        if persons_table is not None and any(
            min(unit.end, lead_end or unit.end) <= a < persons_table[2] and not _boxed_title(text, a, persons_table[0])
            for a, _ in mention_at.get(u, [])
        ):  # the group named inside the table's rows (its sentence running on over them where an export
            persons_table = None  # lost the blank lines): a member's body, not the table's group
        if persons_table is not None and lead_end is not None:  # "Bank | Mitglied | Stellvertretung"
            rows[:] = [r for r in rows if not lead_end <= r.start < persons_table[2]] + persons_table[0]
            celled.update(r.start for r in persons_table[0])
            chair = persons_table[1] or chair
            walked.update(n for n, sg in enumerate(layout.segs) if unit.end <= sg.start < persons_table[2])
            if not totals and (numbered := seat_count(text, lead_end, persons_table[2], rules)) is not None:
                totals.append(numbered)  # "Sitz | entsandt durch | Mitglied" over rows 1, 2, …: the seats
        elif lead_end is None and (
            sided := (
                side_column_table(text, unit.end, res)
                or captioned_rows(text, unit.end, res)  # "Geborene Mitglieder" / "Anna Beispiel   Beigeordnete"
                or name_tiles(text, unit.end, res)  # portraits' captions side by side: "Anna Beispiel   Ole Lind"
                or drawn_table(text, unit.end, rules, res)
                or keyed_seats(text, unit.end, rules, res)  # a seat's heading over "Mitglied: …" / "Vertretung: …"
                if unit.end >= seg.end - 1
                else None
            )
            or (flat_sector_table(text, unit.end, res) if text.startswith("\n", unit.end) else None)
        ):
            # columns by sector right under the group's paragraph, no colon needed ("Politik | Verwaltung");
            # flattened, the paragraph's segment runs on over them
            rows[:] = [r for r in rows if not unit.end <= r.start < sided[2]] + sided[0]
            celled.update(r.start for r in sided[0])
            chair = sided[1] or chair
            walked.update(n for n, sg in enumerate(layout.segs) if unit.end <= sg.start < sided[2])
        elif (lead_end is not None or unit.end >= seg.end - 1 or heads_flat_revised(text, unit.end, res)) and (
            revised := revised_table(text, unit.end if lead_end is None else lead_end, res)
        ) is not None:
            # "Bisherige Besetzung | Neue Besetzung": the new composition, an unchanged seat's former holder
            rows[:] = [r for r in rows if not unit.end <= r.start < revised[2]] + revised[0]
            celled.update(r.start for r in revised[0])
            chair = revised[1] or chair
            walked.update(n for n, sg in enumerate(layout.segs) if unit.end <= sg.start < revised[2])
        elif lead_end is not None and (seated := seat_members(text, lead_end, res)) is not None:
            # "Sitz 1   Amt für Soziales – Dr. Anna Beispiel": who holds each numbered seat
            rows[:] = [r for r in rows if not lead_end <= r.start < seated[2]] + seated[0]
            chair = seated[1] or chair
            walked.update(n for n, sg in enumerate(layout.segs) if unit.end <= sg.start < seated[2])
        elif lead_end is not None and (changed := changed_rows(text, lead_end, res)) is not None:
            # "4  ► Stadträtin Lea Brandt" / "– für Stadtrat Ole Muster, …": the new composition, no former holder
            rows[:] = [r for r in rows if not lead_end <= r.start < changed[2]] + changed[0]
            chair = changed[1] or chair
            walked.update(n for n, sg in enumerate(layout.segs) if unit.end <= sg.start < changed[2])
        elif addressed:  # "Frau Anna Beispiel, Jobcenter" a line: the persons, their offices the labels
            rows[:] = [r for r in rows if not addressed[0][0] <= r.start < addressed[-1][1]]  # no enumeration
            for a, b in addressed:
                chair = list_item(rows, text, a, b, None, res) or chair
            walked.update(n for n, sg in enumerate(layout.segs) if unit.end <= sg.start < addressed[-1][1])
        elif lead_end is not None and (parted := _parted(layout, unit.seg, lead_end, unit.end, inside, res)):
            # "aus dem Rat: Frau A und Herr B, aus der Verwaltung: …": the persons, the parts their labels
            rows[:] = [r for r in rows if not lead_end <= r.start < parted[-1].end] + parted
            chair = next((Chair(r.value, r.start, r.end, True) for r in parted if r.is_chair), chair)
            walked.update(n for n, sg in enumerate(layout.segs) if unit.end <= sg.start < parted[-1].end)
        elif lead_end is not None and (
            persons := flat_person_table(text, lead_end, len(text), lambda line: _person_header(line, rules))
        ):
            rows[:] = [r for r in rows if not lead_end <= r.start < persons[1]]  # read by other rules before
            for (a, b, name), rest, chairs in persons[0]:  # "Name Institution Funktion" flattened, a person a row
                rows.append(MemberRow(a, b, name, rest, chairs, "table"))
                chair = Chair(name, a, b, True) if chairs else chair
            walked.update(n for n, sg in enumerate(layout.segs) if unit.end <= sg.start < persons[1])
        elif (
            lead_end is not None
            and (bodies := flat_body_rows(text, lead_end, len(text), rules, res, totals)) is not None
        ):
            rows[:] = [r for r in rows if not lead_end <= r.start < bodies[1]]  # read by other rules before
            for (a, b, name), body, chairs in bodies[0]:  # "Amt für Soziales Dr. Lea Brandt" flattened: the person
                rows.append(MemberRow(a, b, name, body, chairs, "table"))
                chair = Chair(name, a, b, True) if chairs else chair
            walked.update(n for n, sg in enumerate(layout.segs) if unit.end <= sg.start < bodies[1])
        elif lead_end is not None and (functions := function_rows(text, lead_end, res)) is not None:
            rows[:] = [r for r in rows if not lead_end <= r.start < functions[2]] + functions[0]
            chair = functions[1] or chair  # "Institution vertreten durch" flattened, each row's function last
            walked.update(n for n, sg in enumerate(layout.segs) if unit.end <= sg.start < functions[2])
        elif at_cells is not None and (flat := flat_column_table(rows, text, at_cells, rules, res, totals))[0]:
            chair = flat[1] or chair  # a table whose gaps the text layer flattened ("Funktion Name")
        elif at_cells is not None and (stacked := stacked_table(rows, text, at_cells, rules, res))[0]:
            chair = stacked[1] or chair
        elif at_cells is not None and (areas := area_table(rows, text, at_cells, rules, res))[0]:
            chair = areas[1] or chair  # a table by area set one cell a line
        elif (banked := below if below is not None else inside) is not None and (
            inverted := inverted_banks(rows, text, banked) or _whole_banks(rows, text, banked, res)
        ) is not None:
            # "Stadtrat   Berg, Anna (SPD); Weber, Jonas (CDU)": persons surname first by part of the group;
            # "Verwaltung   Fachbereichsleiter A" / "   Integrationsbeauftragte B": persons by part, a gap between
            chair = inverted[1] or chair
            walked.update(n for n, sg in enumerate(layout.segs) if unit.end <= sg.start < inverted[0])
            if rules.seats_filled.search(sentence):  # "Für die Sitze wurden benannt:": the seats' words before
                rows[:] = [r for r in rows if r.start >= unit.start or r.method != "prose" or is_person(r.value)]
        elif charted is not None and (tree := drawn_tree(rows, text, charted, res)) is not None:
            chair = tree[1] or chair  # an organisation chart: a box with the chair over a tree of branches
            walked.update(n for n, sg in enumerate(layout.segs) if unit.end <= sg.start < tree[0])
        elif intro and (directory := contact_entries(text, unit.end)) is not None:
            rows.extend(directory[0])  # a contact directory: each person over a line of e-mail and phone
            chair = directory[2] or chair
            walked.update(n for n, sg in enumerate(layout.segs) if unit.end <= sg.start < directory[1])
        elif intro and (ballot := flat_ballot(text, unit.end, res)) is not None:
            rows.extend(ballot[0])  # rows flattened with a list's places ("Liste A 1. B 2. C"); none if not read
            chair = ballot[2] or chair
            walked.update(n for n, sg in enumerate(layout.segs) if unit.end <= sg.start < ballot[1])
        elif intro and (blocks := name_blocks(text, unit.end, len(text))):
            rows.extend(blocks)  # a name over its office, block by block
            walked.update(n for n, sg in enumerate(layout.segs) if unit.end <= sg.start < blocks[-1].end)
        elif (sentence.endswith(":") or unit.end >= seg.end - 1) and (marked := mark_table(text, unit.end, res)):
            rows.extend(marked[0])  # an overview of the group's meetings: a person a row, a mark a meeting
            chair = marked[1] or chair
            walked.update(n for n, sg in enumerate(layout.segs) if unit.end <= sg.start < marked[2])
        elif unit.end >= seg.end - 1 and (counted := counted_walk(unit.seg)) is not None:
            chair = counted[0] or chair  # "Sie besteht aus zehn Mitgliedern. Den Vorsitz führt …" over ten items
        elif intro or (seg.kind == "heading" and u in mention_at and not _contents_line(layout, unit.seg)):
            chair = walk(unit.seg + 1, intro) or chair
        elif headed is not None and headed >= seg.end:  # the table a segment of its own
            chair = walk(unit.seg + 1, False) or chair

        elif (at := inside if inside is not None else headed) is not None:
            # an export that lost the blank line after the lead-in ("Ihm gehören an:" / "Institution
            # Vertreter/in" / rows): the table's rows in the rest of the lead-in's paragraph
            read = len(rows)
            if all(rules.headers.match(w) for w in text[at : seg.end].split()):  # a header alone, rows below
                chair = walk(unit.seg + 1, True) or chair
            else:
                chair = walk(unit.seg, True, at) or chair
            if len(rows) == read and inside is not None and (found := labelled_members(rows, text, at, rules, res)):
                # labelled lines with prose right below them, the paragraph running on over both ("… künftig:" /
                # "Amt 50 – Abteilung Integration: Anja Pfister" / … / "Ohne Stimmrecht nehmen …"): the block alone
                chair = found[1] or chair
            if len(rows) > read:  # the sentence's words over the table's rows are no enumeration
                end = max(r.end for r in rows[read:])
                rows[:read] = [r for r in rows[:read] if not at <= r.start < end]
        elif (
            unit.seg not in walked
            and (under := _under(layout, unit.seg, unit.end)) is not None
            and (banks := gapped_banks(rows, text, under, res)) is not None
        ):
            # rows of a label and its persons right under the group's paragraph ("Kreistag   A, B, C"),
            # or under its sentence where an export set no blank line between them
            chair = banks[1] or chair
            walked.update(n for n, sg in enumerate(layout.segs) if unit.end <= sg.start < banks[0])
        elif (at := _labels_after(text, unit.end, seg.end, res)) is not None and (
            found := labelled_members(rows, text, at, rules, res)
        ):
            # the labelled lines in the paragraph's last lines, no blank line before them (an export's)
            chair = found[1] or chair
        elif unit.end >= seg.end - 1 and _labels_below(layout, unit.seg, res):
            # labelled parts right under the group's paragraph, no colon needed ("… in drei Bänken." /
            # "Bank Politik:" / "  A (SPD), B (CDU)" / "Bank Verwaltung:" / …)
            chair = walk(unit.seg + 1, True) or chair
    if any(rules.signed_members.search(text, layout.units[u].start, layout.units[u].end) for u in units) and (
        signed := signatures(text, {text[a:b].split()[0].casefold() for spans in mention_at.values() for a, b in spans})
    ):
        rows[:] = signed  # "Die neun Unterzeichnenden bilden die Lenkungsgruppe": the declaration's signatures
    if rows:  # a legend right above or under the members ("(V) = Vorsitz"), within the section they stand in
        first, last = min(r.start for r in rows), max(r.end for r in rows)
        legend_marked(rows, text, (max(0, first - _LEGEND_REACH), min(len(text), last + _LEGEND_REACH)))
    chair = chair or _marked_chair(rows)
    rows = [r for r in _appositions(rows, text) if r.start in celled or not _label_line(text, r)]
    kept = [r for r in rows if not no_member(r, text, rules) and not no_body(r, rules, res) and not priced(r.value)]
    lex = nlp.lexicon(res)
    chair = office_holder(kept, chair, text)  # "Den Vorsitz führt die Erste Stadträtin." over her row's name
    as_persons = [
        _person_of(p, text, res) for r in _with_chair(kept, chair, res) for p in one_by_one(r, text, _office(lex))
    ]
    members = offices_left_out(
        origin_goes_on(as_persons, text, lambda w: lex.mark(w) is not None),
        text,
        _office(lex),
        chair,
    )
    members = offices_held(_office_holder(members, chair, text))
    return members, _person_chairing(members, chair), totals[0] if totals else None, seats


_LEGEND_REACH = 600  # characters before the first member and after the last a legend of their marks may stand at

# a line of a sub-heading: a few capitalised words, no stop ("Kreisverwaltung", "Freie Träger und Vereine")
_HEADING_LINE = re.compile(r"[ \t]*\n[ \t]*[A-ZÄÖÜ][^\W\d]*(?:[ \t]+[^\W\d][\w-]*){0,4}[ \t]*\n?")


def _in_entry(text: str, rows: int, at: int) -> bool:
    """Whether a mention at ``at`` stands in the rows from ``rows`` on after a word of its line ("Klaus Beispiel,
    Arbeitskreis Asyl"): inside an entry, not a title over them ("│ Steuerungsgruppe Integration │")."""
    return at >= rows and re.search(r"\w", text[text.rfind("\n", 0, at) + 1 : at]) is not None


def _heading_over_items(layout: Layout, seg_no: int, start: int, end: int) -> int | None:
    """Where a lead-in's colon ends it when its segment goes on with one line of a sub-heading only, the
    list's items right under it (an export that lost the blank line: "besteht aus:" / "Kreisverwaltung" /
    "– …"); else None."""
    seg, text = layout.segs[seg_no], layout.flat.text
    colon = text.rfind(":", start, end)
    if colon < 0 or end < seg.end - 1 or seg_no + 1 >= len(layout.segs) or layout.segs[seg_no + 1].kind != "item":
        return None
    return colon + 1 if _HEADING_LINE.fullmatch(text.rstrip(), colon + 1, min(seg.end, len(text.rstrip()))) else None


def _person_chairing(members: list[MemberRow], chair: Chair | None) -> Chair | None:
    """The chair as the person its member names where the chair names an office and then that person
    ("Frau Bürgermeisterin Anna Beispiel": Anna Beispiel, the office hers; "Erste Kreisrätin Anna
    Beispiel, Kreis Nord", "Anna Beispiel, Integrationsbeauftragte": the body or office after a comma),
    else ``chair``."""
    if chair is None:
        return None
    for m in members:
        named = chair.value.endswith(" " + m.value) or f" {m.value}," in f" {chair.value}"
        named = named or chair.value.startswith(f"{m.value} (")  # "Anna Beispiel (Erste Stadträtin)"
        if m.is_chair and m.value != chair.value and named:
            return Chair(m.value, m.start, m.end, True, chair.office or m.label)
        if m.is_chair and not chair.person and _office_label(m) == chair.value and name_start(m.value) == 0:
            return Chair(m.value, m.start, m.end, True, chair.value)  # "Den Vorsitz führt die Amtsdirektorin."
    return chair


def _office_label(row: MemberRow) -> str:
    """The office a member's label opens with, up to a comma or bracket ("Bürgermeister, Stv.: …")."""
    return re.split(r"[,(]", row.label or "")[0].strip()


def _parted(
    layout: Layout, seg_no: int, lead_end: int, unit_end: int, inside: int | None, res: Resources
) -> list[MemberRow]:
    """The members of a lead-in's prepositional parts (:mod:`.parts`): in the rest of the lead-in's
    sentence, or in the segment under it."""
    if inside is not None:
        end = unit_end
    elif seg_no + 1 < len(layout.segs) and lead_end <= layout.segs[seg_no + 1].start:
        end = layout.segs[seg_no + 1].end
    else:
        return []
    read: list[MemberRow] = []
    return read if prepositional_parts(read, layout.flat.text, lead_end, end, res) is not None else []


def _boxed_title(text: str, at: int, rows: list[MemberRow]) -> bool:
    """Whether the mention at ``at`` is the title of a drawn box above the table's rows ("│ Steuerungsgruppe X │"
    over the boxes of its parts), the group's own, not a member's body."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return line.lstrip().startswith("│") and all(at < r.start for r in rows)


def _header_at(layout: Layout, seg_no: int, start: int, rules: MemberRules) -> int | None:
    """Where a members table's header (:func:`members_header`) stands right under a paragraph from
    ``start`` on: on a line of the paragraph after one that ends a sentence (an export that lost the
    blank line between them), or opening the segment after it; else None."""
    seg, text = layout.segs[seg_no], layout.flat.text
    if seg.kind not in ("para", "heading"):
        return None
    for m in re.finditer(r"[.:][ \t]*\n", text[start : seg.end]):
        at = start + m.end()
        end = text.find("\n", at, seg.end)
        if members_header(text[at : end if end >= 0 else seg.end], rules):
            return at
    if seg_no + 1 >= len(layout.segs):
        return None
    below = layout.segs[seg_no + 1]
    headed = members_header(text[below.start : below.end].split("\n", 1)[0], rules)
    ruled = ruled_members_header(text, below.start, rules) or ruled_role_header(text, below.start, rules)
    return below.start if headed or ruled else None


def _under(layout: Layout, seg_no: int, end: int) -> int | None:
    """Where the lines right under a sentence ending at ``end`` start: the next segment's start where
    it ends its segment, the next line's where it ends a line inside it; None where it ends inside a line."""
    seg = layout.segs[seg_no]
    if end >= seg.end - 1:
        return layout.segs[seg_no + 1].start if seg_no + 1 < len(layout.segs) else None
    text = layout.flat.text
    brk = text.find("\n", end, seg.end)
    return brk + 1 if brk >= 0 and not text[end:brk].strip() else None


def _person_header(line: str, rules: MemberRules) -> bool:
    """Whether a flattened line is the header of a table of persons: column words, one of a name's or
    a member's column ("Name Institution Funktion", "Bank Mitglied entsendet durch"); not one whose rows
    open with their roles ("Funktion Name Institution": :func:`.flat_role_led.role_first_rows` reads them)."""
    words = line.split()
    named = any(header_is_name(w) or rules.member_header.fullmatch(w) for w in words)
    headed = named and (all(rules.headers.match(w) for w in words) or members_header(line, rules))
    return headed and not role_first_header(line, rules) and not sending_header(line, rules)


def _labels_after(text: str, end: int, seg_end: int, res: Resources) -> int | None:
    """Where a block of labelled lines with the chair's or the members' label opens on the line right
    after a sentence ending at ``end`` inside its segment ("… gibt eine Empfehlung ab." / "Vorsitz: A
    (Amt X)" / "Mitglieder: …"), else None."""
    line = re.compile(r"[ \t]*\n").match(text, end, seg_end)
    if line is None or not text[:end].rstrip().endswith("."):
        return None
    return line.end() if _chair_labels(text, line.end(), res) else None


def _chair_labels(text: str, start: int, res: Resources) -> bool:
    """Whether a block of labelled lines opens at ``start`` with a label among them the chair's or the
    members' ("Vorsitz: …", "Mitglieder: …")."""
    parts = labelled_parts(text, start)
    sheet = profile_rules(res)
    return parts is not None and any(
        sheet.chair.match(f"{label}: x") or sheet.members.match(f"{label}: x") for label, _, _ in parts
    )


def _labels_below(layout: Layout, seg_no: int, res: Resources) -> bool:
    """Whether the segment after a paragraph opens a block of two labelled parts or more, the first
    label alone on its line over its value ("Bank Politik:" / "  A (SPD), B (CDU)"), or a label among
    them the chair's or the members' ("Vorsitz: Anna Beispiel (Amt X)" / "Mitglieder: …")."""
    if layout.segs[seg_no].kind != "para" or seg_no + 1 >= len(layout.segs):
        return False
    text, start = layout.flat.text, layout.segs[seg_no + 1].start
    parts = labelled_parts(text, start)
    if parts is None:
        return False
    if _chair_labels(text, start, res):
        return True
    return text[start : parts[0][1]].rstrip().endswith(":") and "\n" in text[start : parts[0][1]]


def _label_line(text: str, row: MemberRow) -> bool:
    """Whether an entry is a sub-list's label, its line ending in a colon ("Wohlfahrtsverbände:" over
    its items): the label says what the items are, it is none of them."""
    end = text.find("\n", row.end)
    rest = re.split(r"[ \t]{3,}|\t", text[row.end : len(text) if end < 0 else end])[0]  # its own column's
    # (not an item followed on its line by the next one's label: "A; SPD: Stadträtin B; FDP:", nor by a bracket
    # whose label the line ends with: "Herr B (Stellvertretung:" / "Frau C).")
    line = text[row.start : row.end + len(rest)]
    return (
        line.rstrip().endswith(":")
        and ";" not in rest
        and line.count("(") <= line.count(")")
        and not _NEXT_PART.search(rest)  # "…, Fraktion X – Verwaltung (2):": the next run-in part's label
    )


# a dash and the counted label of the next part of a run-in paragraph closing a line ("– Verwaltung (2):")
_NEXT_PART = re.compile(r"[ \t][–—][ \t]+[A-ZÄÖÜ][^:\n]{0,60}\(\d{1,2}(?:[ \t]+\w+)?\)[ \t]*:[ \t]*$")


# a comma, maybe after the rest of a name in quotes the member's value lost ("„Lahr hilft“,") and
# before a salutation ("…, Frau Anna Beispiel")
_APPOSITION_GAP = re.compile(r"(?:[ \t\n]+[^\s,„“”\"]+[“”\"])?[ \t]*,[ \t\n]*(?:(?:Herrn?|Frau)[ \t\n]+)?")


def _appositions(rows: list[MemberRow], text: str) -> list[MemberRow]:
    """A person named right after the office they hold, set off by a comma ("die Leiterin des
    Sozialamts, Anna Beispiel, …"): one member, the person, of the office's sector; also where the
    office's last word after "und" was read as a member of its own ("die Sachgebietsleiterin Jugend
    und Sport, Frau Anna Beispiel")."""
    out: list[MemberRow] = []
    for row in sorted(rows, key=lambda r: r.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and row.method == prev.method == "prose"
            and _APPOSITION_GAP.fullmatch(text, prev.end, row.start)
            and _bare_person(row.value)
            and not any(is_first_name(w) for w in prev.value.split())
        ):
            label = prev.value
            if len(out) > 1 and _JOINED.fullmatch(text, out[-2].end, prev.start) and len(prev.value.split()) == 1:
                # "die Sachgebietsleiterin Jugend und Sport, Frau Anna Beispiel": the office's two words
                # parted by "und" were read as two members; the person holds one office
                first = out.pop(-2)
                label = f"{first.value} {text[first.end : prev.start].strip()} {prev.value}"
            out[-1] = replace(row, label=label)
            continue
        out.append(row)
    return out


# a conjunction alone between two members, no article after it: the two words of one name ("Jugend und Sport")
_JOINED = re.compile(rf"[ \t\n]+(?:{alternation('conjunctions')})[ \t\n]+")


def _person_of(row: MemberRow, text: str, res: Resources) -> MemberRow:
    """A member naming an office and then the person holding it ("der Amtsdirektor Herr Marco Fiedler",
    "Bürgermeisterin Anke Lorenzen, Amt Nord"), or a person and then where they come from ("Stadträtin
    Ida Roth (SPD)", "Frau Ida Roth vom Jobcenter"): the person, the office or origin its label."""
    is_office = _office(nlp.lexicon(res))
    # (the salutation before an entry's office: "Frau Pfarrerin Ida Roth für den Runden Tisch"; before a table
    # cell's, "Frau Stv. Eva Roth", also where the cell wraps the name under the office, "Herr Erster Stadtrat" /
    # "Jens Beispiel", the row's span its first line only)
    before = text[max(0, row.start - len("Herrn ")) : row.start]
    saluted = before + text[row.start : row.end]
    source = text[row.start : row.end] if row.method != "table" else saluted
    if row.method == "table" and row.value.split()[-1] not in saluted:
        source = before + row.value
    split = office_then_person(row.value, source, is_office)
    split = split or _person_then_body(row.value) or person_then_origin(row.value, saluted, is_office)
    if split is None:
        return row
    office, person = split
    at = re.search(r"\s+".join(map(re.escape, person.split())), text[row.start : row.end])
    start, end = (row.start + at.start(), row.start + at.end()) if at else (row.start, row.end)
    # the body or office the entry names itself tells the sector before the heading it stands under
    own = office and sectors.classify(office, res) != sectors.sector_rules(res).fallback
    return replace(row, start=start, end=end, value=person, label=office if own else row.label or office)


def _office(lex: nlp.Lexicon) -> Callable[[str], bool]:
    """Whether a word names an office, as the lexicon tells."""
    return lambda w: (h := lex.head(w)) is not None and h.label == "OFFICE"


def _person_then_body(value: str) -> tuple[str, str] | None:
    """The office and body, and the person, when a member names a person by the name alone, maybe after
    up to two words of an office, and then, after a comma, the body they come from ("Jonas Weber,
    Sportbund Nord", "Ortsvorsteherin Ida Lorenzen, Ortschaft Au"): the person is the member, the office
    and body tell the sector; not a person addressed ("Frau Lea Brandt, Caritas": the contact of a
    member body).

    >>> _person_then_body("Jonas Weber, Sportbund Nord"), _person_then_body("Frau Lea Brandt, Caritas")
    (('Sportbund Nord', 'Jonas Weber'), None)
    >>> _person_then_body("Ortsvorsteherin Ida Lorenzen, Ortschaft Au")
    ('Ortsvorsteherin, Ortschaft Au', 'Ida Lorenzen')
    """
    named, comma, body = value.partition(",")
    at = name_start(named.strip()) if comma and body.strip() else None
    if at is None or _ADDRESSED_AT.search(named):
        return None
    office = named.strip()[:at].strip()
    return ", ".join(p for p in (office, body.strip()) if p), named.strip()[at:]


_ADDRESSED_AT = re.compile(rf"\b{ADDRESS}\s")


def _bare_person(value: str) -> bool:
    """Whether a member is a person's name alone: a given name and one or two more capitalised words,
    academic titles before them.

    >>> _bare_person("Dr. Anna Beispiel"), _bare_person("Leitung des Sozialamts"), _bare_person("Volkshochschule")
    (True, False, False)
    """
    words = re.sub(rf"^(?:{TITLE}[ \t\n]*)+", "", value).split()
    return person_words(words) and NAME_WORD.fullmatch(words[0]) is not None


_PAGE_NUMBER_END = re.compile(r"[^\W\d][\"“”)]?[ \t]+\d{1,3}[ \t]*$")


def _sentences(read: list[MemberRow], text: str, rules: MemberRules) -> bool:
    """Whether the entries a list's walk read are mostly sentences, no names: the list a lead-in
    like "Dazu gehören folgende Punkte:" opens lists statements ("Horte bleiben bestehen."), and
    what else it holds is no member either (a running head read as a row, a phrase)."""
    return len(read) >= 2 and 2 * sum(no_member(r, text, rules) or _said(r, text, rules) for r in read) > len(read)


def _said(row: MemberRow, text: str, rules: MemberRules) -> bool:
    """Whether the line an entry stands in holds a finite verb ("1. Die Angebote werden ausgebaut.",
    read as "Angebote")."""
    start, end = line_of(text, row)
    return says(text[start:end], rules)


def _contents_line(layout: Layout, seg_no: int) -> bool:
    """Whether a heading is a line of a table of contents: it and the line after it end in a page
    number ("3. Ämterübergreifende Arbeitsgruppe 7" / "4. Lösungsansätze 8")."""
    text = layout.flat.text
    seg = layout.segs[seg_no]
    if not _PAGE_NUMBER_END.search(text[seg.start : seg.end].rstrip()):
        return False
    if seg_no + 1 >= len(layout.segs):
        return False
    nxt = layout.segs[seg_no + 1]
    first = text[nxt.start : nxt.end].strip().split("\n", 1)[0]
    return bool(_PAGE_NUMBER_END.search(first.rstrip()))


def _stop_at(text: str, end: int) -> int:
    """Where a sentence's words end, its closing full stop and spaces left out."""
    while end > 0 and text[end - 1] in " \t\n.":
        end -= 1
    return end


def _sentence_members(
    rows: list[MemberRow],
    layout: Layout,
    units: list[int],
    mention_at: dict[int, list[tuple[int, int]]],
    taken: list[int],
    rules: MemberRules,
    res: Resources,
) -> None:
    """Members named in the sentences that speak of the group or go on from one: in prose, after
    the group's name and a colon, in the lines of its item, in brackets and after "mit"."""
    text = layout.flat.text
    first = min((a, b) for found in mention_at.values() for a, b in found) if mention_at else (0, 0)
    name = text[first[0] : first[1]]  # the group's name as first named: its head noun's gender for a pronoun
    for u in units:
        unit = layout.units[u]
        spans = mention_at.get(u, [])
        opening = _opening(text, unit.start, unit.end)
        follows = (
            not spans and bool(rules.continuation.match(text, opening)) and not other_gender(text, opening, name, res)
        )
        if follows and side_members(rows, text, opening, unit.end, rules):
            continue  # "Für die Wohlfahrtspflege arbeitet Frau X mit, …": the persons after the verb
        if (spans or follows) and run_in_members(rows, text, unit.start, unit.end, rules, res):
            continue  # "Sie besteht aus: dem A, der …; dem B; …": its items, parted by semicolons
        if spans or follows:
            prose_members(rows, text, unit.start, unit.end, spans, taken, rules, res)
        elif (led_at := _verb_colon(text, opening, unit.end, rules)) is not None:
            # "Ohne feste Benennung wirken darin mit: das Schulamt, die Agentur für Arbeit und …"
            stop = ABBREVIATION_END.search(text, led_at, unit.end)
            read = len(rows)
            if persons := for_clauses(text, led_at, _stop_at(text, unit.end)):
                rows.extend(persons)  # "für die Abteilung 500 Frau A (Stellvertretung: …), für …": the persons
                continue
            enumeration(rows, text, led_at, stop.start() if stop else unit.end, rules, res, "list")
            rows[read:] = _bare_parts_joined(rows[read:], text)
        for a, b in spans:
            # "Steuerungsgruppe: ...", "In der Steuerungsrunde wirken mit: ...", "Dem Beirat gehören an: ..."
            colon = re.match(
                r"[ \t]*(?:\([^)]*\))?(?P<verb>(?:[ \t]+[a-zäöüß]+){0,4})[ \t]*:[ \t]*(?=\S)", text[b : unit.end]
            )
            if colon and colon.group("verb") and not rules.list_cue.search(colon.group("verb")):
                colon = None
            if colon and not rules.not_members.search(text, unit.start, unit.end):
                # the list ends where a legal form's full stop ends the sentence ("… Mosaik e. V. Die …")
                stop = ABBREVIATION_END.search(text, b + colon.end(), unit.end)
                enumeration(rows, text, b + colon.end(), stop.start() if stop else unit.end, rules, res, "list")
            if caption_members(rows, text, b, rules, res):
                continue  # "Die Lenkungsgruppe bei ihrer Sitzung, v. l. n. r.: A (X), B (Y) und C (Z)"
            item_lines(rows, layout, unit.seg, a, rules, res)
            parenthesis(rows, text, b, unit.end, res)
            dashed(rows, text, b, unit.end, rules, res)
            with_members(rows, text, b, unit.end, rules, res)


_RULED = re.compile(r"[ \t]*[_\-=–—]{8,}[ \t]*\n")
_HEAD_NUMBER = re.compile(r"[ \t]+[-–—][ \t]*\d{1,3}(?:[ \t]*[-–—])?[ \t\n]+(?=[A-ZÄÖÜ])")  # "… 12/2026 - 2 -"
_BLANK = re.compile(r"\n[ \t]*\n\s*|\f\s*")  # a blank line or a page break
# a running head naming the paper's number run on into the sentence on its line, no ruled line above it
# ("Stadt X · Vorlage 12/2026 - 2 Aus der …")
_HEAD_RUN_IN = re.compile(r"[^\n]*?\d/\d{2,4}" + _HEAD_NUMBER.pattern)


def _opening(text: str, start: int, end: int) -> int:
    """Where a sentence opens after the page furniture the view kept before it: a ruled line of the
    page's head and what follows it up to the sentence's last blank line or page break ("____" /
    "Stadt X · Vorlage 12/2026 - 2 -" / "" / "Aus der …"), or to the head's page number where the
    sentence runs on from it ("… 12/2026 - 2 Aus der …"), also without a ruled line above; else at its start."""
    if not _RULED.match(text, start, end):
        head = _HEAD_RUN_IN.match(text, start, end)
        return head.end() if head else start
    blanks = list(_BLANK.finditer(text, start, end))
    if blanks:
        return blanks[-1].end()
    number = _HEAD_NUMBER.search(text, start, end)  # the head's page number run on into the sentence
    return number.end() if number else start


# a sentence's words up to its colon, the list running on after it; no stop nor semicolon before it, on up
# to four lines (a PDF's text wraps them)
_LEAD_COLON = re.compile(r"[^:.;\n]{3,120}(?:\n[^:.;\n]{1,120}){0,3}:[ \t\n]+(?=\S)")


def _verb_colon(text: str, start: int, end: int, rules: MemberRules) -> int | None:
    """Where the list starts when a sentence that goes on from a group's leads in its members with a
    verb of membership and a colon, no group named ("Ohne feste Benennung wirken darin mit: …"); else
    None."""
    lead = _LEAD_COLON.match(text, start, end)
    if lead is None or not rules.list_cue.search(lead.group()) or rules.not_members.search(lead.group()):
        return None
    for v in rules.verbs:
        m = first_verb(v.pattern, text, start, lead.end())
        if m is not None and (v.particle is None or v.particle.search(text, m[1], lead.end()) is not None):
            return lead.end()
    return None


# what parts two items of an enumeration whose items open with an article: a comma or a conjunction, then one
_ARTICLED_GAP = re.compile(
    rf"\s*(?:,\s*(?:(?:{alternation('conjunctions')})\s+)?|\s(?:{alternation('conjunctions')})\s+)"
    rf"(?:{alternation('linking_articles', 'opening_articles')})\s+"
)


_PREPOSITION_ARTICLE = re.compile(
    rf"\b(?:{alternation('prepositions')})\s+(?P<article>{alternation('linking_articles', 'opening_articles')})\s"
)


def _bare_parts_joined(items: list[MemberRow], text: str) -> list[MemberRow]:
    """An enumeration's items whose every other item opens with an article, a part after a bare comma
    joined to the item before it: a name's second part ("die Universität Nord, Fachgebiet Soziologie,
    die Volkshochschule …": one member, the university's department); so is a part after a conjunction
    and the article a preposition inside the item before it governs ("das Schulamt für den Kreis A und
    den Kreis B": the preposition's two objects)."""
    gaps = [text[a.end : b.start] for a, b in zip(items, items[1:], strict=False)]
    bare = [g.strip() == "," or _same_object(a.value, g) for a, g in zip(items, gaps, strict=False)]
    if not any(bare) or not all(b or _ARTICLED_GAP.fullmatch(g) for g, b in zip(gaps, bare, strict=True)):
        return items
    out = items[:1]
    for item, gap, joined in zip(items[1:], gaps, bare, strict=True):
        if joined:
            link = ", " if gap.strip() == "," else f" {' '.join(gap.split())} "
            out[-1] = replace(out[-1], end=item.end, value=f"{out[-1].value}{link}{item.value}")
        else:
            out.append(item)
    return out


def _same_object(item: str, gap: str) -> bool:
    """Whether a conjunction and an article after an item go on with the object of a preposition inside
    it, the article the same ("für den Kreis A" + " und den ")."""
    words = gap.split()
    if len(words) != 2 or _ARTICLED_GAP.fullmatch(gap) is None or words[0] == ",":
        return False
    return any(m["article"] == words[1] for m in _PREPOSITION_ARTICLE.finditer(item))


def _marked_chair(rows: list[MemberRow]) -> Chair | None:
    """The chair a row marks ("der Bürgermeister als Vorsitzender": the member, and the chair;
    "Oberbürgermeister Dr. Mentrup (Vorsitz)" in a sentence)."""
    for row in rows:  # "der Bürgermeister als Vorsitzender": the member, and the chair
        as_chair = AS_CHAIR.search(row.value)
        if as_chair and as_chair.start():
            row.value, row.end, row.is_chair = row.value[: as_chair.start()], row.end - len(as_chair.group()), True
    marked = next((r for r in rows if r.is_chair), None)
    return None if marked is None else Chair(marked.value, marked.start, marked.end, is_person(marked.value))


_QUOTED = re.compile(r"„[^„“”\n]{1,80}[“”]")  # a title in German quotes, on one line


# a line of a form's field: its label, a colon and a gap of a column before the value, the sentence going on after
_FIELD_LINE = re.compile(r"(?m)^[ \t]*[A-ZÄÖÜ][\w/-]*(?:[ \t][\w/-]+)?:(?:[ \t]{3,}|\t)\S[^\n]*\n")


# the words closing a sentence or a clause: what a lead-in that runs on into its items does not end in
_CLOSED = re.compile(r"[.!?:;,)]\s*$")


def _runs_into_items(layout: Layout, seg_no: int, sentence: str, rules: MemberRules) -> bool:
    """Whether a sentence with a verb of membership and no colon runs on into the items below it, each item
    closing with a comma ("Ständige Mitglieder der Steuerungsrunde sind" / "1. die Bürgermeisterin (Vorsitz)," /
    "2. …"): a lead-in, its list the rest of the sentence."""
    if _CLOSED.search(sentence) or seg_no + 1 >= len(layout.segs) or not _leads_in(sentence, rules):
        return False
    nxt = layout.segs[seg_no + 1]
    if nxt.kind != "item" or not layout.flat.text[nxt.start : nxt.end].rstrip().endswith(","):
        return False
    return any(
        (m := first_verb(v.pattern, sentence)) is not None and (v.particle is None or v.particle.search(sentence, m[1]))
        for v in rules.verbs
    )


def _leads_in(sentence: str, rules: MemberRules) -> bool:
    """Whether a sentence leads in a list of members ("Ihm gehören an:"): a cue and no word of a
    meeting's attendance or of goals. A "sentence" of two lines or more without a full stop (an
    export's lines of a letterhead, a form or a heading and a lead-in: "Sitzungsdatum" / … / "Mitglieder
    der Steuerungsgruppe sind:", "Anlage 2 – Einladung (Entwurf)" / "An die Mitglieder der
    Lenkungsgruppe:") leads in when its last line does, with the lines it wraps from (those below
    opening in lower case). A title in quotes names no cue ("Programm „Zusammen im Kreis“"), nor does a
    form's field over the lead-in ("Beteiligt:      Amt 50")."""
    sentence = _QUOTED.sub(" ", sentence)
    if rules.counted_fields.match(sentence):
        return False  # "Wir arbeiten in den fünf Handlungsfeldern zusammen:": the items are fields
    said = _FIELD_LINE.sub("", sentence)  # a form's fields over the lead-in ("Beteiligt:     Amt 50") say none
    if rules.list_cue.search(said) and not rules.not_members.search(said):
        return True
    lines = sentence.split("\n")
    if len(lines) < 2:
        return False
    k = len(lines) - 1
    while k > 0 and lines[k].lstrip()[:1].islower():
        k -= 1
    lead = "\n".join(lines[k:])
    return bool(rules.list_cue.search(lead)) and not rules.not_members.search(lead)


def _lead_in_line(text: str, start: int, end: int, rules: MemberRules) -> int | None:
    """Where the line after a lead-in starts when a line of a sentence ends in a lead-in with a colon
    ("Sie war wie folgt besetzt:") and its text runs on without a blank line (the rows of a table
    an export set right below it, no full stop between them), else None."""
    colon = re.search(r":[ \t]*\n", text[start:end])
    if colon is None:
        return None
    sentence = text[start : start + colon.start() + 1]
    if not _leads_in(sentence, rules) and not rules.provided_lead_in.fullmatch(sentence.strip()):
        return None
    return start + colon.end()


# "Lenkungsgruppe (ständig dabei: A, B; auf Zeit gewählt: C)": labelled lists in a parenthesis
_PARENTHESIS = re.compile(r"[ \t]*(?:\([A-ZÄÖÜ][\wÄÖÜ]{1,5}\)[ \t]*)?\(([^()]{3,600})\)")
_LABELLED = re.compile(r"(?:^|;)\s*[^:;]{1,40}:\s*([^;]+)")
_PERSON_PART = re.compile(r"[^/;,\s][^/;,]*[^/;,\s]")  # the parts between slashes, semicolons and commas


def parenthesis(rows: list[MemberRow], text: str, at: int, end: int, res: Resources) -> None:
    """Members in a parenthesis right after a group's name, in parts a label and a colon lead in
    ("(ständig dabei: Sozialamt, Jobcenter; auf Zeit gewählt: Caritas)")."""
    m = _PARENTHESIS.match(text, at, end)
    if not m:
        return
    inner = m.start(1)
    if ":" not in m.group(1):  # "(Landrat Herr Dr. A / Erste Bürgermeisterin Frau B)": persons alone
        persons = [(inner + p.start(), inner + p.end()) for p in _PERSON_PART.finditer(m.group(1))]
        if persons and all(is_person(text[a:b]) for a, b in persons):
            rows.extend(MemberRow(a, b, re.sub(r"\s+", " ", text[a:b]), method="prose") for a, b in persons)
        return
    for part in _LABELLED.finditer(m.group(1)):
        a, b = inner + part.start(1), inner + part.start() + len(part.group().rstrip())
        bare = bare_items(text, a, b, res)
        for item in [] if bare else org_items(text, a, b, res):
            rows.append(MemberRow(item.name_start, item.end, item.name, method="list"))
        for x, y in bare:
            rows.append(MemberRow(x, y, re.sub(r"\s+", " ", text[x:y]), method="list"))


# "Die Steuerungsgruppe X – A, B und C – hat …": an apposition between two dashes right after the name
_DASHED = re.compile(
    r"[ \t]*(?:\([^()\n]{1,12}\)[ \t]*)?(?P<dash>[–—]|(?<=\s)-(?=\s))\s+(?P<inner>[^–—]{3,600}?)\s+(?P=dash)\s"
)


def dashed(rows: list[MemberRow], text: str, at: int, end: int, rules: MemberRules, res: Resources) -> None:
    """Members in an apposition set off by dashes right after a group's name ("Die Steuerungsgruppe
    – Sozialamt, Jobcenter, Caritasverband e. V., Ortsverband Nord, und Volkshochschule – hat …"):
    a list of bodies, offices or persons, two at least; a part naming none after a comma is the
    part of the name before it ("…, Ortsverband Nord"). An apposition with a verb, or with a part
    naming none that no name stands before, names no members ("– sie tagt viermal im Jahr –")."""
    m = _DASHED.match(text, at, end)
    if m is None or m.end("inner") > end or says(m.group("inner"), rules):
        return
    found: list[MemberRow] = []
    for item in org_items(text, m.start("inner"), m.end("inner"), res):
        if item.head:
            found.append(MemberRow(item.name_start, item.end, item.name, method="prose"))
        elif found and text[found[-1].end : item.name_start].strip() == "," and item.name[:1].isupper():
            found[-1] = replace(found[-1], end=item.end, value=f"{found[-1].value}, {item.name}")
        else:
            return
    if len(found) >= 2:
        rows.extend(found)


def with_members(rows: list[MemberRow], text: str, at: int, end: int, rules: MemberRules, res: Resources) -> None:
    """Members named right after a group's name: "eine Steuerungsgruppe mit Vertreterinnen des
    Migrationsbeirats, der Caritas und des Jobcenters (soll den Prozess begleiten)"."""
    m = rules.with_members.match(text[at:end])
    if not m:
        return
    start = at + m.end()
    stop = rules.with_members_end.search(text, start, end)
    items = org_items(text, start, stop.start() if stop else end, res)
    if any(not item.name[:1].isupper() and not text[item.start : item.name_start].strip() for item in items):
        return  # "unterschiedlicher Institutionen, Bildungseinrichtungen und Unternehmen": kinds, not members
    for item in items:
        rows.append(MemberRow(item.name_start, item.end, item.name, method="prose"))


_PORTFOLIO = re.compile(r"\S+\s+für\s+[A-ZÄÖÜ]")  # an office's portfolio after its word
_TIME_OF_DAY = re.compile(rf"(?<![\w.,])(?:{CLOCK}|\d{{1,2}})\s*Uhr\b")  # a time with its unit


def _with_chair(rows: list[MemberRow], chair: Chair | None, res: Resources) -> list[MemberRow]:
    """Members without repeats; the chair is a member: the one that names it, or a new one
    when the chair is a person ("neben Herrn Oberbürgermeister" is the chair Putz) or an
    office that no member stands for ("Den Vorsitz führt der Landrat")."""
    seen: set[str] = set()
    unique = []
    for row in rows:
        if _TIME_OF_DAY.search(row.value):
            continue  # "um 15:45 Uhr", "nach dem Unterricht gegen 12 Uhr": a time, no member
        if VACANT.fullmatch(row.value.strip()):
            continue  # "N.N." in a seat's row: a person yet to be named, no member
        if row.value.casefold() not in seen:
            seen.add(row.value.casefold())
            unique.append(row)
    if chair is None:
        return unique
    inside = [r for r in unique if chair.start <= r.start and r.end <= chair.end]
    if len(inside) > 1:  # "der Bürgermeisterin und Beigeordneten für …, die den Vorsitz führt": one office
        at = unique.index(inside[0])
        unique = [r for r in unique if r not in inside]
        unique.insert(at, MemberRow(chair.start, chair.end, chair.value, None, True, inside[0].method))
        return unique
    words = set(chair.value.casefold().split())
    if chair.person and any(r.is_chair and r.method == "table" for r in unique):
        return unique  # the person marked in a members table's row chairs for that row's member
    for row in unique:
        same = row.value.casefold() == chair.value.casefold()
        # "Den Vorsitz führt die Amtsdirektorin." over "• Amtsdirektorin Anna Beispiel": the person holding it
        if not chair.person and name_start(row.value) and row.value.casefold().startswith(f"{chair.value.casefold()} "):
            row.is_chair = True
            return unique
        # "Den Vorsitz führt der Zweite Bürgermeister." over "Weber, Jonas (Zweiter Bürgermeister)" or
        # "Bürgermeister Jonas Weber (Stv.: …)": the office the label opens with, up to a comma or bracket
        if not chair.person and name_start(row.value) == 0 and _office_label(row).casefold() == chair.value.casefold():
            row.is_chair = True
            return unique
        if same or chair.person and set(row.value.casefold().split()) <= words:
            # "Den Vorsitz führt Bürgermeisterin Anna Beispiel." over a sheet's "Anna Beispiel": the name as
            # the member's own line writes it, the office the chair's sentence puts before it left out
            bare = not same and _office_then_name(chair.value, row.value, res)
            row.value, row.is_chair = row.value if bare else chair.value, True
            return unique
    office = nlp.lexicon(res).head(chair.value.split()[0])
    stands_for = any(re.sub(r"e?s$", "", w) in {r.value.casefold() for r in unique} for w in words)
    # a council's word with a portfolio after it is one of its members' office ("Bezirksstadtrat für Soziales")
    portfolio = office is not None and office.id == "council" and _PORTFOLIO.match(chair.value) is not None
    if chair.person or (office is not None and (office.label == "OFFICE" or portfolio) and not stands_for and unique):
        # an office alone with no member read beside it ("… von einer Steuerungsgruppe unter Vorsitz der
        # Beigeordneten begleitet"): the group's members are not read, nor is its chair one
        unique.append(MemberRow(chair.start, chair.end, chair.value, chair.office, True, "chair"))
    return unique


def _office_then_name(chair: str, name: str, res: Resources) -> bool:
    """Whether the chair's words are an office the lexicon knows and then the member's bare name
    ("Bürgermeisterin Anna Beispiel" over "Anna Beispiel")."""
    if name_start(name) != 0 or not chair.endswith(" " + name):
        return False
    words = chair[: -len(name)].split()
    lex = nlp.lexicon(res)
    return 0 < len(words) <= 2 and (head := lex.head(words[-1])) is not None and head.label == "OFFICE"


# the end of the text before a name: an office's words, a salutation and titles ("… die Oberbürgermeisterin Frau Dr. ")
_BEFORE_NAME = re.compile(
    rf"(?P<office>[^\W\d][\w.-]*(?:[ \t]+[^\W\d][\w.-]*)?)[ \t\n]+(?:{SALUTE}[ \t\n]+)?(?:{TITLE}[ \t\n]+)*\Z"
)
_OFFICE_REACH = 60  # characters before a name where the office it holds stands


def _office_holder(members: list[MemberRow], chair: Chair | None, text: str) -> list[MemberRow]:
    """The members with the chair that names an office alone ("Den Vorsitz führt die Oberbürgermeisterin.")
    given to the one member whose name the text gives right after that office ("… vertreten durch die
    Oberbürgermeisterin Frau Dr. Anna Beispiel"), the office's own row left out; else as they are."""
    if chair is None or chair.person:
        return members
    office = [m for m in members if m.is_chair and m.method == "chair" and m.value == chair.value]
    holders = [m for m in members if m not in office and _office_before(text, m.start, chair.value)]
    if len(office) != 1 or len(holders) != 1 or any(m.is_chair for m in members if m not in office):
        return members
    holders[0].is_chair = True
    return [m for m in members if m not in office]


def _office_before(text: str, start: int, office: str) -> bool:
    """Whether the office ``office`` (a chair's words, no person) stands right before the name at ``start``,
    a salutation and titles between them ("die Oberbürgermeisterin Frau Dr. Anna Beispiel")."""
    m = _BEFORE_NAME.search(text, max(0, start - _OFFICE_REACH), start)
    words = office.casefold().split()
    return m is not None and bool(words) and m["office"].casefold().split()[-len(words) :] == words


def _whole_banks(rows: list[MemberRow], text: str, start: int, res: Resources) -> tuple[int, Chair | None] | None:
    """The rows of labels and persons under a lead-in (:func:`.gapped_banks.gapped_banks`) where their
    labels name no members (:func:`.gapped_banks.labels_apart`) and they make the whole block, up to a
    blank line or the text's end with no bracket left open; a block they end inside (a row's bracket
    running over a page break or a blank line) is left to the other readers."""
    if not labels_apart(text, start):
        return None
    read: list[MemberRow] = []
    found = gapped_banks(read, text, start, res)
    if found is None or not block_closed(text, found[0]) or _open_bracket(text[start : found[0]]):
        return None
    rows.extend(read)
    return found


def _open_bracket(block: str) -> bool:
    """Whether a bracket opened in ``block`` stays open at its end."""
    return block.count("(") > block.count(")")
