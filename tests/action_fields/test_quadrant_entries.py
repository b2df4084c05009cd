"""action_fields: the entries set with bullets into the cells of a drawn matrix under a caption opened by
the plural field noun, a name wrapped in its cell, the quadrants' headings left out; and what is none: the
same matrix under a caption about measures, or without a caption (invented examples)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

_MATRIX = (
    "   Bedarf\n"
    "     ▲\n"
    " groß │   MIT PARTNERN                 │   ZUERST\n"
    "      │   ● Beruf und Qualifizierung   │   ● Frühe Bildung\n"
    "      │                                │   ● Beratung für neu\n"
    "      │                                │     Zugezogene\n"
    "      ├────────────────────────────────┼──────────────────────\n"
    "      │   SPÄTER                       │   NACH UND NACH\n"
    "      │   ● Pflege und Gesundheit      │   ● Vereine und Freizeit\n"
    "klein │                                │\n"
    "      └────────────────────────────────┴─────────────────────▶\n"
    "        gering          Einfluss der Gemeinde            hoch\n"
)

CASES = [
    (
        "a caption opened by a figure's label and the plural noun",
        "Grafik 3: Handlungsfelder nach Bedarf und Einfluss\n\n" + _MATRIX,
        [
            "Beruf und Qualifizierung",
            "Frühe Bildung",
            "Beratung für neu Zugezogene",
            "Pflege und Gesundheit",
            "Vereine und Freizeit",
        ],
    ),
    (
        "a caption about the measures in the fields",
        "Grafik 3: Maßnahmen in den Handlungsfeldern nach Bedarf\n\n" + _MATRIX,
        [],
    ),
    (
        "no caption over the matrix",
        "Die Verwaltung hat die Themen eingeordnet.\n\n" + _MATRIX,
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quadrant_entries(text: str, expected: list[str]) -> None:
    assert sorted(labels(text)) == sorted(expected)
