"""Words beside a group's members that read like members but name no body
(tests/generators/steering_distractors.py): a relative clause's time or the group's purpose,
seats and shares, a list of points or topics after a lead-in, a phrase whose head names no body,
the verb's object after the last member, the agent of a passive; and names whose "und" is their
own. Each passage gives exactly its members; one whose only candidates are such words gives none."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.generators.steering_distractors import FAMILIES, GENERATORS
from tests.steering.test_steering import groups_of


@pytest.mark.parametrize("family", FAMILIES)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_distractors_are_no_members(family: str, data: st.DataObject) -> None:
    text, expected = GENERATORS[family](data.draw)
    got = sorted(m.member for g in groups_of(text) for m in g.members)  # the sectors are tested elsewhere
    assert got == sorted(name for ms in expected.members.values() for name, _ in ms), text
