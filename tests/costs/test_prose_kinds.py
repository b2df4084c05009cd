"""costs: the kind of an amount in prose where its nearest cue misleads: a negated allocation, the
base of a share and a public body's share of the costs, a day rate and an offer for a service,
the lines of a form's other fields above a sentence, a yearly sum for carrying out measures
(invented examples)."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.costs.kinds import config, qualifier
from tests.costs.test_costs import Case, run

CASES = [
    # a negated allocation is no allocation
    Case(
        "an offer not planned in the budget is no allocation",
        "Das Angebot über 35.000 € war im Haushalt nicht eingeplant.",
        [{"amount_eur": 35000, "cost_type": "other"}],
    ),
    Case(
        "no funds at hand allocate nothing",
        "Für den Umbau in Höhe von 8.000 € stehen keine Mittel zur Verfügung.",
        [{"amount_eur": 8000, "cost_type": "other"}],
    ),
    Case(
        "costs not yet in the budget are costs",
        "Die Kosten von 12.000 € sind im Haushalt noch nicht veranschlagt.",
        [{"amount_eur": 12000, "cost_type": "total"}],
    ),
    Case(
        "funds not planned before and now provided are an allocation",
        "Die bisher nicht veranschlagten Haushaltsmittel in Höhe von 20.000 € werden 2025 bereitgestellt.",
        [{"amount_eur": 20000, "cost_type": "budget"}],
    ),
    Case(
        "a negated use of an allocation keeps the allocation",
        "Die nicht aus dem Haushaltsansatz abgerufenen Mittel von 4.000 € werden übertragen.",
        [{"amount_eur": 4000, "cost_type": "budget"}],
    ),
    Case(
        "'nicht nur' negates nothing",
        "Für das Fest stehen nicht nur 3.000 € zur Verfügung.",
        [{"amount_eur": 3000, "cost_type": "budget"}],
    ),
    Case(
        "no grant of an amount is no grant",
        "Für das Festival kann es keine Förderung in Höhe von 9.000 Euro geben.",
        [{"amount_eur": 9000, "cost_type": "other"}],
    ),
    # an offer is a fee only for a service its context names
    Case(
        "an offer for drafting a concept, named the sentence before, is a fee",
        "Im Ausschuss wurde über die Erarbeitung eines Konzepts gesprochen. Das eingeholte Angebot über"
        " 28.000 € war im Haushalt nicht eingeplant.",
        [{"amount_eur": 28000, "cost_type": "external_support"}],
    ),
    Case(
        "an offer for works is no fee",
        "Im Ausschuss wurde über die Sanierung der Turnhalle gesprochen. Das eingeholte Angebot über"
        " 28.000 € war im Haushalt nicht eingeplant.",
        [{"amount_eur": 28000, "cost_type": "other"}],
    ),
    Case(
        "advice of another in the sentence before makes no offer a fee",
        "Der Verband beteiligt sich an den Kosten der Abfallberatung. Sein erstes Angebot lag mit 900.000 € darunter.",
        [{"amount_eur": 900000, "cost_type": "other"}],
    ),
    # a day rate of a person or for a service is a fee; one for lodging or care is not
    Case(
        "a day rate a person names is a fee",
        "Auf die Frage nach den Kosten antwortete Herr Beispiel, dass der Tagessatz 950,00 € beträgt und"
        " die weiteren Kosten vom Umfang abhängen.",
        [{"amount_eur": 950, "cost_type": "external_support"}],
    ),
    Case(
        "a day rate of lodging is no fee",
        "Frau Muster erläuterte, dass der Tagessatz pro Person in der Unterkunft 35 € beträgt.",
        [{"amount_eur": 35, "cost_type": "other"}],
    ),
    Case(
        "a day rate without a person or a service is no fee",
        "Der Tagessatz beträgt 120 € und wird jährlich angepasst.",
        [{"amount_eur": 120, "cost_type": "other"}],
    ),
    # the base of a share names no amount; a public body's share of the costs is a grant
    Case(
        "a district's share of a provider's costs is a grant, its cap and its sum too",
        "Der Landkreis erklärt sich bereit, sich an den Personal- und Sachkosten abzüglich eines Eigenanteils"
        " des Trägers in Höhe von 10 % der Gesamtkosten bis zu einem Höchstbetrag von 12.000 € pro Stelle zu"
        " beteiligen (also für zwei Stellen insg. 24.000 €). Der Zuschuss wird jährlich ausgezahlt.",
        [{"amount_eur": 12000, "cost_type": "grant"}, {"amount_eur": 24000, "cost_type": "grant"}],
    ),
    Case(
        "a town takes a share of the costs: a grant",
        "Die Stadt beteiligt sich an den Betriebskosten mit einem jährlichen Betrag von 15.000 Euro.",
        [{"amount_eur": 15000, "cost_type": "grant"}],
    ),
    Case(
        "the parents' share of the costs is no grant",
        "Die Eltern beteiligen sich an den Kosten des Ausflugs mit 20 Euro.",
        [{"amount_eur": 20, "cost_type": "total"}],
    ),
    Case(
        "the town's own share, named after the base of a percentage, is the remainder",
        "Die Stadt trägt rund 40.000 Euro, dies sind 10 Prozent der Gesamtkosten, als Eigenanteil.",
        [{"amount_eur": 40000, "cost_type": "other"}],
    ),
    Case(
        "a grant capped after the base of its share stays a grant",
        "Ein Zuschuss von bis zu 30 % der Gesamtkosten, maximal 3.000 €, wird beantragt.",
        [{"amount_eur": 3000, "cost_type": "grant"}],
    ),
    Case(
        "a cap after a rate of eligible costs is a grant",
        "Der Zuschuss beträgt bis zu 90 % der förderfähigen Ausgaben, je Anlage höchstens 2.500 Euro.",
        [{"amount_eur": 2500, "cost_type": "grant"}],
    ),
    Case(
        "a cap after a rate of eligible costs, with no grant named, is a grant",
        "Der Anteil beträgt bis zu 80 % der zuwendungsfähigen Aufwendungen, je Anlage höchstens 2.500 Euro.",
        [{"amount_eur": 2500, "cost_type": "grant"}],
    ),
    Case(
        "a total with no share before it stays a total",
        "Die Gesamtkosten betragen 50.000 €.",
        [{"amount_eur": 50000, "cost_type": "total"}],
    ),
    # a form's other fields above a sentence are no part of it
    Case(
        "a product group's name two lines above a sentence types none of its amounts",
        "Betroffene Produktgruppe\n"
        "31.02.01 – Förderung von Vereinen\n"
        "Auswirkungen auf den Ergebnisplan\n"
        "Die Beschlussvorschläge führen zu einer Verschlechterung des Teilergebnisplanes in der\n"
        "Produktgruppe 31.02.01 in 2025 um 1,5 Mio. € und in 2026 um 1,1 Mio. €.\n",
        [{"amount_eur": 1500000, "cost_type": "other"}, {"amount_eur": 1100000, "cost_type": "other"}],
    ),
    Case(
        "a heading over a sentence set as prose still types it",
        "Vorbemerkung zur Sitzung des Ausschusses für Bildung und Soziales am Montag\n"
        "3. Landeszuschuss\n"
        "Dieser wird über zwanzig Jahre gleichmäßig aufgelöst und verbessert in diesem Zeitraum das\n"
        "Ergebnis der Stadt um 0,4 Mio. Euro.\n",
        [{"amount_eur": 400000, "cost_type": "grant"}],
    ),
    Case(
        "a wrapped item keeps the label on its first line",
        "Die Erträge des Jahres setzen sich wie folgt zusammen, jeweils gerundet auf volle Euro:\n"
        "Investitionszuschuss Ortsumgehung\n"
        "An der Zuckerfabrik 110.000,00 €\n",
        [{"amount_eur": 110000, "cost_type": "grant"}],
    ),
    # a yearly sum for carrying out measures is an allocation; yearly costs are not
    Case(
        "a yearly sum for carrying out the measures is an allocation",
        "Die jährliche Gesamtsumme für die Umsetzung der Maßnahmen beträgt ab 2025 80.000 €.",
        [{"amount_eur": 80000, "cost_type": "budget", "fiscal_year": 2025}],
    ),
    Case(
        "yearly costs of carrying out the measures are no allocation",
        "Die Kosten für die Umsetzung der Maßnahmen betragen ab 2025 80.000 €.",
        [{"amount_eur": 80000, "cost_type": "other"}],
    ),
    Case(
        "a sum for carrying out the measures without a year is a total",
        "Die Gesamtsumme für die Durchführung des Projekts beträgt 80.000 €.",
        [{"amount_eur": 80000, "cost_type": "total"}],
    ),
    # the funding of others as what an allocation is for; a grant received; a share flowing to a purpose
    Case(
        "money for funding clubs put into the budget is an allocation",
        "Der Rat hat beschlossen, Mittel von 40.000 € für die Förderung von Sportvereinen in den Haushalt 2026"
        " einzustellen.",
        [{"amount_eur": 40000, "cost_type": "budget"}],
    ),
    Case(
        "money provided for funding courses is an allocation",
        "Zusätzlich werden für die Förderung von Nähkursen 7.500 Euro bereitgestellt.",
        [{"amount_eur": 7500, "cost_type": "budget"}],
    ),
    Case(
        "funding for something with no allocation named stays a grant",
        "Der Verein beantragt für die Förderung seiner Jugendarbeit 3.000 Euro.",
        [{"amount_eur": 3000, "cost_type": "grant"}],
    ),
    Case(
        "a sum received from the state is a grant",
        "Die Gemeinde erhält vom Land eine Pauschale von rund 61.000 Euro.",
        [{"amount_eur": 61000, "cost_type": "grant", "qualifier": "approx"}],
    ),
    Case(
        "a total funding named as a compound is a grant",
        "Die Vereine kommen auf eine Gesamtförderung in Höhe von 18 000 Euro.",
        [{"amount_eur": 18000, "cost_type": "grant"}],
    ),
    Case(
        "a share flowing into counselling of people is an allocation, no consulting fee",
        "Weitere 45.000 Euro fließen in die Schuldner- und Sozialberatung.",
        [{"amount_eur": 45000, "cost_type": "budget"}],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_prose_kinds(case: Case) -> None:
    found = run(case.text)
    assert [c.amount_eur for c in found] == [e["amount_eur"] for e in case.expected]
    for cost, exp in zip(found, case.expected):
        assert {k: getattr(cost, k) for k in exp} == exp, case.text


@pytest.mark.parametrize(
    ("before", "want"),
    [
        ("Die Kosten betragen ca. ", "approx"),
        ("Angesetzt werden ca. 20.000 - ", "approx"),  # a range's second bound
        ("Voraussichtlich zwischen 68.000 und ", "estimated"),
        ("Die Gemeinde übernimmt jährlich bis zu 20 % bzw. ", "max"),  # an alternative of the bound
        ("Der voraussichtliche Auftragswert für Los 7 beträgt ", "estimated"),  # a number not right after it
        ("Für die Übernahme von ca. 111 Baulasten wird ein Preis von insg. ", None),  # it counts the Baulasten
        ("Ein Vertrag für die Dauer von maximal 3 Jahren mit einem Wert von ", None),
        ("Erwerbsnebenkosten mit rund 10 % des Kaufpreises ", None),
    ],
)
def test_a_qualifier_belongs_to_the_number_right_after_it(before: str, want: str | None) -> None:
    """A qualifier qualifies the number right after it: another number (a count, a duration, a rate)
    takes it, unless that number is the first bound of the amount's range or its alternative."""
    conf = config(load_resources())
    assert qualifier(conf, before) == want


