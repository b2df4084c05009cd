"""Members tables whose persons' cells are not all names (invented examples):

- "Institution | vertreten durch": the persons are the members where most cells name one, an office
  standing in for a person not yet named ("Leiterin der Volkshochschule") the member of its row, the
  body beside it telling the sector; a person's office after a comma left out;
- "Bereich | Institution / Funktion | Mitglied": a dash or "N. N." in the persons' column marks a seat
  not yet filled, its body or function the member;
- "lfd. | Funktion | Institution | Person": a table stating each person's function names the persons
  as its members, addressed or not;
- "Bereich | Mitglied" whose cells set the office or body first and the name last after a comma,
  wrapped over lines;
- rows by part of the group ("Stadtrat   Brandt, Ole (CDU); Lind, Anna (…)"), the persons surname first
  apart by semicolons, a bracket wrapped onto the next line;
- dashed entries under headings: an office, a comma and the person holding it named bare is the person
  (a body before the comma stays the member), and a dashed line after one ending in a single word after
  a comma is an entry of its own.
"""

from __future__ import annotations

from extractors import load_resources
from extractors.steering.items import _held
from tests.steering.test_representative_tables import members_of

HEAD = "Stadt Wendenau\nBeschlussvorlage\n\nBetreff: Teilhabeplan 2030\n\n"
LEAD = "3. Lenkungsrunde Teilhabe\nZur Steuerung wird eine Lenkungsrunde Teilhabe eingesetzt. Ihre Besetzung:\n\n"
AFTER = "\nDie Geschäftsstelle liegt im Sozialamt.\n\n4. Kosten\nEs entstehen keine Kosten.\n"

REPRESENTED = (
    "  Institution                                 vertreten durch\n"
    "  Stadt Wendenau, Dezernat II                 Dr. Henrike Dallmann, Beigeordnete (Leitung)\n"
    "  Stadt Wendenau, Sozialamt                   Jonas Petersen, Sachgebietsleiter\n"
    "  Stadtrat, Fraktion Freie Wähler             Ole Brandt\n"
    "  Diakonisches Werk Wendenau e. V.            Marlene Vogt\n"
    "  Volkshochschule Wendenau                    Leiterin der Volkshochschule\n"
)
VACANCIES = (
    "  Bereich          Institution / Funktion                 Mitglied\n"
    "  Verwaltung       Sozialamt, Leitung (Vorsitz)           Henrike Dallmann\n"
    "                   Leitung des Jugendamtes                –\n"
    "  Behörden         Jobcenter Wendenau                     Jonas Petersen\n"
    "                   Agentur für Arbeit Wendenau            N. N.\n"
    "  Verbände         Diakonisches Werk Wendenau e. V.       Marlene Vogt\n"
)
FUNCTIONS = (
    "  lfd.  Funktion                   Institution                       Person\n"
    "  1     Beigeordnete, Vorsitz      Dezernat II der Stadtverwaltung   Frau Dr. Henrike Dallmann\n"
    "  2     Amtsleiter                 Amt für Zuwanderung und           Herr Jonas Petersen\n"
    "                                   Teilhabe\n"
    "  3     Geschäftsführerin          Diakonisches Werk Wendenau e. V.  Frau Marlene\n"
    "                                                                     Vogt\n"
)
NAMES_LAST = (
    "   Bereich                 Mitglied\n"
    "   Stadtverwaltung         Leiterin des Fachbereichs Bildung, Soziales und Kultur,\n"
    "                           Dr. Henrike Dallmann (Vorsitz)\n"
    "                           Integrationsbeauftragter der Stadt, Jonas Petersen\n"
    "   Stadtrat                Stadtrat Ole Brandt (CDU)\n"
    "   Soziales                Diakonisches Werk Wendenau e. V., Migrationsberatung,\n"
    "                           Marlene Vogt\n"
    "   Bildung                 Volkshochschule Wendenau, Leiter Kemal Aydın\n"
)


def test_representatives_named_mostly_are_the_members_an_office_standing_in() -> None:
    assert members_of(HEAD + LEAD + REPRESENTED + AFTER) == [
        ("Dr. Henrike Dallmann", "administration", True),
        ("Jonas Petersen", "administration", False),
        ("Ole Brandt", "politics", False),
        ("Marlene Vogt", "welfare", False),
        ("Leiterin der Volkshochschule", "education", False),
    ]


def test_representatives_given_only_by_office_leave_the_bodies_the_members() -> None:
    offices = REPRESENTED.replace("Ole Brandt", "Vorsitz der Fraktion").replace("Marlene Vogt", "Geschäftsführung")
    found = [m for m, _, _ in members_of(HEAD + LEAD + offices + AFTER)]
    assert "Ole Brandt" not in found and "Stadtrat, Fraktion Freie Wähler" in found


