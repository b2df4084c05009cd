"""action_fields: the working groups a lead ties one to each field, a bar chart whose gaps an export
closed, a table of figures whose columns are years, the column heads of a matrix whose first head line
an export closed, and what is none: groups without such a lead, a table's header row over fields read
before (invented examples)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

CASES = [
    (
        "the groups numbered under a lead that ties one to each field, their speakers between them",
        "2. Handlungsfelder und Arbeitsgruppen\n"
        "Das Konzept wird in vier Handlungsfeldern erarbeitet. Für jedes Handlungsfeld wird ein\n"
        "Arbeitskreis gebildet, der bis Ende 2028 Vorschläge macht:\n\n"
        "  AK 1   Frühe Bildung und Sprache\n"
        "         Sprecher: Jonas Weber, Familienzentrum\n"
        "  AK 2   Arbeit und Beruf\n"
        "         Sprecherin: Ines Kraft, Jobcenter\n"
        "  AK 3   Wohnen im Quartier\n"
        "  AK 4   Gesundheit und Sport\n"
        "         Sprecherin: Maria Lenz, Gesundheitsamt\n\n"
        "3. Kosten\n",
        ["Frühe Bildung und Sprache", "Arbeit und Beruf", "Wohnen im Quartier", "Gesundheit und Sport"],
    ),
    (
        "the same groups where a PDF's text lost the indent and closed the gaps",
        "Das Konzept wird in drei Handlungsfeldern erarbeitet. Zu jedem Handlungsfeld tagt eine\n"
        "Facharbeitsgruppe:\n\n"
        "AG 1 Sprache und Schule\n"
        "Sprecherin: Dr. Anna Roth, Volkshochschule\n"
        "AG 2 Arbeit und Ausbildung\n"
        "Sprecher: Tim Vogt, Agentur für Arbeit\n"
        "AG 3 Wohnen und Nachbarschaft\n"
        "Sprecherin: Lea Busch, Wohnungsbau GmbH\n",
        ["Sprache und Schule", "Arbeit und Ausbildung", "Wohnen und Nachbarschaft"],
    ),
    (
        "working groups of a project without a lead tying them to the fields: no fields",
        "Das Projekt wird in drei Arbeitsgruppen vorbereitet:\n\n"
        "  AG 1   Öffentlichkeitsarbeit\n"
        "  AG 2   Finanzen und Förderung\n"
        "  AG 3   Veranstaltungen\n",
        [],
    ),
    (
        "a bar chart of blocks whose gap before the bars an export closed, under a caption naming the fields",
        "Die Abbildung zeigt den Anteil der Handlungsfelder an den Mitteln:\n\n"
        "Abbildung 2: Mittel nach Handlungsfeldern\n"
        "Sprache und Bildung ████████████ 40 %\n"
        "Arbeit und Beruf ████████ 27 %\n"
        "Wohnen und Quartier ██████ 20 %\n"
        "Gesundheit und Pflege ████ 13 %\n\n"
        "Die Paten der Handlungsfelder:\n\n"
        "Handlungsfeld Pate im Lenkungskreis\n"
        "Sprache und Bildung Rektorin Eva Maier (Grundschule Nord)\n"
        "Arbeit und Beruf Otto Brandl (Jobcenter)\n",
        ["Sprache und Bildung", "Arbeit und Beruf", "Wohnen und Quartier", "Gesundheit und Pflege"],
    ),
    (
        "a table of figures whose gaps an export closed, its columns years and a sum, a name wrapped",
        "Tabelle 1: Mittel nach Handlungsfeldern (Euro)\n\n"
        "Handlungsfeld 2027 2028 zusammen\n"
        "------------------------------------------------\n"
        "Sprache und Bildung 10.000 12.000 22.000\n"
        "Arbeit und Beruf 8.000 9.000 17.000\n"
        "Wohnen und Leben im 5.000 6.000 11.000\n"
        "Quartier\n"
        "------------------------------------------------\n"
        "Summe 23.000 27.000 50.000\n",
        ["Sprache und Bildung", "Arbeit und Beruf", "Wohnen und Leben im Quartier"],
    ),
    (
        "the stacked heads of a matrix of offices by field whose first head line an export closed",
        "Die Fortschreibung behält die vier Handlungsfelder bei. Für jedes Feld ist ein Amt\n"
        "federführend (F), weitere Stellen wirken mit (M):\n\n"
        "                              Sprache Bildung Arbeit Gesund-\n"
        "                              und       und      und      heit\n"
        "                              Begeg-    Schule   Beruf\n"
        "                              nung\n"
        "Schulamt                        F         F                 M\n"
        "Jobcenter                                          F\n"
        "Gesundheitsamt                                              F\n",
        ["Sprache und Begegnung", "Bildung und Schule", "Arbeit und Beruf", "Gesundheit"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_layouts(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
