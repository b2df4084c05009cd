"""Action fields in two forms of a council system's submission: a list of check boxes whose ticked
boxes are the fields chosen ("☒ Wohnen" / "☐ Sport"; a list whose boxes are all empty is a list with
boxes for bullets), and abbreviated headings whose number a gap sets apart from the name
("HF 2      Arbeit und Ausbildung"), measures indented under them. Every example is invented."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

CASES = [
    (
        "ticked boxes are the fields, empty ones are not",
        "Das Konzept der Gemeinde Hohenroth soll die folgenden Handlungsfelder umfassen (bitte ankreuzen):\n"
        "☐ Gesundheit\n☒ Kinderbetreuung und Schule\n☒ Wohnen im Ortskern\n☐ Mobilität\n☒ Vereine und Ehrenamt\n\n"
        "Die Verwaltung schlägt vor, so zu verfahren.\n",
        ["Kinderbetreuung und Schule", "Wohnen im Ortskern", "Vereine und Ehrenamt"],
    ),
    (
        "a ticked box of another glyph",
        "Handlungsfelder des Integrationskonzepts:\n☑ Sprache\n☐ Sport\n☑ Arbeit und Beruf\n\nBegründung folgt.\n",
        ["Sprache", "Arbeit und Beruf"],
    ),
    (
        "empty boxes alone are bullets",
        "Handlungsfelder des Integrationskonzepts:\n□ Sprache und Bildung\n□ Arbeit\n□ Wohnen\n\nBegründung folgt.\n",
        ["Sprache und Bildung", "Arbeit", "Wohnen"],
    ),
    (
        "abbreviated headings set apart from their names by a gap, measures under them",
        "Das Integrationskonzept gliedert sich in vier Handlungsfelder.\n\n"
        "HF 1    Frühe Bildung und Elternarbeit\n"
        "        M 1.1   Elterncafés in den Kitas\n"
        "HF 2    Arbeit und Qualifizierung\n"
        "        M 2.1   Sprachkurse im Betrieb\n"
        "        M 2.2   Jobpaten\n"
        "HF 3    Wohnen im Quartier\n"
        "HF 4    Gesundheit\n"
        "        M 4.1   Gesundheitslotsen\n",
        ["Frühe Bildung und Elternarbeit", "Arbeit und Qualifizierung", "Wohnen im Quartier", "Gesundheit"],
    ),
    (
        "a table whose first cell holds the abbreviation and more stays a table row",
        "Übersicht der Maßnahmen\n\nHF 1 Maßnahme    Zuständig\nHF 1 Sprachcafé    Bibliothek\n",
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0])
def test_boxes_and_gapped_heads(case: tuple[str, str, list[str]]) -> None:
    _, text, expected = case
    assert labels(text) == expected
