"""Lines of a label and its amounts by year after their year and a colon, the unit stated once for the block
in a label ("(in T€)") or on the line over it; and a grid of years whose header heads several label columns
before the years ("Produkt  Sachkonto  Bezeichnung  2027  2028  Summe")."""

from __future__ import annotations

import pytest

from tests.costs.test_costs import run

BLOCK = (
    "4. Finanzielle Auswirkungen\n"
    "Produkt 1.31.50 „Integration“, Sachkonto 529100\n"
    "Honorar Evaluation{unit}:    2026: 14,5    2027: 8,0    gesamt: 22,5\n"
    "davon Zuschuss des Landes:          2026: 7,0     2027: 4,0    gesamt: 11,0\n\n"
    "Die Mittel sind im Haushalt veranschlagt.\n"
)


def _rows(text: str) -> list[tuple[float, str, int | None]]:
    return sorted((c.amount_eur, c.cost_type, c.fiscal_year) for c in run(text))


@pytest.mark.parametrize("unit", [" (in T€)", " (Tsd. €)", " (in Tausend Euro)"])
def test_a_block_in_thousands(unit: str) -> None:
    rows = _rows(BLOCK.format(unit=unit))
    assert (14500.0, "external_support", 2026) in rows
    assert (8000.0, "external_support", 2027) in rows
    assert (22500.0, "external_support", None) in rows
    assert (7000.0, "grant", 2026) in rows
    assert (11000.0, "grant", None) in rows


def test_a_block_in_euros() -> None:
    rows = _rows(BLOCK.replace("14,5", "14.500").format(unit=" (in €)"))
    assert (14500.0, "external_support", 2026) in rows
    assert (8.0, "external_support", 2027) in rows  # as written: the unit says euros


def test_no_unit_reads_no_number() -> None:
    """Without a unit the numbers are no money (hours, posts, a share)."""
    assert _rows(BLOCK.format(unit="")) == []


def test_a_block_flattened_and_wrapped() -> None:
    """A PDF's text layer parts the cells by single spaces, wraps a row and hyphenates a key at the line's end."""
    text = (
        "Finanzielle Auswirkungen\n"
        "Mittelbedarf Begleitung (in T€): 2027: 12,0 2028: 6,4 ge-\n"
        "samt: 18,4\n"
        "davon Landesmittel: 2027: 6,0\n"
        "2028: 4,0 gesamt: 10,0\n"
        "Eigenanteil der Stadt: 2027: 6,0 2028: 2,4 gesamt:\n"
        "8,4\n\n"
    )
    amounts = {a for a, _, _ in _rows(text)}
    assert amounts == {12000.0, 6400.0, 18400.0, 6000.0, 4000.0, 10000.0, 2400.0, 8400.0}


def test_one_year_is_no_block() -> None:
    """A label with one year's number is a key-value line, not a block of years."""
    assert _rows("Kosten (in T€):    2027: 12,0\n") == []


LABELS = (
    "Kostenübersicht (Beträge in Euro)\n\n"
    "Produkt   Sachkonto  Bezeichnung                  2027      2028     Summe\n"
    "05.06.01  52910000   Moderation Werkstätten      9.800         –     9.800\n"
    "05.06.01  52910000   Konferenz (Raummiete)       4.200     4.200     8.400\n"
    "                     Summe Aufwand              14.000     4.200    18.200\n\n"
)


def test_a_grid_with_label_columns_before_its_years() -> None:
    rows = _rows(LABELS)
    assert {a for a, _, _ in rows} == {9800.0, 4200.0, 8400.0, 14000.0, 18200.0}
    assert (9800.0, "external_support", 2027) in rows


def test_label_columns_with_numbers_head_no_grid() -> None:
    """A header whose cells before the years hold numbers is no header of label columns."""
    assert _rows(LABELS.replace("Sachkonto", "Konto 52")) == []
