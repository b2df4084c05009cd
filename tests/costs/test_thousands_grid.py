"""A yearly grid exported without tabs whose unit stands on a line of its own under the header of
years ("in Tsd. EUR"): its numbers in thousands, one decimal too, and the column summing the years
read as amounts of no year."""

from __future__ import annotations

import pytest

from tests.costs.test_costs import run

GRID = (
    "Finanzielle Auswirkungen\n\n"
    "Produktgruppe 31 – Soziale Hilfen\n"
    "                                    2026        2027        Summe\n"
    "                                    {unit}\n"
    "Honorare Referentinnen              14,5        15,5        30,0\n"
    "Gesamt                              14,5        15,5        30,0\n\n"
    "Die Mittel sind im Haushalt veranschlagt.\n"
)


def _rows(text: str) -> list[tuple[float, str, int | None]]:
    return sorted((c.amount_eur, c.cost_type, c.fiscal_year) for c in run(text))


def test_a_grid_in_thousands_with_a_sum_column() -> None:
    rows = _rows(GRID.format(unit="in Tsd. EUR"))
    assert (14500.0, "external_support", 2026) in rows
    assert (15500.0, "external_support", 2027) in rows
    assert (30000.0, "external_support", None) in rows
    assert (30000.0, "total", None) in rows


@pytest.mark.parametrize("unit", ["", "Stand: 03/2026"], ids=["no-unit", "a-date-line"])
def test_no_unit_under_the_header_reads_no_number(unit: str) -> None:
    """Without a unit the numbers of one decimal are no amounts (a count, a share, a rate)."""
    assert _rows(GRID.format(unit=unit)) == []


CAPTIONED = (
    "4. Kosten und Finanzierung (Beträge in Tsd. €)\n\n"
    "                                        2028       2029       Summe\n"
    "Fortbildung Elternlotsen                 7,5        4,5        12,0\n"
    "Übersetzungsdienste                      3,0         –          3,0\n\n"
    "Die Mittel werden im Haushalt bereitgestellt.\n"
)


def test_the_unit_in_the_headings_bracket_scales_the_grid_under_it() -> None:
    """The euro sign closing the heading's bracket ("(Beträge in Tsd. €)") is the unit of every
    bare number of the grid below: each a thousand euros, a dash an empty cell."""
    rows = [(amount, year) for amount, _kind, year in _rows(CAPTIONED)]
    assert sorted(amount for amount, _ in rows) == [3000.0, 3000.0, 4500.0, 7500.0, 12000.0]
