"""OCR of scanned pages: image clean-up, table rows from word boxes, errors, real scans."""

from __future__ import annotations

import difflib
import io
import shutil
import stat
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2 as pdfium
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFont

from pipeline.errors import OcrFailed, OcrUnavailable, PageTooLarge, Timeout, VorlagenError
from pipeline.ingest import ocr, ocr_image
from pipeline.ingest.layout import Glyph, glyphs_to_text
from pipeline.run.runner import process_file
from pipeline.settings import Settings
from tests.helpers import RAW

SHARED = Path(__file__).resolve().parents[3] / "shared"
MUNICH = SHARED / "corpus" / "munich"
SCAN = RAW / "scan"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
DPI = 300
A4 = (2480, 3508)  # pixels at 300 dpi

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
needs_font = pytest.mark.skipif(not FONT.exists(), reason="DejaVu fonts are not installed")


# --- synthetic pages ------------------------------------------------------------------------


@dataclass
class Drawing:
    """A page to draw: text at positions, rectangles (filled or outlined), lines."""

    texts: list[tuple[int, int, str]]
    lines: list[tuple[int, int, int, int]]
    boxes: list[tuple[int, int, int, int]]
    font_px: int = 42  # 10 pt at 300 dpi


def draw(d: Drawing, angle: float = 0.0, noise: float = 0.0) -> Any:
    img = Image.new("L", A4, 255)
    pen = ImageDraw.Draw(img)
    if d.texts:
        font = ImageFont.truetype(str(FONT), d.font_px)
        for x, y, text in d.texts:
            pen.text((x, y), text, font=font, fill=0)
    for x0, y0, x1, y1 in d.lines:
        pen.line((x0, y0, x1, y1), fill=0, width=3)
    for box in d.boxes:
        pen.rectangle(box, fill=0)
    if angle:
        img = img.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    arr = np.asarray(img, dtype=np.float32) * 0.92 + 10
    if noise:
        arr += np.random.default_rng(7).standard_normal(arr.shape, dtype=np.float32) * noise
    return np.clip(arr, 0, 255).astype(np.uint8)


def pdf_of(*pages: Any) -> bytes:
    """An image-only PDF, one page per grayscale array, at 300 dpi."""
    images = [Image.fromarray(p) for p in pages]
    buf = io.BytesIO()
    images[0].save(buf, "PDF", resolution=DPI, save_all=True, append_images=images[1:])
    return buf.getvalue()


def grid_lines(xs: list[int], ys: list[int], spans: tuple[int, ...] = ()) -> list[tuple[int, int, int, int]]:
    """Rules of a table; rows listed in ``spans`` (0-based) have no inner vertical rules."""
    lines = [(xs[0], y, xs[-1], y) for y in ys]
    for band, (top, bottom) in enumerate(zip(ys, ys[1:])):
        for i, x in enumerate(xs):
            if band in spans and 0 < i < len(xs) - 1:
                continue
            lines.append((x, top, x, bottom))
    return lines


def text_lines(n: int, top: int = 400, left: int = 300) -> list[tuple[int, int, int, int]]:
    """Prose stand-ins: rows of word-sized black boxes with spaces between them."""
    boxes = []
    for row in range(n):
        x = left
        y = top + row * 60
        for width in [120, 80, 200, 60, 150, 90, 170, 110, 140, 100][: 8 + row % 3]:
            boxes.append((x, y, x + width, y + 28))
            x += width + 20
    return boxes


# --- image clean-up ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "boxes,lowest,highest",
    [
        (text_lines(20), 30, 230),  # ink at 10, paper at ~245: a threshold between them
        ([], 0, 0),  # paper noise only: nothing is ink
        ([(1000, 1000, 1003, 1003)], 30, 230),  # a single speck is still ink
    ],
    ids=["text", "blank", "one-speck"],
)
def test_ink_threshold(boxes: list[tuple[int, int, int, int]], lowest: int, highest: int) -> None:
    page = draw(Drawing([], [], boxes), noise=3)
    assert lowest <= ocr_image.ink_threshold(page) <= highest


@pytest.mark.parametrize("angle", [0.0, 0.7, -1.6, 2.5], ids=lambda a: f"rotated {a}")
def test_skew_angle_undoes_rotation(angle: float) -> None:
    page = draw(Drawing([], [], text_lines(30)), angle=angle, noise=3)
    found = ocr_image.skew_angle(page, ocr_image.ink_threshold(page))
    assert abs(found + angle) <= 0.1


def test_blank_page_is_not_rotated() -> None:
    page = draw(Drawing([], [], []), noise=3)
    assert ocr_image.skew_angle(page, ocr_image.ink_threshold(page)) == 0.0


