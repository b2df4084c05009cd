"""The fiscal year of an amount: years named near it ("im Haushaltsjahr 2024") or relative to
the document's date ("im Folgejahr"), and the conjunct of an enumeration of amounts that
claims a year as its own ("im Haushaltsjahr 2024 10.000 € und im Haushaltsjahr 2025 weitere
10.000 €").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.lang.de.closed_class import alternation
from pipeline.lang.de.money import Money

from .kinds import AFTER, Config

# a span of years: "Gesamtaufwand 2027/2028", "Kosten 2025–2026", "2027 bis 2029"
YEAR_SPAN = re.compile(r"\b(?:19|20)\d\d\s*(?:/|–|-|bis)\s*(?:19|20)?\d\d\b")


@dataclass(frozen=True)
class YearCue:
    start: int  # offsets of the cue ("im Haushaltsjahr 2024") in the document text
    end: int
    year: int


def year_cues(conf: Config, text: str, lo: int, hi: int, doc_year: int | None) -> list[YearCue]:
    """The years named in ``text[lo:hi]`` and those relative to the document date."""
    found = [YearCue(m.start(), m.end(), int(m.group("year"))) for m in conf.year.finditer(text, lo, hi)]
    if doc_year is not None:
        for pattern, year in ((conf.next_year, doc_year + 1), (conf.current_year, doc_year)):
            found += [YearCue(m.start(), m.end(), year) for m in pattern.finditer(text, lo, hi)]
    return found


def nearest_year(cues: list[YearCue], money: Money) -> YearCue | None:
    """The cue nearest to the amount; one after it counts a little farther than one before."""
    best: tuple[int, int, YearCue] | None = None
    for c in cues:
        gap = money.start - c.end if c.end <= money.start else c.start - money.end + AFTER
        if best is None or (gap, c.start) < best[:2]:
            best = (gap, c.start, c)
    return best[2] if best else None


# one conjunct of an enumeration of amounts: "im Haushaltsjahr 2024 10.000 € und im Haushaltsjahr 2025 …"
CONJUNCTIONS = alternation("conjunctions")
_CLAUSE_BREAK = re.compile(rf"\bbzw\.|\b(?:{CONJUNCTIONS}|zuzüglich|zzgl\.)(?!\w)|;|,(?!\d)")


def clause(text: str, lo: int, money: Money, hi: int) -> tuple[int, int]:
    """The bounds of the amount's conjunct within ``text[lo:hi]``: from the last "und",
    "sowie", "oder", comma or ";" before it to the first after it."""
    before = list(_CLAUSE_BREAK.finditer(text, lo, money.start))
    after = _CLAUSE_BREAK.search(text, money.end, hi)
    return (before[-1].end() if before else lo), (after.start() if after else hi)
