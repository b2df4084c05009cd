"""costs: the parts of a sum, each with what it goes to ("Davon entfallen 18.000 € auf die Moderation,
8.000 € auf Übersetzungen und 4.000 € auf den Druck"): the purpose noun after an amount is its own,
not the next amount's, and printing is material; with the negatives that keep a raise and pressure
what they were (invented passages).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.costs.test_costs import run


@dataclass
class Passage:
    id: str
    text: str
    rows: dict[float, str]  # every amount and the one type it takes


PASSAGES = [
    Passage(
        "parts-after-auf",
        "Die Gesamtkosten betragen 30.000 €. Davon entfallen 18.000 € auf die Moderation, 8.000 € auf "
        "Übersetzungen und Dolmetschleistungen und 4.000 € auf den Druck des Berichts.",
        {30000: "total", 18000: "external_support", 8000: "material", 4000: "material"},
    ),
    Passage(
        "fee-after-material",
        "Von den Mitteln entfallen 5.000 € auf Sachkosten, 12.000 € auf das Honorar der Moderatorin.",
        {5000: "material", 12000: "external_support"},
    ),
    Passage(
        "two-parts-und",
        "Es entfallen 9.500 € auf die Prozessbegleitung und 2.500 € auf Sprachmittlung.",
        {9500: "external_support", 2500: "material"},
    ),
    Passage(
        "printing-for",
        "Für den Druck der Broschüre sind 3.000 € eingeplant.",
        {3000: "material"},
    ),
    # negatives: a raise, pressure
    Passage(
        "raise-stays-budget",
        "Der Ansatz wurde von 15.000 € auf 22.500 € erhöht.",
        {15000: "budget", 22500: "budget"},
    ),
    Passage(
        "pressure-is-no-print",
        "Die Stadt steht unter Druck; im Haushalt sind 5.000 € eingestellt.",
        {5000: "budget"},
    ),
]


def types_of(text: str) -> dict[float, set[str]]:
    """Every amount of ``text`` and the types it is read with."""
    found: dict[float, set[str]] = {}
    for c in run(text):
        found.setdefault(c.amount_eur, set()).add(c.cost_type)
    return found


@pytest.mark.parametrize("passage", PASSAGES, ids=[p.id for p in PASSAGES])
def test_each_part_takes_its_own_purpose(passage: Passage) -> None:
    assert types_of(passage.text) == {float(a): {t} for a, t in passage.rows.items()}
