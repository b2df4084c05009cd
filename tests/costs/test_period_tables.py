"""A table of a funding's costs by period, its columns headed by kinds (wrapped heads, a fund's share in
brackets), its rows by periods of the funding ("09–12/2027", a year, "01–08/2030") and their sum, the
unit only in a note under it ("Beträge in Euro"), set with gaps or flattened by a PDF's text layer;
near misses: the same table with a note naming another unit or none, and a table whose rows are no
periods (invented examples)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.costs.test_costs import run

HEADS = ["Personalkosten", "Sachkosten", "Summe", "AMIF-Mittel", "Eigenanteil"]
WRAPPED = ["", "", "", "(75 %)", "Kreis (25 %)"]


def _gaps(label: str, cells: list[str]) -> str:
    """A row of the table set with gaps, each number flush right under its head."""
    return "  " + label.ljust(20) + "".join(c.rjust(len(h) + 4) for c, h in zip(cells, HEADS)) + "\n"


RULE = "  " + "─" * 18 + "".join("  " + "─" * (len(h) + 2) for h in HEADS) + "\n"


def gaps_table(corner: str, first: str, note: str) -> str:
    return (
        "5. Finanzielle Auswirkungen\n\n"
        "Für die Förderphase ergeben sich folgende Kosten und Finanzierungsanteile:\n\n"
        + _gaps(corner, HEADS)
        + _gaps("", WRAPPED)
        + RULE
        + _gaps(first, ["32.000", "4.000", "36.000", "27.000", "9.000"])
        + _gaps("2029", ["96.000", "8.000", "104.000", "78.000", "26.000"])
        + RULE
        + _gaps("gesamt", ["128.000", "12.000", "140.000", "105.000", "35.000"])
        + f"\n  {note}\n\nDer Eigenanteil wird im Haushalt veranschlagt.\n"
    )


def flat_table(corner: str, first: str, note: str) -> str:
    return FLAT.format(corner=corner, first=first, note=note)


FLAT = (
    "5. Finanzielle Auswirkungen\n\n"
    "Für die Förderphase ergeben sich folgende Kosten und Finanzierungsanteile:\n\n"
    "{corner} Personalkosten Sachkosten Summe AMIF-Mittel Eigenanteil\n"
    "(75 %) Kreis (25 %)\n"
    "────────────────── ──────────────── ──────────── ─────\n"
    "{first} 32.000 4.000 36.000 27.000 9.000\n"
    "2029 96.000 8.000 104.000 78.000 26.000\n"
    "────────────────── ──────────────── ──────────── ─────\n"
    "gesamt 128.000 12.000 140.000 105.000 35.000\n"
    "\n"
    "{note}\n\n"
    "Der Eigenanteil wird im Haushalt veranschlagt.\n"
)

AMOUNTS = {32000.0, 4000.0, 36000.0, 27000.0, 9000.0, 96000.0, 8000.0, 104000.0, 78000.0, 26000.0}
AMOUNTS |= {128000.0, 12000.0, 140000.0, 105000.0, 35000.0}


@pytest.mark.parametrize("table", [gaps_table, flat_table], ids=["gaps", "flattened"])
@pytest.mark.parametrize("first", ["09–12/2028", "01.09.–31.12.2028", "2028"])
def test_a_table_by_period_with_its_unit_under_it(table: Callable[[str, str, str], str], first: str) -> None:
    rows = {(c.amount_eur, c.cost_type, c.fiscal_year) for c in run(table("Zeitraum", first, "Beträge in Euro"))}
    assert {a for a, _, _ in rows} == AMOUNTS
    assert (32000.0, "personnel", 2028) in rows and (4000.0, "material", 2028) in rows
    assert (104000.0, "total", 2029) in rows and (78000.0, "grant", 2029) in rows and (26000.0, "other", 2029) in rows
    assert (140000.0, "total", None) in rows


@pytest.mark.parametrize("table", [gaps_table, flat_table], ids=["gaps", "flattened"])
@pytest.mark.parametrize("note", ["Angaben in Stunden", ""], ids=["hours", "none"])
def test_no_unit_under_the_table_no_amounts(table: Callable[[str, str, str], str], note: str) -> None:
    assert run(table("Zeitraum", "09–12/2028", note)) == []


@pytest.mark.parametrize("table", [gaps_table, flat_table], ids=["gaps", "flattened"])
def test_rows_that_are_no_periods_are_no_table_by_period(table: Callable[[str, str, str], str]) -> None:
    """A row labelled by a count or a place ("Standort Nord") is another table: not read as one by period."""
    assert run(table("Standort", "Nord", "Beträge in Euro")) == []
