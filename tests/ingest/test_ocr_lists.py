"""List markers and numbers that tesseract misreads or leaves unread, and the parts of a page read again.

Tesseract reads the round bullet of a list as «, », °, "e" or not at all, often so unsure that the
mark is dropped as a speck, and a square one as a letter or not at all; the bullets are found by their
ink (:mod:`pipeline.ingest.ocr_bullets`).
It segments the numbers of a numbered list as a block of their own and reads them down the page
("BaAWMN"), and it leaves a lone digit in a table's first column unread: those parts are read again
(:func:`pipeline.ingest.ocr.down_columns`, :func:`pipeline.ingest.ocr.unread_margins`). A number it
read unsure in the flow of its line ("13.08.2020" for 18) is read alone and kept if read surer
(:func:`pipeline.ingest.ocr.doubtful_numbers`). The generators draw the ink and tesseract's words as
it gives them; the last tests read real scans.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from pipeline.ingest import ocr, ocr_bullets
from pipeline.ingest.layout import glyphs_to_text
from pipeline.settings import Settings
from tests.ingest.test_justified import fixtures

DPI = 300
WORDS = ["Caritasverband", "Emsland", "Jobcenter", "Sprache", "Amt", "für", "Soziales", "Integrationsbeirat"]


def draw_word(dark: np.ndarray, text: str, x: int, top: int, height: int, line: tuple[str, ...]) -> ocr.Word:
    """A word's ink (a solid block) and its box as tesseract gives it."""
    right = x + (height // 2) * len(text)
    dark[top : top + height, x:right] = True
    return ocr.Word(text, 95.0, x, top, right, top + height, line)


def draw_mark(dark: np.ndarray, shape: str, cx: int, cy: int, size: int) -> tuple[int, int, int, int]:
    """The ink of a list mark centred at (cx, cy); its box (left, top, right, bottom)."""
    r = size / 2
    yy, xx = np.mgrid[-size:size, -size:size]
    if shape == "disc":
        ink = xx**2 + yy**2 <= r * r
    elif shape == "square":
        ink = (abs(xx) <= r) & (abs(yy) <= r)
    elif shape == "ring":
        ink = (xx**2 + yy**2 <= r * r) & (xx**2 + yy**2 >= (r - max(1.5, r / 3)) ** 2)
    else:  # "dash": a bar three times as wide as it is tall
        ink = (abs(xx) <= 1.5 * r) & (abs(yy) <= max(1.0, r / 3))
    ys, xs = np.nonzero(ink)
    dark[cy - size + ys, cx - size + xs] = True
    return (
        cx - size + int(xs.min()),
        cy - size + int(ys.min()),
        cx - size + int(xs.max()) + 1,
        cy - size + int(ys.max()) + 1,
    )


def draw_words(
    draw: st.DrawFn, dark: np.ndarray, words: list[ocr.Word], at: tuple[int, int, int], line: tuple[str, ...], most: int
) -> list[str]:
    """One to ``most`` words drawn from ``at`` (left, top, height) on, a space apart, added to ``words``."""
    x, top, height = at
    texts = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=most))
    for text in texts:
        w = draw_word(dark, text, x, top, height, line)
        words.append(w)
        x = w.right + height // 3
    return texts


@st.composite
def bullet_lists(draw: st.DrawFn) -> tuple[list[ocr.Word], np.ndarray, str]:
    """A bulleted list as tesseract reads it: each bullet read as one of the marks it takes it for
    (a letter only when unsure) or not at all, at least two of them read; round or square bullets
    of any size a bullet has beside letters of that height; the text they should give."""
    height = draw(st.integers(30, 50))
    size = draw(st.integers(max(7, int(0.2 * height)), int(0.45 * height)))
    shape = draw(st.sampled_from(["disc", "square"]))
    n = draw(st.integers(2, 7))
    readings = draw(st.lists(st.sampled_from(["•", "«", "»", "°", "e", "o", "*", "·", None]), min_size=n, max_size=n))
    assume(sum(r is not None for r in readings) >= 2)
    margin = draw(st.integers(60, 400))
    gap = draw(st.integers(size, 3 * size))
    pitch = int(height * draw(st.floats(1.2, 1.5)))  # single-spaced: no paragraph gap
    dark = np.zeros((pitch * (n + 2), 2400), dtype=bool)
    words: list[ocr.Word] = []
    expected = []
    for i, reading in enumerate(readings):
        top = height + i * pitch
        line = ("1", "1", "1", str(i))
        cy = top + int(height * draw(st.floats(0.4, 0.6)))
        left, btop, right, bottom = draw_mark(dark, shape, margin + size, cy, size)
        if reading is not None:
            conf = draw(st.floats(0.0, ocr.JUNK_CONF - 1 if reading.isalnum() else 95.0))
            words.append(ocr.Word(reading, conf, left, btop, right, bottom, line))
        texts = draw_words(draw, dark, words, (right + gap, top, height), line, 3)
        expected.append("• " + " ".join(texts))
    return words, dark, "\n".join(expected) + "\n"


