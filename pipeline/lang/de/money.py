"""One parser for German money amounts: 22.000 €, 21.568,75 €, EUR 5.000, 20 T€, 1,5 Mio. €,
sechs Millionen Euro."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from . import numbers

# three decimals only before a scale word: "1,234 Mio. €"
# A number starts where no digit stands before it, and its thousands are parted by one mark
# throughout: "2017 280.000 €" is a year and an amount, "119 179.980 Euro" a count and an amount.
_NUM = (
    r"(?<!\d)(?P<num>\d{1,3},\d{3}(?=[ \u00a0]*(?:Mio|Mrd|Million|Milliard))"
    r"|\d{1,3}(?P<sep>[.\u202f\u00a0 ])\d{3}(?:(?P=sep)\d{3})*(?:,\d{1,2})?|\d+(?:,\d{1,2})?)(?:,-{1,2}|,–)?"
)
_SCALE = r"(?P<scale>T|Tsd\.?|Tausend|Mio\.?|Millionen|Million|Mrd\.?|Milliarden)"
_CUR = r"(?:€|EUR(?:O)?\b|Euro\b)"
# Between a number and its currency only spaces and at most one line break (an amount split
# at a line end); never a tab, which separates table cells.
_GAP = r"[ \u00a0]*\n?[ \u00a0]*"
# number, optional scale, currency ...
_AFTER = re.compile(_NUM + r"(?:" + _GAP + _SCALE + r")?" + _GAP + r"(?P<scale2>T)?" + _CUR, re.I)
# ... or currency first: "EUR 5.000", "€ 1,5 Mio.", "EUR\n5.000"
_BEFORE = re.compile(r"(?:€|\bEUR\b|\bEuro\b)" + _GAP + _NUM + r"(?:[ \u00a0]*" + _SCALE + r"(?![a-zäöü]))?", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")
# A count spelt out before a scale word and the currency: "sechs Millionen Euro", "zwölf Mio. €".
# Without a scale word a spelt-out count is no amount read here ("zwei Euro" is no money of a plan).
NUMBER_WORDS = {w: n for w, n in numbers.NUMBER_WORDS.items() if n >= 2}
_WORDED = re.compile(
    r"(?<![\wäöüß])(?P<word>"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in NUMBER_WORDS)
    + r")[ \u00a0]+(?P<scale>Millionen|Mio\.?|Milliarden|Mrd\.?)"
    + _GAP
    + r"(?:€|EUR\b|Euro\b)"
)
# The lower end of a range whose currency stands after the upper one alone: "zwischen 52.100 und
# 310.400 Euro" holds two amounts.
_NUMBER_START = re.compile(r"\d[\d.\u202f\u00a0 ]*(?:,\d+)?")
_RANGE_FROM = re.compile(r"(?<![\wäöüß])zwischen[ \u00a0]+" + _NUM + r"[ \u00a0]+und[ \u00a0]+\Z")
# where such an amount can stand at all: its scale word
_WORDED_SCALE = re.compile(r"Mio|Mrd|Milliarden|Millionen")
# Where a match can start: _AFTER at a digit, _BEFORE at "€", "EUR" or "Euro"; both need
# "€" or "EUR"/"Euro" (any case) somewhere.
_DIGIT = re.compile(r"\d")
# "€|EUR" in any case; spelt out, since ``re`` searches a case-insensitive pattern far more slowly
# (no other character matches e, u or r ignoring case: checked over every code point)
_CURRENCY = re.compile(r"€|[Ee][Uu][Rr]")
# a letter joined to a number ("2a": a row's number)
_JOINED = re.compile(r"[A-Za-zÄÖÜäöüß]")
_NUMBER_AHEAD = re.compile(r"[ \u00a0]*\d")

SCALES = {
    "t": 1000,
    "tsd": 1000,
    "tausend": 1000,
    "mio": 10**6,
    "million": 10**6,
    "millionen": 10**6,
    "mrd": 10**9,
    "milliarden": 10**9,
}


@dataclass(frozen=True)
class Money:
    amount: Decimal
    start: int
    end: int
    raw: str


_GROUPING = re.compile(r"[.\u202f\u00a0 ]")  # the marks that group a number's digits


def parse_number(text: str) -> Decimal | None:
    """German number to Decimal.

    >>> parse_number("21.568,75"), parse_number("1,5"), parse_number("22.000")
    (Decimal('21568.75'), Decimal('1.5'), Decimal('22000'))
    """
    cleaned = _GROUPING.sub("", text).replace(",", ".")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def _scale(word: str | None) -> int:
    if not word:
        return 1
    return SCALES.get(word.lower().rstrip("."), 1)


def matches_where(
    pattern: re.Pattern[str], starts: re.Pattern[str], text: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)`` for a pattern that can only match where
    ``starts`` matches: tried there alone, which is much faster than at every position."""
    pos = start
    while (s := starts.search(text, pos, end)) is not None:
        m = pattern.match(text, s.start(), end)
        if m is not None:
            yield m
            pos = max(m.end(), s.start() + 1)
        else:
            pos = s.start() + 1


