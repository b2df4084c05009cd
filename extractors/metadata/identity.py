"""A document's type and number, read from its own header (its date: :mod:`extractors.metadata.doc_date`).

- type: the heading word in any case and spelling ("Sitzungsvorlage", "BESCHLUSSVORLAGE",
  "Vorlage Nr. 2017/1900", "Antrag gemäß § 28 GeschO"), written as the vocabulary of
  ``metadata.yaml`` names it;
- number: after its label ("Vorlage Nr. 2017/1900", "Vorlagen-Nr.: VO/2019/123",
  "Drucksache Nr. 0123/2019-1", "Nr.: 139/2018", "Sitzungsvorlage Nr. 20-26 / V 02318"), after
  or under the type heading ("Sitzungsvorlage" / "500/035/2017"), or above its label;
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from extractors.base import Section, first_section
from extractors.resources.typed import Metadata as MetadataFile
from pipeline.document import Document, Span
from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import ARTICLES, words
from pipeline.lang.de.dates import find_dates
from pipeline.structure import Line, View, cell_below, header_cells

from .letterheads import from_first_words
from .place_names import ID_OPENING

_BULLETS = " \t" + markers.LINE_MARKS
_CHUNK = r"(?:[A-ZÄÖÜ]{1,4} ?\d[\dA-Za-z]*|\d[\dA-Za-z]*|[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,5}(?![a-zäöüß]))"
_SEP = r"(?:[ \t]?[/.\-–][ \t]?)"
# an office's number in brackets inside an id, glued to the characters on both sides: "DS-II(58)0112"
_INNER = r"(?:\(\d{1,4}\)[\dA-Z][\dA-Za-z]*)?"
ID = _CHUNK + _INNER + "(?:" + _SEP + _CHUNK + _INNER + ")*"
_ID = re.compile(ID)
# an id of a comb field, a space after each of its characters, ending its cell
_COMB = re.compile(r"(?:[0-9A-ZÄÖÜ/.\-–] ){5,}[0-9A-Z](?=[ \t]*$|[ \t]{2})", re.M)
# a count with its period in brackets and a letter code after it, ending its cell: "2517 (V) BDs", "88 (XI)"
BRACKETED_ID = r"\d+[ \t]?\([A-Z]{1,6}\)(?:[ \t][A-Z][A-Za-z]{1,4})?"
_BRACKETED_ID = re.compile(BRACKETED_ID + r"(?=\s*$)")
# letters ending an id across a spaced separator ("14–20 / V" wrapped before its digits); an
# attached period mark stays ("1536/V")
_TRAILING_LETTERS = re.compile(r"(?:[ \t][/.\-–][ \t]?|[/.\-–][ \t]|[ \t])[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,5}$|[.\-–]$")
_HEADING_REST = re.compile(
    r"\s*(?:$|[:\t(–—-]|Nr\b|Nr\.|Nummer|\d|[A-Z]{1,5}[ /-]?\d|vom\b|gem(?:äß|\.)|der\b|des\b|zur\b|zum\b"
    r"|für\b|an\b|im\b|in\b|über\b|öffentlich|nicht ?öffentlich"
    # the generic type word with the paper's id, a column a PDF's text layer joined ("Beschlussvorlage Drucksache
    # 0317/2027 öffentlich")
    r"|Drucksache[ \t]+(?:Nr\.?[ \t]*)?[\w/.-]*\d)",
    re.I,
)
# a colon or the dots that lead a form's label to its value ("Drucksache .......  DS/0218/XXII")
_SEPARATOR = r"(?::|" + markers.DOT_LEADER + r")?"
_AFTER_HEADING = re.compile(r"[ \t]*(?:[-–][ \t]*)?(?:(?i:Nr\.?|Nummer|No\.)[ \t]*)?" + _SEPARATOR + r"[ \t]*(?=\w)")
# an entry of a table of contents: a dot leader to the page number that ends the line
_CONTENTS_ENTRY = re.compile(markers.DOT_LEADER + r"[ \t]*\d{1,4}[ \t]*$")
_SPACED = re.compile(r"(?:[A-Za-zÄÖÜäöüß] ){4,}[A-Za-zÄÖÜäöüß](?![^\s])")
_GLUED_TYPE = re.compile(r"(?<=[a-zäöüß])[A-ZÄÖÜ]")  # a word glued to the one before it
_SECTION_COLON = re.compile(r"[ \t]*:")  # "Antrag:", "Bericht:\tDer Ausschuss nimmt …"
_MEETING = re.compile(r"(?i)sitzung|beratung|gremium|ausschuss|besprechung|termin|frist|eingang|eingegangen|öffentlich")


@dataclass(frozen=True)
class Found:
    """A value with the offsets of its evidence and how it was found."""

    value: str
    start: int
    end: int
    method: str


@dataclass(frozen=True)
class TypeHeading:
    name: str
    generic: bool
    line: Line
    start: int  # of the heading word
    end: int
    submission: bool = True  # a paper for a meeting (not minutes, an invitation or a statement)
    section: bool = False  # a section label ("Antrag:", "Bericht:"), not the document's title


# --- header ----------------------------------------------------------------------------


def excluded_spans(sections: list[Section]) -> list[tuple[int, int]]:
    """The Beratungsfolge: its dates are meetings, not the document's date."""
    return [(s.head_start, s.end) for s in sections if s.id == "consultation"]


def outside(spans: list[tuple[int, int]], pos: int) -> bool:
    return not any(a <= pos < b for a, b in spans)


def header_lines(sv: View, header_end: int, sections: list[Section]) -> list[Line]:
    spans = excluded_spans(sections)
    return from_first_words([ln for ln in sv.lines_in(0, header_end) if outside(spans, ln.start)])


MAX_FIELD_LINE = 200  # a line of labelled fields; longer cells are prose
_FUNCTION_WORDS = words(*ARTICLES, "prepositions", "contractions", "conjunctions") | {"siehe"}


