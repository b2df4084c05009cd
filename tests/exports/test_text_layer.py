"""The PDF text layer: each text run's characters cut from its line (pipeline/ingest/readers.py).

The fast reader takes the page text once and cuts every line into pdfium's runs; the general
reader asks pdfium for the characters inside each run's box. On the sample renderings both
must give the same runs, boxes and words; where two runs overlap, only the fast reader keeps
each character in its own run.
"""

from __future__ import annotations

import ctypes
import html
import io
import random
import shutil
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from pipeline.ingest.layout import glyphs_to_text
from pipeline.ingest.readers import _glyphs_by_box, pdfium_glyphs
from tests.helpers import RENDERINGS

PDFS = RENDERINGS["grid"] + RENDERINGS["plain"]


def by_box(page: pdfium.PdfPage) -> list:
    textpage = page.get_textpage()
    try:
        size = 2 * textpage.count_chars() + 16
        return _glyphs_by_box(textpage, page.get_height(), (ctypes.c_ushort * size)(), size)
    finally:
        textpage.close()


@pytest.mark.parametrize("path", PDFS, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_runs_cut_from_lines_equal_runs_read_from_boxes(path: Path) -> None:
    pdf = pdfium.PdfDocument(path)
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            fast, general = pdfium_glyphs(page, join=False), by_box(page)
            page.close()
            assert [(g.x0, g.x1, g.top, g.bottom) for g in fast] == [(g.x0, g.x1, g.top, g.bottom) for g in general]
            assert [g.text.split() for g in fast] == [g.text.split() for g in general]
            assert glyphs_to_text(fast) == glyphs_to_text(general)
    finally:
        pdf.close()


def overlapping_pdf() -> bytes:
    """One line of two runs whose boxes overlap: a word set tight against the one before it."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(400, 200))
    c.setFont("Helvetica", 12)
    c.drawString(50, 150, "Hilfsweise beantragen")
    width = c.stringWidth("Hilfsweise beantragen", "Helvetica", 12)
    c.drawString(50 + width - 4, 150, "wir einen Beschluss")  # starts inside the run before
    c.drawString(50, 120, "Zweite Zeile ohne Besonderheit")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_overlapping_runs_keep_their_own_characters() -> None:
    """Asking for the characters inside the boxes gives "beantragenw" + "nwir": each box takes in
    the other run's edge. Cut from the line, each run keeps its own characters."""
    pdf = pdfium.PdfDocument(overlapping_pdf())
    try:
        page = pdf[0]
        runs = [g.text for g in pdfium_glyphs(page)]
        page.close()
    finally:
        pdf.close()
    assert runs == ["Hilfsweise beantragen", "wir einen Beschluss", "Zweite Zeile ohne Besonderheit"]


# --- glyphs placed one by one: Chromium's print positions every glyph on its own, so pdfium gives a
# run per letter; the words come back as pdfium's text joins them --------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
WORDS = [
    "Sitzungsvorlage",
    "Beratungsfolge:",
    "Ausschuss",
    "für",
    "Bildung,",
    "Soziales",
    "und",
    "Verwaltung",
    "Integrationskonzept",
    "Jugendhilfeausschuss",
    "14.12.2017",
    "öffentlich",
    "(BAMF)",
    "„Vielfalt“",
    "5.000 €",
]
STYLES = [
    "font-family:'DejaVu Serif';font-size:11pt",
    "font-family:'DejaVu Sans';font-size:9pt",
    "font-family:'DejaVu Sans';font-size:14pt;font-weight:bold",
    "font-family:'DejaVu Serif';font-size:10pt;font-style:italic",
    "font-family:'DejaVu Sans Mono';font-size:10pt",
    "font-family:'DejaVu Sans';font-size:12pt;word-spacing:3pt",
    "font-family:'DejaVu Sans Condensed','DejaVu Sans';font-size:8pt",
]


def printed_rows(seed: int) -> list[tuple[str, list[str]]]:
    """Rows of one to three cells of words, each in a drawn style, short enough for the page."""
    rng = random.Random(seed)
    rows: list[tuple[str, list[str]]] = []
    while len(rows) < 24:
        cells = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 3))]
        if sum(map(len, cells)) <= 60:
            rows.append((rng.choice(STYLES), cells))
    return rows


def chromium_pdf(rows: list[tuple[str, list[str]]], folder: Path) -> bytes:
    body = "".join(
        f'<table style="{style};border-collapse:collapse;margin:0 0 6pt 0"><tr>'
        + "".join(f'<td style="padding:0 48pt 0 0;white-space:nowrap">{html.escape(c)}</td>' for c in cells)
        + "</tr></table>"
        for style, cells in rows
    )
    page = folder / "p.html"
    page.write_text(f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>", encoding="utf-8")
    pdf = folder / "p.pdf"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"]
    flags += ["--disable-background-networking", "--disable-component-update", "--disable-sync"]
    subprocess.run(
        [
            str(CHROMIUM),
            *flags,
            f"--user-data-dir={folder / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return pdf.read_bytes()


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary on PATH")
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_browsers_print_reads_as_words(seed: int, tmp_path: Path) -> None:
    rows = printed_rows(seed)
    pdf = pdfium.PdfDocument(chromium_pdf(rows, tmp_path))
    try:
        lines = []
        for i in range(len(pdf)):
            page = pdf[i]
            assert len(pdfium_glyphs(page, join=False)) > 5 * len(pdfium_glyphs(page))  # a run per letter
            lines += [ln for ln in glyphs_to_text(pdfium_glyphs(page)).split("\n") if ln]
            page.close()
    finally:
        pdf.close()
    assert lines == ["\t".join(cells) for _, cells in rows]
