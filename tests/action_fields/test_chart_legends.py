"""action_fields: the legend of a chart of shares set under its caption without the word "Legende", one entry a
line with its count in brackets, the chart's figures scattered before the symbols, a name wrapped; also as a PDF
sets it, the rest at the left edge and a page's break between two entries (invented examples, with near misses)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

HEAD = "Gemeinde Waldau\nSitzungsvorlage 2027/88\n\nBetreff: Entwurf Integrationskonzept\n\n"
CAPTION = "      Grafik 3: Projekte des Entwurfs nach Handlungsfeldern (n = 41)\n\n"
LEGEND = (
    "                                  ▲ Frühe Förderung (12)\n"
    "                   27 %           ▲ Ausbildung und Beruf (9)\n"
    "          15 %                    ▲ Gesundheit und Pflege (8)\n"
    "                         22 %     ▲ Begegnung im Stadtteil und\n"
    "                                    auf dem Land (12)\n"
)
TAIL = "\n      Quelle: eigene Erhebung\n\nDie meisten Projekte betreffen die frühe Förderung.\n"
NAMES = ["Frühe Förderung", "Ausbildung und Beruf", "Gesundheit und Pflege", "Begegnung im Stadtteil und auf dem Land"]

LEGENDS = [
    ("a pie chart's legend under its caption, counts in brackets, a name wrapped", CAPTION + LEGEND, NAMES),
    (
        "the same as a PDF sets it: the rest at the left edge, a page's break between two entries",
        "Grafik 3: Projekte des Entwurfs nach Handlungsfeldern (n = 41)\n\n"
        "▲ Frühe Förderung (12)\n27 % ▲ Ausbildung und Beruf (9)\n\f\n15 % ▲ Gesundheit und Pflege (8)\n"
        "22 % ▲ Begegnung im Stadtteil und\nauf dem Land (12)\n",
        NAMES,
    ),
]

LEGENDS_NEGATIVE = [
    (
        "the legend of a chart whose caption names no fields",
        CAPTION.replace("nach Handlungsfeldern", "nach Trägern") + LEGEND.replace("Frühe Förderung", "Kirchen"),
        [],
    ),
    (
        "a legend of places under a caption naming the fields: no field's code",
        CAPTION + "                    ▲ Nordstadt (12)\n         27 %       ▲ Südstadt (9)\n"
        "                    ▲ Altdorf (8)\n",
        [],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), LEGENDS + LEGENDS_NEGATIVE, ids=lambda v: str(v)[:40])
def test_chart_legends(name: str, text: str, expected: list[str]) -> None:
    assert labels(HEAD + text + TAIL) == expected, name
