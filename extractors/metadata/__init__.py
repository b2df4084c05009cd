"""Document metadata: municipality, number, date, type, department, author, subject, proposal.

Headers of council submissions are key-value forms: a label and its value on one line
(separated by a colon or a tab), a label above its value, or a value above its label.
Labels and vocabularies come from ``resources/metadata.yaml``. The parts:

- the issuing municipality with type, state and AGS: :mod:`extractors.metadata.issuer` (letterhead,
  offices and councils, place and date line) over the national gazetteer
  (:mod:`extractors.metadata.gazetteer`); names in text: :mod:`extractors.metadata.place_names`;
- type and number: :mod:`extractors.metadata.identity`; date: :mod:`extractors.metadata.doc_date`;
- the subject (the Betreff, else the title between the form, the Beratungsfolge and the decision
  proposal, else the title paragraph of a submission): :mod:`extractors.metadata.subjects` over
  :mod:`extractors.metadata.title`;
- department, author and the decision proposal: here;
- a head of versions side by side (the paper beside the one it replaces) is read with the earlier
  versions' cells blanked: :mod:`extractors.metadata.versions`.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Callable, Iterator

from extractors.base import Section, collapse, find_sections, first_section
from extractors.resources import Resources, typed
from extractors.resources.typed import Metadata as MetadataFile
from pipeline.document import Document, Span
from pipeline.lang.de import markers
from pipeline.records import Field, Metadata
from pipeline.structure import HEADER_CHARS, Line, View

from .arrow_labels import arrows, as_colons
from .doc_date import doc_date as read_doc_date
from .foot_strips import foot_strip
from .form_subjects import numbered_subject, under_rule_subject
from .gazetteer import gazetteer as gazetteer_of
from .identity import (
    doc_number,
    doc_type,
    excluded_spans,
    fields,
    header_lines,
    span_of,
    stacked,
    type_heading,
    type_headings,
)
from .issuer import find_issuer, stated_issuer
from .marked_ids import addressed_id, barcode_id, boxed_id
from .place_names import PlaceDate, body_hints, place_date_lines, vocabulary
from .sidebar import blanked, sidebar
from .subjects import SECTION_NUMBER, Form, broken_off, left_open, subject
from .ticked import ticked_type
from .title import table_cells
from .versions import blanked as version_blanked
from .versions import superseded

_NEXT_LABEL = re.compile(r"\s+[A-ZÄÖÜ][\wäöüß/.-]*:(?:\s|$)|\t")


__all__ = ["extract", "stated_issuer"]

_PAST_STEM = re.compile(r"[^A-Za-zÄÖÜäöüß].*")  # a label pattern from its first non-letter on


def extract(doc: Document, res: Resources, sv: View) -> Iterator[Metadata]:
    side = sidebar(doc.text, typed.metadata(res))
    if side is not None:  # the type spelled down the margin: the head read with its letters blanked
        inner = dataclasses.replace(doc, text=blanked(doc.text, side[1]))
        for found in _extract(inner, res, sv.blanked(inner)):
            found.fields = {k: _respanned(doc, f) for k, f in found.fields.items()}
            kind = found.fields.get("doc_type")
            if kind is None or kind.method != "heading" or _generic(res, kind.value):
                span = doc.span(side[1][0], side[1][-1] + 1)
                found.fields["doc_type"] = Field("doc_type", side[0], span, method="sidebar")
            yield found
        return
    old = superseded(doc.text, typed.metadata(res))
    if old:  # a head of versions side by side: read with the earlier versions' cells blanked
        current = dataclasses.replace(doc, text=version_blanked(doc.text, old))
        for found in _extract(current, res, sv.blanked(current)):
            found.fields = {k: _respanned(doc, f) for k, f in found.fields.items()}
            yield found
        return
    if at := arrows(doc.text):  # a print view's labels set before their values with arrows: read as colons
        plain = dataclasses.replace(doc, text=as_colons(doc.text, at))
        for meta in _extract(plain, res, sv.blanked(plain)):
            meta.fields = {k: _respanned(doc, f) for k, f in meta.fields.items()}
            yield meta
        return
    yield from _extract(doc, res, sv)


def _generic(res: Resources, name: str) -> bool:
    """Whether a type's name is a generic one ("Vorlage", "Drucksache")."""
    return any(e.name == name and e.generic for e in typed.metadata(res).doc_types)


