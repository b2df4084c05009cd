"""Words mended by the form of their ink and of the page's type (:mod:`pipeline.ingest.ocr_forms`),
and the numbers tesseract read unsure, carried to the values read from them.

On a page typed in a monospaced font tesseract cuts a date at the wide blanks beside its stops
("14." "11." "2017"); the pieces stand closer than a space's empty cell and are one word. A lone
umlaut letter (a meeting's status "Ö") takes the case its ink shows. A number read with little
confidence is kept where its page's text has it, and a value read from it (an amount, a meeting's
date, a paper's number) gets a low confidence and so a place in the review. The generators draw
invented words as tesseract gives them; the last tests type and scan invented pages.
"""

from __future__ import annotations

import io
import shutil
from dataclasses import replace

import numpy as np
import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from pipeline.document import Document, Span
from pipeline.extract.confidence import assess
from pipeline.ingest import ocr
from pipeline.ingest.ocr_forms import pitch, typed_joins, umlaut_case
from pipeline.ingest.readers import unsure_ranges
from pipeline.records import Cost
from pipeline.schema import REVIEW_THRESHOLD
from pipeline.settings import Settings
from tests.ingest.test_justified import fixtures

LINE = ("1", "1", "1", "1")
# invented words: half with many narrow glyphs (f i j l r t), half with few
NARROWISH = ["Fristlauf", "Tiefbau", "Mittelfeld", "Stiftrat", "Filztuch", "Lichtfeld", "Ortsteil"]
ROUNDISH = ["Wasserwerk", "Sandkasse", "Kanonen", "Hausboot", "Saumpfade", "Gasherd", "Ackerbau"]


def page(cell: float, narrow_cell: float, height: int = 34) -> list[ocr.Word]:
    """Lines of invented words, each word as wide as its characters' cells; words of narrow glyphs
    with ``narrow_cell`` for each (a monospaced font: the same cell)."""
    words, top = [], 100
    for k, (a, b) in enumerate(zip(NARROWISH, ROUNDISH)):
        x = 100
        for text, per in ((a, narrow_cell), (b, cell)):
            right = x + round(per * len(text))
            words.append(ocr.Word(text, 95.0, x, top, right, top + height, ("1", "1", str(k), "1")))
            x = right + round(1.3 * cell)
        top += 2 * height
    return words


def piece(text: str, left: int, cell: float, top: int = 2000, conf: float = 93.0) -> ocr.Word:
    return ocr.Word(text, conf, left, top, left + round(cell * len(text)) - 8, top + 34, LINE)


def test_a_typed_page_has_a_cell_width_and_a_printed_one_none() -> None:
    assert pitch(page(25.0, 24.6)) == pytest.approx(25.0, abs=0.5)
    assert pitch(page(25.0, 19.0)) is None  # narrow glyphs narrower: a proportional font


def test_the_pieces_of_a_typed_date_are_one_word() -> None:
    words = page(25.0, 24.6)
    a = piece("27.", 300, 25.0, conf=95.0)
    b = piece("03.", a.right + 13, 25.0, conf=71.0)
    c = piece("2031", b.right + 12, 25.0, conf=96.0)
    spaced = piece("Sitzung", c.right + 33, 25.0)  # a space: a whole cell blank and more
    got = typed_joins([*words, a, b, c, spaced])
    joined = [w for w in got if w.top == 2000]
    assert [w.text for w in joined] == ["27.03.2031", "Sitzung"]
    assert joined[0].conf == 71.0 and (joined[0].left, joined[0].right) == (a.left, c.right)


def test_a_printed_page_keeps_its_words() -> None:
    words = page(25.0, 19.0)
    pieces = [piece("27.", 300, 25.0), piece("03.", 300 + 75 - 8 + 13, 25.0)]
    assert typed_joins([*words, *pieces]) == [*words, *pieces]


