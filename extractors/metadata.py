"""Document metadata: municipality, number, date, type, department, author, subject, proposal.

Headers of council submissions are key-value forms: a label and its value on one line
(separated by a colon or a tab), a label above its value, or a value above its label.
Labels come from ``resources/metadata.yaml``; the municipality from a gazetteer plus the
patterns "Stadt X", "Landkreis X", "Gemeinde X".
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Any, Iterator

from pipeline.document import Document, Span
from pipeline.records import Field, Metadata

from .base import Line, Section, collapse, find_sections, first_section, lines
from .dates import find_dates
from .fastre import Matcher, prefiltered
from .resources import Resources

HEADER_CHARS = 2500  # the header form of a submission fits in its first page or so
_KINDS = r"(?P<kind>Landeshauptstadt|Hansestadt|Universitätsstadt|Kreisstadt|Große Kreisstadt|Stadt|Gemeinde|Landkreis(?:es)?|Kreis(?:es)?|Markt|Bezirk)"
_PLACE = r"(?P<name>[A-ZÄÖÜ][\wäöüß.-]+(?:[ -](?:am|an der|in der|im|ob der|bei|a\.\s?d\.|i\.\s?d\.)[ -][A-ZÄÖÜ][\wäöüß.-]+|-[A-ZÄÖÜ][\wäöüß]+)*)"
_KIND_PLACE = prefiltered(r"\b" + _KINDS + r"\s+" + _PLACE)
_TYPE_OF_KIND = {"landkreis": "Landkreis", "landkreises": "Landkreis", "kreis": "Kreis", "kreises": "Kreis",
                 "gemeinde": "Gemeinde", "markt": "Gemeinde", "bezirk": "Bezirk"}
_ID = r"[A-Z]{0,5}[ -]?\d[\w]*(?:\s?[/.-]\s?[A-Z]{0,3}\s?\d+)+"
_PLACE_DATE = re.compile(r"(?:^|(?<=[\t\f]))[ \t]*[A-ZÄÖÜ][\wäöüß. -]{1,40},[ \t]*(?:den[ \t]*)?(?=\d)", re.M)
_NEXT_LABEL = re.compile(r"\s+[A-ZÄÖÜ][\wäöüß/.-]*:(?:\s|$)|\t")
_STOP_NAMES = {"Stadt", "Der", "Die", "Das"}


def extract(doc: Document, res: Resources) -> Iterator[Metadata]:
    conf = res["metadata"]
    sections = find_sections(doc, res)
    fields: dict[str, Field] = {}

    def put(name: str, value: str | None, span: Span | None) -> None:
        if value and name not in fields:
            fields[name] = Field(name, value, span)

    header_end = header_limit(doc, sections)
    for name, value, span in municipality_fields(doc, res):
        put(name, value, span)
    put(*doc_number(doc, conf, header_end))
    put(*doc_date(doc, conf, header_end))
    put(*doc_type(doc, conf, header_end, sections))
    put(*labelled(doc, conf["department_labels"], "department", header_end, clean_department))
    put(*labelled(doc, conf["author_labels"], "author", len(doc.text), clean_person))
    put(*subject(doc, sections, header_end))
    put(*decision_proposal(doc, sections))
    span = doc.span(0, 0)
    yield Metadata(span=span, fields=fields)


def header_limit(doc: Document, sections: list[Section]) -> int:
    """Where the header form ends: the reasoning section or HEADER_CHARS, whichever is first."""
    reasoning = first_section(sections, "reasoning")
    limit = min(len(doc.text), HEADER_CHARS)
    if reasoning is not None and reasoning.head_start > 200:
        limit = min(limit, reasoning.head_start)
    return limit


# --- municipality ---------------------------------------------------------------

def municipality_fields(doc: Document, res: Resources) -> list[tuple[str, str | None, Span | None]]:
    """Name, type, state and AGS: gazetteer hits weighed with 'Stadt X' patterns."""
    names, lengths, alias_pattern = gazetteer_index(res)
    votes: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    first_at: dict[str, int] = {}
    text = doc.text
    for m in _KIND_PLACE.finditer(text):
        name = m["name"].rstrip(".-")
        kind = _TYPE_OF_KIND.get(m["kind"].lower(), "Stadt")
        # "Stadt Landau in der Pfalz": prefer the longest gazetteer name the match starts with
        at = m.start("name")
        full = next((text[at:at + n] for n in lengths if text[at:at + n] in names), name)
        weight = 3 if m.start() < HEADER_CHARS else 2
        votes[full] += weight
        kinds[(full, kind)] += weight
        first_at.setdefault(full, m.start("name"))
    for m in alias_pattern.finditer(text):
        votes[m.group(0)] += 1
        first_at.setdefault(m.group(0), m.start())
    # a longer name covering a shorter one takes its votes ("Landau in der Pfalz" ⊃ "Landau")
    for short in list(votes):
        for long in list(votes):
            if long != short and long.startswith(short + " ") and votes[long]:
                votes[long] += votes.pop(short, 0)
                break
    candidates = [(v, n) for n, v in votes.items() if n not in _STOP_NAMES and (n in names or v >= 3)]
    if not candidates:
        return []
    _, best = max(candidates, key=lambda vn: (vn[0], -first_at.get(vn[1], 0)))
    kind_votes = {k: v for (n, k), v in kinds.items() if n == best}
    entries = names.get(best, [])
    entry = None
    if entries:
        entry = next((e for e in entries if e["type"] in kind_votes), None) if kind_votes else None
        if entry is None:
            # no "Landkreis X" in the text: prefer a town over a district of the same name
            entry = next((e for e in entries if e["type"] == "Stadt"), entries[0])
        if kind_votes and max(kind_votes, key=lambda k: kind_votes[k]) != entry["type"]:
            better = [e for e in entries if e["type"] == max(kind_votes, key=lambda k: kind_votes[k])]
            entry = better[0] if better else entry
    start = first_at[best]
    span = doc.span(start, start + len(best))
    if entry is not None:
        return [("municipality", entry["name"], span), ("municipality_type", entry["type"], span),
                ("state", entry.get("state"), span), ("ags", entry.get("ags"), span)]
    mtype = max(kind_votes, key=lambda k: kind_votes[k]) if kind_votes else None
    return [("municipality", best, span), ("municipality_type", mtype, span)]


_INDEX: dict[int, tuple[dict[str, list[dict[str, Any]]], list[int], Matcher]] = {}


def gazetteer_index(res: Resources) -> tuple[dict[str, list[dict[str, Any]]], list[int], Matcher]:
    """Entries by name and alias, the lengths of the names (longest first), and one pattern
    matching any name (longest first) that is not part of a longer word."""
    key = id(res)
    if key not in _INDEX:
        names: dict[str, list[dict[str, Any]]] = {}
        for entry in res["municipalities"]["entries"]:
            for alias in [entry["name"], *entry.get("aliases", [])]:
                names.setdefault(alias, []).append(entry)
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        lengths = sorted({len(n) for n in names}, reverse=True)
        _INDEX[key] = (names, lengths, prefiltered(r"(?<![\wäöüß])(?:" + alternatives + r")(?![\wäöüß])"))
    return _INDEX[key]


# --- number, date, type -----------------------------------------------------------

def doc_number(doc: Document, conf: dict[str, Any], limit: int) -> tuple[str, str | None, Span | None]:
    """'Vorlage Nr. 2017/1900', 'Nr.: 139/2018', or an id on the line under the doc type."""
    text = doc.text[:limit]
    for label in conf["number_labels"]:
        m = _compiled(r"(?<![\w])" + label + r"\s*:?\s*(?P<id>" + _ID + r")").search(text)
        if m:
            return "doc_number", m["id"], doc.span(m.start("id"), m.end("id"))
    types = "|".join(conf["doc_types"])
    m = _compiled(r"^[ \t]*(?:" + types + r")[ \t]*\n(?:[ \t]*\n)?[ \t]*(?P<id>" + _ID + r")[ \t]*$", re.M).search(text)
    if m:
        return "doc_number", m["id"], doc.span(m.start("id"), m.end("id"))
    return "doc_number", None, None


def doc_date(doc: Document, conf: dict[str, Any], limit: int) -> tuple[str, str | None, Span | None]:
    """The date of the submission: a 'Datum' label, a 'Place, den <date>' line, or the first header date."""
    text = doc.text
    labels = "|".join(conf["date_labels"])
    inline = _compiled(r"(?:^|\t|\s)(?:" + labels + r")\s*:?\s*\t?\s*(?=\d)")
    for line in lines(text, 0, limit):
        # "Datum: 14.03.2017" (a label directly followed by its value; not "Datum der Beratung")
        for m in inline.finditer(line.text):
            dates = find_dates(text, line.start + m.end(), line.end)
            if dates and dates[0].start == line.start + m.end():
                return "doc_date", dates[0].iso, doc.span(dates[0].start, dates[0].end)
    # label at a line end, value starting the next line: "Datum:\n14.03.2017"
    for m in _compiled(r"(?:^|[\t ])(?:" + labels + r")[ \t]*:[ \t]*\n[ \t]*(?=\d)", re.M).finditer(text[:limit]):
        dates = find_dates(text, m.end(), min(len(text), m.end() + 12))
        if dates and dates[0].start == m.end():
            return "doc_date", dates[0].iso, doc.span(dates[0].start, dates[0].end)
    # value above its label: "27.10.17\n\nDatum"
    for m in _compiled(r"^(?P<value>[^\n]+)\n(?:[ \t]*\n)?[ \t]*(?:" + labels + r")[ \t]*$", re.M).finditer(text[:limit]):
        dates = find_dates(text, m.start("value"), m.end("value"))
        if dates and text[m.start("value"):m.end("value")].strip() == dates[0].raw:
            return "doc_date", dates[0].iso, doc.span(dates[0].start, dates[0].end)
    # "Stadt Landshut, den 13.11.2024" / "Waiblingen, 20.11.2017"
    for m in _PLACE_DATE.finditer(text):
        dates = find_dates(text, m.end(), min(len(text), m.end() + 12))
        if dates and dates[0].start == m.end():
            return "doc_date", dates[0].iso, doc.span(dates[0].start, dates[0].end)
    # first date on a header line that is not part of the Beratungsfolge
    for line in lines(text, 0, limit):
        if _MEETING_LINE.search(line.text):
            continue
        dates = find_dates(text, line.start, line.end)
        if dates:
            return "doc_date", dates[0].iso, doc.span(dates[0].start, dates[0].end)
    return "doc_date", None, None


_MEETING_LINE = re.compile(r"(?i)ausschuss|rat\b|beirat|öffentlich|beratung|sitzung|gremium")


@functools.lru_cache(maxsize=512)
def _compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern built from the labels of ``metadata.yaml``, compiled once."""
    return re.compile(pattern, flags)


