"""Members in two columns set side by side with no header over them, each entry a person, a comma and
the body, wrapped lines indented (:mod:`extractors.steering.side_columns`), and the same columns as an
export flattens them, the two entries of a line one space apart, a page break or a blank line between
rows (:mod:`extractors.steering.flat_side_columns`); a chair given as an office alone, held by the member
named right after that office. Near misses: entries that open with no person, and single entries a line
(invented examples)."""

from __future__ import annotations

from extractors import load_resources
from extractors.steering.flat_side_columns import flat_side_column_table
from extractors.steering.side_columns import side_column_table
from tests.steering.test_steering import groups_of

HEAD = "Stadt Elsfurt\nBeschlussvorlage\n\nBetreff: Teilhabekonzept 2029\n\n"
LEAD = (
    "4. Lenkungsgruppe Teilhabe\n"
    "Die Lenkungsgruppe begleitet das Konzept. Die Fraktionen und die Einrichtungen haben ihre Mitglieder\n"
    "wie folgt benannt:\n\n"
)
AFTER = "\nDie Geschäftsstelle liegt beim Sozialamt.\n\n5. Kosten\nEs entstehen keine Kosten.\n"

GAPS = (
    "  Tamara Holst, Bürgermeisterin (Vorsitz)        Gregor Wiemann, Jobcenter Elsfurt\n"
    "  Lasse Brink, Fraktion der SPD                  Nora Quast, Caritasverband\n"
    "  Ingrid Pohlmann, CDU-Fraktion                    Elsfurt e. V.\n"
    "                                                 Samuel Obi, Nigerianischer\n"
    "                                                   Verein Elsfurt e. V.\n"
)
FLAT = (
    "Tamara Holst, Bürgermeisterin (Vorsitz) Gregor Wiemann, Jobcenter Elsfurt\n"
    "Lasse Brink, Fraktion der SPD Nora Quast, Caritasverband\n"
    "Ingrid Pohlmann, CDU-Fraktion Elsfurt e. V.\n\n"
    "\fSamuel Obi, Nigerianischer Verein Elsfurt e. V.\n"
)
PERSONS = {"Tamara Holst", "Gregor Wiemann", "Lasse Brink", "Nora Quast", "Ingrid Pohlmann", "Samuel Obi"}


def _members(text: str) -> list[tuple[str, str, bool]]:
    return [(m.member, m.sector, m.is_chair) for g in groups_of(text) for m in g.members]


def test_two_columns_with_no_header_read_column_by_column() -> None:
    read = _members(HEAD + LEAD + GAPS + AFTER)
    assert {m[0] for m in read} == PERSONS
    assert [m[0] for m in read if m[2]] == ["Tamara Holst"]
    assert ("Nora Quast", "welfare", False) in read and ("Gregor Wiemann", "public_agency", False) in read


def test_the_columns_flattened_are_told_apart_by_their_persons() -> None:
    read = _members(HEAD + LEAD + FLAT + AFTER)
    assert {m[0] for m in read} == PERSONS
    assert [m[0] for m in read if m[2]] == ["Tamara Holst"]


def test_entries_opening_with_no_person_make_no_columns() -> None:
    text = GAPS.replace("Tamara Holst, Bürgermeisterin (Vorsitz)", "Stadtverwaltung, Sozialdezernat         ")
    for gaps in (text, FLAT.replace("Tamara Holst, Bürgermeisterin (Vorsitz)", "Stadtverwaltung, Sozialdezernat")):
        lead = HEAD + LEAD
        assert side_column_table(lead + gaps, len(lead) - 2, load_resources()) is None
        assert flat_side_column_table(lead + gaps, len(lead) - 2, load_resources()) is None


def test_one_entry_a_line_is_no_pair_of_columns() -> None:
    text = "Tamara Holst, Bürgermeisterin (Vorsitz)\nGregor Wiemann, Jobcenter Elsfurt\nLasse Brink, Fraktion der SPD\n"
    assert [m[0] for m in _members(HEAD + LEAD + text + AFTER)] == ["Tamara Holst", "Gregor Wiemann", "Lasse Brink"]


OFFICE_CHAIR = (
    "4. Steuerungsrunde Teilhabe\n"
    "Die Steuerungsrunde hat sechs Mitglieder; den Vorsitz führt die Oberbürgermeisterin. Es wirken mit:\n"
    "   – die Stadt Elsfurt, vertreten durch die Oberbürgermeisterin Frau Dr. Tamara Holst,\n"
    "   – die Fraktionen, vertreten durch Herrn Lasse Brink (SPD) und Frau Ingrid Pohlmann (CDU),\n"
    "   – das Jobcenter Elsfurt, vertreten durch Herrn Gregor Wiemann.\n"
)


def test_a_chair_named_as_an_office_is_the_member_named_after_it() -> None:
    read = _members(HEAD + OFFICE_CHAIR + AFTER)
    assert [m[0] for m in read if m[2]] == ["Dr. Tamara Holst"]
    assert all(m[0] != "Oberbürgermeisterin" for m in read)


def test_a_chair_named_as_an_office_no_member_holds_stays_the_office() -> None:
    text = OFFICE_CHAIR.replace("die Oberbürgermeisterin Frau Dr. Tamara Holst", "Frau Dr. Tamara Holst")
    read = _members(HEAD + text + AFTER)
    assert not any(m[2] and m[0] == "Dr. Tamara Holst" for m in read)
