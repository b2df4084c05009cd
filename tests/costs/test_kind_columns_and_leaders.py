"""costs: a grid whose header names the kind of each column over rows by year and a sum row (the
column's kind, the row's year), the sum row of a grid of years (the year's total), and rows set
with a leader of dots before their amount (the row's own label, a wrapped one with it; not the
next row's) (invented examples)."""

from __future__ import annotations

from extractors.costs.columns import kind_headers
from pipeline.structure import Line
from tests.costs.test_costs import run

KINDS = """4. Finanzielle Auswirkungen
Produkt 36.3.01 „Jugendarbeit“
  Jahr    Kosten gesamt     davon Honorar     davon Sachkosten   Landesmittel
  2031       9.000,00 €        7.000,00 €          2.000,00 €          –
  2032      21.000,00 €       15.000,00 €          6.000,00 €    10.000,00 €
  Summe     30.000,00 €       22.000,00 €          8.000,00 €    10.000,00 €

Der Eigenanteil der Gemeinde beträgt 20.000,00 €.
"""


def test_a_grid_of_kinds_by_year() -> None:
    got = [(c.amount_eur, c.cost_type, c.fiscal_year) for c in run(KINDS)]
    assert got[:11] == [
        (9000, "total", 2031),  # a year's total in the column of the whole
        (7000, "external_support", 2031),
        (2000, "material", 2031),
        (21000, "total", 2032),
        (15000, "external_support", 2032),
        (6000, "material", 2032),
        (10000, "grant", 2032),
        (30000, "total", None),
        (22000, "external_support", None),
        (8000, "material", None),
        (10000, "grant", 2032),  # the Summe's equal amount shares the year's row (same money)
    ]


def _line(text: str) -> list[Line]:
    return [Line(0, len(text), text)]


def test_a_header_of_kinds_needs_two_kinds_and_no_digit() -> None:
    assert kind_headers(
        _line("  Jahr    Kosten gesamt    davon Honorar    Bemerkung"), lambda t: "Kosten" in t or "Honorar" in t
    )
    # one kind only: a header of a list, not of kinds
    assert not kind_headers(_line("  Jahr    Betrag    Bemerkung"), lambda t: t == "Betrag")
    # a digit in it: a header of years, read elsewhere
    assert not kind_headers(_line("  Honorar 2031    Sachkosten 2031    Bemerkung"), lambda t: True)


def test_rows_after_a_blank_line_are_not_the_grids() -> None:
    # the sum row set apart: its amounts are read as a line of its own, no column's kind
    text = KINDS.replace("  Summe     30.000", "\n  Summe     30.000")
    got = {(c.amount_eur, c.cost_type) for c in run(text)}
    assert (22000, "external_support") not in got
    assert (8000, "material") not in got
    assert (7000, "external_support") in got  # the rows before the blank line stay the grid's


YEARS = """5. Kosten
                                          2031          2032
  Moderation (Honorar)                  4.500 €       4.500 €
  Sachkosten Werkstätten                3.200 €       1.800 €
  Summe                                 7.700 €       6.300 €
"""


def test_a_grids_sum_row_of_years_is_the_years_total() -> None:
    got = [(c.amount_eur, c.cost_type, c.fiscal_year) for c in run(YEARS) if c.amount_eur in (7700, 6300)]
    assert got == [(7700, "total", 2031), (6300, "total", 2032)]


LEADERS = """Finanzielle Auswirkungen:
  Gesamtkosten des Projekts 2031/2032 ............................ 24.000,00 €
    davon Honorar der Moderation ................................... 15.000,00 €
    davon Sachkosten (Räume, Dolmetschen) ........................... 9.000,00 €
  Zuwendung des Landkreises (Programm „Miteinander
  im Dorf“, 50 %) ................................................ 12.000,00 €
  Eigenanteil der Gemeinde ........................................ 12.000,00 €
"""


def test_rows_with_a_leader_of_dots_take_their_own_label() -> None:
    got = [(c.amount_eur, c.cost_type) for c in run(LEADERS)]
    assert got == [
        (24000, "total"),
        (15000, "external_support"),
        (9000, "material"),
        (12000, "grant"),  # the label wrapped over two lines, the bracket open on the first
        (12000, "budget"),
    ]
