"""facilitators: the one a quoted invoice or letter is written to is its addressee, never the one who does
the work: the person in an invoice's address field beside its reference block ("Kundennummer:", "Ihr
Auftrag vom:"), and the person a salutation names behind a quotation's margin bar ("┊ Sehr geehrter Herr
X,"), a losing bidder told of the award to another; a quoted press release names the team that supports
the process after a passive's participle ("Wissenschaftlich begleitet wird der Prozess von einem Team um
…"), not the one it quotes nor its press contact (invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Stadt Lindenau\nBeschlussvorlage\n\nBetreff: Teilhabeplan\n\n"
INVOICE = (
    HEAD + "Die erste Phase der Prozessbegleitung wurde an das Büro in Anlage 2 vergeben.\n\n"
    "Anlage 2 – 1. Abschlagsrechnung zur Prozessbegleitung\n\n"
    "   ┌───────────────────────────────────────────────────────────────────────────────────┐\n"
    "   │ BRANDT ROTH PARTNER                                                               │\n"
    "   │ Beteiligung · Moderation · Sozialplanung                                          │\n"
    "   │                                                                                   │\n"
    "   │ Brandt & Roth PartG mbB · Gartenstraße 4 · 71634 Talheim                          │\n"
    "   │ Stadt Lindenau                                    Rechnungsnummer:    2027-0042   │\n"
    "   │ Amt für Soziales                                  Rechnungsdatum:     31.03.2027  │\n"
    "   │ Frau {addressee}                                  {label}   10452       │\n"
    "   │ Marktplatz 1                                      Leistungszeitraum:  1. Quartal  │\n"
    "   │ 73000 Lindenau                                                                    │\n"
    "   │                                                                                   │\n"
    "   │ 1. Abschlagsrechnung – Prozessbegleitung Teilhabeplan                             │\n"
    "   │ Rechnungsbetrag                                                     5.950,00 €    │\n"
    "   └───────────────────────────────────────────────────────────────────────────────────┘\n"
)
LETTER = (
    HEAD
    + "4.  Prozessbegleitung\n"
    + "\n"
    + "Die externe Prozessbegleitung moderiert die Sitzungen der Steuerungsgruppe, den Auftakt-\n"
    + "fachtag am 25.09.2027 und fünf Fachforen und redigiert den Konzeptentwurf. Die Zentrale\n"
    + "Vergabestelle hat eine Verhandlungsvergabe\n"
    + "durchgeführt; vier Büros wurden angefragt, drei haben ein Angebot abgegeben. Das wirtschaft-\n"
    + "lichste Angebot beläuft sich auf 39.600,00 € netto, 47.124,00 € brutto. Die Vergabestelle\n"
    + "wird die übrigen Bieter nach dem Beschluss des Rates mit dem folgenden Schreiben informieren\n"
    + "(Muster; das Schreiben an den dritten Bieter weicht nur in der Rangangabe ab):\n"
    + "\n"
    + "  ┊ Stadt Lindenau · Zentrale Vergabestelle · Marktplatz 1 · 58636 Lindenau\n"
    + "  ┊\n"
    + "  ┊ Beratung Nordtal GmbH\n"
    + "  ┊ Herrn Jan Kessler\n"
    + "  ┊ Lindenweg 2\n"
    + "  ┊ 59494 Nordtal\n"
    + "  ┊                                                         Vergabe-Nr. 10/2027/031\n"
    + "  ┊\n"
    + "  ┊ Information über die beabsichtigte Zuschlagserteilung\n"
    + "  ┊ Prozessbegleitung Teilhabeplan „Lindenau 2030“\n"
    + "  ┊\n"
    + "  ┊ Sehr geehrter Herr Kessler,\n"
    + "  ┊\n"
    + "  ┊ für Ihr Angebot vom 08.04.2027 danken wir Ihnen. Wir beabsichtigen, den Zuschlag auf das\n"
    + "  ┊ Angebot der Brücke Sozialplanung GmbH, Dortmund, zu erteilen. Ihr Angebot konnte\n"
    + "  ┊ nicht berücksichtigt werden, da es nach den in der Aufforderung zur Angebotsabgabe\n"
    + "  ┊ bekannt gegebenen Zuschlagskriterien nicht das wirtschaftlichste war (Rang 2 von 3).\n"
    + "  ┊ Der Zuschlag wird frühestens am 17.06.2027 erteilt.\n"
    + "  ┊\n"
    + "  ┊ Mit freundlichen Grüßen\n"
    + "  ┊ Im Auftrag\n"
)


@pytest.mark.parametrize("label", ["Kundennummer:   ", "Ihr Auftrag vom: "], ids=["customer-number", "order-date"])
def test_the_addressee_of_an_invoice_is_no_facilitator(label: str) -> None:
    """The person in the address field, beside a label of the reference block, is the one billed."""
    found = run(INVOICE.format(addressee="Derya Klein", label=label))
    assert all("Klein" not in (name or "") for name, _, _ in found)


def test_the_addressee_of_an_invoice_flattened_by_a_pdfs_text_layer_is_no_facilitator() -> None:
    """The gaps closed into single spaces, the reference block's label keeps its colon."""
    text = "\n".join(
        " ".join(line.split()) for line in INVOICE.format(addressee="Derya Klein", label="Kundennummer:").split("\n")
    )
    assert all("Klein" not in (name or "") for name, _, _ in run(text))


def test_the_issuer_of_an_invoice_beside_its_order_date_is_read() -> None:
    """The organisation of the invoice's return line, under a role word, stays its row."""
    found = run(INVOICE.format(addressee="Derya Klein", label="Ihr Auftrag vom: "))
    assert (None, "Brandt & Roth PartG mbB", None) in found


CASES = [
    Case(
        "the person saluted behind a quotation's margin bar is no facilitator",
        LETTER,
        [(None, "Brücke Sozialplanung GmbH", None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_quoted_salutations(case: Case) -> None:
    assert run(case.text) == case.expected


PRESS = (
    HEAD + "Die Presse wird so unterrichtet:\n\n"
    "  ┌──────────────────────────────────────────────────────────────────────────────┐\n"
    "  │ PRESSEMITTEILUNG Nr. 041/2027                        Lindenau, 2. April 2027 │\n"
    "  │                                                                              │\n"
    "  │ Lindenau startet Teilhabeplan – Hochschule begleitet die Erarbeitung         │\n"
    "  │                                                                              │\n"
    "  │ Die Stadt will bis 2028 einen Teilhabeplan erarbeiten. {verb} wird der       │\n"
    "  │ Prozess von einem Team um Prof. Dr. Ina Kolb vom Institut für Sozialarbeit   │\n"
    "  │ der Hochschule Talheim. „Wir wollen zuhören“, sagte Dezernentin Dr. Eva Lenz.│\n"
    "  │                                                                              │\n"
    "  │ Pressekontakt: Kai Born, Pressestelle · Tel. 04522 743-201                   │\n"
    "  └──────────────────────────────────────────────────────────────────────────────┘\n"
)


@pytest.mark.parametrize("verb", ["Wissenschaftlich begleitet", "Begleitet"])
def test_a_quoted_press_release_names_the_team_that_supports_the_process(verb: str) -> None:
    """The passive's agent after its participle, an adverb of the kind of work before it or not; the one
    quoted and the press contact are no facilitators."""
    found = run(PRESS.format(verb=verb))
    assert [name for name, _, _ in found] == ["Prof. Dr. Ina Kolb"]
