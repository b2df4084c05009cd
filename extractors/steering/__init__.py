"""steering: steering groups of the process (Steuerungsgruppe, Lenkungskreis ...) and their members.

A group is found by its noun (``resources/steering.yaml``), with what names it further:
"Steuerungsgruppe Integration", "Steuerungsgruppe „Integrationskonzept“", "Arbeitskreis
Migration (AKM)", "Lenkungsgruppe für Integration". Mentions of the same group are merged: a
named group by its name, a pointing-back mention ("diese Steuerungsgruppe", "der AKM") by the
group last mentioned with that noun or acronym. A steering group is kept when the document
sets it up, names it, or says something about it (chair, size, seats, members); a group
mentioned only in passing ("eine Steuerungsgruppe soll eingerichtet werden" says nothing of
members, so it has none) is kept without members, one mentioned in passing not at all. A
working group (Arbeitskreis, Projektgruppe) counts when its members or chair are stated or it
is set up to steer or accompany; a Beirat only when it is set up to, or set up together with a
steering group ("Der Lenkungskreis X und der Fachbeirat Y werden eingerichtet"); a group named by a compound of
its own ("Resonanzgruppe") when it is set up for the process, named a steering body by a copula ("Die
Integrationsrunde ist das Steuerungsgremium des Konzepts", :mod:`.predicated`), or given members and the
process's work. A pair such as
"Steuerungs- und Begleitgruppe" is dropped when its two groups are described one by one.
The sentences and lists come from ``prose.Layout``; members and list chairs from ``members``.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass

from extractors.german.markups import unmarked
from extractors.resources import Resources, typed
from pipeline.document import Document, Span
from pipeline.lang.de.closed_class import alternation
from pipeline.records import Member, Record, SteeringGroup
from pipeline.structure import View
from pipeline.structure.prose import Layout

from . import sectors
from .apart_forms import apart_form
from .barred import as_bars, barred_reading, rules_joined, without_drawn
from .co_chairs import find_co_chairs
from .counted_persons import counted_persons
from .elections import elected
from .facts import fact_rules, find_chair, find_deputy, find_rules_size, find_seats, find_size
from .gap_sheets import gap_sheet
from .members import Chair, MemberRow, find_members
from .mentions import Group, Mention, entry_of, far_lead_ins, find_mentions, resolve
from .name_blocks import LONG_OFFICE, long_office_left_out, name_start, office_left_out
from .named_alike import one_named
from .nominations import nominated
from .nominees import nominees
from .predicated import predicated
from .profiles import find_sheet
from .releases import in_release, releases
from .role_holders import role_holders
from .rules import member_rules
from .run_in import enumerated, listed, represented
from .shared_adjective import shared_adjective
from .successions import successors
from .synopsis import synopsis
from .tallies import in_tally

__all__ = ["extract", "fact_rules"]


@dataclass
class Described:
    group: Group
    chair: Chair | None
    size: int | None
    seats: dict[str, int]
    members: list[MemberRow]

    def has_any(self) -> bool:
        return bool(self.chair or self.size or self.seats or self.members)


def describe(
    layout: Layout, group: Group, every: list[Mention], res: Resources, steering: list[int] | None = None
) -> Described:
    """What the sentences speaking of a group say about it (``steering``: :func:`_steering_starts` of ``every``)."""
    rules = fact_rules(res)
    own = sorted({m.unit for m in group.mentions})
    units = own + sorted(group.follow - set(own))
    own_starts = tuple(m.start for m in group.mentions)
    chair = find_chair(layout, units, rules, res, own_starts)
    co_chairs = find_co_chairs(layout, units, res) if chair is None else []
    if co_chairs:  # "Den Vorsitz führen gemeinsam A und B": the first the group's chair
        chair = Chair(co_chairs[0].value, co_chairs[0].start, co_chairs[0].end, True, co_chairs[0].label)
    if chair is None and (closing := _after_list(layout, units, {m.unit for m in every})) is not None:
        # "Ihm gehören an:" / items / "Den Vorsitz führt …"
        chair = find_chair(layout, [closing], rules, res, own_starts)
    one_by_one: dict[str, int] = {}
    shared: dict[str, int] = {}
    for u in units:  # the first statement counts, and one by one before shared
        seats, each = find_seats(layout.flat.text, layout.units[u].start, layout.units[u].end, rules)
        one_by_one, shared = seats | one_by_one, each | shared
    seats = shared | one_by_one
    size = find_size(layout, units, rules) or find_rules_size(layout.flat.text, own_starts, rules)
    mention_at: dict[int, list[tuple[int, int]]] = {}
    for m in group.mentions:
        mention_at.setdefault(m.unit, []).append((m.start, m.end))
    steering = _steering_starts(layout, every, res) if steering is None else steering
    members, chair, total, table_seats = find_members(layout, units, mention_at, steering, chair, res)
    members = nominees(shared_adjective(members, layout.flat.text, res), layout.flat.text, res)
    named = {r.value.casefold() for r in members}  # "Die fünf Sprecher der Arbeitsgruppen gehören ihr an"
    members += [r for r in role_holders(layout, units, res) if r.value.casefold() not in named]
    members = _seats_filled(layout, units, members, res)
    for u in reversed(own):  # the rules set out seats; a block after them nominates the persons, the members
        persons, nominated_chair = nominated(layout, layout.flat.text.rfind("\n", 0, layout.units[u].start) + 1, res)
        if persons:
            members, chair = persons, nominated_chair or chair  # the seat's holder, not its words
            break
    # seats for two sectors or more say how the group is made up, and so its size; not when
    # members are named beside a shared count ("dem Jobcenter und je zwei Personen aus Rat und
    # Vereinen": more than the seats), nor a seat table's rows (its "Sonstige" row has no
    # sector; its total row gives the size)
    if size is None and len(seats) > 1 and not (shared and members):
        size = sum(seats.values())
    seats = seats or table_seats  # the sentences' seats before a seat table's rows
    sheet = next((s for m in group.mentions if (s := find_sheet(layout, m.start, res))), None)
    if sheet:  # a profile sheet says it all in its own lines
        chair, seats, size, total = sheet.chair, sheet.seats, sheet.size, None
        members = [MemberRow(chair.start, chair.end, chair.value, chair.office, True, "chair")] if chair else []
        members += sheet.members
    elif gapped := next(filter(None, (gap_sheet(layout.flat.text, m.start, res) for m in group.mentions)), None):
        chair, size, members = gapped[0], gapped[1] or size, gapped[2]  # "Mitglieder (11)   1. …" in a gap table
    elif table := next(filter(None, (synopsis(layout.flat.text, m.start, res) for m in group.mentions)), None):
        chair, size, members = table.chair or chair, table.size or size, table.members  # two versions side by side
    elif form := apart_form(layout.flat.text, group, res, members):  # minutes, a matrix
        members, chair = form[0], form[1] or chair
    if len(members) <= 1 and (counted := counted_persons(layout, own, size, chair)):
        members = counted  # "… aus sieben Köpfen. Den Vorsitz übernimmt … Herr A. … Frau B …": as many as counted
    members = successors(layout.flat.text, members, res)  # "Herr X hat … verlassen. … Frau Y benannt."
    members += _elected(layout, units, members, res)
    for co in co_chairs[1:]:
        if all(co.value.casefold() != r.value.casefold() for r in members):
            members.append(co)
    deputy = find_deputy(layout, units, rules)
    if deputy is not None and all(deputy.value.casefold() not in r.value.casefold() for r in members):
        members.append(deputy)  # "stellvertretende Vorsitzende ist Anna Beispiel, Leiterin des Sozialamts"
    return Described(group, chair, size or total, seats, _named_fuller(members))


def _named_fuller(members: list[MemberRow]) -> list[MemberRow]:
    """The members but a sentence's mention of a person another member names fuller, the same family name
    last ("Frau Prof. Dr. Koschnik wirkt … beratend mit" under the table's "Prof. Dr. Annett Koschnik")."""

    def fuller(r: MemberRow, o: MemberRow) -> bool:
        words, more = r.value.split(), o.value.split()
        return len(words) < len(more) and words[-1] == more[-1] and set(words) < set(more)

    return [r for r in members if r.method != "prose" or not any(fuller(r, o) for o in members if o is not r)]


def _elected(layout: Layout, units: list[int], members: list[MemberRow], res: Resources) -> list[MemberRow]:
    """The persons an election's result table after a group's lead-in with a colon gives as elected
    (:mod:`.elections`), those not named already."""
    named = {r.value.casefold() for r in members}
    text, out = layout.flat.text, []
    for u in units:
        if text[layout.units[u].start : layout.units[u].end].rstrip().endswith(":"):
            out += [r for r in elected(text, layout.units[u].end, res) if r.value.casefold() not in named]
    return out


def _seats_filled(layout: Layout, units: list[int], members: list[MemberRow], res: Resources) -> list[MemberRow]:
    """The members where a sentence of the group's leads in the holders of its seats ("Für die übrigen Sitze
    liegen folgende Vorschläge vor:") and persons are named: the persons, the seats' words of a list or a
    sentence (a decision's "b) je ein Mitglied der Fraktionen", a block's heading) no members."""
    cue, text = member_rules(res).seats_filled, layout.flat.text
    if not any(cue.search(text, layout.units[u].start, layout.units[u].end) for u in units):
        return members
    persons = [r for r in members if _names_person(r.value)]
    if not persons:
        return members
    for r in persons:  # "CDU Stadtratsmitglied Peter Klein": the person, what stands before the name its label
        office_left_out(r, text)
        long_office_left_out(r, text)
    return [r for r in members if r.method not in ("list", "prose") or r in persons]


def _names_person(value: str) -> bool:
    """Whether a member's words name a person, after the words of an office or a body maybe."""
    return sectors.is_person(value) or name_start(" ".join(value.split()), LONG_OFFICE) is not None


def _steering_starts(layout: Layout, every: list[Mention], res: Resources) -> list[int]:
    """Where the mentions of groups that are no council's stand, a compound's genitive complement left out."""
    return sorted(m.start for m in every if m.tier != "council" and not _complement(m, layout.flat.text, res))


def _complement(m: Mention, text: str, res: Resources) -> bool:
    """Whether a mention of a group named by a compound of its own stands in the genitive after a noun
    ("Integrationsbeirat des Enzkreises"): it says where that noun belongs, an entry naming it no group."""
    data = typed.steering(res)
    if not entry_of(m.noun, data).compound:
        return False
    before = re.search(r"(\w+)\s+$", text[max(0, m.start - 12) : m.start])
    return before is not None and before.group(1).casefold() in data.genitive_singular


def _after_list(layout: Layout, units: list[int], named: set[int]) -> int | None:
    """The sentence opening the paragraph right after the list a group's lead-in introduces ("Ihm
    gehören an:" / "– das Ortsamt …" / "Den Vorsitz führt …"), when it names no group: it may state
    the group's chair."""
    text = layout.flat.text
    for u in sorted(units, reverse=True):
        unit = layout.units[u]
        if not text[unit.start : unit.end].rstrip().endswith(":") or unit.end < layout.segs[unit.seg].end - 1:
            continue
        n = unit.seg + 1
        while n < len(layout.segs) and layout.segs[n].kind in ("item", "row"):
            n += 1
        if n == unit.seg + 1 or n >= len(layout.segs) or layout.segs[n].kind != "para":
            return None
        k = layout.unit_at(layout.segs[n].start)
        return None if k in named or layout.units[k].seg != n else k
    return None


@dataclass(frozen=True)
class GroupRules:
    """The sentences of ``steering.yaml`` that make a group one of the process: set up to steer,
    given a task (and its object), in the context of the process, acting."""

    steer: re.Pattern[str]
    task: re.Pattern[str]
    task_object: re.Pattern[str]
    process_context: re.Pattern[str]
    acted: re.Pattern[str]


def group_rules(res: Resources) -> GroupRules:
    """The compiled group rules (built once per resource set)."""
    return res.compiled(_build_group_rules)


def _build_group_rules(res: Resources) -> GroupRules:
    d = typed.steering(res)
    rx = re.compile
    return GroupRules(rx(d.steer), rx(d.task), rx(d.task_object), rx(d.process_context), rx(d.acted))


def set_up_to_steer(group: Group, layout: Layout, res: Resources) -> bool:
    """Whether a sentence sets the group up to steer or accompany ("Zur Begleitung ... wird ein
    Beirat eingerichtet")."""
    steer = group_rules(res).steer
    return any(m.established and steer.search(layout.text(layout.units[m.unit])) for m in group.mentions)


def tasked(group: Group, layout: Layout, res: Resources) -> bool:
    """Whether a sentence gives the group a task in the process ("Eine Steuerungsgruppe soll den
    Prozess begleiten", "Die Umsetzung begleitet eine Lenkungsgruppe")."""
    rules = group_rules(res)
    task, what = rules.task, rules.task_object
    for m in group.mentions:
        sentence = layout.text(layout.units[m.unit])
        if task.search(sentence) and what.search(sentence):
            return True
    return False


def for_the_process(group: Group, layout: Layout, res: Resources) -> bool:
    """Whether a sentence sets up a group named by its head alone, or gives it a task, in the
    integration process ("Zur Steuerung des Integrationsprozesses wird eine Integrationsrunde
    eingerichtet", "Eine Integrationsrunde mit ... soll den Prozess begleiten")."""
    rules = group_rules(res)
    context, task, what = rules.process_context, rules.task, rules.task_object
    text = layout.flat.text
    for m in group.mentions:
        unit = layout.units[m.unit]
        sentence = text[unit.start : m.start] + " " + text[m.end : unit.end]  # without the group's name
        if context.search(sentence) and (m.established or task.search(sentence) and what.search(sentence)):
            return True
    return False


def tasked_with_work(group: Group, layout: Layout, res: Resources) -> bool:
    """Whether a sentence gives the group a task (`task`) on the work of the process (a word of `steer`
    besides the verb: "Die Resonanzgruppe begleitet die Umsetzung", "Der Fachkreis steuert die
    Erarbeitung"), the group's own name left out."""
    rules = group_rules(res)
    text = layout.flat.text
    for m in group.mentions:
        unit = layout.units[m.unit]
        sentence = text[unit.start : m.start] + " " + text[m.end : unit.end]
        verb = rules.task.search(sentence)
        if verb and any(not verb.start() <= w.start() < verb.end() for w in rules.steer.finditer(sentence)):
            return True
    return False


def council_of_process(group: Group, layout: Layout, res: Resources) -> bool:
    """Whether a Beirat is one of the process: set up to steer or accompany in one sentence, or set
    up in one ("die Einrichtung eines Projektbeirates Integration") and given the process's work in
    another ("Der Projektbeirat begleitet die Umsetzung")."""
    if set_up_to_steer(group, layout, res):
        return True
    return any(m.established for m in group.mentions) and tasked_with_work(group, layout, res)


# a conjunction and maybe an article between two groups' names: "… und der …", "… sowie des …"
_COORDINATED = re.compile(
    rf"\s+(?:{alternation('conjunctions')})\s+(?:(?:{alternation('linking_articles', 'opening_articles')})\s+)?"
)


def set_up_beside(group: Group, steering: list[Mention], layout: Layout, res: Resources) -> bool:
    """Whether a sentence sets up a council together with a steering group, their names joined by a
    conjunction ("Der Lenkungskreis Integration und der Fachbeirat Monitoring werden eingerichtet"):
    both are of the process."""
    establish = re.compile(typed.steering(res).establish)
    text = layout.flat.text
    for m in group.mentions:
        for other in steering:
            first, second = (other, m) if other.start < m.start else (m, other)
            if (
                other.unit == m.unit
                and _COORDINATED.fullmatch(text, first.end, second.start)
                and establish.search(layout.text(layout.units[m.unit]))
            ):
                return True
    return False


def acted(group: Group, layout: Layout, res: Resources) -> bool:
    """Whether a sentence has the group act on the concept or report ("die Koordinierungsgruppe
    hat den Bericht beschlossen"): a group of the process, though none of its members is named."""
    rx = group_rules(res).acted
    return any(rx.search(layout.text(layout.units[m.unit])) for m in group.mentions)


def named_set_up(group: Group, layout: Layout, res: Resources) -> bool:
    """Whether a sentence sets the group up under a name of its topic ("beschließt … die Einrichtung der
    Koordinierungsrunde Integration"): with its members listed, a group of the process."""
    establish = re.compile(typed.steering(res).establish)
    return any(m.qualifier and establish.search(layout.text(layout.units[m.unit])) for m in group.mentions)


# "die sog. „Vorbereitungsgruppe“", "die so genannte Netzwerkgruppe": a noun named as a term
_TERM_BEFORE = re.compile(r"(?:\bsog\.|\bso\s*genannte[nrms]?)\s*[„\"“»]?$|[„\"“»]$")
_QUOTE_AFTER = re.compile(r"[“\"”«]")


def termed(group: Group, text: str) -> bool:
    """Whether a mention names the group as a term: after "sog." or "so genannt", or in quotes."""
    for m in group.mentions:
        before = _TERM_BEFORE.search(text, max(0, m.start - 20), m.start)
        if before and (
            not before.group().endswith(("„", '"', "“", "»"))
            or "sog" in before.group()
            or _QUOTE_AFTER.match(text, m.end)
        ):
            return True
    return False


def keep(found: list[Described], layout: Layout, res: Resources) -> list[Described]:
    """The groups the document is about (see the module docstring)."""
    kept = []
    for f in found:
        tier = f.group.first.tier
        if entry_of(f.group.first.noun, typed.steering(res)).compound:
            # set up for the process, or given members and named as a term ("die Arbeit der sog.
            # „Vorbereitungsgruppe“ … Die Mitglieder dieser Gruppe, zu der A, B und C zählen, …") or given
            # the process's work ("Die Resonanzgruppe begleitet die Umsetzung … Ihr gehören an: …")
            listed = len(f.members) > 1
            ok = (
                for_the_process(f.group, layout, res)
                or predicated(f.group, (g.group for g in found), layout, res)  # "… ist das Steuerungsgremium"
                or listed
                and (
                    termed(f.group, layout.flat.text)
                    or tasked_with_work(f.group, layout, res)
                    or named_set_up(f.group, layout, res)  # "die Einrichtung der Koordinierungsrunde Integration"
                )
            )
        elif tier == "council":
            ok = True  # of the process, as ``extract`` reads only those (``_of_process``)
        elif tier == "working":
            ok = bool(f.members or f.chair) or set_up_to_steer(f.group, layout, res) or tasked(f.group, layout, res)
        else:
            ok = any(m.qualifier or m.established for m in f.group.mentions) or f.has_any()
            ok = ok or tasked(f.group, layout, res) or acted(f.group, layout, res)
        if ok:
            kept.append(f)
    kept = _name_givers(found, kept)
    nouns = {f.group.first.key[0] for f in kept if not f.group.first.parts}
    kept = [f for f in kept if not (f.group.first.parts and set(f.group.first.parts) <= nouns)]
    return one_named(_one_body(kept, res), _joined)


def _name_givers(found: list[Described], kept: list[Described]) -> list[Described]:
    """``kept`` with the one group that names a kept group's noun further and has nothing of its own
    ("3. Arbeitskreis der Helferkreise" over "Neben der Lenkungsgruppe wird ein Arbeitskreis gebildet. Ihm
    gehören … an"): kept too, so that :func:`.named_alike.one_named` folds the two into the named one."""

    def named(f: Described) -> bool:
        return any(m.qualifier for m in f.group.mentions)

    out = list(kept)
    for f in found:
        noun = f.group.first.key[0]
        if f in kept or not named(f) or f.has_any():
            continue
        if sum(named(g) for g in found if g.group.first.key[0] == noun) != 1:
            continue
        if sum(not named(g) for g in kept if g.group.first.key[0] == noun) == 1:
            out.append(f)
    return sorted(out, key=found.index)


def _joined(a: Described, b: Described, group: Group) -> Described:
    """One group of two mentioned apart, what either says of itself kept."""
    members = max(a.members, b.members, key=len)
    return Described(group, a.chair or b.chair, a.size or b.size, a.seats or b.seats, members)


def _purpose(f: Described, res: Resources, alone: bool = True) -> str | None:
    """The first part of a steering group's noun, its purpose ("lenkungs" of "Lenkungskreis"), for a
    group named by its noun alone (``alone``), else for any."""
    m = f.group.first
    entry = entry_of(m.noun, typed.steering(res))
    if entry.tier != "steering" or alone and m.qualifier or not m.noun.lower().endswith(entry.head):
        return None
    return m.noun.lower()[: -len(entry.head)] or None


def _one_body(kept: list[Described], res: Resources) -> list[Described]:
    """Two heads of one purpose are one body ("ein Lenkungskreis … eingerichtet" … "Die Lenkungsgruppe
    setzt sich aus … zusammen", also when that one is named: "Die Lenkungsgruppe Kommunale Integration
    setzt sich …"): the one with nothing of its own gives way to the one with members."""
    described = {p for f in kept if (p := _purpose(f, res, alone=False)) and f.has_any()}
    kept = [f for f in kept if f.has_any() or _purpose(f, res) not in described]
    # a group named by its noun alone given the very members of the group its noun names further ("eine
    # Lenkungsgruppe" … "Zusammensetzung der Lenkungsgruppe" over the table of "der Lenkungsgruppe Integration")
    named = {(f.group.first.key[0], _spans(f)) for f in kept if f.group.first.qualifier and f.members}
    return [f for f in kept if f.group.first.qualifier or (f.group.first.key[0], _spans(f)) not in named]


def _spans(f: Described) -> tuple[tuple[int, int], ...]:
    return tuple(sorted((r.start, r.end) for r in f.members))


def extract(doc: Document, res: Resources, sv: View) -> Iterator[Record]:
    # a drawn box's rules the text layer broke over two lines joined again
    marked = rules_joined(unmarked(sv.text, typed.taxonomy(res).markup_balloons))
    if marked != sv.text:  # a print of tracked changes: its balloons and change bars blanked, the evidence the text's
        found = list(
            _read(dataclasses.replace(doc, text=marked), res, sv.blanked(dataclasses.replace(doc, text=marked)))
        )
        yield from (_requoted(g, doc.text) for g in found)
        return
    yield from _read(doc, res, sv)


def _requoted(group: SteeringGroup, text: str) -> SteeringGroup:
    members = [dataclasses.replace(m, span=_quoted(m.span, text)) for m in group.members]
    return dataclasses.replace(group, span=_quoted(group.span, text), members=members)


def _read(doc: Document, res: Resources, sv: View) -> Iterator[SteeringGroup]:
    found = [without_drawn(g) for g in _extract(doc, res, sv)]
    # a table drawn with box glyphs: its drawn upright lines read as a table's bars (:mod:`.barred`)
    barred = as_bars(doc.text)
    if barred != doc.text and found:
        drawn = sv.blanked(dataclasses.replace(doc, text=barred))
        other = {g.group_name.casefold(): g for g in _extract(dataclasses.replace(doc, text=barred), res, drawn)}
        found = [barred_reading(g, other.get(g.group_name.casefold()), doc.text) for g in found]
    # an export that sets a blank line after nearly every line (a box a line) parts a table's rows, and the
    # lines of a row or a list's item, by blank lines: a group the document names reads its members with them
    # closed up where its own reading names none (a group only the closed-up reading finds is none it set up)
    closed = sv.closed(doc)
    if closed is not sv and found:
        other = {g.group_name.casefold(): g for g in _extract(dataclasses.replace(doc, text=closed.text), res, closed)}
        shut = [k for k, (a, b) in enumerate(zip(doc.text, closed.text)) if a != b]
        found = [_closed_reading(g, other.get(g.group_name.casefold()), doc.text, shut) for g in found]
    # a motion printed with its lines numbered (:meth:`View.unnumbered`): a group reads its members with the
    # numbers blanked, its items opening their lines, where that reading names more of them
    bare = sv.unnumbered(doc)
    if bare is not sv and found:
        other = {g.group_name.casefold(): g for g in _extract(dataclasses.replace(doc, text=bare.text), res, bare)}
        found = [_unnumbered_reading(g, other.get(g.group_name.casefold()), doc.text) for g in found]
    yield from found


def _unnumbered_reading(group: SteeringGroup, other: SteeringGroup | None, text: str) -> SteeringGroup:
    """The group as the reading without line numbers reads it where that one names more members, its evidence
    quoted from ``text``; the group as read otherwise."""
    if other is None or len(other.members) <= len(group.members):
        return group
    members = [dataclasses.replace(m, span=_quoted(m.span, text)) for m in other.members]
    return dataclasses.replace(other, span=_quoted(other.span, text), members=members)


def _closed_reading(group: SteeringGroup, other: SteeringGroup | None, text: str, shut: list[int]) -> SteeringGroup:
    """The group as the closed-up reading reads it where the document's own reading names no members and that
    one names some, none read across a closed-up line end (a value no line of the document wrote: rows or
    columns run together), its evidence quoted from ``text`` (the same offsets in the document's text); the
    group as read otherwise."""
    if other is None or not other.members or group.members:
        return group
    if any(bisect.bisect_left(shut, m.span.start) < bisect.bisect_left(shut, m.span.end) for m in other.members):
        return group
    members = [dataclasses.replace(m, span=_quoted(m.span, text)) for m in other.members]
    return dataclasses.replace(other, span=_quoted(other.span, text), members=members)


def _quoted(span: Span, text: str) -> Span:
    return dataclasses.replace(span, snippet=text[span.start : span.end])


def _extract(doc: Document, res: Resources, sv: View) -> Iterator[SteeringGroup]:
    layout = sv.layout
    rules, text = member_rules(res), layout.flat.text
    quoted = releases(text, res)  # a press release's mentions: the press office's account of the paper's group
    found = [
        m
        for m in find_mentions(layout, res)
        if not in_tally(layout, m.start, rules)
        and not in_release(quoted, m.start)
        and not _ASSOCIATION.match(text, m.end)  # "Arbeitskreis Asyl Reutlingen e. V.": a member's name
    ]
    # a working group among a run-in list's items ("besteht aus: …; dem Arbeitskreis Hilfe; …") or a later
    # item of an enumeration a membership verb lists ("…, das Jobcenter und der Arbeitskreis X mit") is a member
    mentions = [
        m
        for m in found
        if not m.plural
        and not (
            m.tier == "working"
            and any(
                item(text, layout.units[m.unit].start, layout.units[m.unit].end, m.start, rules)
                for item in (listed, enumerated, represented)
            )
        )
    ]
    plurals = [m for m in found if m.plural]
    if not mentions:
        return
    # a Beirat not set up to steer is never kept: its sentences need no reading; nor those of a
    # group named by its head alone not set up for the process (a lead-in after it is still its)
    groups = _of_process(resolve(mentions, layout, res, plurals), layout, res)
    groups = [g for g in groups if not set_aside(g, groups, layout, res)]
    far_lead_ins(groups, layout, res, plurals)
    steering = _steering_starts(layout, mentions, res) if groups else []  # the same for every group
    for f in keep([describe(layout, g, mentions, res, steering) for g in groups], layout, res):
        yield record(doc, layout, f, res)


# a registered association's name going on after a group's noun and name ("Arbeitskreis Asyl Reutlingen e. V.")
_ASSOCIATION = re.compile(r"[ \t]+(?:[A-ZÄÖÜ][\w.-]*[ \t]+){0,3}e\.[ \t]?V\.")


def set_aside(group: Group, groups: list[Group], layout: Layout, res: Resources) -> bool:
    """Whether a sentence sets the group aside for another it names ("Statt einer Steuerungsgruppe aller
    Fraktionen schlägt die Verwaltung einen Steuerungskreis Integration vor"): the group is not set up."""
    before = re.compile(typed.steering(res).replaced_before)
    text = layout.flat.text
    if _dissolved(group, groups, text, res):
        return True
    for m in group.mentions:
        if before.search(text, max(0, m.start - 40), m.start) is None:
            continue
        if any(o.unit == m.unit and o.key != m.key for g in groups if g is not group for o in g.mentions):
            return True
    return False


def _dissolved(group: Group, groups: list[Group], text: str, res: Resources) -> bool:
    """Whether a sentence dissolves the group ("Die bisherige Lenkungsgruppe wird aufgelöst") while the
    document names another group, the one set up in its place."""
    after = re.compile(typed.steering(res).dissolved_after)
    others = any(g.first.key[0] != group.first.key[0] for g in groups)  # another noun's, no mention of its own
    return others and any(after.match(text, m.end) for m in group.mentions)


def _of_process(groups: list[Group], layout: Layout, res: Resources) -> list[Group]:
    """The groups but a Beirat not of the process; the one Beirat a document names ("4. Fachbeirat
    Soziales" as a heading) is of the process when its noun alone is ("Ein Fachbeirat wird zur
    Begleitung eingesetzt"): they are one (``one_named``)."""
    councils = [g for g in groups if g.first.tier == "council"]
    steering = [m for g in groups if g.first.tier == "steering" for m in g.mentions]
    ok = [g for g in councils if council_of_process(g, layout, res) or set_up_beside(g, steering, layout, res)]
    bare = {g.first.key[0] for g in ok if not any(m.qualifier for m in g.mentions)}
    named = [g for g in councils if any(m.qualifier for m in g.mentions)]
    nouns = [g.first.key[0] for g in named]
    one = [g for g in named if g.first.key[0] in bare and nouns.count(g.first.key[0]) == 1]
    return [g for g in groups if g.first.tier != "council" or g in ok or g in one]


_SEG_METHOD = {"heading": "heading", "label": "heading", "item": "list", "row": "table", "para": "prose"}


def record(doc: Document, layout: Layout, f: Described, res: Resources) -> SteeringGroup:
    named = next((m for m in f.group.mentions if m.qualifier), f.group.first)
    anchor = layout.units[next((m for m in f.group.mentions if m.established), f.group.first).unit]
    members = [
        Member(
            layout.flat.span(doc, r.start, r.end),
            " ".join(r.value.split()),  # a name a PDF's text wraps over two lines is one line
            sectors.classify(r.value, res, r.label),
            r.is_chair,
            method=r.method,
        )
        for r in sorted(f.members, key=lambda r: r.start)
    ]
    return SteeringGroup(
        layout.flat.span(doc, anchor.start, anchor.end),
        group_name=_successor(named, layout.flat.text, res) or named.name,
        chair=" ".join(f.chair.value.split()) if f.chair else None,
        size=f.size,
        seats_politics=f.seats.get("politics"),
        seats_administration=f.seats.get("administration"),
        seats_civil_society=f.seats.get("civil_society"),
        members=members,
        method=_SEG_METHOD.get(layout.segs[anchor.seg].kind, "prose"),
        rule_id=entry_of(named.noun, typed.steering(res)).id,
    )  # the group word's entry


def _successor(named: Mention, text: str, res: Resources) -> str | None:
    """The body the sentence sets in the named former group's place ("Der Integrationsausschuss ersetzt den
    bisherigen Arbeitskreis Integration"): its noun a body's (a head word of the groups' or the council's)."""
    data = typed.steering(res)
    m = re.compile(data.successor_before).search(text, max(0, named.start - 120), named.start)
    after = re.compile(data.successor_after).search(text, max(0, named.start - 12), named.end + 120)
    if m is None and (m := after if after and after.start("former") == named.start else None) is None:
        return None  # nor "Die bisherige Lenkungsgruppe wird durch eine Koordinierungsrunde ersetzt"
    heads = {e.head for e in data.entries} | set(data.council_heads)
    return m["name"] if any(m["name"].casefold().endswith(h) for h in heads) else None
