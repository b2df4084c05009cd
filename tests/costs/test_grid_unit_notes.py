"""Grids whose bare numbers a caption over them or a note under them says are in euros: a grid of
years with the note "(alle Beträge in Euro)" under it, set with gaps or flattened into single spaces by
a PDF's text layer, a long row's last cell wrapped onto the next line and a rule between the rows; a
grid of kinds under "Kosten in Euro:", its heads wrapped onto a second line. A note or caption naming
no euros gives no amounts, but for a grid set with gaps under a caption of a financial impact whose numbers have
a thousands point and cents (invented examples)."""

from __future__ import annotations

import pytest

from tests.costs.test_costs import run

GAPS = (
    "5. Finanzielle Auswirkungen\n"
    "                              2027          2028         Summe\n"
    "  Personal (1,5 Stellen)   90.000,00    92.000,00    182.000,00\n"
    "  Sachkosten                4.500,00     6.000,00     10.500,00\n"
    "  ---------------------------------------------------------------\n"
    "  Gesamt                   94.500,00    98.000,00    192.500,00\n"
    "  {note}\n\n"
    "Die Mittel werden im Haushalt veranschlagt.\n"
)

FLAT = (
    "5. Finanzielle Auswirkungen\n"
    "2027 2028 Summe\n"
    "Personal (1,5 Stellen) 90.000,00 92.000,00\n"
    "182.000,00\n"
    "Sachkosten 4.500,00 6.000,00 10.500,00\n\n"
    "---------------------------------------------------------------\n\n"
    "Gesamt 94.500,00 98.000,00 192.500,00\n\n"
    "{note}\n\n"
    "Die Mittel werden im Haushalt veranschlagt.\n"
)

AMOUNTS = {90000.0, 92000.0, 182000.0, 4500.0, 6000.0, 10500.0, 94500.0, 98000.0, 192500.0}


@pytest.mark.parametrize("grid", [GAPS, FLAT], ids=["gaps", "flattened"])
def test_a_note_under_the_grid_gives_its_unit(grid: str) -> None:
    rows = {(c.amount_eur, c.fiscal_year) for c in run(grid.format(note="(alle Beträge in Euro)"))}
    assert {a for a, _ in rows} == AMOUNTS
    assert (90000.0, 2027) in rows and (6000.0, 2028) in rows and (182000.0, None) in rows


HOURS = "(alle Angaben in Stunden)"


# (a grid under its caption of a financial impact and no note: the test below)
@pytest.mark.parametrize(("grid", "note"), [(GAPS, HOURS), (FLAT, HOURS)], ids=["hours-gaps", "hours-flattened"])
def test_no_unit_no_amounts(grid: str, note: str) -> None:
    assert [c for c in run(grid.format(note=note))] == []


@pytest.mark.parametrize("grid", [GAPS, FLAT], ids=["gaps", "flattened"])
def test_a_financial_impact_over_a_grid_in_cents_names_its_money(grid: str) -> None:
    """A grid of years under "Finanzielle Auswirkungen", no unit named, set with gaps or flattened by a PDF's text
    layer alike: numbers with a thousands point and cents are euros; under another caption, or with a note naming
    another unit, they are none."""
    assert {c.amount_eur for c in run(grid.format(note=""))} == AMOUNTS
    assert run(grid.format(note="").replace("Finanzielle Auswirkungen", "Stundenplan")) == []


KINDS = (
    "E. Finanzielle Auswirkungen\n"
    "{caption}\n\n"
    "  Jahr      Honorare      Wissenschaftliche      Sachkosten      Summe\n"
    "            Workshops     Begleitung\n"
    "  2028       5.000,00            8.300,00        2.700,00    16.000,00\n"
    "  2029       5.000,00            8.300,00               –    13.300,00\n"
    "  gesamt    10.000,00           16.600,00        2.700,00    29.300,00\n\n"
    "Die Mittel werden im Haushalt veranschlagt.\n"
)


def test_a_grid_of_kinds_under_a_caption_in_euros() -> None:
    """Its rows by year, its columns' heads wrapped onto a second line; the dash an empty cell."""
    rows = {(c.amount_eur, c.cost_type, c.fiscal_year) for c in run(KINDS.format(caption="Kosten in Euro:"))}
    assert (8300.0, "external_support", 2028) in rows  # "Wissenschaftliche" / "Begleitung"
    assert (2700.0, "material", 2028) in rows and (13300.0, "total", 2029) in rows
    assert {a for a, _, _ in rows} == {5000.0, 8300.0, 2700.0, 16000.0, 13300.0, 10000.0, 16600.0, 29300.0}


def test_a_flattened_grid_of_kinds_under_a_caption_in_euros() -> None:
    text = "\n".join(" ".join(ln.split()) for ln in KINDS.format(caption="Kosten in Euro:").split("\n"))
    rows = {(c.amount_eur, c.fiscal_year) for c in run(text)}
    assert {a for a, _ in rows} == {5000.0, 8300.0, 2700.0, 16000.0, 13300.0, 10000.0, 16600.0, 29300.0}
    assert (2700.0, 2028) in rows and (13300.0, 2029) in rows


def test_a_grid_of_kinds_without_a_unit_gives_no_amounts() -> None:
    assert run(KINDS.format(caption="Übersicht:")) == []


def test_a_flattened_grid_of_kinds_with_a_blank_line_after_every_line() -> None:
    text = "\n\n".join(" ".join(ln.split()) for ln in KINDS.format(caption="Kosten in Euro:").split("\n"))
    assert {c.amount_eur for c in run(text)} == {5000.0, 8300.0, 2700.0, 16000.0, 13300.0, 10000.0, 16600.0, 29300.0}
