"""Members tables right under the paragraph that sets a group up, no lead-in's colon before them: the
header's column words say it is a members table ("Mitglied | Funktion / Institution", "Institution |
Mitglied | Stellvertretung"); as a text with gaps, as a PDF's text layer flattens it (the blank line
before the header lost, single spaces between the cells, a page break inside the rows) and with its
cells wrapped: a function or institution over two lines, "(stellv. Vorsitz)" under a name, an office
over a name whose last word wrapped onto the body's next line. The persons are the members, the
deputies none; a deputy chair's mark makes no chair. A table of other columns under the paragraph, or
a members table under a paragraph that speaks of no group, gives none (invented examples)."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.steering.rules import member_rules
from extractors.steering.tables import members_header
from tests.steering.test_steering import groups_of

HEAD = "Stadt Wendenau\nBeschlussvorlage\n\nBetreff: Fortschreibung des Teilhabeplans\n\n"
GROUP = (
    "3. Lenkungskreis Teilhabe\n\n"
    "Für die Umsetzung wird ein Lenkungskreis Teilhabe gebildet. Er tagt zweimal im Jahr. Den\n"
    "Vorsitz hat die Sozialdezernentin, ihre Stellvertretung der Leiter des Zuwanderungsamts.\n"
)
AFTER = "\nDie Fraktionen des Rates entsenden keine Mitglieder.\n\n4. Kosten\nEs entstehen keine Kosten.\n"

PERSONS_GAPPED = (
    "Mitglied                 Funktion / Institution\n"
    "Henrike Dallmann         Sozialdezernentin (Vorsitz)\n"
    "Jonas Petersen           Leiter des Amtes für\n"
    "                         Zuwanderung (stellv. Vorsitz)\n"
    "Marlene Vogt             Diakonisches Werk Kreis Wendenau\n"
    "                         e. V.\n"
    "Ole Brandt               Volkshochschule Wendenau\n"
)
PERSONS_FLAT = (
    "Mitglied Funktion / Institution\n"
    "Henrike Dallmann Sozialdezernentin (Vorsitz)\n"
    "Jonas Petersen Leiter des Amtes für\n"
    "Zuwanderung (stellv. Vorsitz)\n"
    "Marlene Vogt Diakonisches Werk Kreis Wendenau\n"
    "e. V.\n"
    "Ole Brandt Volkshochschule Wendenau\n"
)
PERSONS = [
    ("Henrike Dallmann", "administration"),
    ("Jonas Petersen", "administration"),
    ("Marlene Vogt", "welfare"),
    ("Ole Brandt", "education"),
]


def members_of(text: str) -> list[tuple[str, str]]:
    return [(m.member, m.sector) for g in groups_of(text) for m in g.members]


@pytest.mark.parametrize(
    "table, blank",
    [(PERSONS_GAPPED, True), (PERSONS_FLAT, True), (PERSONS_FLAT, False)],
    ids=["gaps", "flattened", "flattened-no-blank-line"],
)
def test_a_table_of_persons_under_the_groups_paragraph(table: str, blank: bool) -> None:
    """The persons are the members, the function or institution beside each (wrapped over two lines)
    telling the sector; the marked chair chairs, the deputy chair does not."""
    groups = groups_of(HEAD + GROUP + ("\n" if blank else "") + table + AFTER)
    assert [g.group_name for g in groups] == ["Lenkungskreis Teilhabe"]
    assert [(m.member, m.sector) for m in groups[0].members] == PERSONS
    assert [m.member for m in groups[0].members if m.is_chair] == ["Henrike Dallmann"]
    assert groups[0].chair == "Henrike Dallmann"


BODIES_GAPPED = (
    "Institution                          Mitglied                 Stellvertretung\n"
    "Dezernat 4 – Jugend, Soziales und    Stadträtin Dr. Ilka      Bernd Sommer\n"
    "Wohnen (Vorsitz)                     Marquardt\n"
    "Jobcenter Wendenau                   Tarik Özdemir            Sabine Lorenz\n"
    "Integrationsrat                      Kwabena Mensah           Natalia Kowal\n"
    "Caritasverband Wendenau e. V.        Edda Lorenzen            Paul Wagner\n"
    "Volkshochschule Wendenau             Jan Hoffmann             Anja Krüger\n"
)
BODIES_FLAT = (
    "Institution Mitglied Stellvertretung\n"
    "Dezernat 4 – Jugend, Soziales und Stadträtin Dr. Ilka Bernd Sommer\n"
    "Wohnen (Vorsitz) Marquardt\n"
    "Jobcenter Wendenau Tarik Özdemir Sabine Lorenz\n"
    "Integrationsrat Kwabena Mensah Natalia Kowal\n"
    "\f"
    "Caritasverband Wendenau e. V. Edda Lorenzen Paul Wagner\n"
    "Volkshochschule Wendenau Jan Hoffmann Anja Krüger\n"
)
BODIES = [
    ("Dr. Ilka Marquardt", "administration"),
    ("Tarik Özdemir", "public_agency"),
    ("Kwabena Mensah", "politics"),
    ("Edda Lorenzen", "welfare"),
    ("Jan Hoffmann", "education"),
]
DEPUTIES = {"Bernd Sommer", "Sabine Lorenz", "Natalia Kowal", "Paul Wagner", "Anja Krüger"}


@pytest.mark.parametrize("table", [BODIES_GAPPED, BODIES_FLAT], ids=["gaps", "flattened-over-a-page-break"])
def test_bodies_with_their_members_and_deputies_under_the_groups_paragraph(table: str) -> None:
    """The persons in the column headed as the members' are the members (an office over a name and the
    name's last word wrapped are no part of it; a given name the list lacks beside a deputy still is
    one), the body beside each telling the sector and its mark the chair; the deputies are none."""
    group = "3. Lenkungskreis Teilhabe\n\nDer Lenkungskreis Teilhabe steuert die Umsetzung. Er hat fünf Mitglieder.\n\n"
    groups = groups_of(HEAD + group + table + AFTER)
    assert [g.group_name for g in groups] == ["Lenkungskreis Teilhabe"]
    assert [(m.member, m.sector) for m in groups[0].members] == BODIES
    assert not DEPUTIES & {m.member for m in groups[0].members}
    assert groups[0].chair == "Dr. Ilka Marquardt"


def test_a_given_name_the_list_lacks_without_a_person_beside_is_no_member() -> None:
    """ "Institution | Mitglied" whose member cells name functions: two capitalised words are no person
    where no deputy's name vouches for the column; the bodies are the members."""
    table = (
        "Institution                 Mitglied\n"
        "Jobcenter Wendenau          Leitung Integration\n"
        "Caritasverband Wendenau     Fachdienst Migration\n"
    )
    got = [m for m, _ in members_of(HEAD + GROUP + "\n" + table + AFTER)]
    assert "Leitung Integration" not in got and "Fachdienst Migration" not in got, got