def set_bullets(words: list[ocr.Word], dark: np.ndarray) -> list[ocr.Word]:
    return ocr_bullets.bullets(ocr.line_rows(words), words, dark, ocr.JUNK_CONF)


@given(bullet_lists())
def test_bullets_are_read_by_their_ink(page: tuple[list[ocr.Word], np.ndarray, str]) -> None:
    words, dark, expected = page
    assert glyphs_to_text(ocr.page_glyphs(words, dark, DPI)) == expected


@st.composite
def marks_that_are_no_bullets(draw: st.DrawFn) -> tuple[list[ocr.Word], np.ndarray]:
    """Lines that start with a mark that is no bullet: a full stop on the baseline, a ring, a
    dash, a mark above the letters, a bullet-like dot alone on the page, or a letter that
    tesseract is sure of."""
    height = draw(st.integers(30, 50))
    size = draw(st.integers(max(7, int(0.2 * height)), int(0.45 * height)))
    kind = draw(st.sampled_from(["full stop", "ring", "dash", "above", "alone", "sure letter"]))
    n = 1 if kind == "alone" else draw(st.integers(2, 5))
    pitch = 2 * height
    dark = np.zeros((pitch * (n + 2), 2400), dtype=bool)
    words = []
    for i in range(n):
        top = height + i * pitch
        line = ("1", "1", "1", str(i))
        cy = {"full stop": top + height - size // 2, "above": top + size // 2}.get(kind, top + height // 2)
        shape = {"ring": "ring", "dash": "dash"}.get(kind, "disc")
        left, btop, right, bottom = draw_mark(dark, shape, 100 + size, cy, size)
        text = {"dash": "-", "sure letter": "o"}.get(kind, draw(st.sampled_from(["«", "°", "e", "."])))
        conf = 90.0 if kind == "sure letter" else draw(st.floats(0.0, 95.0 if not text.isalnum() else 49.0))
        words.append(ocr.Word(text, conf, left, btop, right, bottom, line))
        words.append(draw_word(dark, draw(st.sampled_from(WORDS)), right + size, top, height, line))
    return words, dark


@given(marks_that_are_no_bullets())
def test_other_marks_stay_what_tesseract_read(page: tuple[list[ocr.Word], np.ndarray]) -> None:
    words, dark = page
    assert [w.text for w in set_bullets(words, dark)] == [w.text for w in words]


def test_a_bullet_beside_a_read_one_in_its_column() -> None:
    """One unsure mark is a bullet where tesseract read the bullet of the next item right."""
    dark = np.zeros((400, 1200), dtype=bool)
    words = []
    for i, (mark, conf) in enumerate([("•", 90.0), ("°", 3.0)]):
        top, line = 40 + 80 * i, ("1", "1", "1", str(i))
        left, btop, right, bottom = draw_mark(dark, "disc", 110, top + 20, 14)
        words += [
            ocr.Word(mark, conf, left, btop, right, bottom, line),
            draw_word(dark, "Jobcenter", 140, top, 40, line),
        ]
    assert [w.text for w in set_bullets(words, dark)] == ["•", "Jobcenter", "•", "Jobcenter"]


@st.composite
def square_tiles(draw: st.DrawFn) -> tuple[list[ocr.Word], np.ndarray, str]:
    """A list set in two columns, each item opened by a solid square as high as the letters: tesseract
    reads a square as a letter, sure of it or not ("u", "w", "I", "gg"), or drops it (the second
    column's most often); the text the page should give, every item opened by "■"."""
    height = draw(st.integers(30, 50))
    n = draw(st.integers(2, 5))
    pitch = int(height * 1.8)
    column = draw(st.integers(1400, 1600))  # the second column, right of the longest first cell
    dark = np.zeros((pitch * (n + 2), 3000), dtype=bool)
    words: list[ocr.Word] = []
    expected = []
    for i in range(n):
        top, line = height + i * pitch, ("1", "1", "1", str(i))
        texts = []
        for x0 in (200, column):
            size = int(height * draw(st.floats(0.55, 0.95)))
            left, btop, right, bottom = draw_mark(dark, "square", x0 + size, top + height // 2, size)
            reading = draw(st.sampled_from(["u", "w", "I", "gg", "m", None]))
            if reading is not None:
                words.append(ocr.Word(reading, draw(st.floats(0.0, 95.0)), left, btop, right, bottom, line))
            x = right + int(height * draw(st.floats(0.35, 0.6)))
            cell = draw_words(draw, dark, words, (x, top, height), line, 2)
            texts.append("■ " + " ".join(cell))
        expected.append(texts)
    return words, dark, "".join("\t".join(row) + "\n" for row in expected)


@given(square_tiles())
def test_square_bullets_in_columns_are_read_by_their_ink(page: tuple[list[ocr.Word], np.ndarray, str]) -> None:
    words, dark, expected = page
    text = glyphs_to_text(ocr.page_glyphs(words, dark, DPI))
    assert [[cell.strip() for cell in line.split("\t")] for line in text.splitlines()] == [
        line.split("\t") for line in expected.splitlines()
    ]


def test_a_sure_letter_with_a_letter_shaped_ink_stays() -> None:
    """A letter tesseract is sure of stays a letter where its ink is a letter's, not a solid square."""
    dark = np.zeros((200, 1200), dtype=bool)
    line = ("1", "1", "1", "1")
    dark[40:76, 100:104] = True  # the stem of an "I": a bar, not a square
    words = [ocr.Word("I", 92.0, 100, 40, 104, 76, line), draw_word(dark, "Jobcenter", 130, 40, 36, line)]
    assert [w.text for w in set_bullets(words, dark)] == ["I", "Jobcenter"]


# --- parts read again -------------------------------------------------------------------------


def numbered_list(n: int, height: int = 36, junk: bool = True) -> tuple[list[ocr.Word], np.ndarray]:
    """Items with a hanging indent whose numbers tesseract read as one line down the margin."""
    dark = np.zeros((120 + 2 * height * n, 2400), dtype=bool)
    words = []
    for i in range(n):
        top = 100 + 2 * height * i
        dark[top : top + height, 320:356] = True  # the number's ink
        words.append(draw_word(dark, "das", 405, top, height, ("1", "1", str(i), "1")))
        words.append(draw_word(dark, "Jobcenter", 405 + 3 * height, top, height, ("1", "1", str(i), "1")))
    if junk:
        for j, text in enumerate(["Pe", "BaAWMN", "sm"]):
            top = 100 + (2 * height * n // 3) * j
            words.append(ocr.Word(text, 20.0, 318, top, 371, top + 2 * height * n // 3 - 5, ("1", "2", "1", "1")))
    return words, dark


def test_a_column_read_down_the_page_is_read_again() -> None:
    words, dark = numbered_list(6)
    parts = ocr.down_columns(words, 36.0)
    assert len(parts) == 1
    (part,) = parts
    assert [w.text for w in part.replaced] == ["Pe", "BaAWMN", "sm"]
    left, top, right, bottom = part.box
    assert left <= 318 and top <= 100 and bottom >= 100 + 2 * 36 * 5 + 36 and 405 < right  # the lines' start too
    assert part.keep_right < 405  # only what stands in the column is kept
    # a list read line by line has no such column
    assert ocr.down_columns(numbered_list(6, junk=False)[0], 36.0) == []


def test_a_columns_stops_read_apart_go_with_it() -> None:
    """The stops after the numbers that tesseract read as words of their own lines, "." each beside
    the column it read down the margin: read again with the column, so that "2." may stand."""
    words, dark = numbered_list(6)
    stops = [
        ocr.Word(".", 92.0, 350, 100 + 72 * i + 28, 356, 100 + 72 * i + 35, ("1", "3", str(i), "1")) for i in range(6)
    ]
    (part,) = ocr.down_columns(words + stops, 36.0)
    assert [w.text for w in part.replaced] == ["Pe", "BaAWMN", "sm"] + ["."] * 6
    assert 356 <= part.keep_right < 405
    # a stop after a word of the lines, beyond the column, stays
    far = ocr.Word(".", 92.0, 600, 128, 606, 135, ("1", "3", "0", "1"))
    (part,) = ocr.down_columns(words + [far], 36.0)
    assert far not in part.replaced


def test_an_unsure_number_of_a_column_stands_where_it_counts_on() -> None:
    """A number read again unsure in a column ("3." at 39) stands between the numbers it counts on
    from and up to, set like them; not at the column's end, nor set otherwise, nor out of the count."""

    def column(*texts: str) -> list[ocr.Word]:
        return [word(t, 39.0, 320, 100 + 72 * i) for i, t in enumerate(texts)]

    again = column("2.", "3.", "4.", "5.")
    assert ocr.counted_on(again) == {id(again[1]), id(again[2])}
    for texts in (("2.", "3)", "4."), ("2.", "5.", "4."), ("2.", "3."), ("a.", "b.", "c.")):
        assert ocr.counted_on(column(*texts)) == set()


def test_ink_left_unread_before_indented_lines() -> None:
    """The numbers of the list, unread: each line's margin is read again with its first word."""
    words, dark = numbered_list(3, junk=False)
    parts = ocr.unread_margins(
        words + [draw_word(dark, "Sachverhalt", 320, 20, 36, ("1", "0", "1", "1"))], dark, 36.0, []
    )
    assert [p.line for p in parts] == [("1", "1", str(i), "1") for i in range(3)]
    assert all(p.box[0] <= 320 and p.box[2] > 405 and p.keep_right < 405 for p in parts)


@pytest.mark.parametrize("case", ["read", "speck", "blank", "cell before"])
def test_margins_with_nothing_unread(case: str) -> None:
    """Nothing to read again: the number was read, a speck stands in the margin, the margin is
    blank, or the ink before the word is a cell tesseract read (a table's first column)."""
    height = 36
    dark = np.zeros((400, 2400), dtype=bool)
    words = [draw_word(dark, "Sachverhalt", 320, 20, height, ("1", "0", "1", "1"))]
    top, line = 120, ("1", "1", "1", "1")
    if case == "read":
        words.append(draw_word(dark, "2.", 320, top, height, line))
    elif case == "speck":
        dark[top + 10 : top + 13, 340:343] = True
    elif case == "cell before":
        words.append(draw_word(dark, "Integrationsrat", 320 - 5 * height, top, height, ("1", "3", "1", "1")))
    words.append(draw_word(dark, "Jobcenter", 433, top, height, line))
    assert ocr.unread_margins(words, dark, float(height), []) == []


def word(text: str, conf: float, left: int = 500, top: int = 100) -> ocr.Word:
    return ocr.Word(text, conf, left, top, left + 30 * len(text), top + 36, ("1", "1", "1", "1"))


@given(
    st.sampled_from(["13.08.2020", "1V/27/2023", "9,000", "2023/BV/4187", "12", "Seite", "3.", "a1", "20.04.2023"]),
    st.floats(0, 100),
)
def test_numbers_read_unsure_are_read_again(text: str, conf: float) -> None:
    """A word with two digits or more read below DOUBT_CONF is read again alone, with its box and
    some margin; other words, and words a column re-read replaces, are not."""
    w = word(text, conf)
    parts = ocr.doubtful_numbers([w, word("Datum:", 50.0, left=100)], 36.0, [])
    doubtful = conf < ocr.DOUBT_CONF and sum(c.isdigit() for c in text) >= 2
    assert [p.replaced for p in parts] == ([[w]] if doubtful else [])
    for p in parts:
        assert p.number and p.box[0] < w.left and p.box[1] < w.top and p.box[2] > w.right and p.box[3] > w.bottom
    column = ocr.Reread([w], (0, 0, 10, 10), 10, None)
    assert ocr.doubtful_numbers([w], 36.0, [column]) == []


@given(st.floats(0, 99), st.floats(0, 100), st.sampled_from(["18.08.2020", "IV/27/2023", "Seite", "€"]))
def test_a_number_read_alone_stands_only_if_read_surer(first_conf: float, again_conf: float, again: str) -> None:
    first = word("13.08.2020", first_conf)
    alone = ocr.Word(again, again_conf, first.left + 3, first.top - 2, first.right - 1, first.bottom + 1)
    kept = ocr.surer(first, [alone, ocr.Word("€", 99.0, first.right + 20, first.top, first.right + 50, first.bottom)])
    if again_conf > first_conf and any(c.isdigit() for c in again):
        assert (kept.text, kept.conf) == (again, again_conf)
        assert (kept.left, kept.top, kept.right, kept.bottom, kept.line) == (
            first.left,
            first.top,
            first.right,
            first.bottom,
            first.line,
        )
    else:
        assert kept is first
    # read as two words, or not at all: the first reading stays
    half = ocr.Word("18.08.", 99.0, first.left, first.top, first.left + 150, first.bottom)
    rest = ocr.Word("2020", 99.0, first.left + 160, first.top, first.right, first.bottom)
    assert ocr.surer(first, [half, rest]) is first
    assert ocr.surer(first, []) is first
    # a character more, or ink beside the number read with it ("35" and the "m" of "m²": "351")
    more = ocr.Word("18.08.20201", 99.0, first.left, first.top, first.right, first.bottom)
    wider = ocr.Word("18.08.2020", 99.0, first.left, first.top, first.right + 20, first.bottom)
    assert ocr.surer(first, [more]) is first
    assert ocr.surer(first, [wider]) is first


# --- real scans ---------------------------------------------------------------------------------

UNSEEN = Path(__file__).resolve().parents[1] / "unseen"
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")


def scanned(stem: str, quality: str, folder: Path) -> Path:
    """A held-out submission rendered as the fixtures' ruled-grid PDF and scanned at ``quality``."""
    mf = fixtures()
    source = folder / f"{stem}-grid.pdf"
    source.write_bytes(mf.render_pdf(UNSEEN / "docs" / f"{stem}.txt", mf.LAYOUTS["grid"]))
    target = folder / f"{stem}.pdf"
    target.write_bytes(mf.scan_pdf(source, "grid", mf.QUALITIES[quality]))
    return target


def ocr_text(pdf: Path) -> str:
    document = pdfium.PdfDocument(str(pdf))
    results = ocr.ocr_pdf_pages(document, list(range(len(document))), Settings(workers=1))
    return "\n".join(r[0] for r in results if isinstance(r, tuple))


@pytest.mark.slow
@needs_tesseract
def test_numbers_of_a_scanned_list_and_table(tmp_path: Path) -> None:
    """Rostock's numbered member list and the row numbers of its field table, scanned: tesseract
    reads the list's numbers down the margin and leaves two of the table's digits unread."""
    text = ocr_text(scanned("d03_rostock", "office", tmp_path))
    for n, start in enumerate(["das Amt für Jugend", "das Amt für Schule", "der Migrantenrat", "das Jobcenter"], 1):
        assert f"\n{n}. {start}" in text
    for n, field in enumerate(["Sprache und Bildung", "Arbeit und Wirtschaft", "Wohnen und Stadtteil"], 1):
        assert f"\n{n}\t{field}" in text


@pytest.mark.slow
@needs_tesseract
def test_numbers_read_down_the_margin_beside_their_stops(tmp_path: Path) -> None:
    """Fürstenwalde's rules of procedure, scanned: tesseract reads the numbers 2 to 9 of the member
    list down the margin and each stop after them as a word of its line; read again, each keeps it."""
    text = ocr_text(scanned("a84_fuerstenwalde", "office", tmp_path))
    starts = ["die Integrationsbeauftragte", "je ein Mitglied", "zwei Mitglieder"] + ["eine Vertreterin"] * 5
    for n, start in enumerate(starts, 2):
        assert f"\n{n}. {start}" in text


@pytest.mark.slow
@needs_tesseract
def test_a_date_misread_in_its_line_is_read_alone(tmp_path: Path) -> None:
    """Lingen's header, scanned at 300 dpi: in the flow of the page tesseract reads the date
    "18.08.2020" as "13.08.2020" (confidence 91); read alone, right (96)."""
    text = ocr_text(scanned("b04_lingen", "fine", tmp_path))
    assert "Datum: 18.08.2020" in text


@pytest.mark.slow
@needs_tesseract
@pytest.mark.parametrize(
    "stem,quality,first", [("b04_lingen", "office", "Oberbürgermeister"), ("c01_kempten", "fine", "Sprache")]
)
def test_bullets_of_a_scanned_list(tmp_path: Path, stem: str, quality: str, first: str) -> None:
    """Lingen's member list and Kempten's fields, scanned: tesseract reads each bullet as « or °
    or drops it; every item keeps its bullet."""
    text = ocr_text(scanned(stem, quality, tmp_path))
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.endswith(first) or f" {first}" in line and "•" in line)
    items = [line for line in lines[start : start + 6] if line.strip()]
    assert len(items) >= 5 and all(line.startswith("• ") for line in items[:5]), items
