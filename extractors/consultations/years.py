"""A Beratungsfolge whose dates name no year, its heading naming it: "Beratungsfolge (Sitzungsjahr 2027)" over
rows "Kreisausschuss  22.03.  (nö)  Vorberatung", or the dates' column word with the year on the heading's line
("Beratungsfolge   Termin 2027   Behandlung" over rows "Ortschaftsrat Haagen   Di 04.05.   Anhörung") or on the
header's under it, a rule maybe between them; a day's month may be written out ("Mi, 2. Juni"). The
vocabulary of such a paper reads a row's day and month ("22.03.") as a date of the heading's year; a paper without
such a heading keeps the vocabulary as it is, so a day and month alone ("bis 01.03.") is no meeting's date anywhere
else.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from pipeline.lang.de.dates import MONTHS, calendar_date

from .vocab import Vocab, date_cells

if TYPE_CHECKING:
    from .headers import Header

# a year of four digits, alone among the heading's words
_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?![\d.])")
# a day and month without a year, the cell over after it ("22.03.", not "22.03.2027", "1.2.3" or "3.1.a")
_DAY_MONTH = re.compile(r"(?<![\w.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?![\w.]|[ \t]?\d)")
# ... or written with its month's name ("2. Juni", "16. Juni" in "Mi, 16. Juni"), no year after it
_DAY_NAMED_MONTH = re.compile(r"(?<![\w.])(?P<d>\d{1,2})\.[ \t]*(?P<mon>" + MONTHS + r")(?!\w)(?![ \t]*(?:\d|'))")
_RULE = re.compile(r"[ \t]*[-=_─━═]{3,}[ \t]*")  # a rule between the heading and the header
_HEADING_REST_WORDS = 3  # the words after the heading's own, at most ("(Sitzungsjahr 2027)", "für 2027")
_CELLS = re.compile(r"\t+|[ ]{2,}")  # the gaps between a header's cells


def with_year(v: Vocab, text: str) -> Vocab:
    """The vocabulary with the year the Beratungsfolge's heading names for the days and months of its rows;
    the vocabulary as it is where no heading names one year."""
    year = heading_year(text, v)
    return _yeared(v, year) if year is not None else v


def heading_year(text: str, v: Vocab) -> int | None:
    """The one year a Beratungsfolge's heading names after its word, on the heading's own line:
    "Beratungsfolge (Sitzungsjahr 2027)", or a cell that is the dates' column word and a year, on the heading's
    line or on the header's under a heading alone ("Beratungsfolge   Termin 2027   Behandlung", "Gremium   Datum
    2027"); None where no heading, or more than one, names one."""
    years = set()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        m = v.title.match(line.strip())
        if m is None:
            continue
        rest = line.strip()[m.end() :]
        found = _YEAR.findall(rest)
        if len(found) == 1 and len(rest.split()) <= _HEADING_REST_WORDS:
            years.add(int(found[0]))
        # the header on the heading's line, else under it (the heading's line may hold a legend: "〃 = wie oben")
        under = next((ln for ln in lines[i + 1 : i + 4] if ln.strip() and not _RULE.fullmatch(ln)), "")
        years.update((_column_years(rest, v) if rest.strip(" :") else set()) or _column_years(under, v))
    return years.pop() if len(years) == 1 else None


def _column_years(header: str, v: Vocab) -> set[int]:
    """The years of a header's cells that are the dates' column word and a year, its cells set apart by gaps or,
    single-spaced, a year after the dates' column word among the column words ("Termin 2027 Behandlung Sitzung")."""
    cells = [cell.strip() for cell in _CELLS.split(header) if cell.strip()]
    years = {y for cell in cells if (y := dates_column_year(cell, v)) is not None}
    if len(cells) == 1 and not years:
        for m in _YEAR.finditer(header):
            if any(kind == "date" and _ends_with(p, header[: m.start()]) for kind, p in v.columns):
                years.add(int(m[1]))
    return years


def _ends_with(word: re.Pattern[str], before: str) -> bool:
    """Whether ``before`` ends with the column word, a word of its own, then a space or an opening bracket."""
    return re.search(r"(?<![\w-])(?:" + word.pattern + r")[ \t]+\(?$", before, word.flags) is not None


def dates_column_year(cell: str, v: Vocab) -> int | None:
    """The year of a header's cell that is the dates' column word and one year: "Termin 2027", "Datum (2027)"."""
    m = _YEAR.search(cell)
    if m is None or len(_YEAR.findall(cell)) != 1:
        return None
    word = cell[: m.start()].rstrip(" (")
    if cell[m.end() :].strip(" )") or not word:
        return None
    return int(m[1]) if any(kind == "date" and p.fullmatch(word) for kind, p in v.columns) else None


@functools.lru_cache(maxsize=32)
def _yeared(v: Vocab, year: int) -> Vocab:
    finder = functools.partial(_dates_of_year, year=year)
    return dataclasses.replace(v, tokens=dataclasses.replace(v.tokens, dates=finder))


def _dates_of_year(text: str, start: int, end: int, year: int) -> list[tuple[int, int, str]]:
    """The dates of a table's cells, and its days and months without a year as dates of ``year``."""
    found = date_cells(text, start, end)
    for m in _DAY_MONTH.finditer(text, start, end):
        iso = calendar_date(f"{m['d']}.{m['m']}.{year}")
        if iso is not None and not any(a < m.end() and m.start() < b for a, b, _ in found):
            found.append((m.start(), m.end(), iso))
    for m in _DAY_NAMED_MONTH.finditer(text, start, end):
        iso = calendar_date(f"{m['d']}. {m['mon']} {year}")
        if iso is not None and not any(a < m.end() and m.start() < b for a, b, _ in found):
            found.append((m.start(), m.end(), iso))
    return sorted(found)


_YEAR_AFTER = re.compile(r"(?<=\w)[ \t]\(?(?:19|20)\d{2}\)?(?=[ \t]|$)")  # a year alone after a word, one space


def without_year(text: str, v: Vocab, read: Callable[[str], Header | None]) -> Header | None:
    """A single-spaced header whose dates' column word a year follows ("Termin 2027 Gremium Beratung Sitzung", as a
    text layer closes the gaps): the year is the rows', no column of its own; the header read without it, its
    columns' places those of the line (``read``: the header's reader); None for any other line."""
    year = _YEAR_AFTER.search(text)
    before = text[: year.start()].split() if year is not None else []
    if year is None or not before or not any(kind == "date" and p.fullmatch(before[-1]) for kind, p in v.columns):
        return None
    found = read(text[: year.start()] + text[year.end() :])
    if found is None or found.mode != "tokens" or found.marks or found.roles or found.places:
        return None
    n, at = year.end() - year.start(), year.start()
    starts = tuple(s + n if s >= at else s for s in found.starts)
    return dataclasses.replace(found, starts=starts, end=found.end + n if found.end >= at else found.end)
