"""action_fields: lists after a lead-in whose items are run-in headings ("b) Label. Text …"): each item
opens with a short label ending at its full stop and goes on with its paragraph (invented examples,
with negatives)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

RUN_IN = [
    (
        "lettered run-in headings, the paragraph after each label",
        "Das Konzept verteilt seine Vorhaben auf drei Handlungsfelder:\n"
        "a) Frühe Förderung. Jede Kita bekommt eine Fachkraft für Elternarbeit.\n"
        "b) Übergang in den Beruf. Die Berufsschulen richten Sprachklassen ein.\n"
        "c) Leben im Stadtteil. Zwei Treffpunkte öffnen im kommenden Jahr.\n\nWeiteres Vorgehen\n",
        ["Frühe Förderung", "Übergang in den Beruf", "Leben im Stadtteil"],
    ),
    (
        "numbered run-in headings wrapped as an export sets them",
        "Die Strategie ordnet ihre Projekte den folgenden Handlungsfeldern zu:\n"
        "1. Kinder-Ost und Familie. Im Quartier entstehen zwei neue Spielplätze und ein\n"
        "Familienzentrum mit Beratung.\n"
        "2. Teilhabe am Arbeitsmarkt. Die Kammern beraten Betriebe bei der Einstellung.\n\nAnlagen\n",
        ["Kinder-Ost und Familie", "Teilhabe am Arbeitsmarkt"],
    ),
]

RUN_IN_NEGATIVE = [
    (
        "items that are sentences stay none",
        "Zu den Handlungsfeldern wurden folgende Ergebnisse festgehalten:\n"
        "a) Die Stadt baut neue Kitas. Sie werden im Herbst eröffnet.\n"
        "b) Der Kreis fördert Kurse. Die Anmeldung läuft über die Schulen.\n\n",
        [],
    ),
    (
        "one item without a run-in heading: the items are read as they stand",
        "Als Handlungsfelder werden vorgeschlagen:\n"
        "a) Gesundheit. Die Ärztinnen der Stadt bieten Sprechstunden in Unterkünften an.\n"
        "b) Mobilität im ländlichen Raum\n\n",
        ["Mobilität im ländlichen Raum"],
    ),
    (
        "an abbreviation's full stop ends no heading",
        "Folgende Handlungsfelder wurden beschlossen:\n"
        "a) Sport u. a. Die Vereine der Stadt öffnen ihre Hallen am Abend für alle neuen Mitglieder.\n"
        "b) Kultur bzw. Die Bibliothek der Stadt erweitert ihr Angebot an Büchern in vielen Sprachen.\n\n",
        [],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), RUN_IN + RUN_IN_NEGATIVE, ids=lambda v: str(v)[:40])
def test_run_in_headings(name: str, text: str, expected: list[str]) -> None:
    assert labels(text) == expected, name
