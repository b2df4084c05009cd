"""facilitators: an organisation's name in quotes kept whole, and the support of the process by an
agent ("mit Unterstützung des Instituts X"); support of something else names no facilitator
(invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

CASES = [
    Case(
        "a consultancy's name in quotes, lower-case words too",
        "Anna Beispiel von der „Organisationsberatung Lotse people and change“, die das Konzept mit der Gemeinde"
        " entwickelt, stellte die Leitziele im Ausschuss vor.",
        [("Anna Beispiel", "Organisationsberatung Lotse people and change", None)],
    ),
    Case(
        "the concept drafted with the support of an institute",
        "Fachleute aus Vereinen und Ämtern haben mit Unterstützung des Instituts für Sozialplanung in Kassel"
        " am Integrationskonzept der Stadt gearbeitet.",
        [(None, "Institut für Sozialplanung", None)],
    ),
    Case(
        "support by the state for building works engages no facilitator",
        "Mit Unterstützung des Landes wurde die Sporthalle saniert.",
        [],
    ),
    Case(
        "support by the public utilities for a fair engages no facilitator",
        "Das Stadtfest fand mit Unterstützung der Stadtwerke statt.",
        [],
    ),
    Case(
        "a consultant who only presents her offer is engaged by no one",
        "Frau Dr. Lena Beispiel vom Institut für Vielfalt stellt das Angebot ihres Instituts zur Begleitung"
        " der Erarbeitung eines Integrationskonzepts vor.",
        [],
    ),
    Case(
        "an offer accepted engages its author",
        "Das Angebot des Instituts für Vielfalt zur Begleitung der Erarbeitung des Integrationskonzepts wird"
        " angenommen.",
        [(None, "Institut für Vielfalt", None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_support_forms(case: Case) -> None:
    assert run(case.text) == case.expected
