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
is set up to steer or accompany; a Beirat only when it is set up to. A pair such as
"Steuerungs- und Begleitgruppe" is dropped when its two groups are described one by one.
The sentences and lists come from ``prose.Layout``; members and list chairs from ``members``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from extractors.fastre import Matcher, prefiltered
from extractors.german import enumerations
from extractors.german.closed_class import words
from extractors.resources import Resources, require
from pipeline.document import Document
from pipeline.errors import ResourceError
from pipeline.records import Member, Record, SteeringGroup
from pipeline.structure import View, view
from pipeline.structure.prose import Layout

from . import member_rules as member_rule_set
from . import sectors
from .members import Chair, MemberRow, find_members
from .profiles import find_sheet

# --- group mentions -----------------------------------------------------------------


@dataclass
class Mention:
    start: int
    end: int
    noun: str  # the compound as written, nominative singular ("Prozesssteuerungsgruppe")
    qualifier: str  # "„Integrationskonzept“", "Integration" or ""
    parts: tuple[str, ...]  # the two nouns of a pair ("steuerungsgruppe", "begleitgruppe")
    kind: str  # indefinite | definite | none
    tier: str = "steering"  # steering | working | council (steering.yaml)
    acronym: str = ""  # "AKM" of "Arbeitskreis Migration (AKM)"
    unit: int = 0
    established: bool = False
    plural: bool = False  # "Arbeitskreise", "Integrationsforen": groups in general, none named

    @property
    def name(self) -> str:
        name = f"{self.noun} {self.qualifier}".strip()
        return f"{name} ({self.acronym})" if self.acronym and self.qualifier else name

    @property
    def key(self) -> tuple[str, str]:
        return self.noun.casefold(), re.sub(r"[^\w]", "", self.qualifier).casefold()


@dataclass
class Group:
    mentions: list[Mention] = field(default_factory=list)
    follow: set[int] = field(default_factory=set)  # units after a mention that speak of it

    @property
    def first(self) -> Mention:
        return self.mentions[0]


def _config(res: Resources) -> tuple[Matcher, dict[str, Any]]:
    """The group nouns of ``steering.yaml`` as one pattern, and the file (built once per resource set)."""
    return res.compiled(_build_config)


def _build_config(res: Resources) -> tuple[Matcher, dict[str, Any]]:
    data = res["steering"]
    stems = sorted(
        {
            s
            for e in data["entries"]
            for s in (str(require(e, "stem", "steering.yaml")).lower(), str(e.get("plural", "")).lower())
            if s and " " not in s
        },
        key=lambda s: (-len(s), s),
    )  # a phrase ("runder tisch") is found by its own pattern
    alt = "|".join(re.escape(s) for s in stems)
    # tried only where a stem occurs (the same matches, sooner)
    return prefiltered(r"(?:" + alt + r")(?P<infl>en|es|e|n|s)?\b"), data


# "Steuerungs- und " before "Begleitgruppe": the first half of a pair sharing the head
_PAIR = re.compile(r"(?P<first>[A-ZÄÖÜ][\wäöüß]*)-\s+(?:und|oder|bzw\.?|/)\s+\Z")


def _entry(noun: str, data: dict[str, Any]) -> dict[str, Any]:
    """The entry of a group noun, written closed or with a hyphen ("Lenkungs-Gruppe"), singular
    or in its plural of another stem ("Integrationsforen")."""
    flat = noun.casefold().replace("-", "")
    for e in data["entries"]:
        if flat.endswith(e["stem"]) or e.get("plural") and flat.endswith(e["plural"]):
            return dict(e)
    return {"head": "gruppe", "tier": "steering"}


def _stem_of(noun: str, entry: dict[str, Any]) -> str:
    """The stem ``noun`` ends in: the entry's, or its plural of another stem."""
    flat = noun.casefold().replace("-", "")
    plural = entry.get("plural")
    return str(plural) if plural and flat.endswith(plural) else str(entry.get("stem", ""))


def _head(noun: str, data: dict[str, Any]) -> str:
    return str(_entry(noun, data)["head"])


