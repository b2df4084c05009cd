"""Lines of a label and its amounts by year, each after its year and a colon, the unit stated once for the
block in a label or on the line over it::

    Mittelbedarf wissenschaftliche Begleitung (in T€):    2027: 12,0    2028: 6,4    gesamt: 18,4
    davon Landesmittel:                                   2027: 6,0     2028: 4,0    gesamt: 10,0

The numbers bear no currency of their own: the unit in the block's labels or caption gives it, and scales them
where it says thousands ("in T€", "(Tsd. €)", "in Tausend Euro", "(in 1.000 €)", whose number is no amount);
without a unit the numbers are no money. Each cell
after the label is a year's ("2027: 12,0") or the sum's ("gesamt: 18,4"), at least two years; the lines of a block
follow each other without a blank line. The label's cue types its amounts, the cell's year is the amount's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.lang.de.money import Money, parse_number
from pipeline.structure import Line

from .amounts import SUM_CELL

# a cell's key: a year's or the sum's, with its colon ("2027:", "gesamt:")
_KEY = re.compile(r"(?:(?P<year>(?:19|20)\d\d)|(?P<sum>" + SUM_CELL.pattern + r")):", re.I)
_NUM = re.compile(r"(?P<num>\d{1,3}(?:\.\d{3})*(?:,\d{1,3})?|\d+(?:,\d{1,3})?)(?:,-{1,2})?")
_TOKEN = re.compile(r"\S+")
# the unit a label or caption states: the currency, after a scale of thousands maybe ("in T€", "(Tsd. EUR)",
# "in Tausend Euro", "(in 1.000 €)"); a bracket or "in" before it, "in" before a number ("(1.000 Euro)" is an amount)
UNIT = re.compile(
    r"(?:\bin\s+|\(\s*(?:in\s+|(?!1\.?000)))(?P<t>T\s*|Tsd\.?\s*|Tausend\s+|1\.?000\s*)?(?:€|EUR\b|Euro\b)",
    re.I,
)
# a unit of thousands stated by its number, in a bracket or at the end of a label or caption ("Kosten (in 1.000 €)",
# "Beträge in 1.000 Euro:", no sentence going on under it): the number is the unit's, no amount; "(1.000 Euro)"
# without "in" is an amount ("andere Aufwendungen (1.000 Euro) / … (500 Euro)")
UNIT_STATEMENT = re.compile(
    r"(?:\bin\s+|\(\s*in\s+)(?P<n>1\.?000)\s*(?:€|EUR\b|Euro\b)(?=\s*\)|[ \t]*:?[ \t]*(?:\n(?![ \t]*[a-zäöüß])|\Z))",
    re.I,
)


def unit_numbers(text: str) -> set[int]:
    """Where the numbers of the units of thousands stated by their number start (:data:`UNIT_STATEMENT`)."""
    if "1000" not in text and "1.000" not in text:
        return set()  # the pattern opens with no literal: ``re`` would try it at every place of the text
    return {m.start("n") for m in UNIT_STATEMENT.finditer(text)}


Token = tuple[int, str]  # a word of the text and where it starts


@dataclass(frozen=True)
class Cell:
    """An amount of a labelled line: its label and its year (None for the sum's cell)."""

    money: Money
    label: str
    year: int | None


def _tokens(ln: Line) -> list[Token]:
    return [(ln.start + m.start(), m.group()) for m in _TOKEN.finditer(ln.text)]


def _cells(tokens: list[Token]) -> int | None:
    """Where the run of cells ending ``tokens`` starts (each a key and its number, "2027: 12,0"), None where
    the tokens do not end in one; a key left without its number at the end (a row wrapped over its number)
    is part of the run."""
    k = len(tokens)
    if k and _KEY.fullmatch(tokens[k - 1][1]):
        k -= 1
    while k >= 2 and _NUM.fullmatch(tokens[k - 1][1]) and _KEY.fullmatch(tokens[k - 2][1]):
        k -= 2
    return k if k < len(tokens) else None


def _rest(tokens: list[Token], dangling: bool) -> bool:
    """Whether a line's tokens go on with the cells of the row over it: the number of a key the row ended in
    (``dangling``), then cells, nothing else."""
    k = 1 if dangling and tokens and _NUM.fullmatch(tokens[0][1]) else 0
    if dangling != bool(k):
        return False
    return k == 1 if not tokens[k:] else _cells(tokens[k:]) == 0


def _row(lines: list[Line], i: int) -> tuple[int, str, list[tuple[Token, Token]]] | None:
    """The row of a label and its cells starting on line ``i`` (maybe wrapped over the lines after it): the
    index of the line after it, the label and the cells (key and number), None for any other line."""
    if lines[i].text.count(":") < 2:
        return None  # most lines hold no two cells
    tokens, j = _tokens(lines[i]), i + 1
    rest: list[Token] = []
    if tokens and tokens[-1][1].endswith("-") and j < len(lines) and (rest := _tokens(lines[j])):
        if _KEY.fullmatch(joined := tokens[-1][1][:-1] + rest[0][1]):  # a key hyphenated at the line's end ("ge-")
            tokens, rest, j = [*tokens[:-1], (tokens[-1][0], joined)], rest[1:], j + 1
    k = _cells(tokens)
    if k is None or k == 0 or not any(c.isalpha() for _, w in tokens[:k] for c in w):
        return None
    label, run = " ".join(w for _, w in tokens[:k]), tokens[k:]
    if j > i + 1 and not _rest(rest, True):
        return None
    run += rest
    while j < len(lines) and _rest(more := _tokens(lines[j]), bool(_KEY.fullmatch(run[-1][1]))):
        run += more
        j += 1
    if _KEY.fullmatch(run[-1][1]):
        run = run[:-1]
    cells = list(zip(run[::2], run[1::2]))
    if sum(bool(_KEY.fullmatch(key)["year"]) for (_, key), _ in cells) < 2:  # type: ignore[index]
        return None
    return j, label, cells


def labelled_years(text: str, all_lines: list[Line]) -> dict[int, Cell]:
    """The amounts of the labelled lines of years whose block states its unit, by their start in the text."""
    out: dict[int, Cell] = {}
    i = 0
    while i < len(all_lines):
        block: list[tuple[str, list[tuple[Token, Token]]]] = []
        j = i
        while j < len(all_lines) and (row := _row(all_lines, j)) is not None:
            j, label, cells = row
            block.append((label, cells))
        if not block:
            i += 1
            continue
        caption = all_lines[i - 1].text if i > 0 else ""
        units = [u for label, _ in block if (u := UNIT.search(label))] or [u for u in [UNIT.search(caption)] if u]
        if units and all(bool(u.group("t")) == bool(units[0].group("t")) for u in units):
            scale = 1000 if units[0].group("t") else 1
            for label, cells in block:
                for (_, key), (s, word) in cells:
                    num = _NUM.fullmatch(word)
                    value = parse_number(num["num"]) if num else None
                    if num and value:
                        e = s + len(num["num"])
                        year = _KEY.fullmatch(key)["year"]  # type: ignore[index]
                        out[s] = Cell(Money(value * scale, s, e, text[s:e]), label, int(year) if year else None)
        i = j
    return out
