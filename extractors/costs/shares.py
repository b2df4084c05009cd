"""A sum's shares by year: rows under a sum row, each labelled by the partitive and a year alone, give the
year's part of the sum ("zusammen  28.000,00 €" over "davon 2027  12.500,00 €" and "davon 2028  15.500,00 €"):
the sum's kind with the row's year, a total of its year; a blank line between the rows parts nothing."""

from __future__ import annotations

from extractors.base import collapse
from pipeline.lang.de.money import Money, find_money
from pipeline.structure import Line

from .amounts import YEAR
from .contexts import Context
from .kinds import Config, nearest

REACH = 6  # rows of shares at most between a share and its sum


def year_share(conf: Config, lines: list[Line], i: int, money: Money) -> Context | None:
    """The context of an amount in a row of a sum's shares by year, None for any other row."""
    year = _share_year(conf, lines[i], money.start)
    if year is None:
        return None
    for k in range(i - 1, max(-1, i - 1 - REACH), -1):
        row = lines[k]
        if not row.text.strip():
            continue  # a blank line a PDF's page or paragraph break set between the rows
        found = find_money(row.text)
        if len(found) != 1:
            return None
        if _share_year(conf, row, row.start + found[0].start) is not None:
            continue  # the share of another year, over this one
        kind = nearest(conf.types, collapse(row.text[: found[0].start]))
        if kind != "total":
            return None
        ctx = Context(money.start, money.end, kind, None, year, kind)
        ctx.column_total = True  # a total of its year stays one
        return ctx
    return None


def _share_year(conf: Config, row: Line, at: int) -> int | None:
    """The year of a row whose label before the amount at ``at`` is the partitive and a year, nothing else."""
    label = row.text[: at - row.start]
    part = conf.partitive.search(label)
    year = YEAR.search(label)
    if part is None or year is None:
        return None
    rest = label[: part.start()] + label[part.end() : year.start()] + label[year.end() :]
    return int(year.group()) if not rest.strip(" \t:") else None
