"""costs: an amount spelt out before a scale word ("sechs Millionen Euro"), both ends of a range
whose currency stands after the upper one (of the upper one's kind), money a higher public body
gives or that those it is meant for call up (a grant), and the items of a list run on after a colon,
parted by commas (invented examples)."""

from __future__ import annotations

import pytest

from pipeline.lang.de.money import find_money, range_start
from tests.costs.test_costs import Case
from tests.costs.test_prose_kinds import test_prose_kinds


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Der Kreis erhält acht Millionen Euro.", [("8000000", "acht Millionen Euro")]),
        ("Zwölf Mio. € fließen in den Ausbau.", [("12000000", "Zwölf Mio. €")]),
        ("Es geht um zwanzig Milliarden Euro.", [("20000000000", "zwanzig Milliarden Euro")]),
        ("Sieben Millionen Menschen leben dort.", []),  # no currency: no money
        ("Ein Ticket kostet drei Euro.", []),  # no scale word: no amount read
    ],
)
def test_spelt_out_amounts(text: str, want: list[tuple[str, str]]) -> None:
    assert [(str(m.amount), m.raw) for m in find_money(text)] == want
    for m in find_money(text):
        assert text[m.start : m.end] == m.raw


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("zwischen 41.200 und 187.300 Euro", ("41200", "41.200")),
        ("zwischen 1,2 und 1,8 Mio. Euro", ("1200000.0", "1,2")),
        ("zwischen 600.000 und 2 Mio. Euro", ("600000", "600.000")),  # the lower number is the larger: no scale
        ("In den Jahren 2019 und 2021 je 5.000 Euro", None),
    ],
)
def test_the_lower_end_of_a_range(text: str, want: tuple[str, str] | None) -> None:
    low = range_start(text, find_money(text)[-1])
    assert (None if low is None else (str(low.amount), low.raw)) == want
    assert low is None or text[low.start : low.end] == low.raw


CASES = [
    Case(
        "money the Land gives is a grant",
        "Rund 90 Millionen Euro stellt das Land in den nächsten Jahren für Lotsenprojekte zur Verfügung.",
        [{"amount_eur": 90000000, "cost_type": "grant", "qualifier": "approx"}],
    ),
    Case(
        "the giver first, the amount after",
        "Der Freistaat gewährt dem Landkreis 35.000 Euro für die Beratung.",
        [{"amount_eur": 35000, "cost_type": "grant"}],
    ),
    Case(
        "the town's own money at hand is an allocation",
        "Die Gemeinde stellt 12.000 Euro für die Sprachkurse zur Verfügung.",
        [{"amount_eur": 12000, "cost_type": "budget"}],
    ),
    Case(
        "the Land noting something gives nothing",
        "Das Land stellt fest, dass die Gemeinde 6.000 Euro im Haushalt eingestellt hat.",
        [{"amount_eur": 6000, "cost_type": "budget"}],
    ),
    Case(
        "funds others can call up, items run on after a colon",
        "Im Kreis stehen die folgenden Mittel bereit, die die Gemeinden abrufen können: Adorf 12 480 Euro,"
        " Bedorf 7350 Euro, Cedorf 4 120 Euro.",
        [
            {"amount_eur": 12480, "cost_type": "grant"},
            {"amount_eur": 7350, "cost_type": "grant"},
            {"amount_eur": 4120, "cost_type": "grant"},
        ],
    ),
    Case(
        "an allocation's items run on after a colon",
        "Den Ortsteilen stehen folgende Mittel zur Verfügung: Adorf 4 500 Euro, Bedorf 3.200 Euro und Cedorf"
        " 1.000 Euro.",
        [
            {"amount_eur": 4500, "cost_type": "budget"},
            {"amount_eur": 3200, "cost_type": "budget"},
            {"amount_eur": 1000, "cost_type": "budget"},
        ],
    ),
    Case(
        "both ends of a range, of the same kind",
        "Die Zuschüsse des Landes liegen zwischen 41.200 und 187.300 Euro.",
        [{"amount_eur": 187300, "cost_type": "grant"}, {"amount_eur": 41200, "cost_type": "grant"}],
    ),
    Case(
        "a range's upper end keeps the words before the lower one",
        "Die Kosten je Gutachten bewegen sich zwischen 3.000 und 30.000 Euro.",
        [{"amount_eur": 30000, "cost_type": "external_support"}, {"amount_eur": 3000, "cost_type": "external_support"}],
    ),
    Case(
        "an item naming its own kind keeps it",
        "Den Vereinen stehen folgende Mittel zur Verfügung: Chor 2.000 Euro, Honorar der Trainerin 900 Euro.",
        [{"amount_eur": 2000, "cost_type": "budget"}, {"amount_eur": 900, "cost_type": "external_support"}],
    ),
    Case(
        "the Bund's gift in the passive",
        "Für die Lernpatenschaften wurden 64.000 Euro durch den Bund zur Verfügung gestellt.",
        [{"amount_eur": 64000, "cost_type": "grant"}],
    ),
    Case(
        "the Land as the passive's agent, in a relative clause",
        "Grundlage sind die 18.500 Euro, die im Vorjahr vom Land bereitgestellt wurden.",
        [{"amount_eur": 18500, "cost_type": "grant"}],
    ),
    Case(
        "a town's own office as the agent stays an allocation",
        "Die 7.200 Euro werden durch das Stadtarchiv zur Verfügung gestellt.",
        [{"amount_eur": 7200, "cost_type": "budget"}],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_givers_and_run_on_items(case: Case) -> None:
    test_prose_kinds(case)
