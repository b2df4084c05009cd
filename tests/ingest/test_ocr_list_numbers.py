"""A numbered item whose full stop OCR read as a comma gets its full stop back, by the numbers of
the items beside it; a number with a comma of its own stays."""

from __future__ import annotations

import pytest

from tests.ingest.test_ocr_text import repaired


@pytest.mark.parametrize(
    "read,meant",
    [
        (
            "1. Kulturbeirat – 02.05.2031\n2. Bauausschuss – 10.05.2031\n3, Gemeinderat – 22.05.2031",
            "1. Kulturbeirat – 02.05.2031\n2. Bauausschuss – 10.05.2031\n3. Gemeinderat – 22.05.2031",
        ),
        ("1, Ortsrat Nord\n2. Ortsrat Süd", "1. Ortsrat Nord\n2. Ortsrat Süd"),  # the item after it
        ("4. Sportstätten\n(nichtöffentlich)\n5, Bäder", "4. Sportstätten\n(nichtöffentlich)\n5. Bäder"),
    ],
)
def test_a_list_number_gets_its_full_stop(read: str, meant: str) -> None:
    assert repaired(read) == meant


@pytest.mark.parametrize(
    "text",
    [
        "3, Gemeinderat tagt",  # no list beside it
        "2. Bauausschuss\n5, Gemeinderat",  # not the next number
        "1. Antrag\n2, 3 und 4 folgen",  # a count, no item: a digit after the comma
        "2, Bauausschuss\n3, Gemeinderat",  # no full stop beside it to go by
    ],
)
def test_other_commas_stay(text: str) -> None:
    assert repaired(text) == text
