"""consultation_dated_lines: a meeting of the submission given as one line of a body and a date,
as council information systems print them outside any table (method ``dated_line``):

- the meeting an item's page shows its data from, maybe after a label alone on the line above:
      Daten angezeigt aus Sitzung:  Sitzung des Gemeinderates, 01.06.2022
- a decision of an earlier meeting, the date first and a dash, maybe with session status and item
  number, maybe after a label ("Letzte Beratung: 08.04.2025 Hauptausschuss Ö 6.17"):
      04.05.2015 - Ausschuss für Kultur und Soziales
- a run of two or more lines naming the meetings a submission went through:
      Jugendhilfeausschuss am 19.06.2014
      Kreisausschuss am 15.07.2014
- a paper's title line naming the meeting it is for, the date maybe in words:
      Antrag zur Sitzung des Umweltausschusses am 3. März 2016
- the heading of a decision's extract, also where an export ran it into the text after it:
      Beschluss aus der Sitzung des Sportausschusses der Stadt Musterhausen am 14.02.2017 Öffentliche ...

Each line is read whole: its name must name a body by its head word and read as a name, so a
sentence ("Der Rat hat am 12.03.2020 ...") or a paper's date ("Antrag vom 02.03.2021") is none.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from pipeline.document import Document
from pipeline.lang.de.dates import WEEKDAY, find_dates
from pipeline.records import Consultation
from pipeline.structure import Line, View

from .flat import namelike
from .forms import led
from .vocab import Vocab, clean_body, consultation, headed, nominative, status

_DATE = r"(?P<date>\d{1,2}\.\d{1,2}\.\d{4})"
_LABEL_TEXT = r"[A-ZÄÖÜ][\w ]{0,40}:[ \t]*"  # "Daten angezeigt aus Sitzung:", "Letzte Beratung:"
_LABEL = rf"(?:{_LABEL_TEXT})?"
# "Sitzung des Gemeinderates, 01.06.2022"
_SESSION = re.compile(rf"{_LABEL}Sitzung (?P<link>des|der) (?P<body>[^,\t|]+?),[ \t]*{_DATE}")
# "04.05.2015 - Ausschuss für ...", "08.04.2025 Hauptausschuss Ö 6.17"
_DATE_FIRST = re.compile(
    rf"(?P<label>{_LABEL_TEXT})?{_DATE}(?:[ \t]+(?P<dash>-))?[ \t]+(?P<body>[^\t|:]+?)"
    r"(?:[ \t]+(?P<public>[ÖN]|NÖ)[ \t]+\d+(?:\.\d+)*)?"
)
_AM = re.compile(rf"(?P<body>[^\t|:]+?)[ \t]+am[ \t]+{_DATE}")  # "Jugendhilfeausschuss am 19.06.2014"
# "Antrag zur Sitzung der Bezirksvertretung Nord am 3. März 2016": a paper's kind, the meeting it is for
_FOR_MEETING = re.compile(
    r"[A-ZÄÖÜ][\w-]*[ \t]+zur[ \t]+Sitzung[ \t]+(?P<link>des|der)[ \t]+(?P<body>[^\t|:,]+?)[ \t]+am[ \t]+"
    r"(?P<date>\d{1,2}\.[ \t]*(?:\d{1,2}\.\d{4}|[A-ZÄÖÜ][a-zäöü]+[ \t]+\d{4}))"
)
# a body label and a date label on one line, as a page repeats an earlier meeting's decision:
# "GREMIUM: Ausschuss für Kultur    DATUM: Mo, 03.03.2014    TOP: Ö 5"
_WEEKDAY = rf"(?:{WEEKDAY},?[ \t]+)?"
# "Beschluss aus der Sitzung des Sportausschusses am 14.02.2017": an extract's heading, read inside a line
_EXTRACT = re.compile(
    r"Beschluss[ \t]+aus[ \t]+der[ \t]+Sitzung[ \t]+(?P<link>des|der)[ \t]+(?P<body>[^\t|:,.]+?)[ \t]+(?:vom|am)[ \t]+"
    + _DATE
)
_HAS_DATE = re.compile(r"\d\.\d{1,2}\.\d{4}|\d\.[ \t]+[A-ZÄÖÜ][a-zäöü]+[ \t]+\d{4}")  # a day's date
_FILLER = re.compile(r"[\s|]*")  # the empty cells a pipe table leaves around a line's text
_NAME_WORDS = 12


def from_dated_lines(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    run: list[Consultation] = []  # lines "<Body> am <date>" in a row
    for line in sv.lines:
        if _HAS_DATE.search(line.text):  # most lines hold no day's date: none of these forms
            text, start = _inner(line)
            rec = (
                _session(doc, text, start, v)
                or _date_first(doc, text, start, v)
                or _labelled(doc, text, start, v)
                or _read(doc, _FOR_MEETING.fullmatch(text), start, v)
                or _read(doc, _EXTRACT.search(text), start, v)
            )
            if rec is not None:
                yield rec
            am = _am(doc, text, start, v)
            if am is not None:
                run.append(am)
                continue
        if line.text.replace("|", " ").strip() or len(run) >= 2:  # blank lines do not part a run
            if len(run) >= 2:
                yield from run
            run = []
    if len(run) >= 2:
        yield from run


def _inner(line: Line) -> tuple[str, int]:
    """A line's text without the pipes and spaces around it, and where that text starts."""
    lead = _FILLER.match(line.text)
    start = lead.end() if lead else 0
    text = line.text[start:].rstrip(" \t|")
    return text, line.start + start


