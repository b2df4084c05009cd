"""A column chart of the financing as a text layer gives it: the data labels over the columns, the category
labels under the axis wrapped and hyphenated, the unit only in the figure's caption, a fall drawn for the
grant with its minus, ticks of the value axis; and a bill of quantities inside the drawn box of a quoted
order confirmation, its positions and sums closed by the box's bar. Near misses: the same chart under a
caption naming no euros, or under no figure's caption (invented examples)."""

from __future__ import annotations

import pytest

from tests.costs.test_costs import run

CHART = (
    "Finanzielle Auswirkungen\n\n"
    "Die Finanzierung zeigt die Abbildung:\n\n"
    "  {caption}\n\n"
    "       52.000,00\n"
    "      ┌──────────┐    – 26.000,00\n"
    "      │          │   ┌──────────┐      26.000,00\n"
    "  40.000 ┤       │   │░░░░░░░░░░│     ┌──────────┐     13.000,00   13.000,00\n"
    "      │          │   │░░░░░░░░░░│     │          │     ┌────────┐  ┌────────┐\n"
    "  ────┴──────────┴───┴──────────┴─────┴──────────┴─────┴────────┴──┴────────┴──\n"
    "      Gesamt-        Landesmittel      Eigenanteil       davon       davon\n"
    "      kosten         (beantragt)       Stadt             2028        2029\n"
    "  ░ = Drittmittel\n\n"
    "Der Eigenanteil ist im Haushalt veranschlagt.\n"
)


def test_the_data_labels_of_a_column_chart() -> None:
    rows = {
        (c.amount_eur, c.cost_type, c.fiscal_year)
        for c in run(CHART.format(caption="Abbildung 2: Finanzierung 2028–2029 (in Euro)"))
    }
    assert {a for a, _, _ in rows} == {52000.0, 26000.0, 13000.0}
    assert (52000.0, "total", None) in rows and (26000.0, "grant", None) in rows
    assert (13000.0, "other", 2028) in rows and (13000.0, "other", 2029) in rows


@pytest.mark.parametrize(
    "caption",
    ["Abbildung 2: Teilnehmende 2028–2029 (Anzahl)", "Finanzierung 2028–2029 (in Euro)"],
    ids=["no-euros", "no-figure"],
)
def test_no_chart_of_euros_no_amounts(caption: str) -> None:
    assert run(CHART.format(caption=caption)) == []


BILL = (
    "Die Auftragsbestätigung des Büros ist beigefügt.\n\n"
    "  ┌──────────────────────────────────────────────────────────────────────────────────┐\n"
    "  │ AUFTRAGSBESTÄTIGUNG                                                              │\n"
    "  │ Pos. Leistung                              Menge  Einheit     EP in €    GP in € │\n"
    "  │  1   Moderation Lenkungsgruppe Integration     6  Sitzung      780,00   4.680,00 │\n"
    "  │  2   Redaktion des Konzeptentwurfs             1  pauschal   3.200,00   3.200,00 │\n"
    "  │                                                      Nettobetrag        7.880,00 │\n"
    "  │                                                      zzgl. 19 % USt     1.497,20 │\n"
    "  │                                                      Gesamtbetrag       9.377,20 │\n"
    "  └──────────────────────────────────────────────────────────────────────────────────┘\n"
)


def test_a_bill_inside_a_drawn_box() -> None:
    amounts = {c.amount_eur for c in run(BILL)}
    assert {4680.0, 3200.0, 7880.0, 1497.2, 9377.2} <= amounts
