"""facilitators: a tender's best offer named in a sentence of its own after the paragraph's work
("Wirtschaftlichstes Angebot ist das der X GmbH"): the sentence points back to the facilitation the
tender asked for; the best offer for building works names no one. A part of the order in brackets
after a cost row's service ("Moderation (Los 1)") is no payee (invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Landkreis Erlenbach\nSitzungsvorlage\n\nBetreff: Teilhabeplan\n\n"
CASES = [
    Case(
        "the best offer without an article, after the lots",
        HEAD + "Die Leistungen wurden in zwei Losen ausgeschrieben: Los 1 umfasst die Moderation von drei"
        " Bürgerforen, Los 2 den Druck der Broschüren. Für Los 1 gingen drei Angebote ein. Wirtschaftlichstes"
        " Angebot ist das der Talbrücke Dialog GmbH, Erlenbach, mit 21.420,00 € brutto.\n",
        [(None, "Talbrücke Dialog GmbH", 21420.0)],
    ),
    Case(
        "the cheapest offer with its article",
        HEAD + "Für die Begleitung der Steuerungsgruppe wurden vier Büros angefragt. Das günstigste Angebot"
        " ist das des Instituts für Gemeinwesen Nordhessen e. V.\n",
        [(None, "Institut für Gemeinwesen Nordhessen e. V.", None)],
    ),
    Case(
        "the best offer for building works names no one",
        HEAD + "Die Sanierung des Jugendhauses wurde ausgeschrieben. Wirtschaftlichstes Angebot ist das der"
        " Bau Erlenbach GmbH.\n",
        [],
    ),
    Case(
        "a lot in brackets after a cost row's service is no payee",
        HEAD + "Kosten\nModeration der Foren (Los 1)      12.600,00 €\nDruck (Los 2)      2.400,00 €\n",
        [],
    ),
    Case(
        "a payee in brackets after a cost row's service still is",
        HEAD + "Kosten\nModeration der Foren (Büro Flussaue, Erlenbach)      12.600,00 €\n",
        [(None, "Büro Flussaue", 12600.0)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_best_offer(case: Case) -> None:
    assert run(case.text) == case.expected
