"""action_fields: a table of contents whose fields stand under an entry naming the part of the
concept they belong to, without a field noun ("3 Handlungsteil", "Schwerpunkte der
Integrationsarbeit"): read where the children name themes of the taxonomy, none a part of a
concept, in a paper about integration; a table of a concept's chapters is no list of fields
(invented examples)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import Case, labels

_ABOUT = (
    "Der Landkreis schreibt sein Integrationskonzept fort. Die Integration der Zugewanderten ist eine\n"
    "Aufgabe aller Ämter; die Integrationsbeauftragte koordiniert die Arbeit.\n\n"
)
_AFTER = "\n\nDie Kapitel werden in der Arbeitsgruppe ausformuliert und dem Kreistag vorgelegt.\n"

CASES = [
    Case(
        "the action part of a concept's contents, its entries themes",
        _ABOUT + "   2       Ausgangslage                                          5\n"
        "   3       Handlungsteil                                         11\n"
        "   3.1     Sprache und frühe Bildung                             12\n"
        "   3.2     Arbeit und Anerkennung                                15\n"
        "   3.3     Wohnen im ländlichen Raum                             19\n"
        "   3.4     Vereine und Ehrenamt                                  22\n"
        "   4       Umsetzung und Fortschreibung                          26" + _AFTER,
        ["Sprache und frühe Bildung", "Arbeit und Anerkennung", "Wohnen im ländlichen Raum", "Vereine und Ehrenamt"],
    ),
    Case(
        "the concept's focal points as the parent, dot leaders",
        _ABOUT + "Inhalt\n"
        "1. Einleitung ........................................ 3\n"
        "2. Schwerpunkte der Integrationsarbeit ................ 6\n"
        "2.1 Sprache ........................................... 6\n"
        "2.2 Bildung und Schule ................................ 8\n"
        "2.3 Arbeit und Beruf .................................. 10\n"
        "3. Ausblick ........................................... 12" + _AFTER,
        ["Sprache", "Bildung und Schule", "Arbeit und Beruf"],
    ),
    Case(
        "the concept's chapters under a part are no fields",
        _ABOUT + "Inhalt\n"
        "1. Einleitung ........................................ 3\n"
        "2. Handlungsteil ...................................... 6\n"
        "2.1 Ziele ............................................. 6\n"
        "2.2 Methodik .......................................... 8\n"
        "2.3 Zeitplan .......................................... 10\n"
        "3. Ausblick ........................................... 12" + _AFTER,
        [],
    ),
    Case(
        "the areas of an office are no themes",
        _ABOUT + "Inhalt\n"
        "1. Einleitung ........................................ 3\n"
        "2. Bereiche des Landratsamts .......................... 6\n"
        "2.1 Hauptamt und Personal ............................. 6\n"
        "2.2 Kämmerei .......................................... 8\n"
        "2.3 Bauamt und Kreisstraßen ........................... 10\n"
        "3. Ausblick ........................................... 12" + _AFTER,
        [],
    ),
    Case(
        "two themed entries are too few",
        _ABOUT + "Inhalt\n"
        "1. Einleitung ........................................ 3\n"
        "2. Schwerpunkte ....................................... 6\n"
        "2.1 Sprache ........................................... 6\n"
        "2.2 Arbeit ............................................ 8\n"
        "3. Ausblick ........................................... 12" + _AFTER,
        [],
    ),
    Case(
        "a paper on another matter lists no fields by themes",
        "Der Schulentwicklungsplan der Stadt wird fortgeschrieben.\n\n"
        "Inhalt\n"
        "1. Einleitung ........................................ 3\n"
        "2. Schwerpunkte der Schulentwicklung .................. 6\n"
        "2.1 Sprache und Lesen ................................. 6\n"
        "2.2 Bildung und Ganztag ............................... 8\n"
        "2.3 Sport und Gesundheit .............................. 10\n"
        "3. Ausblick ........................................... 12\n",
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fields_under_the_part_they_belong_to(case: Case) -> None:
    assert labels(case.text) == case.expected
