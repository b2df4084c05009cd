"""costs: every euro amount of the matter, with type, qualifier, fiscal year and account.

Amounts come from :func:`pipeline.lang.de.money.find_money`; in a table whose header or caption
says the values are in euros ("Betrag (€)", "- in EUR -", "Kosten (in EUR)" over a header of
years) German-formatted numbers count too. A zero (an empty budget grid) is never a cost, nor is a limit
of a rule (:func:`.kinds.is_limit`: "Die Entscheidungszuständigkeit für überplanmäßige Auszahlungen
größer als 15.000 € liegt beim Rat", "ab einer Wertgrenze von 25.000 €", "auf volle 10 € aufgerundet"). The
context of an amount depends on layout:

- a table row (a line with tabs): the row label's cue, else the column header's cue (when
  the row has as many cells as the header, as in ruled grids, a header's empty corner cell
  included), else the first cue among the header cells, else the caption; the fiscal year
  is a year in the column header;
- prose and key-value lines: the sentence in the document text (``sv.raw_sentence_at``: list
  items stay with their lead-in, rows and key-value lines stand alone), cut at neighbouring
  amounts. The cue nearest to the amount wins; where another amount follows in the sentence,
  a cue after the next "und" or comma is that amount's. Without a cue of its own: the lead-in
  of a list it is an item of ("Mittel werden bereitgestellt:"), the end of a sentence whose
  amounts are joined by commas or "und" ("… 30.000 € und … 10.000 € veranschlagt"), the
  sentence an anaphor points back to ("Die Kosten hierfür …"), a relative clause after it
  ("…, die im Haushalt eingestellt sind"); generic words ("Kosten", "Betrag") give ``total``
  last. A cue right after a negation counts for nothing ("… war im Haushalt nicht eingeplant",
  "keine Mittel"), nor one in the base of a share ("10 % der Gesamtkosten"); a public body's share
  of the costs is a grant ("Die Stadt beteiligt sich an den Kosten mit …"), a day rate of a person
  and an offer for drafting a concept a fee (:mod:`.frames`); the lines of a form's other fields
  above a sentence set as prose are cut off. The purpose noun counts ("Druckkosten …
  eingeplant" is ``other``), and a total is never a per-year amount: an amount with a year of
  its own takes another cue of its context, one with a rate after it ("1.000 Euro pro Monat",
  "EUR/a") is ``other``. A part of an allocation or grant ("… belaufen sich auf 2.016 € und
  setzen sich aus dem Grundbetrag von 800 € … zusammen") without a cue of its own is one too;
  an adverb of the whole ("insgesamt") over grants or an allocation sums those ("Zuwendungen in
  Höhe von insgesamt …" is a grant), not the verb of an amount before it in its sentence. Where
  an amount closes its line and the next amount stands on the next line (a form's rows), the
  words after it are the next row's; a purpose right after an amount of an enumeration ("… 7.140 €
  für die Moderation und 11.160 € für Druck") is that amount's; the amount a share is of, named
  with it ("75 % der zuwendungsfähigen Ausgaben von 64.000 €"), is a total; words in brackets
  after a cue are its parts ("Die Gesamtkosten (Werkstätten, Dolmetschung) …"); a year's expense
  in the budget's plan is an allocation; amounts that differ only by their years share their
  sentence's head ("Das Honorar beträgt … im Jahr 2026 und … im Jahr 2027"); an adverb of the whole
  right after a yearly amount sums its years ("Ihr Honorar beträgt 6.500 € je Jahr, insgesamt 13.000 €"
  is a fee). A sentence cut at a line ending in an article, a preposition or a conjunction, or inside a
  bracket, goes on over the cut ("Wirtschaftlichstes Angebot: Büro für" / "…, mit 17.500 € netto").
- a row of a table flattened onto lines (two or more amounts on a line without tabs, no word
  between them: "Arbeitsgelegenheiten" over "457.000 € 3,63 % 547.900 € 4,75 %", "Gesamtkosten15.000,00
  €14.892.000,00 €"): the sentence as in prose, but the row's label types every amount of its row
  and the next row's label none of them (:func:`.runs.flat_rows`).
- a column's sum alone under the rule drawn below its amounts, without a label (:mod:`.sums`): the total.
- a sum's shares by year in the rows under it ("davon 2027", :mod:`.shares`): the sum's total, of the row's year.
- a table by period (:mod:`.periods`: "09–12/2027" / "2028" / "gesamt" rows under heads of kinds, "Beträge in
  Euro" in a note under it): the column's kind, of the year the period falls in.
- a column chart's data labels under a caption in euros (:mod:`.charts`): the kind of the category under
  the axis below each.
- a contract's payment clause ("§ 3 Vergütung", :mod:`.payments`): the fee, its sum and what it reimburses
  are of the kind the contract's subject names ("§ 1 Vertragsgegenstand").
- a calculation of a post's costs by positions (:mod:`.positions`: "Position / Bewertung / Anteil / Betrag"): a
  row's label's kind, personnel for a pay scale ("E 11 TVöD"), the total under the closing rule.
- a budget plan's listing (:mod:`.plans`: "Produkt 54100 …" over "2019: 200.000 €"): an
  allocation of the plan, a grant where the position's heading names one.
- the fiscal year is one named in the amount's own conjunct (from the last "und", "sowie",
  comma or ";" before it to the first after it), else one in its sentence that no other
  amount's conjunct names: "im Haushaltsjahr 2024 10.000 € und im Haushaltsjahr 2025 weitere
  10.000 €" are 2024 and 2025.
Years relative to the document ("im nächsten Jahr") count from the document's date, which the
metadata family reads and the extract stage hands in.
The qualifier is the nearest qualifier word before the amount in its clause. Accounts and
"Haushaltsjahr: 2017" lines are taken from the text between the neighbouring amounts (at
most 400 characters away); rows with the same amount share them where the others agree.

:func:`cost_total` is the total of a matter ("Kosten gesamt"), read by the comparison and the
review alike: a stated total, else the sum of one kind's amounts across years.

Rooms: :mod:`.kinds` (the vocabulary and the cues of a type and a qualifier), :mod:`.frames` (the
frames of a sentence that type an amount over its nearest cue, and where a form's field ends),
:mod:`.clauses` (the
clauses around an amount in prose: sums, purposes, brackets, joined amounts), :mod:`.amounts`
(where the money is), :mod:`.sums` (a sum under a rule), :mod:`.plans` (a budget plan's listing),
:mod:`.years` (the fiscal year),
:mod:`.contexts` (an amount's context by layout), :mod:`.grids` (in a row of a grid of years), :mod:`.sentences`
(where an amount's sentence and the one before it start), :mod:`pipeline.totals` (the total of a matter, there
for the comparison, which reads it without the readers), :mod:`.misses` (what the family saw and did not
read); here the reader that wires them and the facts amounts share."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from extractors.base import collapse, requires
from extractors.fastre import Matcher
from extractors.resources import Resources
from pipeline.document import Document
from pipeline.lang.de.money import Money, find_money, range_start
from pipeline.records import Cost
from pipeline.structure import Line, View
from pipeline.totals import Total, cost_total

from .amounts import (
    aligned_year,
    bare_amounts,
    gap_amounts,
    gap_bare_amounts,
    gap_grid,
    sum_column,
    under_header,
    year_headers,
)
from .bills import billed
from .charts import chart_labels
from .checked import checked_amounts
from .columns import kind_headers
from .contexts import (
    WINDOW,
    Context,
    column_context,
    kinds_in,
    laid_out_context,
    leader_context,
    per_year,
    prose_context,
    row_context,
    table_context,
)
from .corners import captioned_grid, corner_grid
from .flat import flat_grid, unpriced
from .grids import flat_context, gap_row_context
from .kinds import LIMIT_REACH, Config, config, is_limit, nearest
from .labelled import labelled_years, unit_numbers
from .payments import payment_kinds
from .periods import period_grid
from .plans import plan_kind
from .positions import position_kinds
from .quantities import priced_rows
from .rates import captioned_row, rated_row
from .runs import flat_rows
from .shares import year_share
from .sheets import sheet_lines
from .signs import side_amounts, side_label, with_sign_columns
from .taxes import net_and_gross
from .unit_column import unit_column
from .unit_label import unit_label_amounts
from .unit_rows import flat_unit_amounts
from .worded import worded_amounts
from .years import nearest_year

__all__ = ["Total", "config", "cost_total", "extract"]


RATE_REACH = 16  # characters after an amount where its rate stands ("pro Monat", "EUR/a")
_BUDGET_YEAR = re.compile(r"(?m)^[ \t|│┃]*Haushaltsjahr\s*:?\s*((?:19|20)\d\d)\b")


def between(found: list[Money], n: int, end: int) -> tuple[int, int]:
    """From the end of the amount before the ``n``-th to the start of the one after it (or ``end``)."""
    return (found[n - 1].end if n else 0), (found[n + 1].start if n + 1 < len(found) else end)


def window_facts(conf: Config, text: str, lo: int, hi: int) -> tuple[int | None, str | None]:
    """A 'Haushaltsjahr: 2017' line and a budget account between ``lo`` and ``hi``."""
    chunk = text[lo:hi]
    year = _BUDGET_YEAR.search(chunk)
    account = conf.account.search(chunk)
    return (int(year.group(1)) if year else None), (account.group("code") if account else None)


@requires("doc_date")
def extract(doc: Document, res: Resources, sv: View, doc_date: str | None = None) -> Iterator[Cost]:
    """The document's costs; ``doc_date`` is its date as the metadata family reads it (ISO, handed
    in by the extract stage), the year that "im laufenden Jahr" and "im Folgejahr" count from."""
    conf = config(res)
    text = doc.text
    all_lines, line_starts = sheet_lines(sv.lines), sv.starts  # a printed sheet: without its row and column heads
    # page furniture and the blank lines around it: a plan's listing goes on after a page break
    breaks = sv.page_breaks()
    headers = year_headers(all_lines)
    kinds = kind_headers(all_lines, lambda cell: nearest(conf.types, collapse(cell)) is not None, kinds_in(conf))
    flat = flat_grid(text, all_lines, conf.finance, conf.caption)
    corner = corner_grid(text, all_lines, lambda cell: nearest(conf.types, collapse(cell)), kinds_in(conf))
    corner |= captioned_grid(text, all_lines, kinds, lambda cell: nearest(conf.types, collapse(cell)))
    corner |= period_grid(text, all_lines, kinds, lambda cell: nearest(conf.types, collapse(cell)))
    corner |= chart_labels(text, all_lines, lambda cell: nearest(conf.types, collapse(cell)))
    # the rows of a table cut at gaps or flattened under a header naming the unit: a label and its numbers
    gap_bare = gap_bare_amounts(text, all_lines, line_starts) + flat_unit_amounts(text, all_lines, breaks)
    gap_bare += [m for m in unit_label_amounts(text, all_lines) if m.start not in {g.start for g in gap_bare}]
    bare_rows = {m.start for m in gap_bare}
    labelled = labelled_years(text, all_lines)
    more = gap_bare + unpriced(flat) + [cell.money for cell in corner.values()] + [c.money for c in labelled.values()]
    more += worded_amounts(text)  # "zwölftausend Euro"
    plans = side_amounts(text, all_lines)  # plans set side by side, read once
    column, heads = unit_column(text, all_lines)  # a column under the currency alone
    found = [m for m in _all_money(text, all_lines, headers, more, conf.finance, plans) if m.end not in heads]
    taken = {m.start for m in found}  # a grid of years that adds up under a caption of costs, read by nothing else
    priced = priced_rows(conf, all_lines)  # a bill of quantities, read by its cells' kinds
    more_found = checked_amounts(all_lines, headers, conf.caption) + [p.money for p in priced.values()]
    more_found += [money for money, _ in column.values()]
    found = sorted(found + [m for m in more_found if m.start not in taken], key=lambda m: m.start)
    sides = {m.start for m in plans}
    doc_year = int(doc_date[:4]) if doc_date else None
    contexts: list[Context] = []
    rows = flat_rows(text, found, all_lines, line_starts, lambda label: _typed(conf, label))
    for n, money in enumerate(found):
        lo, hi = rows.get(n, between(found, n, len(text)))
        i = bisect.bisect_right(line_starts, money.start) - 1
        after = text[money.end : money.end + RATE_REACH]
        if "\t" in all_lines[i].text:
            contexts.append(per_year(conf, table_context(conf, all_lines, i, money), after))
        elif (bill := priced.get(money.start)) is not None:
            contexts.append(Context(bill.row.start, money.end, bill.kind, None, bill.year, bill.kind or ""))
        elif money.start in column and (row := row_context(conf, column[money.start][1], money)) is not None:
            contexts.append(per_year(conf, row, after))
        elif money.start in flat:
            contexts.append(per_year(conf, flat_context(conf, flat[money.start]), after))
        elif (cell := corner.get(money.start)) is not None:
            ctx = column_context(conf, cell.row, cell.kind, cell.column, cell.label, money)
            contexts.append(per_year(conf, ctx, after))
        elif (own := labelled.get(money.start)) and (row := leader_context(conf, all_lines[i].start, own.label, money)):
            contexts.append(per_year(conf, replace(row, fiscal_year=own.year), after))  # a label's year: its cell's
        elif money.start in bare_rows and (row := row_context(conf, all_lines[i], money)) is not None:
            contexts.append(per_year(conf, row, after))
        elif money.start in sides and (side := row_context(conf, side_label(all_lines[i], money, found), money)):
            contexts.append(per_year(conf, side, after))  # a side of a plan: its own label's kind
        elif (
            under_header(headers, i)
            and (grid := gap_grid(all_lines, i))
            and (
                aligned_year(grid[0], all_lines[i], money.start, money.end)
                or sum_column(grid[0], all_lines[i], money.start, money.end)
            )
        ):
            contexts.append(per_year(conf, gap_row_context(conf, all_lines, i, grid, money), after))
        elif laid := year_share(conf, all_lines, i, money) or laid_out_context(conf, all_lines, kinds, i, money):
            contexts.append(per_year(conf, laid, after))
        else:
            ctx = prose_context(conf, sv, money, lo, hi, doc_year)
            plan = (
                plan_kind(conf, all_lines, i, money, breaks)
                or rated_row(conf, all_lines, i, ctx.cost_type)
                or captioned_row(conf, all_lines, i, ctx.cost_type)
            )
            contexts.append(replace(ctx, cost_type=plan, rule_id=plan) if plan else per_year(conf, ctx, after))
    contexts = _paid_kinds(conf, text, all_lines, found, contexts)
    bills = billed(_costs(doc, conf, sv, found, contexts), all_lines, lambda line: nearest(conf.types, collapse(line)))
    yield from share_facts(bills)  # a bill of a kind of work: its amounts that kind's


def _typed(conf: Config, label: str) -> bool:
    """Whether a row's label names a kind of cost or a year."""
    return nearest(conf.types, collapse(label)) is not None or bool(conf.year.search(label))