@functools.lru_cache(maxsize=8)
def _field_label(colon: str, number: str, date: str, structured: str) -> re.Pattern[str]:
    # a known label after a single space: followed by a colon ("Datum: 21.02.2022"), a number
    # label followed by an id ("Vorlagen-Nr. BV/0117/2022") or ending the line (its value on the
    # next: "Stadt Bielefeld Drucksachen-Nr."), any number label by an id with a bracket that ends
    # the line ("Nr. 2517 (V) BDs"), a date label by a date in any case ("AMT: SOZIALAMT");
    # fields() keeps only labels written with a capital
    return re.compile(
        r"(?<=[ ])(?=[A-ZÄÖÜ])(?i:(?:" + colon + r")(?![\wäöüß])[ \t]*:(?!\S)"
        r"|(?:" + number + r")(?![\wäöüß])[ \t]*:?[ \t]*(?=" + ID_OPENING + r"|$)"
        r"|(?:" + structured + r")(?![\wäöüß])[ \t]*:?[ \t]*(?=" + BRACKETED_ID + r"\s*$)"
        r"|(?:" + date + r")(?![\wäöüß])[ \t]*:?[ \t]*(?=\d{1,2}\.))"
    )


def field_label(conf: MetadataFile) -> re.Pattern[str]:
    """Where a labelled field starts inside a cell (the labels of ``metadata.yaml``)."""
    return _labels(conf).pattern


@dataclass(frozen=True, eq=False)  # hashed by identity: a key of the fields' cache
class _Labels:
    pattern: re.Pattern[str]


def _labels(conf: MetadataFile) -> _Labels:
    """:func:`field_label`'s pattern, built once per vocabulary (the last one is kept, as every
    header line asks for it)."""
    if _FIELD_LABEL and _FIELD_LABEL[0][0] is conf:
        return _FIELD_LABEL[0][1]
    labels = _Labels(_build_field_label(conf))
    _FIELD_LABEL[:] = [(conf, labels)]
    return labels


_FIELD_LABEL: list[tuple[MetadataFile, _Labels]] = []


def _build_field_label(conf: MetadataFile) -> re.Pattern[str]:
    def alternation(patterns: list[str]) -> str:
        return "|".join(sorted(patterns, key=len, reverse=True))

    numbers = [e.pattern for e in conf.number_labels if not e.structured]
    dates = [e.pattern for e in conf.date_labels]
    colon = [
        *(e.pattern for e in conf.number_labels),
        *dates,
        *(e.pattern for e in conf.type_labels),
        *(e.pattern for e in conf.field_labels),
        *conf.department_labels,
        *conf.author_labels,
    ]
    structured = [e.pattern for e in conf.number_labels if e.structured]
    return _field_label(alternation(colon), alternation(numbers), alternation(dates), alternation(structured))


def fields(line: Line, conf: MetadataFile) -> tuple[tuple[int, int, str], ...]:
    """The cells of a header line, each cut again where a known label begins after a single
    space: "Beschlussvorlage Vorlagen-Nr.: BV/0117/2022 Datum: 21.02.2022 Amt: Sozialamt" is
    four fields, "Drucksache Nr. 12/2021 vom 03.05.2021 Fachbereich: Soziales" two (a value ends
    where the next label begins)."""
    return _fields(line, _labels(conf))


@functools.lru_cache(maxsize=4096)  # the readers of the number, the type, the date and the fields ask of the same lines
def _fields(line: Line, labels: _Labels) -> tuple[tuple[int, int, str], ...]:
    label = labels.pattern
    out: list[tuple[int, int, str]] = []
    for start, end, cell in header_cells(line):
        pos = 0
        # a form line, not prose: "… 5. Der Antrag Nr. 08 14/ A 02358 der Fraktion …", "mit Referat:"
        for m in _labels_in(label, cell) if len(cell) <= MAX_FIELD_LINE else ():
            before = cell[pos : m.start()].split()
            if before and before[-1].lower() not in _FUNCTION_WORDS:
                out.append((start + pos, start + m.start() - 1, cell[pos : m.start() - 1]))
                pos = m.start()
        out.append((start + pos, end, cell[pos:]))
    return tuple(out)


_CAPITAL_AFTER_SPACE = re.compile(r"(?<= )[A-ZÄÖÜ]")


def _labels_in(label: re.Pattern[str], cell: str) -> Iterator[re.Match[str]]:
    """``label.finditer(cell)``, tried only at a capital after a space, where every match of a
    field label starts (``re`` would try the lookbehind at every character).

    >>> [m.group(0) for m in _labels_in(re.compile(r"(?<=[ ])(?=[A-Z])(?i:amt:)"), "Amt: x Amt: y")]
    ['Amt:']
    """
    end = 0
    for hit in _CAPITAL_AFTER_SPACE.finditer(cell):
        if hit.start() < end:
            continue
        m = label.match(cell, hit.start())
        if m is not None:
            end = m.end()
            yield m


def cell_start(text: str, start: int) -> int:
    """Offset of a cell's first character after bullets and markup."""
    while start < len(text) and text[start] in _BULLETS:
        start += 1
    if text.startswith("**", start):
        start += 2
    return start


# --- type --------------------------------------------------------------------------------


@dataclass(frozen=True)
class TypeVocabulary:
    """The type words of ``metadata.yaml`` as one pattern (longest first, one group each)."""

    pattern: re.Pattern[str]
    entries: tuple[tuple[str, bool, bool], ...]  # (name, generic, submission) per group


@functools.lru_cache(maxsize=8)
def _type_vocabulary(entries: tuple[tuple[str, str, bool, bool], ...]) -> TypeVocabulary:
    ordered = sorted(entries, key=lambda e: len(e[1]), reverse=True)
    groups = "|".join(f"(?P<t{i}>{pattern})" for i, (_, pattern, _, _) in enumerate(ordered))
    return TypeVocabulary(
        re.compile(r"(?i:" + groups + r")(?:n|en)?(?![\wäöüß])"),
        tuple((name, generic, submission) for name, _, generic, submission in ordered),
    )


def type_vocabulary(conf: MetadataFile) -> TypeVocabulary:
    return _type_vocabulary(tuple((e.name, e.pattern, e.generic, e.submission) for e in conf.doc_types))


def type_at(types: TypeVocabulary, text: str, at: int, end: int) -> tuple[int, str, bool, bool] | None:
    """(end, name, generic, submission) of the type word at ``at``, if one starts there."""
    m = types.pattern.match(text, at, end)
    if m is None:
        return None
    index = int(next(k for k, v in m.groupdict().items() if v is not None)[1:])
    return (m.end(), *types.entries[index])


FLATTENED_TYPE_LINES = 3  # the letterhead's lines, where a type word may end a cell one space after its name
_SPACE = re.compile(r"(?<=\S) (?=\S)")  # a space between two words


