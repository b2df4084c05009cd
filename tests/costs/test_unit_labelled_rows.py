"""A row whose label names the currency in brackets ("Summe je Schwerpunkt (EUR)") under a matrix whose
columns are no years ("S 1 … S 4"): its numbers are amounts, cut at gaps or at single spaces; the rows above
it, without the currency of their own, stay unread. Near misses: a row of counts ("Teilnehmende (Anzahl)"),
a bracket naming another unit ("(Std.)"), numbers without a thousands point or cents (invented examples)."""

from __future__ import annotations

import pytest

from tests.costs.test_costs import run

HEAD = "Stadt Lindenau\nBeschlussvorlage\n\nBetreff: Leitbild Vielfalt\n\nDie Mittel 2031 verteilen sich so:\n\n"
MATRIX = """  Bereich                              S 1       S 2       S 3       S 4
  ----------------------------------  --------  --------  --------  --------
  Kurse und Lernorte                   12.000         –     3.000         –
  Beratung und Lotsen                       –     7.500     4.000     2.500
  ----------------------------------  --------  --------  --------  --------
  {label}          {cells}

  S = Schwerpunkt; alle Beträge in Euro.
"""


def _flat(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


@pytest.mark.parametrize("flat", [False, True], ids=["gaps", "one-space"])
def test_the_sum_row_labelled_with_the_currency_gives_its_amounts(flat: bool) -> None:
    text = HEAD + MATRIX.format(label="Summe je Schwerpunkt (EUR)", cells="12.000    7.500    7.000    2.500")
    amounts = sorted(c.amount_eur for c in run(_flat(text) if flat else text))
    assert amounts == [2500.0, 7000.0, 7500.0, 12000.0]


@pytest.mark.parametrize(
    "label, cells",
    [
        ("Teilnehmende (Anzahl)     ", "120       85       40       65"),
        ("Summe je Schwerpunkt (Std.)", "12.000    7.500    7.000    2.500"),
        ("Summe je Schwerpunkt (EUR)", "12        75       70       25"),
    ],
    ids=["counts", "hours", "no-thousands-point"],
)
def test_rows_without_the_currency_or_without_amounts_give_nothing(label: str, cells: str) -> None:
    assert run(HEAD + MATRIX.format(label=label, cells=cells)) == []
