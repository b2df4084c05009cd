"""Dot leaders on scanned pages (a table of contents, a form's blank): found in the image, painted
white before tesseract (which reads them as letters and garbles the entry beside them) and put
back as a word of their dots on their line."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from PIL import Image, ImageFilter, ImageFont

from pipeline.errors import VorlagenError
from pipeline.ingest import ocr, ocr_image
from pipeline.settings import Settings
from tests.ingest.test_ocr import DPI, FONT, Drawing, draw, needs_font

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")

CONTENTS = [  # invented entries of a table of contents, each with its leader
    "1 Ziele der Quartiersarbeit " + "." * 30 + " 2",
    "2.1 Spielplätze und Grünflächen " + "." * 24 + " 5",
    "2.2 Nachbarschaftshilfe " + "." * 33 + " 11",
]
NO_LEADERS = [  # stops that are no leader: abbreviations, an ellipsis, dashes, an underline
    "Verein für Wandern e. V. und z. B. der Sportbund usw.",
    "Die Liste geht weiter ... und endet hier.",
    "- - - - - - - - - - - -",
    "Unterschrift ______________________",
]


def scanned(lines: list[str], blur: float = 0.0, noise: float = 0.0) -> np.ndarray:
    page = draw(Drawing([(300, 400 + 90 * i, text) for i, text in enumerate(lines)], [], []), noise=noise)
    if blur:
        page = np.asarray(Image.fromarray(page).filter(ImageFilter.GaussianBlur(blur)))
    return page


def leaders_of(page: np.ndarray) -> list[ocr_image.Leader]:
    return ocr_image.find_leaders(page < ocr_image.ink_threshold(page), DPI)


@needs_font
@pytest.mark.parametrize("blur,noise", [(0.0, 0.0), (1.0, 6.0)], ids=["clean", "blurred-noisy"])
def test_each_leader_is_found_with_its_dots(blur: float, noise: float) -> None:
    found = sorted(leaders_of(scanned(CONTENTS, blur, noise)), key=lambda d: d.top)
    assert [d.dots for d in found] == [30, 24, 33]
    for d, i in zip(found, range(len(CONTENTS))):
        assert 400 + 90 * i < d.top < d.bottom < 400 + 90 * i + 60  # on its own line


@needs_font
def test_stops_and_dashes_are_no_leaders() -> None:
    assert leaders_of(scanned(NO_LEADERS, 1.0, 6.0)) == []


def test_specks_are_no_leaders() -> None:
    page = np.full((3508, 2480), 240, dtype=np.uint8)
    rng = np.random.default_rng(3)
    for y, x in zip(rng.integers(100, 3400, 400), rng.integers(100, 2400, 400)):
        page[y : y + 6, x : x + 6] = 20
    assert leaders_of(page) == []


@needs_font
def test_erased_leaders_leave_the_entry() -> None:
    page = scanned(CONTENTS[:1])
    threshold = ocr_image.ink_threshold(page)
    (leader,) = leaders_of(page)
    clean = ocr_image.erase_leaders(page, [leader])
    assert not (clean[leader.top : leader.bottom, leader.left : leader.right] < threshold).any()
    before, after = (page < threshold)[:, : leader.left - 2], (clean < threshold)[:, : leader.left - 2]
    assert (before == after).all()  # the entry's letters stay


def test_leader_words_join_the_line_before_them() -> None:
    line = ("1", "1", "1", "1")
    words = [
        ocr.Word("Hallen", 95.0, 100, 100, 250, 140, line),
        ocr.Word("s0nnu0", 12.0, 300, 128, 600, 140, ("1", "1", "1", "2")),  # the leader's ink, misread
        ocr.Word("7", 96.0, 640, 100, 660, 140, ("1", "1", "1", "3")),
    ]
    leader = ocr_image.Leader(280, 130, 610, 138, 24)
    got = ocr.with_leaders(words, (leader,))
    assert [w.text for w in got] == ["Hallen", "7", "." * 24]
    assert got[-1].line == line
    assert ocr.with_leaders(words, ()) == words
    rule = ocr_image.Leader(280, 900, 1200, 908, 60)  # a dotted rule, no word beside it
    assert [w.text for w in ocr.with_leaders(words, (rule,))] == ["Hallen", "s0nnu0", "7"]
    far = ocr_image.Leader(400, 130, 500, 138, 8)  # a drawing's dotted line, far from the words on its line
    assert [w.text for w in ocr.with_leaders(words[:1], (far,))] == ["Hallen"]


@needs_tesseract
@needs_font
def test_a_scanned_table_of_contents_reads_as_its_text() -> None:
    page = scanned(CONTENTS, 1.0, 6.0)
    (result,) = ocr.ocr_pages(lambda _: page, 1, Settings(workers=1))
    assert not isinstance(result, VorlagenError)
    lines = [" ".join(line.split()) for line in result[0].splitlines() if line.strip()]
    assert lines == [" ".join(text.split()) for text in CONTENTS]


@needs_font
@pytest.mark.parametrize("blur,noise", [(0.0, 0.0), (1.0, 6.0)], ids=["clean", "blurred-noisy"])
def test_a_leader_after_an_abbreviation_leaves_its_stop(blur: float, noise: float) -> None:
    # invented: a delegate's body ending "e. V." a space before its leader (Vogelsbergkreis, scanned)
    entry = "Sportkreis Nordheide e. V."
    (found,) = leaders_of(scanned([entry + " " + "." * 28 + " 1 Person"], blur, noise))
    assert found.dots == 28
    font = ImageFont.truetype(str(FONT), 42)
    assert found.left > 300 + font.getlength(entry)  # the stop of "V." is the entry's
