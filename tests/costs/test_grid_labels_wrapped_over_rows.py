"""A gap grid of years in euros by the note under it ("(Beträge in Euro)"), one row's label begun on a
line of its own over the row ("Zuschuss „Miteinander im" / "Quartier“ (Land)   4.000,00   4.000,00"):
the label's first line is no end of the grid, so the note still gives every row its unit, and the
row's kind is read from its whole label. A line of words that ends closed over a row is no part of
its label. The same with the gaps flattened into single spaces (invented examples)."""

from __future__ import annotations

import re

import pytest

from tests.costs.test_costs import run

GRID = (
    "6.  Finanzielle Auswirkungen\n"
    "Produkt 31.50.01 – Soziales\n\n"
    "                                  2027         2028        Summe\n"
    "Moderation Workshops            6.200,00     6.200,00    12.400,00\n"
    "Druck und Übersetzungen         1.800,00       900,00     2.700,00\n"
    "{label}\n"
    "Quartier“ (Land)                4.000,00     4.000,00     8.000,00\n"
    "(Beträge in Euro)\n\n"
    "Die Mittel werden bereitgestellt.\n"
)


def _flat(grid: str) -> str:
    """The grid as a PDF's text layer gives it: every gap one space, no indentation."""
    return "\n".join(re.sub(r"[ \t]{2,}", " ", line).strip() for line in grid.split("\n"))


@pytest.mark.parametrize("grid", [GRID, _flat(GRID)], ids=["gaps", "flattened"])
def test_a_label_begun_over_its_row_keeps_the_note_and_gives_the_kind(grid: str) -> None:
    rows = {(c.amount_eur, c.fiscal_year, c.cost_type) for c in run(grid.format(label="Zuschuss „Miteinander im"))}
    assert {a for a, _, _ in rows} == {6200.0, 12400.0, 1800.0, 900.0, 2700.0, 4000.0, 8000.0}
    assert (4000.0, 2027, "grant") in rows and (8000.0, None, "grant") in rows


def test_a_closed_line_over_a_row_is_no_part_of_its_label() -> None:
    """Near miss: "Zuschüsse Dritter" ends closed (a heading); the row under it keeps its own label, no grant."""
    rows = {(c.amount_eur, c.cost_type) for c in run(GRID.format(label="Zuschüsse Dritter"))}
    assert {a for a, _ in rows} >= {4000.0, 8000.0}
    assert not any(t == "grant" and a in (4000.0, 8000.0) for a, t in rows)


SUMMED = (
    "Finanzielle Auswirkungen (Beträge in Tsd. €)\n\n"
    "                              2027          2028          Summe\n"
    "Sachkosten                     6,5          12,0          18,5\n"
    "Honorare                       8,3          16,0          24,3\n"
    "{rule}\n"
    "Gesamt                        14,8          28,0          42,8\n"
    "davon Landesförderung         10,0          20,0          30,0\n"
)
WHOLE = "-" * 68
PIECES = "                             ------        ------        ------"


@pytest.mark.parametrize(
    "grid",
    [SUMMED.format(rule=WHOLE), SUMMED.format(rule=PIECES), _flat(SUMMED.format(rule=PIECES))],
    ids=["whole rule", "rule under each column", "flattened"],
)
def test_a_rule_over_the_sum_row_leaves_the_sum_its_kind(grid: str) -> None:
    """A rule drawn in hyphens between the rows and their sum, across the grid or under each column, is no
    label's first line and no end of the grid: the yearly sums of the "Gesamt" row stay sums, and the rows
    under it are read."""
    rows = {(c.amount_eur, c.cost_type) for c in run(grid)}
    assert {(14800.0, "total"), (28000.0, "total"), (42800.0, "total")} <= rows
    assert {(10000.0, "grant"), (30000.0, "grant")} <= rows
