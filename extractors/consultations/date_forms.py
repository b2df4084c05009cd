"""Dates of a Beratungsfolge's cells in forms the German date reader leaves: the month in Roman numerals
("03.V.2027"), the month's letters between hyphens as a database report prints them ("05-MAI-2027"), and a form's
comb field, every character spaced ("0 4 . 0 5 . 2 0 2 7")."""

from __future__ import annotations

import datetime
import re

_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN_DATE = re.compile(
    r"(?<![\w.])(?P<d>[0-3]?\d)\.[ ]?(?P<m>" + "|".join(sorted(_ROMAN_MONTHS, key=len, reverse=True)) + r")\.[ ]?"
    r"(?P<y>(?:19|20)\d\d)(?![\w.]|\.\d)"
)


def roman_dates(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The dates whose month is a Roman numeral ("03.V.2027", "2. XI. 2027"), a day the month has."""
    found = []
    for m in _ROMAN_DATE.finditer(text, start, end):
        try:
            day = datetime.date(int(m["y"]), _ROMAN_MONTHS.index(m["m"]) + 1, int(m["d"]))
        except ValueError:
            continue
        found.append((m.start(), m.end(), day.isoformat()))
    return found


# a database report's date: the day, the month's three letters and the year parted by hyphens ("05-MAI-2027"),
# the months as a German (or English) database session writes them
_ABBREVIATED_MONTHS = (
    ("JAN",),
    ("FEB",),
    ("MRZ", "MÄR", "MAR"),
    ("APR",),
    ("MAI", "MAY"),
    ("JUN",),
    ("JUL",),
    ("AUG",),
    ("SEP",),
    ("OKT", "OCT"),
    ("NOV",),
    ("DEZ", "DEC"),
)
_ABBREVIATED_DATE = re.compile(
    r"(?<![\w.-])(?P<d>[0-3]?\d)-(?P<m>" + "|".join(a for m in _ABBREVIATED_MONTHS for a in m) + r")-"
    r"(?P<y>(?:19|20)\d\d)(?![\w-])",
    re.I,
)


def abbreviated_dates(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The dates a database report writes with the month's letters ("05-MAI-2027"), a day the month has.

    >>> abbreviated_dates("1 KREISTAG   21-JUN-2027 09:30", 0, 30)
    [(13, 24, '2027-06-21')]
    """
    found = []
    for m in _ABBREVIATED_DATE.finditer(text, start, end):
        month = next(k for k, names in enumerate(_ABBREVIATED_MONTHS, 1) if m["m"].upper() in names)
        try:
            day = datetime.date(int(m["y"]), month, int(m["d"]))
        except ValueError:
            continue
        found.append((m.start(), m.end(), day.isoformat()))
    return found


# a form's comb field: every character of the date in a box of its own, a space between them ("0 4 . 0 5 . 2 0 2 7")
_COMB_DATE = re.compile(
    r"(?<![\w.])(?<![\d.][ ])(?P<d>[0-3][ ]\d)[ ]\.[ ](?P<m>[01][ ]\d)[ ]\.[ ]"
    r"(?P<y>[12][ ]\d[ ]\d[ ]\d)(?!\w)(?![ ]?[\d.])"
)


def comb_dates(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The dates of a form's comb fields, each character spaced ("1 1 . 0 5 . 2 0 2 7"), a day the month has.

    >>> comb_dates("2  Ausschuss   1 1 . 0 5 . 2 0 2 7   X", 0, 38)
    [(15, 34, '2027-05-11')]
    >>> comb_dates("8 1 1 . 0 5 . 2 0 2 7", 0, 21)
    []
    """
    found = []
    for m in _COMB_DATE.finditer(text, start, end):
        d, mo, y = (int(m[g].replace(" ", "")) for g in ("d", "m", "y"))
        try:
            day = datetime.date(y, mo, d)
        except ValueError:
            continue
        found.append((m.start(), m.end(), day.isoformat()))
    return found