def spaced_last(types: TypeVocabulary, text: str, at: int, end: int) -> tuple[int, tuple[int, str, bool, bool]] | None:
    """A type word ending a cell one space after a name of two words or more, the letterhead's
    columns flattened ("Amt Musterhude Informationsvorlage"), maybe with its id after it ("STADT HILDESHEIM
    Beschlussvorlage 27/084"): (where it starts, its type_at)."""
    for m in reversed(list(_SPACE.finditer(text, at, end))[-2:]):
        if len(text[at : m.start()].split()) < 2:
            return None
        hit = type_at(types, text, m.end(), end)
        if hit is None:
            continue
        got = id_at(text, hit[0], end, structured=True) if text[hit[0] : end].strip() else None
        if not text[hit[0] : end].strip() or (got is not None and not text[got[2] : end].strip()):
            return m.end(), hit
    return None


def type_heading(headings: list[TypeHeading]) -> TypeHeading | None:
    """The first heading naming a specific type, else the first generic one ("Vorlage"). A
    section label ("Antrag:" over the request of a "Vorlage") names the type only when
    nothing else in the header does."""
    titles = [h for h in headings if not h.section] or headings
    specific = [h for h in titles if not h.generic]
    return (specific or titles)[0] if titles else None


def type_headings(doc: Document, conf: MetadataFile, header: list[Line]) -> list[TypeHeading]:
    """The header's lines and cells that name the document's type, in order."""
    text = doc.text
    found: list[TypeHeading] = []
    types = type_vocabulary(conf)
    label = type_label(conf)
    for i, line in enumerate(header):
        if _CONTENTS_ENTRY.search(line.text):
            continue  # a bundle's table of contents ("Mitteilungen des Magistrats ........ 27"): other papers' titles
        for start, end, _cell in fields(line, conf):
            at = cell_start(text, start)
            if _bracketed_type(text[at:end]):
                at += 1  # the type and id in brackets under a letter-spaced heading ("(Beschlussvorlage BV-0318/27)")
            typed = label.match(text, at, end) or spaced_label(types, label, text, at, end)
            if typed is not None:
                at = typed.end() + (text[typed.end()] == " ")  # a label's space before its value
                if at >= end - 1 and i + 1 < len(header):
                    following = header[i + 1]
                    at, end = cell_start(text, following.start), following.start + len(following.text.split("\t")[0])
            best: tuple[int, str, bool, bool] | None = None
            spaced = _SPACED.match(text, at, end)
            if spaced:  # "B E S C H L U S S V O R L A G E"
                word = spaced.group(0).replace(" ", "")
                found_word = type_at(types, word, 0, len(word))
                if found_word is not None and found_word[0] == len(word):
                    best = (spaced.end(), *found_word[1:])
            if best is None:
                best = type_at(types, text, at, end)
            if best is None and typed is None:  # glued to the letterhead: "Stadt BocholtSitzungsvorlage"
                for glued in _GLUED_TYPE.finditer(text, at, end):
                    hit = type_at(types, text, glued.start(), end)
                    if hit is not None and not text[hit[0] : end].strip():
                        at, best = glued.start(), hit
                        break
            if best is None and typed is None and i < FLATTENED_TYPE_LINES:
                at, best = spaced_last(types, text, at, end) or (at, None)
            if best is None:
                continue
            rest = text[best[0] : end]
            if prose(rest):
                continue
            if typed is not None or _HEADING_REST.match(rest) or end - at <= 40:
                section = typed is None and _SECTION_COLON.match(rest) is not None
                found.append(TypeHeading(best[1], best[2], line, at, best[0], best[3], section))
    return found


def _bracketed_type(cell: str) -> bool:
    """Whether a cell is a type word and its id alone in brackets ("(Beschlussvorlage BV-0318/27)"), no
    sentence's words with them ("(Antrag Nr. 08-14 der Fraktion)": another paper's)."""
    inner = cell.strip()
    words = inner[1:-1].split()
    return inner[:1] == "(" and inner[-1:] == ")" and 0 < len(words) <= 3 and not any(w[0].islower() for w in words)


@functools.lru_cache(maxsize=8)
def _type_label(pattern: str) -> re.Pattern[str]:
    return re.compile(r"(?:" + pattern + r")[ \t]*(?::[ \t]*|\t[ \t]*|$)")


def type_label(conf: MetadataFile) -> re.Pattern[str]:
    return _type_label("|".join(e.pattern for e in conf.type_labels))


def spaced_label(types: TypeVocabulary, label: re.Pattern[str], text: str, at: int, end: int) -> re.Match[str] | None:
    """A type label one space before a type word that ends the cell, the gap between the label's
    column and its value's closed by an export ("Vorlagenart Beschlussvorlage"): the label's match
    up to the space; None otherwise ("Vorlageart: …" is :func:`type_label`'s).

    >>> from extractors import load_resources
    >>> from extractors.resources import typed
    >>> conf = typed.metadata(load_resources())
    >>> types, label = type_vocabulary(conf), type_label(conf)
    >>> cells = ("Vorlagenart Beschlussvorlage", "Vorlagenart Bürgermeister")
    >>> [bool(spaced_label(types, label, t, 0, len(t))) for t in cells]
    [True, False]
    """
    space = text.find(" ", at, end)
    if space < 0 or text[space + 1 : space + 2].isspace():
        return None
    typed = label.match(text, at, space)  # the label alone before the space, as if its line ended there
    hit = type_at(types, text, space + 1, end)
    if typed is None or typed.end() != space or hit is None or text[hit[0] : end].strip():
        return None
    return typed


def prose(rest: str) -> bool:
    """Whether what follows a type word reads as a sentence ("Antrag 132/2022 zu einem
    besseren Abstimmungsprozess mit der Verwaltung gestellt.") rather than a heading.

    >>> prose(" Nr. 2017/1900"), prose(" gemäß § 28 GeschO"), prose(" wurde am 3. Mai gestellt.")
    (False, False, True)
    """
    words = rest.split()
    lower = sum(1 for w in words if w[:1].islower())
    return lower > 5 or bool(re.search(r"[a-zäöüß]{3}[.!?]\s*$", rest)) and lower >= 2