# an adverbial of cause points back to a reason, not to money; a revenue in the amount's own clause
# beats a grant in the next
CAUSE_AND_REVENUE = [
    Case(
        "a cause pointing back to an obligation is no allocation",
        "Jede Schule hat einen Ruheraum bereitzustellen. Aus diesem Grund wurde für den Jahresbeitrag eine Grenze"
        " von 95 Euro pro Mitglied festgelegt.",
        [{"amount_eur": 95, "cost_type": "other"}],
    ),
    Case(
        "a pointer to the previous sentence still takes its allocation",
        "Für den Umbau sind im Haushalt Mittel eingestellt. Davon entfallen 8.000 € auf die Planung.",
        [{"amount_eur": 8000, "cost_type": "budget"}],
    ),
    Case(
        "a revenue lost because a grant ends is a revenue",
        "Außerdem entstehen Mindereinnahmen von etwa 31.000 €, weil die Bundesförderung für die Kurse endet.",
        [{"amount_eur": 31000, "cost_type": "other", "qualifier": "approx"}],
    ),
    Case(
        "a grant with a revenue in another clause stays a grant",
        "Die Mehrerträge sind gering, die Landesförderung beträgt 14.000 €.",
        [{"amount_eur": 14000, "cost_type": "grant"}],
    ),
]


