"""Find date candidates with patterns, normalise them with dateparser (German, DMY)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

MONTHS = (r"Januar|Jan\.?|Februar|Feb\.?|März|Mär\.?|April|Apr\.?|Mai|Juni|Jun\.?|Juli|Jul\.?|"
          r"August|Aug\.?|September|Sept?\.?|Oktober|Okt\.?|November|Nov\.?|Dezember|Dez\.?")
_NUMERIC = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>(?:19|20)\d{2}|\d{2})(?![\d])")
_LONG = re.compile(r"(?<![\w.])(?P<d>\d{1,2})\.\s*(?P<mon>" + MONTHS + r")\s+(?P<y>(?:19|20)\d{2})\b")
_MONTH = re.compile(r"(?<![\w.])(?P<mon>" + MONTHS + r")\s+(?P<y>(?:19|20)\d{2})\b")


@dataclass(frozen=True)
class DateMatch:
    iso: str  # YYYY-MM-DD, or YYYY-MM for month precision
    precision: str  # day | month
    start: int
    end: int
    raw: str


@functools.lru_cache(maxsize=4096)
def normalize_date(raw: str) -> str | None:
    """A located date string to ISO with dateparser.

    >>> normalize_date("14.03.2017"), normalize_date("15. Mai 2017"), normalize_date("27.10.17")
    ('2017-03-14', '2017-05-15', '2017-10-27')
    """
    import dateparser

    parsed = dateparser.parse(
        raw, languages=["de"],
        settings={"DATE_ORDER": "DMY", "PARSERS": ["absolute-time"], "PREFER_DAY_OF_MONTH": "first",
                  "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    return parsed.date().isoformat() if parsed else None


@functools.lru_cache(maxsize=1024)
def normalize_month(raw: str) -> str | None:
    import dateparser

    parsed = dateparser.parse(raw, languages=["de"],
                              settings={"PARSERS": ["absolute-time"], "REQUIRE_PARTS": ["month", "year"]})
    return parsed.strftime("%Y-%m") if parsed else None


def find_dates(text: str, start: int = 0, end: int | None = None, months: bool = False) -> list[DateMatch]:
    """Dates in ``text[start:end]``; with ``months`` also month-only dates ("Juni 2017")."""
    end = len(text) if end is None else end
    found: list[DateMatch] = []
    for pattern in (_NUMERIC, _LONG):
        for m in pattern.finditer(text, start, end):
            raw = m.group(0)
            if pattern is _NUMERIC and not (1 <= int(m["d"]) <= 31 and 1 <= int(m["m"]) <= 12):
                continue
            iso = normalize_date(re.sub(r"\s+", " ", raw))
            if iso:
                found.append(DateMatch(iso, "day", m.start(), m.end(), raw))
    if months:
        for m in _MONTH.finditer(text, start, end):
            if any(d.start <= m.start() < d.end for d in found):
                continue
            iso = normalize_month(m.group(0))
            if iso:
                found.append(DateMatch(iso, "month", m.start(), m.end(), m.group(0)))
    return sorted(found, key=lambda d: d.start)
