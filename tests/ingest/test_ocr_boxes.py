"""Marks of a form on scanned pages: check boxes told by their ink (an empty "☐", a crossed "☒"),
which tesseract reads as "O", "DO", "&" or not at all; the x marks of a table's cells a column
apart read as one word ("xx"); the number after a dot leader read as a letter ("l Person")."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest
from PIL import Image, ImageFilter

from pipeline.errors import VorlagenError
from pipeline.ingest import ocr, ocr_boxes
from pipeline.settings import Settings
from tests.ingest.test_ocr import Drawing, draw, needs_font, needs_tesseract

FIELDS = [  # invented: a Markt's fields as a list of check boxes, ticked and empty
    "☒ Sprache und Schule",
    "☐ Gesundheit und Pflege",
    "☒ Wohnen im Quartier",
    "☐ Sport und Freizeit",
    "☒ Ehrenamt und Vereine",
]


def scanned(lines: list[str], blur: float = 1.0, noise: float = 6.0) -> np.ndarray:
    page = draw(Drawing([(300, 400 + 80 * i, text) for i, text in enumerate(lines)], [], []), noise=noise)
    return np.asarray(Image.fromarray(page).filter(ImageFilter.GaussianBlur(blur))) if blur else page


def ink_of(glyph: str, blur: float) -> np.ndarray:
    page = scanned([glyph], blur=blur)
    dark = page < 128
    return dark[360:520, 280:420]


@dataclass(frozen=True)
class Case:
    id: str
    glyph: str
    kind: str | None


GLYPHS = [
    Case("empty-box", "☐", "☐"),
    Case("crossed-box", "☒", "☒"),
    Case("capital-o", "O", None),  # round: its corners open
    Case("capital-d", "D", None),  # open at its right
    Case("capital-h", "H", None),  # open at its top and bottom
    Case("ampersand", "&", None),
    Case("zero", "0", None),
    Case("filled-square", "■", None),  # a list's bullet, no box to tick
    Case("box-with-check", "☑", None),  # a tick, not a cross: left as read
]


@needs_font
@pytest.mark.parametrize("case", GLYPHS, ids=[c.id for c in GLYPHS])
def test_a_box_is_told_by_its_ink(case: Case) -> None:
    assert ocr_boxes.box_kind(ink_of(case.glyph, 1.0), height=42.0) == case.kind


def thick_box(stroke: int, crossed: bool, size: int = 34) -> np.ndarray:
    """A box as a blurred 200 dpi scan inks it: strokes ``stroke`` pixels wide."""
    ys, xs = np.mgrid[0:size, 0:size]
    ink = np.minimum(np.minimum(ys, xs), np.minimum(size - 1 - ys, size - 1 - xs)) < stroke
    if crossed:
        ink |= (np.abs(ys - xs) < stroke / 2 + 1) | (np.abs(ys + xs - (size - 1)) < stroke / 2 + 1)
    return np.pad(ink, 4)


@pytest.mark.parametrize(
    "stroke,crossed,kind",
    [(3, False, "☐"), (3, True, "☒"), (6, False, "☐"), (6, True, "☒")],
    ids=["thin-empty", "thin-crossed", "thick-empty", "thick-crossed"],
)
def test_a_box_inked_thick_by_a_scan_is_told_too(stroke: int, crossed: bool, kind: str) -> None:
    # Markt Indersdorf's ticked box at office quality: strokes of 5-6 pixels ink half its inside and more
    assert ocr_boxes.box_kind(thick_box(stroke, crossed), height=36.0) == kind


def test_a_box_of_a_table_is_no_check_box() -> None:
    cell = np.zeros((200, 400), dtype=bool)  # a cell's outline, far larger than a line
    cell[0:3], cell[-3:], cell[:, 0:3], cell[:, -3:] = True, True, True, True
    assert ocr_boxes.box_kind(cell, height=42.0) is None


@needs_tesseract
@needs_font
def test_scanned_check_boxes_read_as_ticked_and_empty() -> None:
    (result,) = ocr.ocr_pages(lambda _: scanned(FIELDS), 1, Settings(workers=1))
    assert not isinstance(result, VorlagenError)
    assert [" ".join(line.split()) for line in result[0].splitlines() if line.strip()] == FIELDS


@needs_tesseract
@needs_font
def test_words_are_no_boxes() -> None:
    lines = ["O Ortsteil Nord", "D Dorfmitte und H Hauptstraße", "& Co. KG"]
    (result,) = ocr.ocr_pages(lambda _: scanned(lines), 1, Settings(workers=1))
    assert not isinstance(result, VorlagenError)
    assert not any(box in result[0] for box in "☐☒")


@dataclass(frozen=True)
class Read:
    id: str
    text: str
    number: str | None


AFTER_LEADERS = [
    Read("stroke-l", "l", "1"),
    Read("stroke-capital-i", "I", "1"),
    Read("stroke-bar", "|", "1"),
    Read("ring-among-digits", "1O", "10"),
    Read("l-among-digits", "2l", "21"),
    Read("digits", "12", None),  # read as it stands
    Read("capital-o-alone", "O", None),  # a ring alone is a letter as much as a zero
    Read("word", "Person", None),
    Read("roman-with-letters", "Il", None),  # strokes only, more than one: no count to tell
]


@pytest.mark.parametrize("case", AFTER_LEADERS, ids=[c.id for c in AFTER_LEADERS])
def test_the_word_after_a_leader_is_its_number(case: Read) -> None:
    assert ocr.leader_number(case.text) == case.number


def test_a_count_after_a_leader_is_read_as_a_number() -> None:
    line = ("1", "1", "1", "1")
    words = [
        ocr.Word("Jobcenter", 95.0, 100, 100, 330, 140, line),
        ocr.Word("l", 88.0, 900, 100, 910, 140, line),
        ocr.Word("Person", 96.0, 930, 100, 1060, 140, line),
    ]
    leader = ocr.Leader(350, 130, 880, 138, 40)
    got = ocr.with_leaders(words, (leader,))
    assert [w.text for w in got] == ["Jobcenter", "1", "Person", "." * 40]
    assert [w.text for w in ocr.with_leaders(words, ())] == ["Jobcenter", "l", "Person"]  # no leader: as read


def marks(gap: int) -> np.ndarray:
    dark = np.zeros((60, 400), dtype=bool)
    for x in (10, 10 + 30 + gap):  # two x's of 30 pixels' ink
        for k in range(30):
            dark[15 + k, x + k] = dark[15 + k, x + 29 - k] = True
    return dark


@pytest.mark.parametrize(
    "gap,read",
    [(120, ["x", "x"]), (4, ["xx"])],
    ids=["a-column-apart", "letters-of-a-word"],
)
def test_x_marks_a_column_apart_are_two_words(gap: int, read: list[str]) -> None:
    word = ocr.Word("xx", 90.0, 10, 10, 10 + 60 + gap, 50, ("1", "1", "1", "1"))
    assert [w.text for w in ocr.spaced_abbreviations([word], marks(gap))] == read
