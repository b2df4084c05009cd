"""costs: the type of an amount by its cue where the layout or the sentence gives it to another
word: the net and the gross amount of one fee, an offer the sentence before asked for, a row's
unit after its amount, a year's line under its row, the parts of a row
or of an allocation in brackets, the share left to the town (invented examples)."""

from __future__ import annotations

import pytest

from tests.costs.test_costs import Case, run

CASES = [
    # the net and the gross amount of one sentence are one fee
    Case(
        "the net amount in brackets after the gross fee is the fee",
        "Für die Moderation soll das Büro Feldweg beauftragt werden. Das Honorar beträgt 23.800,00 € brutto "
        "(20.000,00 € netto).",
        [
            {"amount_eur": 23800, "cost_type": "external_support"},
            {"amount_eur": 20000, "cost_type": "external_support"},
        ],
    ),
    Case(
        "the gross amount after 'insgesamt' is the fee, not a total",
        "Ihr Honorar beträgt 9.000,00 € netto zuzüglich Umsatzsteuer, insgesamt 10.710,00 € brutto.",
        [
            {"amount_eur": 9000, "cost_type": "external_support"},
            {"amount_eur": 10710, "cost_type": "external_support"},
        ],
    ),
    Case(
        "net and gross with the VAT between them",
        "Die Begleitung kostet 5.000,00 € netto zuzüglich 19 % Umsatzsteuer (950,00 €), also 5.950,00 € brutto.",
        [
            {"amount_eur": 5000, "cost_type": "external_support"},
            {"amount_eur": 950, "cost_type": "other"},
            {"amount_eur": 5950, "cost_type": "external_support"},
        ],
    ),
    Case(
        "a gross amount without a net partner keeps its total",
        "Die Kosten belaufen sich insgesamt auf 12.000,00 € brutto.",
        [{"amount_eur": 12000, "cost_type": "total"}],
    ),
    Case(
        "two net amounts are no pair",
        "Die Moderation kostet 4.000,00 € netto, die Miete der Halle 1.500,00 € netto.",
        [
            {"amount_eur": 4000, "cost_type": "external_support"},
            {"amount_eur": 1500, "cost_type": "material"},
        ],
    ),
    Case(
        "net and gross of works keep no purpose they do not have",
        "Die Firma Hochbau Kessler GmbH hat 80.000,00 € netto (95.200,00 € brutto) angeboten.",
        [{"amount_eur": 80000, "cost_type": "other"}, {"amount_eur": 95200, "cost_type": "other"}],
    ),
    Case(
        "a pair without a cue takes the type the same sum has in the cost table",
        "Günstigstes Angebot: Werkstatt Nord GmbH, Kiel (Leitung:\nFrau Ahrens), mit 10.000,00 € netto bzw. "
        "11.900,00 € brutto.\n\nKosten:\n   Prozessbegleitung (brutto)          11.900,00 €\n",
        [
            {"amount_eur": 10000, "cost_type": "external_support"},
            {"amount_eur": 11900, "cost_type": "external_support"},
            {"amount_eur": 11900, "cost_type": "external_support"},
        ],
    ),
    # an offer asked for, or given by an agent of support named in the sentence before
    Case(
        "an offer the sentence before asked for a support",
        "Für die Prozessbegleitung wurden drei Büros um ein Angebot gebeten. Wirtschaftlichstes Angebot: "
        "Team Lindgren, Husum, mit 8.000,00 €.",
        [{"amount_eur": 8000, "cost_type": "external_support"}],
    ),
    Case(
        "an offer of an agent that the sentence before names by its support",
        "Das Planungsbüro Heide soll die Umsetzung weiter begleiten. Das Angebot vom 03.02.2031 beläuft sich "
        "auf 6.500,00 € jährlich.",
        [{"amount_eur": 6500, "cost_type": "external_support"}],
    ),
    Case(
        "an offer after a sentence asking for offers of works is none",
        "Für den Umbau der Turnhalle wurden drei Firmen um ein Angebot gebeten. Günstigstes Angebot: "
        "Bau Mertens GmbH mit 140.000,00 €.",
        [{"amount_eur": 140000, "cost_type": "other"}],
    ),
    Case(
        "the sum after the tax on a net fee is the gross fee, no total",
        "Das Honorar der Moderatorin beläuft sich auf 5.400,00 € zuzüglich 19 % Umsatzsteuer, zusammen 6.426,00 €.",
        [
            {"amount_eur": 5400, "cost_type": "external_support"},
            {"amount_eur": 6426, "cost_type": "external_support"},
        ],
    ),
    Case(
        "the logistics of a process's events are material costs",
        "Für Werkstätten, Verpflegung und Dolmetschdienste sind weitere 6.350,00 € vorgesehen.",
        [{"amount_eur": 6350, "cost_type": "material"}],
    ),
    Case(
        "money standing ready on a budget line, and the rest registered for the next budget, are allocations",
        "Für 2031 stehen 30.000 EUR auf der Haushaltsstelle 1.4310.6552 bereit; die restlichen 15.000 € werden "
        "für 2032 angemeldet.",
        [
            {"amount_eur": 30000, "cost_type": "budget", "fiscal_year": 2031},
            {"amount_eur": 15000, "cost_type": "budget", "fiscal_year": 2032},
        ],
    ),
    Case(
        "money a higher body makes ready is its grant, the clause-final verb no allocation of the town's",
        "Für die Umsetzung des Programms stellt der Bund von 2031 bis 2034 jährlich bis zu 100 Mio. Euro bereit.",
        [{"amount_eur": 100000000, "cost_type": "grant"}],
    ),
    Case(
        "a firm willing to let rooms allocates nothing",
        "Die Firma Immoba ist bereit, die Räume zum Mietpreis von 13,75 €/m² an die Stadt zu vermieten.",
        [{"amount_eur": 13.75, "cost_type": "other"}],
    ),
    Case(
        "a commitment appropriation is an allocation",
        "Für 2032 ist eine Verpflichtungsermächtigung über 28.000 EUR erforderlich.",
        [{"amount_eur": 28000, "cost_type": "budget"}],
    ),
    Case(
        "money the budget's medium-term plan holds is an allocation",
        "Die Mittel sind im Haushalt 2031 mit 12.000,00 € und für 2032 in der mittelfristigen Finanzplanung "
        "mit 23.060,00 € vorgesehen.",
        [
            {"amount_eur": 12000, "fiscal_year": 2031},
            {"amount_eur": 23060, "cost_type": "budget", "fiscal_year": 2032},
        ],
    ),
]


