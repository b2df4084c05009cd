"""action_fields: a list set in two columns whose entries bare numbers open, under a caption naming the
fields, names wrapped onto indented lines so that the columns' lines interleave; and what is none: the
same list without the caption, a table's numbered rows whose other numbers do not run on (invented
examples)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

_LIST = (
    "   1  Frühe Bildung und                    4  Pflege und\n"
    "      Elternarbeit                            Gesundheit\n"
    "   2  Beruf und Qualifizierung             5  Vereine, Sport und\n"
    "   3  Leben im Quartier                       Freizeit\n"
)

CASES = [
    (
        "a caption over the list, names wrapped in both columns",
        "Der Entwurf nennt fünf Themen.\n\n   Die fünf Handlungsfelder des Aktionsplans\n\n" + _LIST,
        [
            "Frühe Bildung und Elternarbeit",
            "Pflege und Gesundheit",
            "Beruf und Qualifizierung",
            "Vereine, Sport und Freizeit",
            "Leben im Quartier",
        ],
    ),
    (
        "the same list without a caption",
        "Der Entwurf nennt fünf Themen.\n\n" + _LIST,
        [],
    ),
    (
        "a table's numbered rows under a caption, the numbers of the other column repeating",
        "   Übersicht der Handlungsfelder\n\n"
        "   1  Lesepaten in der Bibliothek          1  Stadtbibliothek\n"
        "   2  Praktikumsbörse                      2  Jobcenter\n"
        "   3  Treffpunkt Marktviertel              3  Quartiersbüro\n",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bare_numbered_columns(text: str, expected: list[str]) -> None:
    assert sorted(labels(text)) == sorted(expected)  # read down the columns, handed back in the text's order
