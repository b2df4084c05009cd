"""Find date candidates with patterns, normalise them with dateparser (German, DMY).

dateparser takes milliseconds per call, so the plain forms the patterns find ("14.03.2017",
"27.10.17", "15. Mai 2017", "Juni 2017") are read directly when they name a real calendar
date, with dateparser's results (two-digit years as ``strptime`` reads them: 00-68 are
20xx, 69-99 are 19xx); anything else still goes to dateparser.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .money import matches_where

# the shape of a numeric date, also one that OCR spoilt ("12.O5.2021", "l2.05.2021")
DATE_LIKE = re.compile(r"(?<![\w.])[0-9Il|O]{1,2}\s?[.,]\s?[0-9Il|O]{1,2}\s?[.,]?\s?(?:19|20)?[0-9Il|O]{2}(?![\w.])")

# the months' names in full, and the weekdays' in full and short ("Mo", "Di")
MONTH_NAMES = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
WEEKDAYS_SHORT = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
# a weekday, short with or without its full stop, or in full
WEEKDAY = r"(?:(?:" + "|".join(WEEKDAYS_SHORT) + r")\.?|" + "|".join(WEEKDAYS) + ")"
# a time of day, alone or as a span, with or without its unit: "18:00", "9.30 Uhr", "15:00-15:45 Uhr",
# "18.00 bis 19.30", "um 17 Uhr", "ab 9:00 h"; a meeting's time in its header or beside its date; never a date's
# day and month ("03.03" of "03.03.2027", a second date one space after the first)
CLOCK = r"\d{1,2}[:.]\d{2}(?![\d.:]\d)"
TIME_OF_DAY = (
    rf"(?:(?:um|ab)[ \t]+)?(?:{CLOCK}(?:[ \t]*(?:[-–]|bis)[ \t]*{CLOCK})?(?:[ \t]*(?:Uhr|h)\b)?|\d{{1,2}}[ \t]*Uhr\b)"
)
# the months in full and short, as dates write them
MONTHS = (
    r"Januar|Jan\.?|Februar|Febr?\.?|März|Mär\.?|April|Apr\.?|Mai|Juni|Jun\.?|Juli|Jul\.?|"
    r"August|Aug\.?|September|Sept?\.?|Oktober|Okt\.?|November|Nov\.?|Dezember|Dez\.?"
)
_DAYS = r"(?:(?P<d0>\d{1,2})\.[ \t]?(?:[/–-][ \t]?\d{1,2}\.[ \t]?)*[/–-][ \t]?)?"  # "03./04." of a meeting over days
_NUMERIC = re.compile(
    r"(?<![\d.])" + _DAYS + r"(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>(?:19|20)\d{2}|\d{2})(?![\d])"
)
# a date right after a list number: "1.12.03.24" is item 1 of 12.03.24, not the 1st of December 2003
_GLUED = re.compile(r"\.\d{2}(?:\d{2})?(?!\d)")
_NUMERIC_AT = re.compile(r"(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>(?:19|20)\d{2}|\d{2})(?![\d])")
_LONG = re.compile(r"(?<![\w.])(?P<d>\d{1,2})\.\s*(?P<mon>" + MONTHS + r")\s+(?P<y>(?:19|20)\d{2})\b")
_MONTH = re.compile(r"(?<![\w.])(?P<mon>" + MONTHS + r")\s+(?P<y>(?:19|20)\d{2})\b")
# a month cut short with its full stop and a year of two digits ("2. Sept. 27", "13. Okt. 27"), as a narrow
# table column writes a date; a month in full before two digits ("3. Mai 27 Teilnehmer") is no such date
SHORT_MONTHS = r"Jan|Febr?|Mär|Apr|Jun|Jul|Aug|Sept?|Okt|Nov|Dez"
_SHORT_YEAR = re.compile(
    r"(?<![\w.])(?P<d>\d{1,2})\.[ \t]?(?P<mon>(?:" + SHORT_MONTHS + r")\.)[ \t]?(?P<y>\d{2})(?![\w]|[.,:]\d)"
)
# a month in full or short, with or without its full stop, over a year of two after its weekday ("Mi., 19. Mai 27,
# 17.00 Uhr", "Di 04. Jun 27"), as a meeting's column writes its day: the weekday before it makes "19. Mai 27" or
# "4. Jun 27" a date, which alone it is not
_FULL_SHORT_YEAR = re.compile(
    r"(?<![\w.])(?P<d>\d{1,2})\.[ \t]?(?P<mon>(?:"
    + "|".join(MONTH_NAMES)
    + r"|(?:"
    + SHORT_MONTHS
    + r")\.?))[ \t]+(?P<y>\d{2})(?![\w]|[.,:]\d)"
)
_WEEKDAY_BEFORE = re.compile(r"(?<![\w.])" + WEEKDAY + r",?[ \t]+\Z")
# where a numeric or long date may start: every one opens with a day and its full stop ("3." of
# "3.2.24", "03./04.06.2030", "3. März 2024"), which ``re`` finds fast; the dates' own patterns open with a
# lookbehind, which ``re`` tries at every position
_DAY_START = re.compile(r"\d{1,2}\.")
# every date above holds four digits at least (day, month and a year of two; a day or a month name
# and a year of four): a text without four holds none
_DATE_DIGITS = re.compile(r"\d(?:\D*\d){3}")


@dataclass(frozen=True)
class DateMatch:
    iso: str  # YYYY-MM-DD, or YYYY-MM for month precision
    precision: str  # day | month
    start: int
    end: int
    raw: str


_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        [
            ("Januar", "Jan"),
            ("Februar", "Feb", "Febr"),
            ("März", "Mär"),
            ("April", "Apr"),
            ("Mai",),
            ("Juni", "Jun"),
            ("Juli", "Jul"),
            ("August", "Aug"),
            ("September", "Sep", "Sept"),
            ("Oktober", "Okt"),
            ("November", "Nov"),
            ("Dezember", "Dez"),
        ],
        start=1,
    )
    for full in names
    for name in (full, full + ".")
}
# ASCII digits and spaces only: the forms whose reading by dateparser is known
_YEAR = r"(?P<y>(?:19|20)[0-9]{2})"
_PLAIN_NUMERIC = re.compile(r"(?P<d>[0-9]{1,2})\. ?(?P<m>[0-9]{1,2})\. ?(?P<y>(?:19|20)[0-9]{2}|[0-9]{2})")
_PLAIN_LONG = re.compile(r"(?P<d>[0-9]{1,2})\. ?(?P<mon>" + MONTHS + r") " + _YEAR)
_PLAIN_MONTH = re.compile(r"(?P<mon>" + MONTHS + r")[ \t\n]+" + _YEAR)

_SPACES = re.compile(r"\s+")


def calendar_date(raw: str) -> str | None:
    """ISO date of a plain numeric or long date naming a real day, else None.

    >>> calendar_date("3.4.19"), calendar_date("15. Sept. 2017"), calendar_date("30.02.2017")
    ('2019-04-03', '2017-09-15', None)
    >>> calendar_date("2. Sept. 27"), calendar_date("3. Mai 27")
    ('2027-09-02', None)
    """
    m = _PLAIN_NUMERIC.fullmatch(raw)
    if m:
        month = int(m["m"])
    elif m := _PLAIN_LONG.fullmatch(raw) or _SHORT_YEAR.fullmatch(raw) or _weekday_date(raw):
        month = _MONTH_NUMBERS[m["mon"]]
    else:
        return None
    year = int(m["y"])
    if len(m["y"]) == 2:
        year += 2000 if year <= 68 else 1900
    try:
        return datetime.date(year, month, int(m["d"])).isoformat()
    except ValueError:
        return None


def _weekday_date(raw: str) -> re.Match[str] | None:
    """The day of a date with its month in full or short over a year of two after its weekday ("Mi., 19. Mai 27",
    "Mo 26. Apr 27").

    >>> _weekday_date("Mi., 19. Mai 27")["d"], _weekday_date("Mo 26. Apr 27")["mon"], _weekday_date("19. Mai 27")
    ('19', 'Apr', None)
    """
    m = _FULL_SHORT_YEAR.search(raw)
    if m is None or m.end() != len(raw) or _WEEKDAY_BEFORE.fullmatch(raw, 0, m.start()) is None:
        return None
    return m


@functools.lru_cache(maxsize=4096)
def normalize_date(raw: str) -> str | None:
    """A located date string to ISO (plain dates directly, others with dateparser).

    >>> normalize_date("14.03.2017"), normalize_date("15. Mai 2017"), normalize_date("27.10.17")
    ('2017-03-14', '2017-05-15', '2017-10-27')
    """
    return calendar_date(raw) or parse_date(raw)


def parse_date(raw: str) -> str | None:
    """A located date string to ISO with dateparser."""
    import dateparser

    parsed = dateparser.parse(
        raw,
        languages=["de"],
        settings={
            "DATE_ORDER": "DMY",
            "PARSERS": ["absolute-time"],
            "PREFER_DAY_OF_MONTH": "first",
            "REQUIRE_PARTS": ["day", "month", "year"],
        },
    )
    return parsed.date().isoformat() if parsed else None


@functools.lru_cache(maxsize=1024)
def normalize_month(raw: str) -> str | None:
    """A located month ("Juni 2017") to YYYY-MM (plain ones directly, others with dateparser).

    >>> normalize_month("Juni 2017"), normalize_month("Sept.\\n2018")
    ('2017-06', '2018-09')
    """
    m = _PLAIN_MONTH.fullmatch(raw)
    if m:
        return f"{m['y']}-{_MONTH_NUMBERS[m['mon']]:02d}"
    return parse_month(raw)


def parse_month(raw: str) -> str | None:
    """A located month to YYYY-MM with dateparser."""
    import dateparser

    parsed = dateparser.parse(
        raw, languages=["de"], settings={"PARSERS": ["absolute-time"], "REQUIRE_PARTS": ["month", "year"]}
    )
    return parsed.strftime("%Y-%m") if parsed else None


def may_hold_date(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` has the four digits that every date needs, a month's too
    ("Juni 2017"), or a day and a short month over a year of two ("2. Sept. 27"): most lines have not.

    >>> may_hold_date("am 5.3.21"), may_hold_date("Seite 1 von 12"), may_hold_date("2. Sept. 27")
    (True, False, True)
    """
    end = len(text) if end is None else end
    if _DATE_DIGITS.search(text, start, end) is not None:
        return True
    if _DAY_START.search(text, start, end) is None:  # the short years' forms open with a day and its full stop
        return False
    return _SHORT_YEAR.search(text, start, end) is not None or _FULL_SHORT_YEAR.search(text, start, end) is not None