def doc_type(doc: Document, conf: dict[str, Any], limit: int, sections: list[Section]) -> tuple[str, str | None, Span | None]:
    for t in conf["doc_types"]:
        m = _compiled(r"^[ \t]*" + t + r"\b", re.M).search(doc.text[:limit])
        if m:
            return "doc_type", t, doc.span(m.start(), m.end())
    has_meeting = any(s.id in ("consultation",) for s in sections) or re.search(r"(?m)^\s*Gremium\b", doc.text[:limit])
    if has_meeting and first_section(sections, "decision_proposal"):
        return "doc_type", conf["default_doc_type"], None
    return "doc_type", None, None


# --- labelled values -----------------------------------------------------------------

def labelled(doc: Document, labels: list[str], name: str, limit: int,
             clean: Any) -> tuple[str, str | None, Span | None]:
    """The value of the first label that has one: same line after ':'/tab, or the next line."""
    text = doc.text
    all_lines = lines(text, 0, limit)
    for label in labels:
        stem = re.sub(r"[^A-Za-zÄÖÜäöüß].*", "", label)  # literal start of the label pattern
        for i, line in enumerate(all_lines):
            if stem and stem not in line.text:
                continue
            found = label_value(text, line, label, all_lines[i + 1:i + 4])
            if found:
                start, end = found
                value = clean(text[start:end])
                if value:
                    s = text.find(value[:12], start, end + 1)
                    span = doc.span(s, s + len(value)) if s >= 0 and text[s:s + len(value)] == value else doc.span(start, end)
                    return name, value, span
    return name, None, None


