"""costs: the row of a financing table that names the share left to the council alone balances
the costs against the grants and is no allocation; a sentence that says the own share is planned
in the budget still makes it one (invented examples)."""

from __future__ import annotations

from tests.costs.test_costs import run


def test_an_own_share_row_under_a_grant_row_is_other() -> None:
    found = run(
        "5. Finanzierung\n\n"
        "    Honorar Begleitung Quartiersforen                 15.000,00 €\n"
        "    Zuwendung Land Sachsen-Anhalt (65 %)               9.750,00 €\n"
        "    verbleibender Eigenanteil der Gemeinde             5.250,00 €\n"
    )
    assert [(c.amount_eur, c.cost_type) for c in found][-1] == (5250, "other")


def test_an_own_share_with_its_rate_in_brackets_is_other() -> None:
    found = run("Kosten:\n    Förderung Bund (50 %)       4.000,00 €\n    Eigenmittel Kreis (50 %)    4.000,00 €\n")
    assert [c.cost_type for c in found if c.amount_eur == 4000][-1] == "other"


def test_an_own_share_said_to_be_planned_stays_an_allocation() -> None:
    found = run("Der Eigenanteil der Gemeinde von 5.250,00 € ist im Haushalt 2031 eingeplant.")
    assert [(c.amount_eur, c.cost_type) for c in found] == [(5250, "budget")]
