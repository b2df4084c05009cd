"""The facilitator and steering families the text generators draw, set as prose in a PDF, read from
the text of every export tool (``tests/generators/facilitator_families.py``,
``tests/generators/steering_far.py``).

A small fixed sample per family (hypothesis derandomized, ``bench.corpus.examples``) is set line by
line on A4 pages (a form feed starts a page, tab-separated cells stand in columns), exported with
pdftotext (default order and ``-layout``), pypdf and pdfminer.six (``bench/export_matrix.py``), and
each export's text is read as plain-text input is read. Its facts (the facilitators: name,
organisation, fee; the steering groups: name, members with sectors, size) must equal those the
pipeline reads from the PDF itself. An export known to lose a family today is a strict xfail of that
family and tool, so a reader that recovers it shows up as an unexpected pass. Renderings and exports
are cached in a temporary folder of the run.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from hypothesis import strategies as st

from bench.corpus import examples
from bench.export_matrix import EXPORTS, export_path, exported
from extractors import facilitators, load_resources, steering
from pipeline.ingest.readers import read_document
from pipeline.lang.de import markers
from pipeline.records import Facilitator, SteeringGroup
from pipeline.settings import Settings
from pipeline.structure import view
from tests.generators import steering_far
from tests.generators.facilitator_families import engaged, not_engaged
from tests.generators.ruled_families import FONT, _register

pytestmark = pytest.mark.slow

DRAWS = 6  # passages per family
SIZE = 9.0
LEAD = 11.5
WIDTH = 105  # characters of a line set at most; a longer one is wrapped (the PDF is the reference)


def _steering(family: str) -> Any:
    return st.composite(lambda draw: steering_far.GENERATORS[family](draw)[0])()


def _facilitators(strategy: Any) -> Any:
    return strategy.map(lambda d: d.text)


SAMPLES: dict[str, Callable[[], list[str]]] = {
    "facilitators_engaged": lambda: examples(_facilitators(engaged()), DRAWS),
    "facilitators_not_engaged": lambda: examples(_facilitators(not_engaged()), DRAWS),
    **{f"steering_{f}": partial(lambda f: examples(_steering(f), DRAWS), f) for f in steering_far.FAMILIES},
}

# (family, tool) an export is known to lose today (some fact of the sample), with why
_SEATS = (
    "the seat table column by column (the names, then the seats under their header): the total row's number "
    "stands apart from its word, and the group's size is lost"
)
_HYPHEN = (
    "pdftotext joins a member hyphenated across the page break with the page number under it ('Integrationsb-' / "
    "'- 2 -' comes out as 'Integrationsb-2-'): the cut word and the page's number are one token"
)
_HEADING = (
    "without the blank line before the next section's heading ('Weitere Schritte') and its items, the heading "
    "joins the last member and its items are read as members"
)
KNOWN: dict[tuple[str, str], str] = {
    ("steering_seat_table", "pdftotext"): _SEATS,
    ("steering_seat_table", "pypdf"): _SEATS,
    ("steering_seat_table", "pdfminer"): _SEATS,
    ("steering_page_break", "pdftotext"): _HYPHEN,
    ("steering_nested", "pdftotext"): _HEADING,
}


def prose_pdf(text: str) -> bytes:
    """The passage on A4 pages, each line where it stands (a form feed starts a page), tab-separated
    cells in columns, a line too long for the page wrapped, a private-use bullet set as "•"."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _register()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    # a word processor's private-use bullet is drawn with a symbol font's bullet glyph
    text = text.translate({ord(ch): markers.BULLET for ch in markers.PRIVATE})
    for page in text.split("\f"):
        c.setFont(FONT, SIZE)
        y = A4[1] - 60
        for raw in page.split("\n"):
            for line in textwrap.wrap(raw, WIDTH, break_on_hyphens=False) if len(raw) > WIDTH else [raw]:
                for x, cell in zip((60, 240, 360, 460), line.split("\t"), strict=False):
                    c.drawString(x, y, cell)
                y -= LEAD
                if y < 60:
                    c.showPage()
                    c.setFont(FONT, SIZE)
                    y = A4[1] - 60
        c.showPage()
    c.save()
    return buf.getvalue()


Facts = list[tuple[Any, ...]]


def facts(path: Path, data: bytes) -> Facts:
    """The facilitators and steering groups of an input as the pipeline reads it."""
    doc, _ = read_document(path, path.name, Settings(ocr="never"), data=data)
    res, sv = load_resources(), view(doc)
    out: Facts = []
    for f in facilitators.extract(doc, res, sv):
        if isinstance(f, Facilitator):
            out.append(("facilitator", f.name, f.organisation, f.amount_eur))
    for g in steering.extract(doc, res, sv):
        if isinstance(g, SteeringGroup):
            members = tuple(sorted((m.member, m.sector) for m in g.members))
            out.append(("group", g.group_name, members, g.size))
    return sorted(out, key=repr)


def _case(family: str, tool: str) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=KNOWN[family, tool])] if (family, tool) in KNOWN else []
    return pytest.param(family, tool, id=f"{family}-{tool}", marks=marks)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[Path, Facts]]]:
    """Every family's sample as PDFs, each with the facts read from the PDF itself."""
    folder = tmp_path_factory.mktemp("prose")
    out: dict[str, list[tuple[Path, Facts]]] = {}
    for family, sample in SAMPLES.items():
        out[family] = []
        for k, text in enumerate(sample()):
            pdf = folder / f"{family}{k}.pdf"
            pdf.write_bytes(prose_pdf(text))
            out[family].append((pdf, facts(pdf, pdf.read_bytes())))
    return out


@pytest.mark.parametrize(("family", "tool"), [_case(f, t) for f in SAMPLES for t in EXPORTS])
def test_family_through_export(rendered: dict[str, list[tuple[Path, Facts]]], family: str, tool: str) -> None:
    """Every passage of the family's sample gives the PDF's facilitators and steering groups from
    every export of it."""
    lost = []
    for pdf, want in rendered[family]:
        text = exported(pdf, tool, pdf.parent / "cache")
        got = facts(export_path(pdf, tool), text.encode("utf-8"))
        if got != want:
            lost.append(f"{pdf.name}\nwant {want}\ngot  {got}\n{text}")
    assert not lost, "\n\n".join(lost)


def test_the_pdf_gives_facts(rendered: dict[str, list[tuple[Path, Facts]]]) -> None:
    """The positive families' PDFs name someone: the comparison is not of empty readings alone."""
    for family in ("facilitators_engaged", *(f"steering_{f}" for f in steering_far.FAMILIES)):
        assert any(want for _, want in rendered[family]), family


def test_the_known_losses_name_real_cases() -> None:
    """Every known loss names a family of the sample and a tool."""
    assert all(family in SAMPLES and tool in EXPORTS for family, tool in KNOWN)
