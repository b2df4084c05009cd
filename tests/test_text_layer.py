"""The PDF text layer: each text run's characters cut from its line (pipeline/ingest/readers.py).

The fast reader takes the page text once and cuts every line into pdfium's runs; the general
reader asks pdfium for the characters inside each run's box. On the sample renderings both
must give the same runs, boxes and words; where two runs overlap, only the fast reader keeps
each character in its own run.
"""

from __future__ import annotations

import ctypes
import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from helpers import RENDERINGS

from pipeline.ingest.layout import glyphs_to_text
from pipeline.ingest.readers import _glyphs_by_box, pdfium_glyphs

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
            fast, general = pdfium_glyphs(page), by_box(page)
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
