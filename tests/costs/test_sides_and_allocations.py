"""costs: a plan set side by side, spending and income each under its head and the sign ("Ausgaben  €  Einnahmen
€"), with gaps or flattened into single spaces; an allocation grid by field whose sum column is headed "zusammen"
under a caption sharing funds out ("Mittelverteilung … (Beträge in Euro)"); a grid of years under "Finanzielle
Auswirkungen" naming no unit, its first amount glued to its label, a grant named outside a label's bracket; an
amount's purpose noun alone after it in an enumeration (invented examples)."""

from __future__ import annotations

from tests.costs.test_costs import run

SIDES = (
    "5. Finanzierung 2027\n"
    "Ausgaben                                €    Einnahmen                                  €\n"
    "Moderation der Werkstätten        12.000    Landesförderung                       18.000\n"
    "Sachkosten                        14.500    Eigenmittel der Stadt                 11.300\n"
    "Übersetzungen                      2.800\n"
    "---------------------------------------    -------------------------------------------\n"
    "Summe                              29.300    Summe                                 29.300\n"
)
SIDE_KINDS = {12000: "external_support", 18000: "grant", 14500: "material", 2800: "material", 29300: "total"}


def test_a_plan_side_by_side_gives_each_side_its_amounts() -> None:
    got = {c.amount_eur: c.cost_type for c in run(SIDES)}
    assert set(got) == {12000, 18000, 14500, 11300, 2800, 29300}
    assert {a: got[a] for a in SIDE_KINDS} == SIDE_KINDS


def test_a_flattened_plan_side_by_side_too() -> None:
    flat = "\n".join(" ".join(line.split()) for line in SIDES.splitlines()) + "\n"
    assert {c.amount_eur for c in run(flat)} == {12000, 18000, 14500, 11300, 2800, 29300}


def test_a_side_by_side_row_with_another_number_is_no_plan() -> None:
    text = SIDES.replace("Sachkosten                        14.500", "Sachkosten (3 Kurse)              14.500")
    text = text.replace("Sachkosten (3 Kurse)", "Sachkosten 3 Kurse  ")
    assert {c.amount_eur for c in run(text)} == set()


ALLOCATION = (
    "Tabelle 2: Mittelverteilung 2027–2028 nach Handlungsfeldern (Beträge in Euro)\n\n"
    "Handlungsfeld                                       2027        2028     zusammen\n"
    "---------------------------------------------------------------------------------\n"
    "Sprache und frühe Bildung                         18.000      22.000       40.000\n"
    "Wohnen und Zusammenleben im                        9.500      11.500       21.000\n"
    "   Quartier\n"
    "Gesundheit und Pflege                              6.000       7.000       13.000\n"
    "Demokratie, Teilhabe und                           8.500       9.500       18.000\n"
    "   Antidiskriminierung\n"
    "Querschnittsmittel*                                4.000       4.000        8.000\n"
    "---------------------------------------------------------------------------------\n"
    "Summe                                             46.000      54.000      100.000\n"
)


def test_an_allocation_by_field_is_a_budget_to_its_sum_past_eight_lines() -> None:
    got = {(c.amount_eur, c.fiscal_year): c.cost_type for c in run(ALLOCATION)}
    assert got[(18000, 2027)] == got[(22000, 2028)] == got[(40000, None)] == "budget"
    assert got[(4000, 2027)] == "budget" and (100000, None) in got


IMPACT = (
    "5. Finanzielle Auswirkungen\n\n"
    "                                      2027          2028\n"
    "  Personalkosten (Kreis, 3 VZÄ) 198.000,00    204.000,00\n"
    "  Landesförderung (Personal)     150.000,00    150.000,00\n"
    "  Stellenanteil                        1,50          1,50\n"
)


def test_a_financial_impact_grid_reads_its_money_in_cents_not_its_counts() -> None:
    got = {(c.amount_eur, c.fiscal_year): c.cost_type for c in run(IMPACT)}
    assert got == {
        (198000, 2027): "personnel",
        (204000, 2028): "personnel",
        (150000, 2027): "grant",
        (150000, 2028): "grant",
    }


def test_a_purpose_noun_after_an_amount_is_its_own() -> None:
    text = (
        "Auf die Stadt entfallen Gesamtkosten von 64.000,00 €, davon 3.800,00 € Moderation, 6.200,00 € Dolmetschen\n"
        "und 54.000,00 € für das Festival.\n"
    )
    got = {c.amount_eur: c.cost_type for c in run(text)}
    assert got[3800] == "external_support" and got[6200] == "material" and got[64000] == "total"
