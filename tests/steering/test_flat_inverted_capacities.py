"""A flattened surname-first table whose last column says each person's capacity in the group ("Name,
Vorname Institution / Funktion Eigenschaft": "Mitglied", "Vorsitz"), the rule under its header wrapped over
two lines as a PDF's text layer sets a long rule (invented examples)."""

from __future__ import annotations

from tests.steering.test_flat_inverted_and_body_brackets import END, LEAD
from tests.steering.test_steering import groups_of

CAPACITIES = (
    "Name, Vorname Institution / Funktion Eigenschaft\n"
    "────────────────────\n"
    "─────────────────────────────────────── ───────────\n"
    "Berger, Jonas Stadtrat, Fraktion Neue Mitte Mitglied\n"
    "Lorenz, Britta Stadtverwaltung, Leiterin des Sozialamts Vorsitz\n"
    "Quast, Henrike Caritasverband Nordheim e. V., Migrations- Mitglied\n"
    "dienst\n"
    "Weber, Ole Staatliches Schulamt Nordheim beratend, ohne\n"
    "Stimmrecht\n"
)


def test_surname_first_rows_under_a_capacity_column_and_a_wrapped_rule() -> None:
    names = [m.member for g in groups_of(LEAD + CAPACITIES + END) for m in g.members]
    assert names == ["Jonas Berger", "Britta Lorenz", "Henrike Quast", "Ole Weber"]


def test_rows_of_bodies_under_such_a_header_are_not_turned_into_names() -> None:
    text = (
        CAPACITIES.split("Berger")[0]
        + "Stadtverwaltung, Sozialamt Leitung Vorsitz\nJobcenter, Nordheim Team Integration Mitglied\n"
    )
    names = [m.member for g in groups_of(LEAD + text + END) for m in g.members]
    assert not any(n.startswith(("Sozialamt", "Nordheim")) for n in names)
