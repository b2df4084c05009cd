"""The one engaged in a block of label lines: the "Moderation:" line of minutes' heads and event programmes
(its label may say when: "Moderation durch den Tag:"), the contractor's field of a notice of an award and
the vendor of a purchase requisition (``extractors/facilitators/labelled.py``, ``fields.py``); and the
look-alikes that name no one (invented examples)."""

from __future__ import annotations

import re

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Stadt Talheim\nBeschlussvorlage\n\nBegründung:\n\n"
MINUTES = (
    HEAD + "3. Steuerungsgruppe\nDie Steuerungsgruppe hat sich konstituiert:\n\n"
    "     Auszug aus der Niederschrift über die 1. Sitzung\n\n"
    "     Datum:          Dienstag, 02.03.2027, 16:00 Uhr\n"
    "     Mitglieder\n"
    "       anwesend:     Beigeordnete Dr. Eva Roth (Vorsitz); Jan Weber (Jobcenter Talheim);\n"
    "                     Ayla Kaya (Caritasverband Talheim e. V.)\n"
    "     Gäste:          Dr. Tom Hein (Kreisverwaltung Talheim-Land); Lena Sauer (Praktikantin,\n"
    "                     Abteilung 5)\n"
    "     {label}     {value}\n"
    "     Protokoll:      Tim Kurz (Abteilung 5)\n\n"
    "     TOP 1   Begrüßung\n"
)
PROGRAMME = (
    HEAD + "5. Forum\nDer Programmentwurf:\n\n"
    "    10.00 Uhr   Begrüßung                          Oberbürgermeister Karl Maier\n"
    "    10.30 Uhr   Werkstatt-Tische                   Lenkungskreis\n\n"
    "    {label} {value}\n"
    "    Dolmetschen: Arabisch, Türkisch (Flüsterdolmetschen)\n\n"
    "Für die Moderation hat die Stadt drei Büros um ein Angebot gebeten.\n"
)
NOTICE = (
    HEAD + "4. Externe Begleitung\nNach dem Zuschlag wird die Vergabe so veröffentlicht:\n\n"
    "  ════════════════════════════════════════════════════════════════════\n"
    "  Information über vergebene Aufträge (§ 30 UVgO)\n"
    "  Öffentlicher Auftraggeber    Stadt Talheim, Fachdienst 3.4,\n"
    "                               Marktplatz 1, 61169 Talheim\n"
    "  Auftragsgegenstand           {subject}\n"
    "  Leistungszeitraum            01.07.2027 bis 30.06.2029\n"
    "  Auftragnehmer{gap}Weitblick – Beratung und Dialog eG,\n"
    "{indent}Lindenstraße 4, 61231 Bergheim\n"
    "  Auftragswert (brutto)        46.410,00 EUR\n"
    "  ════════════════════════════════════════════════════════════════════\n"
)
REQUISITION = (
    HEAD + "4. Vorbereitung\nDie Bestellanforderung ist angelegt (Auszug):\n\n"
    "  Bestellanforderung 10048873                       angelegt: 14.04.2027\n"
    "  Buchungskreis   1000 Stadt Talheim              Einkäufergruppe   Z54\n"
    "  Kreditor        300184  {vendor}\n"
    "                          Hauptstraße 16, 30177 Hannover\n"
    "  Ansprechpartner Dr. Jan Sander\n"
    "  Angebot         vom 31.03.2027\n\n"
    "  Pos.  Kurztext                                   Menge  ME    Wert netto\n"
    "  0010  {item}                                     6   TAG     7.200,00\n"
)

