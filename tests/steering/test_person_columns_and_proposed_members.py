"""Members tables and lists whose members are persons, read by the names grammar and by the column
words (invented examples):

- a gap table "Einrichtung | Person" under a dashed rule, a body wrapped onto a second line, the chair
  "(Vorsitz)" after the person: the persons are the members, named bare or addressed ("Frau Lea Brandt"),
  the bodies tell the sector; under a contact's column ("Ansprechperson") the addressed persons are the
  bodies' contacts and the bodies stay the members;
- a table "Name | Institution | Funktion" led by the persons' names, one given name the list of names
  lacks: still the person, not the institution beside it;
- a Beirat set up in one sentence ("die Einrichtung eines Fachbeirates …") and given the process's work
  in another ("Der Fachbeirat begleitet die Umsetzung") is a group of the process; one only given work,
  or only set up, is none;
- a "Vorsitz:" line between the group's paragraph and its "Mitglieder:" lead-in, each set apart by
  blank lines: the chair is read from it (the office after "Herr" left out), the numbered persons are
  the members; a heading of another section between them cuts the lead-in off;
- persons under sector headings after "Vorgeschlagen werden:", each "Name, Body" or "office Name, Body":
  the persons are the members.
"""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = "Stadt Wendenau\nBeschlussvorlage\n\nBetreff: Teilhabeplan 2030\n\n"
AFTER = "\nDie Geschäftsstelle liegt im Sozialamt.\n\n5. Kosten\nEs entstehen keine Kosten.\n"


def members_of(text: str) -> list[tuple[str, str, bool]]:
    return [(m.member, m.sector, m.is_chair) for g in groups_of(text) for m in g.members]


PERSON_TABLE = (
    "3. Lenkungsrunde\n"
    "Die Lenkungsrunde steuert die Erarbeitung des Teilhabeplans. Sie setzt sich wie folgt\n"
    "zusammen:\n\n"
    "   Einrichtung                                   Person\n"
    "   --------------------------------------------  ------------------------------\n"
    "   Amt für Zuwanderung und Teilhabe              Henrike Dallmann (Vorsitz)\n"
    "   Ratsfraktion Freie Wähler, Ausschuss für      Ole Brandt\n"
    "   Bildung und Kultur\n"
    "   Diakonisches Werk Wendenau e. V.              Marlene Vogt\n"
    "   Volkshochschule Wendenau                      Dr. Jonas Petersen\n"
)


def test_a_person_column_beside_the_bodies_names_the_members() -> None:
    assert members_of(HEAD + PERSON_TABLE + AFTER) == [
        ("Henrike Dallmann", "administration", True),
        ("Ole Brandt", "politics", False),
        ("Marlene Vogt", "welfare", False),
        ("Dr. Jonas Petersen", "education", False),
    ]


ADDRESSED = (
    PERSON_TABLE.replace("  Henrike", "  Frau Henrike")
    .replace("  Ole", "  Herr Ole")
    .replace("  Marlene", "  Frau Marlene")
    .replace("  Dr. Jonas", "  Herr Dr. Jonas")
)


def test_persons_addressed_in_a_person_column_are_the_members() -> None:
    assert [m for m, _, _ in members_of(HEAD + ADDRESSED + AFTER)] == [
        "Henrike Dallmann",
        "Ole Brandt",
        "Marlene Vogt",
        "Dr. Jonas Petersen",
    ]


def test_persons_addressed_in_a_contacts_column_leave_the_bodies_the_members() -> None:
    contacts = ADDRESSED.replace("Person\n", "Ansprechperson\n")
    found = [m for m, _, _ in members_of(HEAD + contacts + AFTER)]
    assert "Amt für Zuwanderung und Teilhabe" in found
    assert not any("Dallmann" in m or "Vogt" in m for m in found)


