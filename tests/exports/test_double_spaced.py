"""Text of an export that sets a blank line after nearly every line (pdfminer.six gives each text
box of a line or two as a paragraph of its own): those blank lines fall inside sentences, and a
sentence, a members' enumeration and a facilitator read the same as from the text without them.
A text with a blank line here and there keeps its paragraphs."""

from __future__ import annotations

import pytest

from extractors import costs, load_resources
from pipeline.records import Cost
from pipeline.structure import view
from pipeline.structure.prose import flatten
from tests.facilitators.test_facilitators import run as facilitators_of
from tests.helpers import document
from tests.steering.test_steering import groups_of

# the text boxes of the export: a line, or a line too long for the page and its wrapped rest
BOXES = [
    ["Gemeinde Talheim"],
    ["Der Bürgermeister"],
    ["Beschlussvorlage Nr. 2025/014"],
    ["Datum: 04.03.2025"],
    ["Betreff: Lärmaktionsplan und Bildung einer Steuerungsgruppe"],
    ["Beschlussvorschlag:"],
    ["Die Verwaltung wird beauftragt, die Moderation an die grünwerk"],
    ["GmbH,"],
    ["Talheim, zu vergeben."],
    ["Begründung:"],
    ["1. Steuerungsgruppe"],
    ["Die Steuerungsgruppe setzt sich zusammen aus dem Amt für Umwelt, dem Seniorenbeirat,", "dem NABU"],
    ["Kreisverband Talheim e. V. und der Hochschule Talheim. Sie tritt"],
    ["monatlich zusammen."],
    ["2. Kosten"],
    ["Die Kosten betragen 4.000 Euro."],
]
LINES = [line for box in BOXES for line in box]
MEMBERS = ["Amt für Umwelt", "Seniorenbeirat", "NABU Kreisverband Talheim e. V.", "Hochschule Talheim"]


@pytest.mark.parametrize(
    "text",
    ["\n".join(LINES) + "\n", "\n\n".join("\n".join(box) for box in BOXES) + "\n"],
    ids=["single", "double-spaced"],
)
def test_a_blank_line_after_every_box_parts_no_sentence(text: str) -> None:
    assert facilitators_of(text) == [(None, "grünwerk GmbH", None)]
    assert [[m.member for m in g.members] for g in groups_of(text)] == [MEMBERS]


def test_blank_lines_here_and_there_keep_their_paragraphs() -> None:
    text = "\n".join(LINES[:9]) + "\n\n" + "\n".join(LINES[9:]) + "\n"
    assert flatten(text).text == text


def test_a_short_double_spaced_text_is_kept() -> None:
    text = "Betreff:\n\nHaushalt 2025\n\nBeschlussvorschlag:\n\nDer Rat beschließt.\n"
    assert flatten(text).text == text


GRANT_BOXES = [
    *BOXES[:11],
    ["Für die Sprachtreffs im Stadtteilzentrum hat die Bürgerstiftung Talheim eine", "Spende in Höhe von"],
    ["1.800 € zugesagt. Die Kosten der Moderation trägt die Gemeinde."],
    ["3. Ausblick"],
    ["Die Steuerungsgruppe berichtet im Herbst."],
]


@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["single", "double-spaced"])
def test_an_amount_after_a_blank_line_inside_its_sentence_keeps_its_cue(separator: str) -> None:
    """The amount's sentence read in the document text runs over the blank line the export set
    inside it: "Spende" before it makes the amount a grant."""
    text = separator.join("\n".join(box) for box in GRANT_BOXES) + "\n"
    found = [c for c in costs.extract(document(text), load_resources(), view(document(text))) if isinstance(c, Cost)]
    assert [(c.amount_eur, c.cost_type) for c in found] == [(1800.0, "grant")]
