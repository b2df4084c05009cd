"""Fields counted with ordinal adverbs in running text ("erstens …, zweitens … und drittens …")
after the field noun (``extractors/action_fields/ordinals.py``), wrapped over lines and in a PDF's
line breaks; and sentences of the same look that count steps, reasons or anything but fields."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

HEAD = "Gemeinde Lindenfels\nBeschlussvorlage 31/2027\n\nBetreff: Integrationskonzept\n\nSachverhalt:\n\n"
TAIL = "\n\nDer Gemeinderat berät die Vorlage im Herbst.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Konzept setzt auf drei Handlungsfelder: erstens Kita und Grundschule, zweitens\n"
            "Pflege im Alter und drittens Kultur, Sport und Ehrenamt.",
            ["Kita und Grundschule", "Pflege im Alter", "Kultur, Sport und Ehrenamt"],
        ),
        (
            "Die Arbeitsgruppe hat sich auf folgende Handlungsfelder verständigt: erstens\n"
            "Wohnen in den Dörfern, zweitens Mobilität und Busverkehr, drittens digitale Teilhabe\n"
            "sowie viertens Gesundheit und Pflege. Die Maßnahmen folgen im Frühjahr.",
            ["Wohnen in den Dörfern", "Mobilität und Busverkehr", "digitale Teilhabe", "Gesundheit und Pflege"],
        ),
        (
            "Für das Integrationskonzept werden zwei Schwerpunkte gesetzt: Erstens Spracherwerb\n"
            "für Erwachsene und zweitens Begegnung im Sportverein.",
            ["Spracherwerb für Erwachsene", "Begegnung im Sportverein"],
        ),
        (
            "Aus den Gesprächen ergeben sich drei Handlungs-\nfelder, die das Konzept bearbeiten soll: erstens "
            "Kita und Schule, zweitens Arbeit\nim Gewerbegebiet und drittens Mobilität und Beratung. Das dritte "
            "Feld ist neu.",
            ["Kita und Schule", "Arbeit im Gewerbegebiet", "Mobilität und Beratung"],
        ),
    ],
    ids=["colon-and-wrap", "sowie-before-the-last", "weak-noun-about-the-concept", "relative-clause-to-a-colon"],
)
def test_fields_counted_with_ordinal_adverbs(text: str, expected: list[str]) -> None:
    assert labels(HEAD + text + TAIL) == expected


@pytest.mark.parametrize(
    "text",
    [
        # steps of a procedure: the items are clauses, not names
        "Die Handlungsfelder werden erstens in Werkstätten beraten und zweitens vom Gemeinderat\nbeschlossen.",
        # reasons, no field noun in the sentence
        "Der Antrag wird abgelehnt: erstens fehlen die Mittel, zweitens ist die Halle belegt.",
        # the adverbs do not count up from the first
        "Die Handlungsfelder sind zweitens Wohnen und drittens Arbeit.",
        # a single adverb counts nothing
        "Das Konzept nennt Handlungsfelder, erstens Wohnen.",
        # a weak noun in a sentence about another matter
        "Die Sanierung hat zwei Schwerpunkte: erstens Dach und Fassade, zweitens Heizung.",
        # the adverbs far from the noun, in another clause
        "Die Handlungsfelder des alten Plans bleiben gültig, weil die Gemeinde ihre Mittel für die\n"
        "kommenden Jahre erstens Schulen und zweitens Straßen zugewiesen hat.",
        # a long clause without a colon before the adverbs
        "Die Handlungsfelder, die der alte Plan in den vergangenen Jahren bearbeitet hat, erstens Schulen und\n"
        "zweitens Straßen, bleiben gültig.",
    ],
    ids=[
        "steps",
        "reasons-without-noun",
        "not-from-the-first",
        "single-adverb",
        "weak-noun-elsewhere",
        "far",
        "clause",
    ],
)
def test_sentences_that_count_no_fields(text: str) -> None:
    assert labels(HEAD.replace("Integrationskonzept", "Sanierung der Turnhalle") + text + TAIL) == []
