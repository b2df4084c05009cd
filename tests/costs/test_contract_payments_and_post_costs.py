"""A contract's payment clause ("§ 3 Vergütung") under its subject's clause: the fee, its sum with the tax
and the travel costs it reimburses are of the kind the subject names, the tax keeps its own; a KGSt
calculation of a post's costs by positions: a row's label types its amounts, a pay scale the post's
personnel, the row under the closing rule the total. Near misses: a payment clause of a contract for other
work, a calculation's row whose label and rating name no kind (invented examples)."""

from __future__ import annotations

from tests.costs.test_costs import run

CONTRACT = (
    "Der Vertragsentwurf ist beigefügt.\n\n"
    "§ 1 Vertragsgegenstand\n"
    "(1) Die Auftragnehmerin {duty}.\n\n"
    "§ 3 Vergütung\n"
    "(1) Die Auftragnehmerin erhält ein Pauschalhonorar von 14.000,00 € zuzüglich der gesetzlichen\n"
    "    Umsatzsteuer von derzeit 19 % (2.660,00 €), insgesamt 16.660,00 €.\n"
    "(2) Reisekosten werden gegen Nachweis bis zu einem Betrag von 350,00 € erstattet.\n\n"
    "§ 5 Ansprechpersonen\n"
    "(1) Für die Auftraggeberin: Kerstin Mahler.\n"
)


def test_a_contracts_payment_clause_is_the_contractors_pay() -> None:
    """The fee, its sum with the tax and the travel costs it reimburses are of the kind the contract's subject
    names; the tax alone keeps its own."""
    kinds = {
        c.amount_eur: c.cost_type for c in run(CONTRACT.format(duty="moderiert die Sitzungen der Steuerungsgruppe"))
    }
    assert kinds[14000.0] == kinds[16660.0] == kinds[350.0] == "external_support"
    assert kinds[2660.0] != "external_support"


def test_a_payment_clause_of_other_work_is_not_facilitation() -> None:
    kinds = {c.amount_eur: c.cost_type for c in run(CONTRACT.format(duty="liefert die Verpflegung der Foren"))}
    assert kinds[350.0] != "external_support" and kinds[16660.0] != "external_support"


POST = (
    "Die Kosten der Stelle sind nach dem KGSt-Bericht „Kosten eines Arbeitsplatzes“ berechnet:\n\n"
    "  Position                                 Bewertung          Anteil      Betrag\n"
    "  ───────────────────────────────────────  ─────────────────  ──────────  ─────────────\n"
    "  Integrationsmanagement                   EG 10 TV-L         1,0 VZÄ     76.100,00 €\n"
    "  Sachkosten Büroarbeitsplatz              9.700 € je VZÄ     1,0 VZÄ      9.700,00 €\n"
    "  Gemeinkostenzuschlag                     20 % der Personal-             15.220,00 €\n"
    "                                           kosten\n"
    "  ───────────────────────────────────────  ─────────────────  ──────────  ─────────────\n"
    "  Jahreskosten                                                           101.020,00 €\n\n"
    "Die Mittel werden im Haushalt veranschlagt.\n"
)


def test_a_calculation_of_a_posts_costs() -> None:
    kinds = {c.amount_eur: c.cost_type for c in run(POST)}
    assert kinds[76100.0] == "personnel" and kinds[9700.0] == "material" and kinds[101020.0] == "total"
    assert kinds[15220.0] == "other"  # a surcharge's row names no kind: its own reading stays