def _before_currency(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``matches_where(_AFTER, _DIGIT, text, start, end)``, a number first: its digits tried only
    before a currency mark with at most two line breaks between them (a match holds no more: one in
    each gap), as the number's match ends at the first mark after it (nothing it may hold between
    the number and its currency holds one).

    >>> text = "Jahr 2017: 3.000\\n €, 12\\n\\n\\n\\n7 EUR"
    >>> [m.group() for m in _before_currency(text, 0, len(text))]
    ['3.000\\n €', '7 EUR']
    """
    pos = start
    for mark in _CURRENCY.finditer(text, start, end):
        at, lo, breaks = mark.start(), mark.start(), 0
        while breaks < 3 and (nl := text.rfind("\n", pos, lo)) >= 0:
            lo, breaks = nl, breaks + 1
        digit = _DIGIT.search(text, max(pos, lo + 1 if breaks == 3 else pos), at)
        while digit is not None:
            m = _AFTER.match(text, digit.start(), end)
            if m is not None:
                yield m
            pos = max(m.end(), digit.start() + 1) if m is not None else digit.start() + 1
            digit = _DIGIT.search(text, pos, at)


def _after_currency(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_BEFORE``'s matches, a currency mark first: tried at each mark."""
    return matches_where(_BEFORE, _CURRENCY, text, start, end)


_CODE_GOES_ON = re.compile(r"\.\d")  # a number going on with a dot and a digit: a product's code


def _no_amount_after_currency(text: str, m: re.Match[str]) -> bool:
    """Whether a number after a written currency is no amount: a letter joined to it ("in Euro"
    over a row "2a …"), a number going on past its end (a code in the row under a header's "€":
    "05.341.01 / 6171000"), or a single digit after "Euro" written out ("Euro 6", an emission class)."""
    if _JOINED.match(text, m.end("num")) or _CODE_GOES_ON.match(text, m.end("num")):
        return True
    return len(m.group("num")) == 1 and m.group(0).startswith("Euro")


_WIDE = re.compile(r"\d(?:,-{1,2}|,–)?[ \u00a0]{2,}")  # a number set apart from what follows by a table's gap


_COUNT = re.compile(r"\d{1,3}")  # a number of a label: no thousands, no cents
# a bare number written as money: its thousands parted, or its cents or a dash for them ("15.148,–", "980,00")
_MONEY_AHEAD = re.compile(r"[ \u00a0]*(?:\d{1,3}(?:\.\d{3})+(?:,\d{2}|,-{1,2}|,–)?|\d+(?:,\d{2}|,-{1,2}|,–))(?!\d)")


# the rest of a number and a currency of its own after it
_OWN_SIGN = re.compile(r"[\d.\u202f\u00a0]*(?:,\d{1,2}|,-{1,2}|,–)?[ \u00a0]*(?:€|EUR\b|Euro\b)", re.I)


# a currency's sign right before a number, itself after no number (whose sign it would be: "45.000 € 3.000 €")
# (after a word: a row's label, no scale's "Tsd. €", "Mio €")
_SIGN_BEFORE = re.compile(r"(?:^|(?<=[^\W\d_]{2}[ \t])(?<!Mio[ \t])(?<!Mrd[ \t])(?<!Tsd[ \t]))(?:€|EUR)[ \u00a0]?$")