def find_dates(text: str, start: int = 0, end: int | None = None, months: bool = False) -> list[DateMatch]:
    """Dates in ``text[start:end]``; with ``months`` also month-only dates ("Juni 2017")."""
    end = len(text) if end is None else end
    if not may_hold_date(text, start, end):
        return []
    return _find_dates(text, start, end, months)


def _find_dates(text: str, start: int, end: int, months: bool) -> list[DateMatch]:
    """:func:`find_dates` the long way, each pattern searched."""
    found: list[DateMatch] = []
    for pattern in (_NUMERIC, _LONG, _SHORT_YEAR):
        for found_m in matches_where(pattern, _DAY_START, text, start, end):
            m: re.Match[str] | None = found_m
            if pattern is _NUMERIC and len(found_m["y"]) == 2 and _GLUED.match(text, found_m.end(), end):
                m = _NUMERIC_AT.match(text, found_m.start("m"), end)
            if m is None or (pattern is _NUMERIC and not (1 <= int(m["d"]) <= 31 and 1 <= int(m["m"]) <= 12)):
                continue
            raw = m.group(0)
            if pattern is _NUMERIC and m.re is _NUMERIC and m["d0"]:  # a meeting over days: its first day
                if 1 <= int(m["d0"]) < int(m["d"]):
                    raw = f"{m['d0']}.{m['m']}.{m['y']}"
                else:  # "05./04.06.2030" is no run of days: the date is the last one only
                    m = _NUMERIC_AT.match(text, m.start("d"), end)
                    raw = m.group(0) if m else ""
            iso = normalize_date(_SPACES.sub(" ", raw)) if m is not None else None
            if iso and m is not None:
                found.append(DateMatch(iso, "day", m.start(), m.end(), m.group(0)))
    found.extend(_weekday_dates(text, start, end))
    if months:
        for m in _MONTH.finditer(text, start, end):
            if any(d.start <= m.start() < d.end for d in found):
                continue
            iso = normalize_month(m.group(0))
            if iso:
                found.append(DateMatch(iso, "month", m.start(), m.end(), m.group(0)))
    return sorted(found, key=lambda d: d.start)