@functools.lru_cache(maxsize=256)
def label_patterns(label: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Compiled once per label: composite-label check, inline value, label alone on its line."""
    return (
        re.compile(r"(?:^|/)\s*" + label + r"\s*(?:/|$)"),
        re.compile(r"(?:^|(?<=\t))[ \t■•*]*(?:\*\*)?" + label
                   + r"(?:\*\*)?(?P<sep>[ \t]*:[ \t]*|[ \t]*\t[ \t]*)(?P<value>[^\t\n]*)"),
        re.compile(r"[ \t■•*]*" + label + r"[ \t]*:?[ \t]*"),
    )


_COMPOSITE = re.compile(r"^[ \t■•*]*(?P<labels>[^:\t\n]*\s/\s[^:\t\n]*):[ \t]*(?P<values>.+)$")
_SLASH = re.compile(r"\s+/\s+")
_LABEL_START = re.compile(r"\s*[^\s:]+:")


def label_value(text: str, line: Line, label: str, following: list[Line]) -> tuple[int, int] | None:
    composite, inline, alone = label_patterns(label)
    # composite labels "Ansprechpartner/in / Fachbereich / Telefon: A / B / C" (values may wrap)
    m = _COMPOSITE.match(line.text)
    if m and composite.search(m["labels"]):
        vstart = line.start + m.start("values")
        vend = line.end
        for nxt in following:
            if not nxt.text.strip() or ":" in nxt.text or "\t" in nxt.text:
                break
            vend = nxt.end
        chunk = text[vstart:vend]
        parts = [p.strip() for p in _SLASH.split(m["labels"])]
        bounds = [0] + [x.end() for x in _SLASH.finditer(chunk)]
        ends = [x.start() for x in _SLASH.finditer(chunk)] + [len(chunk)]
        for idx, part in enumerate(parts):
            if re.fullmatch(label, part) and idx < len(bounds):
                return vstart + bounds[idx], vstart + ends[idx]
        return None
    m = inline.search(line.text)
    if m and m["value"].strip() and not m["value"].strip().endswith(":"):
        start = line.start + m.start("value")
        return start, start + value_length(m["value"])
    if m or alone.fullmatch(line.text):
        # the value is on the next non-empty line (a label above its value, or a wrapped cell)
        for nxt in following:
            if nxt.text.strip():
                size = value_length(nxt.text)
                if not nxt.text[:size].strip() or _LABEL_START.match(nxt.text) or nxt.text.lstrip().startswith(("■", "•")):
                    return None
                return nxt.start, nxt.start + size
    return None


def value_length(value: str) -> int:
    """A value runs to the next tab or to the next "Label:" on the same line."""
    m = _NEXT_LABEL.search(value)
    return m.start() if m else len(value)


def clean_department(value: str) -> str | None:
    """Drop an address or phone number that follows the office's name."""
    value = re.split(r"\s+(?:\S+(?:straße|str\.|platz|weg|allee|ring|gasse)\s+\d|Tel\.?|Telefon)", value)[0]
    value = collapse(value).strip(" ,;/")
    if not value or re.fullmatch(r"[\d\s/.-]+", value) or value.lower() in ("ja", "nein"):
        return None
    return value


def clean_person(value: str) -> str | None:
    value = collapse(re.split(r"\s+(?:Tel\.?|Telefon|\d{3,})", value)[0]).strip(" ,;/")
    return value if re.search(r"[A-Za-zÄÖÜäöüß]{2}", value) else None


# --- subject and proposal --------------------------------------------------------------

def subject(doc: Document, sections: list[Section], limit: int) -> tuple[str, str | None, Span | None]:
    """The Betreff: the paragraph after its heading, else the document's title line."""
    for sid in ("subject", "agenda_item"):
        sec = first_section(sections, sid)
        if sec is not None and sec.head_start < limit + 500:
            found = first_paragraph(doc, sec.body_start, sec.end)
            if found:
                return "subject", collapse(doc.text[found[0]:found[1]]), doc.span(*found)
    for line in lines(doc.text, 0, limit):
        t = line.text.strip()
        if not t:
            continue
        if ":" in t or "\t" in t or re.match(r"(?i)(stadt|landkreis|gemeinde|kreis|der|die|nr|vorlage|sitzungsvorlage|beschlussvorlage)\b", t) or re.search(r"\d", t):
            continue
        if len(t.split()) >= 2:
            return "subject", collapse(t), doc.span(line.start, line.end)
        break
    return "subject", None, None


def first_paragraph(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """The first block of non-empty lines in text[start:end]."""
    text = doc.text
    block_start = None
    block_end = None
    for line in lines(text, start, end):
        if line.text.strip():
            if block_start is None:
                block_start = line.start
            block_end = line.end
        elif block_start is not None:
            break
    if block_start is None or block_end is None:
        return None
    return block_start, block_end


def decision_proposal(doc: Document, sections: list[Section]) -> tuple[str, str | None, Span | None]:
    sec = first_section(sections, "decision_proposal")
    if sec is None:
        return "decision_proposal", None, None
    span = doc.span(sec.body_start, sec.end)
    if not span.snippet:
        return "decision_proposal", None, None
    return "decision_proposal", collapse(span.snippet), span
