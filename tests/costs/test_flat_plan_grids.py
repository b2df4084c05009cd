"""A grid of years flattened into single spaces whose header gives every year the plan's word
("Nr. Handlungsfeld Ansatz 2027 Ansatz 2028") and whose cells carry the currency ("38.500 € 41.000 €"),
a row's label wrapped onto the line under it, a rule of dashes under each column: each amount the
plan's allocation of its column's year; a sum's shares by year with a blank line between the rows; a
programme named by its letters a grant's giver; and the near misses that stay as they were (invented
examples)."""

from __future__ import annotations

from tests.costs.test_costs import run

GRID = (
    "2. Mittelverteilung\n"
    "Die Mittel des Programms werden wie folgt verteilt:\n\n"
    "{header}\n\n"
    "--- ---------------------------------- ------------- -------------\n"
    "1 Ankommen und Orientierung 21.500 € 23.000 €\n"
    "2 Nachbarschaft und Begegnung in den 11.000 € 11.000 €\n\n"
    "Ortsteilen\n"
    "3 Sprache und frühe Bildung 7.400 € 8.100 €\n"
    "--- ---------------------------------- ------------- -------------\n\n"
    "Summe 39.900 € 42.100 €\n\n"
    "Die Ansätze sind im Teilhaushalt 4 veranschlagt.\n"
)


def _rows(text: str) -> list[tuple[float, str, int | None]]:
    return sorted((c.amount_eur, c.cost_type, c.fiscal_year) for c in run(text))


def test_a_flattened_grid_with_a_plan_word_over_every_year() -> None:
    rows = _rows(GRID.format(header="Nr. Handlungsfeld Ansatz 2027 Ansatz 2028"))
    assert (21500.0, "budget", 2027) in rows
    assert (23000.0, "budget", 2028) in rows
    assert (7400.0, "budget", 2027) in rows  # under the wrapped label of the row above
    assert (8100.0, "budget", 2028) in rows
    assert [(t, y) for a, t, y in rows if a == 11000.0] == [("budget", 2027), ("budget", 2028)]
    assert (39900.0, "total", 2027) in rows


def test_different_words_over_the_years_are_no_plan_header() -> None:
    """ "Ansatz 2027 Ist 2028" names two kinds of figure: the columns are not one plan's years."""
    rows = _rows(GRID.format(header="Nr. Handlungsfeld Ansatz 2027 Ist 2028"))
    assert (21500.0, "budget", 2027) not in rows
    assert (23000.0, "budget", 2028) not in rows


def test_a_row_whose_label_ends_whole_takes_no_line_of_words_under_it() -> None:
    """A line of words under a row whose label ends in a noun is no part of it: the grid ends there."""
    text = GRID.format(header="Nr. Handlungsfeld Ansatz 2027 Ansatz 2028").replace(
        "Begegnung in den 11.000", "Begegnung 11.000"
    )
    rows = _rows(text)
    assert (21500.0, "budget", 2027) in rows
    assert (7400.0, "budget", 2027) not in rows


def test_shares_by_year_with_a_blank_line_between_them() -> None:
    text = (
        "Für die Werkstätten entstehen folgende Kosten:\n\n"
        "Kosten insgesamt EUR 18.400\n"
        "davon 2027 EUR 9.900\n\n"
        "davon 2028 EUR 8.500\n"
        "Eigenanteil der Stadt (20 %) EUR 3.680\n"
    )
    rows = _rows(text)
    assert (9900.0, "total", 2027) in rows
    assert (8500.0, "total", 2028) in rows


def test_a_programme_named_by_its_letters_gives_a_grant() -> None:
    text = "Aus dem CERV-Programm können bis zu 24.000,00 € beantragt werden.\n"
    assert [t for _a, t, _y in _rows(text)] == ["grant"]


def test_a_programme_of_two_letters_is_no_giver() -> None:
    text = "Aus dem IT-Programm der Verwaltung werden 4.000 € für Laptops bereitgestellt.\n"
    assert "grant" not in [t for _a, t, _y in _rows(text)]


def test_the_currency_in_the_cells_stands_for_no_unit_under_years_alone() -> None:
    """Under a header of years alone ("2027 2028 gesamt") the cells' currency is no caption in euros:
    the rows read as flattened rows do, the sum's row a total."""
    text = (
        "Produkt 3.1.5.1 Integration\n2027 2028 gesamt\n"
        "Prozessbegleitung (brutto) 14.220,75 € 14.220,75 € 28.441,50 €\n"
        "Summe Aufwand 16.070,75 € 17.420,75 € 33.491,50 €\n\nDer Rest ist Prosa.\n"
    )
    rows = _rows(text)
    assert [t for a, t, _y in rows if a == 16070.75] == ["total"]


def test_a_programme_named_by_a_word_is_not_named_by_its_letters() -> None:
    text = "Aus der Säule III des Startchancen-Programms stehen 341 Euro pro Schüler zur Verfügung.\n"
    assert "grant" not in [t for _a, t, _y in _rows(text)]


def test_a_rule_of_columns_glued_to_a_row_is_no_part_of_its_label() -> None:
    """pdftotext sets the rule under the columns on the next row's line ("--- ------------Summe …")."""
    rule = "--- ---------------------------------- ------------- -------------"
    text = GRID.format(header="Nr. Handlungsfeld Ansatz 2027 Ansatz 2028").replace(f"{rule}\n\nSumme", f"{rule}Summe")
    assert (39900.0, "total", 2027) in _rows(text)
