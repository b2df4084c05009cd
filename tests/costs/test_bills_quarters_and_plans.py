"""costs: forms of accounts whose cells' kinds carry the money where a PDF's text layer closed their gaps to
single spaces (invented examples, each set with gaps and flattened):

- a bill of quantities ("Pos. / Leistung / Menge / Einheit / EP / GP") and an order's positions ("Menge / ME /
  Preis je ME / Wert netto", no currency named): each price the quantity times the unit price, the sums under
  them where they add up; not read where the products do not check or one position stands alone;
- a schedule of payments by quarter ("III/2027  IV/2027  I/2028  gesamt"): the quarters are columns of years;
- an account of a product's plan and result whose incomes stand in brackets ("(10.200)"), rules of box lines;
- a grant application's financing plan with the positions' outline numbers ("1.2.1") and a column of shares
  ("Anteil"), under the sentence that names it: numbers with cents; not under a sentence naming no money;
- a financing plan's column under the currency alone ("… 2027      Euro"): the year is the caption's, no amount.
"""

from __future__ import annotations

import pytest

from tests.costs.test_costs import run


def flattened(text: str) -> str:
    """The text as a PDF's text layer gives it back: one space for every gap."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


BILL = """6. Kosten

Kostenaufstellung Sprachcafé und Elternabende 2028

  Pos.  Leistung                                  Menge  Einheit       EP in €      GP in €
  ────  ────────────────────────────────────────  ─────  ────────  ───────────  ───────────
  1     Moderation Elternabende                       3  Abend          650,00     1.950,00
        (einschl. Vorbereitung)
  2     Dolmetschleistungen (Arabisch, Farsi)        16  Std.            68,00     1.088,00
  3     Druck Einladungsflyer                     2.500  Stück            0,12       300,00
  4     Raummiete Bürgerhaus                          1  pauschal       420,00       420,00
                                                             Summe netto          3.758,00
                                                             zzgl. 19 % USt.        714,02
                                                             Summe brutto         4.472,02

Die Mittel stehen im Budget des Amtes zur Verfügung.
"""

ORDER = """Bestellanforderung 20077310                                angelegt: 02.02.2028
Kreditor        400211  Brückenwerk Moderation GmbH
Angebot         vom 20.01.2028

  Pos.  Kurztext                                   Menge  ME    Preis je ME     Wert netto
  0010  Werkstätten Quartier (Vorbereitung und        5   TAG        950,00       4.750,00
        Durchführung)
  0020  Ergebnisbericht                               1   PAU      1.800,00       1.800,00
                                                           Summe netto            6.550,00
                                                           Umsatzsteuer 19 %      1.244,50
                                                           Gesamtwert brutto      7.794,50
"""


@pytest.mark.parametrize("shape", [str, flattened], ids=["gaps", "flattened"])
def test_a_bill_of_quantities(shape: object) -> None:
    got = {(c.amount_eur, c.cost_type) for c in run(shape(BILL))}  # type: ignore[operator]
    assert {a for a, _ in got} >= {1950.0, 1088.0, 300.0, 420.0, 3758.0, 714.02, 4472.02}
    assert (1950.0, "external_support") in got and (300.0, "material") in got and (1088.0, "material") in got
    assert (3758.0, "total") in got and (4472.02, "total") in got


@pytest.mark.parametrize("shape", [str, flattened], ids=["gaps", "flattened"])
def test_an_orders_positions_without_a_currency(shape: object) -> None:
    """The order's head names the support (the creditor a moderation's firm): its positions and sums are a fee."""
    got = {(c.amount_eur, c.cost_type) for c in run(shape(ORDER))}  # type: ignore[operator]
    assert {a for a, _ in got} == {950.0, 4750.0, 1800.0, 6550.0, 1244.5, 7794.5}
    assert all(kind == "external_support" for _, kind in got)


@pytest.mark.parametrize("shape", [str, flattened], ids=["gaps", "flattened"])
def test_no_bill_where_the_products_do_not_check(shape: object) -> None:
    """A table of counts and rates whose last number is no product of the two before it, or a position alone."""
    wrong = ORDER.replace("4.750,00", "4.705,00").replace("Wert netto", "Stunden")
    assert run(shape(wrong)) == []  # type: ignore[operator]
    alone = ORDER.split("  0020")[0]
    assert run(shape(alone)) == []  # type: ignore[operator]


QUARTERS = """6. Finanzielle Auswirkungen
Die Mittel fließen voraussichtlich wie folgt ab:

  Mittelabfluss in €           III/2027     IV/2027      I/2028       gesamt
  ──────────────────────────  ──────────  ──────────  ──────────  ───────────
  Prozessbegleitung            8.330,00    9.520,00    4.760,00    22.610,00
  Fachtage (Raum, Technik,     2.100,00           –    1.400,00     3.500,00
  Verpflegung)
  ──────────────────────────  ──────────  ──────────  ──────────  ───────────
  Summe                       10.430,00    9.520,00    6.160,00    26.110,00