_QUOTED = re.compile(
    r"[ \t]*\n?[ \t]*([„\"“»][^„\"“”»«\n]{1,60}"
    r"(?:\n[^„\"“”»«\n]{1,60})?[“\"”«])"
)
# the word after a group's noun, on its line or the next, never over a blank line ("Sitzung der
# Prozesssteuerungsgruppe" / "" / "Auftaktveranstaltung": cells of a schedule as pdfminer.six sets them)
_NEXT_WORD = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*(?=\S))([A-ZÄÖÜ][\wäöüß-]+)")
_FOR_TOPIC = re.compile(
    r"[ \t]+(?:für|von)[ \t]+((?:Integration|Migration|Teilhabe|Vielfalt|Inklusion|Asyl|Flucht"
    r"|Zuwanderung|Interkultur)\w*|[A-ZÄÖÜ]{2,6}\b)"
)
# "Lenkungsrunde zur Umsetzung des Plans": the purpose the group is named by
_PURPOSE = re.compile(
    r"[ \t]+(?:zur|zum)[ \t]+(?:Umsetzung|Steuerung|Begleitung|Koordinierung|Fortschreibung|Erarbeitung)"
    r"[ \t]+(?:des|der)[ \t]+(?:[a-zäöüß]+[ \t]+)?[A-ZÄÖÜ][\wäöüß-]+"
)
_ACRONYM = re.compile(r"[ \t]*\(([A-ZÄÖÜ][A-ZÄÖÜa-z]{1,5})\)")


def find_mentions(layout: Layout, res: Resources) -> list[Mention]:
    """Every singular mention of a group noun, with its qualifier and article."""
    rx, data = _config(res)
    text = layout.flat.text
    stop = set(data["qualifier_stopwords"])
    topic = re.compile(data["qualifier"])
    establish = re.compile(data["establish"])
    out = []
    lower = text.lower()  # much faster to search than with re.I; same offsets for German text
    found = rx.finditer(lower) if len(lower) == len(text) else re.compile(rx.pattern, re.I).finditer(text)
    modifiers = set(data["not_group_modifiers"])
    nouns: list[tuple[int, int, str, str]] = []  # start, end, noun as written (singular), inflection
    for m in found:
        start = m.start()
        while start > 0 and (text[start - 1].isalpha()):  # the whole compound
            start -= 1
        if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha() and text[start].isupper():
            start -= 1  # written with a hyphen: "Lenkungs-Gruppe", "Integrations-Forum"
            while start > 0 and (text[start - 1].isalpha()):
                start -= 1
        noun = text[start : m.start("infl") if m.group("infl") else m.end()]
        entry = _entry(noun, data)
        if entry.get("compound"):  # a head alone, or after a first part that names no body
            flat = noun.replace("-", "")
            first = flat[: len(flat) - len(_stem_of(noun, entry))].casefold()
            if not first or any(first.rstrip("s").endswith(w.rstrip("s")) for w in modifiers if len(w) > 2):
                continue
            if first in modifiers:
                continue
        nouns.append((start, m.end(), noun, m.group("infl") or ""))
    for m in re.finditer(data["round_table"], text):
        nouns.append((m.start(), m.end(), "Runder Tisch", m.group("infl") or ""))
    for start, end, noun, infl in sorted(nouns):
        head = _head(noun, data)
        if not noun[0].isupper() or text[start - 1 : start] == "-":
            continue
        entry = _entry(noun, data)
        if infl in data["plural_endings"].get(head, []) or _stem_of(noun, entry) != entry.get("stem", ""):
            plural = Mention(start, end, noun, "", (), "none", str(entry.get("tier", "steering")), plural=True)
            out.append(plural)  # names no group; a list after it is not the list of a group before
            continue
        qualifier = ""
        quoted = _QUOTED.match(text, end)
        word = _NEXT_WORD.match(text, end)
        if word and "\n" in word.group() and not text[text.rfind("\n", 0, start) + 1 : start].strip():
            word = None  # a name on the next line only inside a paragraph, not under a heading
        for_topic = _FOR_TOPIC.match(text, end) or _PURPOSE.match(text, end)
        if quoted:
            qualifier, end = re.sub(r"\s+", " ", quoted.group(1)), quoted.end()
        elif word and word.group(1) not in stop and topic.match(word.group(1)):
            qualifier, end = word.group(1), word.end()
        elif for_topic:
            qualifier, end = re.sub(r"\s+", " ", text[end : for_topic.end()].strip()), for_topic.end()
        if not qualifier and find_sheet(layout, start, res):  # a profile sheet's heading names its group
            line = text[end : text.find("\n", end) % (len(text) + 1)]  # its topic, or its abbreviation alone
            rest = re.match(r"[ \t]+([^()\n]*[^()\s]|\([^()\n]+\)(?=[ \t]*$))", line)
            if rest:
                qualifier, end = rest.group(1), end + rest.end()
        acronym = _ACRONYM.match(text, end)
        parts: tuple[str, ...] = ()
        pair = _PAIR.search(text[max(0, start - 60) : start]) if " " not in noun else None
        if pair:
            parts = ((pair.group("first") + head).casefold(), noun.casefold())
            noun = re.sub(r"\s+", " ", pair.group() + noun)
            start -= len(pair.group())
        out.append(
            Mention(
                start,
                end,
                noun,
                qualifier,
                parts,
                _article(text, start, data),
                str(_entry(noun, data).get("tier", "steering")),
                acronym.group(1) if acronym else "",
            )
        )
    out += _acronym_mentions(text, out)
    out.sort(key=lambda x: x.start)
    for mention in out:
        mention.unit = layout.unit_at(mention.start)
        sentence = layout.text(layout.units[mention.unit])
        mention.established = mention.kind == "indefinite" and bool(establish.search(sentence))
    return out


