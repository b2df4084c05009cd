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


def test_role_first_rows_run_into_the_lead_in_name_a_group_of_their_own() -> None:
    """pypdf gives the rows right under the lead-in's line, in its sentence; a row's body holding a
    group word ("Kreisgruppe") is a member, and leaves the lead-in to the group it speaks of."""
    rows = ROWS.replace("Mitglied Jobcenter Kreis Talheim", "Mitglied Sozialverband VdK, Kreisgruppe Talheim")
    text = (
        HEAD
        + "2. Lenkungsgruppe\nDie Lenkungsgruppe steuert die Umsetzung. Sie ist wie folgt besetzt:\n"
        + "Funktion Institution\n"
        + rows
        + "3. Kosten\nKeine.\n"
    )
    (group,) = groups_of(text)
    assert [m.member for m in group.members] == [MEMBERS[0], "Sozialverband VdK, Kreisgruppe Talheim", *MEMBERS[2:]]


def test_role_first_rows_a_blank_line_apart_under_their_header() -> None:
    """pdfminer.six sets a blank line after every row: the header set apart still names the columns."""
    spaced = "\n".join(line + "\n" for line in ROWS.splitlines())
    (group,) = groups_of(HEAD + SENTENCE + "Funktion Institution\n\n" + spaced + "\n3. Kosten\nKeine.\n")
    assert [m.member for m in group.members] == MEMBERS
    assert [m.member for m in group.members if m.is_chair] == MEMBERS[:1]


def test_rows_without_a_role_word_under_a_role_header_set_apart_name_no_member() -> None:
    """Under a header set apart, lines that open with no role word are no rows of it."""
    text = (
        HEAD
        + SENTENCE
        + "Funktion Institution\n\n"
        + "Die Geschäftsstelle liegt beim Kreis.\n\n"
        + "Weitere Sitzungen folgen im Herbst.\n\n3. Kosten\nKeine.\n"
    )
    assert [m.member for g in groups_of(text) for m in g.members] == []
