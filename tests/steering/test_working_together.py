"""steering: those who work together in a group, in a main clause whose verb's particle ends it
("In der Lenkungsgruppe arbeiten A, B und C zusammen"), are its members; a group that works with a
partner names none (invented examples)."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import Case, groups_of

CASES = [
    Case(
        "members working together, the particle at the end",
        "In der Steuerungsgruppe arbeiten das Ordnungsamt, das Jobcenter und der Seniorenbeirat zusammen.",
        ["Steuerungsgruppe"],
        ["Ordnungsamt", "Jobcenter", "Seniorenbeirat"],
    ),
    Case(
        "representatives of several bodies, an adverb before the particle",
        "Im Arbeitskreis arbeiten Vertreter des Schulamts sowie Vertreter von Caritas und Diakonie eng zusammen.",
        ["Arbeitskreis"],
        ["Schulamt", "Caritas", "Diakonie"],
    ),
    Case(
        "the group working with a partner names no members",
        "Die Lenkungsgruppe arbeitet eng mit dem Migrationsbeirat zusammen.",
        [],
        [],
    ),
    Case(
        "several groups working with a partner name none either",
        "Die beiden Lenkungsgruppen arbeiten eng mit dem Migrationsbeirat zusammen.",
        [],
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_working_together(case: Case) -> None:
    groups = groups_of(case.text)
    assert [g.group_name for g in groups] == case.names
    assert [m.member for g in groups for m in g.members] == case.members