"""


@pytest.mark.parametrize("shape", [str, flattened], ids=["gaps", "flattened"])
def test_a_schedule_of_payments_by_quarter(shape: object) -> None:
    got = {(c.amount_eur, c.fiscal_year) for c in run(shape(QUARTERS))}  # type: ignore[operator]
    assert {a for a, _ in got} == {8330.0, 9520.0, 4760.0, 22610.0, 2100.0, 1400.0, 3500.0, 10430.0, 6160.0, 26110.0}
    assert (8330.0, 2027) in got and (4760.0, 2028) in got


def test_no_quarters_without_a_unit() -> None:
    assert (
        run(
            flattened(
                QUARTERS.replace("Mittelabfluss in €", "Teilnehmende").replace("Finanzielle Auswirkungen", "Zeitplan")
            )
        )
        == []
    )


ACCOUNT = """  Produkt 3.6.1.0 – Integrationsarbeit                        Beträge in Euro
                                              Ansatz        Ist         Ansatz
                                              2026          2026        2027
  ────────────────────────────────────────    ─────────     ─────────   ─────────
  Honorare Werkstätten                          6.000         5.480       6.500
  Sachaufwand Veranstaltungen                   2.000         1.920       2.500
  ────────────────────────────────────────    ─────────     ─────────   ─────────
  Aufwand gesamt                                8.000         7.400       9.000
  Zuweisung Land (50 %)                        (4.000)       (3.700)     (4.500)
  ────────────────────────────────────────    ─────────     ─────────   ─────────
  Nettoaufwand                                  4.000         3.700       4.500

  Erträge sind in Klammern angegeben.
"""


@pytest.mark.parametrize("shape", [str, flattened], ids=["gaps", "flattened"])
def test_incomes_in_brackets_in_an_account_of_plan_and_result(shape: object) -> None:
    got = {(c.amount_eur, c.cost_type) for c in run(shape(ACCOUNT))}  # type: ignore[operator]
    amounts = {a for a, _ in got}
    assert {6000.0, 5480.0, 6500.0, 8000.0, 7400.0, 9000.0, 4000.0, 3700.0, 4500.0} <= amounts
    assert (3700.0, "grant") in got and (5480.0, "external_support") in got


PLAN = """Der Finanzierungsplan des Antrags sieht
vor:

  Nr.     Position                                     2028          2029      Anteil
  ─────   ───────────────────────────────────   ───────────   ───────────   ─────────
  1       Ausgaben
  1.1     Personalausgaben (0,5 Stelle)           24.600,00     25.300,00
  1.2     Sachausgaben
  1.2.1     Moderation Fachforen                   6.200,00      4.100,00
  1.3     Gesamtausgaben                          30.800,00     29.400,00     100 %
  2       Finanzierung
  2.1     Eigenmittel der Gemeinde                12.320,00     11.760,00      40 %
  2.2     beantragte Zuwendung                    18.480,00     17.640,00      60 %

