"""facilitators: an organisation named by its abbreviation alone in the agent's place of a role verb,
as the subject after the verb where the sentence opens with another part ("Im Mai moderierte die KWB
…") or after "von" of a passive; a party's abbreviation is none (invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

CASES = [
    Case(
        "the subject after a past role verb, the sentence opening with a time",
        "Von März bis Juni moderierte die KWB vier Foren zum neuen Leitbild der Gemeinde.",
        [(None, "KWB", None)],
    ),
    Case(
        "an abbreviation after 'von' of a passive",
        "Auch eine Sitzung des Seniorenbeirats wurde hierzu von PLA moderiert.",
        [(None, "PLA", None)],
    ),
    Case(
        "a named organisation after a past role verb",
        "Im Herbst begleitete die Hochschule Kassel den Prozess der Fortschreibung.",
        [(None, "Hochschule Kassel", None)],
    ),
    Case(
        "a party's abbreviation is no facilitator",
        "Im Frühjahr moderierte die FDP eine Debatte zur Zukunft der Innenstadt.",
        [],
    ),
    Case(
        "a participle used as an adjective names no one",
        "Die begleiteten Familien erhielten im Winter Hilfe beim Umzug.",
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_acronym_agents(case: Case) -> None:
    assert run(case.text) == case.expected
