"""A price comparison (a Preisspiegel) that sets its bidders as columns names the one engaged in the
column its rank row marks first, or its award row ticks:

                                       Bieter 1          Bieter 2          Bieter 3
                                       Büro Beispiel     Institut für      Agentur X GmbH,
                                       Beratung und      Sozialplanung     Ulm
                                       Moderation,       Süd e. V.,
                                       Nordstadt         Südstadt
     Pos. Leistung                     € netto           € netto           € netto
     1    Moderation 4 Werkstätten       4.800,00          5.600,00          6.200,00
          Summe brutto                  12.911,50         14.815,50         15.648,50
          Rang                              1                 2                 3
          Vergabevorschlag                  ✔

The header holds two bidder cells at least, each the bidder noun and a number or letter
(``agency.price_column``); the lines under it with no cell left of the first bidder's column are the
bidders' names, wrapped, each column's cells joined and its seat after the last comma dropped. The
winner's column is the one holding "1" in the row of the rank (``agency.price_rank``: "Rang", "Platz")
or a tick in the award's row ("Vergabevorschlag", "Zuschlag"); its cell in the last row of a sum
(``agency.price_sum``: "Summe brutto", "Gesamtsumme") is the fee. The other bidders engaged no one; a
table with no rank or award row, or one marking several columns, names no one.
"""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.resources import Resources, typed
from pipeline.lang.de.markers import TICKS
from pipeline.lang.de.money import parse_number
from pipeline.structure.lines import Line, lines

from .names import Found
from .rules import Rules

_NAME_LINES = 6  # lines of the bidders' names under the header at most
_ROWS = 40  # lines of the table's rows at most
_SLACK = 2  # characters a cell may start left of its column's head
_GAP = re.compile(r"[ \t]{2,}")
_CELL = re.compile(r"\S+(?:[ \t]\S+)*")  # a cell of a line cut at gaps
_FIRST = re.compile(r"1\.?")
_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})*,\d{2}")


def _heads(res: Resources) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    agency = typed.facilitators(res).agency
    return re.compile(agency["price_column"]), re.compile(agency["price_rank"]), re.compile(agency["price_sum"])


def price_columns(text: str, res: Resources, r: Rules) -> list[tuple[int, Found]]:
    """(where the winner's name starts, the one it names) for every price comparison whose bidders
    are its columns and one of them is marked the winner."""
    column, rank, total = res.compiled(_heads)
    if column.search(text) is None:
        return []
    out: list[tuple[int, Found]] = []
    every = lines(text)
    for k, ln in enumerate(every):
        starts = [m.start() for m in _CELL.finditer(ln.text) if column.fullmatch(m.group())]
        if len(starts) < 2 or len(starts) != len(_CELL.findall(ln.text)):
            continue
        names = _names(every[k + 1 : k + 1 + _NAME_LINES], starts)
        winner = _winner(every[k + 1 : k + 1 + _ROWS], starts, rank)
        if winner is None or not names[winner][1]:
            continue
        f = Found(0, organisation=names[winner][1], method="list", rule_id="price_column")
        fee = _fee(every[k + 1 : k + 1 + _ROWS], starts, winner, total)
        if fee is not None:
            f.amounts.append((False, fee))
        out.append((names[winner][0], f))
    return out


def _column(starts: list[int], at: int) -> int | None:
    """The column a cell starting at ``at`` of its line stands in, by the heads' starts."""
    k = sum(1 for s in starts if s - _SLACK <= at)
    return k - 1 if k else None


def _cells(ln: Line, starts: list[int]) -> list[tuple[int, str]] | None:
    """(column, text) of a line's cells; None where a cell stands left of the first column (a row's label)."""
    out: list[tuple[int, str]] = []
    for m in _CELL.finditer(ln.text):
        k = _column(starts, m.start())
        if k is None:
            return None
        out.append((k, m.group()))
    return out


def _names(rows: list[Line], starts: list[int]) -> list[tuple[int, str]]:
    """(start, name) of each bidder: the cells under its head up to the first row with a label, wrapped lines
    joined, the seat after the last comma dropped."""
    parts: list[list[str]] = [[] for _ in starts]
    at = [-1 for _ in starts]
    for ln in rows:
        cells = _cells(ln, starts) if ln.text.strip() else []
        if not cells:
            break
        for k, cell in cells:
            parts[k].append(cell)
            at[k] = ln.start + ln.text.find(cell) if at[k] < 0 else at[k]
    return [(a, _without_seat(re.sub(r"(\w)- (?=[a-zäöüß])", r"\1", " ".join(p)))) for a, p in zip(at, parts)]


def _without_seat(name: str) -> str:
    """A bidder's name without its seat after the last comma ("Büro X, Nordstadt" is "Büro X")."""
    head, comma, seat = name.rpartition(",")
    return head.strip() if comma and 0 < len(seat.split()) <= _SEAT_WORDS else name.strip(" ,")


_SEAT_WORDS = 3  # words of a seat at most ("Freiburg i. Br.")


def _winner(rows: list[Line], starts: list[int], rank: re.Pattern[str]) -> int | None:
    """The column the rank row marks first or the award row ticks; None where none or several are."""
    for ln in rows:
        label = _GAP.split(ln.text.strip(), 1)[0]
        if not rank.fullmatch(label):
            continue
        cells = [(_column(starts, m.start()), m.group()) for m in _CELL.finditer(ln.text)][1:]
        marked = [k for k, cell in cells if _FIRST.fullmatch(cell) or cell in TICKS]
        if len(marked) == 1 and marked[0] is not None:
            return marked[0]
    return None


def _fee(rows: list[Line], starts: list[int], winner: int, total: re.Pattern[str]) -> Decimal | None:
    """The winner's cell in the last row of a sum, or None."""
    fee: Decimal | None = None
    for ln in rows:
        label = _GAP.split(ln.text.strip(), 1)[0]
        if not total.fullmatch(label):
            continue
        for m in _CELL.finditer(ln.text):
            if _column(starts, m.start() + len(m.group()) - 1) == winner and _NUMBER.fullmatch(m.group()):
                fee = parse_number(m.group())
    return fee
