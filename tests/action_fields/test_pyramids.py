"""action_fields: the numbered levels of a drawn pyramid that a sentence says the fields are, names wrapped and
broken at hyphens inside the narrowing levels, a foundation's bar under it no level; as drawn and as an export
sets it, the indents and the gaps inside lost (invented examples, with near misses)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

HEAD = "Landkreis Musterau\nSitzungsvorlage 12/2031\n\nBetreff: Kreisintegrationskonzept\n\n"
LEAD = "Die vier Stufen der Pyramide sind die Handlungsfelder des Konzepts; sie bauen aufeinander auf.\n\n"
PYRAMID = (
    "Abbildung 2: Stufenmodell\n\n"
    "                        /\\\n"
    "                       /  \\\n"
    "                      / 4  \\\n"
    "                     / Mit- \\\n"
    "                    / wirkung\\\n"
    "                   /──────────\\\n"
    "                  /  3  Gesund-\\\n"
    "                 /  heit und    \\\n"
    "                /   Pflege       \\\n"
    "               /──────────────────\\\n"
    "              /  2  Arbeit und     \\\n"
    "             /      Ausbildung      \\\n"
    "            /────────────────────────\\\n"
    "           /  1  Sprache und Bildung  \\\n"
    "          /────────────────────────────\\\n"
    "         ▕ BASIS: Erstaufnahme (keine Stufe) ▏\n"
)
TAIL = "\nQuelle: Eigene Darstellung\n\nDen Stufen werden Maßnahmen zugeordnet.\n"
CLOSED = "\n".join(" ".join(line.split()) for line in PYRAMID.splitlines()) + "\n"
EXPECTED = ["Mitwirkung", "Gesundheit und Pflege", "Arbeit und Ausbildung", "Sprache und Bildung"]


@pytest.mark.parametrize("figure", [PYRAMID, CLOSED], ids=["drawn", "closed-up"])
def test_the_levels_of_a_pyramid_are_the_fields(figure: str) -> None:
    assert labels(HEAD + LEAD + figure + TAIL) == EXPECTED


@pytest.mark.parametrize(
    "text",
    [
        "Die Pyramide zeigt die Stufen des Ankommens im Landkreis.\n\n" + PYRAMID,
        LEAD + PYRAMID.replace("/  2  Arbeit und", "/  5  Arbeit und"),
        LEAD + PYRAMID.replace("/ 4  \\", "/    \\"),
        LEAD + PYRAMID.replace("──────────────────\\\n", "                  \\\n"),
    ],
    ids=["no-sentence-naming-the-fields", "numbered-out-of-order", "a-level-without-its-number", "two-levels-one"],
)
def test_look_alikes_name_none(text: str) -> None:
    assert labels(HEAD + text + TAIL) == []
