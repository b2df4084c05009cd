"""Ruled tables read from vector lines agree with pdfplumber's table finder."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from pipeline.ingest.layout import Glyph, glyphs_to_text
from pipeline.ingest.readers import read_document
from pipeline.settings import Settings
from tests.helpers import RAW

GRID = sorted((RAW / "pdf" / "grid").glob("*.pdf"))


def plumber_rows(path: Path, page_number: int) -> list[str]:
    """Rows of every table pdfplumber finds on a page, cells joined like our reader does."""
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[page_number - 1]
        rows = []
        for table in page.extract_tables():
            for row in table:
                cells = [" ".join((c or "").split()) for c in row]
                while cells and not cells[-1]:
                    cells.pop()
                if any(cells):
                    rows.append("\t".join(cells))
        page.close()
    return rows


@pytest.mark.parametrize("path", GRID, ids=lambda p: p.stem)
def test_beratungsfolge_rows_match_pdfplumber(path: Path) -> None:
    doc, _ = read_document(path, path.name, Settings())
    first_page = doc.pages[0].text
    reference = plumber_rows(path, 1)
    if not reference:  # no ruled table: no row may be invented either
        assert not [line for line in first_page.split("\n") if "\t" in line and "20" in line]
        return
    dated = [r for r in reference if any(ch.isdigit() for ch in r) and "." in r]
    missing = [r for r in dated if r not in first_page.split("\n")]
    assert not missing, missing


@pytest.mark.parametrize(
    "glyphs,expected",
    [
        ([Glyph("Rat", 0, 20, 0, 10), Glyph("18.12.2017", 60, 110, 0, 10)], "Rat\t18.12.2017\n"),
        ([Glyph("1.", 0, 8, 0, 10), Glyph("Die Verwaltung", 30, 100, 0, 10)], "1. Die Verwaltung\n"),
        (
            [
                Glyph("a", 0, 10, 0, 10),
                Glyph("b", 30, 40, 0, 10),
                Glyph("c", 60, 70, 0, 10),
                Glyph("d", 90, 100, 0, 10),
            ],
            "a b c d\n",
        ),  # evenly stretched: a justified line
        ([Glyph("oben", 0, 30, 0, 10), Glyph("unten", 0, 30, 30, 40)], "oben\n\nunten\n"),
    ],
    ids=["cell-gap-is-tab", "list-marker", "justified-line", "paragraph-gap"],
)
def test_layout_gaps(glyphs: list[Glyph], expected: str) -> None:
    assert glyphs_to_text(glyphs) == expected
