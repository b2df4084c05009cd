"""An "i" that OCR read twice comes back as one, where the word is then known and "ü" gives none."""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline.ingest import ocr_text

LEX = ocr_text.Lexicon(frozenset({"mitte", "linie", "bürger", "ortsteil"}), Counter())


@pytest.mark.parametrize(
    "read,meant",
    [
        ("Ortsteil Nord-Miitte", "Ortsteil Nord-Mitte"),
        ("die Liinie 5", "die Linie 5"),
        ("Biirger", "Bürger"),  # "ü" first
        ("Hawaii", "Hawaii"),  # no known word without it: left alone
    ],
)
def test_an_i_read_twice(read: str, meant: str) -> None:
    assert ocr_text.repair_text(read, LEX)[0] == meant
