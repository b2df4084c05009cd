"""Every failure the README's table names has its exception class, and becomes its row one way."""

from __future__ import annotations

import re

import pytest

from pipeline import errors
from pipeline.errors import VorlagenError, error_row
from tests.helpers import ROOT


def readme_error_types() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## When a document fails", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `([a-z_]+)` \|", section, flags=re.M)


def error_classes() -> dict[str, type[VorlagenError]]:
    return {
        cls.error_type: cls
        for cls in vars(errors).values()
        if isinstance(cls, type) and issubclass(cls, VorlagenError) and cls is not VorlagenError
    }


def test_readme_lists_failures() -> None:
    assert len(readme_error_types()) >= 15


@pytest.mark.parametrize("error_type", readme_error_types())
def test_every_readme_error_type_has_a_class(error_type: str) -> None:
    cls = error_classes()[error_type]
    row = error_row(cls("what happened"), "a.pdf", "0123456789abcdef")
    assert row == {
        "source_path": "a.pdf",
        "doc_id": "0123456789abcdef",
        "stage": cls.stage,
        "error_type": error_type,
        "message": "what happened",
    }


@pytest.mark.parametrize(
    "exc, stage, expected",
    [
        (ValueError("bad"), None, {"stage": "ingest", "error_type": "internal_error", "message": "bad"}),
        (KeyError(), "extract", {"stage": "extract", "error_type": "internal_error", "message": "KeyError"}),
        (
            errors.ExtractorFailed("costs: ValueError: x [parse]"),
            None,
            {"stage": "extract", "error_type": "extractor_failed", "message": "costs: ValueError: x [parse]"},
        ),
        (
            errors.PageTooLarge("too large"),
            None,
            {"stage": "ocr", "error_type": "page_too_large", "message": "too large"},
        ),
    ],
    ids=["foreign exception", "stage given, empty message", "extractor", "ocr stage"],
)
def test_error_row(exc: BaseException, stage: str | None, expected: dict[str, str]) -> None:
    row = error_row(exc, "x.txt", None, stage)
    assert {k: row[k] for k in expected} == expected and row["source_path"] == "x.txt" and row["doc_id"] is None
