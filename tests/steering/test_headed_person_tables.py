"""Members in a table of persons read by its header's column words (:mod:`extractors.steering.person_tables`):
a bank's cell over the rows below it, cells wrapped onto lines of their own under their columns
(a hyphen joined, a bracket or a comma going on), an office before a name and a party after it no
part of the member, the deputies' column no members, a chair's mark after the body or a function
opening with a chair word making the chair; as gaps and as tabs. Tables of bodies, of meetings, of
functions without persons and a lone row are no such table (invented examples)."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.steering.person_tables import person_table
from extractors.steering.rules import member_rules
from tests.steering.test_steering import groups_of

HEAD = "Landkreis Nordheide\nBeschlussvorlage\n\nBetreff: Teilhabeplan 2030\n\n"
AFTER = "\nDie Geschäftsstelle liegt im Sozialamt.\n\n5. Kosten\nEs entstehen keine Kosten.\n"

BANKS_AND_DEPUTIES = (
    "4. Lenkungskreis Teilhabe\n"
    "Der Lenkungskreis Teilhabe steuert die Umsetzung. Je Bank werden ein Mitglied und eine\n"
    "Stellvertretung benannt:\n\n"
    "  Bank                   Mitglied                       Stellvertretung\n"
    "  Verwaltung             Greta Lindqvist (Vorsitz)      Bernd Voss\n"
    "                         Dr. Ole Brandt, Teilhabe-      Mira Sander\n"
    "                         koordinator\n"
    "  Kreistag               Ilse Kramer (SPD)              Paul Engel (CDU)\n"
    "                         Anton Riedel (Wähler-          Heike Lorenz (FDP)\n"
    "                         gemeinschaft)\n"
    "  Wohlfahrts-            Kemal Aydın, Caritasverband    Olga Martens\n"
    "  verbände               Nordheide e. V.\n"
    "  Gemeinden              Bürgermeisterin Jana Wolter,   Tim Hesse,\n"
    "                         Gemeinde Moorbach              Stadt Elsdorf\n"
)

BANK_OVER_ROWS = (
    "4. Steuerungsgruppe Teilhabe\n"
    "Die Steuerungsgruppe bereitet die Beschlüsse vor. Sie hat sechs Mitglieder:\n\n"
    "  Bank             Mitglied                      Institution\n"
    "  Verwaltung       Dezernentin Lea Brandt        Stadt Elsdorf (Vorsitz)\n"
    "                   Jonas Weber                   Amt für Jugend, Familie und\n"
    "                                                 Bildung\n"
    "  Rat              Ilse Kramer                   Fraktion SPD\n"
    "                   Bernd Voss                    Fraktion CDU\n"
    "  Partner          Heike Lorenz                  Jobcenter Elsdorf\n"
    "                   Paul Engel                    Hochschule Elsdorf (beratend)\n"
)

TABBED = (
    "3. Arbeitsgruppe Teilhabe\n"
    "Die Arbeitsgruppe tagt monatlich. Ihr gehören an:\n\n"
    "Name\tInstitution\tFunktion\n"
    "Greta Lindqvist\tAmt für Jugend und Soziales\tLeitung der Gruppe\n"
    "Jonas Weber\tStadtverordnetenversammlung, Fraktion\tMitglied\n"
    "\tBÜNDNIS 90/DIE GRÜNEN\t\n"
    "Kemal Aydın\tTürkischer Elternverein\tMitglied\n"
    "\tElsdorf e. V.\t\n"
    "Olga Martens\tDiakonisches Werk Elsdorf\tMitglied\n"
)

OFFICES_TABBED = (
    "3. Begleitkreis\n"
    "Den Begleitkreis leitet die Bürgermeisterin. Weitere Mitglieder sind:\n\n"
    "Name\tOrganisation\tFunktion\n"
    "Ole Brandt\tAmt für Soziales\tGeschäftsführung\n"
    "Stadtrat Bernd Voss\tGemeinderat (SPD)\tMitglied\n"
    "Stadträtin Ilse Kramer\tGemeinderat (FDP)\tMitglied\n"
    "Heike Lorenz\tAgentur für Arbeit Elsdorf\tMitglied\n"
)


# the banks' table as a PDF's text layer gives it: the gaps flattened into single spaces
FLATTENED = (
    "4. Lenkungskreis Teilhabe\n"
    "Der Lenkungskreis Teilhabe steuert die Umsetzung. Je Bank werden ein Mitglied und eine\n"
    "Stellvertretung benannt:\n\n"
    "Bank Mitglied Stellvertretung\n"
    "Verwaltung Greta Lindqvist (Vorsitz) Bernd Voss\n"
    "Dr. Ole Brandt, Teilhabe- Mira Sander\n"
    "koordinator\n"
    "Kreistag Ilse Kramer (SPD) Paul Engel (CDU)\n"
    "Wohlfahrts- Kwabena Mensah, Caritasverband Olga Martens\n"
    "verbände Nordheide e. V.\n"
    "Gemeinden Bürgermeisterin Jana Wolter, Tim Hesse,\n"
    "Gemeinde Moorbach Stadt Elsdorf\n"
)


# a PDF's text layer: a name wrapped onto a line of its own under its column, a page break between rows
NAMES_WRAPPED = (
    "3. Begleitkreis\n"
    "Den Begleitkreis leitet die Bürgermeisterin. Weitere Mitglieder sind:\n\n"
    "Name\tOrganisation\tFunktion\n"
    "Ole Brandt\tAmt für Soziales\tGeschäftsführung\n"
    "\fStadtrat Bernd\tGemeinderat (SPD)\tMitglied\n"
    "Voss\n"
    "Kwabena\tVerein für Begegnung Elsdorf e. V.\tMitglied\n"
    "Mensah-Owusu\n"
    "Heike Lorenz\tAgentur für Arbeit Elsdorf\tMitglied\n"
)


def members_of(text: str) -> list[tuple[str, str, bool]]:
    return [(m.member, m.sector, m.is_chair) for g in groups_of(text) for m in g.members]


def test_banks_with_deputies_and_wrapped_cells() -> None:
    found = members_of(HEAD + BANKS_AND_DEPUTIES + AFTER)
    assert [m for m, _, _ in found] == [
        "Greta Lindqvist",
        "Dr. Ole Brandt",
        "Ilse Kramer",
        "Anton Riedel",
        "Kemal Aydın",
        "Jana Wolter",
    ]
    sectors = [s for _, s, _ in found]
    assert sectors[:4] == ["administration", "administration", "politics", "politics"]
    assert sectors[4] == "welfare" and sectors[5] == "politics"
    assert [c for _, _, c in found] == [True, False, False, False, False, False]


def test_a_bank_over_the_rows_below_it() -> None:
    found = members_of(HEAD + BANK_OVER_ROWS + AFTER)
    assert [m for m, _, _ in found] == [
        "Lea Brandt",
        "Jonas Weber",
        "Ilse Kramer",
        "Bernd Voss",
        "Heike Lorenz",
        "Paul Engel",
    ]
    assert [s for _, s, _ in found] == [
        "administration",
        "administration",
        "politics",
        "politics",
        "public_agency",
        "research",
    ]
    assert found[0][2] and not any(c for _, _, c in found[1:])


def test_tabbed_rows_whose_body_wraps_onto_a_row_of_its_own() -> None:
    groups = groups_of(HEAD + TABBED + AFTER)
    found = [(m.member, m.is_chair) for g in groups for m in g.members]
    assert found == [("Greta Lindqvist", True), ("Jonas Weber", False), ("Kemal Aydın", False), ("Olga Martens", False)]
    assert groups[0].chair == "Greta Lindqvist"
    assert [m.sector for g in groups for m in g.members][1] == "politics"


def test_offices_before_the_names_are_left_out() -> None:
    found = members_of(HEAD + OFFICES_TABBED + AFTER)
    assert [m for m, _, _ in found] == ["Ole Brandt", "Bernd Voss", "Ilse Kramer", "Heike Lorenz"]
    assert [s for _, s, _ in found][1:3] == ["politics", "politics"]


def test_banks_whose_gaps_a_text_layer_flattened() -> None:
    found = members_of(HEAD + FLATTENED + AFTER)
    assert [m for m, _, _ in found] == [
        "Greta Lindqvist",
        "Dr. Ole Brandt",
        "Ilse Kramer",
        "Kwabena Mensah",
        "Jana Wolter",
    ]
    assert [s for _, s, _ in found] == ["administration", "administration", "politics", "welfare", "politics"]
    assert [c for _, _, c in found] == [True, False, False, False, False]


def test_flattened_rows_set_a_blank_line_apart() -> None:
    spaced = FLATTENED.replace("benannt:\n\n", "benannt:\n\n\n").replace("\n", "\n\n").replace("\n\n\n\n", "\n\n")
    found = [m for m, _, _ in members_of(HEAD + spaced + "\n" + AFTER)]
    assert found[:3] == ["Greta Lindqvist", "Dr. Ole Brandt", "Ilse Kramer"] and len(found) == 5


def test_names_wrapped_under_their_column_and_a_page_break() -> None:
    found = members_of(HEAD + NAMES_WRAPPED + AFTER)
    assert [m for m, _, _ in found] == ["Ole Brandt", "Bernd Voss", "Kwabena Mensah-Owusu", "Heike Lorenz"]
    assert found[1][1] == "politics"


def test_the_header_repeated_after_a_page_break_and_chairs_by_function() -> None:
    text = (
        HEAD + "3. Arbeitskreis Teilhabe\n"
        "Der Arbeitskreis erarbeitet den Plan. Er ist wie folgt besetzt:\n\n"
        "Name\tFunktion\n"
        "Greta Lindqvist\tBürgermeisterin, Vorsitz\n"
        "Jonas Weber\tLeitung Kinderhaus am Anger\n"
        "\nVorlage 12/2027                         Seite 1 von 2\n\n"
        "Name\tFunktion\n"
        "Olga Martens\tSprecherin des Vereins Nachbarschaft e. V.\n"
        "Paul Engel\tMitglied\n" + AFTER
    )
    groups = groups_of(text)
    found = [(m.member, m.is_chair) for g in groups for m in g.members]
    assert found == [("Greta Lindqvist", True), ("Jonas Weber", False), ("Olga Martens", False), ("Paul Engel", False)]
    assert groups[0].chair == "Greta Lindqvist"


def test_the_column_of_what_sends_a_person_tells_the_sector_before_the_bank() -> None:
    table = BANK_OVER_ROWS.replace("Institution", "entsendet durch").replace("Jobcenter Elsdorf", "Diakonie Elsdorf  ")
    found = members_of(HEAD + table + AFTER)
    assert dict((m, s) for m, s, _ in found)["Heike Lorenz"] == "welfare"


def test_a_row_whose_gap_the_text_layer_lost() -> None:
    text = (
        HEAD + "3. Arbeitsgruppe Teilhabe\n"
        "Die Arbeitsgruppe tagt monatlich. Ihr gehören an:\n\n"
        "Name                 Institution                          Funktion\n"
        "Greta Lindqvist      Amt für Jugend und Soziales          Leitung\n"
        "Kemal Aydın Türkischer Elternverein                       Mitglied\n"
        "                     Elsdorf e. V.\n"
        "Olga Martens         Diakonisches Werk Elsdorf            Mitglied\n" + AFTER
    )
    found = members_of(text)
    assert [m for m, _, _ in found] == ["Greta Lindqvist", "Kemal Aydın", "Olga Martens"]
    assert found[1][1] == "migrant_organisation"


def test_tabbed_rows_whose_tabs_a_text_layer_lost() -> None:
    # a body's wrapped line without its tab, and a row whose tab between name and body was lost
    lost = (
        TABBED.replace("\tBÜNDNIS 90/DIE GRÜNEN\t\n", "BÜNDNIS 90/DIE GRÜNEN\n")
        .replace("Kemal Aydın\tTürkischer Elternverein\tMitglied", "Kemal Demirtaş Türkischer Elternverein\tMitglied")
        .replace("\tElsdorf e. V.\t\n", "Elsdorf e. V.\n")
    )
    found = [(m.member, m.is_chair) for g in groups_of(HEAD + lost + AFTER) for m in g.members]
    assert found == [
        ("Greta Lindqvist", True),
        ("Jonas Weber", False),
        ("Kemal Demirtaş", False),
        ("Olga Martens", False),
    ]


@pytest.mark.parametrize(
    "table",
    [
        # bodies and their seats: no persons' column
        "Bank\tInstitution\tSitze\nVerwaltung\tSozialamt\t2\nRat\tFraktionen\t3\n",
        # functions in the names' column, no person
        "Name\tFunktion\nLeitung Kita\tKoordination\nSozialdienst\tBeratung\n",
        # a table of meetings
        "Gremium      Sitzung       Zuständigkeit\n"
        "Sozialausschuss  12.05.2027  Vorberatung\nKreistag  20.06.2027  Beschluss\n",
        # one row only
        "Name\tInstitution\nAnna Beispiel\tSozialamt Elsdorf\n",
        # a header's words in a sentence
        "Name und Funktion der Mitglieder werden später bekannt gegeben.\nAnna Beispiel leitet die Gruppe.\n",
        # flattened: banks and their bodies, no person
        "Bank Mitglied Stellvertretung\nVerwaltung Sozialamt Jugendamt\nKreistag Fraktion SPD Fraktion CDU\n",
        # flattened: the persons' column first, no bank
        "Mitglied Stellvertretung\nAnna Beispiel Jonas Weber\nLea Brandt Ole Lind\n",
        # flattened: a sentence under the header
        "Bank Mitglied Stellvertretung\nDie Banken benennen ihre Mitglieder und deren Stellvertretungen bis zum Mai.\n",
    ],
    ids=[
        "bodies-and-seats",
        "functions-only",
        "meetings",
        "one-row",
        "sentence",
        "flat-bodies",
        "flat-no-bank",
        "flat-prose",
    ],
)
def test_no_table_of_persons(table: str) -> None:
    res = load_resources()
    text = "Ihr gehören an:\n\n" + table
    assert person_table(text, len("Ihr gehören an:"), member_rules(res), res) is None