def _acronym_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Dem AKM gehören ... an": an acronym a group was given stands for the group."""
    out = []
    for m in mentions:
        if not m.acronym:
            continue
        for hit in re.finditer(r"\b" + re.escape(m.acronym) + r"\b(?!\))", text[m.end :]):
            at = m.end + hit.start()
            out.append(Mention(at, at + len(m.acronym), m.noun, m.qualifier, (), "definite", m.tier, m.acronym))
    return out


def _article(text: str, start: int, data: dict[str, Any]) -> str:
    """Whether the words before a mention make it new or point back."""
    before = re.findall(r"[\wäöüß]+", text[max(0, start - 60) : start].split("\n\n")[-1])
    for word in reversed(before[-4:]):
        w = word.casefold()
        if w in data["indefinite"]:
            return "indefinite"
        if w in data["demonstrative"]:
            return "definite"
        if word[0].isupper():
            break
    return "none"


def resolve(mentions: list[Mention], layout: Layout, res: Resources, plurals: Sequence[Mention] = ()) -> list[Group]:
    """Mentions grouped into groups, and the sentences after each that speak of it (up to the
    next mention, of a group or of groups in the plural)."""
    groups: dict[tuple[str, str], Group] = {}
    last: dict[str, Group] = {}
    for m in mentions:
        noun = m.key[0]
        if not m.qualifier and m.kind == "definite" and noun in last:
            group = last[noun]
        else:
            group = groups.setdefault(m.key, Group())
        group.mentions.append(m)
        last[noun] = group
    mention_units = {m.unit for m in mentions if m.tier != "council"} | {
        m.unit for m in plurals
    }  # a Beirat may be a member
    for group in groups.values():
        for m in group.mentions:
            seg = layout.units[m.unit].seg
            if layout.segs[seg].kind == "heading":  # the paragraph under a heading naming the group
                seg += 1
            following = [
                k for k in range(m.unit + 1, min(m.unit + 60, len(layout.units))) if layout.units[k].seg == seg
            ]
            for k in following[:3]:
                if k in mention_units:
                    break
                group.follow.add(k)
    return list(groups.values())


# a membership lead-in reaches this many paragraphs back to the group it speaks of
LEAD_IN_REACH = 2


