"""A page break is transparent: every generated layout family reads the same with a page break
(``tests/generators/page_breaks.py``) inserted in the middle of its table, list or sentence as without it.

The structure view marks the break's furniture (pipeline/structure/furniture.py): the readers of
tables (``sv.tables``), of lists and of prose step over it, spans stay true to the text with the
furniture in it, and the view's text without furniture is the text without the break.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bench.export_matrix import EXPORTERS, as_text
from extractors import action_fields, load_resources
from extractors.consultations import extract
from extractors.consultations.model import from_model
from extractors.consultations.vocab import vocab
from extractors.resources import default_resources
from pipeline.document import Document
from pipeline.ingest.readers import read_document
from pipeline.settings import Settings
from pipeline.structure import view
from tests.generators.dated_tables import AFTER, BEFORE, DatedTable, dated_tables
from tests.generators.field_layouts import Drawn, lead_in_lists
from tests.generators.layouts import Block, blocks
from tests.generators.page_breaks import PDF_FOOTS, PDF_HEADS, PageBreak, Paper, page_breaks, pdf
from tests.helpers import document, viewed

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

DATED_PAPER = Paper("Vorlage Nr.: 2016/0284", "2016/0284", "Temporäre Ersatzinfrastruktur für Sportveranstaltungen")
BLOCK_PAPER = Paper("Sitzungsvorlage Nr. 2019/0815", "2019/0815")
# a head for documents drawn without one (the lists of Handlungsfelder)
LIST_HEAD = "Drucksache 2023/0412\nSachstandsbericht Quartiersarbeit\n\n"
LIST_PAPER = Paper("Drucksache 2023/0412", "2023/0412", "Sachstandsbericht Quartiersarbeit")


def _flat(doc: Document) -> str:
    """The view's text without furniture, words broken at line ends joined, space as one."""
    return " ".join(view(doc).layout.flat.text.split())


def _broken(text: str, at: int, b: PageBreak, paper: Paper) -> Document:
    return document(b.text(text.split("\n"), at, paper), doc_id="x", source_path="x.txt")


def _furniture_gone(plain: str, doc: Document) -> None:
    """The broken document's view reads as the text without the break."""
    assert _flat(doc) == _flat(document(plain, doc_id="x", source_path="x.txt")), doc.text


# --- tables --------------------------------------------------------------------------------------


@SETTINGS
@given(dated_tables(), st.data())
def test_dated_table_over_a_page_break(table: DatedTable, data: st.DataObject) -> None:
    """A Beratungsfolge table cut anywhere between its header and its last line (inside a wrapped
    name, between a row and its spilled result) reads the same rows."""
    table = dataclasses.replace(table, furniture_after=-1)
    text = table.text()
    top = BEFORE.count("\n")  # the table's first line
    size = text[len(BEFORE) : text.index(AFTER, len(BEFORE))].count("\n") + 1
    assume(size > 1)
    at = data.draw(st.integers(top + 1, top + size - 1), label="at")
    b = data.draw(page_breaks(DATED_PAPER), label="break")
    doc = _broken(text, at, b, DATED_PAPER)
    res = load_resources()
    got = [(r.body, r.meeting_date) for r in from_model(doc, vocab(res), res, view(doc))]
    assert got == table.expected(), doc.text
    for rec in extract(doc, res, view(doc)):
        assert doc.text[rec.span.start : rec.span.end] == rec.span.snippet


@SETTINGS
@given(blocks(families=("table", "stacked", "list")), st.data())
def test_layout_block_over_a_page_break(block: Block, data: st.DataObject) -> None:
    """Beratungsfolge tables, stacked columns and lists cut between two of their lines read the
    same consultations as without the break."""
    block = dataclasses.replace(block, furniture=-1, repeat_header=False)
    text = block.text()
    table = block.table_text().strip("\n")
    assume(table in text)
    lines = text.split("\n")
    top = text[: text.index(table)].count("\n") + 1  # after the table's first line
    bottom = top + table.count("\n") - 1
    assume(top <= bottom)
    at = data.draw(st.integers(top, bottom), label="at")
    b = data.draw(page_breaks(BLOCK_PAPER), label="break")
    doc = _broken(text, at, b, BLOCK_PAPER)
    found = list(extract(doc, load_resources(), view(doc)))
    for rec in found:
        assert doc.text[rec.span.start : rec.span.end] == rec.span.snippet
    plain = list(viewed(extract, document(text, doc_id="x", source_path="x.txt"), load_resources()))
    assert [(r.body, r.meeting_date, r.role, r.public) for r in found] == [
        (r.body, r.meeting_date, r.role, r.public) for r in plain
    ], "\n".join(lines[:at]) + "\n~~~ break ~~~\n" + doc.text


# --- lists ---------------------------------------------------------------------------------------


