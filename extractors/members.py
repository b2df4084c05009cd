"""Members of a steering group, and its chair, from the sentences, lists and tables that speak of it.

Each member carries the reading that found it (``method``):

- ``prose``: a clause that names the group, or goes on speaking of it ("Ihr gehören ...",
  "hinzu kommen ..."), with a membership verb (gehören an, besteht aus, setzt sich zusammen
  aus, sind vertreten, wirken mit, arbeiten mit, nehmen teil, bilden, besetzt). The members are
  what the clause holds besides the group, the verb and the words around them, in any word
  order: "Der Lenkungsgruppe gehören das Sozialamt und der Caritasverband an", "Das Sozialamt
  und der Caritasverband gehören der Lenkungsgruppe an", "Im Steuerungskreis arbeiten seit 2023
  das Sozialamt und das Jobcenter mit". The enumeration is read by :mod:`extractors.enumerations`
  and kept only when it is a list of organisations, offices or persons (:mod:`extractors.nlp`).
- ``list``: bullets or lines after a sentence that introduces them ("... setzt sich wie folgt
  zusammen:"), or under a heading naming the group; ``item``: lines under a list item that
  starts with the group ("- Begleitgruppe / Einbezug von Kreisrätinnen und Kreisräten").
- ``table``: rows of a members table; the column is the one whose header names institutions
  ("Institution | Vertreter/in" or "Name | Institution").
- ``chair``: the chair, when the text names it and no member is it.

Lists of attendees, signatories, authors or workshop participants are not members (the
``not_members`` words of ``resources/steering.yaml``, where the verbs and cues live too).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Sequence

from pipeline.errors import ResourceError

from . import enumerations, nlp
from .enumerations import Item, strip_end
from .prose import Layout
from .resources import Resources, require
from .sectors import is_person


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
    method: str = "prose"


@dataclass(frozen=True)
class Verb:
    id: str
    pattern: re.Pattern[str]
    particle: re.Pattern[str] | None  # must end the clause ("gehören ... an", "arbeiten ... mit")


@dataclass(frozen=True)
class MemberRules:
    verbs: tuple[Verb, ...]
    continuation: re.Pattern[str]
    group_words: re.Pattern[str]  # article, preposition and adjectives before a group's name
    chair_phrase: re.Pattern[str]
    lead_in: re.Pattern[str]
    tail: re.Pattern[str]
    relative: re.Pattern[str]
    not_members: re.Pattern[str]
    leads: re.Pattern[str]
    headers: re.Pattern[str]
    org_header: re.Pattern[str]
    person_header: re.Pattern[str]
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

        verbs = tuple(Verb(str(e["id"]), rx(e["id"], e["pattern"]),
                           rx(e["id"], r"\s(?:" + e["particle"] + r")\W*$") if e.get("particle") else None)
                      for e in require(d, "membership_verbs", "steering.yaml"))
        _MEMBER_CACHE[key] = MemberRules(
            verbs, rx("continuation"), rx("group_words"), rx("chair_phrase"), rx("lead_in"), rx("tail"),
            rx("relative"), rx("not_members"), rx("member_leads"), rx("table_headers"), rx("org_header"),
            rx("person_header"), rx("list_cue"))
    return _MEMBER_CACHE[key]


def find_members(layout: Layout, units: list[int], mention_at: dict[int, list[tuple[int, int]]], taken: list[int],
                 chair: Chair | None, res: Resources) -> tuple[list[MemberRow], Chair | None]:
    """Members of a group from the units that speak of it (``mention_at``: unit -> the
    spans of the group's name in it; ``taken``: starts of every group mention), and the
    chair, which may come from a "(Vorsitz)" in a list."""
    rules = member_rules(res)
    text = layout.flat.text
    rows: list[MemberRow] = []
    for u in units:
        unit = layout.units[u]
        spans = mention_at.get(u, [])
        follows = not spans and bool(rules.continuation.match(text, unit.start))
        if spans or follows:
            _prose_members(rows, text, unit.start, unit.end, spans, taken, rules, res)
        for a, b in spans:
            colon = re.match(r"[ \t]*(?:\([^)]*\))?[ \t]*:[ \t]*(?=\S)", text[b:unit.end])
            if colon and not rules.not_members.search(text, unit.start, unit.end):
                _enumeration(rows, text, b + colon.end(), unit.end, rules, res, "list")
            _item_lines(rows, layout, unit.seg, a, rules, res)
    marked = next((r for r in rows if r.is_chair), None)
    if marked is not None:  # "Oberbürgermeister Dr. Mentrup (Vorsitz)" in a sentence
        chair = Chair(marked.value, marked.start, marked.end, is_person(marked.value))
    for u in units:
        unit = layout.units[u]
        seg = layout.segs[unit.seg]
        sentence = text[unit.start:unit.end].rstrip()
        intro = sentence.endswith(":") and unit.end >= seg.end - 1 and bool(rules.list_cue.search(sentence)) \
            and not rules.not_members.search(sentence)
        if intro or (seg.kind == "heading" and u in mention_at):
            chair = _list_members(rows, layout, unit.seg + 1, taken, rules, res, intro) or chair
    return _with_chair(rows, chair, res), chair


# --- prose -------------------------------------------------------------------------------


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence cut at semicolons ("... wirken mit; hinzu kommen ...")."""
    out, pos = [], start
    for m in re.finditer(r";", text[start:end]):
        out.append((pos, start + m.start()))
        pos = start + m.end()
    out.append((pos, end))
    return out


def _prose_members(rows: list[MemberRow], text: str, start: int, end: int, spans: list[tuple[int, int]],
                   taken: list[int], rules: MemberRules, res: Resources) -> None:
    """Members named in the clauses of one sentence."""
    named = False  # a clause before named the group: the next ones may go on ("...; hinzu kommen ...")
    for ca, cb in _clauses(text, start, end):
        own = [(a, b) for a, b in spans if ca <= a < cb]
        others = [t for t in taken if ca <= t < cb and not any(a <= t < b for a, b in own)]
        clause = text[ca:cb]
        if others or rules.not_members.search(clause):
            named = named or bool(own)
            continue
        verb = _verb(text, ca, cb, rules)
        if verb is None or not (own or named or not spans or rules.continuation.match(clause.lstrip())):
            named = named or bool(own)
            continue
        named = named or bool(own)
        best: list[Item] = []
        for ra, rb in _regions(text, ca, cb, own, verb, rules):
            items = _org_items(text, ra, rb, res)
            if len([i for i in items if i.head]) > len([i for i in best if i.head]):
                best = items
        previous: Item | None = None
        for item in best:
            if previous is not None and _apposition(text, previous, item):
                continue  # "die Bürgermeisterin für Soziales, Frau Lisbach, ...": the same member
            marker = _CHAIR_MARK.search(item.name)
            name = _CHAIR_MARK.sub("", item.name).strip()
            end = item.end if not marker else item.name_start + (text[item.name_start:item.end].find("(") or len(name))
            rows.append(MemberRow(item.name_start, end if end > item.name_start else item.end, name,
                                  is_chair=bool(marker), method="prose"))
            previous = item


def _apposition(text: str, previous: Item, item: Item) -> bool:
    """A person named right after an office, set off by a comma only: "die Bürgermeisterin, Frau Lisbach"."""
    between = text[previous.end:item.start]
    return item.label == "PERSON" and previous.label == "OFFICE" and between.strip() == "," \
        and len(item.name.split()) <= 3


def _verb(text: str, start: int, end: int, rules: MemberRules) -> tuple[int, int, int] | None:
    """The first membership verb of a clause: (start, end, start of its particle or ``end``)."""
    for verb in rules.verbs:
        m = verb.pattern.search(text, start, end)
        if not m:
            continue
        if verb.particle is None:
            return m.start(), m.end(), end
        p = verb.particle.search(text, m.end(), end)
        if p:
            return m.start(), m.end(), p.start()
    return None


def _regions(text: str, start: int, end: int, own: list[tuple[int, int]], verb: tuple[int, int, int],
             rules: MemberRules) -> list[tuple[int, int]]:
    """The stretches of a clause besides the group, the verb and the words around them."""
    colon = text.find(":", verb[1], end)
    if colon >= 0 and not text[verb[1]:colon].strip(" \t\n")[:1].isupper():
        start = colon + 1  # "... gehören an: A, B und C", "Mitglieder sind: ..."
        anchors = [(verb[2], end)] if verb[2] > colon else []
    else:
        anchors = [(verb[0], verb[1]), (verb[2], end)]
    for a, b in own:
        if a < start:
            continue
        words = rules.group_words.search(text, start, a)
        a = words.start() if words and words.end() == a else a
        anchors.append((a, _after_name(text, b, end)))
    for m in rules.chair_phrase.finditer(text, start, end):
        anchors.append((m.start(), m.end()))
    anchors.sort()
    gaps, pos = [], start
    for a, b in anchors:
        if a > pos:
            gaps.append((pos, a))
        pos = max(pos, b)
    if pos < end:
        gaps.append((pos, end))
    out = []
    for a, b in gaps:
        for pa, pb in _pieces(text, a, b, rules):
            pa, pb = _trim(text, pa, pb, rules)
            if pb > pa and not _PARTICIPLE.search(text, pa, pb):
                out.append((pa, pb))
    return out


# a stretch ending in a participle or infinitive is a clause, not a list ("vom Stadtrat gewählt")
_PARTICIPLE = re.compile(r"\s(?:ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]{3,}iert|[a-zäöüß]{3,}(?:en|t))\W*$")


def _after_name(text: str, end: int, stop: int) -> int:
    """The end of a group's name with what names it further: "(AKM)", "der Stadt Ulm"."""
    m = re.match(r"\s*\([^)]{1,20}\)", text[end:stop])
    return end + m.end() if m else end


# "... des Vereins Mosaik e. V. Die Geschäftsstelle ...": the abbreviation's full stop ends the sentence
_ABBREVIATION_END = re.compile(r"(?:(?<=\be\.\sV\.)|(?<=\be\.V\.)|(?<=\bmbH\.))\s+(?=(?:Die|Der|Das|Den|Dem|Des|Sie|Er|Es|Ihr\w*|Dies\w*"
                               r"|Zu|Im|In|Am|Auch|Außerdem|Zudem|Hinzu|Weitere)\b)")


def _pieces(text: str, start: int, end: int, rules: MemberRules) -> list[tuple[int, int]]:
    """A stretch cut at relative and subordinate clauses (", die den Prozess begleiten")."""
    out, pos = [], start
    cuts = sorted([*rules.relative.finditer(text, start, end), *_ABBREVIATION_END.finditer(text, start, end)],
                  key=lambda m: m.start())
    for m in cuts:
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return out


def _trim(text: str, start: int, end: int, rules: MemberRules) -> tuple[int, int]:
    """A stretch without the verbs, auxiliaries and adverbs at its edges."""
    while True:
        s = text[start:end]
        stripped = len(s) - len(s.lstrip(" \t\n,:"))
        lead = rules.lead_in.match(text, start + stripped, end)
        new_start = lead.end() if lead and lead.end() > start + stripped else start + stripped
        tail = rules.tail.search(text, new_start, end)
        new_end = tail.start() if tail else end
        while new_end > new_start and text[new_end - 1] in " \t\n,.:;" \
                and not (text[new_end - 1] == "." and strip_end(text[new_start:new_end]).endswith(".")):
            new_end -= 1
        if (new_start, new_end) == (start, end):
            return start, end
        start, end = new_start, new_end


def _org_items(text: str, start: int, end: int, res: Resources) -> list[Item]:
    """The items of an enumeration when it lists organisations, offices or persons, else none."""
    if end - start > 600 or not re.search(r"[A-ZÄÖÜ]", text[start:end]):
        return []
    lex = nlp.lexicon(res)
    if not any(lex.mark(w) for w in re.findall(r"[\w.-]+", text[start:end])):
        return []  # no word of an organisation or office: spaCy need not run
    ents = nlp.entities(text[start:end], res)
    if not ents:
        return []
    items = []
    for item in enumerations.read(text, start, end, entities=ents, res=res):
        head = lex.head(item.name.split()[0]) if item.head is None else None
        if item.count is not None and any(lex.head(w) and lex.head(w).sector_noun  # type: ignore[union-attr]
                                          for w in item.name.split()):
            continue  # "je 6 Vertretern aus Politik, Verwaltung ...": seats, not members
        if len(item.name.split()) > 12 or not re.search(r"(?:^|\s)[(„\"]?[A-ZÄÖÜ]", item.name) and not item.head \
                and not head:
            continue
        items.append(item)
    return items if any(i.head for i in items) else []


def _enumeration(rows: list[MemberRow], text: str, start: int, end: int, rules: MemberRules, res: Resources,
                 method: str) -> None:
    end = start + len(strip_end(text[start:end].rstrip(" \t\n:;")))
    for item in _org_items(text, start, end, res) or [
            i for i in enumerations.read(text, start, end, res=res) if len(i.name.split()) <= 12]:
        rows.append(MemberRow(item.name_start, item.end, item.name, method=method))


# --- lists and tables -------------------------------------------------------------------


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
            _enumeration(rows, text, lead.end(), b, rules, res, "item")


def _list_members(rows: list[MemberRow], layout: Layout, seg_no: int, taken: list[int], rules: MemberRules,
                  res: Resources, colon: bool = False) -> Chair | None:
    """Bullets, labelled sub-lists and table rows right after a sentence that introduces them
    (``colon``: a sentence ending in a colon, which a paragraph may go on)."""
    text = layout.flat.text
    label: str | None = None
    chair: Chair | None = None
    column: int | None = None
    segs = layout.segs
    listing = False
    for n in range(seg_no, len(segs)):
        seg = segs[n]
        # "1. Sozialamt" before "2. Jobcenter" (or the last one) reads as a heading
        numbered = seg.kind == "heading" and bool(_NUMBER.match(text, seg.start)) \
            and (listing or n + 1 < len(segs) and (segs[n + 1].kind == "item" or bool(
                _NUMBER.match(text, segs[n + 1].start)) and segs[n + 1].kind == "heading"))
        listing = seg.kind == "item" or numbered
        lead = rules.leads.match(text, seg.start) if seg.kind in ("para", "item") else None
        if lead and text[seg.start:lead.end()].rstrip().endswith(":"):  # "Mitglieder: Sozialamt, Jobcenter ..."
            _enumeration(rows, text, lead.end(), seg.end, rules, res, "list")
            break
        if seg.kind == "label":
            label = text[seg.start:seg.end].strip(" :")
        elif numbered and not _holds(taken, seg.start, seg.end):
            body = _NUMBER.match(text, seg.start).end()  # type: ignore[union-attr]
            chair = _list_item(rows, text, body, seg.end, label, res) or chair
        elif seg.kind == "item" and not _holds(taken, seg.start, seg.end):
            chair = _list_item(rows, text, seg.body, seg.end, label, res) or chair
        elif seg.kind == "para" and n == seg_no and colon:  # "... sind vertreten:" / page break / "die Caritas ..."
            unit = layout.units[layout.unit_at(seg.start)]
            for item in _org_items(text, unit.start, unit.end, res):
                rows.append(MemberRow(item.name_start, item.end, item.name, label, method="list"))
            break
        elif seg.kind == "row":
            first = text[seg.start:seg.end].split("\n")[0]
            cells = _cells(first, seg.start)
            if all(rules.headers.match(c) for _, _, c in cells if c):
                column = _member_column([c for _, _, c in cells], rules)
                continue
            chair = _table_row(rows, cells, column, label, rules, res) or chair
        else:
            break
    return chair


_CHAIR_MARK = re.compile(r"\s*\((?:Vorsitz|Vorsitzende[rn]?|Leitung|Sprecher\w*)\)")
_NUMBER = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[a-z][.)])[ \t]+")


