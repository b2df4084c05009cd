"""The made-up submissions the fork server reads before it forks the workers."""

from __future__ import annotations

from extractors.costs.misses import build_words
from extractors.resources import default_resources
from extractors.steering import _build_group_rules
from pipeline.document import Document
from pipeline.extract.rows import extract_file
from pipeline.run.warmup import PAGES, warm


def test_warm_builds_the_rules_asked_for_last():
    warm()
    built = default_resources()._compiled
    assert build_words in built and _build_group_rules in built


def test_the_made_up_submission_gives_rows():
    doc = Document.from_pages("f" * 16, "warmup.pdf", "0" * 64, [(p, "text_layer", None) for p in PAGES])
    [(_, tables, _, _)] = extract_file(doc)
    assert tables["consultations"] and tables["action_fields"]
