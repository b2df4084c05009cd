"""A Beratungsfolge whose header is ruled with dashes under each column, the first row glued by an
export onto the rules' line ("---- ---------- -----1 Jugendhilfeausschuss …"): the rules are no part of
the row, and its number is no part of the body, as on the rows under it (invented example)."""

from __future__ import annotations

from tests.consultations.test_consultations import run

GLUED = """Beratungsfolge
lfd. Gremium Beratungsart Sitzungsart Sitzungstermin
---- ------------------------------ ------------ ----------- ------------{first}
2 Ausschuss für Schule und Sport Vorberatung öffentlich Di 20. Apr. 2027
3 Gemeinderat Entscheidung öffentlich Do 6. Mai 2027
Beschlussvorschlag:
Der Gemeinderat beschließt das Konzept.
"""


def test_a_row_glued_to_the_column_rules() -> None:
    _, found = run(GLUED.format(first="1 Jugendhilfeausschuss Anhörung öffentlich Di 13. Apr. 2027"))
    assert [(c.body, c.meeting_date) for c in found] == [
        ("Jugendhilfeausschuss", "2027-04-13"),
        ("Ausschuss für Schule und Sport", "2027-04-20"),
        ("Gemeinderat", "2027-05-06"),
    ]


def test_the_rules_alone_on_their_line() -> None:
    _, found = run(GLUED.format(first="\n1 Jugendhilfeausschuss Anhörung öffentlich Di 13. Apr. 2027"))
    assert [c.body for c in found] == ["Jugendhilfeausschuss", "Ausschuss für Schule und Sport", "Gemeinderat"]
