"""Words of a table's head that OCR misreads: a short abbreviation's first letter ("Ifd. Nr." for
"lfd. Nr."), a stray letter in the head of the session statuses ("Öy/N" for "Ö/N"). Each is changed
only in its own form; words the page knows and other slashes stay as read."""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline.ingest import ocr_text

LEX = ocr_text.Lexicon(frozenset({"gremium", "sitzung", "ing"}), Counter())


@pytest.mark.parametrize(
    "read,meant",
    [
        ("Ifd. Gremium Sitzung Ö/N", "lfd. Gremium Sitzung Ö/N"),
        ("Ifd. Nr. Gremium", "lfd. Nr. Gremium"),
        ("Dipl.-lng. Petra Kaiser", "Dipl.-Ing. Petra Kaiser"),  # an "I" read as "l"
        ("Ifd Gremium", "Ifd Gremium"),  # no full stop: no abbreviation
        ("Ida. Gremium", "Ida. Gremium"),  # no abbreviation with the letter swapped
        ("TOP Gremium Öy/N Sitzung", "TOP Gremium Ö/N Sitzung"),
        ("Gremium Nx/Ö Sitzung", "Gremium N/Ö Sitzung"),
        ("Ös/Nord", "Ös/Nord"),  # no status letters after the slash
        ("bzw. Öy/NÖs", "bzw. Öy/NÖs"),  # a word goes on after them
    ],
)
def test_misread_table_head_words(read: str, meant: str) -> None:
    assert ocr_text.repair_text(read, LEX)[0] == meant


def test_a_word_the_page_repeats_stays() -> None:
    """A short word read alike twice is the page's own, not a misread abbreviation."""
    lex = ocr_text.Lexicon(frozenset(), Counter({"ifd": 2}))
    assert ocr_text.repair_text("Ifd. und Ifd.", lex)[0] == "Ifd. und Ifd."
