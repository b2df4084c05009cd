"""The table readers ask a line's header tests before anything else, and pass over a line that
none of them holds: the tables and the consultations they give are those of the long way, that
asks every reader of every line (the seeds, the unseen papers, every generated layout of a
Beratungsfolge and, where present, the shared corpora's papers)."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import load_resources
from extractors.consultations import tables as consultation_tables
from extractors.consultations.columns import lines_after, under_body_column
from extractors.consultations.cut_words import cut_gapped
from extractors.consultations.flat import inline_header, inline_title, wrapped_flat
from extractors.consultations.headers import column_words_only, header
from extractors.consultations.model import column_words
from extractors.consultations.unit_columns import unit_header, unit_named
from extractors.consultations.vocab import Vocab, vocab
from pipeline.document import Document
from pipeline.records import Consultation
from pipeline.structure import Line, View, view
from pipeline.structure.furniture import padding
from pipeline.structure.tables import under_year_heading
from tests.generators.exported_layouts import column_exports, exported
from tests.generators.layouts import am_blocks, blocks
from tests.helpers import ROOT, SHARED

TEXTS = [SHARED / "corpus" / name / "texts" for name in ("nordstemmen", "karlsruhe")]
table_module = importlib.import_module("pipeline.structure.tables")  # (the package names its function so)
OWN = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "unseen" / "docs").glob("*.txt"))


def long_way(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """``from_tables`` asking of every line whether a calendar's heading stands above it first."""
    every = sv.lines
    for i, line in enumerate(every):
        if i in sv.furniture:
            continue
        after = None
        head = v.title.match(line.text)
        if head is not None and (cut := consultation_tables._titled_cut(every, i, v)) is not None:
            yield from consultation_tables.block(doc, lines_after(every, i + 2, sv.furniture), v, cut)
            continue
        if under_year_heading(every, i, lambda t: column_words_only(t, v), sv.furniture):
            continue
        if head is not None and (wrapped := wrapped_flat(line, every[i + 1 :], head.end(), v)):
            line, after = wrapped[0], lines_after(every, i + 1 + wrapped[1], sv.furniture)
        elif header(line.text, v) is None and head is None:
            inline = inline_title(line.text, v) or inline_header(line.text, v)
            if inline is None and (cut := cut_gapped(every, i, v)) is not None:
                yield from consultation_tables.block(doc, lines_after(every, i + 2, sv.furniture), v, cut)
                continue
            if inline is None and (unit := unit_header(line.text, v)) is not None:
                found = consultation_tables.block(doc, lines_after(every, i + 1, sv.furniture), v, unit)
                yield from unit_named(found, unit, v)
                continue
            if inline is None:
                yield from under_body_column(doc, every, i, v, sv.furniture) or []
                continue
            line, after = inline
            line = Line(every[i].start + line.start, every[i].start + line.end, line.text)
        yield from consultation_tables._from_line(
            doc, line, lines_after(every, i + 1, sv.furniture) if after is None else after, v
        )


def same_both_ways(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    res = load_resources()
    v, words = vocab(res), column_words(res)
    doc = Document.from_pages("x", "x.txt", "x", [(page, "plain_text", None) for page in text.split("\f")])
    sv = view(doc)
    skip = sv.furniture | padding(sv.lines, sv.furniture)
    gated = table_module.tables(sv.lines, words, skip)
    with monkeypatch.context() as m:
        m.setattr(table_module, "_may_open", lambda text, words: True)
        assert table_module.tables(sv.lines, words, skip) == gated
    assert list(consultation_tables.from_tables(doc, v, sv)) == list(long_way(doc, v, sv))


def test_own_papers_read_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    assert OWN
    for path in OWN:
        same_both_ways(path.read_text(encoding="utf-8"), monkeypatch)


LAYOUTS = st.one_of(
    blocks().map(lambda b: b.text()),
    am_blocks().map(lambda b: b.text()),
    exported().map(lambda e: e.text()),
    column_exports().map(lambda e: e.text()),
)


@settings(max_examples=150, deadline=None)
@given(LAYOUTS, st.sampled_from(["", "Datum: 12.03.2031\nBetreff: Ein Bericht\n\n"]))
def test_generated_layouts_read_the_same(text: str, lead: str) -> None:
    with pytest.MonkeyPatch.context() as m:
        same_both_ways(lead + text, m)


def test_a_line_without_a_header_test_opens_no_table() -> None:
    words = column_words(load_resources())
    assert not table_module._may_open("Die Verwaltung legt den Bericht im Frühjahr vor.", words)
    assert not table_module._may_open("Kulturausschuss  04.11.2031  Vorberatung", words)
    assert table_module._may_open("Gremium  Sitzung  Zuständigkeit", words)
    assert table_module._may_open("Ausschuss / Termin", words)


@pytest.mark.skipif(not all(t.is_dir() for t in TEXTS), reason="needs ../shared")
def test_real_papers_read_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    paths: list[Path] = sorted(p for t in TEXTS for p in t.glob("*.txt"))[::8]
    for path in paths:
        same_both_ways(path.read_text(encoding="utf-8"), monkeypatch)
