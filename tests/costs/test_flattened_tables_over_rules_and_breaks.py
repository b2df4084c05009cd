"""costs: tables as a PDF's text layer gives them, their gaps closed to single spaces (invented examples):
a bill whose sums stand under its closing rule, the rule broken over two lines; a list of receipts under
one column of the currency, its rows wrapped over several lines and cut by a page break; a comparison of
two versions whose corner names the unit ("in € Ursprungsvorlage 1. Ergänzung Veränderung"), a change
written with a plus apart; a sum's shares by year with fewer cells than the grid has columns, placed
where they add up to the sum. And their near misses, which give nothing."""

from __future__ import annotations

from tests.costs.test_costs import run

RULE = "─" * 60 + "\n" + "─" * 16 + "\n"

BILL = (
    "Leistungsnachweis Nr. 3\n\n"
    "Datum Tätigkeit Std. Satz € Betrag €\n" + RULE + "02.05.27 Vorbereitung Werkstatt 4,0 90,00 360,00\n"
    "05.05.27 Moderation Werkstatt (ganztägig) 7,5 90,00 675,00\n" + RULE + "Summe 11,5 1.035,00\n"
    "zuzüglich 19 % Umsatzsteuer 196,65\n"
    "Rechnungsbetrag 1.231,65\n"
    "Stundenkonto: vereinbart 60,0 · verbraucht 11,5\n\n"
    "Die Rechnung ist sachlich richtig.\n"
)


def test_sums_under_a_closing_rule_broken_over_two_lines_are_read() -> None:
    amounts = [c.amount_eur for c in run(BILL)]
    assert {1035.0, 196.65, 1231.65} <= set(amounts)


RECEIPTS = (
    "Belegliste 2026\n"
    "Lfd. Beleg-Nr. Zahltag Empfänger Verwendungszweck Betrag €\n"
    + RULE
    + "1 2026-0017 12.02.2026 Druckhaus Berger GmbH, Plakate und Handzettel zum\n"
    "Stadtteilfest 1.309,00\n"
    "Neustadt (vier Sprachen)\n"
    "\f2 2026-0031 03.03.2026 Bürgerhaus Mitte Saalmiete Werkstatt\n"
    "08.03.2026 450,00\n"
    "3 2026-0044 20.03.2026 Büro Lindner & Partner Moderation zweier\n"
    "Werkstätten 6.545,00\n" + RULE + "Summe 8.304,00\n\n"
    "Der Rest wurde aus Eigenmitteln getragen.\n"
)


def test_rows_under_one_column_of_the_currency_go_on_over_wrapped_cells_and_a_page_break() -> None:
    assert [c.amount_eur for c in run(RECEIPTS)] == [1309.0, 450.0, 6545.0, 8304.0]


def test_a_header_of_one_currency_column_needs_heads_of_columns_before_it() -> None:
    # a line of prose ending in a word and the currency heads no table
    text = "Zur Finanzierung und Bewertung beantragt die Verwaltung einen Betrag €\nPlakate 1.309,00\n\n"
    assert run(text) == []


VERSIONS = (
    "5. Finanzielle Auswirkungen\n"
    "in € Ursprungsvorlage 1. Ergänzung Veränderung\n"
    "──────────── ──────────── ────────────\n"
    "Prozessbegleitung 12.000,00 14.380,00 + 2.380,00\n"
    "Übersetzung 3.000,00 3.000,00 0,00\n"
    "Summe 15.000,00 17.380,00 + 2.380,00\n\n"
    "Der Mehrbedarf wird im Produkt gedeckt.\n"
)


def test_a_comparison_of_versions_under_a_corner_of_the_unit_is_read() -> None:
    amounts = {c.amount_eur for c in run(VERSIONS)}
    assert amounts == {12000.0, 14380.0, 2380.0, 3000.0, 15000.0, 17380.0}


def test_a_line_opening_with_the_unit_and_holding_a_number_heads_no_table() -> None:
    text = "in € ausgedrückt betragen die Mittel 2.000,00 insgesamt\nVerwaltung 1.000,00 1.000,00\n\n"
    assert 1000.0 not in {c.amount_eur for c in run(text)}


SHARES = (
    "Kosten- und Finanzierungsübersicht\n"
    "Beträge in Tsd. EUR\n\n"
    "Nr. Maßnahme bis 2026 2027 2028 gesamt\n"
    "1 Quartiersmanagement 120,0 40,0 40,0 200,0\n"
    "2 Platzgestaltung 30,0 90,0 – 120,0\n"
    "Summe 150,0 130,0 40,0 320,0\n"
    "davon Bund (1/3) 43,3 13,3\n"
    "davon Land (2/3) 86,7 26,7\n\n"
)


def test_shares_of_a_sum_with_fewer_cells_stand_where_they_add_up() -> None:
    found = {(c.amount_eur, c.fiscal_year) for c in run(SHARES)}
    assert {(43300.0, 2027), (13300.0, 2028), (86700.0, 2027), (26700.0, 2028)} <= found


def test_shares_that_add_up_nowhere_are_not_placed() -> None:
    text = SHARES.replace("davon Land (2/3) 86,7 26,7", "davon Land (2/3) 80,0 20,0")
    amounts = {c.amount_eur for c in run(text)}
    assert not {43300.0, 13300.0, 80000.0, 20000.0} & amounts
