"""The context of an amount in a row of a grid of years: cut at gaps (:func:`gap_context`) or flattened
(:func:`flat_context`): the row label's cue, else its column head's, else the caption's; the year of its column."""

from __future__ import annotations

from extractors.base import collapse
from pipeline.lang.de.money import Money, find_money
from pipeline.structure import Line

from .amounts import BARE, aligned_year, head_over
from .contexts import LABEL, Context, without_parts
from .flat import FlatCell
from .kinds import Config, first_cue, nearest, qualifier
from .sums import sum_row
from .wrapped import label_above
from .years import YEAR_SPAN


def gap_context(conf: Config, row: Line, header: Line, caption: str, money: Money, above: str = "") -> Context:
    """An amount in a row of a gap grid: the row label's cue (with its first line ``above`` where it
    begins over the row), else the caption's; the year of its column. A label glued to the first amount
    by one space is the words before it ("Dolmetsch- und Übersetzungsleistungen 1,6 Tsd. €")."""
    label = " ".join(collapse(head) for _, _, t in row.columns if LABEL.search(head := _before_numbers(t)))
    label = f"{above} {label}".strip()
    column = collapse(head_over(header, row, money.start, money.end))
    return grid_context(conf, row, label, caption, money, aligned_year(header, row, money.start, money.end), column)


def gap_row_context(conf: Config, all_lines: list[Line], i: int, grid: tuple[Line, str], money: Money) -> Context:
    """The context of an amount in row ``i`` of a gap grid (its header and caption ``grid``), with the
    row's label begun over it (:func:`.wrapped.label_above`)."""
    return gap_context(conf, all_lines[i], *grid, money, label_above(all_lines, i))


def _before_numbers(cell: str) -> str:
    """The words of a grid's cell before its first amount or number (all of them where it has none)."""
    starts = [m.start for m in find_money(cell)] + [m.start() for m in BARE.finditer(cell)]
    return cell[: min(starts)] if starts else cell


def flat_context(conf: Config, cell: FlatCell) -> Context:
    """An amount in a row of a grid of years whose gaps were flattened (:func:`.flat.flat_grid`), its column's
    head naming more than the year ("Ansatz 2027") where it does."""
    return grid_context(conf, cell.row, collapse(cell.label), cell.caption, cell.money, cell.year, cell.column)


def grid_context(
    conf: Config, row: Line, label: str, caption: str, money: Money, year: int | None, column: str = ""
) -> Context:
    """An amount in a row of a grid of years: the row label's cue, else its column head's (a plan's word
    before the year: "Ansatz 2027"), else the caption's; the year of its column, none where the label
    names a span of years (the amount is the span's)."""
    kind = nearest(conf.types, without_parts(conf, label)) or (nearest(conf.types, column) if column else None)
    generic = kind is None and conf.generic.search(label) is not None
    if generic:
        kind = conf.generic_type
    if kind is None:
        kind = first_cue(conf, [caption])
    before = collapse(row.text[: money.start - row.start])
    if YEAR_SPAN.search(label):
        year = None  # "Gesamtaufwand 2027/2028:": the label's span of years, not its column's year
    ctx = Context(row.start, money.end, kind, qualifier(conf, before), year, "" if generic else kind or "")
    ctx.retype = (label, collapse(caption))
    ctx.column_total = sum_row(label)  # the sum row: the year's total
    ctx.plan_caption = not conf.plan_column.search(column)
    return ctx
