"""A grid of years under a caption in euros whose gaps a PDF's text layer flattened into single
spaces ("2025 2026 gesamt" over "Honorare 12.400 9.800 22.200"): each number the amount of its
column's year, or of no year under the column summing them; a dash an empty cell; and what is no
such grid (invented examples)."""

from __future__ import annotations

import pytest

from tests.costs.test_costs import run

GRID = (
    "4. Finanzielle Auswirkungen {unit}\n"
    "2025 2026 gesamt\n"
    "Honorare Referentinnen 12.400 9.800 22.200\n"
    "Raummiete, Verpflegung 1.500 – 1.500\n"
    "Summe 13.900 9.800 23.700\n\n"
    "Die Mittel sind im Haushalt 2025 veranschlagt.\n"
)


def _rows(text: str) -> list[tuple[float, str, int | None]]:
    return sorted((c.amount_eur, c.cost_type, c.fiscal_year) for c in run(text))


def test_a_flattened_grid_of_years_in_euros() -> None:
    rows = _rows(GRID.format(unit="(in EUR)"))
    assert (12400.0, "external_support", 2025) in rows
    assert (9800.0, "external_support", 2026) in rows
    assert (22200.0, "external_support", None) in rows
    assert [y for a, _t, y in rows if a == 1500.0] == [2025, 2025]  # the dash no cell, the sum the same money
    assert (23700.0, "total", None) in rows


def test_a_flattened_grid_reads_as_the_grid_with_its_gaps() -> None:
    gapped = (
        "4. Finanzielle Auswirkungen (in EUR)\n"
        "                              2025        2026      gesamt\n"
        "Honorare Referentinnen      12.400       9.800      22.200\n"
        "Raummiete, Verpflegung       1.500           –       1.500\n"
        "Summe                       13.900       9.800      23.700\n\n"
        "Die Mittel sind im Haushalt 2025 veranschlagt.\n"
    )
    assert _rows(gapped) == _rows(GRID.format(unit="(in EUR)"))


def test_a_flattened_grid_in_thousands() -> None:
    rows = _rows(GRID.format(unit="(in Tsd. EUR)"))
    assert (12400000.0, "external_support", 2025) in rows


def test_a_flattened_grid_in_thousands_with_one_decimal() -> None:
    """In thousands a number has one decimal too ("12,4"), under a euro sign closing the caption's
    bracket ("(Beträge in Tsd. €)")."""
    text = (
        "6. Kosten (Beträge in Tsd. €)\n2028 2029 Summe\n"
        "Werkstattreihe Elternarbeit 12,4 9,6 22,0\nDolmetschpool 1,5 – 1,5\n\nDer Rest ist Prosa.\n"
    )
    amounts = sorted(amount for amount, _kind, _year in _rows(text))
    assert amounts == [1500.0, 1500.0, 9600.0, 12400.0, 22000.0]


@pytest.mark.parametrize(
    "text",
    [
        GRID.format(unit=""),  # no unit: the numbers are counts or shares
        # a sentence naming years and numbers in single spaces is no row
        "4. Kosten (in EUR)\n2025 2026 gesamt\nIm Jahr 2025 fallen 12.400 an, danach 9.800 und 22.200.\n",
        # a header with a word that is no year nor sum
        "4. Finanzielle Auswirkungen (in EUR)\n2025 2026 Personal\nHonorare 12.400 9.800 22.200\n",
    ],
    ids=["no-unit", "prose", "no-header"],
)
def test_no_flattened_grid(text: str) -> None:
    assert _rows(text) == []


def test_a_flattened_grid_whose_corner_names_the_unit() -> None:
    """The header's corner cell over the rows' labels says the grid is in euros ("Kosten in € 2028 2029
    gesamt"), a sentence of prose right over it is no caption: it reads as the grid with its gaps."""
    rows = "Honorare Referentinnen 12.400,00 9.800,00 22.200,00\nSumme 12.400,00 9.800,00 22.200,00\n"
    flat = "Die Kosten werden insgesamt wie folgt geplant.\nKosten in € 2028 2029 gesamt\n" + rows
    gapped = (
        "Die Kosten werden insgesamt wie folgt geplant.\n\n"
        "Kosten in €                  2028        2029      gesamt\n"
        "Honorare Referentinnen  12.400,00    9.800,00   22.200,00\n"
        "Summe                   12.400,00    9.800,00   22.200,00\n"
    )
    assert (12400.0, "external_support", 2028) in _rows(flat)
    assert (22200.0, "external_support", None) in _rows(flat)
    assert _rows(flat) == _rows(gapped)


def test_no_flattened_grid_under_a_corner_of_many_words() -> None:
    """A line of prose ending in years is no header ("… verteilen sich wie folgt auf 2025 2026 gesamt")."""
    text = "Die Kosten in Euro verteilen sich wie folgt auf 2025 2026 gesamt\nHonorare 12.400 9.800 22.200\n"
    assert _rows(text) == []
