"""A facilitator named only in a cost table's row: the service of facilitation, its payee in
brackets, the fee ending the line."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import run

HEAD = (
    "Gemeinde Beispielheim\nVorlage Nr. 21/2025\n\nBürgerforen\n"
    "In drei Ortsteilen werden Bürgerforen durchgeführt. Die Moderation der Foren wird an ein externes\n"
    "Büro vergeben; ein Angebot liegt vor (siehe Kostenübersicht).\n\n"
    "Kostenübersicht\nKostenart                                                     Betrag\n"
)
TAIL = "Saalmieten und Bewirtung                                      1.150,00 €\n\nDie Mittel stehen bereit.\n"


def test_the_payee_of_a_moderation_row() -> None:
    row = "Moderation von drei Bürgerforen (Planungsbüro Stadtgrün, Ulm)       4.200,00 €\n"
    assert run(HEAD + row + TAIL) == [(None, "Planungsbüro Stadtgrün", 4200.0)]


@pytest.mark.parametrize(
    "row",
    [
        "Saalmieten in drei Ortsteilen (Gemeindezentrum Nord, Süd)        4.200,00 €\n",  # no service of facilitation
        "Förderung der Moderation (Land Beispielland)                     4.200,00 €\n",  # a grant's giver
        "Moderation von drei Bürgerforen (Planungsbüro Stadtgrün)    4.200,00 € netto zuzüglich Steuer\n",
        "Moderation von drei Bürgerforen (Festpreis) 4.200,00 €\n",  # how the sum is charged, no payee
    ],
    ids=["no-role", "a-grant", "words-after-the-amount", "a-word-of-the-charge"],
)
def test_no_payee_read_from_other_rows(row: str) -> None:
    assert run(HEAD + row + TAIL) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Jana Beispiel von der „Agentur Brückenbau Beratung“, die den Teilhabeplan mit der Gemeinde entwickelt, "
            "stellte die Ziele im Ausschuss vor.",
            [("Jana Beispiel", "Agentur Brückenbau Beratung", None)],
        ),
        (
            "Jana Beispiel berichtete von der „Agentur Brückenbau Beratung“, die den Teilhabeplan mit der Gemeinde "
            "entwickelt.",
            [(None, "Agentur Brückenbau Beratung", None)],
        ),
        (
            "Jonas Muster vom Institut für Teilhabeforschung, das den Teilhabeplan wissenschaftlich begleitet "
            "hat, übergab den Entwurf an den Landrat.",
            [("Jonas Muster", "Institut für Teilhabeforschung", None)],
        ),
    ],
    ids=["person-from-the-organisation", "a-verb-between", "vom"],
)
def test_a_person_from_the_organisation_engaged(sentence: str, expected: list) -> None:
    """A bare personal name right before "von der" and the organisation engaged is its person."""
    assert run("Gemeinde Beispielheim\n\nTeilhabeplan\n" + sentence + "\n") == expected


def test_the_payee_of_a_row_whose_amount_wrapped() -> None:
    """A PDF's text may set a long row's amount on a line of its own."""
    row = "Moderation von drei Bürgerforen (Planungsbüro Stadtgrün, Ulm)\n4.200,00 €\n"
    assert run(HEAD + row + TAIL) == [(None, "Planungsbüro Stadtgrün", 4200.0)]
