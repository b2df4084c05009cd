"""action_fields: the ticked boxes of a form's question about the fields, a write-in without its label,
and what names none: a form with no box ticked, a sentence over the boxes, boxes under another head
(invented examples)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

_FORM = (
    "2.4  Handlungsfelder der Maßnahme (bitte ankreuzen)\n"
    "     ☐ Frühe Bildung                       ☒ Beruf und Qualifizierung\n"
    "     ☒ Leben im Quartier                   ☐ Vereine und Freizeit\n"
    "     ☒ Pflege und Gesundheit\n"
    "     ☒ Andere:  Teilhabe älterer Zugewanderter\n\n"
    "2.5  Zielgruppen\n"
    "     ☒ Familien       ☒ Jugendliche       ☐ Senioren\n"
)

CASES = [
    (
        "ticked boxes in two columns under the field question, a write-in without its label",
        _FORM,
        ["Beruf und Qualifizierung", "Leben im Quartier", "Pflege und Gesundheit", "Teilhabe älterer Zugewanderter"],
    ),
    (
        "boxes typed in brackets",
        "3. Handlungsfelder des Projekts (Mehrfachnennung möglich)\n"
        "[x] Frühe Bildung       [ ] Beruf und Qualifizierung\n"
        "[ ] Leben im Quartier   [X] Pflege und Gesundheit\n",
        ["Frühe Bildung", "Pflege und Gesundheit"],
    ),
    (
        "the gaps between the boxes closed to one space",
        "2.4 Handlungsfelder der Maßnahme (bitte ankreuzen)\n"
        "☐ Frühe Bildung ☒ Beruf und Qualifizierung\n"
        "☒ Leben im Quartier ☐ Vereine und Freizeit\n",
        ["Beruf und Qualifizierung", "Leben im Quartier"],
    ),
    (
        "a blank form, no box ticked",
        _FORM.replace("☒", "☐"),
        [],
    ),
    (
        "a sentence over the boxes",
        "Bitte geben Sie an, welche Handlungsfelder Sie besonders interessieren.\n"
        "     ☐ Frühe Bildung                       ☒ Beruf und Qualifizierung\n"
        "     ☒ Leben im Quartier                   ☐ Vereine und Freizeit\n",
        [],
    ),
    (
        "ticked boxes under a head of another kind",
        "2.5  Zielgruppen des Vorhabens (Mehrfachnennung möglich)\n"
        "     ☒ Familien mit Kindern         ☒ Jugendliche\n"
        "     ☐ Senioren                     ☒ Alleinerziehende\n",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_ticked_boxes(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


_LEAD_BOXES = (
    "Stadt Kronau\nMagistratsvorlage 12/2027\n\nBetreff: Integrationsleitbild\n\n"
    "Mit dem Beirat wurde eine Liste möglicher Schwerpunkte besprochen. Angekreuzt sind die\n"
    "Schwerpunkte, die das Integrationsleitbild aufgreifen soll; die übrigen bearbeitet der Kreis.\n\n"
    "   ☒  Deutsch im Alltag\n"
    "   ☐  Pflege (Zuständigkeit des Kreises)\n"
    "   ☒  Vereine und Nachbarschaft\n"
    "   ☒  Wohnen und Unterbringung\n\n"
    "Zu jedem Schwerpunkt nennt das Leitbild zwei Ziele.\n"
)


def test_ticked_boxes_under_a_paragraph_naming_the_fields() -> None:
    assert labels(_LEAD_BOXES) == ["Deutsch im Alltag", "Vereine und Nachbarschaft", "Wohnen und Unterbringung"]


def test_boxes_under_a_paragraph_about_something_else_name_no_fields() -> None:
    text = _LEAD_BOXES.replace("möglicher Schwerpunkte", "möglicher Termine").replace(
        "Schwerpunkte, die das Integrationsleitbild aufgreifen soll", "Termine, an denen der Saal frei ist"
    )
    assert labels(text) == []


def test_boxes_after_a_paragraph_whose_last_sentence_is_another_name_no_fields() -> None:
    text = _LEAD_BOXES.replace("bearbeitet der Kreis.\n", "bearbeitet der Kreis. Die Sitzung ist öffentlich.\n")
    assert labels(text) == []
