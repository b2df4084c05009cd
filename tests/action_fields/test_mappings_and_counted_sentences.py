"""Fields as the names after the arrows of a drawn mapping from old fields to new ones
(``extractors/action_fields/mapped.py``), as sentences each opened by an ordinal adverb after a
sentence naming the fields (``ordinal_sentences.py``), and as an enumeration whose lines an item's
hanging indent or a set-off block indents (``prose.py``); and look-alikes that name no field."""

from __future__ import annotations

import re

import pytest

from tests.action_fields.test_action_fields import labels

HEAD = "Stadt Lindenfels\nBeschlussvorlage 31/2027\n\nBetreff: Integrationskonzept\n\nSachverhalt:\n\n"
TAIL = "\n\nDer Rat berät die Vorlage im Herbst.\n"

MAPPING = (
    "3. Welche Handlungsfelder hat das Konzept künftig?\n\n"
    "   bisher (Konzept 2020)          künftig (ab 2028)\n"
    "   Sprache                   ─┐\n"
    "                              ├─→  Sprache und Schule\n"
    "   Bildung                   ─┘\n"
    "   Arbeit                    ───→  Arbeit und Beruf\n"
    "   Wohnen                    ───→  Wohnen im Quartier\n"
    "   (neu)                     ───→  Kultur und Sport\n"
)
MAPPED = ["Sprache und Schule", "Arbeit und Beruf", "Wohnen im Quartier", "Kultur und Sport"]


def _closed(text: str) -> str:
    """The text as an export that closes the gaps of a line to single spaces and drops indents gives it."""
    return "\n".join(re.sub(r"[ \t]{2,}", " ", line).strip() for line in text.split("\n"))


@pytest.mark.parametrize(
    "text",
    [
        MAPPING,
        _closed(MAPPING),
        MAPPING.replace("───→", "---->"),
        MAPPING.replace("3. Welche Handlungsfelder hat das Konzept künftig?", "Die Handlungsfelder ändern sich so:"),
        _closed(MAPPING).replace("\n\n", "\n") + "Die Werkstätten folgen im Mai.",
    ],
    ids=["drawn", "closed", "ascii", "colon-lead", "no-blank-lines"],
)
def test_names_after_the_arrows_of_a_mapping(text: str) -> None:
    assert labels(HEAD + text + TAIL) == MAPPED


@pytest.mark.parametrize(
    "text",
    [
        # the lead names no fields
        MAPPING.replace("3. Welche Handlungsfelder hat das Konzept künftig?", "3. Wer ist künftig zuständig?"),
        # the names after the arrows are no new names of those before them: offices in charge
        "Die Handlungsfelder werden künftig so betreut.\n\n"
        "   Sprache      ───→  Amt 40\n   Arbeit       ───→  Jobcenter Lindenfels\n"
        "   Wohnen       ───→  Fachbereich Bauen\n",
        # two arrows only
        "Die Handlungsfelder ändern sich so.\n\n   Sprache      ───→  Sprache und Schule\n"
        "   Arbeit       ───→  Arbeit und Beruf\n",
        # a line of another kind inside the block
        MAPPING.replace("   Arbeit                    ───→  Arbeit und Beruf\n", "   Die Werkstätten folgen im Mai.\n"),
    ],
    ids=["no-field-lead", "offices", "two-arrows", "sentence-inside"],
)
def test_mappings_that_name_no_fields(text: str) -> None:
    assert labels(HEAD + text + TAIL) == []


