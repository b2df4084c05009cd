"""facilitators: the award of the work a paragraph named before, said by the sentence's finite
verb ("… soll der Zuschlag erteilt werden an die X GmbH.", "Den Auftrag erhält das Büro X,
Inhaberin Dr. Y, …"), the office and its owner one facilitator; not an award in an infinitive
("… wird ermächtigt, den Zuschlag zu erteilen"), nor an award for building works (invented
examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Stadt Erlenbach\nBeschlussvorlage\n\nBetreff: Integrationskonzept\n\n"
CASES = [
    Case(
        "the award after a passive modal, the company ending the sentence",
        HEAD + "Für die Moderation der Fachwerkstätten wurden vier Büros zur Abgabe eines Angebots aufgefordert."
        " Nach Wertung der Angebote soll der Zuschlag erteilt werden an die Talbrücke Dialog GmbH. Ihr Angebot"
        " schließt mit 21.420,00 € brutto ab.\n",
        [(None, "Talbrücke Dialog GmbH", 21420.0)],
    ),
    Case(
        "the order received, the office with its owner",
        HEAD + "Für die Moderation der drei Stadtteilforen wurden drei Angebote eingeholt. Den Auftrag erhält das"
        " Büro Flussaue Beteiligung, Inhaberin Dr. Eva Brandt, Erlenbach, zum Angebotspreis von 9.800,00 €"
        " brutto.\n",
        [("Dr. Eva Brandt", "Büro Flussaue Beteiligung", 9800.0)],
    ),
    Case(
        "an award in an infinitive names no one",
        HEAD + "Für die Moderation der Fachwerkstätten wurden vier Büros zur Abgabe eines Angebots aufgefordert."
        " Der Bürgermeister wird ermächtigt, den Zuschlag zu erteilen.\n",
        [],
    ),
    Case(
        "the order for building works names no one",
        HEAD + "Für die Sanierung des Jugendhauses wurden drei Angebote eingeholt. Den Auftrag erhält die Bau"
        " Erlenbach GmbH.\n",
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_award_verbs(case: Case) -> None:
    assert run(case.text) == case.expected