def ink_page(letter_height: int, lone: str, lone_height: int) -> tuple[list[ocr.Word], np.ndarray]:
    """Words of capitals and ascenders as tall as ``letter_height``, and a lone umlaut letter."""
    dark = np.zeros((600, 1200), dtype=bool)
    words = []
    for k, text in enumerate(["Haus", "Bild", "Tafel", "Amt", "Blatt", "Kind", "Hof"]):
        top = 50 + 60 * k
        dark[top : top + letter_height, 100:200] = True
        words.append(ocr.Word(text, 95.0, 100, top, 200, top + letter_height, ("1", "1", str(k), "1")))
    bottom = 520
    dark[bottom - lone_height : bottom - lone_height + 6, 400:408] = True  # the dots
    dark[bottom - lone_height + 9 : bottom, 400:425] = True
    words.append(ocr.Word(lone, 60.0, 398, bottom - lone_height - 1, 427, bottom + 1, ("1", "2", "1", "1")))
    return words, dark


@pytest.mark.parametrize(
    ("read", "height", "expected"),
    [("ö", 40, "Ö"), ("Ö", 40, "Ö"), ("ü", 41, "Ü"), ("Ö", 31, "ö"), ("ä", 32, "ä"), ("Ü", 30, "ü")],
)
def test_a_lone_umlaut_takes_the_case_of_its_ink(read: str, height: int, expected: str) -> None:
    words, dark = ink_page(32, read, height)
    assert umlaut_case(words, dark)[-1].text == expected


def test_numbers_read_unsure() -> None:
    words = [
        ocr.Word("7.006", 62.0, 0, 0, 50, 30),
        ocr.Word("7.000", 96.0, 60, 0, 110, 30),
        ocr.Word("Amt", 40.0, 120, 0, 150, 30),  # no number
        ocr.Word("3.12.2029", 88.0, 160, 0, 250, 30, changed=True),  # read alone otherwise, not surely
        ocr.Word("4", 20.0, 260, 0, 270, 30),  # one digit
    ]
    assert ocr.unsure_numbers(words) == ("7.006", "3.12.2029")


def test_unsure_numbers_are_found_in_the_repaired_text_and_kept_by_the_document() -> None:
    pages = [("Kopf 2031\n", "ocr", 90.0), ("Betrag: 7.006 €\nam 14.11.2031 und 7.006\n", "ocr", 80.0)]
    ranges = unsure_ranges(pages, {1: ("7.006", "14,11.2031")})
    text = pages[1][0]
    assert [text[a:b] for a, b in ranges[1]] == ["7.006", "14.11.2031", "7.006"]
    doc = Document.from_pages("d", "d.pdf", "0" * 64, pages, None, ranges)
    assert [doc.text[a:b] for a, b in doc.unsure] == ["7.006", "14.11.2031", "7.006"]
    part = doc.part("p", 1, 2)
    assert [part.text[a:b] for a, b in part.unsure] == ["7.006", "14.11.2031", "7.006"]


def test_an_amount_read_from_unsure_digits_is_put_to_review() -> None:
    text = "Die Moderation kostet 3.006 €, der Druck 1.500 €."
    doc = Document.from_pages("d", "d.pdf", "0" * 64, [(text, "ocr", 92.0)], None, {0: [(22, 27)]})
    unsure = Cost(Span(0, len(text), 1, text), amount_eur=3006.0, raw_text="3.006 €")
    sure = Cost(Span(0, len(text), 1, text), amount_eur=1500.0, raw_text="1.500 €")
    got = assess(doc, [unsure, sure])
    assert got[id(unsure)].confidence < REVIEW_THRESHOLD <= got[id(sure)].confidence
    assert "ocr_unsure_digits" in got[id(unsure)].signals


# --- typed and scanned -------------------------------------------------------------------------

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
TYPED_ROWS = [  # one cell a line: date, body, role, status
    "03.02.2031",
    "Bauausschuss",
    "Vorberatung",
    "Ö",
    "17.02.2031",
    "Kulturbeirat",
    "Anhörung",
    "Ö",
    "26.02.2031",
    "Gemeinderat",
    "Entscheidung",
    "N",
]
TYPED_PROSE = [
    "Beratungsfolge:",
    "",
    *TYPED_ROWS,
    "",
    "Der Kulturbeirat wird gebeten, die Mittel für die Fortschreibung des",
    "Leitbildes freizugeben. Die Verwaltung legt dazu einen Zeitplan vor,",
    "in dem die Schritte des Verfahrens bis zum Ende des Jahres stehen.",
    "Für die Moderation der Werkstätten stehen im Haushalt 8.500 € bereit.",
    "Die Fachbereiche Tiefbau, Stadtplanung und Kultur stimmen sich ab.",
]