COUNTED = (
    "Eckpunkte\nDas Konzept ordnet seine Ziele vier Handlungsfeldern zu. Erstens dem Handlungsfeld Sprache\n"
    "und frühe Förderung: Sprachkitas in allen Stadtteilen. Zweitens dem Handlungsfeld Arbeit und Beruf: eine\n"
    "Lotsenstelle im Bürgerhaus. Drittens dem Handlungsfeld Wohnen und Nachbarschaft in den\n"
    "Stadtteilen: ein Nachbarschaftsfonds. Die Mittel stellt der Kreis. Viertens – und dies ist neu\n"
    "gegenüber dem Entwurf – dem Handlungsfeld Demokratie und Mitwirkung: Einbürgerungsfeiern."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            COUNTED,
            [
                "Sprache und frühe Förderung",
                "Arbeit und Beruf",
                "Wohnen und Nachbarschaft in den Stadtteilen",
                "Demokratie und Mitwirkung",
            ],
        ),
        (
            COUNTED.replace(" – ", " - "),  # the dashes as OCR reads them, spaced hyphens
            [
                "Sprache und frühe Förderung",
                "Arbeit und Beruf",
                "Wohnen und Nachbarschaft in den Stadtteilen",
                "Demokratie und Mitwirkung",
            ],
        ),
        (
            "Das Konzept hat drei Handlungsfelder. Erstens Sprache und Schule: Kurse für Eltern.\n"
            "Zweitens Arbeit: eine Lotsenstelle. Drittens Wohnen im Quartier: ein Fonds.",
            ["Sprache und Schule", "Arbeit", "Wohnen im Quartier"],
        ),
    ],
    ids=["field-noun-in-each", "clause-in-spaced-hyphens", "names-to-a-colon"],
)
def test_fields_each_in_a_sentence_opened_by_an_ordinal_adverb(text: str, expected: list[str]) -> None:
    assert labels(HEAD + text + TAIL) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the count before the noun is not the adverbs'
        COUNTED.replace("vier Handlungsfeldern", "fünf Handlungsfeldern"),
        # steps, not names
        "Die Handlungsfelder werden so beraten. Erstens tagen die Werkstätten im Mai. Zweitens beschließt der Rat.",
        # no sentence naming the fields before the first adverb
        "Die Sanierung ist dringend. Erstens dem Dach: neue Ziegel. Zweitens der Fassade: ein Anstrich.",
        # names without the field noun and without a colon
        "Das Konzept hat zwei Handlungsfelder. Erstens Sprache und Schule. Zweitens Arbeit.",
    ],
    ids=["count-differs", "steps", "no-lead", "no-colon"],
)
def test_ordinal_sentences_that_name_no_fields(text: str) -> None:
    assert labels(HEAD + text + TAIL) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Antrag lautet:\n    1. Das Konzept wird fortgeschrieben.\n"
            "    2. Es soll sich auf die Handlungsfelder Sprache, Bildung, Arbeit und\n"
            "       Gesundheit konzentrieren.",
            ["Sprache", "Bildung", "Arbeit", "Gesundheit"],
        ),
        (
            "Die Verwaltung schlägt vor, Sprache und Bildung zusammenzufassen. Die\n"
            "Fortschreibung gliedert sich damit in die Handlungsfelder\n"
            "    Sprache und Bildung,\n    Arbeit und faire Beschäftigung,\n    Gesundheit sowie\n"
            "    Beratung für neu zugewanderte EU-Bürgerinnen und -Bürger.\n"
            "Das letzte Feld ist neu.",
            [
                "Sprache und Bildung",
                "Arbeit und faire Beschäftigung",
                "Gesundheit",
                "Beratung für neu zugewanderte EU-Bürgerinnen und -Bürger",
            ],
        ),
    ],
    ids=["hanging-indent", "set-off-one-a-line"],
)
def test_enumerations_on_indented_lines(text: str, expected: list[str]) -> None:
    assert labels(HEAD + text + TAIL) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the next line indented under another column than the item's text: a cell
        "    2. Es soll sich auf die Handlungsfelder Sprache, Bildung, Arbeit und\n"
        "                      Gesundheit konzentrieren.",
        # set-off lines not indented alike: cells
        "Die Fortschreibung gliedert sich in die Handlungsfelder\n    Sprache und Bildung,\n"
        "              Arbeit,\n    Gesundheit.",
        # the noun's line goes on after the noun
        "In drei Handlungsfeldern – Kultur, Sport sowie\n          Freizeit – wird geplant.",
    ],
    ids=["hanging-apart", "set-off-unaligned", "noun-line-goes-on"],
)
def test_indented_lines_that_stay_cells(text: str) -> None:
    assert labels(HEAD + text + TAIL) == []
