"""Arrows on scanned pages told by their ink: tesseract's German model has no "→" and reads the arrows
of a mapping of old names to new ones as "+", ">", "—" or not at all; the readers need them back."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.errors import VorlagenError
from pipeline.ingest import ocr, ocr_arrows
from pipeline.settings import Settings
from tests.ingest.test_ocr import needs_font, needs_tesseract
from tests.ingest.test_ocr_boxes import ink_of, scanned

MAPPING = [  # invented: a Gemeinde's old fields and the new ones they become
    "Bisher → Handlungsfelder ab 2028",
    "Sprache → Sprache und Schule",
    "Arbeit und Beruf → Arbeit und Ausbildung",
    "Gesundheit → Gesundheit und Pflege",
    "Begegnung → entfällt",
]


@needs_font
@pytest.mark.parametrize("blur", [0.0, 1.0, 1.6])
def test_an_arrow_is_told_by_its_ink(blur: float) -> None:
    assert ocr_arrows.is_arrow(ink_of("→", blur))


@needs_font
@pytest.mark.parametrize("glyph", ["-", "–", "—", "+", ">", "»", "=", "~", "T", "←"])
def test_signs_that_are_no_arrows(glyph: str) -> None:
    assert not ocr_arrows.is_arrow(ink_of(glyph, 1.0))


def test_a_blank_word_is_no_arrow() -> None:
    assert not ocr_arrows.is_arrow(np.zeros((20, 40), dtype=bool))


@needs_tesseract
@needs_font
def test_scanned_mapping_keeps_its_arrows() -> None:
    (result,) = ocr.ocr_pages(lambda _: scanned(MAPPING), 1, Settings(workers=1))
    assert not isinstance(result, VorlagenError)
    assert [" ".join(line.split()) for line in result[0].splitlines() if line.strip()] == MAPPING


@needs_tesseract
@needs_font
def test_dashes_between_words_stay_dashes() -> None:
    lines = ["Sprache – Sprache und Schule", "Arbeit - Beruf", "Kosten: 2.000 € + 500 €"]
    (result,) = ocr.ocr_pages(lambda _: scanned(lines), 1, Settings(workers=1))
    assert not isinstance(result, VorlagenError)
    assert "→" not in result[0]
