"""A grid whose corner cell states the unit of all its columns ("in Tsd. EUR"), the columns headed
by kinds of money and the rows by years and a sum: each number an amount of its column's kind,
scaled to euros, the year its row's. Cut at gaps or with the gaps closed to single spaces."""

from __future__ import annotations

import pytest

from tests.costs.test_costs import run

GAPPED = (
    "5. Mittelbedarf\n\n"
    "in Tsd. EUR        Honorare       Sachkosten      Summe\n"
    "2029                  7,5             1,5           9,0\n"
    "2030                  6,0             1,5           7,5\n"
    "gesamt               13,5             3,0          16,5\n\n"
    "Die Mittel stehen im Teilhaushalt 50 bereit.\n"
)


def _rows(text: str) -> list[tuple[float, str, int | None]]:
    return sorted((c.amount_eur, c.cost_type, c.fiscal_year) for c in run(text))


@pytest.mark.parametrize(
    "text",
    [
        GAPPED,
        "\n".join(" ".join(ln.split()) for ln in GAPPED.split("\n")),
        "\n\n".join(" ".join(ln.split()) for ln in GAPPED.split("\n")),  # rows set apart by blank lines
    ],
)
def test_the_corner_unit_scales_every_column(text: str) -> None:
    rows = _rows(text)
    assert (7500.0, "external_support", 2029) in rows
    assert (1500.0, "material", 2030) in rows
    assert (16500.0, "total", None) in rows
    assert len(rows) == 9


def test_without_a_unit_in_the_corner_no_number_is_read() -> None:
    assert _rows(GAPPED.replace("in Tsd. EUR", "Jahr       ")) == []


def test_a_flattened_grid_under_a_wrapped_caption_and_a_blank_line() -> None:
    """The caption's unit wrapped onto a line of its own ("… Aufstellung in" / "Tsd. €:"), a blank
    line before the header of years: the grid is still in thousands."""
    text = (
        "Die Maßnahmen werden aus dem Budget der Stabsstelle bezahlt. Aufstellung in\nTsd. €:\n\n"
        "2031 2032\nSprachkurse für Eltern 12,0 14,5\n\nWeitere Kosten entstehen nicht.\n"
    )
    assert [amount for amount, _kind, _year in _rows(text)] == [12000.0, 14500.0]