def doc_type(
    doc: Document, conf: MetadataFile, heading: TypeHeading | None, header_end: int, sections: list[Section]
) -> Found | None:
    if heading is not None:
        return Found(heading.name, heading.start, heading.end, "heading")
    has_meeting = first_section(sections, "consultation") is not None or re.search(
        r"(?m)^\s*Gremium\b", doc.text[:header_end]
    )
    if has_meeting and first_section(sections, "decision_proposal"):
        return Found(conf.default_doc_type, 0, 0, "default")
    return None


# --- number ------------------------------------------------------------------------------


def clean_id(raw: str) -> str | None:
    """An id without trailing letters or separators; None for a date or an id without digits.

    >>> clean_id("20-26 / V 02318"), clean_id("14–20 / V"), clean_id("1536/V"), clean_id("14.03.2017")
    ('20-26 / V 02318', '14–20', '1536/V', None)
    """
    value = raw.strip()
    while True:
        trimmed = _TRAILING_LETTERS.sub("", value).rstrip(" \t/")
        if trimmed == value:
            break
        value = trimmed
    if not re.search(r"\d", value) or find_dates(value) and find_dates(value)[0].raw == value:
        return None
    return value


def id_at(text: str, pos: int, limit: int, structured: bool = False) -> tuple[str, int, int] | None:
    """The id starting at ``pos`` (after spaces and a "Nr."), as (value, start, end)."""
    label = _AFTER_HEADING.match(text, pos, limit)
    if label is not None:
        pos = label.end()
    bracketed = _BRACKETED_ID.match(text, pos, limit)
    if bracketed is not None:  # the bracket parts it as a separator does
        return bracketed.group(0), pos, bracketed.end()
    comb = _COMB.match(text, pos, limit)
    if comb is not None:  # a form's comb field: each character in a box of its own ("K T - 0 8 7 / 2 0 2 7")
        value = clean_id(comb.group(0).replace(" ", ""))
        return (value, pos, comb.end()) if value is not None else None
    m = _ID.match(text, pos, limit)
    if m is None:
        return None
    value = clean_id(m.group(0))
    if value is None or structured and not re.search(r"\w[ \t]?[/.\-–][ \t]?\w", value):
        return None
    # a slash set apart by a space on each side between two runs of digits ("061 / 2027") is the
    # number "061/2027" typeset with air round its slash
    return _SPACED_SLASH.sub("/", value), pos, pos + len(value)


_SPACED_SLASH = re.compile(r"(?<=\d) / (?=\d)")


@functools.lru_cache(maxsize=8)
def _number_patterns(entries: tuple[tuple[str, bool], ...]) -> list[tuple[re.Pattern[str], bool]]:
    return [
        (re.compile(r"(?i:" + pattern + r")(?![\wäöüß])[ \t]*" + _SEPARATOR + r"[ \t]*"), structured)  # "VORLAGEN-NR.:"
        for pattern, structured in entries
    ]


def number_patterns(conf: MetadataFile) -> list[tuple[re.Pattern[str], bool]]:
    return _number_patterns(tuple((e.pattern, e.structured) for e in conf.number_labels))


def _number_label(text: str, at: int, end: int, conf: MetadataFile) -> re.Match[str] | None:
    """A label of the document's number at ``at`` ("DS-Nr. ", "Drucksache Nr.: "), its value after it."""
    return next((m for p, _ in number_patterns(conf) if (m := p.match(text, at, end)) is not None), None)


def flattened_below(text: str, heading: TypeHeading, following: Line, conf: MetadataFile) -> tuple[int, int] | None:
    """Where the id under a type word of the letterhead's right-hand column stands when a tool
    flattened the columns to one space ("Amt Crivitz Informationsvorlage" over "Der Amtsvorsteher
    VO/AA/2025/0412"): the last word of the next line, after a name's words or a number label (not
    after another label: "Tel. 0911/4477", "Az.: 50/12"); None where the type word stands after a gap."""
    if (
        text[heading.start - 2 : heading.start] != text[heading.start - 2].strip() + " "
        or not text[heading.start - 2].strip()
    ):
        return None
    line = following.text.rstrip()
    m = re.search(r"[ \t]+\S+$", line)  # the last word, after a space or a tab
    before = line[: m.start()] if m is not None else ""
    if not before.strip():
        return None
    parts = before.split()
    # an id's letter code one space before its digits, after a label: a number label's ("Nr.: BV 2031/077"),
    # no other's ("Az.: BV 2031/077")
    # or the type word's own initials ("Beschlussvorlage" over "Der Landrat BV 8-0231/2027")
    code = (
        len(parts) > 1
        and bool(_CODE.fullmatch(parts[-1]))
        and (parts[-2].endswith((".", ":")) or _initials(parts[-1], text[heading.start : heading.end]))
    )
    word = parts[-2] if code else parts[-1]
    if word.endswith((".", ":")) and not any(p.fullmatch(word) for p, _ in number_patterns(conf)):
        return None
    start = following.start + (len(before) - len(parts[-1]) if code else len(line) - len(line.split()[-1]))
    return start, following.start + len(line)


_CODE = re.compile(r"[A-ZÄÖÜ]{1,4}")


def _initials(code: str, word: str) -> bool:
    """Whether ``code`` abbreviates the compound type word ``word`` by its parts' initials, in order.

    >>> _initials("BV", "Beschlussvorlage"), _initials("MV", "Mitteilungsvorlage"), _initials("DL", "Beschlussvorlage")
    (True, True, False)
    """
    low = word.casefold()
    if len(code) < 2 or not low.startswith(code[0].casefold()):
        return False
    at = 1
    for letter in code[1:].casefold():
        at = low.find(letter, at + 1)
        if at < 0:
            return False
    return True


def _flattened_rows_below(
    text: str, header: list[Line], heading: TypeHeading, following: Line, conf: MetadataFile
) -> tuple[int, int] | None:
    """:func:`flattened_below`, one line further down where the line under the type word ends in a
    word without a digit, the right-hand column empty on that row ("Stadt Musterhude
    Sitzungsvorlage" over "Referat für Soziales" over "Sozialamt – SozA/0815/2031")."""
    where = flattened_below(text, heading, following, conf)
    if where is None or re.search(r"\d", text[where[0] : where[1]]):
        return where
    nxt = next((ln for ln in header if ln.start > following.start and ln.text.strip()), None)
    further = flattened_below(text, heading, nxt, conf) if nxt is not None else None
    return further if further is not None and re.search(r"\d", text[further[0] : further[1]]) else where


