"""A seat table whose first column numbers the seats ("Sitz  entsandt durch  Mitglied"): its rows numbered
1, 2, … in turn give the group's size, vacant seats too; a body's representatives named one by one, the
words of their representation repeated after "und" ("vertreten durch die Leiterin Frau A, und durch die
Koordinatorin Frau B"), each a member; an entry's wrapped rest on a line of its own between blank lines in
two flattened columns with no header, the table going on after it. Near misses: numbers that skip or
repeat one, a first column of row numbers ("Nr."), a size the sentences state, a representative named by
an office alone, and a short line after the table's last entry that is no rest of it (invented examples)."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of

HEAD = "Stadt Elsfurt\nBeschlussvorlage\n\nBetreff: Teilhabekonzept 2029\n\n"
LEAD = "4. Teilhabeausschuss\nDer Teilhabeausschuss ersetzt den bisherigen Arbeitskreis Teilhabe. Es sind benannt:\n\n"
SEATS = (
    "Sitz  entsandt durch                          Mitglied\n"
    "----  --------------------------------------  ------------------------\n"
    "1     Oberbürgermeisterin (Vorsitz)           Bürgermeisterin Tamara Holst\n"
    "2     Gemeinderat, Fraktion SPD               Lasse Brink\n"
    "3     Gemeinderat, Fraktion CDU               N.N.\n"
    "4     Caritasverband für den Landkreis        Nora Quast\n"
    "      Elsfurt e. V.\n"
    "5     Agentur für Arbeit Elsfurt              Gregor Wiemann\n"
)
AFTER = "\nDie offenen Sitze werden nach Benennung besetzt.\n\n5. Kosten\nEs entstehen keine Kosten.\n"


def _group(text: str) -> tuple[int | None, list[str]]:
    (group,) = groups_of(text)
    return group.size, [m.member for m in group.members]


def test_numbered_seats_give_the_size_vacant_ones_too() -> None:
    size, members = _group(HEAD + LEAD + SEATS + AFTER)
    assert size == 5
    assert members == ["Tamara Holst", "Lasse Brink", "Nora Quast", "Gregor Wiemann"]


@pytest.mark.parametrize(
    "seats",
    [
        SEATS.replace("5     Agentur", "6     Agentur"),  # a number skipped
        SEATS.replace("3     Gemeinderat", "2     Gemeinderat"),  # one repeated
        SEATS.replace("Sitz  entsandt", "Nr.   entsandt"),  # the rows' numbers, no seats
    ],
    ids=["skipped", "repeated", "row-numbers"],
)
def test_numbers_out_of_turn_or_of_rows_give_no_size(seats: str) -> None:
    assert _group(HEAD + LEAD + seats + AFTER)[0] is None


def test_a_size_the_sentences_state_comes_first() -> None:
    lead = LEAD.replace("Es sind benannt:", "Er hat sieben Mitglieder. Es sind benannt:")
    assert _group(HEAD + lead + SEATS + AFTER)[0] == 7


REPRESENTED = (
    "4. Steuerungsrunde Teilhabe\n"
    "Die Steuerungsrunde berät die Umsetzung. Es wirken mit:\n"
    "   – die Stadt Elsfurt, vertreten durch die Sozialdezernentin Frau Dr. Tamara Holst,\n"
    "     und durch die Teilhabekoordinatorin Frau Ida Roth,\n"
    "   – das Jobcenter Elsfurt, vertreten durch Herrn Gregor Wiemann.\n"
)


def test_each_representative_named_after_the_repeated_words_is_a_member() -> None:
    assert _group(HEAD + REPRESENTED + AFTER)[1] == ["Dr. Tamara Holst", "Ida Roth", "Gregor Wiemann"]


def test_a_representative_named_by_an_office_alone_is_no_person() -> None:
    text = REPRESENTED.replace("Teilhabekoordinatorin Frau Ida Roth", "Teilhabekoordinatorin")
    members = _group(HEAD + text + AFTER)[1]
    assert "Dr. Tamara Holst" in members and "Gregor Wiemann" in members
    assert not any("Roth" in m or "koordinatorin" in m for m in members)


COLUMNS_LEAD = (
    "4. Lenkungsgruppe Teilhabe\n"
    "Die Lenkungsgruppe begleitet das Konzept. Die Fraktionen und die Einrichtungen haben ihre Mitglieder\n"
    "wie folgt benannt:\n\n"
)
FLAT = (
    "Tamara Holst, Bürgermeisterin (Vorsitz) Gregor Wiemann, Nigerianischer\n"
    "Verein\n"
    "Lasse Brink, Fraktion der SPD Nora Quast, Caritasverband\n\n"
    "Ingrid Pohlmann, Staatliches Schulamt\n\n"
    "Elsfurt\n\n"
    "Samuel Obi, Deutsch-Ghanaischer\n\n"
    "Verein Elsfurt e. V.\n\n"
)


def test_a_wrapped_rest_alone_between_blank_lines_goes_on_with_the_table() -> None:
    read = {m.member: m.sector for g in groups_of(HEAD + COLUMNS_LEAD + FLAT + AFTER) for m in g.members}
    assert set(read) == {"Tamara Holst", "Gregor Wiemann", "Lasse Brink", "Nora Quast", "Ingrid Pohlmann", "Samuel Obi"}
    assert read["Gregor Wiemann"] == "migrant_organisation"  # "Nigerianischer" / "Verein"


def test_a_short_line_after_the_last_entry_is_no_rest_of_it() -> None:
    text = FLAT.replace("Samuel Obi, Deutsch-Ghanaischer\n\nVerein Elsfurt e. V.\n\n", "Samuel Obi, Jobcenter\n\n")
    groups = groups_of(HEAD + COLUMNS_LEAD + text + "Zeitplan\n\n" + AFTER)
    read = {m.member: m.sector for g in groups for m in g.members}
    assert read["Samuel Obi"] == "public_agency"
