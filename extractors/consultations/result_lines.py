"""consultation result lines: a Beratungsfolge as lines led by the meeting's date, the body after it,
its session's status in brackets and a colon before the meeting's role or its result (method
``result_line``):

    14.09.2027   Seniorenbeirat der Stadt Ravensburg (öffentlich):
                 mehrheitlich befürwortet
    21.09.2027   Verwaltungsausschuss (nichtöffentlich): Vorberatung
    05.10.2027   Gemeinderat (öffentlich): Beschluss

The colon ends the body's part: what follows it, or stands alone on the next line, is the role where
it holds role words only ("Vorberatung"), else a result in words that names no role ("einstimmig
zugestimmt"). The result may wrap onto the line under its row; that line opens with no date. Read
where two or more such lines follow one another (their results' lines between them) and every body
names a body by its head word and reads as a name: a sentence's date ("12.05.2027 Der Rat hat: …")
or a timetable's step ("15.09.2027 Auftaktveranstaltung: Rathaus") is none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.document import Document
from pipeline.lang.de.dates import find_dates
from pipeline.records import Consultation
from pipeline.structure import FIRST_PAGES_CHARS, View

from .flat import namelike
from .forms import led
from .vocab import Vocab, clean_body, consultation, headed, status

_NAME_WORDS = 12
_REST_LINES = 2  # lines of a result wrapped under its row, at most
_LINE = re.compile(
    r"[ \t]*(?P<date>\d{1,2}\.\d{1,2}\.\d{2,4})[ \t]+(?P<body>[^\t():]+?)"
    r"(?:[ \t]*\((?P<status>[^()\n]+)\))?[ \t]*:[ \t]*(?P<rest>[^\n]*)"
)
_DATED = re.compile(r"[ \t]*\d{1,2}\.\d{1,2}\.\d{2,4}\b")


def from_result_lines(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The meetings of a run of two or more result lines (see the module's docstring)."""
    run: list[Consultation] = []
    lines, rests = sv.lines, 0  # the lines of a result under the last row read
    for k, line in enumerate(lines):
        if line.start > FIRST_PAGES_CHARS:
            break
        if k in sv.furniture:
            continue
        below = next((ln.text for ln in lines[k + 1 : k + 3] if ln.text.strip()), "")
        rec = _read(doc, v, line.text, line.start, below)
        if rec is not None:
            run.append(rec)
            rests = 0
        elif not line.text.strip():
            continue  # blank lines part no rows: an export sets one between any two lines
        elif run and rests < _REST_LINES and not _DATED.match(line.text) and _under(line.text):
            rests += 1  # a result's line under its row
        else:
            if len(run) >= 2:
                yield from run
            run = []
    if len(run) >= 2:
        yield from run


def _under(text: str) -> bool:
    """Whether a line without a date may be the rest of the row above: the row's result or the
    rest of a result, a few words with no colon."""
    return ":" not in text and len(text.split()) <= _NAME_WORDS


def _read(doc: Document, v: Vocab, text: str, start: int, below: str) -> Consultation | None:
    m = _LINE.fullmatch(text)
    if m is None:
        return None
    dates = find_dates(m["date"])
    body = clean_body(m["body"])
    if not dates or dates[0].precision != "day" or not _name(body, v):
        return None
    said = status(m["status"], v) if m["status"] else None
    if m["status"] and (said is None or said[1] is None):
        return None  # a bracket of other words: part of a sentence or a name's attribute
    rest = m["rest"].strip() or (below.strip() if not _DATED.match(below) else "")
    role = status(rest, v) if rest else None
    return consultation(
        body,
        v,
        span=doc.span(start + m.start("date"), start + m.end()),
        meeting_date=dates[0].iso,
        role=role[0] if role else None,
        public=said[1] if said else None,
        method="result_line",
    )


def _name(body: str, v: Vocab) -> bool:
    return bool(body) and len(body.split()) <= _NAME_WORDS and headed(body, v) and namelike(body) and not led(body, v)
