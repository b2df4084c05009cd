"""action_fields: a numbered list of fields with lettered sub-goals under each, its lead-in saying
in a clause after a semicolon what each field holds ("…; zu jedem sind Teilziele genannt:"); the
sub-goals are no fields, also where pdfminer.six sets a blank line after every line. Invented
examples, with negatives."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

ITEMS = [
    ("(1) Frühe Hilfen und Familienbildung", ["a) Elterncafés in allen Ortsteilen", "b) Hausbesuche nach der Geburt"]),
    ("(2) Übergang von der Schule in den Beruf", ["a) Praktikumsbörse mit dem Gewerbeverein"]),
    ("(3) Seniorinnen und Senioren im Quartier", ["a) Besuchsdienste", "b) Mittagstisch im Bürgerhaus"]),
]
EXPECTED = [
    "Frühe Hilfen und Familienbildung",
    "Übergang von der Schule in den Beruf",
    "Seniorinnen und Senioren im Quartier",
]


def _list(indent: str, sep: str) -> str:
    return sep.join(head + sep + sep.join(indent + s for s in subs) for head, subs in ITEMS)


@pytest.mark.parametrize(
    ("lead", "indent", "sep"),
    [
        ("Der Plan wird in drei Handlungsfeldern umgesetzt; zu jedem sind Teilziele genannt:", "    ", "\n"),
        ("Der Plan wird in drei Handlungsfeldern umgesetzt; für jedes sind Teilziele genannt:", "", "\n\n"),
        ("Die Arbeit gliedert sich in drei Handlungsfelder; je Feld gibt es Teilziele:", "   ", "\n"),
    ],
    ids=["indented", "pdfminer-blank-lines", "je"],
)
def test_fields_with_sub_goals(lead: str, indent: str, sep: str) -> None:
    text = "Begründung\n\n" + lead + "\n\n" + _list(indent, sep) + "\n\nFinanzierung\nDie Mittel sind eingeplant.\n"
    assert labels(text) == EXPECTED


NEGATIVE = [
    # the clause after the semicolon names goals, not what each field holds: a list of goals
    "Der Plan wird in drei Handlungsfeldern umgesetzt; dafür wurden folgende Teilziele genannt:\n\n"
    "a) Elterncafés in allen Ortsteilen\nb) Besuchsdienste\n\nFinanzierung\n",
    # a numbered list of measures whose lettered points after a blank line start no new list item
    "Maßnahmen:\n\n(1) Elterncafés\n\na) in allen Ortsteilen\n\nWeitere Schritte folgen im Herbst.\n",
]


@pytest.mark.parametrize("text", NEGATIVE, ids=["goals-clause", "measures"])
def test_fields_with_sub_goals_negatives(text: str) -> None:
    assert labels("Begründung\n\n" + text) == []
