"""action_fields: forms a field list takes when its lines wrap or stand among others (invented
examples, each with negatives):

- a table of contents whose entry closes with dot leaders and has its page ("S. 14") on the
  next line;
- a list parted by middle dots or bars that wraps inside a field's name ("… · Wohnen und
  Mobilität im" / "ländlichen Raum · …");
- "Handlungsfelder:" as one labelled line among others ("Ziel: …" above it), the fields after
  a gap;
- working-group headings naming their fields, apart by semicolons where the fields hold commas
  ("AG 2 – Handlungsfelder Arbeit, Beruf und Studium; Wohnen; Gesundheit"), the singular noun
  after the group's designation ("AG 3 – Handlungsfeld …"), a labelled line under each
  ("Sprecherin der AG 2: …") that is no part of a field.
"""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import Case, labels

_ABOUT = (
    "Die Gemeinde schreibt ihr Integrationskonzept fort. Die Integration der Zugewanderten ist eine\n"
    "Aufgabe aller Fachbereiche; das Integrationsbüro koordiniert die Arbeit.\n\n"
)
_AFTER = "\n\nDer Entwurf wird dem Rat im Herbst vorgelegt.\n"

CASES = [
    Case(
        "contents: a page reference moved under an entry's dot leaders",
        _ABOUT + "1  Einleitung ............................................ S. 3\n"
        "2  Ziele und Maßnahmen in den Handlungsfeldern ............ S. 6\n"
        "   2.1  Sprache und frühe Förderung in der Kita ...........\n"
        "        S. 7\n"
        "   2.2  Arbeit und Qualifizierung ......................... S. 9\n"
        "   2.3  Wohnen im Stadtteil ...............................\n"
        "        S. 12\n"
        "3  Umsetzung und Berichtswesen ............................ S. 15" + _AFTER,
        ["Sprache und frühe Förderung in der Kita", "Arbeit und Qualifizierung", "Wohnen im Stadtteil"],
    ),
    Case(
        "contents: moved pages under a concept's chapters name no fields",
        _ABOUT + "1  Einleitung ............................................ S. 3\n"
        "2  Ausgangslage und Daten ..................................\n"
        "   S. 6\n"
        "3  Beteiligung der Öffentlichkeit ..........................\n"
        "   S. 9\n"
        "4  Umsetzung und Berichtswesen ............................ S. 15" + _AFTER,
        [],
    ),
    Case(
        "middle dots, wrapped inside a field's name",
        _ABOUT + "Das Konzept ordnet seine Maßnahmen vier Handlungsfeldern zu:\n\n"
        "Sprache und Bildung · Arbeit, Ausbildung und Beruf · Wohnen und Mobilität im\n"
        "ländlichen Raum · Gesundheit" + _AFTER,
        [
            "Sprache und Bildung",
            "Arbeit, Ausbildung und Beruf",
            "Wohnen und Mobilität im ländlichen Raum",
            "Gesundheit",
        ],
    ),
    Case(
        "middle dots: a line of dots after a blank line is another block",
        _ABOUT + "Das Konzept ordnet seine Maßnahmen drei Handlungsfeldern zu:\n\n"
        "Sprache · Arbeit · Wohnen\n\n"
        "Integrationsbüro · Marktplatz 1 · Telefon 0351 12345" + _AFTER,
        ["Sprache", "Arbeit", "Wohnen"],
    ),
    Case(
        "bars: the fields as a labelled line among others, after a gap, wrapped at a bar",
        _ABOUT + "Kurzfassung\n"
        "Ziel:              Fortschreibung des Konzepts bis Ende 2027\n"
        "Handlungsfelder:   Sprache | Bildung | Arbeit und Beruf |\n"
        "                   Wohnen | Zusammenleben im Quartier\n"
        "Beteiligung:       zwei Foren und eine Umfrage" + _AFTER,
        ["Sprache", "Bildung", "Arbeit und Beruf", "Wohnen", "Zusammenleben im Quartier"],
    ),
    Case(
        "bars: a labelled line of measures names no fields",
        _ABOUT + "Kurzfassung\n"
        "Ziel:              Fortschreibung des Konzepts bis Ende 2027\n"
        "Maßnahmen:         Sprachcafé | Lesepaten | Ausbildungslotsen\n"
        "Handlungsfelder:   siehe Anlage 2" + _AFTER,
        [],
    ),
    Case(
        "working-group headings: fields apart by semicolons, a speaker under each",
        _ABOUT + "AG 1 – Handlungsfelder Sprache, Bildung und Erziehung; Kinder und Familie\n"
        "Sprecherin der AG 1: Jana Vogt, Grundschule am Park\n\n"
        "AG 2 – Handlungsfelder Arbeit, Beruf und Studium; Wohnen; Gesundheit\n"
        "Sprecher der AG 2: Tim Albers, Jobcenter\n\n"
        "AG 3 – Handlungsfeld Zusammenleben, Sport und Kultur\n"
        "Sprecherin der AG 3: Meral Aksoy, Integrationsbeirat" + _AFTER,
        [
            "Sprache, Bildung und Erziehung",
            "Kinder und Familie",
            "Arbeit, Beruf und Studium",
            "Wohnen",
            "Gesundheit",
            "Zusammenleben, Sport und Kultur",
        ],
    ),
    Case(
        "working-group headings: a mention of a field after the designation is no heading",
        _ABOUT + "AG 3 – Die Gruppe tagt im Handlungsfeld Bildung.\n"
        "Sprecherin der AG 3: Meral Aksoy, Integrationsbeirat" + _AFTER,
        [],
    ),
    Case(
        "semicolons whose items hold no comma part single fields as before",
        _ABOUT + "Die Arbeit gliedert sich in die Handlungsfelder Bildung; Arbeit; Wohnen." + _AFTER,
        ["Bildung", "Arbeit", "Wohnen"],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_wrapped_lists_and_group_headings(case: Case) -> None:
    assert labels(case.text) == case.expected