@pytest.mark.parametrize("angle", [0.0, 0.05, 1.3, -2.2], ids=lambda a: f"rotated {a}")
def test_straighten(angle: float) -> None:
    page = draw(
        Drawing([], grid_lines([300, 1200, 2100], [600, 700, 800]), text_lines(20, top=1000)), angle=angle, noise=3
    )
    straight = ocr_image.straighten(page)
    if abs(angle) < ocr_image.MIN_SKEW:
        assert straight is page  # a tiny skew is left alone, the page is not copied
        return
    assert straight.shape == page.shape and straight.dtype == np.uint8
    threshold = ocr_image.ink_threshold(straight)
    assert abs(ocr_image.skew_angle(straight, threshold)) <= 0.1
    horizontal, vertical = ocr_image.find_rules(straight < threshold, DPI)
    assert (len(horizontal), len(vertical)) == (3, 3)  # the rules are straight again
    assert (straight[:3, :3] == 255).all()  # the corners turned in are paper


@pytest.mark.parametrize(
    "drawing,n_horizontal,n_vertical",
    [
        (Drawing([], grid_lines([300, 900, 1500, 2100], [1000, 1080, 1160, 1240]), []), 4, 4),
        # one-row table: its vertical rules are short but end on horizontal rules
        (Drawing([], grid_lines([300, 1000, 1700], [800, 870]), []), 2, 3),
        (Drawing([], [(300, 700, 1400, 700)], []), 1, 0),  # an underline or separator
        (Drawing([], [], text_lines(20)), 0, 0),  # prose only
        (Drawing([], [], [(300, 600, 1600, 900)]), 0, 0),  # a filled box is no rule
        (Drawing([], [], [(300, 600, 304, 660), (400, 600, 404, 650)]), 0, 0),  # letter strokes
    ],
    ids=["grid-3x3", "one-row-table", "underline", "prose", "filled-box", "short-strokes"],
)
def test_find_rules(drawing: Drawing, n_horizontal: int, n_vertical: int) -> None:
    page = draw(drawing, noise=3)
    horizontal, vertical = ocr_image.find_rules(page < ocr_image.ink_threshold(page), DPI)
    assert (len(horizontal), len(vertical)) == (n_horizontal, n_vertical)


def plain_runs(mask: Any, min_len: int) -> list[tuple[int, int, int]]:
    """(row, start, end) of the runs of True at least ``min_len`` long, pixel by pixel."""
    runs = []
    for row, values in enumerate(mask.tolist()):
        start = None
        for col, value in enumerate([*values, False]):
            if value and start is None:
                start = col
            elif not value and start is not None:
                if col - start >= min_len:
                    runs.append((row, start, col))
                start = None
    return runs


@pytest.mark.parametrize("min_len", [1, 2, 3, 5, 8, 13, 40, 61])
def test_long_runs_are_the_runs_of_that_length(min_len: int) -> None:
    rng = np.random.default_rng(min_len)
    mask = rng.random((60, 60)) < 0.8  # runs of every length
    mask[7, 2:60] = True
    mask[9, :] = True
    assert [tuple(r) for r in ocr_image.long_runs(mask, min_len).tolist()] == plain_runs(mask, min_len)


def test_erased_rules_leave_text_alone() -> None:
    boxes = text_lines(3, top=1010, left=320)
    page = draw(Drawing([], grid_lines([300, 2150], [990, 1200]), boxes), noise=2)
    threshold = ocr_image.ink_threshold(page)
    horizontal, vertical = ocr_image.find_rules(page < threshold, DPI)
    clean = ocr_image.erase_rules(page, horizontal, vertical, 3, threshold)
    assert (clean[980:1000, 280:2170] >= threshold).all()  # the top rule is gone, corners too
    assert (clean[990:1200, 290:310] >= threshold).all()  # and the left one
    x0, y0, x1, y1 = boxes[0]
    assert (clean[y0 + 2 : y1 - 2, x0 + 2 : x1 - 2] < threshold).all()  # the words are kept


def test_erased_underline_keeps_crossing_strokes() -> None:
    stroke = (800, 660, 805, 730)  # a descender running through the underline at y=700
    page = draw(Drawing([], [(300, 700, 1400, 700)], [stroke]), noise=2)
    threshold = ocr_image.ink_threshold(page)
    horizontal, vertical = ocr_image.find_rules(page < threshold, DPI)
    clean = ocr_image.erase_rules(page, horizontal, vertical, 3, threshold)
    assert (clean[690:711, 300:790] >= threshold).all() and (clean[690:711, 815:1400] >= threshold).all()
    assert (clean[660:730, 801:805] < threshold).all()


@pytest.mark.parametrize(
    "boxes,kept",
    [
        ([(1000, 1000, 1003, 1003)], False),  # a lone speck
        ([(1000, 1000, 1001, 1001), (1200, 1300, 1202, 1302)], False),  # scattered specks
        ([(900, 990, 990, 1030), (1000, 1020, 1003, 1023)], True),  # a full stop after a word
        ([(1000, 1000, 1006, 1006)], True),  # a lone dot of a bullet's size
    ],
    ids=["speck", "specks", "full-stop", "bullet-dot"],
)
def test_despeckle(boxes: list[tuple[int, int, int, int]], kept: bool) -> None:
    page = draw(Drawing([], [], boxes), noise=2)
    threshold = ocr_image.ink_threshold(page)
    clean, dark = ocr_image.despeckle(page, page < threshold, DPI)
    x0, y0, x1, y1 = boxes[-1]
    assert bool((clean[y0 : y1 + 1, x0 : x1 + 1] < threshold).any()) is kept
    assert (dark == (clean < threshold)).all()


