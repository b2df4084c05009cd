"""A seat table an export flattened ("Jobcenter 2" a line) and set as one paragraph with the
sentence after it: its rows are no part of that sentence, so an organisation of a row is never
the facilitator the sentence names (or, as here, does not name: the moderation is internal)."""

from __future__ import annotations

from tests.facilitators.test_facilitators import run

TEXT = (
    "Stadt Lindenau\nBeschlussvorlage\n\nIntegrationskonzept\n\n"
    "Der Begleitkreis Integration steuert die Umsetzung. Seine Plätze sind so verteilt:\n"
    "Einrichtung Plätze\n\n"
    "Amt für Jugend und Familie 2\n"
    "Diakonie Lindenau e. V. 1\n"
    "Gesamt 3\n"
    "Den Vorsitz führt die Sozialdezernentin; die\n"
    "Moderation\n"
    "erfolgt durch das Zentrum für Integration selbst.\n"
)


def test_a_row_of_the_flattened_seat_table_is_no_facilitator() -> None:
    found = run(TEXT)
    assert all("Diakonie" not in (org or "") and "Diakonie" not in (name or "") for name, org, _ in found), found
