"""Generated Beratungsfolge layouts (``tests/layouts.py``) must come back exactly, and nothing else.

Text blocks are drawn along every axis (family, separator, header words and column order,
header placement, mark columns, empty result cells, wrapped names, page furniture) inside
distractors that must yield no row; PDF blocks are drawn as real tables (with and without
ruling lines) and read through the real ingest.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import load_resources
from extractors.consultations import extract
from pipeline.document import Document
from pipeline.ingest.readers import read_document
from pipeline.settings import Settings
from tests.layouts import PREAMBLE, AFTER, Block, block_pdf, blocks

Fact = tuple[str, "str | None", "str | None", "bool | None"]


def facts(doc: Document) -> list[Fact]:
    found = list(extract(doc, load_resources()))
    for rec in found:
        assert doc.text[rec.span.start:rec.span.end] == rec.span.snippet
        assert rec.method
    return [(r.body, r.meeting_date, r.role, r.public) for r in found]


def text_doc(text: str) -> Document:
    return Document.from_pages("x", "x.txt", "x", [(text, "plain_text", None)])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blocks())
def test_text_layouts(block: Block) -> None:
    text = block.text()
    assert facts(text_doc(text)) == block.expected(), text


def test_distractors_alone() -> None:
    assert facts(text_doc(PREAMBLE + AFTER)) == []


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blocks(families=("table",)).filter(lambda b: b.header != "absent"), st.booleans())
def test_pdf_layouts(block: Block, ruled: bool) -> None:
    block.sep, block.wrap, block.furniture, block.header = "\t", "", -1, "own"
    if block.marks and not ruled:  # a borderless table loses the empty cell: which column the x is in is unknown
        block.sep = " "
    doc, _ = read_document(Path("x.pdf"), "x.pdf", Settings(ocr="never"), data=block_pdf(block, ruled))
    expected = block.expected()
    if block.marks and ruled:  # the ruled reader drops trailing empty cells: an "x" before them has no sure column
        for k, r in enumerate(block.rows):
            cells = block.cells(r)
            while cells and not cells[-1]:
                cells.pop()
            if len(cells) < len(block.columns) and "\t\t" not in "\t".join(cells):
                expected[k] = expected[k][:3] + (None,)
    assert facts(doc) == expected, doc.text


def _spoilt(text: str) -> str:
    """Every numeric date spoilt as OCR spoils it ("01.Ol.2012"): no consultation can be read."""
    return re.sub(r"\b(\d{1,2})\.(\d{2})\.(\d{2,4})\b",
                  lambda m: f"{m[1]}.{m[2].replace('0', 'O').replace('1', 'l')}.{m[3]}", text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blocks(families=("flat", "prose")).filter(lambda b: all(r.date_style != 2 for r in b.rows)
                                                  and b.words.get("title") != ""))
def test_review_flags_unread_blocks(block: Block) -> None:
    """A flattened or prose Beratungsfolge under its heading whose dates cannot be read gets a review row."""
    from pipeline.extract.review import review_document

    text = block.text()
    if "Beratungs" not in block.block_text():
        text = text.replace(block.block_text(), "Beratungsfolge:\n" + block.block_text())
    doc = text_doc(_spoilt(text))
    found = list(extract(doc, load_resources()))
    if found:  # a row with a header or status cells is read without its date; nothing to review then
        assert all(r.meeting_date is None for r in found), text
        return
    reasons = {i.reason for i in review_document(doc, found)}
    assert "consultation_heading_without_rows" in reasons, _spoilt(text)
