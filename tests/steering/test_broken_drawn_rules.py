"""A members table drawn with bars and joints as a PDF's text layer gives it: every gap closed to one space,
a blank line set between the header's cells and the rule crossing their bars, that rule broken over two
lines (``barred.rules_joined``); near misses: a blank line under a line of no cells, and a short rule, stay
as they are (invented examples)."""

from __future__ import annotations

from extractors.steering.barred import rules_joined
from tests.steering.test_steering import groups_of

LEAD = (
    "4. Begleitgremium Teilhabe\n"
    "Das Begleitgremium bewertet die Maßnahmen vor ihrer Vorlage an den Rat. Die Sitze werden wie folgt\n"
    "vergeben:\n"
)
TABLE = (
    "Sitz │ entsendende Stelle │ Mitglied │ Vertretung\n\n"
    + "─" * 6
    + "┼"
    + "─" * 30
    + "┼"
    + "─" * 20
    + "\n"
    + "─" * 5
    + "┼"
    + "─" * 20
    + "\n"
    "1 │ Beigeordnete für Bildung │ Dr. Greta Holm │ Jannik Roders\n"
    "│ (leitet das Gremium) │ │\n"
    "2 │ Fachbereich 4, Teilhabe │ Merle Ossenkopp │ Timo Reiners\n"
    "3 │ Seniorenbeirat │ Hanne Brüggemann │ Ole Quast\n"
    "4 │ Diakonisches Werk im │ Wiebke Sander │ Ilse Hanke\n"
    "│ Kirchenkreis e. V. │ │\n\n"
    "Die Vertretungen nehmen nur bei Verhinderung teil.\n"
)


def test_a_barred_table_under_a_blank_line_and_a_broken_rule_names_its_members() -> None:
    (group,) = groups_of(LEAD + TABLE)
    assert [m.member for m in group.members] == [
        "Dr. Greta Holm",
        "Merle Ossenkopp",
        "Hanne Brüggemann",
        "Wiebke Sander",
    ]


def test_the_repair_keeps_the_offsets_and_leaves_other_blank_lines_and_short_rules() -> None:
    joined = rules_joined(TABLE)
    assert len(joined) == len(TABLE)
    assert "Vertretung\n─" in joined and "\n\n" in joined  # the blank line under the table stays
    prose = "Die Sitze:\n\n" + "─" * 6 + "┼" + "─" * 6 + "\n"
    assert rules_joined(prose) == prose  # no cells above the blank line
    short = "├" + "─" * 10 + "\n" + "─" * 4 + "┤\n"
    assert rules_joined(short) == short  # too short to be a rule the line's end broke
