"""facilitators: the award of a tender named earlier in the paragraph ("Die Moderation … wurde
ausgeschrieben. Zwei Büros haben angeboten. Der Zuschlag soll auf das Angebot der X GmbH erteilt
werden."): the sentence of the award points back to the tender's role; an award in a paragraph that
names no facilitation, or after a paragraph that does, names no facilitator (invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Stadt Lindenau\nBeschlussvorlage\n\nBetreff: Leitbild Vielfalt\n\n"
CASES = [
    Case(
        "the award two sentences after the tender",
        HEAD + "Die Moderation der vier Bürgerforen wurde beschränkt ausgeschrieben. Zwei Büros haben ein"
        " Angebot abgegeben. Der Zuschlag soll auf das Angebot der Forumwerk Mitte GmbH, Erfurt, zum Preis"
        " von 18.445,00 € brutto erteilt werden.\n",
        [(None, "Forumwerk Mitte GmbH", 18445.0)],
    ),
    Case(
        "the award right after the tender, the winner in the genitive",
        HEAD + "Für die externe Begleitung des Prozesses wurde ein Wettbewerb durchgeführt. Den Zuschlag"
        " erhielt das Angebot des Instituts für Quartiersarbeit Weimar e. V.\n",
        [(None, "Institut für Quartiersarbeit Weimar e. V.", None)],
    ),
    Case(
        "an award in a paragraph of building works names no facilitator",
        HEAD + "Die Sanierung der Turnhalle wurde ausgeschrieben. Drei Firmen haben angeboten. Der Zuschlag"
        " soll auf das Angebot der Hochbau Lindenau GmbH erteilt werden.\n",
        [],
    ),
    Case(
        "an award in the paragraph after the facilitation's paragraph names no facilitator",
        HEAD + "Die Moderation übernimmt die Integrationsbeauftragte der Stadt.\n\nDie Druckaufträge wurden"
        " angefragt. Der Zuschlag soll auf das Angebot der Druckerei Sonnenschein KG erteilt werden.\n",
        [],
    ),
    Case(
        "an award inside a sentence of authority, after a sentence with a role word, names no facilitator",
        HEAD + "Der Ausschuss stimmt der Vergabe der fahrzeugbegleitenden Reinigung der Haltestellen zu. Die"
        " Verwaltung wird ermächtigt, den Zuschlag zu erteilen und einen Vertrag mit der Firma Glanzwerk"
        " Lindenau GmbH abzuschließen.\n",
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_award_after_tender(case: Case) -> None:
    assert run(case.text) == case.expected