def _paid_kinds(
    conf: Config, text: str, all_lines: list[Line], found: list[Money], contexts: list[Context]
) -> list[Context]:
    """The contexts with the kind a contract's payment clause ("§ 3 Vergütung") or a post's pay grade ("E 11 TVöD")
    gives its amounts."""
    paid = payment_kinds(text, found, lambda clause: nearest(conf.types, collapse(clause)))
    paid |= position_kinds(all_lines, found, lambda label: nearest(conf.types, collapse(label)))
    return [
        replace(c, cost_type=paid[m.start], rule_id=paid[m.start]) if m.start in paid else c
        for m, c in zip(found, contexts)
    ]


def _costs(doc: Document, conf: Config, sv: View, found: list[Money], contexts: list[Context]) -> list[Cost]:
    """The costs of the amounts found, each with the context read for it."""
    text = doc.text
    # a year in another amount's conjunct is that amount's: "2024 10.000 € und 2025 weitere 10.000 €"
    claimed = {c.start for ctx in contexts for c in ctx.own}
    out: list[Cost] = []
    for n, (money, ctx) in enumerate(zip(found, net_and_gross(conf, sv, found, contexts))):  # net, gross: one fee
        s, e = sv.raw_sentence_at(money.start)
        if is_limit(conf, collapse(text[max(s, money.start - LIMIT_REACH) : money.start]), collapse(text[s:e])):
            continue  # a limit of a rule ("Auszahlungen größer als 15.000 €") is no cost
        lo, hi = between(found, n, len(text))
        near = nearest_year([c for c in ctx.nearby if c.start not in claimed], money)
        year, account = window_facts(conf, text, max(lo, money.start - WINDOW), min(hi, money.end + WINDOW))
        cost = Cost(
            span=doc.span(ctx.start, ctx.end),
            amount_eur=float(money.amount),
            raw_text=" ".join(money.raw.split()),
            qualifier=ctx.qualifier,
            cost_type=ctx.cost_type or "other",
            fiscal_year=ctx.fiscal_year or (near.year if near else None) or year,
            budget_account=account,
            rule_id=ctx.rule_id,
        )
        out.append(cost)
        low = range_start(text, money)
        if low is not None and low.amount and (n == 0 or found[n - 1].end <= low.start):
            # "zwischen 3.000 und 5.000 €": the lower end is an amount of the same kind
            out.append(replace(cost, amount_eur=float(low.amount), raw_text=low.raw))
    return out