@SETTINGS
@given(lead_in_lists(), st.data())
def test_list_over_a_page_break(drawn: Drawn, data: st.DataObject) -> None:
    """A list of Handlungsfelder cut between two items by a break without blank lines around its
    furniture reads the same fields (with blank lines the list ends at the break: a new page may
    open with a head nothing marks, which the list must not take in)."""
    assume(len(drawn.pages) == 1 and len(drawn.labels) >= 2)
    text = LIST_HEAD + drawn.pages[0]
    lines = text.split("\n")
    items = [i for i, ln in enumerate(lines) if any(ln.strip().endswith(label) for label in drawn.labels)]
    assume(len(items) >= 2)
    at = data.draw(st.integers(items[0] + 1, items[-1]), label="at")
    b = data.draw(page_breaks(LIST_PAPER), label="break")
    assume(not b.blank)
    doc = _broken(text, at, b, LIST_PAPER)
    plain = [f.label for f in viewed(action_fields.extract, document(text), default_resources())]
    found = list(action_fields.extract(doc, default_resources(), view(doc)))
    assert [f.label for f in found] == plain, doc.text
    for f in found:
        assert doc.text[f.span.start : f.span.end] == f.span.snippet


# --- prose ---------------------------------------------------------------------------------------

SENTENCE = (
    "Die Verwaltung schlägt vor, den Integrationsbeirat an der Ausarbeitung des Handlungskonzepts "
    "frühzeitig zu beteiligen und die Ergebnisse der Beteiligung im Ausschuss für Soziales und "
    "Integration vorzustellen, bevor der Rat über die Fortschreibung des Konzepts entscheidet."
)


@SETTINGS
@given(st.integers(40, 90), st.data())
def test_sentence_over_a_page_break(width: int, data: st.DataObject) -> None:
    """A sentence cut at any of its line ends is one sentence of the view, its span true to the
    text with the furniture in it."""
    words, lines, line = SENTENCE.split(), [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    lines.append(line)
    head = BEFORE.rstrip("\n").split("\n") + [""]
    text = "\n".join(head + lines) + "\n"
    at = data.draw(st.integers(len(head) + 1, len(head) + len(lines) - 1), label="at")
    b = data.draw(page_breaks(DATED_PAPER), label="break")
    doc = _broken(text, at, b, DATED_PAPER)
    _furniture_gone(text, doc)
    v = view(doc)
    start, end = v.sentence_at(doc.text.index(words[0] + " " + words[1]))
    assert " ".join(v.layout.flat.text[v.layout.flat_offset(start) : v.layout.flat_offset(end)].split()) == SENTENCE
    assert doc.text[end - len("entscheidet.") : end] == "entscheidet."


# --- through the export tools --------------------------------------------------------------------


# --- through the export tools --------------------------------------------------------------------


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [
        (r.body, r.meeting_date)
        for r in viewed(extract, document(text, doc_id="x", source_path="x.txt"), load_resources())
    ]


def _without(text: str, furniture: set[str]) -> str:
    """An export with the lines of the drawn furniture and its form feeds cut out, as a reader
    would cut them by hand."""
    return "\n".join(ln for ln in text.replace("\f", "\n").split("\n") if ln.strip() not in furniture)


@pytest.mark.slow
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    blocks(families=("table",)).filter(lambda b: b.header != "absent"),
    st.sampled_from(PDF_FOOTS),
    st.sampled_from(PDF_HEADS),
    st.data(),
)
def test_table_over_a_pdf_page_break_through_every_export(
    block: Block, foot: str, head: str, data: st.DataObject
) -> None:
    """A Beratungsfolge table set over two PDF pages (page number or print date at the foot, running
    head at the top) reads from the PDF as drawn, and each export tool's text (pdftotext, -layout,
    pypdf, pdfminer.six: each sets the break in its own way) gives the consultations it gives with
    the furniture cut out by hand."""
    block = dataclasses.replace(block, sep="\t", wrap="", furniture=-1, header="own", marks=False, repeat_header=False)
    # a bare page number beside a TOP column of bare numbers: cutting "1" by hand would cut the
    # table's TOP cells too, so the hand-cut text is no reference there
    assume(not (foot == "{n}" and "top" in block.columns))
    text = block.text()
    lines = text.split("\n")
    table = block.table_text().strip("\n")
    assume(table in text)
    first = text[: text.index(table)].count("\n") + 1
    last = first + table.count("\n")
    assume(first < last)
    at = data.draw(st.integers(first + 1, last), label="at")
    data_pdf = pdf([lines[:at], lines[at:]], foot, head, BLOCK_PAPER)
    doc, _ = read_document(Path("x.pdf"), "x.pdf", Settings(ocr="never"), data=data_pdf)
    got = [(r.body, r.meeting_date) for r in extract(doc, load_resources(), view(doc))]
    assert got == [(e[0], e[1]) for e in block.expected()], doc.text
    drawn = {foot.format(n=n) for n in (1, 2)} | {BLOCK_PAPER.number_line, f"Drucksache {BLOCK_PAPER.number}"}
    for tool, export in EXPORTERS.items():
        exported = as_text(tool, export(data_pdf))
        assert _pairs(exported) == _pairs(_without(exported, drawn - {""})), f"{tool}:\n{exported}"