def _name(raw: str, v: Vocab) -> str | None:
    if _HAS_DATE.search(raw) or "   " in raw:
        return None  # another date or a column's gap in the name: a line of two columns ("Datum: D   Kreistag D2 …")
    body = clean_body(raw)
    if not body or len(body.split()) > _NAME_WORDS or not headed(body, v) or not namelike(body) or led(body, v):
        return None
    return body


def _read(doc: Document, m: re.Match[str] | None, start: int, v: Vocab) -> Consultation | None:
    """The meeting a matched line names: its body read as a name (after "Sitzung des" in the
    nominative), its day, its session status where the line gives one."""
    if m is None:
        return None
    body = _name(m["body"], v)
    dates = find_dates(m["date"], months=True)
    if body is None or not dates or dates[0].precision != "day":
        return None
    groups = m.groupdict()
    if groups.get("link") == "des":
        body = nominative(body, v)
    st = status(groups["public"], v) if groups.get("public") else None
    return consultation(
        body,
        v,
        span=doc.span(start + min(m.start("body"), m.start("date")), start + m.end()),
        meeting_date=dates[0].iso,
        public=st[1] if st else None,
        method="dated_line",
    )


def _session(doc: Document, text: str, start: int, v: Vocab) -> Consultation | None:
    return _read(doc, _SESSION.fullmatch(text), start, v)


def _date_first(doc: Document, text: str, start: int, v: Vocab) -> Consultation | None:
    """A date, then a body, read where a dash, a label or the session's status and item mark the line as a
    meeting's: a bare "15.09.2017  Fachkonferenz" is a timetable's step."""
    m = _DATE_FIRST.fullmatch(text)
    if m is None or not (m["dash"] or m["label"] or m["public"]):
        return None
    return _read(doc, m, start, v)


def _am(doc: Document, text: str, start: int, v: Vocab) -> Consultation | None:
    return _read(doc, _AM.fullmatch(text), start, v)


def _labelled(doc: Document, text: str, start: int, v: Vocab) -> Consultation | None:
    return _read(doc, _labelled_pattern(v).match(text), start, v)


@functools.lru_cache(maxsize=4)
def _labelled_pattern(v: Vocab) -> re.Pattern[str]:
    body_label = next(p.pattern for kind, p in v.labels if kind == "body")
    date_label = "|".join(p.pattern for kind, p in v.labels if kind in ("date", "day"))
    return re.compile(
        rf"[ \t]*(?:{body_label})[ \t]*:[ \t]*(?P<body>[^\t:]+?)[ \t]+(?:{date_label})[ \t]*:[ \t]*{_WEEKDAY}{_DATE}\b",
        re.I,
    )
