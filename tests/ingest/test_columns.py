"""Pages set in two columns, read column by column from the PDF's text layer.

Generated two-column pages (``tests/generators/two_columns.py``: gutters of several widths, ragged
and justified, a heading and a table across both columns, the right column set at another
leading) must give each column's paragraphs whole, the left column's before the right's, the
heading before them and the table's rows whole after them. Single-column pages with blocks side
by side (a two-column table of long cells, a letterhead's address and contact blocks) must read
exactly as before. The tabbed print layout of ``scripts/fixture_layouts.py`` sets its second
page in two columns: its gutter is found where the layout puts it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2 as pdfium
import pytest

from pipeline.ingest.columns import two_column_stretches
from pipeline.ingest.layout import glyphs_to_text, group_lines
from pipeline.ingest.readers import pdfium_glyphs, read_pdf
from pipeline.settings import Settings
from tests.generators.two_columns import ROWS, Page, single_column

pytest.importorskip("reportlab")


def page_texts(data: bytes) -> list[str]:
    return [text for text, _, _ in read_pdf(data, Settings(ocr="never"), [])]


def flat(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class Case:
    id: str
    page: Page


CASES = [
    Case("gutter-4mm-ragged", Page(gutter_mm=4)),
    Case("gutter-6mm-justified", Page(gutter_mm=6, justify=True)),
    Case("gutter-8mm-ragged", Page(gutter_mm=8)),
    Case("gutter-12mm-justified", Page(gutter_mm=12, justify=True)),
    Case("gutter-20mm-ragged", Page(gutter_mm=20)),
    Case("heading-across", Page(heading="Fortschreibung des Integrationskonzepts 2024")),
    Case("right-column-shorter", Page(left_count=4, right_count=2)),
    Case("right-column-other-leading", Page(right_shift=5.0)),
    Case("small-type", Page(size=8.5, left_count=5, right_count=4)),
    Case("table-ruled-across", Page(heading="Integrationskonzept", table="ruled")),
    Case("table-tabbed-across", Page(table="tabbed", justify=True)),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_two_columns_are_read_column_by_column(case: Case) -> None:
    (text,) = page_texts(case.page.pdf())
    body = flat(text)
    left, right = case.page.paragraphs
    at = [body.find(p) for p in left + right]
    assert -1 not in at, text
    assert at == sorted(at), text
    if case.page.heading:
        assert body.index(case.page.heading) < at[0]
    if case.page.table:
        lines = text.splitlines()
        for row in ROWS:
            assert "\t".join(row) in lines, text
        # the caption alone at the left under both columns reads as the left column's last line
        assert body.index("Gremium") > at[-1]


@pytest.mark.parametrize("kind", ["table", "letterhead"])
def test_single_column_pages_read_as_before(kind: str) -> None:
    data = single_column(kind)
    doc = pdfium.PdfDocument(data)
    try:
        glyphs = pdfium_glyphs(doc[0])
    finally:
        doc.close()
    assert two_column_stretches(group_lines([g for g in glyphs if g.text.strip()])) == []
    assert page_texts(data) == [glyphs_to_text(glyphs)]


def test_the_tabbed_layout_second_page_has_its_gutter() -> None:
    """The tabbed layout sets one column on the first page and two from the second on, 8 mm apart."""
    from bench.export_matrix import PRINT_LAYOUTS, UNSEEN, rendered

    mm = 72 / 25.4
    left, right = 25 * mm, 595.2756 - 20 * mm
    column = (right - left - 8 * mm) / 2
    for pdf in rendered([UNSEEN / "docs" / f"{stem}.txt" for stem in PRINT_LAYOUTS["tabbed"]], "tabbed"):
        doc = pdfium.PdfDocument(str(pdf))
        try:
            for i in range(len(doc)):
                lines = group_lines([g for g in pdfium_glyphs(doc[i]) if g.text.strip()])
                found = two_column_stretches(lines)
                if i == 0:
                    assert found == [], pdf.stem
                    continue
                right_column = [ln for ln in lines if max(g.x0 for g in ln) >= left + column + 8 * mm - 1]
                if len(right_column) < 6:  # too little in the right column to tell
                    continue
                assert found, f"{pdf.stem} page {i + 1}"
                for s in found:
                    assert left + column - 1 <= s.gutter[0] and s.gutter[1] <= left + column + 8 * mm + 1
        finally:
            doc.close()
