"""Members tables read by their columns' kinds: columns by sector right under the group's paragraph,
each entry a name over its office, a column's wrapped lines indented, or set at the column's start
where a name, a bracket or a word runs on or a body's label over its person ends in a colon; a table of persons headed
"Name, Vorname" whose names stand surname first and whose function column marks the chair "(Vors.)";
a table of bodies and their representatives with each deputy on the line under the member
("Stellv.: …"), a second person under a body spanning two rows, a party's bracket after a name
(invented examples)."""

from __future__ import annotations

from extractors.steering.inverted import natural_order
from tests.steering.test_steering import groups_of

HEAD = "Landkreis Osterwalde\nBeschlussvorlage\n\nBetreff: Teilhabekonzept 2031\n\n"
AFTER = "\nDie Geschäftsstelle liegt beim Fachdienst Soziales.\n\n6. Kosten\nEs entstehen keine Kosten.\n"

BY_SECTOR = (
    "5. Lenkungsgruppe Teilhabe\n"
    "Die Lenkungsgruppe berät den Fachdienst in allen Schritten und kommt dreimal jährlich zusammen. Den\n"
    "Vorsitz hat der Landrat.\n\n"
    "Politik                     Verwaltung                    Partner\n"
    "-------------------------   ---------------------------   -------------------------\n"
    "Gerda Tiedemann             Dr. Falk Hansing              Wiebke Sander\n"
    "  Kreistag, FDP               Landrat (Vorsitz)             Volkshochschule\n"
    "Oskar Brüning               Levent Arslan                   Osterwalde\n"
    "  Kreistag, Linke             Fachdienst Soziales         Ivo Marković\n"
    "                                                            Kroatischer Kulturverein\n"
)

WRAPPED = (
    "5. Beirat Teilhabe\n"
    "Ein Beirat Teilhabe wird eingerichtet; er begleitet die Umsetzung. Er hat acht Sitze:\n\n"
    "Verwaltung                 Kreistag                   Partner\n"
    "-------------------------  -------------------------  -------------------------\n"
    "Dezernentin Dr. Wiebke     Oskar Brüning (Freie       Volkshochschule:\n"
    "Sander (Vorsitz)           Wähler)                    Ivo Marković\n"
    "Levent Arslan, Fachdienst- Gerda Tiedemann (FDP)      Caritasverband Ostfriesland:\n"
    "leiter Soziales                                       Hauke Lüders\n"
)

INVERTED = (
    "5. Lenkungsrunde\n"
    "Die Lenkungsrunde steuert die Fortschreibung des Konzepts. Ihre Mitglieder sind abgestimmt:\n\n"
    "Name, Vorname        Funktion                               benannt durch\n"
    "-------------------  -------------------------------------  ------------\n"
    "Hansing, Falk        Landrat (Vors.)                        Verwaltung\n"
    "Dr. Arslan, Levent   Fachdienst Soziales                    Verwaltung\n"
    "Tiedemann, Gerda     Kreistagsmitglied (FDP)                Kreistag\n"
    "Sander, Wiebke       Volkshochschule Osterwalde             Bildung\n"
)

DEPUTIES = (
    "5. Lenkungsrunde Teilhabe\n"
    "Die Lenkungsrunde steuert die Umsetzung. Jedes Mitglied hat eine benannte Stellvertretung:\n\n"
    "Institution                              Vertreter/in\n"
    "-----------------------------------------------------------------\n"
    "Landkreis Osterwalde, Landrat            Dr. Falk Hansing (Vorsitz)\n"
    "                                         Stellv.: Levent Arslan\n"
    "Kreistagsfraktionen                      Gerda Tiedemann (FDP)\n"
    "                                         Stellv.: Ilse Warncke (FDP)\n"
    "                                         Oskar Brüning (Linke)\n"
    "                                         Stellv.: Tjark Ubben (Linke)\n"
    "Volkshochschule Osterwalde               Wiebke Sander\n"
    "                                         Stellv.: Hauke Lüders\n"
)


def _members(text: str) -> list[tuple[str, str, bool]]:
    return [(m.member, m.sector, m.is_chair) for g in groups_of(text) for m in g.members]


def test_columns_by_sector_read_name_over_office_the_column_giving_the_sector_in_the_order_of_lines() -> None:
    assert _members(HEAD + BY_SECTOR + AFTER) == [
        ("Gerda Tiedemann", "politics", False),
        ("Dr. Falk Hansing", "administration", True),
        ("Wiebke Sander", "education", False),
        ("Oskar Brüning", "politics", False),
        ("Levent Arslan", "administration", False),
        ("Ivo Marković", "migrant_organisation", False),
    ]


def test_wrapped_names_and_bodies_over_their_persons_in_columns_by_sector() -> None:
    assert sorted(_members(HEAD + WRAPPED + AFTER)) == [
        ("Dr. Wiebke Sander", "administration", True),
        ("Gerda Tiedemann", "politics", False),
        ("Hauke Lüders", "welfare", False),
        ("Ivo Marković", "education", False),
        ("Levent Arslan", "administration", False),
        ("Oskar Brüning", "politics", False),
    ]


def test_names_set_surname_first_under_an_inverted_header_read_in_natural_order() -> None:
    found = _members(HEAD + INVERTED + AFTER)
    assert [m for m, _, _ in found] == ["Falk Hansing", "Dr. Levent Arslan", "Gerda Tiedemann", "Wiebke Sander"]
    assert [c for _, _, c in found] == [True, False, False, False]


def test_a_comma_before_no_given_name_keeps_the_cell() -> None:
    assert natural_order("Brüning, Oskar") == "Oskar Brüning"
    assert natural_order("Arslan, Levent", column_inverted=True) == "Levent Arslan"
    assert natural_order("Sander, Volkshochschule") == "Sander, Volkshochschule"
    assert natural_order("Landkreis Osterwalde, Landrat") == "Landkreis Osterwalde, Landrat"


def test_deputies_on_the_line_under_their_member_are_no_members() -> None:
    assert [m for m, _, _ in _members(HEAD + DEPUTIES + AFTER)] == [
        "Dr. Falk Hansing",
        "Gerda Tiedemann",
        "Oskar Brüning",
        "Wiebke Sander",
    ]
