"""A row's value that shares a count of seats among bodies, each with its share in brackets::

    Ratsfraktionen   fünf Sitze, nach d'Hondt verteilt auf
                     CDU-Fraktion (2), SPD-Fraktion (2) und
                     Fraktion Bündnis 90/Die Grünen (1);
                     die Namen benennen die Fraktionen bis zum 15.10.2027

The bodies the seats go to are the members (their persons not yet named), the row's label their sector's
hint; the count, the words of the distribution and a clause after a semicolon name none.
"""

from __future__ import annotations

import re

from pipeline.lang.de.closed_class import alternation
from pipeline.lang.de.numbers import NUMBER_WORDS, spelt

# the value opening with a count of seats ("fünf Sitze", "5 Plätze") and the words up to the preposition before
# the first body ("… verteilt auf")
_SEATS = re.compile(
    rf"\s*(?P<count>\d{{1,2}}|(?i:{spelt(2, 20)}))[ \t]+(?:Sitze|Plätze|Mandate)\b[^()]*?"
    rf"\b(?:{alternation('prepositions')})(?=\s+[A-ZÄÖÜ])"
)
# a value opening with a count of seats, whatever follows ("fünf Sitze, nach d'Hondt verteilt auf")
_COUNT = re.compile(rf"\s*(?:\d{{1,2}}|(?i:{spelt(2, 20)}))[ \t]+(?:Sitze|Plätze|Mandate)\b")


def opens_with_seats(value: str) -> bool:
    """Whether a row's value opens with a count of seats (a share of them may follow on its next lines)."""
    return _COUNT.match(value) is not None


# one body and its share in brackets, apart from the next by a comma or a conjunction
_SHARE = re.compile(
    rf"\s*(?:,|\b(?:{alternation('conjunctions')})\b)?\s*"
    r"(?P<body>[A-ZÄÖÜ][^,;()\n]*?(?:\n[ \t]*[^,;()\n]+?)?)[ \t]*\((?P<n>\d{1,2})\)"
)


def seat_shares(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The spans of the bodies ``text[start:end]`` shares its seats among, in order; None where the value
    is no such share (it opens with no count of seats, or names fewer than two bodies with a share, or
    its shares do not add up to the count)."""
    opening = _SEATS.match(text, start, end)
    if opening is None:
        return None
    stop = text.find(";", opening.end(), end)
    stop = end if stop < 0 else stop
    out: list[tuple[int, int]] = []
    shares = 0
    pos = opening.end()
    while (m := _SHARE.match(text, pos, stop)) is not None:
        out.append(m.span("body"))
        shares += int(m["n"])
        pos = m.end()
    if len(out) < MIN_BODIES or text[pos:stop].strip(" \t\n.,"):
        return None
    count = opening["count"].lower()
    return out if (int(count) if count.isdigit() else NUMBER_WORDS[count]) == shares else None


MIN_BODIES = 2
