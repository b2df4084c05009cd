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


ACROSS = """Beratungsfolge Sitzungstermin Öff. Zust. Ergebnis
------------------------------------------------------------{first}
(9 : 0 : 2)
2. Sozialausschuss Do., 18. Februar 2027, 16:00 Uhr ö V einstimmig
3. Gemeinderat Di., 16. März 2027, 14:00 Uhr ö B
Betreff:
Fortschreibung des Integrationskonzepts
"""


def test_a_row_glued_to_one_rule_across_the_table() -> None:
    """One rule across the table under its header, the first row glued to it: the header's last words
    are no part of the row's name, nor is the rule or the row's number."""
    _, found = run(ACROSS.format(first="1. Migrationsbeirat Mi., 3. Februar 2027, 18:00 Uhr ö A zugestimmt"))
    assert [(c.body.split(" (")[0], c.meeting_date) for c in found] == [
        ("Migrationsbeirat", "2027-02-03"),
        ("Sozialausschuss", "2027-02-18"),
        ("Gemeinderat", "2027-03-16"),
    ]


CONTINUED = """Beratungsfolge (Sitzungsjahr 2027)
Gremium Sitzung Status Zuständigkeit
Migrationsbeirat des Landkreises 01.03. (ö) Anhörung
Sozialausschuss 10.03. (ö) Vorberatung

Landkreis Erlenbach – Vorlage 0098/2027 - 2 noch Beratungsfolge
Kreisausschuss 22.03. (nö) Vorberatung
Kreistag 12.04. (ö) Beschluss
Sachverhalt:
Der Kreistag hat das Konzept beschlossen.
"""


def test_the_heading_again_joined_to_the_running_head() -> None:
    """pdftotext takes the dash closing a running head's page number ("- 2 -") for a hyphen and joins the
    heading over the rows going on under it to the head: the rows under it are the table's."""
    _, found = run(CONTINUED)
    assert [(c.body, c.meeting_date) for c in found] == [
        ("Migrationsbeirat des Landkreises", "2027-03-01"),
        ("Sozialausschuss", "2027-03-10"),
        ("Kreisausschuss", "2027-03-22"),
        ("Kreistag", "2027-04-12"),
    ]
