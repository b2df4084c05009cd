"""costs: a sum whose parts follow it in brackets (their cues are theirs, not the sum's), an amount
said to be part of the total (no total), a higher authority's refund (a grant), and the columns of a
plan's years headed with the plan's word ("Plan 2027"), whose sum row is the year's allocation,
not the total of the measure (invented examples)."""

from __future__ import annotations

import pytest

from tests.costs.test_costs import Case
from tests.costs.test_prose_kinds import run, test_prose_kinds

CASES = [
    Case(
        "the parts in brackets after a sum are the parts'",
        "Im Jahr 2026 entstehen Kosten von 6.000,00 € (Honorar 5.200,00 €, Raummiete 800,00 €).",
        [
            {"amount_eur": 6000, "cost_type": "other"},  # a year's costs: no total, and no fee
            {"amount_eur": 5200, "cost_type": "external_support"},
            {"amount_eur": 800, "cost_type": "material"},
        ],
    ),
    Case(
        "the words after the parts' bracket are the sum's again",
        "Im Jahr 2027 werden 3,1 Mio. Euro (Reste aus 2026 von 1,2 Mio. Euro und neue Mittel von 1,9 Mio. Euro)"
        " im Fonds zur Verfügung stehen.",
        [
            {"amount_eur": 3100000, "cost_type": "budget"},
            {"amount_eur": 1200000},
            {"amount_eur": 1900000},
        ],
    ),
    Case(
        "a contract's whole value is a total",
        "Der Vertrag hat einen Gesamtauftragswert von 812.000 € (Leistungen von 790.000 € und Nebenkosten von"
        " 22.000 €).",
        [{"amount_eur": 812000, "cost_type": "total"}, {"amount_eur": 790000}, {"amount_eur": 22000}],
    ),
    Case(
        "a bracket naming the amount's own purpose keeps its cue",
        "Für das Verfahren werden 9.000 € (Moderation) benötigt.",
        [{"amount_eur": 9000, "cost_type": "external_support"}],
    ),
    Case(
        "an amount in the total is no total",
        "Die Vermessungsarbeiten kosten 48.000 € und sind in den Gesamtkosten enthalten.",
        [{"amount_eur": 48000, "cost_type": "other"}],
    ),
    Case(
        "the total itself stays a total",
        "Die Gesamtkosten betragen 950.000 €.",
        [{"amount_eur": 950000, "cost_type": "total"}],
    ),
    Case(
        "a higher authority's refund is a grant",
        "Das Sozialministerium erstattet aus dem Programm „Teilhabe vor Ort“ 60 Prozent der Ausgaben, also 21.000 €.",
        [{"amount_eur": 21000, "cost_type": "grant"}],
    ),
    Case(
        "the town's own refund is none",
        "Die Gemeinde erstattet den Ehrenamtlichen Fahrtkosten von 1.500 €.",
        [{"amount_eur": 1500, "cost_type": "other"}],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_parts_totals_and_refunds(case: Case) -> None:
    test_prose_kinds(case)


PLAN = """Teilhaushalt 3 – Jugend und Soziales

                                         Plan 2026      Plan 2027
Personalkosten (Stelle Koordination)       61,2 T€        63,0 T€
Honorar Moderation                          9,5 T€         9,5 T€
Summe                                      70,7 T€        72,5 T€
"""


def test_a_plans_sum_row_is_the_years_allocation() -> None:
    found = run(PLAN)
    got = [(c.amount_eur, c.cost_type, c.fiscal_year) for c in found]
    assert got == [
        (61200, "personnel", 2026),
        (63000, "personnel", 2027),
        (9500, "external_support", 2026),
        (9500, "external_support", 2027),
        (70700, "budget", 2026),
        (72500, "budget", 2027),
    ]


def test_a_sum_over_years_without_the_plans_word_keeps_no_year() -> None:
    text = PLAN.replace("Plan 2026", "Variante A").replace("Plan 2027", "Variante B")
    assert all(c.fiscal_year is None for c in run(text))