def _column_cell_past_gap(
    text: str, header: list[Line], heading: TypeHeading, following: Line
) -> tuple[int, int] | None:
    """The cell under a type word of the letterhead's right-hand column one row further down, where
    the row right under it leaves the column empty ("Stadt Musterhude      Sitzungsvorlage" over
    "Referat für Soziales" over "Sozialamt      SozA/0815/2031"): the left column's line ends before
    the column starts (not a cell cut off), a gap before the type word."""
    column = heading.start - heading.line.start
    if not _GAP_BEFORE.search(text, heading.line.start, heading.start) or "\t" in following.text:
        return None
    if len(following.text.rstrip()) >= column - 2:
        return None
    nxt = next((ln for ln in header if ln.start > following.start and ln.text.strip()), None)
    return cell_below(heading.line, heading.start, nxt) if nxt is not None else None


MAX_COLUMN_TYPE_LINES = 8  # a type word in a column of the header stands this close to the document's own


def lines_apart(lines: list[Line], a: Line, b: Line) -> int:
    """How many lines with text of ``lines`` lie from ``a`` to ``b`` (either order).

    >>> from pipeline.structure import Line
    >>> rows = [Line(0, 1, "a"), Line(2, 2, ""), Line(3, 4, "b"), Line(5, 6, "c")]
    >>> lines_apart(rows, rows[3], rows[0]), lines_apart(rows, rows[0], rows[0])
    (2, 0)
    """
    low, high = sorted((a.start, b.start))
    return sum(1 for ln in lines if low < ln.start <= high and ln.text.strip())


def doc_number(doc: Document, conf: MetadataFile, header: list[Line], headings: list[TypeHeading]) -> Found | None:
    """The first labelled number of the header (a bare "Nr." only when nothing else is), or the
    id beside or under a type heading near the document's own ("Drucksache - 1536/V")."""
    text = doc.text
    hits: list[tuple[bool, int, Found]] = []
    chosen = type_heading(headings)
    # the type headings near the document's own, and type words in a column of the header a few
    # lines from it (a type word in a table's cell further down names another paper)
    near = [
        h
        for h in headings
        if chosen is not None
        and (
            abs(h.line.start - chosen.line.start) <= 200
            or h.start > h.line.start
            and not h.section
            and lines_apart(header, h.line, chosen.line) <= MAX_COLUMN_TYPE_LINES
        )
    ]
    types = type_vocabulary(conf)
    for heading in near:
        after = text[heading.end : heading.line.end]
        label = _AFTER_HEADING.match(text, heading.end, heading.line.end)
        if label is not None and (own := _number_label(text, label.end(), heading.line.end, conf)) is not None:
            label = own  # the number's own label after the type word ("BESCHLUSSVORLAGE   DS-Nr. 071/2027")
        got = id_at(text, label.end(), heading.line.end) if label else None
        word = type_at(types, text, label.end(), heading.line.end) if label and not got else None
        if word is not None and word[2]:  # a generic type word between ("Beschlussvorlage Drucksache 2024/0318")
            label = _AFTER_HEADING.match(text, word[0], heading.line.end)
            got = id_at(text, label.end(), heading.line.end, structured=True) if label else None
        if got:
            hits.append((False, got[1], Found(got[0], got[1], got[2], "heading")))
        elif _label_row_cell(text, heading):
            # a type word as one label of a row of labels over a row of values ("Drucksache   Datum"
            # over "DS0231/27   02.03.2027"): the id in the cell under it
            following = next((ln for ln in header if ln.start > heading.line.start and ln.text.strip()), None)
            got = _value_under(text, heading.line, heading.start, [following]) if following is not None else None
            if got:
                hits.append((False, got[1], Found(got[0], got[1], got[2], "heading")))
        elif not after.strip() and (heading is chosen or heading.start > heading.line.start):
            following = next((ln for ln in header if ln.start > heading.line.start and ln.text.strip()), None)
            if following is None:
                continue
            # under the document's own type heading, or under a type word standing in a column
            # of the letterhead ("Hanse- und Universitätsstadt      Vorlage" over "Rostock      2023/BV/4187")
            # the document's own type word in such a column too ("Samtgemeinde X      Vorlage" over
            # "Der Bürgermeister      SG/VO/2025/036")
            where = (
                (following.start, following.end)
                if heading is chosen and heading.start == heading.line.start
                else _flattened_rows_below(text, header, heading, following, conf)
                or cell_below(heading.line, heading.start, following)
                or _column_cell_past_gap(text, header, heading, following)
            )
            if where is not None:
                got = id_at(text, where[0], where[1], structured=True)
                if got and not text[got[2] : where[1]].strip():
                    hits.append((False, got[1], Found(got[0], got[1], got[2], "heading")))
    patterns = number_patterns(conf)
    pairs = stacked(header)  # labels stacked over their values ("Vorlage Nr.:" / "TOP:" / … / "2013/0002" / "2")
    for i, line in enumerate(header):
        row = fields(line, conf)
        for c, (start, end, _cell) in enumerate(row):
            at = cell_start(text, start)
            for pattern, structured in patterns:
                m = pattern.match(text, at, end)
                if m is None:
                    continue
                got = id_at(text, m.end(), end, structured)
                label_end = _past_remark(text, m.end(), end)  # "Vorlagen-Nr. (ggf. Ergänzungsvermerk)"
                if got is None and (remark := _REMARK.match(text, m.end(), end)) is not None:
                    # the value after the remark, the gap closed ("Vorlagen-Nr. (Sitzungsdienst) KT-063/2027")
                    got = id_at(text, remark.end(), end, structured)
                if got is None and not text[label_end:end].strip():
                    if c + 1 < len(row):  # "Vorlagennummer<tab>2019/0815"
                        got = id_at(text, row[c + 1][0], row[c + 1][1], structured)
                        if got is not None and text[got[2] : got[2] + 1].strip():
                            got = None
                    elif line in pairs:  # one of labels stacked over their values: its value by order
                        value = pairs[line]
                        got = id_at(text, value.start, value.end, structured=True)
                        if got is not None and text[got[2] : value.end].strip():
                            got = None
                    elif label_end >= line.end - 1 and (
                        type_at(types, text, at, end) is None or _opens_form(at - line.start, i)
                    ):
                        # value on the next line; a type word as its label ("Vorlage") only where it
                        # opens its line or stands in the header's first lines: in a table's column
                        # further down it names another paper
                        nxt = next((ln for ln in header[i + 1 : i + 3] if ln.text.strip()), None)
                        if nxt is not None and _GAP_BEFORE.search(text, line.start, at):
                            # a label in a right-hand column: the cell under it
                            got = _value_under(text, line, at, [nxt], structured)
                        elif nxt is not None:
                            got = id_at(text, nxt.start, nxt.start + len(nxt.text.split("\t")[0]), structured)
                            if got is None and c > 0:
                                # a right-hand column a PDF's text layer set one space apart ("Stadt
                                # Bielefeld Drucksachen-Nr." over "Der Oberbürgermeister 8734/2020-2025"):
                                # the id ending the line under it
                                got = _id_ending(text, nxt, structured)
                    if got is None and len(header_cells(line)) > 1 and not re.search(r"\d", line.text):
                        # a row of labels over a row of their values ("Vorlage-Nr.   Dienststelle   Datum")
                        got = _value_under(text, line, at, header[i + 1 : i + 2])
                if (
                    got is None
                    and c == 0
                    and at == line.start
                    and len(text[m.end() : line.end].split()) >= 2  # labels of other columns after it
                    and not re.search(r"[\d:]", text[m.end() : line.end])
                ):
                    # a row of labels flattened into single spaces ("Vorlage-Nr. Federführende
                    # Dienststelle Datum"): the id opening the next line, a word of its own (an
                    # export may set a blank line between)
                    nxt = next((ln for ln in header[i + 1 : i + 3] if ln.text.strip()), None)
                    got = id_at(text, nxt.start, nxt.end, structured=True) if nxt is not None else None
                    if got is not None and text[got[2] : got[2] + 1].strip():
                        got = None
                if got is not None:
                    hits.append((structured, got[1], Found(got[0], got[1], got[2], "key_value")))
                break
        # value above its label: "2017/1900" / "Vorlagen-Nr."
        for pattern, structured in patterns:
            if i > 0 and pattern.fullmatch(line.text.strip(" \t" + markers.LABEL_MARKS)):
                above = next((ln for ln in reversed(header[max(0, i - 2) : i]) if ln.text.strip()), None)
                if above is not None:
                    got = id_at(text, above.start, above.end, structured)
                    if got and not text[got[2] : above.end].strip():
                        hits.append((structured, got[1], Found(got[0], got[1], got[2], "key_value")))
                break
    if not hits:
        hits = [(True, f.start, f) for f in _flattened_ids(text, header, types)][:1]
    if not hits:
        hits = [(True, f.start, f) for f in _flattened_labelled_ids(text, header, conf)][:1]
    if not hits:
        hits = [(True, f.start, f) for f in _captioned_ids(text, header, conf)][:1]
    if not hits:
        hits = [(True, f.start, f) for f in _ids_over_year(text, header)][:1]
    if not hits and chosen is not None and (over := _id_over_heading(text, header, chosen)) is not None:
        hits = [(True, over.start, over)]
    if not hits:
        return None
    return supplemented(text, min(hits, key=lambda h: (h[0], h[1]))[2], conf)


