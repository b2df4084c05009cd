"""A members table of a role column and a body column ("Funktion | Institution") whose gaps a PDF's
text layer or an export flattened into single spaces: under its header, each row's role word
("Vorsitz", "Mitglied", "beratend") is no part of the member, a "Vorsitz" row names the chair, and
a body with commas stays one member. Negative: a sentence that opens with "Mitglied" after the rows
(invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = "Kreis Talheim\nBeschlussvorlage\n\nIntegrationsplan des Kreises\n\n"
SENTENCE = "2. Lenkungsgruppe\nDie Lenkungsgruppe steuert die Umsetzung. Sie ist wie folgt besetzt:\n\n"
ROWS = (
    "Vorsitz Dezernentin für Bildung, Kultur und Soziales\n"
    "Mitglied Jobcenter Kreis Talheim\n"
    "Mitglied Stadt Bergdorf, Fachdienst Jugend und Familie\n"
    "beratend Hochschule Talheim, Institut für Sozialarbeit\n"
)
MEMBERS = [
    "Dezernentin für Bildung, Kultur und Soziales",
    "Jobcenter Kreis Talheim",
    "Stadt Bergdorf, Fachdienst Jugend und Familie",
    "Hochschule Talheim, Institut für Sozialarbeit",
]


def test_role_first_rows_under_their_header_give_the_bodies_and_the_chair() -> None:
    (group,) = groups_of(HEAD + SENTENCE + "Funktion Institution\n" + ROWS + "\n3. Kosten\nKeine.\n")
    assert [m.member for m in group.members] == MEMBERS
    assert [m.member for m in group.members if m.is_chair] == MEMBERS[:1]


def test_a_sentence_opening_with_a_role_word_under_a_header_is_no_row() -> None:
    text = (
        HEAD
        + SENTENCE
        + "Funktion Institution\n"
        + ROWS
        + "Mitglied werden können auch Vereine.\n\n3. Kosten\nKeine.\n"
    )
    (group,) = groups_of(text)
    assert [m.member for m in group.members] == MEMBERS
