"""Numbered clauses of a resolution set apart under their lead-in by a blank line ("… berufen:" / "" /
"2.1  als Vorsitzende: …" / "2.2  für die Verwaltung: …"): the chair's clause, offices before addressed
persons after a comma, a deputy after "vertreten durch" and an office after the name; and what is none
(invented examples)."""

from __future__ import annotations

from extractors.steering.numbered_for import numbered_for
from tests.steering.test_steering import groups_of

HEAD = "Gemeinde Elsdorf\nBeschlussvorlage\n\nBetreff: Teilhabeplan – Lenkungskreis\n\nBeschlussvorschlag\n\n"
CLAUSES = (
    "1.   Der Gemeinderat nimmt den Teilhabeplan zur Kenntnis.\n\n"
    "2.   In den Lenkungskreis Teilhabe werden für die Dauer der Wahlperiode berufen:\n\n"
    "     2.1  als Vorsitzender: der Beigeordnete und Leiter des Fachbereichs 2, Herr Dr. Jonas\n"
    "          Weber\n"
    "     2.2  für die Verwaltung: die Leiterin Soziales und Senioren, Frau Greta Lindqvist\n"
    "     2.3  für die Fraktion SPD: Gemeinderätin Ida Schubert,\n"
    "          vertreten durch Gemeinderat Ole Lind\n"
    "     2.4  für den Seniorenbeirat: Herr Kemal Aydın, Vorsitzender\n"
    "     2.5  für den Caritasverband Elsdorf: Frau Mia Lorenz\n\n"
    "3.   Die Verwaltung wird beauftragt, den Lenkungskreis einzuberufen.\n"
)
TAIL = "\nBegründung\n\nDer Lenkungskreis tagt viermal im Jahr.\n"


def test_numbered_clauses_under_a_lead_in_set_apart_name_the_persons() -> None:
    (group,) = groups_of(HEAD + CLAUSES + TAIL)
    assert [m.member for m in group.members] == [
        "Dr. Jonas Weber",
        "Greta Lindqvist",
        "Ida Schubert",
        "Kemal Aydın",
        "Mia Lorenz",
    ]
    assert group.chair == "Dr. Jonas Weber"
    assert {m.member: m.sector for m in group.members}["Ida Schubert"] == "politics"


def test_a_deputy_after_vertreten_durch_is_no_member() -> None:
    region = CLAUSES[CLAUSES.index("2.3") - 5 : CLAUSES.index("2.5") - 5]
    rows = numbered_for(region, 0, len(region))
    assert [r.value for r in rows] == ["Ida Schubert", "Kemal Aydın"]
    assert rows[0].label == "Gemeinderätin, Fraktion SPD"
    assert rows[1].label.startswith("Vorsitzender")  # the office after the name


def test_clauses_without_a_person_are_none() -> None:
    text = CLAUSES.replace("Herr Dr. Jonas\n          Weber", "Fachbereich 2").replace(
        "Frau Greta Lindqvist", "Sozialamt"
    )
    text = text.replace("Gemeinderätin Ida Schubert", "Fraktion SPD").replace(
        "Herr Kemal Aydın, Vorsitzender", "Beirat"
    )
    text = text.replace("Frau Mia Lorenz", "Caritas")
    start = text.index("berufen:") + len("berufen:")
    assert numbered_for(text, start, text.index("3.   Die")) == []


def test_a_lead_in_not_naming_members_reads_no_clauses() -> None:
    text = CLAUSES.replace(
        "In den Lenkungskreis Teilhabe werden für die Dauer der Wahlperiode berufen:",
        "Der Lenkungskreis Teilhabe hat folgende Aufgaben:",
    )
    names = [m.member for g in groups_of(HEAD + text + TAIL) for m in g.members]
    assert "Greta Lindqvist" not in names
