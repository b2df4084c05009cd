"""A table of bidders ("Bieter   Angebot (brutto)   Rang" over a row per bidder) names those who offered:
the one engaged is only the row its last cell marks as the winner (the first rank, "Zuschlag"); the others
are no facilitators."""

from __future__ import annotations

from pipeline.lang.de.money import find_money
from pipeline.structure.prose import Unit

from .names import Found, candidates
from .rules import Rules


def bidder_rows(text: str, unit: Unit, n: int, r: Rules) -> list[Found] | None:
    """The names of the winning rows of a table of bidders, read up to the row's first amount, that
    amount their fee; None where ``unit`` opens with no bidders' header."""
    if not r.bidders.match(text[unit.start : unit.end]):
        return None
    out: list[Found] = []
    at = text.find("\n", unit.start, unit.end)
    while 0 <= at < unit.end:
        start = at + 1
        at = text.find("\n", start, unit.end)
        end = at if at >= 0 else unit.end
        if not r.winner.search(text[start:end]):
            continue
        money = find_money(text, start, end)
        named = candidates(text, start, money[0].start if money else end, n, r, whole=True, method="list")
        for f in named:  # the row's offer is the fee
            f.amounts.extend((False, m.amount) for m in money[:1])
        out.extend(named)
    return out
