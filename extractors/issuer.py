"""The issuing municipality of a document, read from where the issuer names itself.

Only the issuer counts, never a town the text merely mentions or an address:

- a letterhead line or cell in the header: "Stadt Leverkusen", "Landkreis Lörrach",
  "Große Kreisstadt Waiblingen", "Landeshauptstadt München", "Landratsamt Lörrach",
  "STADT ERLANGEN";
- an office or council naming its municipality: "Der Oberbürgermeister der Stadt Landshut",
  "Der Landrat des Landkreises Lörrach", "Magistrat der Stadt Kassel", "Rat der Stadt
  Leverkusen" (in the header, the Beratungsfolge or the decision proposal; a body of the
  Beratungsfolge such as 'Betriebsausschuss "Heime des Landkreises Lörrach"' too);
- the document's place and date line: "Stadt Landshut, den 13.11.2024", "Waiblingen, 20.11.2017";
- last, the subject naming the municipality whose matter it is ("Integrationskonzept der
  Stadt Landau in der Pfalz") when the text names it again.

Each name is looked up in the national gazetteer (:mod:`extractors.gazetteer`), which gives
type, state and AGS and decides between places of the same name by the issuer's word
(Stadt, Gemeinde, Markt, Landkreis) and the document's bodies (Kreistag, Stadtrat). A name
the gazetteer gives to several places keeps state and AGS empty; a word after "Stadt" that
is no place is not a municipality.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator

from pipeline.document import Document
from pipeline.structure import is_page_number, view

from .base import Line, Section, lines
from .dates import DateMatch, find_dates, loose_date_at
from .fastre import Matcher, prefiltered
from .gazetteer import _CONNECTORS, Gazetteer, Resolution, gazetteer, name_key
from .identity import cells
from .resources import Resources

MAX_NAME_TOKENS = 7
LETTERHEAD, OFFICE_HEADER, PLACE_DATE_HEADER, PLACE_DATE_BARE_HEADER = 10, 10, 10, 8
BODY, PLACE_DATE, PLACE_DATE_BARE, UNKNOWN_LETTERHEAD, PARTIAL_LETTERHEAD = 6, 5, 4, 6, 5
SUBJECT, MENTION, MIN_WEIGHT = 2, 1, 3
_NAME_TOKEN = re.compile(r"\([^()\n\t]{1,30}\)|[^\s,;:!?\"“”„«»()\[\]|]+")
_ADDRESSEE = re.compile(r"(?i)^\W*(?:an(?:\s+d(?:ie|en|as))?|herrn|frau|zu\s+händen|z\.\s?hd\.?)\W*$")
_UNKNOWN_NAME = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}(?:[- ][A-ZÄÖÜ][a-zäöüß]{2,}){0,3}")
_NOT_NAMES = frozenset("der die das und verwaltung rat amt referat fachbereich dezernat".split())


@dataclass(frozen=True)
class Evidence:
    """One place where the issuer names itself."""

    resolution: Resolution
    written: str
    start: int
    end: int
    weight: int
    method: str  # letterhead, council_body, place_date, subject


@dataclass(frozen=True)
class Vocabulary:
    """The issuer patterns of ``metadata.yaml``, compiled once."""

    kind_start: re.Pattern[str]  # a kind word at the start of a cell, before a capitalised name
    office: Matcher  # "Oberbürgermeister der Stadt ", "Rat der Stadt ", ...
    genitive: Matcher  # "der Stadt ", "des Landkreises "
    mention: Matcher  # "Stadt " anywhere
    kinds: dict[str, tuple[str, str]]  # kind word (lowercase, single-spaced) → (kind, type)
    hints: tuple[tuple[str, re.Pattern[str]], ...]
    laws: Matcher  # state laws, one named group per state (s0, s1, ...)
    law_states: tuple[str, ...]


_VOCABULARY: dict[int, Vocabulary] = {}


def vocabulary(res: Resources, gaz: Gazetteer) -> Vocabulary:
    key = id(res)
    if key not in _VOCABULARY:
        conf = res["metadata"]
        kinds: dict[str, tuple[str, str]] = {}
        for entry in conf["issuer_kinds"]:
            for word in entry["words"]:
                kinds[" ".join(word.lower().split())] = (entry["kind"], entry["type"])
        for title in gaz.town_titles:
            kinds.setdefault(title.lower(), ("Stadt", "Stadt"))
        words = sorted(kinds, key=len, reverse=True)
        alternation = "|".join(r"\s+".join(re.escape(w) for w in word.split()) for word in words)
        kind = r"(?P<kind>(?i:" + alternation + r"))"
        offices = "|".join(e["pattern"] for e in conf["issuer_offices"])
        upper = r"(?=[A-ZÄÖÜ])"
        _VOCABULARY[key] = Vocabulary(
            kind_start=re.compile(r"[ \t■•*#>-]*(?:\*\*)?" + kind + r"[ \t]*\n?[ \t]*" + upper),
            office=prefiltered(r"\b(?i:" + offices + r")\s+(?i:der|des)\s+" + kind + r"\s+" + upper),
            genitive=prefiltered(r"\b(?:der|des|DER|DES)\s+" + kind + r"\s+" + upper),
            mention=re.compile(r"(?<![\w-])" + kind + r"\s+" + upper),
            kinds=kinds,
            hints=tuple((e["id"], re.compile(e["pattern"])) for e in conf["issuer_hints"]),
            laws=prefiltered("|".join(f"(?P<s{i}>{e['pattern']})" for i, e in enumerate(conf["state_hints"]))),
            law_states=tuple(e["id"] for e in conf["state_hints"]),
        )
    return _VOCABULARY[key]


def kind_of(voc: Vocabulary, word: str) -> tuple[str, str]:
    return voc.kinds[" ".join(word.lower().split())]


# --- names ---------------------------------------------------------------------------

def name_ends(text: str, pos: int, limit: int) -> list[int]:
    """Where a place name starting at ``pos`` may end, longest first: up to seven tokens
    ("Landau in der Pfalz", "Frankfurt (Oder)"), across at most one line break."""
    ends: list[int] = []
    i = pos
    newline = False
    while len(ends) < MAX_NAME_TOKENS and i < limit:
        j = i
        while j < limit and text[j] in " \n":
            if text[j] == "\n":
                if newline:
                    return ends[::-1]
                newline = True
            j += 1
        if ends and j == i:
            break
        m = _NAME_TOKEN.match(text, j, limit)
        if m is None:
            break
        token = m.group(0)
        if not ends and not token[0].isupper():
            break
        if ends and token[0].islower() and token.strip(".").lower() not in _CONNECTORS and "." not in token:
            break
        ends.append(m.end())
        i = m.end()
    return ends[::-1]


def read_name(text: str, pos: int, limit: int, gaz: Gazetteer, kind: str | None,
              hints: frozenset[str], title: str | None = None) -> tuple[Resolution, int] | None:
    """The longest place name the gazetteer knows at ``pos``, resolved, and where it ends."""
    for end in name_ends(text, pos, limit):
        written = text[pos:end]
        last = written.split()[-1].strip(".").lower()
        if last in _CONNECTORS:
            continue
        if gaz.knows(written):
            found = gaz.resolve(written, kind, hints, title)
            if found is not None:
                return found, end
    return None


def unknown_name(text: str, pos: int, limit: int) -> int | None:
    """End of a capitalised name the gazetteer does not know ("Stadt Neuhausen"), if any."""
    m = _UNKNOWN_NAME.match(text, pos, limit)
    if m is None or m.group(0).split()[0].lower() in _NOT_NAMES:
        return None
    return m.end()


# --- evidence --------------------------------------------------------------------------

def find_issuer(doc: Document, res: Resources, sections: list[Section], header_end: int,
                dated: list[PlaceDate] | None = None) -> Evidence | None:
    """The best-supported issuer of the document, or None; ``dated`` are the document's place
    and date lines (:func:`place_date_lines`) when already read."""
    gaz = gazetteer(res)
    voc = vocabulary(res, gaz)
    hints = body_hints(doc.text, sections, header_end, voc)
    found = list(letterheads(doc.text, lines(doc.text, 0, header_end), gaz, voc, hints))
    found += letterheads(doc.text, running_lines(doc, header_end), gaz, voc, hints, running=True)
    found += offices(doc.text, sections, header_end, gaz, voc, hints)
    if dated is None:
        dated = place_date_lines(doc, res, sections, header_end)
    found += place_dates(dated, header_end)
    best = choose(found, gaz)
    if best is not None:
        return best
    return choose(subject_mentions(doc.text, sections, header_end, gaz, voc, hints), gaz)


def body_hints(text: str, sections: list[Section], header_end: int, voc: Vocabulary) -> frozenset[str]:
    """district / town / municipality: which bodies the header, Beratungsfolge and proposal name;
    ``state:<name>`` for each state whose own laws the text cites."""
    parts = [text[:header_end]] + [text[s.head_start:s.end] for s in sections
                                   if s.id in ("consultation", "decision_proposal")]
    found = {hid for hid, pattern in voc.hints if any(pattern.search(p) for p in parts)}
    for m in voc.laws.finditer(text):
        found.add("state:" + voc.law_states[int(next(k for k, v in m.groupdict().items() if v)[1:])])
    return frozenset(found)


def running_lines(doc: Document, header_end: int) -> list[Line]:
    """Running headers and footers after the header (page numbers left out)."""
    v = view(doc)
    return [v.lines[i] for i in sorted(v.furniture)
            if v.lines[i].start >= header_end and not is_page_number(v.lines[i].text)]


def letterheads(text: str, header: list[Line], gaz: Gazetteer, voc: Vocabulary,
                hints: frozenset[str], running: bool = False) -> Iterator[Evidence]:
    """'Stadt X' / 'Landratsamt X' starting a line or a cell of the header (the name may stand
    on the next line: "Landeshauptstadt" / "München"); with ``running``, the lines are running
    headers and footers ("Stadt Musterstadt · Fachbereich Soziales" on every page)."""
    previous = ""
    for n, line in enumerate(header):
        if not line.text.strip():
            continue
        addressed = bool(_ADDRESSEE.match(previous))
        previous = line.text
        if addressed:
            continue
        for start, end, cell in cells(line):
            limit = end
            if not running and end == line.end and cell.strip(" \t■•*#>-").lower() in voc.kinds and n + 1 < len(header):
                following = header[n + 1]
                limit = following.start + len(following.text.split("\t")[0])
            m = voc.kind_start.match(text, start, limit)
            if m is None:
                place = gaz.self_named(cell.strip(" \t■•*#>-"))
                if place is not None:
                    at = start + len(cell) - len(cell.lstrip(" \t■•*#>-"))
                    written = cell.strip(" \t■•*#>-")
                    yield Evidence(Resolution(place.name, place.type, place), written, at, at + len(written),
                                   LETTERHEAD, "letterhead")
                continue
            kind, mtype = kind_of(voc, m["kind"])
            got = read_name(text, m.end(), limit, gaz, kind, hints, m["kind"])
            if got is not None:
                resolution, name_end = got
                rest = text[name_end:limit]
                exact = not rest.strip() or re.match(r"\s*,\s*(?:den\b|\d|$)", rest)
                yield Evidence(resolution, text[m.end():name_end], m.end(), name_end,
                               LETTERHEAD if exact and not running else PARTIAL_LETTERHEAD, "letterhead")
                continue
            unknown_end = unknown_name(text, m.end(), limit)
            if unknown_end is not None and not text[unknown_end:limit].strip() and n < 12 and not running:
                written = text[m.end():unknown_end]
                yield Evidence(Resolution(written, mtype), written, m.end(), unknown_end, UNKNOWN_LETTERHEAD, "letterhead")


def offices(text: str, sections: list[Section], header_end: int, gaz: Gazetteer, voc: Vocabulary,
            hints: frozenset[str]) -> list[Evidence]:
    """'Der Oberbürgermeister der Stadt X', 'Rat der Stadt X' in the header, the Beratungsfolge
    and the decision proposal; any 'der Stadt X' within the Beratungsfolge."""
    regions = [(0, header_end, OFFICE_HEADER, voc.office)]
    for s in sections:
        if s.id == "consultation":
            regions.append((s.head_start, s.end, BODY, voc.genitive))
        elif s.id in ("decision_proposal", "signature"):
            regions.append((s.head_start, min(s.end, s.body_start + 3000), BODY, voc.office))
    found = []
    for start, end, weight, pattern in regions:
        for m in pattern.finditer(text, start, end):
            kind, _ = kind_of(voc, m["kind"])
            got = read_name(text, m.end(), min(end, m.end() + 80), gaz, kind, hints, m["kind"])
            if got is not None:
                resolution, name_end = got
                method = "letterhead" if weight == OFFICE_HEADER else "council_body"
                found.append(Evidence(resolution, text[m.end():name_end], m.end(), name_end, weight, method))
    return found


_PLACE_DATE = re.compile(r"(?m)(?:^|(?<=[\t\f]))[ \t]*(?P<head>[A-ZÄÖÜ][^\t\n,]{1,60}?),[ \t]*(?:den[ \t]*)?(?=\d)")


@dataclass(frozen=True)
class PlaceDate:
    """A place and date line: "Stadt Landshut, den 13.11.2024", "Waiblingen, 20.11.2017"."""

    resolution: Resolution
    written: str
    start: int  # of the place name
    end: int
    kind: str | None  # the kind word before the name, if any
    date: DateMatch
    trailing: bool = False  # the place ends a longer cell ("Amt für Soziales Göppingen, 04.05.2021")


def place_date_lines(doc: Document, res: Resources, sections: list[Section], header_end: int) -> list[PlaceDate]:
    """Every place and date line of the document whose place the gazetteer knows, at the start
    of a line or a cell."""
    gaz = gazetteer(res)
    voc = vocabulary(res, gaz)
    hints = body_hints(doc.text, sections, header_end, voc)
    return _place_date_lines(doc.text, gaz, voc, hints) + trailing_place_dates(doc.text, header_end, gaz, hints)


_TRAILING_DATE = re.compile(r",[ \t]*(?:den[ \t]*)?(?=\d)")


def trailing_place_dates(text: str, header_end: int, gaz: Gazetteer, hints: frozenset[str]) -> list[PlaceDate]:
    """Header cells that end in a place and date after other words ("Amt für Migration und
    Integration Göppingen, 04.05.2021"): the document's date, not its issuer."""
    found = []
    for line in lines(text, 0, header_end):
        for start, end, cell in cells(line):
            m = _TRAILING_DATE.search(text, start, end)
            if m is None:
                continue
            dates = find_dates(text, m.end(), end)
            if not dates or dates[0].start != m.end() or text[dates[0].end:end].strip():
                continue
            words = list(re.finditer(r"\S+", text[start:m.start()]))
            for first in range(max(1, len(words) - 4), len(words)):
                at = start + words[first].start()
                written = text[at:m.start()]
                if written[0].isupper() and gaz.knows(written):
                    resolution = gaz.resolve(written, None, hints)
                    if resolution is not None:
                        found.append(PlaceDate(resolution, written, at, m.start(), None, dates[0], trailing=True))
                        break
    return found


def _place_date_lines(text: str, gaz: Gazetteer, voc: Vocabulary, hints: frozenset[str]) -> list[PlaceDate]:
    found = []
    for m in _PLACE_DATE.finditer(text):
        dates = find_dates(text, m.end(), min(len(text), m.end() + 20))
        date = dates[0] if dates and dates[0].start == m.end() else loose_date_at(text, m.end())
        if date is None:
            continue
        start, end = m.start("head"), m.end("head")
        k = voc.kind_start.match(text, start, end)
        kind = title = None
        if k is not None:
            kind, _ = kind_of(voc, k["kind"])
            title = k["kind"]
            start = k.end()
        got = read_name(text, start, end, gaz, kind, hints, title)
        if got is None or text[got[1]:end].strip():
            continue
        found.append(PlaceDate(got[0], text[start:got[1]], start, got[1], kind, date))
    return found


def place_dates(dated: list[PlaceDate], header_end: int) -> list[Evidence]:
    """Place and date lines as evidence: strong in the header, weaker further on; not a place
    ending a longer cell (an office's seat)."""
    found = []
    for pd in dated:
        if pd.trailing:
            continue
        in_header = pd.start < header_end
        weight = (PLACE_DATE_HEADER if pd.kind else PLACE_DATE_BARE_HEADER) if in_header else \
                 (PLACE_DATE if pd.kind else PLACE_DATE_BARE)
        found.append(Evidence(pd.resolution, pd.written, pd.start, pd.end, weight, "place_date"))
    return found


def subject_mentions(text: str, sections: list[Section], header_end: int, gaz: Gazetteer,
                     voc: Vocabulary, hints: frozenset[str]) -> list[Evidence]:
    """The subject naming a municipality ("... der Stadt Landau in der Pfalz"), supported by
    the text naming it again; nothing when the subject names none."""
    subject = next((s for s in sections if s.id in ("subject", "agenda_item") and s.head_start < header_end + 500), None)
    if subject is None:
        return []
    end = text.find("\n\n", subject.body_start + 1)
    end = subject.end if end < 0 else min(end, subject.end)
    found = []
    for m in voc.mention.finditer(text, subject.body_start, end):
        kind, _ = kind_of(voc, m["kind"])
        got = read_name(text, m.end(), min(end, m.end() + 80), gaz, kind, hints, m["kind"])
        if got is not None:
            found.append(Evidence(got[0], text[m.end():got[1]], m.end(), got[1], SUBJECT, "subject"))
    if len({e.resolution.place or e.resolution.name for e in found}) != 1:
        return []
    target = found[0]
    support = 0
    for m in voc.mention.finditer(text):
        if subject.body_start <= m.start() < end:
            continue
        kind, _ = kind_of(voc, m["kind"])
        got = read_name(text, m.end(), min(len(text), m.end() + 80), gaz, kind, hints, m["kind"])
        if got is not None and same_place(target, got[0], text[m.end():got[1]], gaz):
            support += MENTION
            if support >= 2:
                break
    if support == 0:
        return []
    return found + [Evidence(target.resolution, target.written, target.start, target.end, support, "subject")]


def same_place(ev: Evidence, other: Resolution, written: str, gaz: Gazetteer) -> bool:
    """Whether ``other`` (written ``written``) may name the place of ``ev``."""
    if ev.resolution.place is not None:
        if other.place is not None:
            return other.place == ev.resolution.place
        return ev.resolution.place in gaz.candidates(written)
    return name_key(other.name) == name_key(ev.resolution.name)


def choose(found: list[Evidence], gaz: Gazetteer) -> Evidence | None:
    """The place with the most weight (ties: named first); a name of several places counts
    for the one place named in full elsewhere ("Stadt Landau" for "Stadt Landau in der Pfalz")."""
    resolved = {e.resolution.place for e in found if e.resolution.place is not None}
    totals: dict[Any, int] = {}
    best_of: dict[Any, Evidence] = {}
    for ev in found:
        key: Any = ev.resolution.place
        if key is None:
            fits = [p for p in resolved if p in gaz.candidates(ev.written)]
            key = fits[0] if len(fits) == 1 else ("?", name_key(ev.resolution.name), ev.resolution.type)
        totals[key] = totals.get(key, 0) + ev.weight
        held = best_of.get(key)
        if held is None or rank(ev) > rank(held):
            best_of[key] = ev
    if not totals:
        return None
    key = max(totals, key=lambda k: (totals[k], -best_of[k].start))
    return best_of[key] if totals[key] >= MIN_WEIGHT else None


def rank(ev: Evidence) -> tuple[bool, int, int]:
    """Which evidence of a place stands for it: a resolved name, then the weightiest, first."""
    return ev.resolution.place is not None, ev.weight, -ev.start
