"""Real council PDFs that are no integration submissions: no steering group, no member.

Minutes list attendees, invitations list the board's members, statements are signed; none of
that is a steering group. The PDFs are read from ``../shared/corpus/{munich,erlangen}`` (text
layer only, no OCR); the test skips when a folder is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import load_resources, steering
from pipeline.ingest import read_document
from pipeline.records import SteeringGroup
from pipeline.settings import Settings

from conftest import SHARED

CORPORA = [SHARED / "corpus" / name for name in ("munich", "erlangen")]
PDFS = [p for folder in CORPORA for p in sorted(folder.glob("*.pdf"))]


@pytest.mark.skipif(not PDFS, reason="negative corpora absent")
@pytest.mark.parametrize("path", PDFS, ids=[p.name for p in PDFS])
def test_no_steering_group_in_other_documents(path: Path) -> None:
    doc, _ = read_document(path, str(path), Settings(ocr="never", workers=1))
    found = [g for g in steering.extract(doc, load_resources()) if isinstance(g, SteeringGroup)]
    assert [(g.group_name, [m.member for m in g.members]) for g in found] == []
