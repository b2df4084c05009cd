"""costs: a table cut at gaps whose header says its last column is in euros ("Bezeichnung:  Betrag in
Euro:"), its rows ending in numbers without a currency, grouped under short heads (spending,
income, financing); the row's label gives the kind and a single year in it the fiscal year. Not
read: numbers of another column, of a table in no currency, or after a blank line (invented
examples)."""

from __future__ import annotations

from tests.costs.test_costs import run

TABLE = """Finanzielle Auswirkungen:
Bezeichnung:                                                  Betrag in Euro:
Ausgaben:
   Moderation der Zukunftswerkstätten 2026–2027                      18.500
   Sachkosten, Dolmetschdienste, Druck                                6.500
   Summe                                                             25.000
Einnahmen:
   Zuwendung des Landes (Förderprogramm Teilhabe)                    12.000
Finanzierung:
   Ansatz in 2026                                                    10.000
   Ansatz in 2027                                                    15.000
"""


def test_rows_of_a_column_in_euros() -> None:
    got = [(c.amount_eur, c.cost_type, c.fiscal_year) for c in run(TABLE)]
    assert got == [
        (18500, "external_support", None),
        (6500, "material", None),
        (25000, "total", None),
        (12000, "grant", None),
        (10000, "budget", 2026),
        (15000, "budget", 2027),
    ]


def test_a_count_column_beside_the_euros_is_no_money() -> None:
    text = (
        "Bezeichnung:                     Teilnehmende:        Betrag in Euro:\n"
        "   Zukunftswerkstätten                 1.200                 18.500\n"
    )
    assert [c.amount_eur for c in run(text)] == [18500]


def test_a_table_in_no_currency_is_no_money() -> None:
    text = TABLE.replace("Betrag in Euro:", "Anzahl Personen:")
    assert run(text) == []


def test_a_number_after_a_blank_line_is_not_the_tables() -> None:
    text = TABLE + "\nZusammenfassung:\n   Geförderte Personen bisher                                      1.500\n"
    assert [c.amount_eur for c in run(text)] == [18500, 6500, 25000, 12000, 10000, 15000]
