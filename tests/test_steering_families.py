"""Steering members by layout and sector family: the members tables of tests/test_steering.py
with their cells set apart by gaps as in a PDF's text layer, and generated member names of
every sector family (a migrant association by its origin, an advisory council of a town, an
authority of a district, the municipality's own office, an educational house)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import load_resources
from extractors.sectors import classify
from steering_pool import sector_name
from test_steering import TABLES, Case, test_steering_cases

GAPS = [("gap4", "    "), ("gap2", "  ")]


@pytest.mark.parametrize("case,sep", [(c, s) for c in TABLES for _, s in GAPS],
                         ids=[f"{c.id}-{n}" for c in TABLES for n, _ in GAPS])
def test_members_tables_with_gaps(case: Case, sep: str) -> None:
    """The same tables, their cells set apart by spaces: the same members, chair and end."""
    test_steering_cases(Case(case.id, case.text.replace("\t", sep), case.names, case.members, case.chair,
                             case.size, case.seats))


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_generated_member_names_get_their_sector(data: st.DataObject) -> None:
    name, sector = sector_name(data.draw)
    assert classify(name, load_resources()) == sector, name