def test_a_vacant_seat_names_its_body_or_function() -> None:
    assert members_of(HEAD + LEAD + VACANCIES + AFTER) == [
        ("Henrike Dallmann", "administration", True),
        ("Leitung des Jugendamtes", "administration", False),
        ("Jonas Petersen", "public_agency", False),
        ("Agentur für Arbeit Wendenau", "public_agency", False),
        ("Marlene Vogt", "welfare", False),
    ]


def test_a_table_stating_functions_names_its_persons() -> None:
    assert [(m, s) for m, s, _ in members_of(HEAD + LEAD + FUNCTIONS + AFTER)] == [
        ("Dr. Henrike Dallmann", "administration"),
        ("Jonas Petersen", "administration"),
        ("Marlene Vogt", "welfare"),
    ]


def test_names_after_their_offices_wrapped_over_lines() -> None:
    assert members_of(HEAD + LEAD + NAMES_LAST + AFTER) == [
        ("Dr. Henrike Dallmann", "administration", True),
        ("Jonas Petersen", "administration", False),
        ("Ole Brandt", "politics", False),
        ("Marlene Vogt", "welfare", False),
        ("Kemal Aydın", "education", False),
    ]


INVERTED_BANKS = (
    "Es werden berufen (Name, Vorname; Funktion):\n\n"
    "  Stadtverwaltung       Dallmann, Henrike (Beigeordnete, Vorsitz); Petersen, Jonas\n"
    "                        (Integrationsbeauftragter)\n"
    "  Stadtrat              Brandt, Ole (CDU); Lind, Anna (Bündnis 90/Die\n"
    "                        Grünen)\n"
    "  Träger                Vogt, Marlene (Diakonisches Werk Wendenau)\n"
)


def test_persons_surname_first_apart_by_semicolons_in_rows_by_part() -> None:
    lead = LEAD.replace(" Ihre Besetzung:\n\n", "\n")
    assert members_of(HEAD + lead + INVERTED_BANKS + AFTER) == [
        ("Henrike Dallmann", "administration", True),
        ("Jonas Petersen", "administration", False),
        ("Ole Brandt", "politics", False),
        ("Anna Lind", "politics", False),
        ("Marlene Vogt", "welfare", False),
    ]


def test_persons_surname_first_in_rows_by_part_as_a_pdf_flattens_them() -> None:
    """The gap between a part and its persons closed up to one space, the lines at the margin: a row
    opens where the words before a name set surname first end (a surname that is a given name too,
    "Jung, Ute"), a line opening with a bracket or inside one goes on with its row, over a page break
    inside a bracket too."""
    flat = (
        "Es werden berufen (Name, Vorname; Funktion):\n\n"
        "Stadtverwaltung Dallmann, Henrike (Beigeordnete, Vorsitz); Petersen, Jonas\n"
        "(Integrationsbeauftragter)\n"
        "Stadtrat Brandt, Ole (CDU); Lind, Anna (Bündnis 90/Die\n"
        "\fGrünen)\n"
        "Träger und Dienste Jung, Ute (Diakonisches Werk Wendenau)\n"
    )
    lead = LEAD.replace(" Ihre Besetzung:\n\n", "\n")
    assert members_of(HEAD + lead + flat + AFTER) == [
        ("Henrike Dallmann", "administration", True),
        ("Jonas Petersen", "administration", False),
        ("Ole Brandt", "politics", False),
        ("Anna Lind", "politics", False),
        ("Ute Jung", "welfare", False),
    ]


HEADED_ENTRIES = (
    "   Stadtverwaltung\n"
    "     – Leiter des Amtes für soziale Angelegenheiten, Jonas Petersen\n"
    "     – Referentin für Bildung, Jugend und Teilhabe, Dr. Henrike Dallmann (Vorsitz)\n"
    "   Institutionen und Vereine\n"
    "     – Caritasverband Wendenau – Stadt und Land – e. V., Migrationsdienst\n"
    "     – Volkshochschule Wendenau, Fachbereich Sprachen\n"
)


def test_an_office_then_its_holder_after_a_comma_and_dashed_entries_each_a_member() -> None:
    lead = LEAD.replace("Ihre Besetzung:", "Sie hat fünf Sitze:")
    assert [m for m, _, _ in members_of(HEAD + lead + HEADED_ENTRIES + AFTER)] == [
        "Jonas Petersen",
        "Dr. Henrike Dallmann",
        "Caritasverband Wendenau – Stadt und Land – e. V., Migrationsdienst",
        "Volkshochschule Wendenau, Fachbereich Sprachen",
    ]


def test_a_body_then_a_person_after_a_comma_is_no_office_held() -> None:
    res = load_resources()
    assert _held("– Jobcenter Wendenau, Marlene Vogt", res) is None
    held = _held("– Leiter des Sozialamts, Jonas Petersen", res)
    assert held is not None and held["person"] == "Jonas Petersen"
