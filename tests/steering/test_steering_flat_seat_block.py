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


SPACED_ROWS = [
    "Institution Sitze",
    "Amt für Jugend 2",
    "Amt für Kultur 1",
    "Seniorenbeirat 2",
    "Kulturverein Talheim e. V. 1",
]
SPACED_LEAD = "Der Begleitkreis begleitet die Umsetzung. Seine Sitze verteilen sich wie folgt:"
SPACED_TAIL = "Die Sitzungen leitet die Leiterin des Kulturamts; die Moderation erfolgt durch das Amt selbst."


def test_rows_one_blank_line_apart_up_to_a_total_that_adds_up() -> None:
    """An export that sets a blank line after every line sets the rows apart: they are read up to
    a total that is the sum of their counts."""
    text = "\n\n".join([SPACED_LEAD, *SPACED_ROWS, "Gesamt 6", SPACED_TAIL]) + "\n"
    assert _members(text) == ["Amt für Jugend", "Amt für Kultur", "Seniorenbeirat", "Kulturverein Talheim e. V."]


def test_rows_one_blank_line_apart_whose_total_does_not_add_up_give_none() -> None:
    text = "\n\n".join([SPACED_LEAD, *SPACED_ROWS, "Gesamt 9", SPACED_TAIL]) + "\n"
    assert _members(text) == []
