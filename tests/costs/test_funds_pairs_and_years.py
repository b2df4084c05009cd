"""costs: a higher body's share paid out of a fund of its own is a grant; a net amount beside its gross
amount is one fee even where an abbreviation's period parts their sentences; amounts that differ only by
their years share their sentence's head. Near misses: a body that pays without a fund, a head that is a
total, amounts whose conjuncts hold words of their own (invented examples)."""

from __future__ import annotations

import pytest

from tests.costs.test_costs import Case
from tests.costs.test_prose_kinds import test_prose_kinds as check_kinds

CASES = [
    Case(
        "a county's share out of its fund is a grant",
        "Der Landkreis Nordwaldau beteiligt sich aus dem Teilhabefonds mit 3.600,00 €.",
        [{"amount_eur": 3600, "cost_type": "grant"}],
    ),
    Case(
        "a county's refund out of a lump sum is a grant",
        "Der Kreis Ostmarsch erstattet aus der Betreuungspauschale 40 % (1.840,00 €).",
        [{"amount_eur": 1840, "cost_type": "grant"}],
    ),
    Case(
        "a Land's refund out of its fund with the verb after the amount is a grant",
        "Lesepaten kosteten 2030 4.120,00 €; das Land Thüringen erstattete davon aus dem Bildungs- und"
        " Teilhabefonds 2.900,00 €.",
        [{"amount_eur": 4120, "cost_type": "other"}, {"amount_eur": 2900, "cost_type": "grant"}],
    ),
    Case(
        "a net amount in brackets after an amount without a word of its own is the same fee",
        "Die Moderation schlägt mit 23.800,00 € zu Buche (20.000,00 € netto zuzüglich Umsatzsteuer).",
        [
            {"amount_eur": 23800, "cost_type": "external_support"},
            {"amount_eur": 20000, "cost_type": "external_support"},
        ],
    ),
    Case(
        "a county that pays without a fund is no grant",
        "Der Kreis erstattet der Fachhochschule die Kosten der Auswertung von 7.200,00 €.",
        [{"amount_eur": 7200, "cost_type": "total"}],
    ),
    Case(
        "a net amount in brackets after the gross amount and an abbreviation's period is the same fee",
        "Den Zuschlag für die Moderation erhält die Agentur Dialogwerk, Celle, zu einer Auftragssumme von"
        " 11.900,00 € inkl. 19 % MwSt. (netto 10.000,00 €) zum Preis des Angebots.",
        [
            {"amount_eur": 11900, "cost_type": "external_support"},
            {"amount_eur": 10000, "cost_type": "external_support"},
        ],
    ),
    Case(
        "a fee's amounts that differ by their years only are both fees",
        "Die Vergütung der Moderatorin Frau Lindqvist ist festgelegt. Das Honorar beläuft sich auf 8.250,00 € im"
        " Jahr 2031 und 6.100,00 € im Jahr 2032.",
        [{"amount_eur": 8250, "cost_type": "external_support"}, {"amount_eur": 6100, "cost_type": "external_support"}],
    ),
    Case(
        "amounts of bare years in brackets share the head",
        "Für die Beratung durch das Institut sind Mittel für 2031 (4.000,00 €) und 2032 (5.000,00 €) nötig.",
        [
            {"amount_eur": 4000, "cost_type": "external_support"},
            {"amount_eur": 5000, "cost_type": "external_support"},
        ],
    ),
    Case(
        "a second amount with a verb of its own keeps no head",
        "Das Honorar beläuft sich auf 8.250,00 € im Jahr 2031 und die Stadt zahlt 6.100,00 € im Jahr 2032.",
        [{"amount_eur": 8250, "cost_type": "external_support"}, {"amount_eur": 6100, "cost_type": "other"}],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_funds_pairs_and_years(case: Case) -> None:
    check_kinds(case)