def far_lead_ins(groups: list[Group], layout: Layout, res: Resources, plurals: Sequence[Mention] = ()) -> None:
    """A membership lead-in in a paragraph of its own that names no group ("Benannt sind
    folgende Mitglieder:") speaks of the group last introduced in its section: the last
    mention before it, with no heading between (but one about membership, "Zusammensetzung")
    and at most ``LEAD_IN_REACH`` paragraphs. After groups in the plural ("Daneben arbeiten drei
    Arbeitskreise.") it speaks of none."""
    rules = member_rule_set.member_rules(res)
    text = layout.flat.text
    mentions = sorted((m.start, m.unit, k) for k, g in enumerate(groups) for m in g.mentions)
    mentions = sorted(mentions + [(m.start, m.unit, -1) for m in plurals])
    if not mentions:
        return
    taken = {u for g in groups for u in g.follow} | {u for _, u, _ in mentions}
    starts = [s for s, _, _ in mentions]
    for u, unit in enumerate(layout.units):
        last = unit.end
        while last > unit.start and text[last - 1].isspace():
            last -= 1
        if text[last - 1 : last] != ":" or u in taken or unit.start < starts[0]:
            continue
        seg = layout.segs[unit.seg]
        sentence = text[unit.start : unit.end]
        if unit.end < seg.end - 1 or not rules.list_cue.search(sentence) or rules.not_members.search(sentence):
            continue
        _, at, k = mentions[bisect.bisect_left(starts, unit.start) - 1]
        if k < 0:
            continue
        between = layout.segs[layout.units[at].seg + 1 : unit.seg]
        headings = [s for s in between if s.kind == "heading" and not rules.list_cue.search(text, s.start, s.end)]
        if headings or sum(s.kind != "heading" for s in between) > LEAD_IN_REACH:
            continue
        groups[k].follow.add(u)


# --- chair, size and seats -------------------------------------------------------------


@dataclass(frozen=True)
class FactRules:
    chair: tuple[Matcher, ...]  # these are tried only where their leading words occur
    size: tuple[Matcher, ...]
    seat: re.Pattern[str]
    seat_sectors: tuple[tuple[str, Matcher], ...]


def fact_rules(res: Resources) -> FactRules:
    """The chair, size and seat patterns of ``steering.yaml`` (built once per resource set)."""
    return res.compiled(build_fact_rules)


def build_fact_rules(res: Resources) -> FactRules:
    d = res["steering"]
    num = require(d, "number", "steering.yaml")

    def rx(pattern: str, where: str) -> re.Pattern[str]:
        try:
            return re.compile(pattern.replace("{number}", num), re.M)
        except re.error as exc:
            raise ResourceError(f"steering.yaml {where}: bad pattern: {exc}") from exc

    def fast(pattern: str, where: str) -> Matcher:  # tried only where its leading words occur
        return prefiltered(rx(pattern, where).pattern, re.M)

    def entries(name: str) -> list[dict[str, Any]]:
        return list(require(d, name, "steering.yaml"))

    return FactRules(
        tuple(fast(e["pattern"], e["id"]) for e in entries("chair_patterns")),
        tuple(fast(e["pattern"], e["id"]) for e in entries("size_patterns")),
        rx(r"(?P<je>\bje\s+)?\b" + num + r"\s+" + require(d, "seat_nouns", "steering.yaml"), "seat_nouns"),
        tuple((e["id"], fast(e["pattern"], e["id"])) for e in entries("seat_sectors")),
    )


def find_chair(layout: Layout, units: list[int], rules: FactRules, res: Resources) -> Chair | None:
    """The first chair a pattern finds ("unter dem Vorsitz des ...", "Die Leitung übernahm ...")."""
    text = layout.flat.text
    for u in units:
        unit = layout.units[u]
        for rx in rules.chair:
            m = rx.search(text[unit.start : unit.end])
            if not m:
                continue
            raw = chair_phrase(m.group("chair").strip(" \t\n.:"))
            value = enumerations.nominative(raw, res).name
            if value and len(value.split()) <= 8:
                start = unit.start + m.start("chair")
                return Chair(value, start, start + len(raw), sectors.is_person(raw))
    return None


_CHAIR_LINKS = words("linking_articles", "prepositions", "contractions", "conjunctions") | {"e.V.", "e.", "V."}


def chair_phrase(raw: str) -> str:
    """The words of a chair up to the verb or adverb after them ("des Bürgermeisters viermal
    im Jahr" -> "des Bürgermeisters"); a name's complement and adjectives stay.

    >>> chair_phrase("des Fachbereichs Jugend, Familie und Soziales konstituiert")
    'des Fachbereichs Jugend, Familie und Soziales'
    """
    words = list(re.finditer(r"\S+", raw))
    end = len(raw)
    for k, w in enumerate(words):
        word = w.group().strip(",")
        if k == 0 or word[:1].isupper() or word in _CHAIR_LINKS or not word[:1].isalpha():
            continue
        adjective = re.search(r"(?:e|en|er|es|em)$", word) and k + 1 < len(words) and words[k + 1].group()[:1].isupper()
        if not adjective:
            end = w.start()
            break
    return raw[:end].rstrip(" ,;")