def _weekday_dates(text: str, start: int, end: int) -> Iterator[DateMatch]:
    """The dates with a month in full over a year of two that a weekday opens in ``text[start:end]``.

    >>> [d.iso for d in _weekday_dates("Mo., 14. Juni 27, 14.30 Uhr; am 3. Mai 27 Teilnehmer", 0, 52)]
    ['2027-06-14']
    """
    for m in matches_where(_FULL_SHORT_YEAR, _DAY_START, text, start, end):
        before = _WEEKDAY_BEFORE.search(text, max(start, m.start() - 16), m.start())
        iso = calendar_date(text[before.start() : m.end()]) if before else None
        if iso:
            yield DateMatch(iso, "day", m.start(), m.end(), m.group(0))


_LOOSE_NUMERIC = re.compile(
    r"(?P<d>[0-9](?: ?[0-9])?) ?\. ?(?P<m>[0-9](?: ?[0-9])?) ?\. ?(?P<y>(?:[0-9] ?){3}[0-9]|[0-9] ?[0-9])(?![0-9])"
)


def loose_date_at(text: str, pos: int) -> DateMatch | None:
    """A numeric date at ``pos`` whose digits a PDF text layer spaced apart ("18 . 9 .20 2 2"),
    for places where a date is expected (after "Erlangen, den").

    >>> loose_date_at("Erlangen, den 7 . 7 .20 2 2", 14).iso
    '2022-07-07'
    >>> loose_date_at("den 23 .11.2022", 4).iso, loose_date_at("Nr. 12 3", 4)
    ('2022-11-23', None)
    """
    m = _LOOSE_NUMERIC.match(text, pos)
    if m is None:
        return None
    iso = calendar_date(".".join(re.sub(r" ", "", m[g]) for g in ("d", "m", "y")))
    return DateMatch(iso, "day", m.start(), m.end(), m.group(0)) if iso else None


