"""Place names in documents: the words that name a kind of place, the names after them, and
the place and date lines.

"Stadt Landau in der Pfalz – …": after a kind word ("Stadt", "Landratsamt", "Große
Kreisstadt", "Lutherstadt") the longest run of tokens the gazetteer knows is the name, so
that "Stadt Erlangen Referat für Planen" reads "Erlangen" and "Stadt Frankfurt (Oder)" the
whole name. A place and date line ("Stadt Landshut, den 13.11.2024", "Waiblingen,
20.11.2017") starts a line or a cell; its place must be one the gazetteer knows ("Am
Dienstag, 13. September 2022" is none).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from extractors.base import Section
from extractors.fastre import Matcher, prefiltered
from extractors.resources import Resources, typed
from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import DEFINITE_ARTICLES, words
from pipeline.lang.de.dates import DateMatch, find_dates, loose_date_at
from pipeline.structure import View, header_cells

from .gazetteer import _CONNECTORS, Gazetteer, Resolution, gazetteer

MAX_NAME_TOKENS = 7
_NAME_TOKEN = re.compile(r"\([^()\n\t]{1,30}\)|[^\s,;:!?\"“”„«»()\[\]|]+")
_UNKNOWN_NAME = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}(?:[- ][A-ZÄÖÜ][a-zäöüß]{2,}){0,3}")
_NOT_NAMES = words(*DEFINITE_ARTICLES, "conjunctions") | {
    "verwaltung",
    "rat",
    "amt",
    "referat",
    "fachbereich",
    "dezernat",
}


@dataclass(frozen=True)
class Vocabulary:
    """The issuer patterns of ``metadata.yaml``, compiled once."""

    kind_start: re.Pattern[str]  # a kind word at the start of a cell, before a capitalised name
    office: Matcher  # "Oberbürgermeister der Stadt ", "Rat der Stadt ", ...
    genitive: Matcher  # "der Stadt ", "des Landkreises "
    council: Matcher  # "Gemeinderat ", "BVV Mitte von " before the municipality's name
    own_councils: tuple[tuple[str, Matcher], ...]  # (municipality, a council only it has)
    instrument: Matcher  # "Amtsblatt der Stadt ", "Hauptsatzung der Gemeinde ", ...
    mention: Matcher  # "Stadt " anywhere
    kinds: dict[str, tuple[str, str]]  # kind word (lowercase, single-spaced) → (kind, type)
    hints: tuple[tuple[str, Matcher], ...]
    laws: Matcher  # state laws, one named group per state (s0, s1, ...)
    law_states: tuple[str, ...]
    doc_type: re.Pattern[str]  # a document type word ("Vorlage", "Drucksache"): never a place's name
    association: re.Pattern[str]  # "Verbandsgemeindeverwaltung Wittlich-Land": a whole cell
    associations: dict[str, str]  # its opening word (lower case) → the association's kind ("Verbandsgemeinde")
    # a number label and its id one space after a letterhead's name, the right-hand column flattened
    # ("Rhein-Sieg-Kreis Vorlagen-Nr. : 0187/XI"): where the name ends
    number_field: re.Pattern[str] = re.compile("(?!)")


def vocabulary(res: Resources, gaz: Gazetteer) -> Vocabulary:
    """The issuer patterns of ``metadata.yaml`` with the town titles of ``gaz``, the resources'
    gazetteer (built once per resource set)."""
    return res.compiled(build_vocabulary)


# how an id opens after its number label: a digit, maybe after a letter code or two ("KT/0311/2026",
# "KT-DS 0412/2027")
ID_OPENING = r"(?:[A-Z]{1,4}[ /-]?){0,2}[ /-]?\d"


def build_vocabulary(res: Resources) -> Vocabulary:
    gaz = gazetteer(res)
    conf = typed.metadata(res)
    kinds: dict[str, tuple[str, str]] = {}
    for entry in conf.issuer_kinds:
        for word in entry.words:
            kinds[kind_key(word)] = (entry.kind, entry.type)
    for title in gaz.town_titles:
        kinds.setdefault(kind_key(title), ("Stadt", "Stadt"))
    words = sorted(kinds, key=len, reverse=True)
    # "GROSSE KREISSTADT" in capitals: ß is written ss
    alternation = "|".join(r"\s+".join(re.escape(w).replace("ss", "(?:ss|ß)") for w in word.split()) for word in words)
    kind = r"(?P<kind>(?i:" + alternation + r"))"
    # a title joined to the kind ("Universitäts- und Hansestadt Greifswald") and kind words
    # in a row ("Stadtverwaltung Große Kreisstadt Pirna")
    joined = r"(?:[A-ZÄÖÜ][a-zäöüß]+-[ \t]+und[ \t]+)?"
    more = r"(?:[ \t]+(?i:" + alternation + r"))*"
    offices = "|".join(e.pattern for e in conf.issuer_offices)
    instruments = "|".join(e.pattern for e in conf.issuer_instruments)
    upper = r"(?=[A-ZÄÖÜ])"
    return Vocabulary(
        kind_start=re.compile(
            r"[ \t"
            + markers.escaped(markers.LINE_MARKS)
            + r"]*(?:\*\*)?"
            + joined
            + kind
            + more
            + r"[ \t]*\n?[ \t]*"
            + upper
        ),
        office=prefiltered(r"\b(?i:" + offices + r")\s+(?i:der|des)\s+" + kind + r"\s+" + upper),
        genitive=prefiltered(r"\b(?:der|des|DER|DES)\s+" + kind + r"\s+" + upper),
        council=prefiltered(
            r"\b(?:"
            + "|".join(e.pattern for e in conf.issuer_councils if not e.place)
            + r")[ \t]+(?:(?:[A-ZÄÖÜ][\w-]*[ \t]+){1,3}von[ \t]+)?"
            + upper
        ),
        instrument=prefiltered(r"\b(?:" + instruments + r")\s+(?:der|des)\s+" + kind + r"\s+" + upper),
        mention=prefiltered(r"(?<![\w-])" + kind + r"\s+" + upper),
        kinds=kinds,
        own_councils=tuple((e.place, prefiltered(e.pattern)) for e in conf.issuer_councils if e.place),
        hints=tuple((e.id, prefiltered(e.pattern)) for e in conf.issuer_hints),
        laws=prefiltered("|".join(f"(?P<s{i}>{e.pattern})" for i, e in enumerate(conf.state_hints))),
        law_states=tuple(e.id for e in conf.state_hints),
        doc_type=re.compile(r"(?i:" + "|".join(e.pattern for e in conf.doc_types) + r")\w*"),
        association=re.compile(
            r"[ \t]*(?P<word>(?i:"
            + "|".join(re.escape(w) for e in conf.issuer_associations for w in sorted(e.words, key=len, reverse=True))
            + r"))[ \t]+(?P<name>"
            + _ASSOCIATION_NAME
            + r")[ \t]*"
        ),
        associations={w.lower(): e.name for e in conf.issuer_associations for w in e.words},
        number_field=re.compile(
            r" (?=(?:"
            + "|".join(e.pattern for e in conf.number_labels if not e.structured)
            + r")(?![\wäöüß])[ \t]*:?[ \t]*"
            + ID_OPENING
            + ")"
        ),
    )


# a capitalised name of one or two words, maybe hyphenated ("Wittlich-Land", "Bad Bentheim"), the second
# maybe after a place name's linking word ("Annweiler am Trifels"), an Amt's members after it ("Amt X und
# Gemeinden"), or such a name in capitals after its kind in capitals ("SAMTGEMEINDE BAD BENTHEIM")
_MIXED_NAME = (
    r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*(?:[ \t]+(?:(?:am|an[ \t]+der|im|in[ \t]+der|ob[ \t]+der)[ \t]+)?"
    r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*)?(?:[ \t]+und[ \t]+Gemeinden)?"
)
_CAPITALS_NAME = (
    r"[A-ZÄÖÜ]{2,}(?:-[A-ZÄÖÜ]{2,})*(?:[ \t]+(?:(?:AM|AN[ \t]+DER|IM|IN[ \t]+DER|OB[ \t]+DER)[ \t]+)?"
    r"[A-ZÄÖÜ]{2,}(?:-[A-ZÄÖÜ]{2,})*)?(?:[ \t]+UND[ \t]+GEMEINDEN)?"
)
_ASSOCIATION_NAME = r"(?:" + _MIXED_NAME + r"|(?<=[A-ZÄÖÜ][ \t])" + _CAPITALS_NAME + r")"


def kind_key(word: str) -> str:
    """A kind word as looked up: lower case, single spaces, ß as ss ("GROSSE KREISSTADT")."""
    return " ".join(word.lower().replace("ß", "ss").split())


def kind_of(voc: Vocabulary, word: str) -> tuple[str, str]:
    return voc.kinds[kind_key(word)]


def name_ends(text: str, pos: int, limit: int) -> list[int]:
    """Where a place name starting at ``pos`` may end, longest first: up to seven tokens
    ("Landau in der Pfalz", "Frankfurt (Oder)"), across at most one line break (also inside a
    word hyphenated at the line's end: "Karls-" / "ruhe")."""
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
        wrapped = ends and text[i - 1] == "-" and "\n" in text[i:j]  # "Karls-" / "ruhe"
        if (
            ends
            and token[0].islower()
            and token.strip(".").lower() not in _CONNECTORS
            and "." not in token
            and not wrapped
        ):
            break
        ends.append(m.end())
        i = m.end()
    return ends[::-1]


# a name hyphenated at a line's end ("Stadt Karls-" / "ruhe"): read as one word
_WRAPPED = re.compile(r"(?<=[a-zäöüß])-[ \t]*\n[ \t]*(?=[a-zäöüß])")


def read_name(
    text: str, pos: int, limit: int, gaz: Gazetteer, kind: str | None, hints: frozenset[str], title: str | None = None
) -> tuple[Resolution, int] | None:
    """The longest place name the gazetteer knows at ``pos``, resolved, and where it ends."""
    for end in name_ends(text, pos, limit):
        written = _WRAPPED.sub("", text[pos:end])
        last = written.split()[-1].strip(".").lower()
        if last in _CONNECTORS:
            continue
        if gaz.knows(written):
            found = gaz.resolve(written, kind, hints, title)
            if found is not None:
                return found, end
    return None


def named_with_kind(
    text: str, pos: int, limit: int, gaz: Gazetteer, hints: frozenset[str]
) -> tuple[Resolution, int] | None:
    """A place whose own name starts with a kind word ("Markt Schwaben", "Stadt Wehlen"), read
    from the kind word at ``pos``."""
    if text[pos : pos + 10].split(" ")[0].lower() not in _KIND_FIRST_WORDS:
        return None
    got = read_name(text, pos, limit, gaz, None, hints)
    if got is None or got[0].place is None or got[0].place.name.split()[0].lower() not in _KIND_FIRST_WORDS:
        return None
    return got


_KIND_FIRST_WORDS = frozenset({"markt", "stadt", "gemeinde", "kreis", "landkreis"})


def unknown_name(text: str, pos: int, limit: int) -> int | None:
    """End of a capitalised name the gazetteer does not know ("Stadt Neuhausen"), if any."""
    m = _UNKNOWN_NAME.match(text, pos, limit)
    if m is None or m.group(0).split()[0].lower() in _NOT_NAMES:
        return None
    return m.end()


def body_hints(text: str, sections: list[Section], header_end: int, voc: Vocabulary) -> frozenset[str]:
    """district / town / municipality: which bodies the header, Beratungsfolge and proposal name;
    ``state:<name>`` for each state whose own laws the text cites."""
    parts = [text[:header_end]] + [
        text[s.head_start : s.end] for s in sections if s.id in ("consultation", "decision_proposal")
    ]
    found = {hid for hid, pattern in voc.hints if any(pattern.search(p) for p in parts)}
    for m in voc.laws.finditer(text):
        found.add("state:" + voc.law_states[int(next(k for k, v in m.groupdict().items() if v)[1:])])
    return frozenset(found)


# the place at a line's or a cell's start (after a tab, a form feed or a column gap of three
# spaces), the date after "den" maybe on the next line (a text export set the cells apart:
# "Stadt Landshut, den" / "" / "13.11.2024"); a column gap ends a cell, so the place holds none
# ("Sitzungsdatum:      05.12.2024      Stadt Landshut, den      13.11.2024", pdftotext -layout)
_PLACE_DATE = re.compile(
    r"(?m)(?:^|(?<=[\t\f])|(?<=   )|(?<= · ))[ \t]*(?P<head>[A-ZÄÖÜ](?:(?!   | · )[^\t\n,]){1,60}?),"
    r"[ \t]*(?:den[ \t]*(?:\n[ \t]*){0,3})?(?=\d)"
)


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


def place_date_lines(
    sv: View, res: Resources, sections: list[Section], header_end: int, hints: frozenset[str] | None = None
) -> list[PlaceDate]:
    """Every place and date line of the document whose place the gazetteer knows, at the start
    of a line or a cell; ``hints`` are the document's :func:`body_hints` when already read."""
    gaz = gazetteer(res)
    voc = vocabulary(res, gaz)
    if hints is None:
        hints = body_hints(sv.text, sections, header_end, voc)
    return _place_date_lines(sv.text, gaz, voc, hints) + trailing_place_dates(sv, header_end, gaz, hints)


_TRAILING_DATE = re.compile(r",[ \t]*(?:den[ \t]*)?(?=\d)")
# ", den" before the date: a place and date line anywhere in the text, not a date in a sentence
_DEN_DATE = re.compile(r",[ \t]*den[ \t]+(?=\d)")
MAX_LETTERHEAD_WORDS = 8  # the words of a line before its place and date, beyond the header


def trailing_place_dates(sv: View, header_end: int, gaz: Gazetteer, hints: frozenset[str]) -> list[PlaceDate]:
    """Header cells that end in a place and date after other words ("Amt für Migration und
    Integration Göppingen, 04.05.2021"): the document's date, not its issuer. Beyond the header,
    a short line that ends so with ", den" before its date ("Fachbereich Jugend Musterstadt Musterstadt,
    den 03.02.2025", an office and its place and date whose gap a PDF's text layer lost)."""
    found = []
    for line in sv.lines:
        beyond = line.start >= header_end
        if "," not in line.text or beyond and "den" not in line.text:
            continue
        for start, end, _cell in header_cells(line):
            got = _trailing(sv.text, start, end, _DEN_DATE if beyond else _TRAILING_DATE, gaz, hints)
            if got is not None and (not beyond or len(sv.text[start : got.start].split()) < MAX_LETTERHEAD_WORDS):
                found.append(got)
    return found


def _trailing(
    text: str, start: int, end: int, pattern: re.Pattern[str], gaz: Gazetteer, hints: frozenset[str]
) -> PlaceDate | None:
    """The place and date that end the cell from ``start`` to ``end`` after other words, or None.
    The last comma before a number is the date's: an address before it has its own ("Allee 14,
    36433 Bad Salzungen Bad Salzungen, 19.04.2027", an address and a place and date run together)."""
    matches = list(pattern.finditer(text, start, end))
    if not matches:
        return None
    m = matches[-1]
    dates = find_dates(text, m.end(), end)
    if not dates or dates[0].start != m.end() or text[dates[0].end : end].strip():
        return None
    words = list(re.finditer(r"\S+", text[start : m.start()]))
    for first in range(max(1, len(words) - 4), len(words)):
        at = start + words[first].start()
        written = text[at : m.start()]
        if written[0].isupper() and gaz.knows(written):
            resolution = gaz.resolve(written, None, hints)
            if resolution is not None:
                return PlaceDate(resolution, written, at, m.start(), None, dates[0], trailing=True)
    return None


_COMMA_DATE = re.compile(r",[ \t]*(?:den[ \t]*(?:\n[ \t]*){0,3})?\d")  # the comma every place and date line has


def _place_date_matches(text: str) -> Iterator[re.Match[str]]:
    """``_PLACE_DATE.finditer(text)``, tried only in the lines that hold a comma before a date:
    at the line's start and after each tab, form feed, gap or middle dot parting a strip of fields
    ("Bearbeiter: Herr X · Tel. … · Musterstadt, den 11.05.2027") before that comma (``re`` would try
    the pattern at every character)."""
    starts: set[int] = set()
    for hit in _COMMA_DATE.finditer(text):
        comma = hit.start()
        line = text.rfind("\n", 0, comma) + 1
        starts.add(line)
        for sep in ("\t", "\f", "   ", " · "):
            at = text.find(sep, line, comma)
            while at >= 0:
                starts.add(at + len(sep))
                at = text.find(sep, at + 1, comma)
    end = 0
    for start in sorted(starts):
        if start < end:
            continue
        m = _PLACE_DATE.match(text, start)
        if m is not None:
            end = m.end()
            yield m


def _place_date_lines(text: str, gaz: Gazetteer, voc: Vocabulary, hints: frozenset[str]) -> list[PlaceDate]:
    found = []
    for m in _place_date_matches(text):
        dates = find_dates(text, m.end(), min(len(text), m.end() + 20))
        date = dates[0] if dates and dates[0].start == m.end() else loose_date_at(text, m.end())
        if date is None:
            continue
        start, end = m.start("head"), m.end("head")
        k = voc.kind_start.match(text, start, end)
        kind = title = None
        got = named_with_kind(text, k.start("kind"), end, gaz, hints) if k is not None else None
        if k is not None and got is None:
            kind, _ = kind_of(voc, k["kind"])
            title = k["kind"]
            start = k.end()
        if got is None:
            got = read_name(text, start, end, gaz, kind, hints, title)
        elif k is not None:
            start = k.start("kind")
        if got is None or text[got[1] : end].strip():
            continue
        found.append(PlaceDate(got[0], text[start : got[1]], start, got[1], kind, date))
    return found
