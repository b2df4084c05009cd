"""A seat table an export flattened and set as one paragraph with the text after it: the rows
("Sozialamt 2"), a total whose number is the sum of the counts ("Gesamt 5") and the next sentence
on the following lines, with no blank line between them. Its members are the rows' names; prose
whose lines happen to end in numbers, or rows whose total does not add up, give none."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

LEAD = (
    "Stadt Lindenau\nBeschlussvorlage\n\nIntegrationskonzept\n\n"
    "Der Begleitkreis Integration steuert die Umsetzung des Integrationskonzepts. "
    "Seine Plätze sind so verteilt:\n"
    "Einrichtung Plätze\n\n"
)


def _members(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members]


def test_rows_up_to_a_total_that_adds_up_are_members() -> None:
    text = LEAD + (
        "Amt für Jugend und Familie 2\n"
        "Volkshochschule Lindenau 1\n"
        "Diakonie Lindenau e. V. 1\n"
        "Gesamt 4\n"
        "Den Vorsitz führt die Sozialdezernentin; die Geschäftsstelle liegt beim\n"
        "Amt für Jugend und Familie.\n"
    )
    members = _members(text)
    assert members[:3] == ["Amt für Jugend und Familie", "Volkshochschule Lindenau", "Diakonie Lindenau e. V."]
    assert "Gesamt" not in " ".join(members)


def test_a_total_that_does_not_add_up_gives_no_rows() -> None:
    text = LEAD + (
        "Amt für Jugend und Familie 2\nVolkshochschule Lindenau 1\nGesamt 9\nDen Vorsitz führt die Sozialdezernentin.\n"
    )
    assert "Volkshochschule Lindenau" not in _members(text)
