"""The steering of a process handed to someone outside the administration makes them its
facilitator ("Mit der Prozesssteuerung wird die Stiftung X betraut"); the steering kept by the
administration, a group, an official or a staff member names none. Every example is invented."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

CASES = [
    Case(
        "a foundation entrusted with the steering, the verb on the next line",
        "Mit der Prozesssteuerung wird im Auftrag der Stadt die Stiftung Gemeinwesen Ostufer\nbetraut. "
        "Sie lädt zu den Werkstätten ein.",
        [(None, "Stiftung Gemeinwesen Ostufer", None)],
    ),
    Case(
        "a company takes the steering over",
        "Die Prozesssteuerung übernimmt die Agentur Brückenschlag GmbH aus Minden.",
        [(None, "Agentur Brückenschlag GmbH", None)],
    ),
    Case("the town's own office", "Die Prozesssteuerung liegt bei der Stabsstelle Teilhabe der Stadtverwaltung.", []),
    Case("a group of the process", "Die Prozesssteuerung übernimmt die Lenkungsgruppe.", []),
    Case("an office of the administration", "Die Prozesssteuerung übernimmt das Amt für Familie und Soziales.", []),
    Case("an official", "Die Prozesssteuerung erfolgt durch den Bürgermeister, Herrn Jens Oberholz.", []),
    Case("a staff member", "Für die Prozesssteuerung ist Frau Hanna Grell aus dem Sozialamt zuständig.", []),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_process_steering(case: Case) -> None:
    assert run(case.text) == case.expected