Die Eigenmittel sind im Haushalt veranschlagt.
"""


@pytest.mark.parametrize("shape", [str, flattened], ids=["gaps", "flattened"])
def test_a_financing_plan_of_numbered_positions_with_shares(shape: object) -> None:
    got = {(c.amount_eur, c.cost_type, c.fiscal_year) for c in run(shape(PLAN))}  # type: ignore[operator]
    assert {a for a, _, _ in got} == {
        *(24600.0, 25300.0, 6200.0, 4100.0, 30800.0, 29400.0),
        *(12320.0, 11760.0, 18480.0, 17640.0),
    }
    assert (24600.0, "personnel", 2028) in got and (17640.0, "grant", 2029) in got
    assert (6200.0, "external_support", 2028) in got


@pytest.mark.parametrize("shape", [str, flattened], ids=["gaps", "flattened"])
def test_no_plan_under_a_sentence_naming_no_money(shape: object) -> None:
    assert run(shape(PLAN.replace("Finanzierungsplan des Antrags", "Stundenplan des Kurses"))) == []  # type: ignore[operator]


COLUMN = """Für das Förderjahr 2028 ergibt sich folgender Finanzierungsplan:

  Finanzierungsplan Netzwerk Vielfalt 2028                          Euro
  ─────────────────────────────────────────────────────────  ──────────
  A  Ausgaben
     A1  Koordinierung (Personal 0,5 VZÄ)                        31.000
     A2  Öffentlichkeitsarbeit, Veranstaltungen                   6.000
         Summe Ausgaben                                          37.000
  E  Einnahmen
     E1  Landesmittel (beantragt)                                29.600
     E2  Eigenmittel Landkreis                                    7.400
         Summe Einnahmen                                         37.000
"""


@pytest.mark.parametrize("shape", [str, flattened], ids=["gaps", "flattened"])
def test_a_column_under_the_currency_alone(shape: object) -> None:
    got = {(c.amount_eur, c.cost_type) for c in run(shape(COLUMN))}  # type: ignore[operator]
    assert {a for a, _ in got} == {31000.0, 6000.0, 37000.0, 29600.0, 7400.0}  # no 2.028 euros
    assert (29600.0, "grant") in got and (6000.0, "material") in got and (37000.0, "total") in got


def test_no_column_where_the_numbers_stand_elsewhere() -> None:
    """Numbers ending far from the currency set over the column are no cells of it."""
    shifted = COLUMN.replace("                        31.000", "     31.000                   ")
    assert not {31000.0, 2028.0} & {c.amount_eur for c in run(shifted)}
    assert 2028.0 not in {c.amount_eur for c in run(COLUMN.split("  ─")[0])}  # the header alone: its year no amount


SCHEDULE = """Der Bescheid sieht folgende Auszahlung vor:

    Auszahlungsplan nach Nr. 5 der Nebenbestimmungen zum Zuwendungsbescheid

    1. Teilbetrag   auf Mittelabruf, frühestens zum 01.03.2028           15.000,00 €
    2. Teilbetrag   nach Prüfung des Verwendungsnachweises               15.000,00 €

Die Mittel sind im Haushalt eingeplant.
"""

FEES = """     Zahlungsplan zum Moderationsvertrag vom 10.01.2028
     Rate   fällig nach                                               Betrag (brutto)
     ────   ───────────────────────────────────────────────────────   ───────────────
     1      Auftaktwerkstatt                                                 2.380,00 €
     2      Abschlussbericht                                                 1.785,00 €
"""


def test_a_schedules_caption_types_its_rows() -> None:
    """The instalments of a grant, the rates of a moderation's fee: the caption over the rows names what they are."""
    assert {(c.amount_eur, c.cost_type) for c in run(SCHEDULE)} == {(15000.0, "grant")}
    assert {(c.amount_eur, c.cost_type) for c in run(FEES)} == {
        (2380.0, "external_support"),
        (1785.0, "external_support"),
    }


def test_no_schedule_under_prose() -> None:
    """A sentence ending over the rows is no caption: its words type no row."""
    prose = SCHEDULE.replace(
        "Auszahlungsplan nach Nr. 5 der Nebenbestimmungen zum Zuwendungsbescheid", "Der Bescheid liegt vor."
    )
    assert "grant" not in {c.cost_type for c in run(prose)}
