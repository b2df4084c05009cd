"""costs: a grid of years with a column of the rows' numbers before its labels, its column heads naming
the plan's year ("Nr.  Handlungsfeld  Ansatz 2027  Ansatz 2028"): each row's amount is the year's
allocation; and a grid's sum row of a year under years alone, the budget's part named only over the grid,
is the year's total, under heads of the plan's year its allocation (invented examples)."""

from __future__ import annotations

from tests.costs.test_prose_kinds import run

NUMBERED = """Die Mittel des Programms werden wie folgt verteilt:

Nr.  Handlungsfeld                        Ansatz 2027     Ansatz 2028
---  -----------------------------------  -------------   -------------
1    Sprache und Bildung                     38.500 €        41.000 €
2    Wohnen und Nachbarschaft in den         15.000 €        16.000 €
     Stadtteilen
---  -----------------------------------  -------------   -------------
     Summe                                   53.500 €        57.000 €
"""


def test_a_numbered_grid_under_the_plans_heads_is_allocated() -> None:
    got = [(c.amount_eur, c.cost_type, c.fiscal_year) for c in run(NUMBERED)]
    assert got == [
        (38500, "budget", 2027),
        (41000, "budget", 2028),
        (15000, "budget", 2027),
        (16000, "budget", 2028),
        (53500, "total", 2027),
        (57000, "total", 2028),
    ]


def test_without_the_number_column_a_wider_row_is_no_grid_row() -> None:
    text = NUMBERED.replace("Nr.  Handlungsfeld", "Nr.  Feld  Handlungsfeld")
    assert all(c.cost_type != "budget" for c in run(text))


CAPTIONED = """Die Kosten werden im Teilhaushalt 50, Produkt 3150.01, wie folgt eingeplant:

                                      2027          2028
   Raummieten und Verpflegung      2.400 €       4.800 €
   Aufwand gesamt                  6.000 €       9.000 €
"""


def test_a_sum_row_under_years_alone_is_the_years_total() -> None:
    got = {(c.amount_eur, c.cost_type, c.fiscal_year) for c in run(CAPTIONED)}
    assert {(6000, "total", 2027), (9000, "total", 2028)} <= got


def test_a_sum_row_under_the_plans_years_is_the_years_allocation() -> None:
    text = CAPTIONED.replace("  2027          2028", "Plan 2027     Plan 2028")
    got = {(c.amount_eur, c.cost_type, c.fiscal_year) for c in run(text)}
    assert {(6000, "budget", 2027), (9000, "budget", 2028)} <= got