def find_size(layout: Layout, units: list[int], rules: FactRules) -> int | None:
    """A stated maximum or count of persons; patterns in order of preference."""
    text = layout.flat.text
    for rx in rules.size:
        for u in units:
            m = rx.search(text, layout.units[u].start, layout.units[u].end)
            if m:
                return sectors.number(m.group("n"))
    return None


def find_seats(text: str, start: int, end: int, rules: FactRules) -> tuple[dict[str, int], dict[str, int]]:
    """Seats per sector, stated one by one ("sechs Vertreter/innen der Stadtverwaltung",
    "Mitglieder aus der Verwaltung - 7 Personen") and shared ("je 6 Vertretern aus ...")."""
    hits = list(rules.seat.finditer(text, start, end))
    seats: dict[str, int] = {}
    shared: dict[str, int] = {}
    for i, m in enumerate(hits):
        n = sectors.number(m.group("n"))
        stop = hits[i + 1].start() if i + 1 < len(hits) else end
        if n is None:
            continue
        if m.group("je"):
            window = text[m.end() : stop].split(".")[0]
            shared.update({sector: n for sector, rx in rules.seat_sectors if rx.search(window)})
            continue
        after = re.split(r"[,;()]", text[m.end() : stop])[0]
        before = re.split(r"[,;(]", text[start : m.start()])[-1]
        for window in (after, before):
            found = sorted((h.start(), sector) for sector, rx in rules.seat_sectors if (h := rx.search(window)))
            if found:
                seats[found[0][1]] = n
                break
    return seats, shared


# --- groups ------------------------------------------------------------------------------


@dataclass
class Described:
    group: Group
    chair: Chair | None
    size: int | None
    seats: dict[str, int]
    members: list[MemberRow]

    def has_any(self) -> bool:
        return bool(self.chair or self.size or self.seats or self.members)


def describe(layout: Layout, group: Group, every: list[Mention], res: Resources) -> Described:
    """What the sentences speaking of a group say about it."""
    rules = fact_rules(res)
    own = sorted({m.unit for m in group.mentions})
    units = own + sorted(group.follow - set(own))
    chair = find_chair(layout, units, rules, res)
    one_by_one: dict[str, int] = {}
    shared: dict[str, int] = {}
    for u in units:  # the first statement counts, and one by one before shared
        seats, each = find_seats(layout.flat.text, layout.units[u].start, layout.units[u].end, rules)
        one_by_one, shared = seats | one_by_one, each | shared
    seats = shared | one_by_one
    # seats for two sectors or more say how the group is made up, and so its size
    size = find_size(layout, units, rules) or (sum(seats.values()) if len(seats) > 1 else None)
    mention_at: dict[int, list[tuple[int, int]]] = {}
    for m in group.mentions:
        mention_at.setdefault(m.unit, []).append((m.start, m.end))
    steering = sorted(m.start for m in every if m.tier != "council")
    members, chair, total = find_members(layout, units, mention_at, steering, chair, res)
    sheet = next((s for m in group.mentions if (s := find_sheet(layout, m.start, res))), None)
    if sheet:  # a profile sheet says it all in its own lines
        chair, seats, size, total = sheet.chair, sheet.seats, sheet.size, None
        members = [MemberRow(chair.start, chair.end, chair.value, is_chair=True, method="chair")] if chair else []
        members += sheet.members
    return Described(group, chair, size or total, seats, members)


def set_up_to_steer(group: Group, layout: Layout, res: Resources) -> bool:
    """Whether a sentence sets the group up to steer or accompany ("Zur Begleitung ... wird ein
    Beirat eingerichtet")."""
    steer = re.compile(res["steering"]["steer"])
    return any(m.established and steer.search(layout.text(layout.units[m.unit])) for m in group.mentions)


def tasked(group: Group, layout: Layout, res: Resources) -> bool:
    """Whether a sentence gives the group a task in the process ("Eine Steuerungsgruppe soll den
    Prozess begleiten", "Die Umsetzung begleitet eine Lenkungsgruppe")."""
    task, what = re.compile(res["steering"]["task"]), re.compile(res["steering"]["task_object"])
    for m in group.mentions:
        sentence = layout.text(layout.units[m.unit])
        if task.search(sentence) and what.search(sentence):
            return True
    return False


