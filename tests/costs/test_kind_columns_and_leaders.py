"""costs: a grid whose header names the kind of each column over rows by year and a sum row (the
column's kind, the row's year), the sum row of a grid of years (the year's total), and rows set
with a leader of dots before their amount (the row's own label, a wrapped one with it; not the
next row's) (invented examples)."""

from __future__ import annotations

from extractors.costs.columns import KindHeaders, kind_headers
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


def _kinds(text: str) -> list[str]:
    return [
        k for w, k in (("Kosten", "total"), ("Honorar", "external_support"), ("Sachkosten", "material")) if w in text
    ]


def test_a_header_of_kinds_needs_two_kinds_and_no_digit() -> None:
    def is_kind(cell: str) -> bool:
        return bool(_kinds(cell))

    assert kind_headers(_line("  Jahr    Kosten gesamt    davon Honorar    Bemerkung"), is_kind, _kinds).gap == [0]
    # flattened into single spaces: the kinds in order
    assert kind_headers(_line("Jahr Kosten gesamt davon Honorar"), is_kind, _kinds).flat == {
        0: ["total", "external_support"]
    }
    # one kind only: a header of a list, not of kinds
    assert kind_headers(_line("  Jahr    Kosten    Bemerkung"), is_kind, _kinds) == KindHeaders([], {})
    assert kind_headers(_line("Jahr Kosten Bemerkung"), is_kind, _kinds) == KindHeaders([], {})
    # a digit in it: a header of years, read elsewhere; a sentence's mark: prose
    assert kind_headers(_line("  Honorar 2031    Sachkosten 2031    Kosten"), is_kind, _kinds) == KindHeaders([], {})
    assert kind_headers(_line("Die Kosten und das Honorar sind gesichert."), is_kind, _kinds) == KindHeaders([], {})


FLAT = "\n".join(" ".join(line.split()) for line in KINDS.splitlines()) + "\n"


def test_a_grid_of_kinds_flattened_into_single_spaces() -> None:
    got = [(c.amount_eur, c.cost_type, c.fiscal_year) for c in run(FLAT)]
    assert got[:4] == [
        (9000, "total", 2031),
        (7000, "external_support", 2031),
        (2000, "material", 2031),
        (21000, "total", 2032),
    ]
    assert (10000, "grant", 2032) in got


def test_a_flattened_row_with_a_cell_too_many_is_not_the_grids() -> None:
    text = FLAT.replace("2032 21.000,00 €", "2032 21.000,00 € 1.000,00 €")
    got = {(c.amount_eur, c.cost_type) for c in run(text)}
    assert (15000, "external_support") not in got  # the row's cells no longer fit the header's kinds


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
        (12000, "other"),  # the town's own share
    ]
