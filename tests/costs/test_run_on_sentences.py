"""costs: the sentence of an amount where the text breaks it: a line ending in a function word runs on
into the next, a sentence cut inside a bracket goes on after it, the piece a title's period cut off
belongs to the sentence before; a sum's row under a rule, a row's span of years, an adverb of the
whole after a yearly fee, a year's amount under a line naming the budget's plan (invented examples)."""

from __future__ import annotations

import pytest

from tests.costs.test_costs import Case
from tests.costs.test_prose_kinds import run
from tests.costs.test_prose_kinds import test_prose_kinds as check

CASES = [
    Case(
        "a line ending in a preposition runs on into the amount's line",
        "Für die Moderation der Foren wurden drei Angebote eingeholt. Günstigstes Angebot: Büro für\n"
        "Dialog Musterstadt, Inhaberin A. Beispiel, mit 12.000,00 € netto bzw. 14.280,00 € brutto.\n",
        [
            {"amount_eur": 12000, "cost_type": "external_support"},
            {"amount_eur": 14280, "cost_type": "external_support"},
        ],
    ),
    Case(
        "a lot's support named lines above the amount, the lines ending in 'und' and 'von'",
        "Die Leistungen wurden ausgeschrieben. Los 1 (Prozessmoderation und\n"
        "Dokumentation): Zuschlag an die Beispiel eG, Musterstadt, mit einer Angebotssumme von\n"
        "50.000,00 EUR brutto.\n",
        [{"amount_eur": 50000, "cost_type": "external_support"}],
    ),
    Case(
        "a line ending in a full stop does not run on",
        "Die Sanierung der Turnhalle ist beauftragt. Zuschlag an die Beispiel GmbH\nmit 50.000,00 EUR brutto.\n",
        [{"amount_eur": 50000, "cost_type": "other"}],
    ),
    Case(
        "a row's label with an abbreviation in brackets stays the row's",
        "Kosten\n\n    Prozessbegleitung (Festpreis, inkl. USt.)            EUR  18.000,00\n"
        "    Druck                                                EUR   2.000,00\n",
        [
            {"amount_eur": 18000, "cost_type": "external_support"},
            {"amount_eur": 2000, "cost_type": "material"},
        ],
    ),
    Case(
        "an offer after a support taken on by a person whose title a period cut off",
        "Die Begleitung übernimmt dort Dipl.-Soz. Anna Beispiel. Das Angebot beläuft sich auf 20.000,00 EUR brutto.",
        [{"amount_eur": 20000, "cost_type": "external_support"}],
    ),
    Case(
        "an offer after a person named behind a title's period is a fee",
        "Die Moderation soll das Büro Beispiel übernehmen; zuständig ist dort Frau Dipl.-Geogr. Eva Muster."
        " Grundlage ist ihr Angebot zum Festpreis von EUR 9.000,00 einschließlich Umsatzsteuer.",
        [{"amount_eur": 9000, "cost_type": "external_support"}],
    ),
    Case(
        "a line going on with a preposition is the amount's sentence",
        "Für das Konzept sind in den Haushaltsjahren 2027 und 2028 jeweils 4.000,00 €\n"
        "im Produkt 3.1.5.1 eingestellt, zusammen 8.000,00 €.\n",
        [{"amount_eur": 4000, "cost_type": "budget"}, {"amount_eur": 8000}],
    ),
    Case(
        "a form's next row after an amount closing its line is the next amount's",
        "Gesamtkosten: 10.000,00 €\ndavon Honorar: 6.000,00 €\n",
        [{"amount_eur": 10000, "cost_type": "total"}, {"amount_eur": 6000, "cost_type": "external_support"}],
    ),
    Case(
        "a sum's row under a rule of dashes is a total",
        "Kosten\n    Moderation                    € 3.000\n    Druck                         € 1.000\n"
        "    ---------------------------------------\n    zusammen                      € 4.000\n",
        [
            {"amount_eur": 3000, "cost_type": "external_support"},
            {"amount_eur": 1000, "cost_type": "material"},
            {"amount_eur": 4000, "cost_type": "total"},
        ],
    ),
    Case(
        "the whole after a yearly fee sums the fee's years",
        "Ihr Honorar beträgt 6.000 € je Jahr (umsatzsteuerfrei), insgesamt 18.000 €.",
        [{"amount_eur": 6000, "cost_type": "external_support"}, {"amount_eur": 18000, "cost_type": "external_support"}],
    ),
    Case(
        "the whole of a net fee per year sums the fee",
        "Die Stadt schließt einen Honorarvertrag über 5.000 EUR netto je Jahr, insgesamt 15.000 EUR netto.",
        [{"amount_eur": 5000, "cost_type": "external_support"}, {"amount_eur": 15000, "cost_type": "external_support"}],
    ),
    Case(
        "the whole after costs without a rate stays a total",
        "Das Honorar beträgt 6.000 €, die Kosten insgesamt 18.000 €.",
        [{"amount_eur": 6000, "cost_type": "external_support"}, {"amount_eur": 18000, "cost_type": "total"}],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_run_on_sentences(case: Case) -> None:
    check(case)


def test_a_row_naming_a_span_of_years_has_no_column_year() -> None:
    """A grid row whose label names a span of years is the span's total, not its column year's."""
    text = (
        "Kosten- und Finanzierungsplan\n\n"
        "  Position                                       2027           2028\n"
        "  Werkstätten, Raummiete, Verpflegung           € 4.200        € 3.800\n"
        "  Summe                                         € 4.200        € 3.800\n\n"
        "  Gesamtaufwand 2027/2028:                                     € 8.000\n"
    )
    total = [c for c in run(text) if c.amount_eur == 8000]
    assert [(c.cost_type, c.fiscal_year) for c in total] == [("total", None)]


def test_a_label_glued_to_its_first_amount_types_the_row() -> None:
    """A grid row whose label stands one space before its first amount keeps its label: the cut-off
    compound "Dolmetsch- und Übersetzungsleistungen" is material, over the caption's allocation."""
    text = (
        "Die Kosten werden im Teilhaushalt 50 wie folgt eingeplant:\n\n"
        "                                              2027         2028         Summe\n"
        "   Raummieten und Verpflegung            2,4 Tsd. €   4,8 Tsd. €    7,2 Tsd. €\n"
        "   Dolmetsch- und Übersetzungsleistungen 1,6 Tsd. €   3,9 Tsd. €    5,5 Tsd. €\n"
    )
    kinds = {c.amount_eur: c.cost_type for c in run(text)}
    assert [kinds.get(a) for a in (1600, 3900, 5500)] == ["material"] * 3


GIVERS = [
    Case(
        "funds of a higher authority are a grant",
        "Finanzierung aus Kapitel 3700; davon 9.000,00 € aus Mitteln der Senatsverwaltung für das Programm.",
        [{"amount_eur": 9000, "cost_type": "grant"}],
    ),
    Case(
        "the Land's funds with the verb that makes them available are a grant",
        "Aus Landesmitteln stehen 12.500 € bereit.",
        [{"amount_eur": 12500, "cost_type": "grant"}],
    ),
    Case(
        "a note's adverb before its colon points back at no money: a fee after a sentence on grants",
        "Die Agentur hat die Beantragung der Fördermittel übernommen. Hinweis dazu: Die\n"
        "Agentur erhält als pauschale Vergütung je Antrag 480,00 €.",
        [{"amount_eur": 480, "cost_type": "other"}],
    ),
]


@pytest.mark.parametrize("case", GIVERS, ids=[c.id for c in GIVERS])
def test_givers(case: Case) -> None:
    check(case)


PLAN_LINES = [
    Case(
        "a year's expense under a line naming the product is an allocation",
        "Finanzielle Auswirkungen:\nJa. Teilhaushalt 50, Produkt 31.50.02 Integration\n"
        "Aufwand 2025: 48.000,00 EUR\nAufwand 2026: 62.000,00 EUR\n",
        [{"amount_eur": 48000, "cost_type": "budget"}, {"amount_eur": 62000, "cost_type": "budget"}],
    ),
    Case(
        "a year's amount under a box's label of the plan is an allocation",
        "4. Finanzielle Auswirkungen\n[X] Aufwand im Ergebnishaushalt\n"
        "    Haushaltsjahr 2025: 18.500,00 €       Haushaltsjahr 2026: 24.000,00 €\n",
        [{"amount_eur": 18500, "cost_type": "budget"}, {"amount_eur": 24000, "cost_type": "budget"}],
    ),
    Case(
        "a year's costs without the plan named above stay costs",
        "4. Finanzielle Auswirkungen\nKosten 2025: 9.100,00 €\n",
        [{"amount_eur": 9100, "cost_type": "total"}],
    ),
]


@pytest.mark.parametrize("case", PLAN_LINES, ids=[c.id for c in PLAN_LINES])
def test_plan_lines(case: Case) -> None:
    check(case)
