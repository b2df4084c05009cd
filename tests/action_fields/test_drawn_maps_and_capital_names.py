"""action_fields: the bracketed branches of a mind map drawn with ASCII signs under a paragraph naming the map and
the fields, its centre box and its twigs left out; a name set in capitals right after the singular field noun in
running text, a word broken at a line's end. Negatives: a drawn map under a paragraph naming no fields, capitals
that follow no field noun, an abbreviation after the noun (invented examples)."""

from __future__ import annotations

import re

from tests.action_fields.test_action_fields import labels

MAP = (
    "Die Ergebnisse der Werkstatt stehen in einer Mindmap. Ihre vier Äste sind die Handlungsfelder des Plans.\n\n"
    "     Lesepaten                     Betriebspraktika\n"
    "         \\                               |\n"
    "     ( Kita und Schule )          ( Beruf und Einstieg )\n"
    "               \\      .-------------.     /\n"
    "                '----|  TALHEIM     |----'\n"
    "                     |  VERBINDET   |\n"
    "                     '------+------'---- ( Gesundheit und Pflege )\n"
    "                            |                    \\\n"
    "                ( Wohnen im Quartier )        Hausarztsuche\n"
    "                  /\n"
    "           Nachbarschaftsfest\n\n"
    "Das Zentrum ist der Titel des Plans.\n"
)
BRANCHES = ["Kita und Schule", "Beruf und Einstieg", "Gesundheit und Pflege", "Wohnen im Quartier"]


def test_the_bracketed_branches_of_a_drawn_map_are_the_fields() -> None:
    assert labels(MAP) == BRANCHES


def test_the_drawn_map_with_closed_gaps_gives_the_same() -> None:
    closed = "\n".join(re.sub(r"[ \t]+", " ", line).strip() for line in MAP.splitlines())
    assert labels(closed) == BRANCHES


def test_a_drawn_map_under_a_paragraph_naming_no_fields_is_none() -> None:
    text = MAP.replace("Ihre vier Äste sind die Handlungsfelder des Plans.", "Sie hängt im Flur.")
    assert not set(BRANCHES) & set(labels(text))


PROSE = (
    "Das Integrationskonzept beschreibt sechs Handlungsfelder der Integration; die Integration gelingt gemeinsam.\n"
    "Am Anfang steht das Handlungsfeld HILFE BEIM ANKOMMEN: Wer zuzieht, wird besucht. Eng damit verbunden ist\n"
    "das Handlungsfeld LERNEN UND SPRA-\nCHE mit Kursen. Das Konzept steht unter dem Motto TALHEIM HÄLT ZUSAMMEN.\n"
)


def test_names_in_capitals_after_the_singular_noun_are_fields() -> None:
    assert labels(PROSE) == ["HILFE BEIM ANKOMMEN", "LERNEN UND SPRACHE"]


def test_an_abbreviation_after_the_noun_is_no_name() -> None:
    text = PROSE.replace("das Handlungsfeld LERNEN UND SPRA-\nCHE mit Kursen", "das Handlungsfeld SGB II mit Kursen")
    assert labels(text) == ["HILFE BEIM ANKOMMEN"]
