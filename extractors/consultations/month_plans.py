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

A PDF's text layer may close the gaps up to single spaces ("Verwaltungsausschuss VA 22. 20. [3.] 24. N
Vorberatung"): the row's days are then the run of its day tokens, parted among the months so that each month's days
rise; a bracketed day is read where every such parting puts it under the same month. The body is the text before
the days, less the codes the header's further column words stand over ("VA"); the header opens with the bodies'
column word ("Gremium").
"""

from __future__ import annotations

import itertools
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
_DAY = re.compile(r"\[?(\d{1,2})\.\]?")  # a day's token of a row whose gaps were closed ("13.", "[11.]")
_CODE = re.compile(r"[A-ZÄÖÜ0-9/-]{1,8}")  # a body's code in a column of its own ("OR-K", "VA")
_MORE_DAYS = 3  # the days a row's months hold beyond one a month, at most


def from_month_plans(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The bracketed sittings of a meeting plan's excerpt (see the module's docstring)."""
    if "[" not in doc.text:
        return  # no bracket: no sitting marked
    lines = [(ln.start, ln.text) for ln in sv.lines]
    for k, (_, text) in enumerate(lines):
        cells = [(m.start(), m.end(), m[0]) for m in _CELL.finditer(text)]
        months = [n for n, (_, _, c) in enumerate(cells) if c in MONTH_NAMES]
        words = text.split()
        flat = [n for n, w in enumerate(words) if w in MONTH_NAMES] if not months and _bodies_first(words, v) else []
        if not (_in_order(months) or _in_order(flat)):
            continue
        years = {y for _, t in lines[max(k - _ABOVE, 0) : k] for y in _YEAR.findall(t)}
        if len(years) != 1:
            continue
        year = int(years.pop())
        if flat:
            yield from _flat_rows(doc, v, lines, k + 1, [words[n] for n in flat], year, flat[0] - 1)
            continue
        columns = [(cells[n][0], cells[n + 1][0] if n + 1 < len(cells) else None, cells[n][2]) for n in months]
        yield from _rows(doc, v, lines, k + 1, columns, year, cells[0][0])


def _bodies_first(words: list[str], v: Vocab) -> bool:
    """Whether a header's first word is the bodies' column word ("Gremium")."""
    return bool(words) and any(kind == "body" and p.fullmatch(words[0]) for kind, p in v.columns)


def _in_order(months: list[int]) -> bool:
    """Whether the header's months are two or more cells one after another."""
    return len(months) >= 2 and months == list(range(months[0], months[-1] + 1))


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


def _flat_rows(
    doc: Document, v: Vocab, lines: list[tuple[int, str]], k: int, months: list[str], year: int, codes: int
) -> Iterator[Consultation]:
    """The meetings of a plan's rows whose gaps were closed up, from line ``k`` on, up to a blank line; ``codes``
    the header's column words between the bodies' and the months'."""
    rows: list[tuple[int, str, list[re.Match[str]], list[str]]] = []
    for start, text in lines[k : k + _ROWS]:
        if not text.strip():
            break
        if rule_across(text):
            continue
        tokens = list(re.finditer(r"\S+", text))
        run = _day_run(tokens)
        if run is None and rows and not any(_DAY.fullmatch(t[0]) for t in tokens):
            rows[-1][3].append(text.strip())  # the name's wrapped line
        elif run is not None:
            rows.append((start, text, tokens[run[0] : run[1]], [" ".join(t[0] for t in tokens[: run[0]])]))
    for start, text, days, name in rows:
        words = name[0].split()
        while codes and len(words) > 1 and len(words) > codes and all(_CODE.fullmatch(w) for w in words[-codes:]):
            words = words[:-codes]
        body = clean_body("\n".join([" ".join(words), *name[1:]]))
        if not has_head(body, v):
            continue
        rest = text[days[-1].end() :].split()
        said = [status(w, v) for w in rest]
        role = next((s[0] for s in said if s is not None and s[0] is not None), None)
        public = next((s[1] for s in said if s is not None and s[1] is not None), None)
        for day, month in _bracketed(days, len(months)):
            iso = calendar_date(f"{_number(day[0])}.{MONTH_NAMES.index(months[month]) + 1}.{year}")
            if iso is not None:
                yield consultation(
                    body,
                    v,
                    span=doc.span(start, start + day.end()),
                    meeting_date=iso,
                    role=role,
                    public=public,
                    method="plan.months",
                )


def _day_run(tokens: list[re.Match[str]]) -> tuple[int, int] | None:
    """The first run of a row's day tokens after its name, as (first, end) indices, else None."""
    first = next((n for n, t in enumerate(tokens) if n and _DAY.fullmatch(t[0])), None)
    if first is None:
        return None
    end = next((n for n in range(first, len(tokens)) if not _DAY.fullmatch(tokens[n][0])), len(tokens))
    return first, end


def _bracketed(days: list[re.Match[str]], months: int) -> Iterator[tuple[re.Match[str], int]]:
    """The bracketed days of a row's run with the month each falls under, where every parting of the run among
    the months, each month's days rising, puts it under the same one.

    >>> import re
    >>> days = list(re.finditer(r"\\S+", "22. 20. [3.] 24."))
    >>> [(d[0], m) for d, m in _bracketed(days, 3)]
    [('[3.]', 2)]
    """
    if not months <= len(days) <= months + _MORE_DAYS:
        return
    numbers = [_number(d[0]) for d in days]
    partings = []
    for cuts in itertools.combinations(range(1, len(days)), months - 1):
        bounds = [0, *cuts, len(days)]
        groups = [numbers[a:b] for a, b in itertools.pairwise(bounds)]
        if all(g == sorted(set(g)) for g in groups):
            partings.append([n for n, (a, b) in enumerate(itertools.pairwise(bounds)) for _ in range(a, b)])
    for n, day in enumerate(days):
        if day[0].startswith("[") and partings and len({p[n] for p in partings}) == 1:
            yield day, partings[0][n]


def _number(day: str) -> int:
    """The day a token names ("[3.]": 3)."""
    m = _DAY.fullmatch(day)
    return int(m[1]) if m is not None else 0