def for_the_process(group: Group, layout: Layout, res: Resources) -> bool:
    """Whether a sentence sets up a group named by its head alone, or gives it a task, in the
    integration process ("Zur Steuerung des Integrationsprozesses wird eine Integrationsrunde
    eingerichtet", "Eine Integrationsrunde mit ... soll den Prozess begleiten")."""
    d = res["steering"]
    context, task, what = re.compile(d["process_context"]), re.compile(d["task"]), re.compile(d["task_object"])
    text = layout.flat.text
    for m in group.mentions:
        unit = layout.units[m.unit]
        sentence = text[unit.start : m.start] + " " + text[m.end : unit.end]  # without the group's name
        if context.search(sentence) and (m.established or task.search(sentence) and what.search(sentence)):
            return True
    return False


def acted(group: Group, layout: Layout, res: Resources) -> bool:
    """Whether a sentence has the group act on the concept or report ("die Koordinierungsgruppe
    hat den Bericht beschlossen"): a group of the process, though none of its members is named."""
    rx = re.compile(res["steering"]["acted"])
    return any(rx.search(layout.text(layout.units[m.unit])) for m in group.mentions)


def keep(found: list[Described], layout: Layout, res: Resources) -> list[Described]:
    """The groups the document is about (see the module docstring)."""
    kept = []
    for f in found:
        tier = f.group.first.tier
        if _entry(f.group.first.noun, res["steering"]).get("compound"):
            ok = for_the_process(f.group, layout, res)
        elif tier == "council":
            ok = set_up_to_steer(f.group, layout, res)
        elif tier == "working":
            ok = bool(f.members or f.chair) or set_up_to_steer(f.group, layout, res) or tasked(f.group, layout, res)
        else:
            ok = any(m.qualifier or m.established for m in f.group.mentions) or f.has_any()
            ok = ok or tasked(f.group, layout, res) or acted(f.group, layout, res)
        if ok:
            kept.append(f)
    nouns = {f.group.first.key[0] for f in kept if not f.group.first.parts}
    return [f for f in kept if not (f.group.first.parts and set(f.group.first.parts) <= nouns)]


def extract(doc: Document, res: Resources, sv: View | None = None) -> Iterator[Record]:
    layout = (view(doc) if sv is None else sv).layout
    found = find_mentions(layout, res)
    mentions = [m for m in found if not m.plural]
    plurals = [m for m in found if m.plural]
    if not mentions:
        return
    # a Beirat not set up to steer is never kept: its sentences need no reading; nor those of a
    # group named by its head alone not set up for the process (a lead-in after it is still its)
    groups = [
        g
        for g in resolve(mentions, layout, res, plurals)
        if g.first.tier != "council" or set_up_to_steer(g, layout, res)
    ]
    far_lead_ins(groups, layout, res, plurals)
    groups = [
        g
        for g in groups
        if not _entry(g.first.noun, res["steering"]).get("compound") or for_the_process(g, layout, res)
    ]
    for f in keep([describe(layout, g, mentions, res) for g in groups], layout, res):
        yield record(doc, layout, f, res)


_SEG_METHOD = {"heading": "heading", "label": "heading", "item": "list", "row": "table", "para": "prose"}


def record(doc: Document, layout: Layout, f: Described, res: Resources) -> SteeringGroup:
    named = next((m for m in f.group.mentions if m.qualifier), f.group.first)
    anchor = layout.units[next((m for m in f.group.mentions if m.established), f.group.first).unit]
    members = [
        Member(
            layout.flat.span(doc, r.start, r.end),
            r.value,
            sectors.classify(r.value, res, r.label),
            r.is_chair,
            method=r.method,
        )
        for r in sorted(f.members, key=lambda r: r.start)
    ]
    return SteeringGroup(
        layout.flat.span(doc, anchor.start, anchor.end),
        group_name=named.name,
        chair=f.chair.value if f.chair else None,
        size=f.size,
        seats_politics=f.seats.get("politics"),
        seats_administration=f.seats.get("administration"),
        seats_civil_society=f.seats.get("civil_society"),
        members=members,
        method=_SEG_METHOD.get(layout.segs[anchor.seg].kind, "prose"),
        rule_id=str(_entry(named.noun, res["steering"]).get("id", "")),
    )  # the group word's entry