_ISO = re.compile(r"(?P<y>(?:19|20)[0-9]{2})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})(?![0-9])")


def iso_date_at(text: str, pos: int) -> DateMatch | None:
    """An ISO date at ``pos`` ("2019-03-12", as council systems print from their database).

    >>> iso_date_at("Datum: 2019-03-12", 7).iso, iso_date_at("2019-02-30", 0)
    ('2019-03-12', None)
    """
    m = _ISO.match(text, pos)
    if m is None:
        return None
    try:
        iso = datetime.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        return None
    return DateMatch(iso, "day", m.start(), m.end(), m.group(0))


def find_iso_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMatch]:
    """The ISO dates standing as words of their own in ``text[start:end]`` ("2027-05-11", a cell a council
    system printed from its database), not inside a longer code or range ("AZ-2027-05-11-3").

    >>> [d.iso for d in find_iso_dates("Sozialausschuss   2027-05-19   ja")], find_iso_dates("Nr. 2027-05-11-3")
    (['2027-05-19'], [])
    """
    end = len(text) if end is None else end
    found = []
    for m in _ISO_WORD.finditer(text, start, end):
        date = iso_date_at(text, m.start())
        if date is not None:
            found.append(date)
    return found


_ISO_WORD = re.compile(r"(?<![\w./-])(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}(?![\w/-]|\.\d)")