@pytest.mark.parametrize(
    "angle,rotation", [(0.0, 0), (1.4, 0), (-0.8, 90)], ids=["straight", "skewed", "skewed-page-turned-90"]
)
def test_render_page_straightens_the_scan(angle: float, rotation: int) -> None:
    page = draw(
        Drawing([], grid_lines([300, 1200, 2100], [600, 700, 800]), text_lines(20, top=1000)), angle=angle, noise=3
    )
    pdf = pdfium.PdfDocument(pdf_of(page))
    pdf[0].set_rotation(rotation)
    settings = Settings(ocr_dpi=200)
    gray = ocr.render_page(pdf, 0, settings)
    plain = pdf[0].render(scale=200 / 72, grayscale=True).to_numpy()
    assert gray.shape == plain.shape  # a turned page comes out turned, as pdfium renders it
    if rotation == 0:
        assert abs(ocr_image.skew_angle(gray, ocr_image.ink_threshold(gray))) <= 0.1
        horizontal, vertical = ocr_image.find_rules(gray < ocr_image.ink_threshold(gray), 200)
        assert (len(horizontal), len(vertical)) == (3, 3)
    if angle == 0.0:
        assert np.abs(gray.astype(int) - plain).mean() < 2  # no rotation: the plain rendering


def colour_pdf() -> Any:
    """A page of coloured shapes (vector paths) and a colour photo (an RGB image)."""
    rgb = np.zeros((120, 200, 3), dtype=np.uint8)
    rgb[:40], rgb[40:80], rgb[80:] = (220, 30, 30), (20, 150, 40), (40, 60, 200)
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, "PDF", resolution=72)
    pdf = pdfium.PdfDocument(buf.getvalue())
    page = pdf[0]
    for i, colour in enumerate([(255, 0, 0), (0, 160, 0), (30, 60, 200), (250, 220, 0)]):
        rect = pdfium.raw.FPDFPageObj_CreateNewRect(10 + 45 * i, 5, 40, 30)
        pdfium.raw.FPDFPageObj_SetFillColor(rect, *colour, 255)
        pdfium.raw.FPDFPath_SetDrawMode(rect, pdfium.raw.FPDF_FILLMODE_ALTERNATE, False)
        pdfium.raw.FPDFPage_InsertObject(page, rect)
    pdfium.raw.FPDFPage_GenerateContent(page)
    return pdf


def test_render_gray_equals_pdfium_grayscale_rendering() -> None:
    """Drawing into a gray bitmap converts colours as pdfium's slower grayscale mode does."""
    pdf = colour_pdf()
    gray = ocr.render_gray(pdf[0], 2.0)
    reference = pdf[0].render(scale=2.0, grayscale=True).to_numpy()
    reference = reference if reference.ndim == 2 else reference[:, :, 0]
    assert gray.shape == reference.shape
    assert np.abs(gray.astype(int) - reference).max() <= 1
    assert len(np.unique(gray)) >= 5  # paper and distinct greys for the colours


# --- words to text ------------------------------------------------------------------------------

TSV = "\n".join(
    [
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
        "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t",
        "4\t1\t1\t1\t1\t0\t100\t200\t900\t50\t-1\t",
        "5\t1\t1\t1\t1\t1\t100\t210\t300\t30\t96.5\tIntegrationsrat",
        "5\t1\t1\t1\t1\t2\t700\t200\t300\t50\t88.5\tgeöffnet",
        "5\t1\t1\t1\t1\t3\t1100\t200\t30\t50\t-1\t ",
    ]
)


def test_parse_tsv_reads_words_with_their_line() -> None:
    words = ocr.parse_tsv(TSV)
    assert [w.text for w in words] == ["Integrationsrat", "geöffnet"]
    assert words[0] == ocr.Word("Integrationsrat", 96.5, 100, 210, 400, 240, ("1", "1", "1", "1"))
    assert ocr.mean_confidence(words) == 92.5


@pytest.mark.parametrize(
    "confs,expected",
    [
        ([90.0, 80.0, -1.0], 85.0),
        ([-1.0], None),
        ([], None),
    ],
    ids=["ignores-minus-one", "only-non-words", "no-words"],
)
def test_mean_confidence(confs: list[float], expected: float | None) -> None:
    words = [ocr.Word("x", c, 0, 0, 1, 1) for c in confs]
    assert ocr.mean_confidence(words) == expected