NAME_TABLE = (
    "3. Fachbeirat Teilhabe\n"
    "Der Fachbeirat begleitet die Umsetzung und berichtet dem Rat. Er setzt sich wie folgt zusammen:\n\n"
    "  Name                      Institution                                 Funktion\n"
    "  Henrike Dallmann          Amt für Zuwanderung und Teilhabe            Vorsitz\n"
    "  Ole Brandt                Ratsfraktion Freie Wähler                   Mitglied\n"
    "  Tiberiu Vlăduțescu        Rumänischer Kulturverein Wendenau e. V.     Mitglied\n"
    "  Marlene Vogt              Diakonisches Werk Wendenau                  Mitglied\n"
)
SET_UP = (
    "Beschlussvorschlag:\n"
    "Der Rat beschließt den Teilhabeplan und die Einrichtung eines Fachbeirates Teilhabe gemäß\n"
    "Abschnitt 3.\n\n"
)


def test_a_beirat_set_up_and_tasked_apart_with_a_name_led_table() -> None:
    groups = groups_of(HEAD + SET_UP + NAME_TABLE + AFTER)
    assert [g.group_name for g in groups] == ["Fachbeirat Teilhabe"]
    assert [m.member for m in groups[0].members] == [
        "Henrike Dallmann",
        "Ole Brandt",
        "Tiberiu Vlăduțescu",
        "Marlene Vogt",
    ]
    assert groups[0].members[0].is_chair


def test_a_beirat_only_tasked_is_no_group_of_the_process() -> None:
    assert groups_of(HEAD + NAME_TABLE + AFTER) == []


def test_a_beirat_only_set_up_is_no_group_of_the_process() -> None:
    idle = NAME_TABLE.replace("begleitet die Umsetzung und berichtet dem Rat", "tagt viermal im Jahr")
    assert groups_of(HEAD + SET_UP + idle + AFTER) == []


CHAIR_LINE = (
    "4. Projektteam Teilhabe\n"
    "Zur Steuerung der Erarbeitung wird ein Projektteam Teilhabe gebildet. Es trifft sich\n"
    "alle sechs Wochen.\n\n"
    "Vorsitz: Frau Oberbürgermeisterin Henrike Dallmann\n\n"
    "Mitglieder:\n"
    "1. Herr Ole Brandt (Ratsfraktion Freie Wähler)\n"
    "2. Frau Marlene Vogt (Diakonisches Werk Wendenau)\n"
    "3. Herr Dr. Jonas Petersen (Volkshochschule Wendenau)\n"
)


def test_a_chair_line_between_the_group_and_its_members_lead_in() -> None:
    groups = groups_of(HEAD + CHAIR_LINE + AFTER)
    assert [g.group_name for g in groups] == ["Projektteam Teilhabe"]
    assert groups[0].chair is not None and "Henrike Dallmann" in groups[0].chair
    assert [(m.member, m.is_chair) for m in groups[0].members] == [
        ("Henrike Dallmann", True),
        ("Ole Brandt", False),
        ("Marlene Vogt", False),
        ("Dr. Jonas Petersen", False),
    ]


def test_a_heading_of_another_section_cuts_the_members_lead_in_off() -> None:
    other = CHAIR_LINE.replace("Vorsitz: Frau Oberbürgermeisterin Henrike Dallmann", "5. Werkstätten")
    assert all(not g.members for g in groups_of(HEAD + other + AFTER))


PROPOSED = (
    "Fachbeirat Teilhabe\n"
    "Zur Begleitung der Erarbeitung wird ein Fachbeirat Teilhabe eingerichtet. Vorgeschlagen werden:\n\n"
    "Stadtverwaltung\n"
    "  – Beigeordneter Ole Brandt (Vorsitz)\n"
    "  – Marlene Vogt, Amt für Zuwanderung\n"
    "Ortsteile\n"
    "  – Ortsvorsteherin Ida Lorenzen, Ortschaft Kleinau\n"
    "Vereine\n"
    "  – Jonas Petersen, Sportbund Wendenau e. V.\n"
)


