"""A table that computes fees from a day or an hour rate ("Leistungsbaustein  Tage  Tagessatz  Betrag" over
"Stadtteilwerkstätten (4 Termine)  8  1.200 €  9.600 €"): an amount in one of its rows without a cue of its
own is a fee (external support), the table's header naming the rate as a column's head; not where the
header names lodging or care ("Tagessatz pro Person  Unterkunft"), nor under a line of prose."""

from __future__ import annotations

from pipeline.lang.de.money import find_money
from pipeline.structure import Line

from .kinds import Config

ROWS = 12  # rows of a rate table at most between an amount and its header
HEADER_WORDS = 8  # words of a table's header at most


def rated_row(conf: Config, lines: list[Line], i: int, kind: str | None) -> str | None:
    """``external_support`` for an amount on line ``i`` without a cue of its own (``kind`` None), a row of a
    table whose header names a fee's rate, else None: the lines between the header and the row are rows too,
    each ending in an amount."""
    if kind is not None:
        return None
    for k in range(i, max(-1, i - 1 - ROWS), -1):
        text = lines[k].text.rstrip()
        found = find_money(text)
        if found and found[-1].end == len(text):
            continue  # a row of the table, ending in its amount
        words = text.split()
        header = k < i and 2 <= len(words) <= HEADER_WORDS and not text.endswith((".", ":", ";", ","))
        fee = header and not found and conf.fee_rate.search(text) and not conf.care.search(text)
        return "external_support" if fee else None
    return None
