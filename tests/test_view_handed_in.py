"""The structure view is built once per document by the extract stage and handed to every
extractor and to the review (``sv``); none of them builds it again, and what they read from
the handed view is what they read from a view of their own."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NoReturn

import pytest
from helpers import SEED_TEXTS

import extractors.action_fields
import extractors.consultations
import extractors.costs
import extractors.facilitators
import extractors.metadata
import extractors.steering
import pipeline.extract.review
import pipeline.extract.rows
from extractors import REGISTRY, load_resources
from pipeline.document import Document
from pipeline.extract.review import review_document
from pipeline.ingest.readers import read_document
from pipeline.settings import Settings
from pipeline.structure import view

# every module of the extract path that may build a view for a caller that has none
BUILDERS = [
    extractors.action_fields,
    extractors.consultations,
    extractors.costs,
    extractors.facilitators,
    extractors.metadata,
    extractors.steering,
    pipeline.extract.review,
]


def read(path: Path) -> Document:
    return read_document(path, path.name, Settings(ocr="never", workers=1))[0]


@pytest.mark.parametrize("path", SEED_TEXTS[:3], ids=lambda p: p.stem)
def test_the_view_is_built_once_and_handed_on(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    doc = read(path)
    res = load_resources()
    # what each extractor and the review find when they build the view themselves
    alone = {name: list(extractor(doc, res)) for name, extractor in REGISTRY}
    records = [r for found in alone.values() for r in found]
    review_alone = review_document(doc, records)

    built: list[str] = []

    def counted(d: Document) -> Any:
        built.append(d.doc_id)
        return view(d)

    def refused(d: Document) -> NoReturn:
        raise AssertionError("a view was built again in the extract path")

    monkeypatch.setattr(pipeline.extract.rows, "view", counted)
    for module in BUILDERS:
        monkeypatch.setattr(module, "view", refused)
    tables, errors, handed = pipeline.extract.rows.extract_document(doc)
    assert errors == []
    assert built == [doc.doc_id]
    # the same records and the same review
    assert [repr(r) for r in handed] == [repr(r) for r in records]
    assert [(i.reason, i.span.start, i.message) for i in review_alone] == [
        (r["reason"], r["char_start"], r["message"]) for r in tables["review"]
    ]