ROWS = [
    Case(
        "a row's unit after its amount leaves the next row's label to the next row",
        "Finanzielle Auswirkungen\n"
        "Personalkosten Quartiersarbeit (0,5 Stelle)        31.000 €/Jahr\n"
        "Zuschuss des Kreises (50 %)                        15.500 €/Jahr\n"
        "verbleibender Anteil der Stadt                     15.500 €/Jahr\n"
        "Sachkosten (Miete, Fahrtkosten)                     2.000 € einmalig\n",
        [
            {"amount_eur": 31000, "cost_type": "personnel"},
            {"amount_eur": 15500, "cost_type": "grant"},
            {"amount_eur": 15500, "cost_type": "other"},
            {"amount_eur": 2000, "cost_type": "material"},
        ],
    ),
    Case(
        "a tab row's bracket lists its parts",
        "Finanzierung:\n\tSachkosten (Ausflüge, Fahrtkosten)\t\t3.300 €/Jahr\n\tZuschuss Land\t\t\t1.000 €/Jahr\n",
        [{"amount_eur": 3300, "cost_type": "material"}, {"amount_eur": 1000, "cost_type": "grant"}],
    ),
    Case(
        "a year's line under its row takes the row's label",
        "Kosten\n"
        "Sachkosten (Räume, Druck):           2031:   4.000,00 €\n"
        "                                     2032:   6.000,00 €\n"
        "Personalkosten (1 Stelle) jährlich:         70.000,00 €\n",
        [
            {"amount_eur": 4000, "cost_type": "material"},
            {"amount_eur": 6000, "cost_type": "material"},
            {"amount_eur": 70000, "cost_type": "personnel"},
        ],
    ),
    Case(
        "an allocation's parts in brackets are no purpose of it",
        "Für 2031 sind 30.000 €, für 2032 25.000 € im Budget des Fachbereichs veranschlagt (Sachkosten der "
        "Projekte, Evaluation, Sprachmittlung).",
        [
            {"amount_eur": 30000, "cost_type": "budget", "fiscal_year": 2031},
            {"amount_eur": 25000, "cost_type": "budget", "fiscal_year": 2032},
        ],
    ),
    Case(
        "another body's remaining share is no allocation of the town",
        "Von dem verbleibenden Anteil der Region in Höhe von 40.000 € übernimmt der Landkreis die Hälfte.",
        [{"amount_eur": 40000, "cost_type": "other"}],
    ),
    Case(
        "a verb ending the amount's line is no unit: the sentence's words go on",
        "Im Haushaltsjahr 2031 ist eine Ermächtigung in Höhe von 50.000 Euro vorgesehen\n"
        "und im Haushaltsjahr 2032 dementsprechend 50.000 Euro veranschlagt.\n",
        [
            {"amount_eur": 50000, "cost_type": "budget", "fiscal_year": 2031},
            {"amount_eur": 50000, "cost_type": "budget", "fiscal_year": 2032},
        ],
    ),
    Case(
        "a grid's row that names only its sum is each year's total",
        "Finanzielle Auswirkungen\n"
        "                                        2031          2032\n"
        "   Forum (Moderation, Sachkosten)    5.000,00 €    5.000,00 €\n"
        "   Fonds                            20.000,00 €   20.000,00 €\n"
        "   zusammen                         25.000,00 €   25.000,00 €\n"
        "   Gesamtaufwand                    25.000,00 €   25.000,00 €\n",
        [
            {"amount_eur": 5000, "fiscal_year": 2031},
            {"amount_eur": 5000, "fiscal_year": 2032},
            {"amount_eur": 20000, "fiscal_year": 2031},
            {"amount_eur": 20000, "fiscal_year": 2032},
            {"amount_eur": 25000, "cost_type": "total", "fiscal_year": 2031},
            {"amount_eur": 25000, "cost_type": "total", "fiscal_year": 2032},
            {"amount_eur": 25000, "cost_type": "total", "fiscal_year": 2031},
            {"amount_eur": 25000, "cost_type": "total", "fiscal_year": 2032},
        ],
    ),
    Case(
        "an allocation's purpose outside brackets stays its purpose",
        "Für Druckkosten sind 2.000 € eingeplant.",
        [{"amount_eur": 2000, "cost_type": "other"}],
    ),
]


@pytest.mark.parametrize("case", CASES + ROWS, ids=[c.id for c in CASES + ROWS])
def test_cost_types_by_cue(case: Case) -> None:
    found = run(case.text)
    assert [c.amount_eur for c in found] == [e["amount_eur"] for e in case.expected]
    for cost, exp in zip(found, case.expected):
        assert {k: getattr(cost, k) for k in exp} == exp, case.text


def test_a_year_line_under_a_line_without_a_year_is_no_continuation() -> None:
    # the line above names no year: "2032: 6.000 €" continues no row of years, its label is not "Sachkosten"
    found = run(
        "Kosten\n"
        "Sachkosten (Räume, Druck):                   4.000,00 €\n"
        "                                     2032:   6.000,00 €\n"
        "Personalkosten (1 Stelle) jährlich:         70.000,00 €\n"
    )
    assert [(c.amount_eur, c.cost_type) for c in found if c.amount_eur != 6000] == [
        (4000, "material"),
        (70000, "personnel"),
    ]
    assert [c.cost_type for c in found if c.amount_eur == 6000] != ["material"]
