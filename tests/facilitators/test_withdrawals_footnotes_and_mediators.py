"""facilitators: a bidder that withdrew its offer is no one engaged, the one moving up is; a sentence
naming no one that bears a footnote's mark names the one engaged in its footnote, the fee there too; a
mediator leading the process's meetings is a facilitator, the person intended for it named with the
profession and no organisation (invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Stadt Birkenau\nBeschlussvorlage\n\nBetreff: Integrationskonzept\n\n"
CASES = [
    Case(
        "a bidder that withdrew its offer is no facilitator",
        HEAD + "Die Dialogwerk Süd GmbH, Passau, deren Angebot zur Annahme vorgeschlagen war, hat ihr Angebot"
        " für die Moderation am 02.03.2027 zurückgezogen.\n",
        [],
    ),
    Case(
        "the bidder moving up after another withdrew is engaged",
        HEAD + "Nachdem die Dialogwerk Süd GmbH ihr Angebot zurückgezogen hat, wird die Moderation an die"
        " Brückenbau Beratung GmbH, Straubing, vergeben.\n",
        [(None, "Brückenbau Beratung GmbH", None)],
    ),
    Case(
        "the bidder engaged in the main clause before a clause of another's withdrawal is engaged",
        HEAD + "Die Moderation wird an die Brückenbau Beratung GmbH, Straubing, vergeben, da die Dialogwerk Süd"
        " GmbH ihr Angebot zurückgezogen hat.\n",
        [(None, "Brückenbau Beratung GmbH", None)],
    ),
    Case(
        "a bidder withdrawing in the genitive of its withdrawal is no facilitator",
        HEAD + "Nach dem Rückzug der Dialogwerk Süd GmbH wird die Moderation an die Brückenbau Beratung GmbH"
        " vergeben.\n",
        [(None, "Brückenbau Beratung GmbH", None)],
    ),
    Case(
        "the footnote of a best offer names the one engaged and its gross fee",
        HEAD + "4. Externe Moderation\nFür die Moderation der Werkstätten soll ein externes Büro beauftragt"
        " werden. Das wirtschaftlichste Angebot liegt vor¹; es umfasst zwölf Moderationstage.\n\n"
        "5. Finanzielle Auswirkungen\nDie Mittel stehen im Teilhaushalt bereit.\n\n_______________\n"
        "¹ Angebot vom 12.01.2027: Büro Flusslauf, Inhaberin Dipl.-Soz. Petra Lindner, Birkenau;"
        " 10.000,00 EUR netto, 11.900,00 EUR brutto.\n",
        [("Dipl.-Soz. Petra Lindner", "Büro Flusslauf", 11900.0)],
    ),
    Case(
        "a footnote under a sentence that is no facilitation names no one",
        HEAD + "Die Turnhalle wird saniert; das wirtschaftlichste Angebot liegt vor¹.\n\n"
        "¹ Angebot vom 12.01.2027: Hochbau Birkenau GmbH; 80.000,00 EUR brutto.\n",
        [],
    ),
    Case(
        "a mark whose footnote is not found names no one",
        HEAD + "Für die Moderation der Foren soll ein externes Büro beauftragt werden. Das wirtschaftlichste"
        " Angebot liegt vor¹.\n",
        [],
    ),
    Case(
        "a freelance mediator intended for the work, named with her profession alone",
        HEAD + "4. Begleitung durch eine Mediatorin\nDie Sitzungen des Arbeitskreises sollen von einer"
        " erfahrenen Mediatorin geleitet werden. Vorgesehen ist Frau Hanna Roderich, Mediatorin (BM) aus"
        " Kassel. Sie hat ein Honorar von 4.200,00 € angeboten; Umsatzsteuer fällt nicht an.\n",
        [("Hanna Roderich", None, 4200.0)],
    ),
    Case(
        "a sum intended for mediation names no one",
        HEAD + "Für die Mediation im Quartier sind im Haushalt 5.000,00 € vorgesehen.\n",
        [],
    ),
    Case(
        "an external moderation not intended names no one, the table above it neither",
        HEAD + "Ihm gehören an:\nJobcenter Birkenau Bereichsleitung Markt\nAWO Kreisverband Birkenau e. V. Tom"
        " Gerber, Migrationsberatung\n\nDie Sitzungen bereitet die Integrationskoordination vor und moderiert"
        " sie; eine\nexterne\nModeration ist nicht vorgesehen.\n",
        [],
    ),
    Case(
        "the media library is no mediation",
        HEAD + "Vorgesehen ist die Stadtbücherei mit ihrer Mediathek als Ort der Begegnung.\n",
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_withdrawals_footnotes_and_mediators(case: Case) -> None:
    assert run(case.text) == case.expected
