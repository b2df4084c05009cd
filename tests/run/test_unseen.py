"""Held-out layouts: submissions written in layouts the sample does not show (tests/unseen/).

The pipeline runs over them and is scored with the gold rules, as on the sample; each field
must stay at or above the floor the project sets for submissions from councils it has not seen
(F1 0.9 for the Beratungsfolge and the metadata, 0.85 for the prose fields).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.analysis.evaluate import Evaluation, evaluate
from pipeline.run.runner import run
from pipeline.settings import Settings

UNSEEN = Path(__file__).resolve().parents[1] / "unseen"
FLOORS = {
    "documents": 0.9,
    "consultations": 0.9,
    "action_fields": 0.85,
    "action_field_categories": 0.85,
    "costs": 0.9,
    "steering_groups": 0.85,
    "steering_members": 0.85,
    "facilitators": 0.85,
}


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> Evaluation:
    out = tmp_path_factory.mktemp("unseen-out")
    run(sorted((UNSEEN / "docs").glob("*.txt")), out, Settings(workers=1), use_cache=False, progress=False)
    return evaluate(out, UNSEEN / "gold")


def test_every_document_is_scored(scored: Evaluation) -> None:
    assert scored.missing == []
    assert len(scored.per_document) == len(list((UNSEEN / "gold").glob("*.json")))


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_field_reaches_its_floor(scored: Evaluation, field: str) -> None:
    score = scored.totals[field]
    assert score.f1 >= FLOORS[field], f"{field}: TP {score.tp} FP {score.fp} FN {score.fn}"


def test_confidences_are_calibrated(scored: Evaluation) -> None:
    assert scored.calibration.ece() <= 0.1
