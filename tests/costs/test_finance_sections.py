"""costs: the type of each amount in the forms finance sections of council submissions take:
"Finanzielle Auswirkungen" boxes with ja/nein boxes and "davon" lines, grids of years under
"(in EUR)" or "in Tsd. EUR", Produktkonto and "Deckung" sentences, grant notices with their rate,
over- and unplanned outlays, "Mittel stehen … zur Verfügung", Verpflichtungsermächtigungen,
Eigenanteil and Folgekosten, staff costs per year, a fund's volume with three decimals before a
scale word, a raised Ansatz, donations and allocations, day rates (invented passages, each with
its amounts and types fixed before the readers were run on them); then the families their misses
showed, each with a negative.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.costs.test_costs import Case, run


@dataclass
class Passage:
    id: str
    text: str
    rows: list[tuple[int, str]]  # every amount and its type


def _types(text: str) -> dict[float, set[str]]:
    found: dict[float, set[str]] = {}
    for c in run(text):
        found.setdefault(c.amount_eur, set()).add(c.cost_type)
    return found


PASSAGES = [
    Passage(
        "p01_celle_ja_nein_box",
        "Finanzielle Auswirkungen:   [X] ja   [ ] nein\n"
        "Gesamtkosten der Maßnahme:             52.360,00 €\n"
        "davon externe Moderation:              41.650,00 €\n"
        "davon Sachkosten (Raummiete, Druck):   10.710,00 €\n"
        "Jährliche Folgekosten:                 keine\n"
        "Haushaltsmittel stehen zur Verfügung:  [X] ja   [ ] nein\n"
        "Produktkonto: 31.50.01 / 543100\n",
        [(52360, "total"), (41650, "external_support"), (10710, "material")],
    ),
    Passage(
        "p02_hof_ergebnishaushalt_grid",
        "Auswirkungen auf den Haushalt (in EUR)\n"
        "                              2025        2026        2027\n"
        "Ergebnishaushalt\n"
        "Aufwand                     28.000      31.000      31.000\n"
        "Ertrag (Landeszuweisung)    14.000      14.000      14.000\n"
        "Finanzhaushalt\n"
        "Auszahlung                  28.000      31.000      31.000\n"
        "Die Mittel sind im Haushaltsplan 2025/2026 beim Produkt 3.5.1 veranschlagt.\n",
        [(28000, "budget"), (31000, "budget"), (14000, "grant")],
    ),
    Passage(
        "p03_unna_produktkonto",
        "Die Kosten für die wissenschaftliche Begleitung in Höhe von 18.900 € werden aus dem\n"
        "Produktkonto 1.3.6.3.01.5291 (Sachverständigen-, Gerichts- und ähnliche Kosten) gedeckt.\n"
        "Für Dolmetscherleistungen bei den Bürgerdialogen sind 4.200 € eingeplant.\n",
        [(18900, "external_support"), (4200, "other")],
    ),
    Passage(
        "p04_gifhorn_ueberplanmaessig",
        "Deckung:\n"
        "Die überplanmäßige Aufwendung in Höhe von 9.750,00 € für das Projekt „Sprachcafé im\n"
        "Quartier“ wird durch Minderaufwendungen bei Produkt 3.1.5 (Leistungen nach dem\n"
        "Asylbewerberleistungsgesetz) gedeckt.\n",
        [(9750, "budget")],
    ),
    Passage(
        "p05_landshut_foerderquote",
        "Mit Zuwendungsbescheid vom 12.03.2025 hat das Bundesamt für Migration und Flüchtlinge\n"
        "eine Förderung von 75 % der zuwendungsfähigen Ausgaben von 64.000 € bewilligt, höchstens\n"
        "jedoch 48.000 €. Der Eigenanteil des Landkreises beträgt 16.000 € und ist im Haushalt 2025\n"
        "veranschlagt.\n",
        [(64000, "total"), (48000, "grant"), (16000, "budget")],
    ),
    Passage(
        "p06_wolfhagen_mittel_stehen",
        "Haushaltsrechtliche Auswirkungen:\n"
        "Mittel stehen unter der Haushaltsstelle 1.4700.6550 in Höhe von 25.000 € zur Verfügung.\n",
        [(25000, "budget")],
    ),
    Passage(
        "p07_weilheim_ve",
        "Für die Beauftragung eines externen Büros mit der Prozessbegleitung werden im Jahr 2025\n"
        "20.000 € benötigt. Im Haushaltsplan 2025 ist zudem eine Verpflichtungsermächtigung in Höhe\n"
        "von 15.000 € zu Lasten des Haushaltsjahres 2026 veranschlagt.\n",
        [(20000, "external_support"), (15000, "budget")],
    ),
    Passage(
        "p08_uelzen_eigenanteil_folgekosten",
        "Die Gesamtkosten des Projekts belaufen sich auf 86.400 €. Davon trägt das Land über das\n"
        "Programm „Integration vor Ort“ 90 %, das sind 77.760 €. Der Eigenanteil des Kreises von\n"
        "8.640 € wird aus dem Budget des Fachdienstes Soziales erbracht. Nach Ende der Förderung\n"
        "entstehen Folgekosten von jährlich ca. 12.000 €.\n",
        [(86400, "total"), (77760, "grant"), (8640, "budget"), (12000, "other")],
    ),
    Passage(
        "p09_eberswalde_personalkosten",
        "Für die Stelle der Integrationskoordination (E 11, 1,0 VZÄ) entstehen Personalkosten von\n"
        "rund 72.000 € jährlich. Sie werden zu 80 % aus Landesmitteln gefördert (57.600 € pro Jahr).\n",
        [(72000, "personnel"), (57600, "grant")],
    ),
    Passage(
        "p10_lahr_tsd_grid",
        "Finanzielle Auswirkungen (in Tsd. EUR)\n"
        "                             2025     2026     2027   gesamt\n"
        "Honorar Prozessbegleitung    12,5     18,0      4,5     35,0\n"
        "Veranstaltungen               3,0      3,0      2,0      8,0\n"
        "Summe                        15,5     21,0      6,5     43,5\n",
        [(35000, "external_support"), (8000, "material"), (43500, "total")],
    ),
    Passage(
        "p11_buxtehude_in_eur_grid",
        "Haushaltsmäßige Auswirkungen (in EUR):\n"
        "Haushaltsjahr                   2025        2026\n"
        "Aufwendungen                   9.800      12.400\n"
        "Erträge (Förderung Land)       7.350       9.300\n"
        "Eigenanteil                    2.450       3.100\n",
        [(9800, "budget"), (12400, "budget"), (7350, "grant"), (9300, "grant"), (2450, "other"), (3100, "other")],
    ),
    Passage(
        "p12_calw_mio_fonds",
        "Das Förderprogramm „Vielfalt vor Ort“ des Landes ist für die Jahre 2025 bis 2027 mit\n"
        "insgesamt 1,125 Mio. € ausgestattet; auf den Landkreis entfallen voraussichtlich 84.500 €.\n",
        [(1125000, "budget"), (84500, "grant")],
    ),
    Passage(
        "p13_dormagen_ansatz_erhoeht",
        "Der Ansatz für Zuschüsse an Migrantenorganisationen wurde im Haushalt 2026 von 15.000 €\n"
        "auf 22.500 € erhöht.\n",
        [(15000, "budget"), (22500, "budget")],
    ),
    Passage(
        "p14_sottrum_spende_zuweisung",
        "Die Bürgerstiftung hat für das Patenschaftsprojekt eine Spende von 3.000 € zugesagt.\n"
        "Zusätzlich erhält die Samtgemeinde eine Zuweisung des Landkreises aus der\n"
        "Integrationspauschale von 11.240 €.\n",
        [(3000, "grant"), (11240, "grant")],
    ),
    Passage(
        "p15_kehl_etat_alles_in_allem",
        "Für die Fortschreibung des Integrationskonzepts sind im Etat des Amtes für Soziales\n"
        "30.000 € vorgesehen. Alles in allem rechnet die Verwaltung mit Kosten von etwa 34.000 €;\n"
        "die Differenz wird durch Umschichtungen innerhalb des Budgets gedeckt.\n",
        [(30000, "budget"), (34000, "total")],
    ),
    Passage(
        "p16_meppen_kinderbetreuung",
        "Für Dolmetscherleistungen bei den Bürgerdialogen sind 4.800 € eingeplant, für die\n"
        "Kinderbetreuung während der Veranstaltungen weitere 1.500 €.\n",
        [(4800, "other"), (1500, "other")],
    ),
    Passage(
        "p17_bad_kreuznach_ausserplanmaessig",
        "Die Verwaltung beantragt eine außerplanmäßige Aufwendung von 14.280 € (brutto) für das\n"
        "Honorar der externen Moderatorin der Zukunftswerkstatt.\n",
        [(14280, "external_support")],
    ),
    Passage(
        "p18_ilmenau_checkbox_davon",
        "Finanzielle Auswirkungen\n"
        "☒ ja   ☐ nein\n"
        "Kosten insgesamt:                                          23.560 €\n"
        "davon Honorar Moderation Zukunftswerkstatt:                 6.000 €\n"
        "davon Personalkosten (anteilig Integrationsbeauftragte):   15.000 €\n"
        "davon Sachaufwand:                                          2.560 €\n"
        "Erträge von Dritten (Förderung Landesprogramm):            11.780 €\n"
        "Sachkonto: 52910000\n",
        [(23560, "total"), (6000, "external_support"), (15000, "personnel"), (2560, "material"), (11780, "grant")],
    ),
    Passage(
        "p19_wesel_tagessatz",
        "Das Institut für Sozialplanung bietet die Begleitung zu einem Tagessatz von 1.150 € netto\n"
        "an; bei acht Beratertagen ergibt sich ein Auftragswert von 10.948 € brutto.\n",
        [(1150, "external_support"), (10948, "external_support")],
    ),
    Passage(
        "p20_freital_jaehrlich_insgesamt",
        "Finanzielle Auswirkungen\n"
        "Für die Umsetzung der Maßnahmen des Aktionsplans werden jährlich 40.000 € benötigt, über die\n"
        "Laufzeit von drei Jahren insgesamt 120.000 €. Die Mittel für 2025 sind im Haushalt\n"
        "eingestellt, die Mittel für 2026 und 2027 werden zur Haushaltsplanung angemeldet.\n"
        "Auswirkungen auf den Stellenplan: keine\n",
        [(40000, "budget"), (120000, "total")],
    ),
]

# the passages whose type is still missed: what an allocation of interpreting or childcare is for
# (the purpose noun names no kind the vocabulary has as such: "Dolmetscherleistungen" reads as the
# material of an event), and a share of a Land's
# programme falling to the district ("auf den Landkreis entfallen …", typed as the programme's
# volume)
MISSED = {
    "p03_unna_produktkonto": 4200,
    "p12_calw_mio_fonds": 84500,
    "p16_meppen_kinderbetreuung": 4800,
}


def _passage_params() -> list[object]:
    out: list[object] = []
    for p in PASSAGES:
        for amount, kind in p.rows:
            marks = [pytest.mark.xfail(strict=True)] if MISSED.get(p.id) == amount else []
            if p.id == "p16_meppen_kinderbetreuung" and amount == 1500:
                marks = [pytest.mark.xfail(strict=True)]
            out.append(pytest.param(p, amount, kind, id=f"{p.id}-{amount}", marks=marks))
    return out


@pytest.mark.parametrize(("passage", "amount", "kind"), _passage_params())
def test_finance_passages(passage: Passage, amount: int, kind: str) -> None:
    """Every amount of a passage is read, and a row holding it has its type."""
    found = _types(passage.text)
    assert float(amount) in found, sorted(found)
    assert kind in found[float(amount)], found[float(amount)]


CASES = [
    # a row's words after the amount closing its line are the next row's
    Case(
        "a form's next line names the next amount, not this one",
        "Gesamtaufwand 2025–2026:          41.000,00 €\n"
        "  davon Moderation:               29.000,00 €\n"
        "  davon Veranstaltungen:          12.000,00 €\n"
        "  Förderung des Landes:           20.500,00 €\n",
        [
            {"amount_eur": 41000, "cost_type": "total"},
            {"amount_eur": 29000, "cost_type": "external_support"},
            {"amount_eur": 12000, "cost_type": "material"},
            {"amount_eur": 20500, "cost_type": "grant"},
        ],
    ),
    Case(
        "a purpose after an amount on its line still counts",
        "Im Haushalt sind 6.000 €\nfür Personalkosten eingeplant.",
        [{"amount_eur": 6000, "cost_type": "personnel"}],
    ),
    # a year's expense in the budget's plan is allotted; a yearly total elsewhere is not
    Case(
        "a year's expense in a grid of the budget is an allocation",
        "Auswirkungen auf den Haushalt (in EUR)\n"
        "                      2025        2026\n"
        "Aufwand             12.000      15.000\n",
        [{"amount_eur": 12000, "cost_type": "budget"}, {"amount_eur": 15000, "cost_type": "budget"}],
    ),
    Case(
        "a year's costs without the budget named stay other",
        "Kosten der Maßnahme (in EUR)\n"
        "                      2025        2026\n"
        "Aufwand             12.000      15.000\n",
        [{"amount_eur": 12000, "cost_type": "other"}, {"amount_eur": 15000, "cost_type": "other"}],
    ),
    # the adverb of the whole sums only its own clause
    Case(
        "a sum over years beside a yearly need is a total",
        "Für die Maßnahmen werden jährlich 20.000 € benötigt, über drei Jahre insgesamt 60.000 €.",
        [{"amount_eur": 20000, "cost_type": "budget"}, {"amount_eur": 60000, "cost_type": "total"}],
    ),
    Case(
        "a sum the allocation's verb closes is the allocation",
        "Für die Maßnahmen stehen insgesamt 60.000 € zur Verfügung.",
        [{"amount_eur": 60000, "cost_type": "budget"}],
    ),
    # the amount a share is of
    Case(
        "the costs a grant's rate is of are a total",
        "Bewilligt wurden 80 % der förderfähigen Ausgaben von 50.000 €, die Zuwendung beträgt also 40.000 €.",
        [{"amount_eur": 50000, "cost_type": "total"}, {"amount_eur": 40000, "cost_type": "grant"}],
    ),
    Case(
        "a share's amount after the rate stays a grant",
        "Die Förderung beträgt 80 % der förderfähigen Ausgaben, höchstens 40.000 €.",
        [{"amount_eur": 40000, "cost_type": "grant"}],
    ),
    # a Land that bears, refunds or funds
    Case(
        "the Land bears a share",
        "Die Kosten betragen 30.000 €. Davon trägt das Land 80 %, das sind 24.000 €.",
        [{"amount_eur": 30000, "cost_type": "total"}, {"amount_eur": 24000, "cost_type": "grant"}],
    ),
    Case(
        "a named Land funds the moderation",
        "Das Land Hessen fördert die Moderation mit 75 % (9.000,00 €).",
        [{"amount_eur": 9000, "cost_type": "grant"}],
    ),
    Case(
        "the Land that states something gives nothing",
        "Das Land stellt fest, dass die Moderation 9.000 € kostet.",
        [{"amount_eur": 9000, "cost_type": "external_support"}],
    ),
    # what each amount of an enumeration is for
    Case(
        "each amount takes the purpose after it",
        "Es entstehen Ausgaben von 20.000 €, davon 8.000 € für eine Stelle, 5.000 € für die Moderation und"
        " 7.000 € für Übersetzungen und Sachkosten.",
        [
            {"amount_eur": 20000, "cost_type": "total"},
            {"amount_eur": 5000, "cost_type": "external_support"},
            {"amount_eur": 7000, "cost_type": "material"},
        ],
    ),
    Case(
        "amounts for years share the verb after them",
        "Für das Projekt werden 500 € für 2019 und 700 € für 2020 bereitgestellt.",
        [{"amount_eur": 500, "cost_type": "budget"}, {"amount_eur": 700, "cost_type": "budget"}],
    ),
    Case(
        "the words in a total's brackets are its parts",
        "Die Gesamtkosten (Werkstätten, Dolmetschung, Druck) werden auf rund 24.000 € geschätzt.",
        [{"amount_eur": 24000, "cost_type": "total"}],
    ),
    Case(
        "a raised Ansatz for grants to others is an allocation, old and new",
        "Der Ansatz für Zuschüsse an Vereine wurde von 5.000 € auf 7.500 € erhöht.",
        [{"amount_eur": 5000, "cost_type": "budget"}, {"amount_eur": 7500, "cost_type": "budget"}],
    ),
    Case(
        "follow-up costs after a grant ends are other",
        "Nach Ende der Förderung entstehen Folgekosten von jährlich 9.000 €.",
        [{"amount_eur": 9000, "cost_type": "other"}],
    ),
    # an offer of an agent of support is a fee
    Case(
        "an institute's offer price is a fee",
        "Der Zuschlag soll auf das Angebot des Instituts für Sozialforschung zum Angebotspreis von 30.000 €"
        " erteilt werden.",
        [{"amount_eur": 30000, "cost_type": "external_support"}],
    ),
    Case(
        "an offer after the commission of an institute is a fee",
        "Mit der Moderation soll die Muster Institut GmbH beauftragt werden. Das Angebot beläuft sich auf 12.000 €.",
        [{"amount_eur": 12000, "cost_type": "external_support"}],
    ),
    Case(
        "a builder's offer is no fee",
        "Die Firma Bau GmbH hat das günstigste Angebot abgegeben. Das Angebot beläuft sich auf 12.000 €.",
        [{"amount_eur": 12000, "cost_type": "other"}],
    ),
    Case(
        "consultant days are a fee",
        "Bei acht Beratertagen ergibt sich ein Auftragswert von 9.200 €.",
        [{"amount_eur": 9200, "cost_type": "external_support"}],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_finance_families(case: Case) -> None:
    found = _types(case.text)
    for exp in case.expected:
        assert exp["cost_type"] in found[float(exp["amount_eur"])], (exp, found)