def _all_money(
    text: str, all_lines: list[Line], headers: list[int], more: list[Money], finance: Matcher, sides: list[Money]
) -> list[Money]:
    """Every amount of the text in order: with a currency, bare in a table in euros or under the sign alone, in a
    gap grid of years, and ``more`` read by the grids before."""
    units = unit_numbers(text)  # "(in 1.000 €)": a unit, no amount
    found = [m for m in find_money(text) if m.start not in units] + bare_amounts(text, all_lines)
    found += gap_amounts(text, all_lines, headers, finance) + more
    found = with_sign_columns(found, text, all_lines, sides)  # a column of bare amounts under the currency's sign alone
    once = {m.start: m for m in reversed(found) if m.amount}  # a number two readers found is one amount
    return sorted(once.values(), key=lambda m: m.start)


def share_facts(costs: list[Cost]) -> list[Cost]:
    """Rows with the same amount name the same money: fill a missing year or account, when
    the others agree on it (equal amounts of different years are different money)."""
    by_amount: dict[Decimal, list[Cost]] = {}
    for c in costs:
        by_amount.setdefault(Decimal(str(c.amount_eur)), []).append(c)
    out = []
    for c in costs:
        same = by_amount[Decimal(str(c.amount_eur))]
        years = {o.fiscal_year for o in same if o.fiscal_year}
        accounts = {o.budget_account for o in same if o.budget_account}
        year = c.fiscal_year or (years.pop() if len(years) == 1 else None)
        account = c.budget_account or (accounts.pop() if len(accounts) == 1 else None)
        out.append(replace(c, fiscal_year=year, budget_account=account))
    return out
