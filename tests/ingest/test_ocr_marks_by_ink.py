"""Marks of a scanned line told by their ink: circled digits numbering items in a row, which
tesseract reads as "®", "@" or drops; middle dots between a line's items, read as hyphens; a rule
typed as a row of "=" glyphs, read as debris."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from pipeline.errors import VorlagenError
from pipeline.ingest import ocr, ocr_bullets, ocr_circled, ocr_typed_rules
from pipeline.ingest.ocr_text import Lexicon, edge_specks, paragraph_of
from pipeline.settings import Settings
from tests.ingest.test_ocr import needs_font, needs_tesseract
from tests.ingest.test_ocr_boxes import scanned


def read(lines: list[str]) -> list[str]:
    (result,) = ocr.ocr_pages(lambda _: scanned(lines), 1, Settings(workers=1))
    assert not isinstance(result, VorlagenError)
    return [" ".join(line.split()) for line in result[0].splitlines() if line.strip()]


@needs_tesseract
@needs_font
def test_circled_digits_in_a_row_are_read_by_their_digit() -> None:
    # invented: a Stadt's fields numbered in a row, as a strategy paper sets them
    lines = read(["Handlungsfelder: ① Sprache und Bildung ② Arbeit", "③ Wohnen ④ Gesundheit und Sport"])
    assert lines == ["Handlungsfelder: ① Sprache und Bildung ② Arbeit", "③ Wohnen ④ Gesundheit und Sport"]


@needs_tesseract
@needs_font
def test_letters_and_signs_are_no_circled_digits() -> None:
    lines = read(["O Ortsteil Nord, 0 Euro", "Info @ Rathaus, (9) Ziffer"])
    assert not any(c in ocr_circled.WHITE_CIRCLED for line in lines for c in line)


def test_a_ring_with_nothing_inside_is_no_circled_digit() -> None:
    yy, xx = np.mgrid[:36, :36]
    r = np.hypot(yy - 17.5, xx - 17.5) / 18
    assert ocr_circled.ring_digit((r > 0.85) & (r <= 1.0)) is None
    assert ocr_circled.ring_digit((r > 0.85) & (r <= 1.0) | (r < 0.3)) is not None


def test_a_digit_read_alone_names_its_circled_digit() -> None:
    ring = ocr.Word("®", 47.0, 10, 10, 44, 44)
    assert ocr_circled.circled(ring, [ocr.Word("4", 88.0, 0, 0, 9, 20)], 50.0) == ocr.Word("④", 88.0, 10, 10, 44, 44)
    assert ocr_circled.circled(ring, [ocr.Word("4", 30.0, 0, 0, 9, 20)], 50.0) is None  # unsure
    assert ocr_circled.circled(ring, [ocr.Word("0", 90.0, 0, 0, 9, 20)], 50.0) is None  # no ⓪ in the run
    assert ocr_circled.circled(ring, [ocr.Word("1", 90.0, 0, 0, 9, 20)] * 2, 50.0) is None


def test_middle_dots_between_items_are_told_from_hyphens_by_their_ink() -> None:
    # a line of letters 30 pixels high (rows 10-40); a dot 7 pixels square and a hyphen 18 by 6 at its middle
    line = ("1", "1", "1", "1")
    dark = np.zeros((60, 600), dtype=bool)
    words = [ocr.Word("Uhr", 96.0, 10, 10, 90, 40, line), ocr.Word("-", 71.8, 110, 22, 117, 29, line)]
    words += [ocr.Word("öffentlich", 96.0, 140, 10, 300, 40, line), ocr.Word("-", 90.0, 320, 22, 338, 28, line)]
    words += [ocr.Word("Nord", 96.0, 360, 10, 440, 40, line), ocr.Word(".", 80.0, 450, 33, 457, 40, line)]
    words += [ocr.Word("Süd", 96.0, 470, 10, 540, 40, line)]
    for w in words:
        dark[w.top : w.bottom, w.left : w.right] = True
    got = ocr_bullets.middle_dots(ocr.line_rows(words), words, dark)
    assert [w.text for w in got] == ["Uhr", "·", "öffentlich", "-", "Nord", ".", "Süd"]  # a stop sits on the line


@pytest.mark.parametrize(
    "text,kept",
    [
        ("Rat\n\nLandrat Huber · Kreisrätin Meier (FW) ·\nKreisrat Maier\n\nEnde", True),
        ("Rat\n\nStadt · Landau\n\nEnde", False),  # one dot alone: a speck
    ],
    ids=["several-in-a-paragraph", "one-alone"],
)
def test_middle_dots_of_a_paragraph_are_no_specks(text: str, kept: bool) -> None:
    edits = list(edge_specks(text, Lexicon(frozenset(), Counter())))
    assert (not any(text[e.start : e.end].strip() == "·" for e in edits)) == kept
    assert paragraph_of(text, text.index("·")).count("\n\n") == 0


def test_a_double_rule_of_glyphs_is_told_by_its_ink() -> None:
    ink = np.zeros((40, 600), dtype=bool)
    for x in range(0, 600, 20):  # "=" glyphs a little apart
        ink[14:19, x + 2 : x + 18] = True
        ink[23:28, x + 2 : x + 18] = True
    assert ocr_typed_rules.rule_glyph(ink, 35.0) == "="
    assert ocr_typed_rules.rule_glyph(ink[:21], 35.0) == "-"
    letters = ink.copy()
    letters[5:35, ::7] = True  # upright strokes: letters, no rule
    assert ocr_typed_rules.rule_glyph(letters, 35.0) is None


def lone_line_page(mark: tuple[int, int, int, int]) -> tuple[list[ocr.Word], np.ndarray]:
    """Two lines of words 30 pixels high starting at the margin (x 100), a line of paper between
    them holding only the ink ``mark`` (top, bottom, left, right)."""
    dark = np.zeros((200, 800), dtype=bool)
    words = [
        ocr.Word("Integration", 96.0, 100, 20, 300, 50, ("1", "1", "1", "1")),
        ocr.Word("2026-2028", 96.0, 320, 20, 500, 50, ("1", "1", "1", "1")),
        ocr.Word("Einrichtung", 96.0, 100, 130, 300, 160, ("1", "2", "1", "1")),
    ]
    for w in words:
        dark[w.top : w.bottom, w.left : w.right] = True
    top, bottom, left, right = mark
    dark[top:bottom, left:right] = True
    return words, dark


@pytest.mark.parametrize(
    "mark,text",
    [
        ((87, 93, 101, 119), ["-"]),  # a dash wrapped onto a line of its own
        ((86, 93, 101, 108), ["·"]),  # a middle dot so
        ((87, 93, 400, 418), []),  # a dash far from the margin: a drawing's stroke, a speck
        ((75, 105, 101, 119), []),  # a letter's height: read by tesseract, or not a mark
    ],
    ids=["dash", "middle-dot", "away-from-the-margin", "too-high"],
)
def test_a_mark_alone_on_a_line_at_the_margin_is_put_back(mark: tuple[int, int, int, int], text: list[str]) -> None:
    words, dark = lone_line_page(mark)
    assert [w.text for w in ocr_typed_rules.lone_marks(words, dark, 30.0)] == text
