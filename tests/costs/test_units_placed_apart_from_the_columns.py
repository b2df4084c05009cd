"""costs: tables whose unit stands apart from their columns, as a text export and a PDF's text layer give
them (invented examples): a bar table whose padding was closed ("| Maßnahme | Euro |"), a form's two
columns "Bezeichnung: Betrag in Euro:" flattened, the unit on a line of its own under a header of years
("in Tsd. EUR"), the sign before each cell's number ("€ 4.200 € 3.800"), a remark in brackets on a line
of its own under a row, and rows of a grid of kinds each ending in the currency ("2027 9.520,00 2.000,00
11.520,00 EUR"). And their near misses, which give nothing."""

from __future__ import annotations

from tests.costs.test_costs import run


def amounts(text: str) -> set[float]:
    return {c.amount_eur for c in run(text)}


BARS = (
    "5. Kosten\n\n"
    "+------------------------------------------+------------+\n"
    "| Maßnahme (Haushaltsjahr 2028) | Euro |\n"
    "+------------------------------------------+------------+\n"
    "| Sonnensegel für zwei Spielplätze | 12.400,00 |\n"
    "| Beratung und Öffentlichkeitsarbeit | 3.600,00 |\n"
    "+------------------------------------------+------------+\n"
    "| Gesamt | 16.000,00 |\n"
    "+------------------------------------------+------------+\n\n"
)


def test_a_bar_table_with_its_padding_closed_is_read_by_its_cells_order() -> None:
    assert amounts(BARS) == {12400.0, 3600.0, 16000.0}


def test_a_bar_table_under_a_cell_naming_no_currency_gives_nothing() -> None:
    assert amounts(BARS.replace("| Euro |", "| Stück |")) == set()


FORM = (
    "Finanzielle Auswirkungen:\n"
    "Bezeichnung: Betrag in Euro:\n"
    "Ausgaben / Gesamtkosten:\n"
    "Moderation der Werkstätten 2027–2028 18.000\n"
    "Druck und Übersetzungen 4.000\n"
    "Summe 22.000\n"
    "Einnahmen:\n"
    "Zuwendung des Landes 11.000\n"
    "Folgekosten:\n"
    "keine\n\n"
)


def test_a_flattened_form_of_two_columns_under_a_unit_cell() -> None:
    found = {c.amount_eur: c.cost_type for c in run(FORM)}
    assert found == {18000.0: "external_support", 4000.0: "material", 22000.0: "total", 11000.0: "grant"}


def test_a_line_of_prose_ending_in_the_unit_heads_no_form() -> None:
    text = FORM.replace("Bezeichnung: Betrag in Euro:", "Die Verwaltung beziffert die Kosten in Euro:")
    assert not {18000.0, 4000.0, 11000.0} & amounts(text)


UNIT_UNDER = (
    "Finanzielle Auswirkungen\n\n"
    "2027 2028 Summe\n"
    "in Tsd. EUR\n"
    "Externe Moderation 12,4 12,4 24,8\n"
    "Gesamt 12,4 12,4 24,8\n\n"
)


def test_the_unit_on_a_line_under_a_flattened_header_of_years() -> None:
    found = {(c.amount_eur, c.fiscal_year) for c in run(UNIT_UNDER)}
    assert {(12400.0, 2027), (12400.0, 2028), (24800.0, None)} <= found


def test_a_line_under_the_years_naming_other_units_gives_nothing() -> None:
    assert amounts(UNIT_UNDER.replace("in Tsd. EUR", "in Stunden")) == set()


def test_signs_before_each_cells_number_a_space_apart() -> None:
    text = "Kostenplan\nPosition 2027 2028\nRaummiete und Verpflegung € 4.200 € 3.800\nSumme € 4.200 € 3.800\n\n"
    assert {4200.0, 3800.0} <= amounts(text)


REMARK = (
    "Kostenübersicht (Beträge in Euro)\n\n"
    "Produkt Bezeichnung 2027 2028 Summe\n"
    "31.50 Moderation Werkstätten 9.800 – 9.800\n"
    "31.50 Zuweisung des Landes 6.000 – 6.000\n"
    "(Förderprogramm Teilhabe)\n"
    "Eigenanteil der Stadt 3.800 – 3.800\n\n"
)


def test_a_remark_in_brackets_under_a_flattened_row_goes_on_its_label() -> None:
    assert 3800.0 in amounts(REMARK)


KINDS = (
    "Finanzielle Auswirkungen:\n"
    "  Jahr     Moderation     Sachkosten    zusammen\n"
    "  2027      8.330,00       1.500,00      9.830,00 EUR\n"
    "  2028     14.280,00       2.700,00     16.980,00 EUR\n\n"
)


def test_rows_of_a_grid_of_kinds_each_ending_in_the_currency() -> None:
    found = {(c.amount_eur, c.cost_type, c.fiscal_year) for c in run(KINDS)}
    assert {(8330.0, "external_support", 2027), (1500.0, "material", 2027), (2700.0, "material", 2028)} <= found


def test_rows_whose_currency_ends_one_row_only_are_no_such_grid() -> None:
    text = KINDS.replace("16.980,00 EUR", "16.980,00")
    assert not {8330.0, 1500.0} & amounts(text)