def _list_item(rows: list[MemberRow], text: str, start: int, end: int, label: str | None,
               res: Resources) -> Chair | None:
    """One bullet: "Caritas-Zentrum Landau", "Caritas: Frau Müller", "Vertreter/in des Jobcenters"."""
    raw = text[start:end]
    marker = _CHAIR_MARK.search(raw)
    if marker:
        raw = raw[:marker.start()] + raw[marker.end():]
    left = re.match(r"([^:]{3,80}):\s+\S", raw)  # "Caritas: Frau Müller"
    raw = strip_end((left.group(1) if left else raw).strip(" \t,;–-\"„“”"))
    shift = 0
    org = _organisation_of(raw, res)
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


_PERSON = re.compile(r"(?:Herrn?|Frau)\s+(?:(?:Dr\.|Prof\.)\s*)*[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?|"
                     r"(?:Dr\.|Prof\.)\s*[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?")


def _organisation_of(raw: str, res: Resources) -> tuple[int, str] | None:
    """The organisation of "Frau Dr. Schmidt, Caritasverband", "Jobcenter – Herr Lang",
    "Herr Braun (Jobcenter)": the member a person stands for (offset in ``raw``, text)."""
    m = re.fullmatch(r"(.+?)\s*(?:,|–|-|\()\s*(.+?)\)?", raw)
    if not m:
        return None
    lex = nlp.lexicon(res)
    a, b = m.group(1), m.group(2)

    def org(part: str) -> bool:
        return any(lex.head(w) is not None for w in part.split())

    if _PERSON.fullmatch(a) and org(b):
        return m.start(2), b
    if _PERSON.fullmatch(b) and org(a):
        return 0, a
    return None


