"""rule_id: the id of the resource entry that produced a value, as spaCy's ``Span.id_``.

On the seed texts every rule_id that is set names an entry of the YAML file its table reads
(a cost's cue of ``costs.yaml`` ``entries``, an action field's taxonomy code, a consultation's
body type of ``bodies.yaml`` ``body_types``, ...); it never becomes a column.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from extractors import load_resources
from pipeline.extract.rows import extract_document, records_to_rows
from pipeline.ingest.readers import read_document
from pipeline.records import (
    ActionField,
    Consultation,
    Cost,
    Facilitator,
    Field,
    Metadata,
    Record,
    SteeringGroup,
    column_fields,
)
from pipeline.run.jobs import relative_source
from pipeline.settings import Settings
from tests.helpers import SEED_TEXTS


@dataclass(frozen=True)
class Case:
    id: str
    kind: type[Record]
    file: str  # the resource file
    key: str  # the list of entries in it


CASES = [
    Case("costs", Cost, "costs", "entries"),
    Case("action_fields", ActionField, "taxonomy", "entries"),
    Case("consultations", Consultation, "bodies", "body_types"),
    Case("facilitators", Facilitator, "facilitators", "entries"),
    Case("steering_groups", SteeringGroup, "steering", "entries"),
]


def entry_ids(file: str, key: str) -> set[str]:
    return {str(e["id"]) for e in load_resources()[file][key]}


@pytest.fixture(scope="module")
def seeds() -> list[tuple[Path, list[Record]]]:
    out = []
    for path in SEED_TEXTS:
        doc, _ = read_document(path, relative_source(path), Settings())
        _, errors, records = extract_document(doc)
        assert not errors, errors
        out.append((path, records))
    return out


def test_seeds_are_there() -> None:
    assert len(SEED_TEXTS) == 5


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule_ids_name_entries_of_their_file(case: Case, seeds: list[tuple[Path, list[Record]]]) -> None:
    known = entry_ids(case.file, case.key)
    found = [
        (path.name, r.rule_id) for path, records in seeds for r in records if isinstance(r, case.kind) and r.rule_id
    ]
    assert all(rule in known for _, rule in found), [f for f in found if f[1] not in known]


def test_doc_type_rule_ids_name_doc_types(seeds: list[tuple[Path, list[Record]]]) -> None:
    known = entry_ids("metadata", "doc_types")
    fields: list[Field] = [
        f for _, records in seeds for r in records if isinstance(r, Metadata) for f in r.fields.values() if f.rule_id
    ]
    assert fields and {f.name for f in fields} == {"doc_type"}
    assert all(f.rule_id in known for f in fields)


@pytest.mark.parametrize("kind", [Cost, ActionField], ids=["costs", "action_fields"])
def test_costs_and_action_fields_set_it(kind: type[Record], seeds: list[tuple[Path, list[Record]]]) -> None:
    rules = [r.rule_id for _, records in seeds for r in records if isinstance(r, kind)]
    assert rules and sum(1 for rule in rules if rule) >= len(rules) // 2


def test_rule_id_of_values_follows_the_value(seeds: list[tuple[Path, list[Record]]]) -> None:
    """The entry is the one that gave the value: a cost's type, an action field's first code,
    a consultation's body type."""
    for _, records in seeds:
        for r in records:
            if isinstance(r, Cost) and r.rule_id:
                assert r.rule_id == r.cost_type
            elif isinstance(r, ActionField):
                assert r.rule_id == ("" if r.categories == ("other",) else r.categories[0])
            elif isinstance(r, Consultation):
                assert bool(r.rule_id) == (r.body_type != "other")


@pytest.mark.parametrize(
    "kind", [Cost, ActionField, Consultation, Facilitator, SteeringGroup], ids=lambda k: k.__name__
)
def test_rule_id_is_no_column(kind: type[Record]) -> None:
    assert "rule_id" not in column_fields(kind) and "method" not in column_fields(kind)


def test_rows_are_the_same_with_or_without_rule_ids(seeds: list[tuple[Path, list[Record]]]) -> None:
    from dataclasses import replace

    path, records = seeds[0]
    doc, _ = read_document(path, relative_source(path), Settings())
    plain = [r if isinstance(r, Metadata) else replace(r, rule_id="") for r in records]
    assert records_to_rows(doc, records) == records_to_rows(doc, plain)
