"""An abbreviation that tesseract read as one word over its spaces ("e.V." for "e. V.") is split
where its ink has a space; written without spaces it stays one word."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.ingest import ocr
from tests.ingest.test_ocr import FONT, needs_font


def inked_word(printed: str, read: str) -> tuple[ocr.Word, np.ndarray]:
    """``printed`` drawn at 10.5 pt and 300 dpi, and tesseract's word ``read`` over its ink."""
    img = Image.new("L", (900, 120), 255)
    ImageDraw.Draw(img).text((40, 30), printed, font=ImageFont.truetype(str(FONT), 44), fill=0)
    dark = np.asarray(img) < 128
    rows, cols = np.flatnonzero(dark.any(axis=1)), np.flatnonzero(dark.any(axis=0))
    word = ocr.Word(read, 91.0, int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1, ("1", "1", "1", "1"))
    return word, dark


@needs_font
@pytest.mark.parametrize(
    "printed,read,parts",
    [
        ("e. V.", "e.V.", ["e.", "V."]),
        ("z. B.", "z.B.", ["z.", "B."]),
        ("i. V. m.", "i.V.m.", ["i.", "V.", "m."]),
        ("e.V.", "e.V.", ["e.V."]),  # written without spaces
        ("u.a.", "u.a.", ["u.a."]),
        ("Nr. 5", "Nr.5", ["Nr.5"]),  # one part only
        ("e. V. 2", "e.V.2", ["e.", "V.", "2"]),  # and a number after it
    ],
)
def test_an_abbreviation_is_split_where_its_ink_has_spaces(printed: str, read: str, parts: list[str]) -> None:
    word, dark = inked_word(printed, read)
    got = ocr.spaced_abbreviations([word], dark)
    assert [w.text for w in got] == parts
    assert all(a.right < b.left for a, b in zip(got, got[1:]))
    assert got[0].left == word.left and got[-1].right == word.right
