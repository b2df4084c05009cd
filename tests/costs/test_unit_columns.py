"""costs: a table cut at gaps whose header cells name a word and the currency ("netto €",
"brutto €"): the numbers of its rows under such a cell are amounts, an income's minus no part
of one, and the product code opening the row under the header's last "€" is none (invented
examples)."""

from __future__ import annotations

from tests.costs.test_costs import run

TABLE = (
    "4. Finanzierung\n\n"
    "    Haushaltsstelle        Zweck                                   netto €      brutto €\n"
    "    3.110.02 / 5431000     Honorar Begleitung Sozialraumkonferenz    8.000,00     9.520,00\n"
    "    3.110.02 / 5431500     Raummiete und Verpflegung                 1.200,00     1.428,00\n"
    "                           Summe Ausgaben                                        10.948,00\n"
    "    3.110.02 / 4140000     Zuweisung Bund (Ertrag)                               -4.000,00\n"
    "\n"
    "Der Betrag ist im Haushalt eingeplant.\n"
)


def test_numbers_under_a_net_and_a_gross_column_are_read() -> None:
    found = run(TABLE)
    assert [c.amount_eur for c in found] == [8000, 9520, 1200, 1428, 10948, 4000]
    assert [c.cost_type for c in found[:5]] == ["external_support", "external_support", "material", "material", "total"]


def test_a_product_code_under_the_header_currency_is_no_amount() -> None:
    assert 3110 not in [c.amount_eur for c in run(TABLE)]


def test_a_currency_word_in_prose_heads_no_column() -> None:
    # a sentence that ends in "Euro" before a row of numbers is no header
    found = run("Die Teilnahme kostet fünf Euro\n    Anmeldungen bis     1.234,00\n")
    assert [c.amount_eur for c in found] == []


FLATTENED = (
    "4. Finanzierung\n\n"
    "Haushaltsstelle Zweck netto € brutto €\n"
    "3.110.02 / 5431000 Honorar Begleitung Sozialraumkonferenz 8.000,00\n"
    "9.520,00\n"
    "3.110.02 / 5431500 Raummiete und Verpflegung 1.200,00 1.428,00\n"
    "3.110.02 / 4140000 Zuweisung Bund (Ertrag) -4.000,00\n"
    "\n"
    "Der Betrag ist im Haushalt eingeplant.\n"
)


def test_numbers_ending_the_rows_of_a_flattened_unit_table_are_read() -> None:
    found = run(FLATTENED)
    assert [c.amount_eur for c in found] == [8000, 9520, 1200, 1428, 4000]
    assert [c.cost_type for c in found if c.amount_eur == 1428] == ["material"]


def test_columns_in_millions_give_no_euros_as_they_stand() -> None:
    # a budget report's columns headed by a scale and the currency, gaps closed or kept: its figures are
    # millions, and read as euros they would be wrong by a factor of a million
    for sep in (" ", "   "):
        head = sep.join(["Ergebnis", "Ansatz", "Abweichung"]) + "\n" + sep.join(["Mio EUR"] * 3) + "\n"
        rows = sep.join(["Erträge aus der Finanzrechnung", "612,40", "598,15", "14,25"]) + "\n"
        assert [c.amount_eur for c in run("5. Haushalt\n\n" + head + rows + "\n")] == []
