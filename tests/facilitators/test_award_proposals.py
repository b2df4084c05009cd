"""facilitators: the award a paragraph proposes after naming the work ("Die Begleitung umfasst …
Nach der Wertung schlägt die Verwaltung die Vergabe an die X GmbH vor."), under a heading the
view does not take for one; and a list of delegates with leaders of dots set right before a
sentence of facilitation, whose lines name members, never facilitators; the signature of an offer,
its name over its office named after it ("Dr. A. Berg" / "Berg Beratung"), names the person alone
(invented examples, with negatives)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Landkreis Wendenau\nBeschlussvorlage\n\nBetreff: Teilhabeplan\n\n"
CASES = [
    Case(
        "the award proposed in the paragraph that names the work",
        HEAD + "D. Vergabe der Prozessbegleitung\nDie Prozessbegleitung umfasst die Moderation von vier"
        " Foren. Nach der Wertung schlägt die Verwaltung die Vergabe an die Teilhabewerk Nord GmbH,"
        " Jena, zum Bruttopreis von 21.420,00 € vor.\n",
        [(None, "Teilhabewerk Nord GmbH", 21420.0)],
    ),
    Case(
        "an award of building work proposed names no facilitator",
        HEAD + "D. Vergabe der Dachsanierung\nDie Arbeiten umfassen das Dach der Turnhalle. Die Verwaltung"
        " schlägt die Vergabe an die Dachbau Wendenau GmbH zum Preis von 88.000,00 € vor.\n",
        [],
    ),
    Case(
        "delegates with leaders before the sentence of the moderation",
        HEAD + "Die Koordinierungsgruppe tagt viermal im Jahr. Es entsenden:\n\n"
        "Volkshochschule Wendenau ............ 1 Person\n"
        "Diakonie Wendenau e. V. ............. 1 Person\n\n"
        "Moderation\nFür die Moderation der Koordinierungsgruppe wurden drei Angebote eingeholt. Den Auftrag"
        " erhält die Brückenschlag Moderation GbR.\n",
        [(None, "Brückenschlag Moderation GbR", None)],
    ),
    Case(
        "the signature of an offer for the moderation, the name over its office",
        HEAD + "Prozessbegleitung\nFür die Moderation der Foren soll das günstigste Angebot angenommen werden. Es"
        " ist wie folgt gezeichnet:\n\n      gez. Dr. Ilka Brandauer\n      Brandauer Prozessberatung, Gera\n"
        "      Angebot vom 14.01.2025\n\nKosten\n",
        [("Dr. Ilka Brandauer", None, None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_award_proposals_and_delegates(case: Case) -> None:
    assert run(case.text) == case.expected
