"""costs: the town's own share a remainder unless its clause places it in the budget; a grid of kinds
with its header wrapped over two lines and rules under it and over the sum row; a grid of a budget line's
allocation, need and difference by year; a table drawn with bars whose column holds the currency alone;
a plan's item wrapped onto a second line; a sum's shares by year (invented examples)."""

from __future__ import annotations

from tests.costs.test_costs import run


def _got(text: str) -> list[tuple[float, str, int | None]]:
    return [(c.amount_eur, c.cost_type, c.fiscal_year) for c in run(text)]


def test_the_own_share_is_the_remainder_unless_placed_in_the_budget() -> None:
    text = (
        "Das Land fördert die Moderation mit 12.000 €. Der Eigenanteil der Gemeinde beträgt 4.000 €.\n"
        "Der Eigenanteil von 3.000 € ist im Haushalt bei der Haushaltsstelle 1.2345.6789 veranschlagt.\n"
    )
    assert [(a, k) for a, k, _ in _got(text)] == [(12000, "grant"), (4000, "other"), (3000, "budget")]


WRAPPED = """B  Finanzielle Auswirkungen

  Jahr   Personal        Honorar         Sachkosten   Summe        Landes-
         Stelle          Begleitung                                förderung
  ----   -------------   -------------   ----------   ----------   ----------
  2031     42.000 €         9.000 €        2.000 €      53.000 €     20.000 €
  2032     43.000 €         9.000 €        2.000 €      54.000 €     20.000 €
  ----   -------------   -------------   ----------   ----------   ----------
  ges.     85.000 €        18.000 €        4.000 €     107.000 €     40.000 €
"""


def test_a_grid_of_kinds_with_a_wrapped_header_and_rules() -> None:
    got = _got(WRAPPED)
    assert got[:5] == [
        (42000, "personnel", 2031),
        (9000, "external_support", 2031),
        (2000, "material", 2031),
        (53000, "total", 2031),
        (20000, "grant", 2031),
    ]
    assert got[10:] == [
        (85000, "personnel", None),
        (18000, "external_support", None),
        (4000, "material", None),
        (107000, "total", None),
        (40000, "grant", None),
    ]


NEED = """Die Mittel reichen nicht aus.

 Haushaltsstelle 12345.6789 (Bildung)    Ansatz        Bedarf        Differenz
 -------------------------------------   -----------   -----------   -----------
 2031                                    20.000,00 €   23.500,00 €   + 3.500,00 €
 2032 (Planentwurf)                      25.000,00 €   25.000,00 €         0,00 €
"""


def test_a_budget_line_s_allocation_need_and_difference_by_year() -> None:
    assert _got(NEED) == [
        (20000, "budget", 2031),
        (23500, "total", 2031),
        (3500, "other", 2031),
        (25000, "budget", 2032),
        (25000, "total", 2032),
    ]


BARS = """5. Kosten

   +---------------------------------------------+------------+
   | Maßnahme (Haushaltsjahr 2031)               |    Euro    |
   +---------------------------------------------+------------+
   | Beschaffung von Sitzbänken                  |  12.000,00 |
   | Druck und Übersetzungen                     |   3.500,00 |
   +---------------------------------------------+------------+
   | Gesamt                                      |  15.500,00 |
   +---------------------------------------------+------------+
"""


def test_a_table_drawn_with_bars_under_a_cell_of_the_currency_alone() -> None:
    assert [(a, k) for a, k, _ in _got(BARS)] == [(12000, "other"), (3500, "material"), (15500, "total")]


PLAN = """Produkt 31.5.01 „Integration“
- Aufwand 2031: 20.000 €
- Ertrag: Zuwendung des Landes nach der Richtlinie
  in Höhe von 50 Prozent, 2031: 10.000 €
"""


def test_a_plan_s_item_wrapped_onto_a_second_line_keeps_its_label() -> None:
    assert [(a, k) for a, k, _ in _got(PLAN)] == [(20000, "budget"), (10000, "grant")]


SHARES = """5. Finanzielle Auswirkungen
   Moderation (zehn Tage)                               9.000,00 €
   Übersetzung des Konzepts                             3.000,00 €
   ------------------------------------------------------------------
   zusammen                                            12.000,00 €
   davon 2031                                           5.000,00 €
   davon 2032                                           7.000,00 €
"""


def test_a_sum_s_shares_by_year_are_totals_of_their_years() -> None:
    assert _got(SHARES)[2:] == [(12000, "total", None), (5000, "total", 2031), (7000, "total", 2032)]
