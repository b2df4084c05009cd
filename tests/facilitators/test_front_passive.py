"""facilitators: a passive opening with its participle names its agent after the auxiliary ("Begleitet
wird der Prozess vom Institut X"); support of the process or of its concept's drafting counts, of
anything else, or by a funder, not (invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

CASES = [
    Case(
        "accompanied, the participle first",
        "Der Landkreis hat den Prozess gestartet. Begleitet wird der Prozess vom Institut für Sozialforschung Kassel.",
        [(None, "Institut für Sozialforschung", None)],
    ),
    Case(
        "supported in drafting the concept, the participle first",
        "Unterstützt wird die Erarbeitung des Konzepts von der Beispiel Beratung GmbH.",
        [(None, "Beispiel Beratung GmbH", None)],
    ),
    Case(
        "workshops moderated by a person, the participle first",
        "Moderiert wurden die Workshops von Frau Anna Beispiel.",
        [("Anna Beispiel", None, None)],
    ),
    Case(
        "support of a project is no facilitation",
        "Unterstützt wird das Projekt von der Sparkasse Musterstadt.",
        [],
    ),
    Case(
        "the town's own administration is no facilitator",
        "Begleitet wird der Prozess von der Stadtverwaltung.",
        [],
    ),
    Case(
        "a funder of the process is no facilitator",
        "Unterstützt wird der Prozess durch die Stiftung Beispiel, die ihn fördert.",
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_front_passive(case: Case) -> None:
    assert run(case.text) == case.expected