def _extract(doc: Document, res: Resources, sv: View) -> Iterator[Metadata]:
    left, regions = sv.left_column(doc)  # the fields at the left of a Beratungsfolge set beside them, read alone
    right = sv.right_column(doc)[0] if regions else sv
    if regions and not any(
        s.id == "consultation" and any(a <= s.head_start < b for a, b in regions)
        for s in find_sections(dataclasses.replace(doc, text=right.text), res)
    ):
        left = sv  # two columns of the header form (the type and number at the right): read whole
    base = doc if left is sv else dataclasses.replace(doc, text=left.text)
    boxless = left.boxless(base)  # a head drawn as a box read as the same form without it
    plain = base if boxless is left else dataclasses.replace(doc, text=boxless.text)
    closed = sv.closed(doc)
    for found in _read(plain, res, boxless):
        if closed is not sv:  # a box a line: a subject the export parted by blank lines read whole
            heads = [s.head_start for s in find_sections(doc, res)]
            _with_whole_subject(found, next(_read(dataclasses.replace(doc, text=closed.text), res, closed)), heads, sv)
        if plain is not doc or closed is not sv:  # the evidence as the document writes it, its box's glyphs and all
            found.fields = {k: _respanned(doc, f) for k, f in found.fields.items()}
        _marked_fields(doc, sv, res, found)
        yield found


def _marked_fields(doc: Document, sv: View, res: Resources, found: Metadata) -> None:
    """The number and the subject of forms read in the head as the document prints it, its drawn
    boxes and rules kept, where nothing else gives them: a number a barcode's text or a drawn box
    marks (:mod:`.marked_ids`), a number and date in a strip of fields at a page's foot
    (:mod:`.foot_strips`), the type a row of boxes ticks (:mod:`.ticked`), a subject in a
    numbered form or printed over its label (:mod:`.form_subjects`)."""
    head = sv.lines_in(0, min(len(doc.text), HEADER_CHARS))
    if "doc_number" not in found.fields:
        marked = (
            barcode_id(doc.text, head) or boxed_id(doc.text, head) or addressed_id(doc.text, head, typed.metadata(res))
        )
        if marked is not None:
            found.fields["doc_number"] = Field("doc_number", marked.value, span_of(doc, marked), method=marked.method)
    conf = typed.metadata(res)
    if "doc_number" not in found.fields:  # "Vorlage 2027/0193/1 · … · erstellt am 19.05.2027" at a page's foot
        number, date = foot_strip(doc.text, sv.lines, conf)
        for name, got in (("doc_number", number), ("doc_date", date)):
            if got is not None and name not in found.fields:
                found.fields[name] = Field(name, got.value, span_of(doc, got), method="key_value")
    ticked = ticked_type(doc.text, head, conf)  # the form's own choice, over a box's word a narrow page wrapped
    if ticked is not None:
        found.fields["doc_type"] = Field("doc_type", ticked.value, span_of(doc, ticked), method=ticked.method)
    if "subject" not in found.fields:
        value = numbered_subject(head, conf) or under_rule_subject(doc.text, head, conf)
        if value is not None:
            span = doc.span(*value)
            found.fields["subject"] = Field("subject", collapse(span.snippet), span, method="key_value")


