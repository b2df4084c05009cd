"""What the PDF renderings of held-out submissions keep that their texts have: a heading at the top
of a page, a glyph of a font that maps it to no character, a place and date run into an address.

Each submission is rendered as ``scripts/make_fixtures.py`` renders its 'plain' fixture (a
proportional serif that has no tick and no circled digit, the gaps between a header's columns
closed up) and read by the real ingest (pypdfium2 text layer, no OCR).
"""

from __future__ import annotations

import json
import re
from functools import cache

import pytest

from extractors import load_resources, metadata
from extractors.action_fields import extract as action_fields
from extractors.base import find_sections
from pipeline.analysis.evaluate import similar
from pipeline.document import Document
from pipeline.extract.relevance import about_the_field
from pipeline.ingest.readers import read_document
from pipeline.lang.de import markers
from pipeline.settings import Settings
from pipeline.structure import view
from tests.helpers import ROOT

pytest.importorskip("pyphen")  # reportlab hyphenates only with it

UNSEEN = ROOT / "tests" / "unseen"


@cache
def plain(stem: str) -> Document:
    from bench.export_matrix import rendered

    (pdf,) = rendered([UNSEEN / "docs" / f"{stem}.txt"], "plain")
    doc, _ = read_document(pdf, str(pdf), Settings(ocr="never", workers=1))
    return doc


def gold(stem: str) -> dict:
    return json.loads((UNSEEN / "gold" / f"{stem}.json").read_text(encoding="utf-8"))


def test_a_heading_at_the_top_of_a_page_ends_the_decision_proposal() -> None:
    # "… zu beantragen." ends page 1; "Begründung:" opens page 2 right after the form feed
    doc = plain("b31_eisenach")
    sections = find_sections(doc, load_resources())
    proposal = next(s for s in sections if s.id == "decision_proposal")
    after = next(s for s in sections if s.head_start == proposal.end)
    assert after.id == "reasoning" and doc.text[after.head_start - 1] == "\f"
    meta = next(metadata.extract(doc, load_resources(), view(doc)))
    fields = {k: meta.fields[k].value for k in ("subject", "decision_proposal")}
    # the negative's own statement ("Die Strategie ist kein Integrationskonzept") stays in its reasoning
    assert "Integrationskonzept" not in fields["decision_proposal"]
    assert not about_the_field(doc.text, fields)


def test_unmapped_marks_keep_their_place() -> None:
    # "✔ Sprache von Anfang an" in a font without the tick: the mark opens the line as the
    # replacement character, and the five lines read as the list of the five fields
    doc = plain("b32_ahlen")
    text = (UNSEEN / "docs" / "b32_ahlen.txt").read_text(encoding="utf-8")
    items = re.findall(r"(?m)^[ \t]*✔[ \t]+(.+?)[ \t]*$", text)
    assert len(items) == 5
    for item in items:
        assert re.search(r"(?m)^" + re.escape(markers.UNMAPPED) + r" " + re.escape(item) + "$", doc.text), item
    res = load_resources()
    got = [f.label for f in action_fields(doc, res, view(doc))]
    assert got == [f["label"] for f in gold("b32_ahlen")["action_fields"]]


def test_unmapped_marks_in_a_row_or_a_cell_are_spaces() -> None:
    # circled digits in a row ("…: ① Sprache … ② Schule … ③ Wohnen …") and ticks in a table's cells
    # ("Gesundheit   ✓   –   –"): no reader could tell them apart, and none mistakes a space; a mark
    # alone at a line's start ("③ Amt 40 Schule, Wirtschaftsförderung") keeps its place
    a22 = plain("a22_ruesselsheim").text
    assert markers.UNMAPPED not in plain("a03_ludwigshafen").text
    assert markers.UNMAPPED not in next(ln for ln in a22.splitlines() if "Handlungsfeldern:" in ln)
    lines = [ln for ln in re.split(r"[\n\f]", a22) if markers.UNMAPPED in ln]
    assert lines and all(ln.startswith(markers.UNMAPPED + " ") and ln.count(markers.UNMAPPED) == 1 for ln in lines)


def test_a_place_and_date_run_into_an_address() -> None:
    # "Erzberger Allee 14, 36433 Bad Salzungen Bad Salzungen, 19.04.2027": the gap between the
    # address and the date's column closed up; the address's own comma comes first
    doc = plain("b35_wartburgkreis")
    meta = next(metadata.extract(doc, load_resources(), view(doc)))
    want = gold("b35_wartburgkreis")["document"]
    assert meta.fields["doc_date"].value == want["doc_date"]
    assert similar(want["municipality"], meta.fields["municipality"].value, 0.85) > 0
