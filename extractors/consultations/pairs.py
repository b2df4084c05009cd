"""consultation_pairs: a meeting's page whose header is a two-column table set one cell per line,
each label alone on its line without a colon and its value on the next, as an information
system's meeting page reaches text (method ``key_value.pairs``):

    Sitzung
    BA/014/2016-2021
    Gremium
    Bauausschuss
    Raum
    Sitzungssaal des Rathauses
    Datum
    14.03.2017
    Zeit
    17:00-18:30 Uhr

Read where the labels and values alternate over three pairs or more, a body label's value names a
body, a date label's value is a day's date alone and another value is a time of day: the time makes
the header a meeting's, so a paper's header ("Gremium" / "Sozialausschuss" / "Datum" / its date) is none.

A meeting page's heading, a body's name (maybe after its council and a dash), over a line of the
meeting's day and time alone (method ``heading.day``):

    Gemeinde Musterhausen - Bau- und Wegeausschuss

    Montag, 4. März 2019, 19:30 Uhr
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.document import Document
from pipeline.lang.de.closed_class import words
from pipeline.lang.de.dates import MONTHS, TIME_OF_DAY, WEEKDAY, find_dates
from pipeline.records import Consultation
from pipeline.structure import FIRST_PAGES_CHARS, Line, View

from .flat import namelike
from .vocab import Vocab, clean_body, consultation, headed, heads

# a label alone: one or two words, a capital first, no digit, no colon ("Gremium", "Sitzung am")
_LABEL = re.compile(r"[A-ZÄÖÜ][^\W\d]*(?:[ \t]+[^\W\d]+)?")
_DAY = re.compile(rf"(?:{WEEKDAY},?[ \t]+)?\d{{1,2}}\.\d{{1,2}}\.\d{{4}}")  # "20.01.2009", "Di, 20.01.2009"
_TIME = re.compile(TIME_OF_DAY)  # "15:00-15:45 Uhr"
_PAIRS = 3  # pairs of a meeting's header, at least
# a meeting's day and time alone on a line: "Montag, 4. März 2019, 19:30 Uhr", "Di, 12.03.2019 18:00 Uhr"
_DAY_TIME = re.compile(
    rf"{WEEKDAY},?[ \t]+(?P<date>\d{{1,2}}\.[ \t]*(?:\d{{1,2}}\.\d{{4}}|(?:{MONTHS})[ \t]+\d{{4}}))"
    r"[ \t]*,?[ \t]*(?:um[ \t]+)?\d{1,2}[:.]\d{2}[ \t]*Uhr"
)
_COUNCIL = re.compile(r"[^\n]{1,60}?[ \t]+[-–][ \t]+")  # "Gemeinde Musterhausen - " before a body's name
_NAME_WORDS = 12
_LINKS = words("conjunctions")  # between the parts of a compound name ("Bau- und Wegeausschuss")


def from_pairs(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    lines = [ln for k, ln in enumerate(sv.lines) if ln.text.strip() and k not in sv.furniture]
    lines = [ln for ln in lines if ln.start < FIRST_PAGES_CHARS]
    heading = next((r for k in range(1, len(lines)) if (r := _heading(doc, lines[k - 1], lines[k], v))), None)
    if heading is not None:
        yield heading
        return
    for i, line in enumerate(lines):
        if _kind(line.text, v) == "body" and i + 1 < len(lines):
            rec = _read(doc, _pairs(lines, i), v)
            if rec is not None:
                yield rec
                return  # a page's header names one meeting


def _kind(text: str, v: Vocab) -> str | None:
    """The kind of a form label standing alone without a colon ("Gremium" -> body), else None."""
    text = text.strip()
    return next((k for k, pat in v.key_values if (m := pat.fullmatch(text)) and m["v"] is None), None)


def _pairs(lines: list[Line], at: int) -> list[tuple[Line, Line]]:
    """The label and value lines alternating around the label line ``at``: label lines at the even
    steps from it, each alone and label-like, and a value after each."""
    first = at
    while first >= 2 and _LABEL.fullmatch(lines[first - 2].text.strip()):
        first -= 2
    pairs = []
    for k in range(first, len(lines) - 1, 2):
        if not _LABEL.fullmatch(lines[k].text.strip()):
            break
        pairs.append((lines[k], lines[k + 1]))
    return pairs


def _read(doc: Document, pairs: list[tuple[Line, Line]], v: Vocab) -> Consultation | None:
    if len(pairs) < _PAIRS or not any(_TIME.fullmatch(value.text.strip()) for _, value in pairs):
        return None
    body = next((value for label, value in pairs if _kind(label.text, v) == "body"), None)
    day = next(
        (
            value
            for label, value in pairs
            if _kind(label.text, v) in ("date", "day") and _DAY.fullmatch(value.text.strip())
        ),
        None,
    )
    if body is None or day is None:
        return None
    name, dates = clean_body(body.text.strip()), find_dates(day.text)
    if not name or not dates or not headed(name, v) or not namelike(name) or _kind(name, v) is not None:
        return None
    label = next(lab for lab, value in pairs if value is body)
    return consultation(
        name,
        v,
        span=doc.span(min(label.start, day.start), max(body.end, day.end)),
        meeting_date=dates[0].iso,
        method="key_value.pairs",
    )


def _heading(doc: Document, name: Line, day: Line, v: Vocab) -> Consultation | None:
    """A meeting's heading: a line naming a body, maybe after its council and a dash, over the
    meeting's day and time alone."""
    m = _DAY_TIME.fullmatch(day.text.strip())
    if m is None:
        return None
    text = name.text.strip()
    council = _COUNCIL.match(text)
    body = clean_body(text[council.end() :] if council else text)
    dates = find_dates(m["date"], months=True)
    if not body or len(body.split()) > _NAME_WORDS or not headed(body, v) or not namelike(body) or not dates:
        return None
    if dates[0].precision != "day" or _kind(body, v) is not None or not _opens_with_name(body, v):
        return None
    return consultation(
        body,
        v,
        span=doc.span(name.start, day.end),
        meeting_date=dates[0].iso,
        method="heading.day",
    )


def _opens_with_name(body: str, v: Vocab) -> bool:
    """Whether the line opens with the body's name: its head word first, or after compound parts only
    ("Bau- und Wegeausschuss"); a minutes' head ("Niederschrift 25. Sitzung Hauptausschuss") is no heading."""
    found = heads(body, v)
    lead = body[: found[0].start()].split() if found else ["-"]
    return all(w.endswith("-") or w in _LINKS for w in lead)
