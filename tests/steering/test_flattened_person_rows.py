"""Members tables of persons whose column gaps a PDF's text layer closed into single spaces:

- role first ("Funktion Name Institution"): a role column word with its attribute ("Funktion in der
  Gruppe"), an institutions' column word of two ("entsandt von"), a dashed rule under the column words,
  a first row led by the chair's role ("Leitung"), a row led by a role in lower case ("beratend"), a
  seat with no person ("N. N.");
- numbered rows of a body and its person, a date column after them ("Nr. Entsendende Stelle Mitglied
  Benennung vom"), a body ending in a noun right before the person ("… Integration und Teilhabe Mareike
  Sonnenberg"), the chair's mark on the body's wrapped rest.

Negative: under no header, such lines name no member (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = "Kreis Talheim\nBeschlussvorlage\n\nIntegrationsplan des Kreises\n\n"
LEAD = "4. Lenkungsgruppe Integration\nDie Lenkungsgruppe steuert die Umsetzung. Sie hat fünf Mitglieder.\n\n"
END = "\n5. Kosten\nKeine.\n"
ROLE_ROWS = (
    "Leitung Beate Kühl-Marten Beigeordnete für Jugend, Soziales und\n"
    "Gesundheit\n"
    "Mitglied Dörte Behnke Büro für Migration und Integration\n"
    "Mitglied Holger Pries Fraktion CDU\n"
    "Mitglied N. N. Industrie- und Handelskammer\n"
    "beratend Ilse Harder Quartiersmanagement Nord\n"
)
ROLE_MEMBERS = ["Beate Kühl-Marten", "Dörte Behnke", "Holger Pries", "Ilse Harder"]


def test_role_first_rows_under_column_words_and_their_rule() -> None:
    header = "Funktion Name entsandt von\n------------------ ------------------------ ---------------\n"
    (group,) = groups_of(HEAD + LEAD + header + ROLE_ROWS + END)
    assert [m.member for m in group.members] == ROLE_MEMBERS
    assert [m.member for m in group.members if m.is_chair] == ROLE_MEMBERS[:1]


def test_role_first_rows_under_a_role_column_word_with_its_attribute() -> None:
    (group,) = groups_of(HEAD + LEAD + "Funktion in der Gruppe Name Institution\n" + ROLE_ROWS + END)
    assert [m.member for m in group.members] == ROLE_MEMBERS


def test_role_first_lines_under_no_header_name_no_member() -> None:
    groups = groups_of(HEAD + LEAD + "Die Gruppe tagt viermal im Jahr.\n\n" + ROLE_ROWS + END)
    assert not any(m.member in ROLE_MEMBERS for g in groups for m in g.members)


NUMBERED = (
    "Nr. Entsendende Stelle Mitglied Benennung vom\n"
    "1 Dezernat V – Soziales, Gesundheit und Dr. Judith Albrecht –\n"
    "Jugend (Vorsitz)\n"
    "2 Abteilung Integration und Teilhabe Mareike Sonnenberg –\n"
    "3 Fachbereich Schule Torsten Behrens 02.03.2027\n"
    "4 Ausschuss für Integrationsfragen Samira Haddad 11.03.2027\n"
    "5 Jobcenter Talheim N. N. ausstehend\n"
)


def test_numbered_rows_of_bodies_and_persons_before_a_date_column() -> None:
    (group,) = groups_of(HEAD + LEAD + NUMBERED + END)
    assert [m.member for m in group.members] == [
        "Dr. Judith Albrecht",
        "Mareike Sonnenberg",
        "Torsten Behrens",
        "Samira Haddad",
    ]
    assert [m.member for m in group.members if m.is_chair] == ["Dr. Judith Albrecht"]


BROKEN_RULE = "Funktion in der Gruppe Name Institution\n" + "─" * 60 + "\n\n─\n"
ADVISORY_ROWS = (
    "Vorsitzende Greta Holm Zweite Beigeordnete\n"
    "Mitglied Jannik Roders Fachbereich 4, Jugend\n"
    "Mitglied Ole Quast Stadtrat (FDP)\n"
    "beratendes Mitglied Wiebke Sander Kreisverwaltung, Ausländer-\n"
    "behörde\n"
)


def test_role_first_rows_under_a_rule_broken_over_a_blank_line_and_an_advisory_role() -> None:
    """The text layer broke the rule under the column words onto a stroke of its own a blank line below;
    the last row's role is a role word after an adjective in lower case ("beratendes Mitglied")."""
    (group,) = groups_of(HEAD + LEAD + BROKEN_RULE + ADVISORY_ROWS + END)
    assert [m.member for m in group.members] == ["Greta Holm", "Jannik Roders", "Ole Quast", "Wiebke Sander"]
    assert [m.member for m in group.members if m.is_chair] == ["Greta Holm"]


def test_a_lower_case_word_before_no_role_word_opens_no_row() -> None:
    """ "geladene Gäste" opens no row: an adjective counts only before a role's word, the line after the
    rows is no member."""
    rows = ADVISORY_ROWS.replace("beratendes Mitglied Wiebke", "geladene Gäste Wiebke")
    (group,) = groups_of(HEAD + LEAD + BROKEN_RULE + rows + END)
    assert "Wiebke Sander" not in [m.member for m in group.members]
    assert [m.member for m in group.members][:3] == ["Greta Holm", "Jannik Roders", "Ole Quast"]


def test_a_blank_line_after_a_rule_ends_the_table_where_no_rule_goes_on() -> None:
    """A blank line under the rule, a row under it (no stroke of the rule's rest): the rows are no table's."""
    header = "Funktion in der Gruppe Name Institution\n" + "─" * 60 + "\n\n"
    groups = groups_of(HEAD + LEAD + header + ADVISORY_ROWS + END)
    assert not any(m.member == "Wiebke Sander" for g in groups for m in g.members)
