"""Members of a steering group, and its chair, from the sentences and lists that speak of it.

Members are named in a sentence ("... besteht aus X, Y und Z"), in the lines of a list item
that starts with the group, or in a list (bullets, labelled sub-lists, table rows) right
after a sentence that introduces it. Each is cleaned into a member phrase (``sectors``);
the verbs, cues and table headers come from ``resources/steering.yaml``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from pipeline.errors import ResourceError

from .prose import Layout
from .resources import Resources, require
from .sectors import clean_member, is_person, split_enumeration, strip_end


@dataclass
class Chair:
    value: str
    start: int  # flat offsets of its evidence
    end: int
    person: bool


@dataclass
class MemberRow:
    start: int  # flat offsets
    end: int
    value: str
    label: str | None = None  # the label of the list it stands in ("Vertreter der Verwaltung")
    is_chair: bool = False


@dataclass(frozen=True)
class MemberRules:
    verbs: tuple[tuple[str, re.Pattern[str]], ...]  # (where the list stands, verb)
    anaphora: re.Pattern[str]
    leads: re.Pattern[str]
    lead_in: re.Pattern[str]
    headers: re.Pattern[str]
    list_cue: re.Pattern[str]


_MEMBER_CACHE: dict[int, MemberRules] = {}


def member_rules(res: Resources) -> MemberRules:
    key = id(res)
    if key not in _MEMBER_CACHE:
        d = res["steering"]

        def rx(name: str, pattern: str | None = None) -> re.Pattern[str]:
            try:
                return re.compile(pattern if pattern is not None else require(d, name, "steering.yaml"), re.M)
            except re.error as exc:
                raise ResourceError(f"steering.yaml {name}: bad pattern: {exc}") from exc

        verbs = tuple((str(e["list"]), rx(e["id"], e["pattern"]))
                      for e in require(d, "membership_verbs", "steering.yaml"))
        _MEMBER_CACHE[key] = MemberRules(verbs, rx("anaphora"), rx("member_leads"), rx("lead_in"),
                                         rx("table_headers"), rx("list_cue"))
    return _MEMBER_CACHE[key]


def find_members(layout: Layout, units: list[int], mention_at: dict[int, tuple[int, int]], taken: list[int],
                 chair: Chair | None, res: Resources) -> tuple[list[MemberRow], Chair | None]:
    """Members of a group from the units that speak of it (``mention_at``: unit -> the
    group's name in it), and the chair, which may come from a "(Vorsitz)" in a list."""
    rules = member_rules(res)
    text = layout.flat.text
    rows: list[MemberRow] = []
    for u in units:
        unit = layout.units[u]
        at = mention_at.get(u)
        if at is None and not rules.anaphora.match(text, unit.start):
            continue
        _prose_members(rows, text, unit.start, unit.end, at[1] if at else unit.start, rules, res)
        if at is not None:
            colon = re.match(r"[ \t]*(?:\([^)]*\))?[ \t]*:[ \t]*(?=\S)", text[at[1]:unit.end])
            if colon:
                _enumeration(rows, text, at[1] + colon.end(), unit.end, res)
            _item_lines(rows, layout, unit.seg, at[0], rules, res)
    for u in units:
        unit = layout.units[u]
        seg = layout.segs[unit.seg]
        sentence = text[unit.start:unit.end].rstrip()
        intro = sentence.endswith(":") and unit.end >= seg.end - 1 and bool(rules.list_cue.search(sentence))
        if intro or (seg.kind == "heading" and u in mention_at):
            chair = _list_members(rows, layout, unit.seg + 1, taken, rules, res) or chair
    return _with_chair(rows, chair), chair


def _prose_members(rows: list[MemberRow], text: str, start: int, end: int, after: int, rules: MemberRules,
                   res: Resources) -> None:
    """ "Diese Steuerungsgruppe wurde ... mit X, Y sowie Z besetzt", "... besteht aus X und Y"."""
    for where, rx in rules.verbs:
        verb = rx.search(text, start, end)
        if not verb:
            continue
        if where == "between" or (where == "around" and verb.start() < after):
            a, b = (after, verb.start()) if where == "between" else (start, verb.start())
        else:
            a, b = verb.end(), end
            tail = re.search(r"\s+(?:an|teil|mit|zusammen)\s*[.:]?\s*$", text[a:b])
            b = a + tail.start() if tail else b
        if b <= a or a < after <= b:  # the list may not hold the group itself
            continue
        lead = rules.lead_in.match(text[a:b].lstrip())
        a += len(text[a:b]) - len(text[a:b].lstrip()) + (lead.end() if lead else 0)
        _enumeration(rows, text, a, b, res)
        return


def _enumeration(rows: list[MemberRow], text: str, start: int, end: int, res: Resources) -> None:
    end = start + len(strip_end(text[start:end].rstrip(" \t\n:;")))
    for a, b in split_enumeration(text, start, end):
        value, dropped = clean_member(text[a:b], res)
        if value and len(value.split()) <= 12:
            rows.append(MemberRow(a + dropped, b, value))


def _item_lines(rows: list[MemberRow], layout: Layout, seg_no: int, at: int, rules: MemberRules,
                res: Resources) -> None:
    """Lines under a list item that starts with the group: "Einbezug von Kreisrätinnen und Kreisräten"."""
    seg = layout.segs[seg_no]
    if seg.kind != "item" or at > seg.body + 2:
        return
    text = layout.flat.text
    entries: list[list[int]] = []
    for m in list(re.finditer(r"[^\n\f]+", text[seg.start:seg.end]))[1:]:
        a, b = seg.start + m.start(), seg.start + m.end()
        prev = text[entries[-1][0]:entries[-1][1]] if entries else ""
        if entries and (m.group().strip()[:1].islower()
                        or re.search(r"(?:\b(?:der|des|die|und|oder|von|für)|-)\s*$", prev)):
            entries[-1][1] = b  # a line wrapped inside one entry
        else:
            entries.append([a, b])
    for a, b in entries:
        lead = rules.leads.match(text, a)
        if lead:
            _enumeration(rows, text, lead.end(), b, res)


def _list_members(rows: list[MemberRow], layout: Layout, seg_no: int, taken: list[int], rules: MemberRules,
                  res: Resources) -> Chair | None:
    """Bullets, labelled sub-lists and table rows right after a sentence that introduces them."""
    text = layout.flat.text
    label: str | None = None
    chair: Chair | None = None
    for seg in layout.segs[seg_no:]:
        if seg.kind == "label":
            label = text[seg.start:seg.end].strip(" :")
        elif seg.kind == "item" and not _holds(taken, seg.start, seg.end):
            raw = text[seg.body:seg.end]
            marker = _CHAIR_MARK.search(raw)
            if marker:
                raw = raw[:marker.start()] + raw[marker.end():]
            left = re.match(r"([^:]{3,80}):\s+\S", raw)  # "Caritas: Frau Müller"
            value, _ = clean_member(strip_end((left.group(1) if left else raw).strip(" \t,;–-\"„“”")), res)
            if value:
                rows.append(MemberRow(seg.body, seg.end, value, label, bool(marker)))
                if marker and chair is None:
                    chair = Chair(value, seg.body, seg.end, is_person(value))
        elif seg.kind == "row":
            first = text[seg.start:seg.end].split("\n")[0]
            cells = [c.strip() for c in first.split("\t")]
            if cells[0] and not all(rules.headers.match(c) for c in cells if c):
                value, dropped = clean_member(cells[0], res)
                marker = _CHAIR_MARK.search(first)
                if value:
                    a = seg.start + len(first) - len(first.lstrip())
                    rows.append(MemberRow(a + dropped, a + len(cells[0]), value, label, bool(marker)))
                    if marker and chair is None:
                        chair = Chair(value, a, a + len(cells[0]), False)
        else:
            break
    return chair


_CHAIR_MARK = re.compile(r"\s*\((?:Vorsitz|Vorsitzende[rn]?|Leitung|Sprecher\w*)\)")


def _holds(offsets: list[int], start: int, end: int) -> bool:
    """Whether a sorted list of offsets has one in ``[start, end)``."""
    n = bisect.bisect_left(offsets, start)
    return n < len(offsets) and offsets[n] < end


def _with_chair(rows: list[MemberRow], chair: Chair | None) -> list[MemberRow]:
    """Members without repeats; the chair is a member: the one that names it, or a new one
    when the chair is a person ("neben Herrn Oberbürgermeister" is the chair Putz)."""
    seen: set[str] = set()
    unique = []
    for row in rows:
        if row.value.casefold() not in seen:
            seen.add(row.value.casefold())
            unique.append(row)
    if chair is None:
        return unique
    words = set(chair.value.casefold().split())
    for row in unique:
        same = row.value.casefold() == chair.value.casefold()
        if same or chair.person and set(row.value.casefold().split()) <= words:
            row.value, row.is_chair = chair.value, True
            return unique
    if chair.person:
        unique.append(MemberRow(chair.start, chair.end, chair.value, None, True))
    return unique