@pytest.mark.parametrize("case", CAUSE_AND_REVENUE, ids=[c.id for c in CAUSE_AND_REVENUE])
def test_cause_and_revenue(case: Case) -> None:
    test_prose_kinds(case)


# items of a list run into one line take their lead-in's allocation; funds carried over and financing
# continued are allocations; "knapp" is approximate
RUN_IN_ITEMS = [
    Case(
        "items run into one line after an allocating lead-in",
        "Aus dem Budget der Abteilung werden im nächsten Jahr weiter finanziert: • Lernpaten, Verein Brücke,"
        " 01.03. – 30.11.2026: 24.000 Euro • Elterncafé, Treffpunkt Süd, 01.01. – 31.12.2026: 18.000 Euro"
        " Außerdem gibt es für die Förderung von Chören 4.000 Euro.",
        [
            {"amount_eur": 24000, "cost_type": "budget"},
            {"amount_eur": 18000, "cost_type": "budget"},
            {"amount_eur": 4000, "cost_type": "grant"},
        ],
    ),
    Case(
        "an item naming its own grant keeps it",
        "Folgende Vorhaben werden weiter finanziert: • Sprachcafé, Zuschuss des Landes 9.000 Euro"
        " • Lernhilfe 3.000 Euro",
        [{"amount_eur": 9000, "cost_type": "grant"}, {"amount_eur": 3000, "cost_type": "budget"}],
    ),
    Case(
        "funds carried over are an allocation",
        "Zur Deckung werden die Restmittel der Kostenstelle 4711 in Höhe von 12.000 Euro auf 2026 übertragen.",
        [{"amount_eur": 12000, "cost_type": "budget"}],
    ),
    Case(
        "'knapp' before an amount is approximate",
        "Mit knapp 48.000 Euro soll das Bürgerbüro in den nächsten zwei Jahren umgebaut werden.",
        [{"amount_eur": 48000, "qualifier": "approx"}],
    ),
]


@pytest.mark.parametrize("case", RUN_IN_ITEMS, ids=[c.id for c in RUN_IN_ITEMS])
def test_run_in_items(case: Case) -> None:
    test_prose_kinds(case)


@pytest.mark.parametrize(
    ("before", "want"),
    [
        ("Auf die Gemeinde entfallen mehr als ", "min"),
        ("Die Förderung beträgt nicht mehr als ", "max"),
        ("Mit knapp ", "approx"),
        ("Das ist mehr als die Hälfte des Rahmens von ", None),  # it bounds the half, not the amount
        ("Die Spenden sind höher als im Vorjahr und mehr als die gezahlten ", None),
    ],
)
def test_more_than_and_barely(before: str, want: str) -> None:
    """'mehr als' is a lower bound, 'nicht mehr als' an upper one, 'knapp' approximate."""
    conf = config(load_resources())
    assert qualifier(conf, before) == want


def test_a_post_of_someone_is_personnel() -> None:
    """The post of a person as what a share flows into: staff costs."""
    test_prose_kinds(
        Case(
            "a share flowing into a post",
            "Weitere 40.000 Euro fließen in die Stelle einer Quartiersmanagerin.",
            [{"amount_eur": 40000, "cost_type": "personnel"}],
        )
    )
