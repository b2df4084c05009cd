"""action_fields: paragraphs after a lead-in, each opened by a run-in heading and set without a
mark before it ("Ankommen im Ort. Beratung in …"), the paragraph wrapped over lines; and a field
table whose field cells carry the field's number before its name ("1 Sprache"). Invented
examples, with negatives."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

CASES = [
    (
        "unmarked paragraphs, each opened by a run-in heading, wrapped",
        "2. Schwerpunkte\nDie Initiative setzt in drei Handlungsfeldern an:\n\n"
        "Gute Nachbarschaft. Treffpunkte in jedem Ortsteil und ein Fest im Sommer mit\n"
        "allen Vereinen der Gemeinde.\n"
        "Lernen von Anfang an. Lesepatenschaften in den Kitas und Grundschulen der Gemeinde.\n"
        "Wege in Ausbildung. Praktika in Betrieben und eine Börse für Ausbildungsplätze im Herbst.\n\n"
        "3. Kosten\n",
        ["Gute Nachbarschaft", "Lernen von Anfang an", "Wege in Ausbildung"],
    ),
    (
        "a run-in heading of seven words among shorter ones",
        "3.1 Handlungsfelder\nDie Maßnahmen werden künftig drei Handlungsfeldern zugeordnet.\n\n"
        "Sprache und Mehrsprachigkeit. Kurse für Eltern in Kitas und Familienzentren.\n"
        "Bildung von der Kita bis zum Beruf. Übergänge Kita – Grundschule – weiterführende Schule,\n"
        "Elternarbeit.\nWohnen und Quartier. Wohnraum außerhalb der bisherigen Quartiere.\n\n3.2 Kosten\n",
        ["Sprache und Mehrsprachigkeit", "Bildung von der Kita bis zum Beruf", "Wohnen und Quartier"],
    ),
    (
        "a field table whose field cells are numbered",
        "Handlungsfelder und Maßnahmen\nDer Plan ordnet jedem Ziel eine Maßnahme zu:\n\n"
        "Handlungsfeld            Ziel                          Maßnahme                      Zuständigkeit\n"
        "1 Frühe Förderung        Kita ab dem dritten Jahr      Elternberatung im Rathaus     Jugendamt\n"
        "                         Sprachförderung               Vorlesestunden                Bücherei\n"
        "2 Arbeit und Beruf       Anerkennung in drei Monaten   Lotsendienst                  Jobcenter\n"
        "3. Freizeit und Sport    Vereine öffnen sich           Schnuppertraining             Sportbund\n\n",
        ["Frühe Förderung", "Arbeit und Beruf", "Freizeit und Sport"],
    ),
]

NEGATIVES = [
    (
        "paragraphs of prose after the lead-in, the first no run-in heading",
        "Die Initiative setzt in drei Handlungsfeldern an:\n\n"
        "Im vergangenen Jahr kamen viele Familien neu in die Gemeinde. Die Schulen sind voll.\n"
        "Gute Nachbarschaft. Treffpunkte in jedem Ortsteil und ein Fest im Sommer mit allen.\n\n",
        [],
    ),
    (
        "one paragraph with a run-in heading alone is no list",
        "Die Initiative setzt in einem Handlungsfeld an:\n\n"
        "Gute Nachbarschaft. Treffpunkte in jedem Ortsteil und ein Fest im Sommer mit allen Vereinen.\n\n",
        [],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES + NEGATIVES, ids=lambda v: str(v)[:40])
def test_headed_paragraphs_and_numbered_cells(name: str, text: str, expected: list[str]) -> None:
    assert labels(text) == expected, name