def _captioned_ids(text: str, header: list[Line], conf: MetadataFile) -> Iterator[Found]:
    """The id under a number label in a strip of captions over values that a text layer flattened into
    single spaces (see :func:`_word_under`), the label one word of the captions' line."""
    patterns = number_patterns(conf)
    for i, line in enumerate(header[:FLATTENED_NUMBER_LINES]):
        if re.search(r"[\d:]", line.text):
            continue
        for w in _WORD.finditer(line.text):
            at = line.start + w.start()
            if any(p.match(text, at, line.end) is not None for p, _ in patterns):
                got = _word_under(text, line, at, header[i + 1 : i + 3])
                if got is not None:
                    yield Found(got[0], got[1], got[2], "key_value")
                break


def _word_under(text: str, line: Line, at: int, below: list[Line]) -> tuple[str, int, int] | None:
    """The id under a label in a row of one-word captions flattened into single spaces, paired by order
    with the words of the next line ("BESCHLUSSVORLAGE Drucksachen-Nr. Datum" over "öffentlich
    SG/BV/0217/2031 18.05.2031"): only where both lines hold as many words, the id a word of its own."""
    nxt = next((ln for ln in below if ln.text.strip()), None)
    words = line.text.split()
    if nxt is None or len(words) < 2 or len(nxt.text.split()) != len(words):
        return None
    k = len(text[line.start : at].split())
    value = list(re.finditer(r"\S+", nxt.text))[k]
    got = id_at(text, nxt.start + value.start(), nxt.start + value.end(), structured=True)
    return got if got is not None and got[2] == nxt.start + value.end() else None


def _id_over_heading(text: str, header: list[Line], heading: TypeHeading) -> Found | None:
    """An id alone in the letterhead's right-hand column on the line over the paper's type word set in that column
    ("Stadt Musterhude      27-00815" over "Der Oberbürgermeister      Beschlussvorlage"), no label before it: the
    paper's number, where nothing else gives one. The id holds a separator and stands over the type word."""
    k = next((n for n, ln in enumerate(header) if ln.start == heading.line.start), None)
    if k is None or heading.start == heading.line.start or not text[heading.start - 1].isspace():
        return None
    above = next((ln for ln in reversed(header[:k]) if ln.text.strip()), None)
    cells = header_cells(above) if above is not None and above.start >= heading.line.start - 400 else []
    if above is None or len(cells) < 2:
        return None
    a, b, _ = cells[-1]
    left, right = heading.start - heading.line.start, heading.end - heading.line.start
    if not (left <= a - above.start and b - above.start <= right + 2):
        return None  # not over the type word
    got = id_at(text, a, b, structured=True)
    return Found(got[0], got[1], got[2], "over_heading") if got is not None and (got[1], got[2]) == (a, b) else None


FLATTENED_NUMBER_LINES = 8  # the header's first lines, where a right-hand column's number may end a line