def _sign_of_next(text: str, m: re.Match[str]) -> bool:
    """Whether the currency after a number is the sign of the number after it, a column's gap between them: "Kosten
    Phase 2      € 15.148,–" is 15.148 €, not 2 €.

    >>> [str(x.amount) for x in find_money("Kosten Phase 2          € 15.148,–")], len(find_money("2 € 3"))
    (['15148'], 1)
    >>> [str(x.amount) for x in find_money("Kosten Phase 2 € 15.148,–")], len(find_money("20 € 3 Stück"))
    (['15148'], 1)
    >>> [str(x.amount) for x in find_money("Pforzheim 20 Prozent   120 Euro 50,00 Euro")]
    ['120', '50.00']
    >>> [x.raw for x in find_money("Bis 30.09.2022 450,- €   450,01 bis 1.300,- €")]
    ['450,- €', '1.300,- €']

    A row whose cells set the sign before their numbers, the gaps between them closed to a space:

    >>> [x.raw for x in find_money("Raummiete € 4.200 € 3.800")]
    ['€ 4.200', '€ 3.800']
    >>> [x.raw for x in find_money("Fachstelle 45.000 € 3.000 € 48.000 € 34,9 %")]
    ['45.000 €', '3.000 €', '48.000 €']
    >>> [x.raw for x in find_money("Fahrbahnsanierung 420 T€ 252 T€ 168 T€")]
    ['420 T€', '252 T€', '168 T€']
    >>> len(find_money("Dolmetschen 1,6 Tsd. € 3,9 Tsd. € 5,5 Tsd. €")), len(find_money("Druck 1 Mio € 2 Mio €"))
    (3, 2)
    """
    ahead = _NUMBER_AHEAD.match(text, m.end())
    if ahead is None or _OWN_SIGN.match(text, ahead.end()) is not None:
        return False  # "120 Euro 50,00 Euro": the number after has a sign of its own
    if _SIGN_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return True  # "€ 4.200 € 3.800": the number has its sign before it, the one after it is the next's
    # a small count before the sign, an amount written as money after it: "Kosten Phase 2 € 15.148,–"
    # ("450,- €   450,01 bis 1.300,- €": a number written as money, with its dash, is no count)
    counted = _COUNT.fullmatch(m.group("num")) is not None and not text.startswith(",", m.end("num"))
    counted = counted and _MONEY_AHEAD.match(text, m.end()) is not None
    return counted or _WIDE.match(text, m.end("num") - 1) is not None


def range_start(text: str, money: Money) -> Money | None:
    """The lower end of a range whose currency stands after the upper end alone, right before the
    amount ``money``: "zwischen 3.000 und 5.000 €" gives 3.000 €, "zwischen 2 und 3 Mio. €" 2 Mio. €
    (the scale is the upper end's where the lower number is the smaller: not in "zwischen 500.000 und
    1 Mio. €"). None where the amount ends no such range.

    >>> texts = ("zwischen 3.000 und 5.000 €", "zwischen 2 und 3 Mio. €")
    >>> [str(range_start(t, find_money(t)[0]).amount) for t in texts]
    ['3000', '2000000']
    """
    start = max(0, money.start - 40)
    m = _RANGE_FROM.search(text[start : money.start])
    value = parse_number(m.group("num")) if m else None
    upper = _NUMBER_START.match(money.raw)
    if m is None or value is None or upper is None:
        return None
    top = parse_number(upper.group())
    scale = money.amount / (top or 1) if value <= (top or 0) else 1
    return Money(value * scale, start + m.start("num"), start + m.end("num"), m.group("num"))


def find_money(text: str, start: int = 0, end: int | None = None) -> list[Money]:
    """Every euro amount in ``text[start:end]`` with its offsets, in order.

    >>> [(str(m.amount), m.raw) for m in find_money("ca. 22.000 € und EUR 5.000 sowie 20 T€")]
    [('22000', '22.000 €'), ('5000', 'EUR 5.000'), ('20000', '20 T€')]
    """
    end = len(text) if end is None else end
    found: list[Money] = []
    taken: list[tuple[int, int]] = []
    if not _CURRENCY.search(text, start, end):
        return found
    for pattern, matches in ((_AFTER, _before_currency), (_BEFORE, _after_currency)):
        for m in matches(text, start, end):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if m.start() > 0 and (
                text[m.start() - 1].isdigit()
                or text[m.start() - 1] in ",."
                and m.start() > 1
                and text[m.start() - 2].isdigit()
            ):
                continue
            if (
                _YEAR.fullmatch(m.group("num"))
                and not m.groupdict().get("scale")
                and (
                    "\n" in m.group(0)  # "2018" in a header row above "€" cells, "in EUR" above years
                    or _NUMBER_AHEAD.match(text, m.end())
                )
            ):  # "2017 EUR 5.000"; "Kosten in €   2028   2029": a header of years
                continue
            if pattern is _BEFORE and not m.group("scale") and _no_amount_after_currency(text, m):
                continue
            if pattern is _AFTER and _sign_of_next(text, m):
                continue
            value = parse_number(m.group("num"))
            if value is None:
                continue
            scale = _scale(m.groupdict().get("scale")) * _scale(m.groupdict().get("scale2"))
            found.append(Money(value * scale, m.start(), m.end(), m.group(0)))
            taken.append((m.start(), m.end()))
    worded = _WORDED.finditer(text, start, end) if _WORDED_SCALE.search(text, start, end) else ()
    for m in worded:
        if not any(m.start() < e and s < m.end() for s, e in taken):
            value = Decimal(NUMBER_WORDS[m.group("word").lower()]) * _scale(m.group("scale"))
            found.append(Money(value, m.start(), m.end(), m.group(0)))
    return sorted(found, key=lambda x: x.start)
