"""facilitators: a quoted letter's offer is its signer's, never the one its salutation addresses; a framed
box of labels names the contractor with its wrapped value and its lead; a contract's parties and the sum
its clause raises the fee to; a cost row's payee wrapped onto the next line; a lead's bracket closing
after a page break (invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Landkreis Erlenbach\nSitzungsvorlage\n\nBetreff: Teilhabeplan\n\n"
LETTER = (
    HEAD + "5. Moderation\nDie Verwaltung hat drei Büros um ein Angebot gebeten. Die maßgebliche E-Mail lautet:\n\n"
    "   Von:       a.muster@talblick.de\n"
    "   Betreff:   AW: Preisanfrage Moderation\n\n"
    "   Sehr geehrte Frau Dr. Lindner,\n\n"
    "   gern moderieren wir die vier Sitzungen des Lenkungskreises einschließlich Protokoll. Wir bieten\n"
    "   pauschal 3.000,00 € netto zuzüglich 19 % Umsatzsteuer (570,00 €), zusammen 3.570,00 € an.\n\n"
)
CLOSE = (
    "   Mit freundlichen Grüßen\n   Anna Muster\n   Talblick – Moderation und Beteiligung\n"
    "   Hauptweg 3 · 12345 Talheim\n"
)
BOX = (
    HEAD + "4. Prozessbegleitung\nFür die Moderation der Foren wurden drei Anbieter um ein Angebot gebeten:\n\n"
    "  ╔══════════════════════════════════════════════════════════════════╗\n"
    "  ║  PROJEKTSTECKBRIEF  Prozessbegleitung Teilhabeplan               ║\n"
    "  ╟──────────────────────────────────────────────────────────────────╢\n"
    "  ║  Auftragnehmerin:   weitblick – Werkstatt für Dialog und         ║\n"
    "  ║                     Beteiligung eG, Talheim                      ║\n"
    "  ║  Projektleitung:    Dr. Jonas Feld                               ║\n"
    "  ║  Leistungen:        Moderation von 6 Foren, Dokumentation        ║\n"
    "  ║  Auftragswert:      21.420,00 € brutto                           ║\n"
    "  ╚══════════════════════════════════════════════════════════════════╝\n\n"
    "5. Finanzielle Auswirkungen\nDie Mittel stehen im Haushalt bereit.\n"
)
CONTRACT = (
    HEAD + "Prozessbegleitung\nDie Foren soll das Büro weiter moderieren; dafür ist der Vertrag zu ergänzen:\n\n"
    "  1. Nachtrag zum Vertrag über Moderationsleistungen vom 01.02.2026\n"
    "  zwischen dem Landkreis Erlenbach, vertreten durch den Landrat,\n"
    "  und Talblick Dialog & Partner PartG, Neustadt (Weinstraße), vertreten durch Herrn Jan Brandt\n\n"
    "  § 1 Der Leistungsumfang wird um zwei Foren erweitert.\n"
    "  § 2 Die Vergütung erhöht sich um 4.165,00 € brutto auf insgesamt 16.660,00 € brutto.\n"
)
COSTS = (
    HEAD + "4. Finanzielle Auswirkungen\n"
    "                                                         2027          2028\n"
    "   Moderation der Ortsteilforen (Büro Weitsicht\n"
    "   Dialog, Talheim, Angebot vom 03.03.2027)              5.950 €            –\n"
    "   Sachmittel                                            2.000 €       2.000 €\n"
    "   Summe                                                 7.950 €       2.000 €\n"
)

CASES = [
    Case(
        "a quoted e-mail's offer: its signer and the organisation under the name, the fee with its tax",
        LETTER + CLOSE,
        [("Anna Muster", "Talblick – Moderation und Beteiligung", 3570.0)],
    ),
    Case("the same e-mail without its close names no one: the addressee never offers", LETTER, []),
    Case(
        "a framed box: the contractor's wrapped value without its town, the lead's person and the fee",
        BOX,
        [("Dr. Jonas Feld", "weitblick – Werkstatt für Dialog und Beteiligung eG", 21420.0)],
    ),
    Case(
        "a programme's form: the provider's label, the adviser's person under a label with a slash",
        BOX.replace("Auftragnehmerin:   weitblick", "Leistungserbringer: weitblick").replace(
            "  ║  Projektleitung:    Dr. Jonas Feld       ", "  ║  Beraterin / Berater: Dr. Jonas Feld     "
        ),
        [("Dr. Jonas Feld", "weitblick – Werkstatt für Dialog und Beteiligung eG", 21420.0)],
    ),
    Case(
        "a programme's form whose recipient is the town: the recipient's label names no one engaged",
        BOX.replace(
            "Auftragnehmerin:   weitblick – Werkstatt für Dialog und", "Leistungsempfänger: Landkreis Erlenbach     "
        )
        .replace("                     Beteiligung eG, Talheim ", "                                             ")
        .replace("  ║  Projektleitung:    Dr. Jonas Feld       ", "  ║  Ansprechpartner:   Amt 50               "),
        [],
    ),
    Case(
        "a framed box of building work names no one",
        BOX.replace("4. Prozessbegleitung\nFür die Moderation der Foren", "4. Bauarbeiten\nFür den Umbau der Halle")
        .replace("Prozessbegleitung Teilhabeplan", "Umbau der Halle              ")
        .replace("Moderation von 6 Foren, Dokumentation", "Rohbau, Dach                         "),
        [],
    ),
    Case(
        "a framed box whose value names a contact after a semicolon: the organisation up to it",
        BOX.replace(
            "Beteiligung eG, Talheim                      ", "Beteiligung eG, Talheim; Ansprechpartnerin "
        ).replace("║  Projektleitung:    Dr. Jonas Feld          ", "║                     Frau Dr. Ina Kolb       "),
        [(None, "weitblick – Werkstatt für Dialog und Beteiligung eG", 21420.0)],
    ),
    Case(
        "a contract's party with its town in brackets and its representative; the fee raised to a sum",
        CONTRACT,
        [("Jan Brandt", "Talblick Dialog & Partner PartG", 16660.0)],
    ),
    Case(
        "a cost row's payee wrapped onto the next line, its amount the fee",
        COSTS,
        [(None, "Büro Weitsicht Dialog", 5950.0)],
    ),
    Case(
        "a cost row of a material cost names no payee",
        COSTS.replace("Moderation der Ortsteilforen (Büro Weitsicht", "Druck der Broschüren (Druckerei Weitsicht"),
        [],
    ),
    Case(
        "a cost row's note on the price in brackets names no payee",
        HEAD + "4. Finanzielle Auswirkungen\n\n"
        "    Prozessbegleitung (Festpreis, inkl. USt.)            EUR  18.450,00\n"
        "    Regionalkonferenzen (2 Termine)                      EUR   4.200,00\n",
        [],
    ),
    Case(
        "a lead's bracket closing after a page break",
        [
            HEAD + "Mit der Evaluation wurde im Juli 2026 die Fachhochschule Talheim,\nFachbereich Soziale Arbeit, "
            "beauftragt (Projektleitung: Prof.\nDr. Anna",
            "Beispiel). Der Werkvertrag hat einen Umfang von 9.520,00 € brutto.\n",
        ],
        [("Prof. Dr. Anna Beispiel", "Fachhochschule Talheim, Fachbereich Soziale Arbeit", None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_letters_boxes_and_clauses(case: Case) -> None:
    assert run(case.text) == case.expected
