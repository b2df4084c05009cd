"""A bill quoted as an annex (invented examples): an invoice or a time sheet whose title names the kind of work
types its positions, sums and instalments as that work's money; a bill that names no such work (a printer's)
leaves its amounts as they are read."""

from __future__ import annotations

from tests.costs.test_costs import run

HEAD = "Stadt Lindenau\nBeschlussvorlage\n\nBetreff: Teilhabeplan\n\nDie Abrechnung liegt bei (Anlage 3).\n\f"
INVOICE = (
    "Anlage 3 – Rechnung\n\n"
    "   Büro Brandt · Gartenstraße 4 · 71634 Talheim\n\n"
    "   {title}\n\n"
    "   Pos.  Leistung                                             Betrag netto\n"
    "   1     Vorbereitung der Foren                                 2.100,00 €\n"
    "   2     Auswertung und Dokumentation                             900,00 €\n"
    "         Summe netto                                            3.000,00 €\n"
    "         zzgl. 19 % Umsatzsteuer                                  570,00 €\n"
    "         Rechnungsbetrag                                        3.570,00 €\n"
)


def _kinds(text: str) -> dict[float, set[str]]:
    out: dict[float, set[str]] = {}
    for c in run(text):
        out.setdefault(c.amount_eur, set()).add(c.cost_type)
    return out


def test_an_invoice_for_the_moderation_types_its_amounts_as_the_fee() -> None:
    kinds = _kinds(HEAD + INVOICE.format(title="1. Abschlagsrechnung – Moderation der Bürgerforen"))
    for amount in (2100.0, 900.0, 3000.0, 3570.0):
        assert kinds[amount] == {"external_support"}, (amount, kinds)


def test_a_time_sheet_whose_contractor_line_names_the_work() -> None:
    title = "Leistungsnachweis Nr. 1\n   Auftragnehmer: Büro Brandt · Moderation und Prozessbegleitung"
    kinds = _kinds(HEAD + INVOICE.format(title=title))
    assert kinds[3000.0] == {"external_support"} and kinds[3570.0] == {"external_support"}


def test_a_printers_invoice_keeps_its_amounts_kinds() -> None:
    """A bill for printing names no facilitation: its sum stays a sum, its positions no fee."""
    kinds = _kinds(HEAD + INVOICE.format(title="Rechnung – Druck von Plakaten und Flyern"))
    assert "external_support" not in kinds.get(3000.0, set()) | kinds.get(2100.0, set())


def test_a_bill_named_in_a_list_of_annexes_types_nothing() -> None:
    """ "2  Schlussrechnung des Instituts" in the list of annexes is no bill's title: the prose's amounts stay."""
    text = (
        "Stadt Lindenau\nBeschlussvorlage\n\nBetreff: Teilhabeplan\n\n"
        "Für Druck und Versand sind 3.000,00 € Sachkosten veranschlagt.\n\n"
        "Anlagen\n1  Bericht\n2  Schlussrechnung der Moderation vom 18.12.2026\n"
    )
    assert "external_support" not in _kinds(text).get(3000.0, set())
