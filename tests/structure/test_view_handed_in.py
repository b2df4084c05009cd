"""The structure view is built once per document by the extract stage and handed to every
extractor and to the review (``sv``, a required argument); none of them builds it again, and a
view that cannot be built costs each extractor and the review its own error, not the document."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any, NoReturn

import pytest

import extractors.costs
import extractors.metadata
import extractors.steering
import pipeline.extract.rows
from extractors import REGISTRY, load_resources
from extractors.base import required
from pipeline.document import Document
from pipeline.extract.review import review_document
from pipeline.ingest.readers import read_document
from pipeline.settings import Settings
from pipeline.structure import view
from tests.helpers import SEED_TEXTS, viewed


def read(path: Path) -> Document:
    return read_document(path, path.name, Settings(ocr="never", workers=1))[0]


@pytest.mark.parametrize("path", SEED_TEXTS[:3], ids=lambda p: p.stem)
def test_the_view_is_built_once_and_handed_on(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    doc = read(path)
    res = load_resources()
    # what each extractor and the review find, each with a view of its own
    alone: dict[str, list[Any]] = {}
    for name, extractor in REGISTRY:  # the date, read by the metadata family, handed on as the extract stage does
        meta = next(iter(alone.get("metadata", [])), None)
        alone[name] = list(extractor(doc, res, view(doc), **pipeline.extract.rows.handed(extractor, meta)))
    records = [r for found in alone.values() for r in found]
    review_alone = review_document(doc, records, view(doc))

    built: list[str] = []

    def counted(d: Document) -> Any:
        built.append(d.doc_id)
        return view(d)

    monkeypatch.setattr(pipeline.extract.rows, "view", counted)
    tables, errors, handed = pipeline.extract.rows.extract_document(doc)
    assert errors == []
    assert built == [doc.doc_id]
    # the same records and the same review
    assert [repr(r) for r in handed] == [repr(r) for r in records]
    assert [(i.reason, i.span.start, i.message) for i in review_alone] == [
        (r["reason"], r["char_start"], r["message"]) for r in tables["review"]
    ]


def test_a_view_that_fails_is_each_reader_s_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug in the view loses no document: every extractor and the review report it as their
    error (the stage goes on, the document row stays), as when each built the view itself."""
    doc = read(SEED_TEXTS[0])

    def broken(d: Document) -> NoReturn:
        raise ValueError("no view")

    monkeypatch.setattr(pipeline.extract.rows, "view", broken)
    tables, errors, records = pipeline.extract.rows.extract_document(doc)
    names = [name for name, _ in REGISTRY]
    assert [e["message"] for e in errors] == [
        *(f"{name}: ValueError: no view [broken]" for name in names),
        "review: ValueError: no view",
    ]
    assert records == [] and len(tables["documents"]) == 1 and "review" not in tables


def view_builders(path: Path) -> bool:
    """Whether a module imports the view's builder (``view``) of ``pipeline.structure``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return any(
        isinstance(node, ast.ImportFrom)
        and ("." * node.level + (node.module or "")) in ("pipeline.structure", "..structure", ".structure")
        and any(a.name == "view" for a in node.names)
        for node in ast.walk(tree)
    )


def test_only_the_extract_stage_builds_the_view() -> None:
    """No extractor and no part of the review builds the view: it is their argument."""
    builders = {m for m, p in extract_path_modules().items() if view_builders(p)}
    assert builders == {"pipeline.extract.rows"}


# The readers that cut the view's flat text (words joined at line ends, furniture left out) into
# lines: the view's lines are lines of the document text, so these cannot take them from it.
FLAT_TEXT_LINES = {
    "extractors.facilitators.pieces",
    "extractors.facilitators.contractors",
    "extractors.facilitators.process_plans",
    "extractors.facilitators.price_columns",
    "extractors.action_fields.text",
}
LINE_CUTTERS = {"lines", "split_lines", "line_index"}


def line_cutters(path: Path) -> set[str]:
    """The line cutters of ``pipeline.structure`` that a module imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = ("." * node.level) + (node.module or "")
            if base in ("pipeline.structure", "pipeline.structure.lines", "..structure", "..structure.lines"):
                found |= {a.name for a in node.names} & LINE_CUTTERS
    return found


def extract_path_modules() -> dict[str, Path]:
    root = Path(__file__).resolve().parents[2]
    paths = [*(root / "extractors").rglob("*.py"), *(root / "pipeline" / "extract").rglob("*.py")]
    return {".".join(p.relative_to(root).with_suffix("").parts).removesuffix(".__init__"): p for p in paths}


def test_the_extract_path_reads_lines_from_the_view() -> None:
    """No extractor and no part of the review cuts the document text into lines again: they read
    ``sv.lines`` / ``sv.lines_in`` (the readers of the flat text excepted)."""
    cutting = {m: line_cutters(p) for m, p in extract_path_modules().items()}
    assert {m for m, names in cutting.items() if names} - FLAT_TEXT_LINES == set()
    assert FLAT_TEXT_LINES <= set(cutting)  # the exceptions still exist (a stale list hides nothing)


@pytest.mark.parametrize(
    "source, found",
    [
        ("from pipeline.structure import GAP, View, lines\n", {"lines"}),
        ("from pipeline.structure.lines import Line, split_lines\n", {"split_lines"}),
        ("from ..structure import View, lines\n", {"lines"}),
        ("from pipeline.structure import Line, View\n", set()),
    ],
)
def test_line_cutters_are_found(tmp_path: Path, source: str, found: set[str]) -> None:
    path = tmp_path / "m.py"
    path.write_text(source, encoding="utf-8")
    assert line_cutters(path) == found


def test_every_input_an_extractor_requires_is_handed_in() -> None:
    """An extractor declares what it takes beside the view (``base.requires``); the extract stage
    offers each name, read from the extractors that ran before it (the date from the metadata)."""
    names = [n for n, _ in REGISTRY]
    for name, extractor in REGISTRY:
        for needed in required(extractor):
            assert needed in pipeline.extract.rows.STAGE_INPUTS, (name, needed)
            assert names.index("metadata") < names.index(name)
    assert required(extractors.costs.extract) == ("doc_date",)
    meta = next(r for r in viewed(extractors.metadata.extract, read(SEED_TEXTS[0]), load_resources()))
    handed = pipeline.extract.rows.handed(extractors.costs.extract, meta)
    assert handed == {"doc_date": pipeline.extract.rows.document_date(meta)}
    assert pipeline.extract.rows.handed(extractors.steering.extract, meta) == {}
