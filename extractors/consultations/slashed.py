"""consultation_slashed: a header's Beratungsfolge as parallel labelled lines, each label's values parted by
slashes, one value per meeting, the meetings zipped by position (method ``key_value.slashed``):

    Vorlage an:       Integrationsbeirat / Sozialausschuss / Hauptausschuss / Stadtrat
    Sitzungstermin:   02.06. / 16.06. / 30.06. / 14.07.2027
    Öffentlichkeit:   ö / ö / nö / ö
    Zuständigkeit:    Empfehlung / Vorberatung / Vorberatung / Beschluss

The labels are the table's column words (``columns`` of ``resources/bodies.yaml``); a run of such lines is read
where one names the bodies, one their dates, and every line holds as many values, two or more. A date without its
year ("02.06.") takes the year of the last one, which names it, where the dates then run in order; where a value is
no date, or the dates run backwards, nothing is read. A last value hyphenated at its line's end goes on with the word
alone on the next line ("… / Ferien-" over "ausschuss").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.document import Document
from pipeline.lang.de.dates import calendar_date, find_dates
from pipeline.records import Consultation
from pipeline.structure import FIRST_PAGES_CHARS, Line, View

from .headers import column_kind
from .vocab import Vocab, clean_body, consultation, status

# "Label:   value / value / value": a label of a few words before its colon, the values after it
_LINE = re.compile(r"[ \t]*(?P<label>[A-ZÄÖÜ][^\W\d][^:\t]{0,30}?)[ \t]*:[ \t]+(?P<values>\S.*?)[ \t]*")
_SLASH = re.compile(r"[ \t]+/[ \t]+")  # a slash between spaces: not "Haupt-/Finanzausschuss"
_DAY_MONTH = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.")  # "02.06.", a day and month without the year
_KINDS = ("body", "date", "role", "public")
_WORD_REST = re.compile(r"[ \t]*[a-zäöüß]+[ \t]*")  # the rest of a word hyphenated at a line's end, alone


def from_slashed(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    run: list[tuple[Line, str, list[str]]] = []
    for k, line in enumerate(sv.lines):
        if line.start > FIRST_PAGES_CHARS:
            break
        if run and _WORD_REST.fullmatch(line.text) and run[-1][2][-1].endswith("-") and run[-1][0] is sv.lines[k - 1]:
            run[-1][2][-1] = run[-1][2][-1][:-1] + line.text.strip()  # "Ferien-" / "ausschuss": the word's rest
            continue
        read = None if k in sv.furniture else _labelled(line, v)
        if read is not None and (not run or len(read[2]) == len(run[0][2])):
            run.append(read)
            continue
        yield from _records(doc, run, v)
        run = [read] if read is not None else []
    yield from _records(doc, run, v)


def _labelled(line: Line, v: Vocab) -> tuple[Line, str, list[str]] | None:
    """The line's column kind and its values, where it is a label of a column and two values or more."""
    m = _LINE.fullmatch(line.text)
    if m is None:
        return None
    values = [x.strip() for x in _SLASH.split(m["values"])]
    kind = column_kind(m["label"], v, partial=False)
    if len(values) < 2 or kind not in _KINDS or not all(values):
        return None
    return line, kind, values


def _records(doc: Document, run: list[tuple[Line, str, list[str]]], v: Vocab) -> Iterator[Consultation]:
    kinds = [kind for _, kind, _ in run]
    if "body" not in kinds or "date" not in kinds or len(set(kinds)) != len(kinds):
        return
    cells = {kind: values for _, kind, values in run}
    dates = days(cells["date"])
    if dates is None:
        return
    span = doc.span(run[0][0].start, run[-1][0].end)
    for i, (name, iso) in enumerate(zip(cells["body"], dates, strict=True)):
        body = clean_body(name)
        said = {kind: status(cells[kind][i], v) for kind in ("role", "public") if kind in cells}
        role, public = said.get("role"), said.get("public")
        yield consultation(
            body,
            v,
            span=span,
            meeting_date=iso,
            role=role[0] if role else None,
            public=public[1] if public else None,
            method="key_value.slashed",
        )


def days(values: list[str]) -> list[str] | None:
    """The dates of a line's values, a day and month alone ("02.06.") in the year of the last value, which names
    it; None where a value is no date or the dates do not run in order.

    >>> days(["02.06.", "16.06.", "11.08.2027"]), days(["16.06.", "02.06.2027"]), days(["02.06.", "Juni"])
    (['2027-06-02', '2027-06-16', '2027-08-11'], None, None)
    """
    last = find_dates(values[-1])
    if len(last) != 1 or last[0].raw != values[-1]:
        return None
    year = last[0].iso[:4]
    out: list[str] = []
    for value in values:
        found = find_dates(value)
        short = _DAY_MONTH.fullmatch(value)
        iso = found[0].iso if len(found) == 1 and found[0].raw == value else None
        iso = iso or (calendar_date(f"{short['d']}.{short['m']}.{year}") if short else None)
        if iso is None or (out and iso < out[-1]):
            return None
        out.append(iso)
    return out
