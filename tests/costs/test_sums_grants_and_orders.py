"""costs: the kind of an amount named by the form around it: "zusammen" as a sum's label (right before
the amount, or a row of its own), money out of a higher public body's budget or fund a grant, an
order's sum or volume after a sentence about the support it buys a fee, and an offer after a sentence
charging someone with the support. Near misses: "zusammen mit", the town's own funds, an order's
volume after works (invented examples)."""

from __future__ import annotations

import pytest

from tests.costs.test_costs import Case, run
from tests.costs.test_prose_kinds import test_prose_kinds as check_kinds

CASES = [
    Case(
        "'zusammen' right before the amount is a sum",
        "Finanzielle Auswirkungen:\nModeration 4.165,00 €, Druck und Räume 1.835,00 €, zusammen 6.000,00 €.",
        [
            {"amount_eur": 4165, "cost_type": "external_support"},
            {"amount_eur": 1835, "cost_type": "material"},
            {"amount_eur": 6000, "cost_type": "total"},
        ],
    ),
    Case(
        "'zusammen mit' names a partner, no sum",
        "Die Gemeinde trägt zusammen mit dem Verein die Kosten des Festes von 2.500,00 €.",
        [{"amount_eur": 2500, "cost_type": "total"}],
    ),
    Case(
        "money out of the Land's budget is a grant",
        "Der Kreis beantragt Mittel aus dem Teilhabebudget des Landes Sachsen in Höhe von 18.000,00 €.",
        [{"amount_eur": 18000, "cost_type": "grant"}],
    ),
    Case(
        "money out of a federal fund is a grant",
        "Aus dem Strukturfonds des Bundes werden 9.000,00 € erwartet.",
        [{"amount_eur": 9000, "cost_type": "grant"}],
    ),
    Case(
        "the district's own funds are no grant",
        "Aus dem Budget des Kreises werden 9.000,00 € bereitgestellt.",
        [{"amount_eur": 9000, "cost_type": "budget"}],
    ),
    Case(
        "an order's volume after the sentence about the support it buys is a fee",
        "Für die Evaluation des Konzepts wird das Institut für Teilhabeforschung, Celle, gebunden. Das Auftragsvolumen"
        " beträgt 24.990,00 € brutto.",
        [{"amount_eur": 24990, "cost_type": "external_support"}],
    ),
    Case(
        "an order's volume after works is no fee",
        "Für die Sanierung der Turnhalle wird die Firma Dachbau Celle vertraglich gebunden. Das Auftragsvolumen"
        " beträgt 24.990,00 € brutto.",
        [{"amount_eur": 24990, "cost_type": "other"}],
    ),
    Case(
        "an offer after a sentence charging an organisation with the moderation is a fee",
        "Nach einer Preisanfrage soll die Werkstatt Dialog GmbH mit der Moderation der Foren beauftragt werden."
        " Das Angebot beläuft sich auf 8.400,00 EUR netto (9.996,00 EUR brutto).",
        [{"amount_eur": 8400, "cost_type": "external_support"}, {"amount_eur": 9996, "cost_type": "external_support"}],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_sums_grants_and_orders(case: Case) -> None:
    check_kinds(case)


def test_a_sum_column_labelled_zusammen() -> None:
    """A column headed "zusammen" in a table by year holds the years' sums."""
    text = (
        "Finanzielle Auswirkungen:\n"
        "  Jahr     Moderation     Sachkosten    zusammen\n"
        "  2031      5.000,00 €     1.000,00 €     6.000,00 €\n"
        "  2032      7.000,00 €     2.000,00 €     9.000,00 €\n"
    )
    types = {c.amount_eur: c.cost_type for c in run(text)}
    assert types[6000] == "total" and types[9000] == "total"


@pytest.mark.parametrize(
    ("text", "amount", "kind"),
    [
        ("Der Verein erhielt zwei Spenden von zusammen 800,00 €.", 800, "grant"),
        ("Der Haushaltsansatz setzt sich wie folgt zusammen:\n- Turnmatten: 1.200,00 €\n", 1200, "budget"),
    ],
    ids=["an adverb inside a phrase", "a verb's particle leading in a list"],
)
def test_zusammen_that_labels_no_sum(text: str, amount: float, kind: str) -> None:
    """The word "zusammen" inside a phrase or as a verb's particle labels no sum: the phrase's own cue stands."""
    assert {c.amount_eur: c.cost_type for c in run(text)}[amount] == kind
