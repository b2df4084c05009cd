"""An amount written out in words before its currency, as a sentence may give a sum without its digits
("Den Eigenanteil von zwölftausend Euro hat der Kreistag … bereitgestellt"): a German cardinal of
hundreds or thousands written as one word ("zwölftausend", "sechsunddreißigtausendfünfhundert",
"dreihundertfünfzig"). The words that restate an amount given in digits ("36.500 € (in Worten:
sechsunddreißigtausendfünfhundert Euro)") are no amount of their own.

>>> cardinal("achtundvierzigtausend"), cardinal("zweihundertfünfzig"), cardinal("Haushalt")
(48000, 250, None)
"""

from __future__ import annotations

import re
from decimal import Decimal

from pipeline.lang.de.money import Money
from pipeline.lang.de.numbers import NUMBER_WORDS

# the units and the tens of the counts spelt out, with the forms a compound takes ("ein" in "einundzwanzig",
# "eintausend") and the tens the table of counts leaves out
_UNITS = {w: n for w, n in NUMBER_WORDS.items() if 0 < n < 20} | {"ein": 1}
_TENS = {w: n for w, n in NUMBER_WORDS.items() if n in (20, 30, 40, 50)} | {
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
}
# a word before the currency: the cardinal's candidate
_WORD_BEFORE = re.compile(r"(?<![\wäöüß-])(?P<word>[A-Za-zäöüß]{7,})[ \u00a0]+(?:Euro\b|EUR\b|€)")
_RESTATED = re.compile(r"in\s+Worten\s*:?\s*$", re.I)  # "(in Worten: …" before the words


def worded_amounts(text: str) -> list[Money]:
    """The amounts written out in words before their currency, not those restating digits."""
    out = []
    for m in _WORD_BEFORE.finditer(text):
        value = cardinal(m.group("word"))
        if value is None or _RESTATED.search(text, max(0, m.start() - 20), m.start()):
            continue
        out.append(Money(Decimal(value), m.start(), m.end(), m.group(0)))
    return out


def cardinal(word: str) -> int | None:
    """The number a cardinal of hundreds or thousands written as one word names, else None."""
    word = word.lower()
    at = word.find("tausend")
    if at >= 0:
        high = _below_thousand(word[:at]) if at else 1
        low = _below_thousand(word[at + len("tausend") :]) if word[at + len("tausend") :] else 0
        return high * 1000 + low if high and low is not None else None
    return _below_thousand(word) if "hundert" in word else None


def _below_thousand(word: str) -> int | None:
    at = word.find("hundert")
    if at < 0:
        return _below_hundred(word)
    high = _UNITS.get(word[:at]) if at else 1
    rest = word[at + len("hundert") :]
    low = _below_hundred(rest) if rest else 0
    return high * 100 + low if high and high < 10 and low is not None else None


def _below_hundred(word: str) -> int | None:
    if word in _UNITS:
        return _UNITS[word]
    if word in _TENS:
        return _TENS[word]
    unit, _, tens = word.partition("und")
    if tens in _TENS and unit in _UNITS and _UNITS[unit] < 10:
        return _UNITS[unit] + _TENS[tens]
    return None
