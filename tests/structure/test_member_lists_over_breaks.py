"""A list of a steering group's members cut between two items by a page break of any form
(``tests/generators/page_breaks.py``: a page number or print date at the foot, a running head
repeating the paper's number line, number or title, or the next page's number; with or without a
form feed) reads the same members as the list without the break."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bench.export_matrix import EXPORTERS, as_text
from extractors import load_resources, steering
from pipeline.ingest.readers import read_document
from pipeline.records import SteeringGroup
from pipeline.settings import Settings
from pipeline.structure import view
from tests.generators import steering_far
from tests.generators.page_breaks import PDF_FOOTS, PDF_HEADS, Paper, page_breaks, pdf
from tests.helpers import document

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HEAD = "Drucksache 2023/0519\nFortschreibung des Teilhabeplans\n\n"
PAPER = Paper("Drucksache 2023/0519", "2023/0519", "Fortschreibung des Teilhabeplans")
RESOURCES = load_resources()


def _members(text: str) -> list[tuple[str, tuple[str, ...]]]:
    doc = document(text, doc_id="x", source_path="x.txt")
    groups = [g for g in steering.extract(doc, RESOURCES, view(doc)) if isinstance(g, SteeringGroup)]
    return sorted((g.group_name, tuple(sorted(m.member for m in g.members))) for g in groups)


def _marked(draw: st.DrawFn, names: list[str]) -> list[str]:
    """The members one per line behind a dash or a number (a mark every font of a PDF sets)."""
    if draw(st.booleans()):
        return [f"{k}. {n}" for k, n in enumerate(names, start=1)]
    mark = draw(st.sampled_from(["- ", "– "]))
    return [mark + n for n in names]


@st.composite
def member_lists(draw: st.DrawFn) -> tuple[list[str], int]:
    """A head, a group's set-up sentence, a lead-in and its members one per line; and the
    index of the member line a break may stand before."""
    g = draw(st.sampled_from(steering_far.GROUPS))
    items = steering_far._members(draw, 3, 6)
    lead = draw(st.sampled_from([f"{steering_far._cap(g.nom)} setzt sich wie folgt zusammen:", f"Mitglieder {g.gen}:"]))
    lines = [*HEAD.split("\n"), steering_far.intro(draw, g), "", lead, *_marked(draw, [o.name for o in items])]
    lines += ["", "Die Geschäftsführung liegt beim Sozialamt."]
    first = len(lines) - 2 - len(items)
    return lines, draw(st.integers(first + 1, first + len(items) - 1))


@SETTINGS
@given(member_lists(), st.data())
def test_member_list_over_a_page_break(drawn: tuple[list[str], int], data: st.DataObject) -> None:
    """The members of the list cut by a break (blank lines around its furniture or none) are those
    of the list without it."""
    lines, at = drawn
    b = data.draw(page_breaks(PAPER), label="break")
    plain = _members("\n".join(lines))
    assume(plain and all(members for _, members in plain))
    broken = b.text(lines, at, PAPER)
    assert _members(broken) == plain, broken


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(member_lists(), st.sampled_from(PDF_FOOTS), st.sampled_from(PDF_HEADS))
def test_member_list_over_a_pdf_page_break_through_every_export(
    drawn: tuple[list[str], int], foot: str, head: str
) -> None:
    """The list set over two PDF pages (page number or print date at the foot, running head at the
    top) gives the members of the list without the break, from the PDF and from each export
    tool's text (pdftotext, -layout, pypdf, pdfminer.six, and the HTML of pdftohtml and pdfminer.six)."""
    lines, at = drawn
    plain = _members("\n".join(lines))
    assume(plain and all(members for _, members in plain))
    data = pdf([lines[:at], lines[at:]], foot, head, PAPER)
    doc, _ = read_document(Path("x.pdf"), "x.pdf", Settings(ocr="never"), data=data)
    got = sorted(
        (g.group_name, tuple(sorted(m.member for m in g.members)))
        for g in steering.extract(doc, RESOURCES, view(doc))
        if isinstance(g, SteeringGroup)
    )
    assert got == plain, doc.text
    for tool, export in EXPORTERS.items():
        text = as_text(tool, export(data))
        assert _members(text) == plain, f"{tool}:\n{text}"
