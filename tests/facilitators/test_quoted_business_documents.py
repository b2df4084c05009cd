"""facilitators: business documents quoted in a submission name the one paid for the work by their form —
the party designated as the contractor of a service contract or the processor of a data-processing
agreement, with the person the contract names for it or its representative; the payee of a payment
order; the sender of an order confirmation, with its contact or owner — and their other names (the
town's addressee and representatives, a sub-processor) are no facilitators; near misses: the same forms
for work that is no facilitation, and a lease whose parties bear no contractor's designation
(invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Stadt Lindenau\nBeschlussvorlage\n\nBetreff: Teilhabeplan\n\n"
INTRO = "Für die {work} wurde das wirtschaftlichste Angebot ausgewählt; der Vertrag ist als Anlage 2 beigefügt.\n\n"

CONTRACT = (
    HEAD + INTRO + "Anlage 2\n\n"
    "Entwurf – {kind} (Auszug)\n\n"
    "                                    zwischen\n\n"
    "    der Stadt Lindenau, vertreten durch die Bürgermeisterin, Marktplatz 1,\n"
    "    73000 Lindenau\n"
    "                                                – nachstehend „Auftraggeberin“ genannt –\n\n"
    "                                      und\n\n"
    "    der Brandt & Roth Beteiligung PartG mbB, vertreten durch die\n"
    "    Partner Dipl.-Ing. Jonas Brandt und Dr. Helene Roth, Gartenstraße 4,\n"
    "    71634 Talheim\n"
    "                                                – nachstehend „{party}“ genannt –\n\n"
    "§ 1 Vertragsgegenstand\n"
    "(1) Die {party} {duty}.\n\n"
    "§ 3 Vergütung\n"
    "(1) Die {party} erhält ein Pauschalhonorar von 12.000,00 € zuzüglich Umsatzsteuer.\n\n"
    "{contacts}"
    "Lindenau, den ____________                    Talheim, den ____________\n\n"
    "____________________________                  ____________________________\n"
    "Für die Auftraggeberin                        Für die {party}\n"
)
CONTACTS = (
    "§ 5 Ansprechpersonen\n(1) Für die Auftraggeberin: Kerstin Mahler, Amt 50.\n"
    "(2) Für die {party}: Dr. Helene Roth (Projektleitung).\n\n"
)
MODERATES = "moderiert die Sitzungen der Steuerungsgruppe und die Foren"
CATERS = "liefert die Verpflegung für die Sitzungen und Foren"

PROCESSING = (
    HEAD + "Die Online-Beteiligung wird durch das beauftragte Büro betrieben; mit ihm ist ein Vertrag über\n"
    "eine Auftragsverarbeitung zu schließen:\n\n"
    "  ┌─────────────────────────────────────────────────────────────────────────────┐\n"
    "  │ Vertrag über eine Auftragsverarbeitung gemäß Art. 28 Abs. 3 DSGVO           │\n"
    "  │ zwischen                                                                    │\n"
    "  │    der Stadt Lindenau, vertreten durch die Bürgermeisterin,                 │\n"
    "  │    Marktplatz 1, 73000 Lindenau                                             │\n"
    "  │                                            – Verantwortlicher –             │\n"
    "  │ und                                                                         │\n"
    "  │    Mosaik – Werkstatt für Beteiligung PartGmbB,                             │\n"
    "  │    Lindenstraße 3, 44147 Dortmund, vertreten durch die Partnerin            │\n"
    "  │    Dr. Ayla Demir                                                           │\n"
    "  │                                            – Auftragsverarbeiter –          │\n"
    "  │ § 1 Gegenstand: Moderation und Dokumentation der Stadtteilwerkstätten      │\n"
    "  │ § 9 Unterauftragsverarbeiter: Portalwerk Westfalen GmbH, Münster (Hosting)  │\n"
    "  │ Datenschutzbeauftragter der Stadt Lindenau: Herr Markus Stein               │\n"
    "  └─────────────────────────────────────────────────────────────────────────────┘\n"
)

PAYMENT = (
    HEAD + "Die Vergütung der ersten Werkstatt hat die Stadtkasse angewiesen (Anlage 3).\n\n"
    "Anlage 3\n"
    "┌──────────────────────────────────────────────────────────────────────────────┐\n"
    "│ Stadt Lindenau – Stadtkasse                   AUSZAHLUNGSANORDNUNG Nr. 2027-31 │\n"
    "├──────────────────────────────────────────────────────────────────────────────┤\n"
    "│ Zahlungsempfänger:   Perspektive Beteiligungsbüro GbR                        │\n"
    "│                      Jan Wolter und Mira Kühn                                │\n"
    "│                      Karl-Heine-Straße 5, 04229 Leipzig                      │\n"
    "│ IBAN / BIC:          DE71 8605 5592 1090 4417 23 / WELADE8LXXX               │\n"
    "│ Verwendungszweck:    Rg. Nr. 27-014 – {purpose}                              │\n"
    "│ Betrag:              2.737,00 EUR                                            │\n"
    "└──────────────────────────────────────────────────────────────────────────────┘\n"
)

CONFIRMATION = (
    HEAD + "Den Auftrag hat die Bürgermeisterin erteilt; das Büro hat ihn wie folgt bestätigt:\n\n"
    "  ┌──────────────────────────────────────────────────────────────────────────────┐\n"
    "  │ {sender_line}                                 │\n"
    "  │                                                                              │\n"
    "  │ Stadt Lindenau                                   AUFTRAGSBESTÄTIGUNG         │\n"
    "  │ Amt für Soziales                                 Nr.      AB-2027-0117       │\n"
    "  │ Frau Derya Klein                                 Ihr Auftrag vom 13.04.2027  │\n"
    "  │ Marktplatz 1                                                                 │\n"
    "  │ 73000 Lindenau                                                               │\n"
    "  │                                                                              │\n"
    "  │ Sehr geehrte Frau Klein,                                                     │\n"
    "  │ wir bestätigen die folgenden Leistungen: {service}                           │\n"
    "  │ Gesamtbetrag                                                      9.282,00 € │\n"
    "  │ {contact}                                                                    │\n"
    "  │ {footer}                                                                     │\n"
    "  └──────────────────────────────────────────────────────────────────────────────┘\n"
)

CASES = [
    Case(
        "contract-contact",
        CONTRACT.format(
            work="Moderation",
            kind="Dienstleistungsvertrag",
            party="Auftragnehmerin",
            duty=MODERATES,
            contacts=CONTACTS.format(party="Auftragnehmerin"),
        ),
        [("Dr. Helene Roth", "Brandt & Roth Beteiligung PartG mbB")],
    ),
    Case(
        "contract-representative",
        CONTRACT.format(
            work="Moderation", kind="Dienstleistungsvertrag", party="Auftragnehmerin", duty=MODERATES, contacts=""
        ),
        [("Dipl.-Ing. Jonas Brandt", "Brandt & Roth Beteiligung PartG mbB")],
    ),
    Case(
        "contract-no-facilitation",
        CONTRACT.format(
            work="Verpflegung",
            kind="Liefervertrag",
            party="Auftragnehmerin",
            duty=CATERS,
            contacts=CONTACTS.format(party="Auftragnehmerin"),
        ),
        [],
    ),
    Case(
        "lease-no-contractor",
        CONTRACT.format(
            work="Moderation",
            kind="Mietvertrag",
            party="Vermieterin",
            duty="überlässt den Saal für die Moderation der Foren",
            contacts="",
        ),
        [],
    ),
    Case("processing-agreement", PROCESSING, [("Dr. Ayla Demir", "Mosaik – Werkstatt für Beteiligung PartGmbB")]),
    Case(
        "payment-order",
        PAYMENT.format(purpose="Moderation Zukunftswerkstatt"),
        [("Jan Wolter", "Perspektive Beteiligungsbüro GbR")],
    ),
    Case("payment-order-no-facilitation", PAYMENT.format(purpose="Raummiete Stadthalle    "), []),
    Case("payment-order-grant", PAYMENT.format(purpose="Zuwendung Migrationsberatung"), []),
    Case(
        "confirmation-return-line",
        CONFIRMATION.format(
            sender_line="LAHNTAL DIALOG GMBH · Mühlweg 7 · 65589 Hadamar",
            service="Moderation der Foren  ",
            contact="Ihre Ansprechpartnerin: Dipl.-Päd. Marlene Stock",
            footer="Lahntal Dialog GmbH · Geschäftsführer: Tobias Ferger",
        ),
        [("Dipl.-Päd. Marlene Stock", "Lahntal Dialog GmbH")],
    ),
    Case(
        "confirmation-owner",
        CONFIRMATION.format(
            sender_line="mitDenken · Moderation & Beteiligung · Inh. Katrin Tiede",
            service="Moderation der Foren  ",
            contact="Mit freundlichen Grüßen                         ",
            footer="Katrin Tiede                                        ",
        ),
        [("Katrin Tiede", "mitDenken · Moderation & Beteiligung")],
    ),
    Case(
        "confirmation-no-facilitation",
        CONFIRMATION.format(
            sender_line="DRUCKHAUS LINDENAU GMBH · Hafenweg 2 · 73000 Lindenau",
            service="Druck von 500 Broschüren",
            contact="Ihre Ansprechpartnerin: Dipl.-Ing. Marlene Stock",
            footer="Druckhaus Lindenau GmbH · Geschäftsführer: Tobias Ferger",
        ),
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_quoted_business_documents(case: Case) -> None:
    found = {(name, org) for name, org, _ in run(case.text)}
    assert found == set(case.expected)


def test_a_processing_agreements_other_names_are_no_facilitators() -> None:
    names = " ".join(f"{name} {org}" for name, org, _ in run(PROCESSING))
    assert "Portalwerk" not in names and "Stein" not in names


def test_the_addressee_of_an_order_confirmation_is_no_facilitator() -> None:
    text = CONFIRMATION.format(
        sender_line="LAHNTAL DIALOG GMBH · Mühlweg 7 · 65589 Hadamar",
        service="Moderation der Foren  ",
        contact="Ihre Ansprechpartnerin: Dipl.-Päd. Marlene Stock",
        footer="Lahntal Dialog GmbH · Geschäftsführer: Tobias Ferger",
    )
    assert all("Klein" not in (name or "") for name, _, _ in run(text))
