"""Three forms of a cost table (invented examples): a worksheet printed with its row numbers and
column letters, a before/after/change table of a paper that replaces an earlier one (its changed
lines marked by a bar at the left margin), and a financing overview whose first column sums the
years before the plan's ("bis 2026"); and their look-alikes that give nothing."""

from __future__ import annotations

from tests.costs.test_costs import run

SHEET = (
    "5. Kosten und Finanzierung\n\n"
    "Die Kosten sind in der Arbeitsmappe des Fachbereichs geplant (Auszug):\n\n"
    "         A                                        B             C             D\n"
    "    1    Kostenart                                2028          2029          Summe\n"
    "    2    Moderation der Werkstätten (brutto)      7.140,00      3.570,00      10.710,00\n"
    "    3    Druck und Übersetzung                      600,00        400,00       1.000,00\n"
    "    4    Summe Aufwand                            7.740,00      3.970,00      11.710,00\n"
    "    5    Zuwendung des Landes (50 %)             -3.870,00     -1.985,00      -5.855,00\n"
    "    6\n\n"
    "Die Mittel sind im Haushalt veranschlagt.\n"
)


def _rows(text: str) -> list[tuple[float, str, int | None]]:
    return sorted((c.amount_eur, c.cost_type, c.fiscal_year) for c in run(text))


def test_a_sheet_printed_with_its_row_and_column_heads() -> None:
    """The letters and the row numbers are the program's: the sheet is read as the grid of years it
    prints, every row adding up, a subtracted grant with its minus money all the same."""
    rows = _rows(SHEET)
    assert (7140.0, "external_support", 2028) in rows
    assert (3570.0, "external_support", 2029) in rows
    assert (10710.0, "external_support", None) in rows
    assert (1000.0, "material", None) in rows
    assert (11710.0, "total", None) in rows
    assert (3870.0, "grant", 2028) in rows
    assert (5855.0, "grant", None) in rows
    assert all(amount > 6 for amount, _, _ in rows)  # no row number is an amount


def test_letters_out_of_order_are_no_sheets_head() -> None:
    """Capitals over the grid that do not run from A in order ("A  C  F") leave the row numbers in their
    cells: the grid is no grid of years and gives nothing."""
    letters = "A                                        B             C             D"
    assert _rows(SHEET.replace(letters, "A  C  F")) == []


def test_a_numbered_list_without_letters_gives_nothing() -> None:
    """Without the letters over it the numbers before the rows are the rows' own: nothing is read."""
    text = SHEET.replace("         A                                        B             C             D\n", "")
    assert _rows(text) == []


VERSIONS = (
    "4. Kosten\n\n"
    "  Die Kosten ändern sich gegenüber der Ursprungsvorlage wie folgt:\n\n"
    "  in €                                     Ursprungsvorlage   1. Ergänzung   Veränderung\n"
    "  ──────────────────────────────────────   ────────────────   ────────────   ───────────\n"
    "│ Moderation der Bürgerforen                       12.000,00      14.380,00    + 2.380,00\n"
    "  Dolmetschen                                       2.500,00       2.500,00          0,00\n"
    "│ Summe                                            14.500,00      16.880,00    + 2.380,00\n"
    "  Zuwendung des Bundes (beantragt)                –7.250,00      –7.250,00          0,00\n\n"
    "Der Mehrbedarf wird im selben Produkt gedeckt.\n"
)


def test_a_table_of_versions_with_signed_changes() -> None:
    """Each version's column and the change are money, the sign no part of it; "0,00" is no amount;
    the change bar at the left margin leaves the changed rows in their columns."""
    rows = _rows(VERSIONS)
    amounts = {amount for amount, _, _ in rows}
    assert {12000.0, 14380.0, 2380.0, 2500.0, 14500.0, 16880.0, 7250.0} <= amounts
    assert 0.0 not in amounts
    assert (14380.0, "external_support", None) in rows
    assert (16880.0, "total", None) in rows
    assert (7250.0, "grant", None) in rows


def test_a_table_headed_by_years_is_no_table_of_versions() -> None:
    """A head with a year in it ("Plan 2027") is a grid of years, which the corner's unit does not read:
    its bare numbers stay unread here."""
    text = VERSIONS.replace("1. Ergänzung", "Plan 2027   ")
    assert 14380.0 not in {amount for amount, _, _ in _rows(text)}


KOFI = (
    "7. Kosten und Finanzierung\n\n"
    "  Kosten- und Finanzierungsübersicht (KoFi) Fördergebiet Nord – Stand 03/2027\n"
    "  Beträge in Tsd. EUR, brutto\n\n"
    "  Nr.  Maßnahme                                   bis 2026     2027     2028     gesamt\n"
    "  ───  ─────────────────────────────────────────  ────────  ───────  ───────  ─────────\n"
    "  1    Quartiersmanagement                           180,0     60,0     60,0      300,0\n"
    "  2    Umbau Spielplatz am Anger                      45,0    110,0        –      155,0\n"
    "  ───  ─────────────────────────────────────────  ────────  ───────  ───────  ─────────\n"
    "       Summe                                         225,0    170,0     60,0      455,0\n"
    "       davon Bund (Städtebauförderung, 1/3)                   56,7     20,0\n"
    "       davon Stadt (Eigenanteil)                              113,3     40,0\n\n"
    "Die Anteile der Stadt sind veranschlagt.\n"
)


def test_a_financing_overview_with_a_column_of_the_years_before() -> None:
    """The column "bis 2026" sums the years up to it: its amounts are of no year, the years' amounts of
    theirs, every number in thousands."""
    rows = _rows(KOFI)
    years = {(amount, year) for amount, _, year in rows}
    assert {(180000.0, None), (60000.0, 2027), (60000.0, 2028), (300000.0, None), (45000.0, None)} <= years
    assert {(110000.0, 2027), (155000.0, None), (170000.0, 2027), (455000.0, None)} <= years
    assert (225000.0, "total", None) in rows
    assert all(year != 2026 for _, _, year in rows)


def test_a_payers_share_under_the_sum_is_its_grant() -> None:
    """ "davon Bund" under the sum splits it between payers: the Bund's share is a grant, the town's own is not."""
    rows = _rows(KOFI)
    assert (56700.0, "grant", 2027) in rows and (20000.0, "grant", 2028) in rows
    assert (113300.0, "grant", 2027) not in rows


def test_a_column_of_the_years_before_without_a_unit_gives_nothing() -> None:
    """Without "in Tsd. EUR" the grid's numbers of one decimal are no money."""
    assert _rows(KOFI.replace("  Beträge in Tsd. EUR, brutto\n", "")) == []


def _flat(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def test_a_sheet_flattened_by_a_pdfs_text_layer() -> None:
    """Single spaces between the letters and after the row numbers: the rows add up all the same."""
    rows = _rows(_flat(SHEET))
    assert (7140.0, "external_support", 2028) in rows
    assert (5855.0, "grant", None) in rows
    assert (11710.0, "total", None) in rows


def test_a_flattened_sheet_whose_rows_do_not_add_up_gives_nothing() -> None:
    """Without a unit, only the sums tell money from counts: a row that does not add up leaves the grid unread."""
    text = _flat(SHEET.replace("10.710,00", "10.720,00"))
    assert 3570.0 not in {amount for amount, _, _ in _rows(text)}
