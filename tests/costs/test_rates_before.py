"""costs: a total is never a per-year amount, the rate named before the amount too ("Die
Gesamtkosten betragen jährlich 20.000 €", "Die jährlichen Gesamtkosten von 18.000 €", "Gesamtkosten
je Jahr: 9.000 €") or after it as "im Jahr"; with the negatives that stay totals or allocations: a
rate of another noun, "im Jahr" before a year, the whole after a yearly amount and a yearly sum for
carrying out measures (invented passages).
"""

from __future__ import annotations

import pytest

from tests.costs.test_shares_of_a_sum import Passage, types_of

PASSAGES = [
    Passage("adverb-before", "Die Gesamtkosten betragen jährlich 20.000 €.", {20000: "other"}),
    Passage("attribute", "Die jährlichen Gesamtkosten von 18.000 € trägt die Stadt.", {18000: "other"}),
    Passage("label-with-rate", "Gesamtkosten je Jahr: 9.000 €\n", {9000: "other"}),
    Passage("monthly", "Die Kosten belaufen sich monatlich auf rund 1.200 €.", {1200: "other"}),
    Passage("im-jahr-after", "Insgesamt entstehen Kosten von 12.000 € im Jahr.", {12000: "other"}),
    # negatives
    Passage("another-nouns-rate", "Die jährlich stattfindende Konferenz kostet insgesamt 5.000 €.", {5000: "total"}),
    Passage(
        "the-whole-after-a-yearly-amount",
        "Die Kosten betragen jährlich 20.000 €, insgesamt 60.000 €.",
        {20000: "other", 60000: "total"},
    ),
    Passage(
        "a-yearly-sum-for-measures",
        "Die jährliche Gesamtsumme für die Umsetzung der Maßnahmen beträgt ab 2025 80.000 €.",
        {80000: "budget"},
    ),
    Passage("im-jahr-before-a-year", "Die Gesamtkosten betragen 30.000 € im Jahr 2025.", {30000: "other"}),
    Passage("a-total-without-a-rate", "Die Gesamtkosten betragen 30.000 €.", {30000: "total"}),
]


@pytest.mark.parametrize("passage", PASSAGES, ids=[p.id for p in PASSAGES])
def test_a_rate_before_the_amount(passage: Passage) -> None:
    assert types_of(passage.text) == {float(a): {t} for a, t in passage.rows.items()}