def typed_pdf(lines: list[str]) -> bytes:
    buf = io.BytesIO()
    if "DejaVuSansMono" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSansMono", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"))
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, initialFontName="DejaVuSansMono")
    y = A4[1] - 80
    for line in lines:
        c.setFont("DejaVuSansMono", 10)
        c.drawString(70, y, line)
        y -= 12
    c.showPage()
    c.save()
    return buf.getvalue()


@needs_tesseract
@pytest.mark.slow
def test_a_typed_scan_reads_its_dates_whole_and_its_status_capital(tmp_path: pytest.TempPathFactory) -> None:
    mf = fixtures()
    src = tmp_path / "typed.pdf"  # type: ignore[operator]
    src.write_bytes(typed_pdf(TYPED_PROSE))
    scan = pdfium.PdfDocument(mf.scan_pdf(src, "typed", mf.QUALITIES["office"]))
    [result] = ocr.ocr_pdf_pages(scan, [0], Settings(workers=1))
    assert not isinstance(result, Exception)
    lines = [line.split() for line in result.text.splitlines()]
    assert ["03.02.2031", "17.02.2031", "26.02.2031"] == [w for line in lines for w in line if w.endswith("2031")]
    assert ["Ö"] in lines and ["ö"] not in lines
    assert "8.500" in result.text.split()


def test_a_short_line_left_unread_is_read_again() -> None:
    """A status letter on a line of its own, no word beside it: read again; a wide band of ink is read
    again as a whole line, its words kept only where they read as text surely (not a picture's letters);
    ink beside a word read stays as it is."""
    dark = np.zeros((800, 1200), dtype=bool)
    words = []
    for k, top in enumerate((100, 200, 300)):
        dark[top : top + 34, 100:400] = True
        words.append(ocr.Word("Ausschuss", 95.0, 100, top, 400, top + 34, ("1", "1", str(k), "1")))
    dark[150:184, 100:126] = True  # "Ö" alone under the first row
    dark[250:284, 100:700] = True  # twenty letters' ink: no short line
    dark[300:334, 500:526] = True  # beside a word read: its line is read
    found = ocr.unread_lines(words, dark, 34.0)
    assert [(p.box, p.alone, p.whole, p.replaced, p.margin) for p in found] == [
        ((100, 150, 126, 184), True, False, [], 51),
        ((100, 250, 700, 284), False, True, [], 51),
    ]
    read = (("Vorlage-Nr.:", 96.0), ("B-027/2027", 93.0), ("öffentlich", 95.0))
    line = [ocr.Word(w, c, 100 + 200 * k, 250, 280 + 200 * k, 284) for k, (w, c) in enumerate(read)]
    assert ocr.whole_line(line) == line
    assert ocr.whole_line([replace(w, conf=40.0) for w in line]) == []
    assert ocr.part_image(255 * (~dark).astype(np.uint8), found[0]).shape == (2 * (34 + 102), 2 * (26 + 102))
    assert ocr.likely(ocr.Word("Ö", 88.0, 100, 150, 126, 184), found[0])
    assert not ocr.likely(ocr.Word("Ö", 41.0, 100, 150, 126, 184), found[0])
    assert not ocr.likely(ocr.Word("Heft", 91.0, 100, 150, 126, 184), found[0])


def test_a_short_line_read_again_keeps_letters_and_signs_only() -> None:
    """A pen's mark in the margin is read as a digit or a stroke letter: those stay out."""
    part = ocr.Reread([], (0, 0, 60, 60), 60, None, alone=True)
    kept = [
        t
        for t in ("Ö", "N", "nö", "€.", "4", "1", "I", "l", "/", "Heft")
        if ocr.likely(ocr.Word(t, 90.0, 0, 0, 20, 30), part)
    ]
    assert kept == ["Ö", "N", "nö", "€."]