def _flattened_ids(text: str, header: list[Line], types: TypeVocabulary) -> Iterator[Found]:
    """A generic type word and its id ending a line of the header one space after other words, a
    right-hand column a PDF's text layer flattened ("Vorlage für den Rat Drucksache 21-0815"): the
    id, one with a separator, where nothing else gives a number."""
    for n, line in enumerate(header[:FLATTENED_NUMBER_LINES]):
        yield from _flat_row_ids(text, header[n + 1 : n + 3], line, types)
        # the id may hold a space ("Stadt Musterhude Vorlage FB 50/0815/2031")
        for w in list(_WORD.finditer(line.text))[2:-1]:
            word = type_at(types, text, line.start + w.start(), line.end)
            if word is None or not word[2] or not text[word[0] : word[0] + 1].isspace():
                continue
            got = id_at(text, word[0], line.end, structured=True)
            if got is not None and not text[got[2] : line.end].strip():
                yield Found(got[0], got[1], got[2], "heading")
                break


def _flattened_labelled_ids(text: str, header: list[Line], conf: MetadataFile) -> Iterator[Found]:
    """A number label and its id ending a line of the header's first lines one space after the
    words of an office, a right-hand column a PDF's text layer flattened ("Fachbereich Soziales,
    Jugend und Gesundheit Nr. KT-DS 0412/2027"): the id, one with a separator, where nothing else
    gives a number, with a label that is its letter code ("… Reuter DS 2027/117"); the words before it capitalised
    but for function words (no sentence)."""
    patterns = number_patterns(conf)
    for line in header[:FLATTENED_NUMBER_LINES]:
        words = list(_WORD.finditer(line.text))
        for w in words[2:]:
            at = line.start + w.start()
            label = next((m for p, _ in patterns if (m := p.match(text, at, line.end)) is not None), None)
            before = line.text[: w.start()].split()
            if label is None or before[-1].lower() in _FUNCTION_WORDS:
                continue
            if any(b[:1].islower() and b.lower() not in _FUNCTION_WORDS for b in before):
                break
            got = id_at(text, label.end(), line.end, structured=True)
            if _CODE.fullmatch(label.group().strip()):  # a label that is the id's letter code ("DS 2027/117")
                got = id_at(text, at, line.end, structured=True) or got
            if got is not None and not text[got[2] : line.end].strip():
                yield Found(got[0], got[1], got[2], "heading")
            break


_YEAR = re.compile(r"(?:19|20)\d\d")
# after two words or more, a code of one to three capitals and a count end the line; a year alone
# ends the next line after two words or more (words of a letterhead, each with a capital)
_FLAT_CODED_ID = re.compile(r"\S+ \S+ (?P<id>[A-ZÄÖÜ]{1,3} \d{1,5})[ \t]*$")
_FLAT_YEAR_END = re.compile(r"\S+ \S+ (?:19|20)\d\d[ \t]*$")


def _capitalised(words: str) -> bool:
    """Whether every word opens with a capital: a letterhead's line ("DER MAGISTRAT"), no prose."""
    return all(not w[:1].islower() for w in words.split())


def _ids_over_year(text: str, header: list[Line]) -> Iterator[Found]:
    """An id alone in the letterhead's right-hand column over its year alone under it, a paper
    numbered per year ("STADT MUSTERHUDE      M 142" over "DER MAGISTRAT      2031"), where nothing
    else gives a number: the id's cell after a gap, a digit in it, no date."""
    for n, line in enumerate(header[:FLATTENED_NUMBER_LINES]):
        cells = [c for c in header_cells(line) if c[2].strip()]
        nxt = next((ln for ln in header[n + 1 : n + 3] if ln.text.strip()), None)
        if nxt is None:
            continue
        flat = _FLAT_CODED_ID.search(line.text)
        if (
            len(cells) == 1
            and flat is not None
            and _FLAT_YEAR_END.search(nxt.text)
            and _capitalised(line.text[: flat.start("id")])
            and _capitalised(nxt.text.rsplit(None, 1)[0])
        ):
            # the column flattened into single spaces: an id of a short letter code and a count
            # ("STADT MUSTERHUDE M 77" over "DER MAGISTRAT 2031")
            yield Found(flat["id"], line.start + flat.start("id"), line.start + flat.end("id"), "heading")
            continue
        if len(cells) < 2 or not _GAP_BEFORE.search(text, line.start, cells[-1][0]):
            continue
        start = cell_start(text, cells[-1][0])
        got = id_at(text, start, line.start + len(line.text.rstrip()))
        under = cell_below(line, start, nxt)
        if (
            got is not None
            and not text[got[2] : line.end].strip()
            and under is not None
            and _YEAR.fullmatch(text[under[0] : under[1]])
        ):
            yield Found(got[0], got[1], got[2], "heading")


_REMARK = re.compile(r"\([^\W\d][^()\n]{0,40}\)[ \t]*")


def _past_remark(text: str, at: int, end: int) -> int:
    """Where a label ends past a remark in brackets after it, one opening with a letter
    ("Vorlagen-Nr. (ggf. Ergänzungsvermerk)" over its value).

    >>> _past_remark("Nr. (ggf. Nachtrag)", 4, 19), _past_remark("Nr. (V) 12", 4, 10)
    (19, 4)
    """
    m = _REMARK.match(text, at, end)
    return m.end() if m is not None and m.end() >= end - 1 else at


def _flat_row_ids(text: str, below: list[Line], line: Line, types: TypeVocabulary) -> Iterator[Found]:
    """The id under a generic type word among the labels that end ``line`` flattened into single
    spaces ("Landeshauptstadt Musterstadt Drucksache Datum" over "DS0815/31 12.05.2031")."""
    following = next((ln for ln in below if ln.text.strip()), None)
    if following is None or re.search(r"\d", line.text):
        return
    for w in list(_WORD.finditer(line.text))[2:]:
        word = type_at(types, text, line.start + w.start(), line.end)
        if word is None or not word[2] or word[0] != line.start + w.end():
            continue
        where = flat_row_value(text, line, line.start + w.start(), following)
        got = id_at(text, *where, structured=True) if where is not None else None
        if got is not None and where is not None and got[2] == where[1]:
            yield Found(got[0], got[1], got[2], "heading")


_GAP_BEFORE = re.compile(r"\S(?:\t|[ \t]{2,})[ \t]*$")  # a cell before a label, apart by a gap