def _with_whole_subject(found: Metadata, closed: Metadata, heads: list[int], sv: View) -> None:
    """The subject of the reading with the blank lines of a box a line closed up, where it goes on from
    the one read line by line ("Teilhabekonzept … Vergabe der Prozessbegleitung nach" and its rest)
    or begins above it where its lines above leave off for it to go on ("… 2026–2030 –" / "Festlegung
    der" read apart from "Handlungsfelder, …"), over no section's heading and no line of glyphs alone (a rule)."""
    mine, whole = found.fields.get("subject"), closed.fields.get("subject")
    if whole is None or mine is None or whole.span is None or mine.span is None:
        return
    added = ((whole.span.start, mine.span.start), (mine.span.end, whole.span.end))
    above = sv.text[whole.span.start : mine.span.start] if whole.span.start < mine.span.start else ""
    if (
        whole.span.start <= mine.span.start
        and (not above or broken_off(above) or left_open(above))
        and whole.span.end >= mine.span.end
        and whole.span.end - whole.span.start > mine.span.end - mine.span.start
        and mine.value in whole.value
        and not any(a <= h < b for h in heads for a, b in added)
        and not any(
            ln.text.strip() and not any(c.isalnum() for c in ln.text) for a, b in added for ln in sv.lines_in(a, b)
        )
    ):
        found.fields["subject"] = whole


def _respanned(doc: Document, f: Field) -> Field:
    if f.span is None:
        return f
    span = Span(f.span.start, f.span.end, f.span.page, doc.text[f.span.start : f.span.end])
    return dataclasses.replace(f, span=span)


def _read(doc: Document, res: Resources, sv: View) -> Iterator[Metadata]:
    conf = typed.metadata(res)
    sections = table_cells(sv, find_sections(doc, res), conf)  # a heading may be a cell of the Beratungsfolge
    fields: dict[str, Field] = {}

    def put(name: str, value: str | None, span: Span | None, method: str = "", rule_id: str = "") -> None:
        if value and name not in fields:
            fields[name] = Field(name, value, span, method=method, rule_id=rule_id)

    header_end = header_limit(doc, sections)
    form_end = form_limit(sections, header_end)
    hints = body_hints(doc.text, sections, form_end, vocabulary(res, gazetteer_of(res)))  # bodies named, laws cited
    dated = place_date_lines(sv, res, sections, form_end, hints)
    for name, value, span, method in municipality_fields(doc, sv, res, sections, form_end, dated, hints):
        put(name, value, span, method)
    header = header_lines(sv, form_end, sections)
    headings = type_headings(doc, conf, header)
    heading = type_heading(headings)
    number = doc_number(doc, conf, header, headings)
    for name, found in (
        ("doc_number", number),
        ("doc_date", read_doc_date(doc, conf, header, heading, number, form_end, [pd.date for pd in dated])),
        ("doc_type", doc_type(doc, conf, heading, header_end, sections)),
    ):
        if found is not None:
            rule = type_entry(conf, found.value, found.method) if name == "doc_type" else ""
            put(name, found.value, span_of(doc, found), found.method, rule)
    meetings = excluded_spans(sections)  # "Gremium<tab>Datum<tab>Zuständigkeit" heads the Beratungsfolge
    put(
        *labelled(doc, sv, conf.department_labels, "department", header_end, clean_department, conf, meetings),
        "key_value",
    )
    put(*labelled(doc, sv, conf.author_labels, "author", len(doc.text), clean_person, conf, meetings), "key_value")
    submission = (
        number is not None
        or any(s.id in ("consultation", "decision_proposal") for s in sections)
        or heading is not None
        and heading.submission
    )
    form = Form(
        {v.start for v in stacked(header).values()} | _place_date_starts(sv, dated) | _labelled_starts(sv, fields),
        {h.line.start for h in headings},
    )
    put(*subject(doc, sv, res, sections, header_end, submission, form))
    put(*decision_proposal(doc, sections), "heading")
    span = doc.span(0, 0)
    yield Metadata(span=span, fields=fields)


def _labelled_starts(sv: View, fields: dict[str, Field]) -> set[int]:
    """The starts of the lines that hold the value of a labelled department or author ("Federführung:
    Fachamt Sozialraummanagement (SR 2)"): lines of the header form, whatever the length of their value."""
    spans = (f.span for name in ("department", "author") if (f := fields.get(name)) is not None)
    return {sv.text.rfind("\n", 0, span.start) + 1 for span in spans if span is not None}