def test_word_glyphs_share_their_lines_ink_band() -> None:
    dark = np.zeros((400, 1200), dtype=bool)
    dark[100:140, 100:300] = True  # "Sehr": cap height, 40 px
    dark[30:36, 200:206] = True  # a speck 64 px above it, inside tesseract's box
    dark[115:150, 350:500] = True  # "geehrter": x-height and descender
    line = ("1", "2", "1", "1")
    words = [
        ocr.Word("Sehr", 96.0, 100, 30, 300, 140, line),
        ocr.Word("geehrter", 90.0, 350, 115, 500, 150, line),
        ocr.Word("‚", 12.0, 600, 120, 610, 130, line),
        ocr.Word("Herr", 30.0, 700, 100, 800, 140, line),
    ]
    glyphs = ocr.word_glyphs(words, dark, DPI)
    assert [g.text for g in glyphs] == ["Sehr", "geehrter", "Herr"]  # the unsure comma-speck is dropped
    assert {(g.top, g.bottom) for g in glyphs} == {(100, 150)}


@st.composite
def list_lines(draw: st.DrawFn) -> tuple[list[ocr.Word], np.ndarray, str]:
    """Lines of a page as tesseract boxes them, with their ink: list items (a dash a few pixels
    tall, then one or more words with or without descenders) and lines of text, some after a
    paragraph's gap; and the text they should give. Sometimes tesseract also reads the margin
    left of them (where a numbered list's numbers stand) as one line of unsure words spread over
    several of the visual lines."""
    x_height = draw(st.integers(30, 50))
    dark = np.zeros((60 * 3 * x_height, 2000), dtype=bool)
    words: list[ocr.Word] = []
    expected: list[str] = []
    y = x_height
    for n in range(draw(st.integers(2, 8))):
        if n and draw(st.booleans()):  # a paragraph's gap above the line
            y += 2 * x_height
            expected.append("")
        marker = draw(st.sampled_from(["-", "–", "•", ""]))
        texts = draw(
            st.lists(
                st.sampled_from(["Begleitgruppe", "Caritas", "Jobcenter", "Rat", "für", "Jugend"]),
                min_size=1,
                max_size=4,
            )
        )
        line = ("1", "1", str(n), "1")
        x = 100
        if marker:
            dash = draw(st.integers(2, max(2, x_height // 6)))
            mid = y + x_height // 2
            dark[mid : mid + dash, x : x + 20] = True
            words.append(ocr.Word(marker, 90.0, x, mid, x + 20, mid + dash, line))
            x += 40
        for text in texts:
            top = y - (x_height // 3 if text[0].isupper() or set(text) & set("bdfhklt") else 0)  # ascenders
            bottom = y + x_height + (x_height // 3 if set(text) & set("gjpqy") else 0)  # a descender
            right = x + 20 * len(text)
            dark[top:bottom, x:right] = True
            words.append(ocr.Word(text, 95.0, x, top, right, bottom, line))
            x = right + x_height // 2
        expected.append(" ".join(([marker] if marker else []) + texts))
        y += 2 * x_height  # line pitch: x-height, ascenders, descenders and the leading between lines
    bands = sorted({(w.top, w.top + x_height) for w in words if w.text[0].isupper()})  # one per visual line
    if len(bands) >= 2 and draw(st.booleans()):
        for top, bottom in draw(st.lists(st.sampled_from(bands), min_size=2, max_size=4, unique=True)):
            conf = draw(st.floats(0.0, ocr.JUNK_CONF - 1))
            dark[top:bottom, 20:70] = True
            words.append(
                ocr.Word(
                    draw(st.sampled_from(["„un", "awmn", "Il", "u"])), conf, 20, top, 70, bottom, ("1", "2", "1", "1")
                )
            )
    return words, dark, "\n".join(expected) + "\n"


@given(list_lines())
def test_list_lines_keep_their_words_and_paragraphs(
    page: tuple[list[ocr.Word], np.ndarray, str],
) -> None:
    """A dash is a few pixels tall: beside a single word it must not be taken for the line's height
    (the word then looks too tall for its line, and a blank line opens above and below the item).
    A tesseract line over several visual lines must not join them into one."""
    words, dark, expected = page
    assert glyphs_to_text(ocr.word_glyphs(words, dark, DPI)) == expected


@pytest.mark.parametrize(
    "text,conf,kept",
    [
        ("‚", 12.0, False),
        ("|", 40.0, False),
        ("'.", 20.0, False),  # specks read as marks
        ("-", 30.0, True),
        ("§", 20.0, True),
        ("Herr", 30.0, True),  # a list dash, a sign, a word
        ("|", 80.0, True),  # tesseract is sure
    ],
    ids=["comma-speck", "bar-speck", "dots", "list-dash", "paragraph-sign", "unsure-word", "sure-bar"],
)
def test_unsure_marks_are_dropped(text: str, conf: float, kept: bool) -> None:
    dark = np.zeros((200, 400), dtype=bool)
    glyphs = ocr.word_glyphs([ocr.Word(text, conf, 100, 50, 140, 90, ("1", "1", "1", "1"))], dark, DPI)
    assert bool(glyphs) is kept


def word(text: str, x: int, y: int) -> Glyph:
    return Glyph(text, x, x + 24 * len(text), y, y + 50)


def words_of(line: str, x: int, y: int) -> list[Glyph]:
    out = []
    for part in line.split():
        out.append(word(part, x, y))
        x += 24 * len(part) + 20
    return out


RULED = ocr.Grid(
    [
        (1000, 1100, [300, 1000, 1500, 2100]),
        (1100, 1260, [300, 1000, 1500, 2100]),
        (1260, 1340, [300, 2100]),
        (1340, 1420, [300, 1000, 1500, 2100]),
    ],
    300,
    2100,
)


@pytest.mark.parametrize(
    "glyphs,grids,expected",
    [
        # ruled table: a wrapped first cell, a row spanning all columns, an empty last cell
        (
            words_of("Gremium", 320, 1020)
            + words_of("Datum", 1020, 1020)
            + words_of("Ergebnis", 1520, 1020)
            + words_of("Kinder- und", 320, 1120)
            + words_of("Jugendhilfeaus- schuss", 320, 1180)
            + words_of("16.11.2017", 1020, 1120)
            + words_of("vertagt", 1520, 1120)
            + words_of("Bemerkung: Sondersitzung", 320, 1280)
            + words_of("Rat", 320, 1360)
            + words_of("18.12.2017", 1020, 1360),
            [RULED],
            "Gremium\tDatum\tErgebnis\nKinder- und Jugendhilfeaus- schuss\t16.11.2017\tvertagt\n"
            "Bemerkung: Sondersitzung\nRat\t18.12.2017\t\n",
        ),
        # borderless columns: a wide gap becomes a tab, a paragraph gap a blank line
        (
            words_of("Hauptausschuss", 300, 500)
            + words_of("12.03.2019", 1300, 500)
            + words_of("Rat der Stadt", 300, 560)
            + words_of("26.03.2019", 1300, 560)
            + words_of("Der Rat beschließt.", 300, 760),
            [],
            "Hauptausschuss\t12.03.2019\nRat der Stadt\t26.03.2019\n\nDer Rat beschließt.\n",
        ),
        # prose above a table stays above it, in reading order
        (
            words_of("Beratungsfolge:", 300, 900) + words_of("Rat", 320, 1360) + words_of("18.12.2017", 1020, 1360),
            [RULED],
            "Beratungsfolge:\n\nRat\t18.12.2017\t\n",
        ),
    ],
    ids=["ruled-table", "borderless", "prose-then-table"],
)
def test_page_text(glyphs: list[Glyph], grids: list[ocr.Grid], expected: str) -> None:
    assert ocr.page_text(glyphs, grids) == expected


@pytest.mark.parametrize(
    "lines,n_grids",
    [
        (grid_lines([300, 1000, 1500], [1000, 1100, 1200]), 1),
        (grid_lines([300, 2100], [300, 3200]), 0),  # a frame around the page is no table
        (grid_lines([300, 1000], [1000, 1100]) + grid_lines([1400, 2000], [1000, 1100]), 0),  # two boxes
        (grid_lines([300, 900], [500, 600, 700]) + grid_lines([300, 900, 1500], [2000, 2100]), 2),
    ],
    ids=["table", "page-frame", "separate-boxes", "two-tables"],
)
def test_find_grids(lines: list[tuple[int, int, int, int]], n_grids: int) -> None:
    page = draw(Drawing([], lines, []))
    horizontal, vertical = ocr_image.find_rules(page < ocr_image.ink_threshold(page), DPI)
    assert len(ocr.find_grids(horizontal, vertical, tol=6)) == n_grids


# --- errors ------------------------------------------------------------------------------------


@dataclass
class FakeImage:
    size: tuple[int, int]

    def get_px_size(self) -> tuple[int, int]:
        return self.size


@dataclass
class UnrenderablePage:
    """A page that fails the test when rendered; it only tells its size and its images."""

    size: tuple[float, float]
    images: list[FakeImage]

    def get_size(self) -> tuple[float, float]:
        return self.size

    def get_objects(self, **_: Any) -> list[FakeImage]:
        return self.images

    def render(self, **_: Any) -> Any:
        raise AssertionError("a page over the pixel limit must not be rendered")

    def close(self) -> None:
        pass


@pytest.mark.parametrize(
    "page,message",
    [
        (UnrenderablePage((14400.0, 14400.0), []), "60000×60000 px"),  # 200 × 200 inches
        (UnrenderablePage((200.0, 200.0), [FakeImage((40000, 40000))]), "ein Bild der Seite hat 40000×40000"),
    ],
    ids=["huge-page", "huge-image-on-small-page"],
)
def test_page_over_pixel_limit_is_refused_before_rendering(
    monkeypatch: pytest.MonkeyPatch, page: UnrenderablePage, message: str
) -> None:
    monkeypatch.setattr(ocr, "require_tesseract", lambda lang: "tesseract")
    results = ocr.ocr_pdf_pages([page, page], [1, 0], Settings(workers=2))
    assert len(results) == 2 and all(isinstance(r, PageTooLarge) for r in results)
    assert message in str(results[0]) and "max_page_pixels" in str(results[0])


def test_page_over_pixel_limit_is_an_error_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "require_tesseract", lambda lang: "tesseract")
    doc = pdfium.PdfDocument.new()
    doc.new_page(2000, 2000)  # 27.8 inches square: 69 M pixels at 300 dpi
    path = tmp_path / "poster.pdf"
    doc.save(str(path))
    result = process_file(str(path), "poster.pdf", Settings(workers=1))
    assert [(e["error_type"], e["stage"]) for e in result["errors"]] == [("page_too_large", "ocr")]
    assert result["errors"][0]["message"].startswith("Seite 1:")
    assert result["text"] == ""


def fake_tesseract(folder: Path, body: str, langs: str = "eng\ndeu\nosd") -> None:
    """A stand-in ``tesseract`` on PATH: lists ``langs``, runs ``body`` for OCR."""
    script = folder / "tesseract"
    script.write_text(
        f'#!/bin/sh\nif [ "$1" = "--list-langs" ]; then\n'
        f'  echo "List of available languages in \\"/x/\\" (3):"\n'
        f'  printf "{langs}\\n"\n  exit 0\nfi\n{body}\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)


@pytest.mark.parametrize(
    "body,langs,ocr_lang,error",
    [
        ("exit 0", "eng\nosd", "deu", OcrUnavailable),
        ("exit 0", "eng\ndeu", "deu+fra", OcrUnavailable),
    ],
    ids=["no-deu-data", "one-of-two-missing"],
)
def test_missing_language_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str, langs: str, ocr_lang: str, error: type
) -> None:
    fake_tesseract(tmp_path, body, langs)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(error, match="tesseract-ocr-deu"):
        ocr.require_tesseract(ocr_lang)


@pytest.mark.parametrize(
    "body,settings,error,words",
    [
        (
            "/bin/cat >/dev/null; echo 'Error opening data file' >&2; exit 1",
            Settings(workers=1),
            OcrFailed,
            "endete mit Code 1",
        ),
        ("exec /bin/sleep 20", Settings(workers=2, ocr_page_timeout=0.5), Timeout, "länger als 0.5 s"),
    ],
    ids=["tesseract-fails", "tesseract-hangs"],
)
def test_tesseract_problems_become_page_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str, settings: Settings, error: type, words: str
) -> None:
    fake_tesseract(tmp_path, body)
    monkeypatch.setenv("PATH", str(tmp_path))
    page = draw(Drawing([], [], text_lines(2)))
    pdf = pdfium.PdfDocument(pdf_of(page, page))
    results = ocr.ocr_pdf_pages(pdf, [0, 1], replace(settings, ocr_dpi=100))
    assert [type(r) for r in results] == [error, error]
    assert words in str(results[0])


@given(n=st.integers(1, 60), workers=st.integers(1, 8))
def test_batches_cover_the_pages_in_order_in_few_even_runs(n: int, workers: int) -> None:
    workers = min(workers, n)  # as ocr_pages caps them
    runs = ocr.batches(n, workers)
    assert [i for r in runs for i in r] == list(range(n))
    assert all(1 <= len(r) <= ocr.BATCH_PAGES for r in runs)
    rounds = -(-n // (workers * ocr.BATCH_PAGES))  # the fewest rounds of parallel batches
    assert len(runs) <= workers * rounds
    assert max(map(len, runs)) == -(-n // (workers * rounds))  # the pages spread evenly


@given(st.lists(st.lists(st.sampled_from(["Wort", "Seite", "3.", "für"]), max_size=4), min_size=1, max_size=5))
def test_tsv_of_several_pages_splits_by_page_number(pages: list[list[str]]) -> None:
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [header]
    for number, words in enumerate(pages, 1):
        rows.append(f"1\t{number}\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t")
        rows += [f"5\t{number}\t1\t1\t1\t{k}\t{10 * k}\t10\t8\t20\t95.5\t{w}" for k, w in enumerate(words, 1)]
    parts = ocr.split_tsv("\n".join(rows) + "\n", len(pages))
    assert [[w.text for w in ocr.parse_tsv(part)] for part in parts] == pages
    assert [[w.left for w in ocr.parse_tsv(part)] for part in parts] == [
        [10 * k for k in range(1, len(ws) + 1)] for ws in pages
    ]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_batch_is_read_page_by_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    """tesseract fails on the list of a batch and on the second page alone: the others keep their text."""
    tsv = "level\\tpage_num\\tblock_num\\tpar_num\\tline_num\\tword_num\\tleft\\ttop\\twidth\\theight\\tconf\\ttext\\n"
    word = "5\\t1\\t1\\t1\\t1\\t1\\t10\\t10\\t30\\t20\\t96\\tWort\\n"
    fake_tesseract(tmp_path, f'case "$1" in *.list|*page-1.pgm) exit 1;; esac\nprintf "{tsv}{word}"')
    monkeypatch.setenv("PATH", str(tmp_path))
    page = draw(Drawing([], [], text_lines(2)))
    pdf = pdfium.PdfDocument(pdf_of(page, page, page, page))
    results = ocr.ocr_pdf_pages(pdf, [0, 1, 2, 3], Settings(workers=workers, ocr_dpi=100))
    assert [type(r) for r in results] == [ocr.OcrResult, OcrFailed, ocr.OcrResult, ocr.OcrResult]
    assert [r[0].strip() for r in results if isinstance(r, tuple)] == ["Wort"] * 3


@pytest.mark.parametrize("workers,first", [(1, 1), (2, 2)])
def test_the_parts_of_a_round_of_batches_are_read_again_in_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int, first: int
) -> None:
    """Four pages: one batch with one worker, two at once with two; either way the doubtful numbers
    of all four pages are read again by one more tesseract process, not one for each batch."""
    tsv = "level\\tpage_num\\tblock_num\\tpar_num\\tline_num\\tword_num\\tleft\\ttop\\twidth\\theight\\tconf\\ttext\\n"
    words = "".join(f"5\\t{n}\\t1\\t1\\t1\\t1\\t40\\t40\\t60\\t20\\t80\\t2020\\n" for n in (1, 2, 3, 4))
    log = tmp_path / "calls.log"
    fake_tesseract(tmp_path, f'echo "$*" >> {log}\nprintf "{tsv}{words}"')
    monkeypatch.setenv("PATH", str(tmp_path))
    page = draw(Drawing([], [], text_lines(2)))
    pdf = pdfium.PdfDocument(pdf_of(page, page, page, page))
    results = ocr.ocr_pdf_pages(pdf, [0, 1, 2, 3], Settings(workers=workers, ocr_dpi=100))
    assert [r[0].strip() for r in results if isinstance(r, tuple)] == ["2020"] * 4
    calls = log.read_text().splitlines()
    assert sum("--psm 3" in c for c in calls) == first
    again = [c for c in calls if "--psm 6" in c]
    assert len(again) == 1 and again[0].split()[0].endswith(".list")


def test_hidden_tesseract_fails_scans_but_not_text_pdfs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "TESSERACT", "tesseract-is-not-installed-here")
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(OcrUnavailable, match="Debian-Pakete tesseract-ocr und tesseract-ocr-deu"):
        ocr.require_tesseract("deu")
    scan = process_file(str(SCAN / "004_ff3983e8347dd6ec.pdf"), "scan.pdf", Settings(workers=1))
    ingest_errors = [e for e in scan["errors"] if e["stage"] != "extract"]
    assert [e["error_type"] for e in ingest_errors] == ["ocr_unavailable"] * 4  # one per page
    text = process_file(str(RAW / "pdf" / "grid" / "004_ff3983e8347dd6ec.pdf"), "grid.pdf", Settings(workers=1))
    assert not [e for e in text["errors"] if e["stage"] in ("ingest", "ocr")]
    assert text["tables"]["documents"][0]["text_source"] == "text_layer"
    assert "Integrationsrat" in text["text"]


# --- real OCR ------------------------------------------------------------------------------------


@pytest.mark.slow
@needs_tesseract
def test_scanned_seed_reads_as_german_text() -> None:
    result = process_file(str(SCAN / "004_ff3983e8347dd6ec.pdf"), "scan.pdf", Settings(workers=2))
    assert not result["errors"], result["errors"]
    row = result["tables"]["documents"][0]
    assert row["text_source"] == "ocr"
    assert 80 <= row["ocr_confidence"] <= 100
    text = result["text"]
    assert text.count("\f") == 3
    flat = " ".join(text.split())  # the rendering wraps lines where the seed does not
    for expected in [
        "Integrationskonzept",
        "Oberbürgermeister",
        "Zuständigkeit",
        "öffentlich",
        "beschließt",
        "Maßnahmen",
        "Bürgerbeteiligung",
        "Kommunales Integrationszentrum",
    ]:
        assert expected in flat, expected


def seed_table(stem: str, header: str) -> list[list[str]]:
    """Rows (cells) of the seed's tab-separated table that starts with ``header``."""
    lines = (RAW / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(header + "\t"))
    rows = []
    for line in lines[start:]:
        if "\t" not in line:
            break
        rows.append(line.split("\t"))
    return rows


def only_text(results: list[ocr.OcrResult | VorlagenError]) -> str:
    [result] = results
    assert not isinstance(result, VorlagenError), result
    return result[0]


def similar(a: str, b: str) -> bool:
    a, b = (s.replace('"', "").replace("„", "").replace("“", "") for s in (a, b))
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.9


@pytest.mark.slow
@needs_tesseract
@pytest.mark.parametrize("stem", ["004_ff3983e8347dd6ec", "002_b42fe5025a5fc61e"])
def test_beratungsfolge_rows_of_a_scanned_grid(stem: str) -> None:
    expected = seed_table(stem, "Beratungsfolge")
    assert len(expected) >= 3
    pdf = pdfium.PdfDocument(str(SCAN / f"{stem}.pdf"))
    text = only_text(ocr.ocr_pdf_pages(pdf, [0], Settings(workers=1)))
    got = [line.split("\t") for line in text.splitlines() if "\t" in line]
    start = next(i for i, cells in enumerate(got) if cells[0] == "Beratungsfolge")
    rows = got[start : start + len(expected)]
    assert [len(r) for r in rows] == [len(r) for r in expected]
    for want, have in zip(expected, rows):
        assert all(similar(w, h) for w, h in zip(want, have)), (want, have)
        dates = [c for c in want if c[:2].isdigit()]
        assert all(d in have for d in dates), (want, have)


@pytest.mark.slow
@needs_tesseract
@needs_font
def test_layouts_the_seeds_lack() -> None:
    """A skewed, noisy page: borderless date list, and a ruled table with a spanning row."""
    texts = [
        (300, 300, "Sitzungstermine"),
        (300, 450, "Hauptausschuss"),
        (1300, 450, "12.03.2019"),
        (300, 520, "Rat der Stadt"),
        (1300, 520, "26.03.2019"),
        (300, 700, "Die Termine der Ausschüsse stehen fest."),
    ]
    xs, ys = [300, 1000, 1500, 2100], [900, 980, 1060, 1140, 1220]
    cells = [
        ["Gremium", "Datum", "Ergebnis"],
        ["Jugendhilfeausschuss", "05.02.2019", "vertagt"],
        ["Bemerkung: Sondersitzung im Rathaus"],
        ["Sportausschuss", "07.02.2019", ""],
    ]
    for row, values in enumerate(cells):
        for col, value in enumerate(values):
            texts.append((xs[col] + 20, ys[row] + 18, value))
    page = draw(Drawing(texts, grid_lines(xs, ys, spans=(2,)), []), angle=-1.2, noise=4)
    pdf = pdfium.PdfDocument(pdf_of(page))
    [result] = ocr.ocr_pdf_pages(pdf, [0], Settings(workers=1))
    assert not isinstance(result, Exception)
    text, conf = result.text, result.conf
    assert conf is not None and conf > 80
    lines = text.splitlines()
    assert lines[:5] == ["Sitzungstermine", "", "Hauptausschuss\t12.03.2019", "Rat der Stadt\t26.03.2019", ""]
    table = [
        "Gremium\tDatum\tErgebnis",
        "Jugendhilfeausschuss\t05.02.2019\tvertagt",
        "Bemerkung: Sondersitzung im Rathaus",
        "Sportausschuss\t07.02.2019\t",
    ]
    start = lines.index(table[0])
    assert lines[start : start + 4] == table
    assert "Ausschüsse" in text


@pytest.mark.slow
@needs_tesseract
@needs_font
def test_parallel_pages_equal_sequential_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """One batch (workers=1), two batches in parallel, one tesseract process per page: the same results."""
    pages = [
        draw(
            Drawing(
                [(300, 300 + 80 * i, f"Seite {n}: Jugendhilfeausschuss, Sitzung {i + 4}") for i in range(3)], [], []
            )
        )
        for n in range(1, 4)
    ]
    pdf = pdfium.PdfDocument(pdf_of(*pages))
    one = ocr.ocr_pdf_pages(pdf, [2, 0, 1], Settings(workers=1))
    two = ocr.ocr_pdf_pages(pdf, [2, 0, 1], Settings(workers=2))
    monkeypatch.setattr(ocr, "BATCH_PAGES", 1)
    alone = ocr.ocr_pdf_pages(pdf, [2, 0, 1], Settings(workers=1))
    assert one == two == alone
    firsts = [only_text([r]).splitlines()[0] for r in one]
    assert [f.split(":")[0] for f in firsts] == ["Seite 3", "Seite 1", "Seite 2"]  # in the order asked
    assert all("Jugendhilfeausschuss" in f for f in firsts)


@pytest.mark.slow
@needs_tesseract
@pytest.mark.skipif(not MUNICH.exists(), reason="the shared Munich corpus is not here")
@pytest.mark.parametrize(
    "name,pages,words",
    [
        (
            "riski_5913324.pdf",
            2,
            [
                "Sozialreferat",
                "Sendling-Westpark",
                "Jugendtreff",
                "Bezirksausschusses",
                "Demografieberichts",
                "Sozialplanung",
                "Bedarfsmeldung",
                "Grüßen",
            ],
        ),
        (
            "riski_5913322.pdf",
            1,
            [
                "Jugend-Treff",
                "Sendling-Westpark",
                "Begründung",
                "Bezirksausschuss",
                "Südparkallee",
                "02.09.2016",
                "Beschlussfassung",
            ],
        ),
    ],
)
def test_real_munich_scans(name: str, pages: int, words: list[str]) -> None:
    result = process_file(str(MUNICH / name), name, Settings(workers=2))
    assert not result["errors"], result["errors"]
    row = result["tables"]["documents"][0]
    assert row["text_source"] == "ocr" and row["n_pages"] == pages
    assert row["ocr_confidence"] > 60
    text = result["text"].replace("-\n", "-")
    missing = [w for w in words if w not in text]
    assert not missing, missing
