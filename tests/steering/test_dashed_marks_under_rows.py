"""A table of persons whose chair's mark, set off by dashes, stands alone on the line under the name
("  – Vorsitz –"), and a body's cell saying a person chairs that body ("Seniorenbeirat (Vorsitzender)"),
no chair of the group; a clause whose subject forms something else than the group, which a relative
clause names ("Sie bilden die Arbeitskreise des Tages, zu dem die Lenkungsgruppe einlädt"), names no members
(invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

RULE = " " + "─" * 34 + "  " + "─" * 37 + "  " + "─" * 13 + "\n"
TABLE = (
    "4. Lenkungskreis Teilhabe\n\n"
    "Tabelle 3: Besetzung des Lenkungskreises Teilhabe ab 01.01.2028\n\n"
    " Mitglied                            entsandt von                           Mitglied seit\n"
    + RULE
    + " BMin Johanna Seidel                 Stadtverwaltung, Dezernat I            05/2025\n"
    "   – Vorsitz –\n"
    " Ole Brandt                          Amt für Bildung und                    05/2025\n"
    "                                     Sport\n"
    " StRin Ida Schubert (SPD)            Gemeinderat                            neu\n"
    " Kemal Aydın                         Seniorenbeirat (Vorsitzender)          05/2025\n"
    " Mia Lorenz                          Diakonisches Werk Nordheim             neu\n"
    + RULE
    + "\nDie Ortsvorsteher werden zu den Sitzungen eingeladen.\n"
)


def test_a_dashed_mark_under_a_name_marks_the_chair_and_the_rows_go_on() -> None:
    (group,) = groups_of(TABLE)
    assert [m.member for m in group.members] == [
        "BMin Johanna Seidel",
        "Ole Brandt",
        "Ida Schubert",
        "Kemal Aydın",
        "Mia Lorenz",
    ]
    assert group.chair is not None and group.chair.endswith("Johanna Seidel")
    # "Seniorenbeirat (Vorsitzender)": he chairs the body, not the group
    assert [m.is_chair for m in group.members] == [True, False, False, False, False]


def test_a_dashed_line_of_another_word_under_a_row_ends_the_rows() -> None:
    (group,) = groups_of(TABLE.replace("– Vorsitz –", "– Gast –"))
    assert "Ole Brandt" not in [m.member for m in group.members]


FORMING = (
    "2. Handlungsfelder und Mittel 2028\n\n"
    "Der Plan gliedert die künftige Teilhabearbeit in vier Handlungsfelder. Sie\n"
    "bilden die Arbeitskreise des 2. Teilhabetags, zu dem die Lenkungsgruppe alle\n"
    "Beteiligten einlädt. Den Ablauf hat die Lenkungsgruppe in ihrer\n"
    "Sitzung am 12.03.2027 festgelegt:\n\n"
    " Ablaufplan 2. Teilhabetag · Samstag, 18. September 2027 · Stadthalle\n"
    " Zeit            Programmpunkt                        Raum\n"
    " 10:00 Uhr       Begrüßung                            Saal\n\n"
)


def test_what_forms_something_else_than_the_group_names_no_members() -> None:
    assert [m.member for g in groups_of(FORMING) for m in g.members] == []


def test_the_members_forming_the_group_are_read() -> None:
    text = FORMING.replace(
        "Den Ablauf hat",
        "Das Sozialamt, das Jobcenter Nordheim und der Caritasverband Nordheim bilden die\n"
        "Lenkungsgruppe. Den Ablauf hat",
    )
    members = [m.member for g in groups_of(text) for m in g.members]
    assert "Jobcenter Nordheim" in members
    assert not any("Arbeitskreise" in m for m in members)