def _place_date_starts(sv: View, dated: list[PlaceDate]) -> set[int]:
    """The starts of the lines that hold a place and date and nothing else ("Musterstadt, 14.05.2024"):
    lines of the header form, as an export that sets the form's right-hand column below the left
    gives them right above an unlabelled title."""
    out = set()
    for pd in dated:
        start = sv.text.rfind("\n", 0, pd.start) + 1
        end = sv.text.find("\n", pd.date.end)
        if not pd.trailing and not sv.text[pd.date.end : len(sv.text) if end < 0 else end].strip():
            out.add(start)
    return out


def type_entry(conf: MetadataFile, name: str, method: str) -> str:
    """The id of the doc_types entry a type read from a heading is named by ("" for the default).

    >>> from extractors import load_resources
    >>> type_entry(typed.metadata(load_resources()), "Vorlage zur Kenntnisnahme", "heading")
    'kenntnisnahme'
    """
    if method != "heading":
        return ""
    return next((e.id for e in conf.doc_types if e.name == name), "")


def header_limit(doc: Document, sections: list[Section]) -> int:
    """Where the header form ends: the reasoning section or HEADER_CHARS, whichever is first."""
    reasoning = first_section(sections, "reasoning")
    limit = min(len(doc.text), HEADER_CHARS)
    if reasoning is not None and reasoning.head_start > 200:
        limit = min(limit, reasoning.head_start)
    return limit


def form_limit(sections: list[Section], header_end: int) -> int:
    """Where the header form ends for the issuer, number and date: before the reasoning or the
    decision proposal, wherever they start (the prose names other towns and dates)."""
    starts = [s.head_start for s in sections if s.id in ("reasoning", "decision_proposal")]
    return min([header_end, *starts])


def municipality_fields(
    doc: Document,
    sv: View,
    res: Resources,
    sections: list[Section],
    header_end: int,
    dated: list[PlaceDate],
    hints: frozenset[str] | None = None,
) -> list[tuple[str, str | None, Span | None, str]]:
    """Name, type, state and AGS of the issuer (:mod:`extractors.metadata.issuer`)."""
    found = find_issuer(sv, res, sections, header_end, dated, hints)
    if found is None:
        return []
    span = doc.span(found.start, found.end)
    r = found.resolution
    return [
        ("municipality", r.name, span, found.method),
        ("municipality_type", r.type, span, found.method),
        ("state", r.state, span, "gazetteer"),
        ("ags", r.ags, span, "gazetteer"),
    ]


# --- labelled values -----------------------------------------------------------------


def labelled(
    doc: Document,
    sv: View,
    labels: tuple[str, ...],
    name: str,
    limit: int,
    clean: Callable[[str], str | None],
    conf: MetadataFile | None = None,
    skip: list[tuple[int, int]] | None = None,
) -> tuple[str, str | None, Span | None]:
    """The value of the first label that has one: same line after ':'/tab, or the next line;
    with ``conf``, also a label inside a line of labelled fields ("… Datum: 21.02.2022 Amt:
    Sozialamt"). Lines within ``skip`` (the Beratungsfolge) are no form lines."""
    text = doc.text
    all_lines = sv.lines_in(0, limit)
    starts = [ln.start for ln in all_lines]
    form = form_lines(starts, skip or [])
    for label in labels:
        stem = _PAST_STEM.sub("", label)  # literal start of the label pattern
        for i in holding(text, stem, starts, limit) if stem else range(len(all_lines)):
            line = all_lines[i]
            if not form[i]:
                continue
            following = all_lines[i + 1 : i + 4]
            following = following[: next((k for k, ln in enumerate(following) if not form[i + 1 + k]), len(following))]
            found = label_value(text, line, label, following)
            if not found and conf is not None and line.start < HEADER_CHARS:
                row = fields(line, conf)
                for start, end, cell in row[1:]:
                    found = label_value(text, Line(start, end, cell), label, [])  # its value on the line
                    if found:
                        break
            if found:
                start, end = found
                value = clean(text[start:end])
                if value:
                    s = text.find(value[:12], start, end + 1)
                    span = (
                        doc.span(s, s + len(value))
                        if s >= 0 and text[s : s + len(value)] == value
                        else doc.span(start, end)
                    )
                    return name, value, span
    return name, None, None


