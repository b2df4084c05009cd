"""A dash between words that OCR read as an em dash is the en dash German sets there."""

from __future__ import annotations

import pytest

from tests.ingest.test_ocr_text import repaired


@pytest.mark.parametrize(
    "read,meant",
    [
        ("1. Kulturbeirat — 02.05.2031 — Anhörung", "1. Kulturbeirat – 02.05.2031 – Anhörung"),
        ("Sanierung der Halle — Baubeschluss", "Sanierung der Halle – Baubeschluss"),
    ],
)
def test_a_dash_between_words_is_an_en_dash(read: str, meant: str) -> None:
    assert repaired(read) == meant


@pytest.mark.parametrize(
    "text",
    [
        "— Sportstätten",  # a list's mark at the line's start
        "Betrag:\t—",  # a cell's dash alone
        "Halle—Baubeschluss",  # no spaces around it
        "Halle —— Bau",  # a run of dashes
    ],
)
def test_other_em_dashes_stay(text: str) -> None:
    assert repaired(text) == text
