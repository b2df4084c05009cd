"""A members table of persons, the bodies sending them and the month each joined ("Mitglied entsandt von
Mitglied seit"), as a PDF's text layer gives it: every gap closed to one space, the rule under the
column words broken over two lines, an office's short form before a name ("StRin"), a party in brackets
after it, a body's wrapped rest on the line under its row, the chair's mark between dashes alone on the
line under the chair's name, a body's chairman in brackets after the body (he chairs that body, not the
group). Near miss: the same rows under no header (invented examples)."""

from __future__ import annotations

from pipeline.records import SteeringGroup
from tests.steering.test_steering import groups_of

HEAD = "Gemeinde Lindenau\nBeschlussvorlage\n\nBetreff: Begleitgremium Teilhabe\n\n"
LEAD = (
    "3. Begleitgremium\n"
    "Das Begleitgremium Teilhabe wird für die Umsetzung neu berufen.\n\n"
    "Übersicht 1: Besetzung des Begleitgremiums Teilhabe ab 01.01.2031\n\n"
)
HEADER = "Mitglied entsandt von Mitglied seit\n" + "─" * 30 + " " + "─" * 30 + "\n" + "─" * 12 + "\n"
ROWS = (
    "BGM Dr. Wiebke Sandrock Gemeindeverwaltung, Hauptamt 01/2029\n"
    "– Vorsitz –\n"
    "Timo Reiners Fachdienst Bildung, Kultur und 01/2029\n"
    "Sport (Teilhabebeauftragter)\n"
    "GVin Merle Ossenkopp (SPD) Gemeinderat neu\n"
    "Dr. Kemal Yıldırım Seniorenbeirat (Vorsitzender) 01/2029\n"
    "Hanne Brüggemann Arbeiterwohlfahrt Kreisverband neu\n"
)
END = "\nDas Gremium tagt zweimal im Jahr.\n\n4. Kosten\nKeine.\n"
MEMBERS = ["Dr. Wiebke Sandrock", "Timo Reiners", "Merle Ossenkopp", "Dr. Kemal Yıldırım", "Hanne Brüggemann"]


def _group(text: str) -> SteeringGroup:
    return next(g for g in groups_of(text) if g.group_name.startswith("Begleitgremium"))


def test_the_persons_of_a_flattened_table_with_a_membership_column_are_the_members() -> None:
    group = _group(HEAD + LEAD + HEADER + ROWS + END)
    assert [m.member for m in group.members] == MEMBERS


def test_the_dashed_mark_under_a_name_makes_the_chair_not_a_bodys_chairman() -> None:
    group = _group(HEAD + LEAD + HEADER + ROWS + END)
    assert [m.member for m in group.members if m.is_chair] == ["Dr. Wiebke Sandrock"]
    assert group.chair == "Dr. Wiebke Sandrock"


def test_the_rows_under_no_header_name_no_member() -> None:
    groups = groups_of(HEAD + LEAD + ROWS + END)
    assert not any(m.member in MEMBERS[1:] for g in groups for m in g.members)
