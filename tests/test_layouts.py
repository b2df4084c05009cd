"""Generated Beratungsfolge layouts (``tests/layouts.py``) must come back exactly, and nothing else.

Text blocks are drawn along every axis (family, separator, header words and column order,
header placement, mark columns, empty result cells, wrapped names, page furniture) inside
distractors that must yield no row; repeated key-value blocks and passive sentences have
their own draws, with their negatives (one block alone, the passive in the past tense); PDF
blocks are drawn as real tables (with and without ruling lines) and read through the real ingest.
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
from tests.layouts import AFTER, PREAMBLE, Block, block_pdf, blocks

Fact = tuple[str, "str | None", "str | None", "bool | None"]


def facts(doc: Document) -> list[Fact]:
    found = list(extract(doc, load_resources()))
    for rec in found:
        assert doc.text[rec.span.start : rec.span.end] == rec.span.snippet
        assert rec.method
    return [(r.body, r.meeting_date, r.role, r.public) for r in found]


def text_doc(text: str) -> Document:
    return Document.from_pages("x", "x.txt", "x", [(text, "plain_text", None)])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blocks())
def test_text_layouts(block: Block) -> None:
    text = block.text()
    assert facts(text_doc(text)) == block.expected(), text


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blocks(families=("kv_blocks",)))
def test_key_value_blocks(block: Block) -> None:
    """Repeated key-value blocks, labels in any order and wording, come back block by block."""
    text = block.text()
    assert facts(text_doc(text)) == block.expected(), text


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blocks(families=("prose",)).filter(lambda b: b.prose_style == 5))
def test_passive_prose(block: Block) -> None:
    """ "wird am <date> im <body> beraten", chained; in the past tense nothing is read."""
    text = block.text()
    assert facts(text_doc(text)) == block.expected(), text
    past = re.sub(r"\bwird\b", "wurde", re.sub(r"\bwerden\b", "wurden", text))
    assert facts(text_doc(past)) == [], past


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blocks(families=("kv_blocks",)), st.sampled_from(["Datum", "Termin"]))
def test_one_key_value_block_is_no_beratungsfolge(block: Block, word: str) -> None:
    """A single block in a document's header ("Gremium: X / Datum: D", no Beratungsfolge
    heading) is not read: its date is the document's. ("Sitzungsdatum"/"Sitzung am" name a
    meeting: a one-block form with them is read, see test_consultations.)"""
    block.rows = block.rows[:1]
    block.words["date"] = word
    text = block.text().replace("Beratungsfolge:\n", "")
    assert facts(text_doc(text)) == [], text


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
    return re.sub(
        r"\b(\d{1,2})\.(\d{2})\.(\d{2,4})\b",
        lambda m: f"{m[1]}.{m[2].replace('0', 'O').replace('1', 'l')}.{m[3]}",
        text,
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    blocks(families=("flat", "prose")).filter(
        lambda b: all(r.date_style != 2 for r in b.rows) and b.words.get("title") != ""
    )
)
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
