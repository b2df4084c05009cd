"""Every Beratungsfolge family the text generators draw, as a ruled table in a PDF, read from the
text of every export tool (``tests/generators/ruled_families.py``).

A small fixed sample per family is rendered as a ruled table, exported with pdftotext (default
order and ``-layout``), pypdf and pdfminer.six (``bench/export_matrix.py``), and each export's text
is read as plain-text input is read: its consultations (body, date, role) are the family's
expectation. An export known to lose a family today is a strict xfail of that family and tool, so
a reader that recovers it shows up as an unexpected pass. Renderings and exports are cached in a
temporary folder of the run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.export_matrix import EXPORTS, export_path, exported
from extractors import load_resources
from extractors.consultations import extract
from pipeline.ingest.readers import read_document
from pipeline.settings import Settings
from pipeline.structure import view
from tests.generators.ruled_families import Fact, families, ruled_pdf

FAMILIES = families()
# (family, tool) an export is known to lose today (some row, body or role of the sample), with why
KNOWN: dict[tuple[str, str], str] = {
    ("cut_role_tables", "pdftotext"): "a name over lines beside a role cut over two lines: cells out of row order, a "
    "name cut, roles lost",
    ("column_orders", "pdfminer"): "a numbered row's role on the line under its name and date, the header wrapped "
    "over two lines: the role not given to the first row",
    ("cells_over_lines", "pdftotext"): "the second row's name set apart from its date's line by the first row's "
    "wrapped result, or by its own role cell under it: the row lost",
    ("meeting_names", "pdftotext"): "the first row on one line, the second row's cells one per line with its role "
    "before the meeting's name and date: the second row not paired",
    ("meeting_names", "pdfminer"): "the first row on one line, the second row's cells one per line with its role "
    "after the meeting's name and date: the second row not paired",
}


def case(family: str, tool: str, known: dict[tuple[str, str], str] = KNOWN) -> object:
    """The test case of a family and a tool: a strict xfail where ``known`` names its loss."""
    marks = [pytest.mark.xfail(strict=True, reason=known[family, tool])] if (family, tool) in known else []
    return pytest.param(family, tool, id=f"{family}-{tool}", marks=marks)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("ruled")
    out = {}
    for tables in FAMILIES.values():
        for table in tables:
            out[table.name] = folder / f"{table.name}.pdf"
            out[table.name].write_bytes(ruled_pdf(table))
    return out


def facts(path: Path, data: bytes) -> list[Fact]:
    """The consultations of an input as the pipeline reads it (a ``.txt`` as plain text, form feeds as pages)."""
    doc, _ = read_document(path, path.name, Settings(ocr="never"), data=data)
    return [(r.body, r.meeting_date or "", r.role) for r in extract(doc, load_resources(), view(doc))]


def _read(pdf: Path, tool: str, cache: Path) -> list[Fact]:
    """The consultations read from the PDF itself (``pdf``) or from ``tool``'s export of it."""
    if tool == "pdf":
        return facts(pdf, pdf.read_bytes())
    return facts(export_path(pdf, tool), exported(pdf, tool, cache).encode("utf-8"))


@pytest.mark.parametrize(("family", "tool"), [case(f, t) for f in FAMILIES for t in ("pdf", *EXPORTS)])
def test_family_through_export(pdfs: dict[str, Path], family: str, tool: str) -> None:
    """Every table of the family's sample gives its consultations (body, date, role) from the PDF
    itself and from every export."""
    cache = pdfs[FAMILIES[family][0].name].parent / "cache"
    lost = []
    for table in FAMILIES[family]:
        got = _read(pdfs[table.name], tool, cache)
        if got != table.expected:
            text = "" if tool == "pdf" else exported(pdfs[table.name], tool, cache)
            lost.append(f"{table.name}\n{table.sketch()}\nwant {table.expected}\ngot  {got}\n{text}")
    assert not lost, "\n\n".join(lost)


def test_the_known_losses_name_real_cases() -> None:
    """Every known loss names a family of the sample and a tool (a renamed family leaves no stale entry)."""
    assert all(family in FAMILIES and tool in ("pdf", *EXPORTS) for family, tool in KNOWN)


def test_every_family_states_its_facts() -> None:
    """Each sampled table has rows, one expectation per row, and a header cell over every column
    (or no header row)."""
    for tables in FAMILIES.values():
        for table in tables:
            assert table.rows and len(table.expected) == len(table.rows), table.name
            assert all(len(row) == len(table.head or table.rows[0]) for row in table.rows), table.name
