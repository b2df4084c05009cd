"""Records and the output contract: the columns a record yields are its table's columns
minus the ones the pipeline adds (pipeline/extract/rows.py ``records_to_rows``)."""

from __future__ import annotations

import dataclasses

import pytest

from pipeline.document import Span
from pipeline.records import ActionField, Consultation, Cost, Facilitator, Member, Record, SteeringGroup
from pipeline.schema import TABLES, columns

PROVENANCE = ["page", "char_start", "char_end", "snippet"]
ASSESSMENT = ["method", "confidence"]
# Per record class: the columns its table has that the record does not yield.
ADDED_BY_PIPELINE: dict[type[Record], list[str]] = {
    Consultation: ["doc_id", "seq", *PROVENANCE, *ASSESSMENT, "is_decision", "decision_inferred"],
    ActionField: ["doc_id", "seq", *PROVENANCE, *ASSESSMENT],
    Cost: ["doc_id", "seq", *PROVENANCE, *ASSESSMENT],
    Facilitator: ["doc_id", "seq", *PROVENANCE, *ASSESSMENT],
    SteeringGroup: ["doc_id", "group_id", *PROVENANCE, *ASSESSMENT],
    Member: ["doc_id", "group_id", "seq", *PROVENANCE, *ASSESSMENT],
}
SPAN = Span(0, 4, 1, "Rat ")


@pytest.mark.parametrize("cls", list(ADDED_BY_PIPELINE), ids=lambda c: c.__name__)
def test_record_yields_its_tables_columns(cls: type[Record]) -> None:
    yielded = cls(SPAN).values()
    expected = [c for c in columns(cls.table) if c not in ADDED_BY_PIPELINE[cls]]
    assert sorted(yielded) == sorted(expected)
    assert set(ADDED_BY_PIPELINE[cls]) <= set(columns(cls.table))


def test_every_fact_table_has_a_record_class() -> None:
    assert {cls.table for cls in ADDED_BY_PIPELINE} == set(TABLES) - {"documents", "review", "errors"}


@pytest.mark.parametrize(
    "record, expected",
    [
        (Consultation(SPAN, body="Rat", role="decision"), {"authoritative": True}),
        (Consultation(SPAN, body="Rat"), {"authoritative": None}),
        (Consultation(SPAN, body="Rat", role="preliminary"), {"authoritative": False}),
        (ActionField(SPAN, label="Sprache", categories=("sprache", "bildung")), {"categories": "sprache;bildung"}),
        (Cost(SPAN, amount_eur=2.5), {"currency": "EUR", "amount_eur": 2.5}),
        (SteeringGroup(SPAN, members=[Member(SPAN, member="Rat")]), {"group_name": ""}),
    ],
    ids=[
        "decision is authoritative",
        "no role, unknown",
        "preliminary is not",
        "categories joined",
        "currency",
        "members are no column",
    ],
)
def test_computed_columns(record: Record, expected: dict[str, object]) -> None:
    values = record.values()
    assert {k: values[k] for k in expected} == expected
    assert "members" not in values and "span" not in values and "method" not in values


def test_fields_marked_not_a_column() -> None:
    assert [f.name for f in dataclasses.fields(SteeringGroup) if f.metadata.get("column") is False] == ["members"]
