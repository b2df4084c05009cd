"""facilitators: the person of the organisation a sentence engages, named in that sentence: a label in
brackets after the organisation ("(Projektleitung: Dr. X)", "(Ansprechpartnerin: Y)"), a lead after
it ("unter der Projektleitung von Dr. X"; the organisation named again by its abbreviation and legal
form is the same row) or a clause pointing back to it with "dort" ("…; die Foren leitet dort Frau
Z"); the person joins the organisation's row, also when the award was stated before with the organisation alone. A label
naming no person names none; social care of residents and a person offering to do a thing
themselves ("hat angeboten, … zu gründen") under a heading of accompaniment name no facilitator
(invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Stadt Lindenau\nBeschlussvorlage\n\nBetreff: Leitbild Vielfalt\n\n"
AWARD = (
    "Beschlussvorschlag:\n1. Die Verwaltung wird beauftragt, die Moderation der Foren an die Stadtwerkstatt Kessel"
    " GmbH, Gera, zum Preis von 12.376,00 EUR brutto zu vergeben.\n\n"
)
CASES = [
    Case(
        "a project lead in brackets after the organisation of the best offer",
        HEAD + AWARD + "Sachverhalt:\n2. Moderation\nDrei Büros wurden angefragt. Das günstigste Angebot hat die"
        " Stadtwerkstatt Kessel GmbH, Gera, mit 12.376,00 EUR brutto abgegeben (Projektleitung: Dipl.-Ing. Jan"
        " Ottmers).\n",
        [("Dipl.-Ing. Jan Ottmers", "Stadtwerkstatt Kessel GmbH", 12376.0)],
    ),
    Case(
        "a contact in brackets, a bare name wrapped over the line",
        HEAD + "Die Prozessbegleitung soll an die Quartiersberatung Saale GbR (Ansprechpartnerin: Lea\nBrandes)"
        " zum Preis von 9.800,00 € brutto vergeben werden.\n",
        [("Lea Brandes", "Quartiersberatung Saale GbR", 9800.0)],
    ),
    Case(
        "a clause pointing back to the organisation with 'dort'",
        HEAD + AWARD + "Sachverhalt:\n2. Moderation\nDas günstigste Angebot hat die Stadtwerkstatt Kessel GmbH, Gera,"
        " mit 12.376,00 EUR brutto abgegeben; die Foren leitet dort Frau Eva Kranzler.\n",
        [("Eva Kranzler", "Stadtwerkstatt Kessel GmbH", 12376.0)],
    ),
    Case(
        "a lead after 'unter der Projektleitung von', the organisation named again by its abbreviation in a cost row",
        HEAD + "4. Externe Begleitung\nNach einer Ausschreibung soll die Gesellschaft für Teilhabeplanung (GTP) GmbH,"
        " Jena, unter der Projektleitung von Dr. Ruth Kessler mit der Begleitung beauftragt werden. Das Angebot"
        " beläuft sich auf 41.200,00 € brutto.\n\n5. Kosten\n   davon Begleitung (GTP GmbH)      41.200,00 €\n"
        "   davon Sachkosten                  8.000,00 €\n",
        [("Dr. Ruth Kessler", "Gesellschaft für Teilhabeplanung (GTP) GmbH", 41200.0)],
    ),
    Case(
        "a lead of another matter ('unter der Leitung von' a council's chair) joins no one",
        HEAD + "Die Foren tagten unter der Leitung von Bürgermeisterin Greta Muster. Die Moderation übernimmt die"
        " Stadtwerkstatt Kessel GmbH zum Preis von 4.200,00 € brutto.\n",
        [(None, "Stadtwerkstatt Kessel GmbH", 4200.0)],
    ),
    Case(
        "a bracket label naming an office, no person",
        HEAD + "Die Prozessbegleitung soll an die Quartiersberatung Saale GbR (Ansprechpartner: Sozialamt) zum"
        " Preis von 9.800,00 € brutto vergeben werden.\n",
        [(None, "Quartiersberatung Saale GbR", 9800.0)],
    ),
    Case(
        "a person offering to do a thing themselves under a heading of accompaniment (an export's lines) is engaged"
        " by no one",
        HEAD + "3.\n\nBegleitung vor Ort\n\nFür den Neubau wird ein Beirat eingerichtet, dem der Ortsvorsteher, Herr"
        "\nMalte\nSievers, zwei Vertreter der Anwohner und\ndas Amt\nfür Hochbau angehören; ihn leitet der"
        " Ortsvorsteher. Die Sprecherin des\nFreundeskreises, Frau Wiebke Lorenzen, hat angeboten, im"
        " Gemeinschaftsraum eine\nSpielgruppe\nzu gründen.\n",
        [],
    ),
    Case(
        "an offer of the work itself, no infinitive after it, still engages",
        HEAD + "3. Moderation\nDie Moderation der Foren hat die Stadtwerkstatt Kessel GmbH zu 4.200,00 € angeboten;"
        " sie soll beauftragt werden.\n",
        [(None, "Stadtwerkstatt Kessel GmbH", 4200.0)],
    ),
    Case(
        "social care of residents under a heading of accompaniment is no facilitation",
        HEAD + "3. Begleitung vor Ort\nDas Integrationsmanagement berät die Bewohnerinnen und\nBewohner in zwei"
        " Schwerpunkten:\n– Sprache und Schule,\n– Arbeit und Ausbildung.\nDie soziale Betreuung übernimmt die"
        " Diakonie Saaletal im Auftrag des\nLandkreises.\n",
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_staff_of_the_engaged(case: Case) -> None:
    assert run(case.text) == case.expected