def form_lines(starts: list[int], skip: list[tuple[int, int]]) -> list[bool]:
    """For each line (by its start), whether it lies outside every span of ``skip``."""
    form = [True] * len(starts)
    for a, b in skip:
        for i in range(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)):
            form[i] = False
    return form


def holding(text: str, word: str, starts: list[int], limit: int) -> list[int]:
    """Indices of the lines (by their starts) that hold ``word`` (no line break in it) before
    ``limit``, in order: found in the text rather than line by line."""
    found: list[int] = []
    at = text.find(word, 0, limit)
    while at >= 0:
        i = bisect.bisect_right(starts, at) - 1
        if not found or found[-1] != i:
            found.append(i)
        at = text.find(word, at + 1, limit)
    return found


@functools.lru_cache(maxsize=256)
def label_patterns(label: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Compiled once per label: composite-label check, inline value, label alone on its line; the
    label may carry its section's number ("1.  Gegenstand der Vorlage:")."""
    return (
        re.compile(r"(?:^|/)\s*" + label + r"\s*(?:/|$)"),
        re.compile(
            r"(?:^|(?<=\t))[ \t"
            + markers.escaped(markers.LABEL_MARKS)
            + r"]*"
            + SECTION_NUMBER
            + r"(?:\*\*)?"
            + label
            + r"(?:\*\*)?(?P<sep>[ \t]*:[ \t]*|[ \t]*\t[ \t]*)(?P<value>[^\t\n]*)"
        ),
        re.compile(r"[ \t" + markers.escaped(markers.LABEL_MARKS) + r"]*" + SECTION_NUMBER + label + r"[ \t]*:?[ \t]*"),
    )


_COMPOSITE = re.compile(
    r"^[ \t" + markers.escaped(markers.LABEL_MARKS) + r"]*(?P<labels>[^:\t\n]*\s/\s[^:\t\n]*):[ \t]*(?P<values>.+)$"
)
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
        return start, wrapped_on(text, start, start + value_length(m["value"]), following)
    if m or alone.fullmatch(line.text):
        # the value is on the next non-empty line (a label above its value, or a wrapped cell)
        for nxt in following:
            if nxt.text.strip():
                size = value_length(nxt.text)
                if (
                    not nxt.text[:size].strip()
                    or _LABEL_START.match(nxt.text)
                    or nxt.text.lstrip().startswith((markers.SQUARE, markers.BULLET))
                ):
                    return None
                return nxt.start, nxt.start + size
    return None


def wrapped_on(text: str, start: int, end: int, following: list[Line]) -> int:
    """The end of a value on its label's line that the line leaves open (a comma, a function word, a
    hyphen or dash at its end: "Federführend:   Amt 50 – Soziales,") and that goes on in the lines under
    it, each set at the value's column ("                 Jugend und Integration"); else ``end``."""
    column = start - (text.rfind("\n", 0, start) + 1)
    for nxt in following:
        value = text[start:end].rstrip()
        if value.endswith(":") or not (broken_off(value) or left_open(value)):
            break
        lead = len(nxt.text) - len(nxt.text.lstrip())
        if not nxt.text.strip() or abs(lead - column) > 1 or _LABEL_START.match(nxt.text):
            break
        end = nxt.start + value_length(nxt.text)
    return end


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
    value = collapse(re.split(r"\s+(?:Tel\.?|Telefon|\d{3,})", value)[0]).strip(" ,;/·")
    return value if re.search(r"[A-Za-zÄÖÜäöüß]{2}", value) else None


# --- the decision proposal --------------------------------------------------------------


def decision_proposal(doc: Document, sections: list[Section]) -> tuple[str, str | None, Span | None]:
    sec = first_section(sections, "decision_proposal")
    if sec is None:
        return "decision_proposal", None, None
    span = doc.span(sec.body_start, sec.end)
    if not span.snippet:
        return "decision_proposal", None, None
    return "decision_proposal", collapse(span.snippet), span
