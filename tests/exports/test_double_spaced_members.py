"""The members of a steering group read from the held-out submissions rendered as PDFs and read back
through pdfminer.six, which sets a blank line after every text box of a line or two, so after every
row of a members' table and every line of a list: they are the members the text itself names."""

from __future__ import annotations

import pytest

from bench.export_matrix import UNSEEN, exported, rendered
from tests.steering.test_steering import groups_of

pytestmark = pytest.mark.slow

# submissions whose members stand in a table or list the export sets a row, or a line, to a box
STEMS = ["a66_mannheim", "a70_falkensee"]


def _members(text: str) -> list[list[str]]:
    return [[m.member for m in g.members] for g in groups_of(text)]


@pytest.mark.parametrize("stem", STEMS)
def test_members_read_through_a_box_a_line_export_are_the_texts(stem: str) -> None:
    source = UNSEEN / "docs" / f"{stem}.txt"
    (pdf,) = rendered([source], "plain")
    members = _members(source.read_text(encoding="utf-8"))
    assert members and members[0]
    assert _members(exported(pdf, "pdfminer")) == members