def _id_ending(text: str, line: Line, structured: bool = True) -> tuple[str, int, int] | None:
    """The id that is the last word of ``line``, one with a separator ("8734/2020-2025"); a bare count
    of three digits or more after a word of its own only where ``structured`` is False (under a label
    that names the number: "Beschlussvorlage Drucksachen-Nr." over "– öffentlich – 2710742")."""
    last = line.start + len(line.text.rstrip()) - len(line.text.split()[-1]) if line.text.split() else line.end
    got = id_at(text, last, line.end, structured=True)
    if got is None and not structured and last > line.start and re.fullmatch(r"\d{3,}", text[last : line.end].strip()):
        got = id_at(text, last, line.end)
    return got if got is not None and not text[got[2] : line.end].strip() else None


def _value_under(
    text: str, line: Line, at: int, below: list[Line], structured: bool = True
) -> tuple[str, int, int] | None:
    """The id in the cell right under a label's cell of a row of labels, the cell holding nothing else;
    a bare count of three digits or more only under a label that names the number ("Drucksachen-Nr."
    over "2710742"), never under a bare "Nr."."""
    under = cell_below(line, at, below[0]) if below else None
    got = id_at(text, under[0], under[1], structured) if under is not None else None
    if got is not None and not structured and not re.fullmatch(r"\d{3,}|.*\w[ \t]?[/.\-–][ \t]?\w.*", got[0]):
        return None
    return got if got is not None and under is not None and not text[got[2] : under[1]].strip() else None


_WORD = re.compile(r"\S+")


def flat_row_value(text: str, line: Line, at: int, following: Line) -> tuple[int, int] | None:
    """The value under a one-word label of a row of labels that ends ``line`` flattened into single
    spaces, the letterhead before it ("Landeshauptstadt Musterstadt Drucksache Datum" over
    "DS0815/31 12.05.2031"): the row of values under it holds words with a digit only, paired with
    the labels from the right. None where ``line`` holds a digit or the rows do not fit."""
    labels = len(text[at : line.end].split())
    values = list(_WORD.finditer(following.text))
    if (
        re.search(r"\d", line.text)
        or not labels <= len(values) < len(line.text.split())
        or any(not re.search(r"\d", v.group()) for v in values)
    ):
        return None
    v = values[len(values) - labels]
    return following.start + v.start(), following.start + v.end()


def _label_row_cell(text: str, heading: TypeHeading) -> bool:
    """Whether a type word fills a cell of a row of labels: other cells follow it on its line,
    and the line holds no digit (a row of values would)."""
    cell = next((c for c in header_cells(heading.line) if c[0] <= heading.start < c[1]), None)
    line = heading.line.text
    return (
        cell is not None
        and not text[heading.end : cell[1]].strip()
        and bool(text[cell[1] : heading.line.end].strip())
        and not re.search(r"\d", line)
    )


def _opens_form(indent: int, index: int) -> bool:
    """Whether a label set alone over its value is one of the header's form: at its line's start,
    or in the header's first lines (a right-hand column of the letterhead)."""
    return indent <= 3 or index <= MAX_COLUMN_TYPE_LINES


MAX_VALUE_WORDS = 3  # a value of a block of values ("Dez. 6", "öffentlich", "53. Plenarsitzung Gemeinderat")
_BARE_LABEL = re.compile(
    r"[ \t" + markers.escaped(markers.LABEL_MARKS) + r"]*[A-ZÄÖÜ][\wäöüß.\-/]*(?:[ \t]+[\wäöüß.\-/]+){0,3}[ \t]*:[ \t]*"
)


def stacked(lines: list[Line]) -> dict[Line, Line]:
    """Labels stacked over their values, paired by order: two or more lines holding a label
    alone ("Termin:", "Vorlage Nr.:", "TOP:", blank lines between them), then as many lines of
    values of at most MAX_VALUE_WORDS words ("24.09.2013", "2013/0002", "2"): {label line: value
    line}. A label whose next line is
    its own value ("Gremium:" / "53. Plenarsitzung Gemeinderat") is not part of the block.

    >>> from pipeline.structure import Line
    >>> rows = ["Gremium:", "Rat", "Termin:", "Vorlage Nr.:", "", "TOP:", "24.09.2013", "2013/0002", "", "2"]
    >>> lines, at = [], 0
    >>> for row in rows:
    ...     lines.append(Line(at, at + len(row), row))
    ...     at += len(row) + 1
    >>> {k.text: v.text for k, v in stacked(lines).items()}
    {'Termin:': '24.09.2013', 'Vorlage Nr.:': '2013/0002', 'TOP:': '2'}
    """
    filled = [ln for ln in lines if ln.text.strip()]
    pairs: dict[Line, Line] = {}
    i = 0
    while i < len(filled):
        j = i
        while j < len(filled) and _BARE_LABEL.fullmatch(filled[j].text):
            j += 1
        if j - i >= 2:
            k = j
            while (
                k < len(filled)
                and k - j < j - i
                and not _BARE_LABEL.fullmatch(filled[k].text)
                and len(filled[k].text.split()) <= MAX_VALUE_WORDS
            ):
                k += 1
            pairs.update(zip(filled[i:j], filled[j:k]))
        i = max(j, i + 1)
    return pairs


@functools.lru_cache(maxsize=8)
def _supplement_patterns(words: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    word = r"(?:" + "|".join(words) + r")(?![\wäöüß])"
    return (
        re.compile(r"[ \t]*(?:[-–][ \t]*)?\d{1,2}\.[ \t]*" + word),  # after the id: " – 1. Ergänzung"
        re.compile(r"\.[ \t]*" + word),  # the id took the ordinal: "10/2013 – 1" + ". Ergänzung"
    )


_ORDINAL_END = re.compile(r"(?:[ \t]*[-–][ \t]*|[ \t])\d{1,2}$")


def supplemented(text: str, found: Found, conf: MetadataFile) -> Found:
    """The number of a supplement with its ordinal and word ("DS 10/2013 – 1. Ergänzung"):
    a supplement has its own number, made of its paper's and its count."""
    after, ordinal_taken = _supplement_patterns(conf.number_supplements)
    line_end = text.find("\n", found.end)
    line_end = len(text) if line_end < 0 else line_end
    m = after.match(text, found.end, line_end)
    if m is None and _ORDINAL_END.search(found.value):
        m = ordinal_taken.match(text, found.end, line_end)
    if m is None:
        return found
    return Found(text[found.start : m.end()], found.start, m.end(), found.method)


# --- date --------------------------------------------------------------------------------


def span_of(doc: Document, found: Found | None) -> Span | None:
    if found is None or found.start == found.end:
        return None
    return doc.span(found.start, found.end)
