"""OCR noise must not cost facts: the sample documents and the layout generators' output with
OCR damage drawn (``tests/ocr_noise.py``) give the facts of the undamaged text, once the
ingest has repaired the OCR text."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from helpers import ROOT, SEED_TEXTS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ocr_noise import damage, paged

from extractors import load_resources
from extractors.consultations import extract
from pipeline.document import Document
from pipeline.extract.rows import extract_document
from pipeline.ingest import ocr_text
from pipeline.ingest.readers import repair_ocr_pages
from pipeline.settings import Settings
from tests.layouts import Block, blocks

DOCS = SEED_TEXTS + sorted((ROOT / "tests" / "unseen" / "docs").glob("*.txt"))
SETTINGS = Settings()
WORDS = ocr_text.tesseract_words(SETTINGS.ocr_lang)
needs_words = pytest.mark.skipif(not WORDS, reason="tesseract's word list cannot be read here")
OFFSETS = {"doc_id", "page", "char_start", "char_end", "snippet", "method", "confidence", "sha256", "source_path"}


def ocr_doc(pages: list[str]) -> Document:
    """A document of OCR pages, repaired as the ingest repairs them."""
    fixed, repairs = repair_ocr_pages([(p, "ocr", None) for p in pages], SETTINGS)
    return Document.from_pages("x", "x.pdf", "0" * 64, fixed, repairs)


def facts(doc: Document) -> dict[str, list[dict[str, Any]]]:
    tables, _, _ = extract_document(doc)
    return {
        name: [{k: v for k, v in row.items() if k not in OFFSETS and not k.endswith("_confidence")} for row in rows]
        for name, rows in tables.items()
        if name != "review"
    }


def lexicon(text: str) -> ocr_text.Lexicon:
    return ocr_text.lexicon([text], SETTINGS.ocr_lang)


@needs_words
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(DOCS), st.integers(0, 2**32 - 1))
def test_documents_keep_their_facts_through_ocr_noise(path: Path, seed: int) -> None:
    text = path.read_text(encoding="utf-8")
    rng = random.Random(seed)
    clean = paged(text, random.Random(seed), speck=False)
    noisy = paged(damage(text, rng, lexicon(text)), random.Random(seed), speck=True)
    assert noisy != clean
    assert facts(ocr_doc(noisy)) == facts(ocr_doc(clean)), "\f".join(noisy)


@needs_words
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blocks(), st.integers(0, 2**32 - 1))
def test_beratungsfolge_layouts_through_ocr_noise(block: Block, seed: int) -> None:
    text = block.text()
    noisy = damage(text, random.Random(seed), lexicon(text))
    doc = ocr_doc([noisy])
    assert [(r.body, r.meeting_date, r.role, r.public) for r in extract(doc, load_resources())] == block.expected(), (
        noisy
    )