@pytest.mark.parametrize(
    "table",
    [
        "Handlungsfeld            Ziel                      Maßnahme\n"
        "Sprache und Bildung      Mehr Sprachkurse          Kurse am Abend\n"
        "Arbeit                   Bessere Vermittlung       Beratung im Quartier\n",
        "Gremium                  Sitzung      Beratung\n"
        "Sozialausschuss          12.05.2027   Vorberatung\n"
        "Rat der Stadt            24.06.2027   Entscheidung\n",
    ],
    ids=["fields", "meetings"],
)
def test_a_table_of_other_columns_under_the_groups_paragraph_names_no_member(table: str) -> None:
    groups = groups_of(HEAD + GROUP + "\n" + table + AFTER)
    assert [g.group_name for g in groups] == ["Lenkungskreis Teilhabe"]
    got = [m.member for m in groups[0].members]
    assert not {"Sprache und Bildung", "Arbeit", "Sozialausschuss", "Rat der Stadt"} & set(got), got


def test_a_members_table_under_a_paragraph_of_no_group_names_none_of_its_members() -> None:
    """The jury of a prize set in a table under its own paragraph: no member of the steering group."""
    jury = (
        "\n5. Preis für Vielfalt\n\nÜber den Preis entscheidet eine Jury aus fünf Personen.\n\n"
        "Mitglied                 Funktion / Institution\n"
        "Greta Lindqvist          Kulturamt Wendenau\n"
        "Tarik Özdemir            Jobcenter Wendenau\n"
    )
    got = [m for m, _ in members_of(HEAD + GROUP + jury + AFTER)]
    assert "Greta Lindqvist" not in got and "Tarik Özdemir" not in got, got


def test_the_header_of_a_members_table() -> None:
    rules = member_rules(load_resources())
    assert members_header("Mitglied        Funktion / Institution", rules)
    assert members_header("Entsendende Stelle ordentliches Mitglied Stellvertretung", rules)
    assert members_header("Name\tInstitution\tFunktion", rules)
    assert not members_header("Handlungsfeld   Ziel   Maßnahme", rules)
    assert not members_header("Funktion     Bemerkung", rules)  # no column of members
    assert not members_header("Mitglieder des Ausschusses", rules)  # a line of prose