def _cells(line: str, offset: int) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for cell in line.split("\t"):
        lead = len(cell) - len(cell.lstrip())
        out.append((offset + pos + lead, offset + pos + len(cell.rstrip()), cell.strip()))
        pos += len(cell) + 1
    return out


def _member_column(headers: Sequence[str], rules: MemberRules) -> int:
    """The column of a members table that names the members: institutions before persons."""
    for k, h in enumerate(headers):
        if rules.org_header.match(h):
            return k
    for k, h in enumerate(headers):
        if h and not rules.person_header.match(h):
            return k
    return 0


def _table_row(rows: list[MemberRow], cells: list[tuple[int, int, str]], column: int | None, label: str | None,
               rules: MemberRules, res: Resources) -> Chair | None:
    if column is None:  # no header: the first cell, unless it names a person and another an organisation
        column = 0
        if len(cells) > 1 and re.match(r"(?:Herr|Frau)\b", cells[0][2]) and nlp.lexicon(res).head(
                cells[1][2].split()[0] if cells[1][2] else "") is not None:
            column = 1
    if column >= len(cells) or not cells[column][2]:
        return None
    a, b, cell = cells[column]
    marker = any(_CHAIR_MARK.search(c) or re.fullmatch(r"Vorsitz\w*", c) for _, _, c in cells)
    cell = _CHAIR_MARK.sub("", cell)
    org = _organisation_of(cell, res)
    shift, cell = org if org is not None else (0, cell)
    nom = enumerations.nominative(cell, res)
    if not nom.name:
        return None
    rows.append(MemberRow(a + shift + nom.offset, a + shift + (nom.length or len(cell)), nom.name, label, marker,
                          "table"))
    return Chair(nom.name, a, b, False) if marker else None


def _holds(offsets: list[int], start: int, end: int) -> bool:
    """Whether a sorted list of offsets has one in ``[start, end)``."""
    n = bisect.bisect_left(offsets, start)
    return n < len(offsets) and offsets[n] < end


def _with_chair(rows: list[MemberRow], chair: Chair | None, res: Resources) -> list[MemberRow]:
    """Members without repeats; the chair is a member: the one that names it, or a new one
    when the chair is a person ("neben Herrn Oberbürgermeister" is the chair Putz) or an
    office that no member stands for ("Den Vorsitz führt der Landrat")."""
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
    office = nlp.lexicon(res).head(chair.value.split()[0])
    stands_for = any(re.sub(r"e?s$", "", w) in {r.value.casefold() for r in unique} for w in words)
    if chair.person or (office is not None and office.label == "OFFICE" and not stands_for):
        unique.append(MemberRow(chair.start, chair.end, chair.value, None, True, "chair"))
    return unique
