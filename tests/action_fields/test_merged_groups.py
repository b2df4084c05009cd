"""Fields in the merged first cells of a table of measures grouped by rules, as a PDF's text layer gives
them with the gaps closed (``extractors/action_fields/merged.py``): the name on the middle line of its
group and wrapped over the lines around it, a measure's line run over onto the next; and look-alikes that
give nothing (invented documents)."""

from __future__ import annotations

from tests.action_fields.test_action_fields import labels

HEAD = "Stadt Bergheim\nVorlage Nr. 5/2027\n\nDas Integrationskonzept hält an seinen drei Handlungsfeldern fest:\n"
TAIL = "\nDer Rat wird jährlich unterrichtet.\n"
RULE = "-" * 60 + "\n"
MERGED = (
    "Handlungsfeld Nr. Maßnahme Zeitraum\n" + RULE + "1.1 Sprachkurse mit Kinderbetreuung ab 2027\n"
    "Sprache und Kultur 1.2 Lesepaten an den Grundschulen ab 2027\n"
    "1.3 Elterncafés in den Kitas 2027–\n"
    "2028\n" + RULE + "Arbeit und 2.1 Anerkennungsberatung im Rathaus ab 2027\n"
    "Ausbildung 2.2 Sprechstunde für Saisonkräfte 2028\n"
    + RULE
    + "Wohnen im Quartier 3.1 Wohnraumbörse ab 2027\n"
    + RULE
)


def test_merged_cells_give_the_names_of_their_groups() -> None:
    assert labels(HEAD + MERGED + TAIL) == ["Sprache und Kultur", "Arbeit und Ausbildung", "Wohnen im Quartier"]


def test_a_line_without_its_number_gives_no_table() -> None:
    text = MERGED.replace("Ausbildung 2.2 Sprechstunde", "Ausbildung Sprechstunde")
    assert labels(HEAD + text + TAIL) == []


def test_a_name_that_cannot_end_gives_no_table() -> None:
    text = MERGED.replace("Ausbildung 2.2 Sprechstunde", "2.2 Sprechstunde")
    assert labels(HEAD + text + TAIL) == []