CASES = [
    Case(
        "the 'Moderation:' line of minutes' head, its office's name wrapped",
        MINUTES.format(
            label="Moderation:",
            value="Dr. Lea Hartmann, Büro Perspektive – Moderation und Prozess-\n"
            "                     beratung, Mannheim",
        ),
        [("Dr. Lea Hartmann", "Büro Perspektive – Moderation und Prozessberatung", None)],
    ),
    Case(
        "the same minutes with their indents and gaps collapsed by an export",
        re.sub(
            r"(?m)^ +| {2,}",
            lambda m: "" if m.start() == 0 or m.string[m.start() - 1] == "\n" else " ",
            MINUTES.format(
                label="Moderation:",
                value="Dr. Lea Hartmann, Büro Perspektive – Moderation und Prozess-\n"
                "                     beratung, Mannheim",
            ),
        ),
        [("Dr. Lea Hartmann", "Büro Perspektive – Moderation und Prozessberatung", None)],
    ),
    Case(
        "the minutes' guests and minute-taker alone name no one",
        MINUTES.format(label="Ort:       ", value="Rathaus, Sitzungsraum 2"),
        [],
    ),
    Case(
        "a 'Moderation:' line naming the town's own office is no one engaged",
        MINUTES.format(label="Moderation:", value="Frau Ina Schulz (Abteilung 5 der Stadt Talheim)"),
        [],
    ),
    Case(
        "a programme's moderation label saying when, a bare name before the office",
        PROGRAMME.format(label="Moderation durch den Tag:", value="Katrin Ost, Büro für Beteiligung „Tischrunde“, Ulm"),
        [("Katrin Ost", "Büro für Beteiligung „Tischrunde“", None)],
    ),
    Case(
        "a compound of the role as the label",
        PROGRAMME.format(label="Tagesmoderation:", value="Dr. Jana Berg, Agentur Dialogwerk, Kassel"),
        [("Dr. Jana Berg", "Agentur Dialogwerk", None)],
    ),
    Case(
        "a programme's moderation by the mayor is no one engaged",
        PROGRAMME.format(label="Moderation durch den Tag:", value="Bürgermeisterin Dr. Eva Roth"),
        [],
    ),
    Case(
        "the contractor's field of a notice of an award, its address under it",
        NOTICE.format(
            subject="Begleitung des Integrationsfonds und Moderation der Steuerungsgruppe",
            gap=" " * 16,
            indent=" " * 31,
        ),
        [(None, "Weitblick – Beratung und Dialog eG", 46410.0)],
    ),
    Case(
        "the same field with its gaps collapsed by an export: the value ends in its legal form",
        NOTICE.format(
            subject="Begleitung des Integrationsfonds und Moderation der Steuerungsgruppe", gap=" ", indent="  "
        ).replace("           ", " "),
        [(None, "Weitblick – Beratung und Dialog eG", 46410.0)],
    ),
    Case(
        "a notice of an award of building work names no facilitator",
        NOTICE.format(subject="Sanierung der Sporthalle Talheim-Nord", gap=" " * 16, indent=" " * 31).replace(
            "4. Externe Begleitung", "4. Sanierung"
        ),
        [],
    ),
    Case(
        "the vendor of a purchase requisition for moderation, with the contact under it",
        REQUISITION.format(vendor="Impuls Moderation und Beratung GmbH", item="Moderation Planungsbeirat  "),
        [("Dr. Jan Sander", "Impuls Moderation und Beratung GmbH", None)],
    ),
    Case(
        "the vendor of a purchase requisition for furniture is no facilitator",
        REQUISITION.format(vendor="Büromöbel Schrank und Tisch GmbH", item="Stühle Sitzungsraum        "),
        [],
    ),
    Case(
        "a table's rows run into the sentence after a blank line are no part of it",
        HEAD + "Mitwirkende im Prozess SG RT\n────────────────────────────\n"
        "Dr. Lea Brand, Amt 50, Abteilung Integration x x\n"
        "Dr. Rafael Ort, Universität Talheim, Institut für Soziologie x\n"
        "────────────────────────────\nV = Vorsitz · x = wirkt mit\n\n"
        "Das beauftragte Institut (Abschnitt 5) gehört dem Redaktionsteam an und moderiert\ndie\n"
        "Sitzungen der Steuerungsgruppe; es ist nicht Mitglied.\n",
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_label_blocks_and_form_fields(case: Case) -> None:
    assert run(case.text) == case.expected
