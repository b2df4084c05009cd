"""costs: a header of years with a label and a column summing them ("Kosten in €  2028  2029  gesamt") and
no year read as an amount; a cue after a preposition of exclusion ("Neben dem Honorar …") names what the
amount is besides; the parts of a sum split by years take the cue of the sentence after them pointing back
("Die Mittel sind … eingeplant"), the sum's words their antecedent; an agent's order ("Sein Auftrag …"); a
partner's cooperation agreement and its yearly amount summed with "zusammen"; a "!" closing a quoted title
in a row's label; the town's budget for measures, not a giver's (invented passages).
"""

from __future__ import annotations

import pytest

from tests.costs.test_shares_of_a_sum import Passage, types_of

PASSAGES = [
    Passage(
        "a-header-of-years-with-a-sum-column",
        "6. Kosten\n\n"
        "  Ausgaben in €                  2026          2027          gesamt\n"
        "  Projekte Quartier              12.000,00     14.000,00     26.000,00\n"
        "  Evaluation extern               3.000,00      3.000,00      6.000,00\n"
        "  Summe                          15.000,00     17.000,00     32.000,00\n",
        {
            12000: "other",
            14000: "other",
            26000: "other",
            3000: "external_support",
            6000: "external_support",
            15000: "total",
            17000: "total",
            32000: "total",
        },
    ),
    Passage(
        "besides-the-fee",
        "Neben dem Honorar entstehen 3.150 € für Druck und Raummiete.",
        {3150: "material"},
    ),
    Passage(
        "besides-the-facilitation-a-cue-of-its-own",
        "Für das Forum fallen neben der Moderation Sachkosten von 2.700 € an.",
        {2700: "material"},
    ),
    Passage(
        "parts-by-year-then-the-funds",
        "Gutachten 8.000 €, Druck 2.000 €, zusammen 10.000 €. Davon entfallen 4.000 € auf 2026 und 6.000 € "
        "auf 2027. Die Mittel sind im Teilhaushalt 4 veranschlagt.",
        {8000: "external_support", 2000: "material", 10000: "total", 4000: "budget", 6000: "budget"},
    ),
    Passage(
        "parts-by-year-without-a-sentence-after",
        "Gutachten 8.000 €, Druck 2.000 €, zusammen 10.000 €. Davon entfallen 4.000 € auf 2026 und 6.000 € "
        "auf 2027.\n\nDer Beirat wird beteiligt.",
        {8000: "external_support", 2000: "material", 10000: "total", 4000: "other", 6000: "other"},
    ),
    Passage(
        "an-agents-order",
        "Die beiden Foren moderierte Frau Dr. Ina Falk vom Büro Dialogplan. Ihr Auftrag umfasste 6.200 € brutto.",
        {6200: "external_support"},
    ),
    Passage(
        "a-cooperation-agreement-yearly-and-summed",
        "Die Gemeinde zahlt nach der Kooperationsvereinbarung 5.500 € jährlich für 2026 und 2027, zusammen 11.000 €.",
        {5500: "external_support", 11000: "external_support"},
    ),
    Passage(
        "a-quoted-title-with-an-exclamation-mark",
        "                                  2026          2027       zusammen\n"
        "  Bundesförderung „Mach mit!“    -2.000 €      -1.500 €      -3.500 €\n",
        {2000: "grant", 1500: "grant", 3500: "grant"},
    ),
    Passage(
        "the-towns-budget-for-measures",
        "Für die Quartiersprojekte stehen aus dem Maßnahmenbudget 9.000 € bereit.",
        {9000: "budget"},
    ),
    Passage(
        "a-givers-budget-stays-a-grant",
        "Förderung aus dem Integrationsbudget (Landkreis, 80 %)    4.800,00 €\n",
        {4800: "grant"},
    ),
]


@pytest.mark.parametrize("passage", PASSAGES, ids=[p.id for p in PASSAGES])
def test_parts_titles_and_contracts(passage: Passage) -> None:
    assert types_of(passage.text) == {float(a): {t} for a, t in passage.rows.items()}
