"""A table that computes fees from a day or an hour rate ("Baustein  Tage  Tagessatz  Betrag"): the
amounts of a row without a cue of its own are fees, flattened onto single spaces or with gaps; a row
whose label names its kind keeps it; a rate for lodging or care, a rate named in prose over the
rows and a header without a rate are no such table (invented examples)."""

from __future__ import annotations

import pytest

from tests.costs.test_costs import run

TABLE = (
    "Das Angebot der Agentur ist wie folgt kalkuliert:\n\n"
    "{header}\n"
    "Werkstattreihe (3 Termine){gap}6{gap}950 €{gap}5.700 €\n"
    "Dokumentation und Bericht{gap}4{gap}950 €{gap}3.800 €\n"
    "Summe{gap}10{gap}9.500 €\n\n"
    "Die Mittel sind im Haushalt veranschlagt.\n"
)


def _types(text: str) -> dict[float, set[str]]:
    out: dict[float, set[str]] = {}
    for c in run(text):
        out.setdefault(c.amount_eur, set()).add(c.cost_type)
    return out


@pytest.mark.parametrize("gap", [" ", "     "], ids=["flattened", "gaps"])
def test_the_rows_of_a_table_of_day_rates_are_fees(gap: str) -> None:
    types = _types(TABLE.format(header=gap.join(["Baustein", "Tage", "Tagessatz", "Betrag"]), gap=gap))
    assert types[5700.0] == {"external_support"}
    assert types[3800.0] == {"external_support"}
    assert types[9500.0] == {"total"}  # the sum's row names its kind


def test_a_rate_for_lodging_makes_no_fees() -> None:
    header = "Unterkunft Nächte Tagessatz pro Person Betrag"
    types = _types(TABLE.format(header=header, gap=" "))
    assert "external_support" not in types[5700.0]


def test_a_header_without_a_rate_makes_no_fees() -> None:
    types = _types(TABLE.format(header="Baustein Anzahl Preis Betrag", gap=" "))
    assert "external_support" not in types[5700.0]


def test_a_rate_named_in_prose_over_the_rows_is_no_header() -> None:
    text = TABLE.format(header="Der Tagessatz der Agentur ist verhandelt.", gap=" ")
    assert "external_support" not in _types(text)[5700.0]
