"""consultation month plans: a Beratungsfolge as an excerpt of the meeting plan, the bodies as rows and the months
as columns, each cell the days a body meets in that month, the paper's sittings set in square brackets
(method ``plan.months``):

    Beratungsfolge – Auszug aus dem Sitzungsplan 2027, 2. Quartal
    Gremium                         Kürzel   April    Mai      Juni       Ö/N   Behandlung
    Ortschaftsrat Nord              OR-N     13.      [11.]    15.        Ö     Anhörung
    Ausschuss für Bildung           BSA      20.      [18.]    22.        Ö     Vorberatung
    und Kultur
    Verwaltungsausschuss            VA       22.      20.      [3.] 24.   N     Vorberatung

The header names two months or more in a row of its cells; the year is the one the lines over the header name.
A bracketed day under a month's column is a meeting of the row's body on that day; the row's other cells give its
status and role, a line under it with text only in the bodies' column the rest of its name. A row without a
bracketed day is no meeting of the paper.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.document import Document
from pipeline.lang.de.dates import MONTH_NAMES, calendar_date
from pipeline.records import Consultation
from pipeline.structure import View
from pipeline.structure.tables import rule_across

from .vocab import Vocab, clean_body, consultation, has_head, status

_CELL = re.compile(r"\S+(?:[ ]\S+)*")  # a cell: words one space apart
_BRACKETED = re.compile(r"\[(\d{1,2})\.?\]")
_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?![\d.])")
_ABOVE = 3  # lines over the header that may name the year
_ROWS = 20


def from_month_plans(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The bracketed sittings of a meeting plan's excerpt (see the module's docstring)."""
    lines = [(ln.start, ln.text) for ln in sv.lines]
    for k, (_, text) in enumerate(lines):
        cells = [(m.start(), m.end(), m[0]) for m in _CELL.finditer(text)]
        months = [n for n, (_, _, c) in enumerate(cells) if c in MONTH_NAMES]
        if len(months) < 2 or months != list(range(months[0], months[-1] + 1)) or "[" not in doc.text:
            continue
        years = {y for _, t in lines[max(k - _ABOVE, 0) : k] for y in _YEAR.findall(t)}
        if len(years) != 1:
            continue
        year = int(years.pop())
        columns = [(cells[n][0], cells[n + 1][0] if n + 1 < len(cells) else None, cells[n][2]) for n in months]
        yield from _rows(doc, v, lines, k + 1, columns, year, cells[0][0])


def _rows(
    doc: Document,
    v: Vocab,
    lines: list[tuple[int, str]],
    k: int,
    columns: list[tuple[int, int | None, str]],
    year: int,
    body_at: int,
) -> Iterator[Consultation]:
    """The meetings of the plan's rows from line ``k`` on, up to a blank line."""
    first = columns[0][0]
    rows: list[list[tuple[int, str]]] = []
    for start, text in lines[k : k + _ROWS]:
        if not text.strip():
            break
        if rule_across(text):
            continue
        if text[:first].strip() and not text[first:].strip() and rows:
            rows[-1].append((start, text))  # the name's wrapped line
        else:
            rows.append([(start, text)])
    for row in rows:
        start, text = row[0]
        cut = min((m.start() for m in re.finditer(r"[ \t]{2,}", text) if m.start() >= body_at), default=len(text))
        body = clean_body("\n".join([text[body_at:cut].strip(), *(t.strip() for _, t in row[1:])]))
        if not has_head(body, v):
            continue
        said = [status(m[0], v) for m in _CELL.finditer(text[first:])]
        role = next((s[0] for s in said if s is not None and s[0] is not None), None)
        public = next((s[1] for s in said if s is not None and s[1] is not None), None)
        for a, b, month in columns:
            for m in _BRACKETED.finditer(text, a - 1, len(text) if b is None else b):
                iso = calendar_date(f"{m[1]}.{MONTH_NAMES.index(month) + 1}.{year}")
                if iso is None:
                    continue
                yield consultation(
                    body,
                    v,
                    span=doc.span(start + body_at, start + m.end()),
                    meeting_date=iso,
                    role=role,
                    public=public,
                    method="plan.months",
                )