def test_persons_under_sector_headings_after_a_proposal() -> None:
    found = [m for m, _, _ in members_of(HEAD + PROPOSED + AFTER)]
    assert found[1:] == ["Marlene Vogt", "Ida Lorenzen", "Jonas Petersen"]
    assert "Ole Brandt" in found[0]


def test_a_proposal_of_measures_names_no_members() -> None:
    measures = (
        "Maßnahmen\n"
        "Für das erste Jahr werden folgende Maßnahmen vorgeschlagen. Vorgeschlagen werden:\n\n"
        "  – Sprachcafé, Stadtbibliothek Wendenau\n"
        "  – Lotsenprogramm, Freiwilligenagentur\n"
    )
    assert groups_of(HEAD + measures + AFTER) == []


FLAT_PERSON_TABLE = (
    "3. Lenkungsrunde\n"
    "Die Lenkungsrunde steuert die Erarbeitung des Teilhabeplans. Sie setzt sich wie folgt\n"
    "zusammen:\n\n"
    "Einrichtung Person\n\n"
    "-------------------------------------------- ------------------------------\n\n"
    "Amt für Zuwanderung und Teilhabe Henrike Dallmann (Vorsitz)\n\n"
    "Ratsfraktion Freie Wähler, Ausschuss für Ole Brandt\n\n"
    "Bildung und Kultur\n\n"
    "Diakonisches Werk Wendenau e. V. Marlene Vogt\n\n"
    "Volkshochschule Wendenau Dr. Jonas Petersen\n\n"
    "--------------------------------------------------------------------------\n"
    "Drucksache 12/2027 Seite 1 von 2 Stadt Wendenau\n\n"
)


def test_a_flattened_person_table_under_a_rule_its_rows_set_apart_by_blank_lines() -> None:
    assert [(m, c) for m, _, c in members_of(HEAD + FLAT_PERSON_TABLE + AFTER)] == [
        ("Henrike Dallmann", True),
        ("Ole Brandt", False),
        ("Marlene Vogt", False),
        ("Dr. Jonas Petersen", False),
    ]


def test_a_page_break_inside_a_flattened_row_goes_on_with_the_table() -> None:
    broken = FLAT_PERSON_TABLE.replace("\n\n", "\n").replace("Ole Brandt\nBildung", "Ole Brandt\fBildung")
    assert [m for m, _, _ in members_of(HEAD + broken + AFTER)] == [
        "Henrike Dallmann",
        "Ole Brandt",
        "Marlene Vogt",
        "Dr. Jonas Petersen",
    ]


def test_a_sentence_after_a_blank_line_ends_the_flattened_table() -> None:
    table = FLAT_PERSON_TABLE.split("Diakonisches")[0] + "Den Vorsitz der Sitzungen führt Frau Marlene Vogt.\n"
    found = [m for m, _, _ in members_of(HEAD + table + AFTER)]
    assert found[:2] == ["Henrike Dallmann", "Ole Brandt"] and "Marlene Vogt" not in found


def test_persons_under_sector_headings_an_export_set_without_indents_or_blank_lines() -> None:
    flat = "\n".join(line.strip() for line in PROPOSED.splitlines()).replace("werden:\n\n", "werden:\n")
    found = [m for m, _, _ in members_of(HEAD + flat + "\nDer Fachbeirat tagt zweimal im Jahr.\n" + AFTER)]
    assert found[1:] == ["Marlene Vogt", "Ida Lorenzen", "Jonas Petersen"]


def test_sector_headings_over_dashed_lines_of_another_paragraph_are_no_members() -> None:
    text = (
        "Fachbeirat Teilhabe\n"
        "Zur Begleitung der Erarbeitung wird ein Fachbeirat Teilhabe eingerichtet.\n\n"
        "Zeitplan\n"
        "Frühjahr\n"
        "– Auftaktwerkstatt im Rathaus\n"
        "Herbst\n"
        "– Bilanzwerkstatt in der Stadthalle\n"
    )
    assert all(not g.members for g in groups_of(HEAD + text + AFTER))
