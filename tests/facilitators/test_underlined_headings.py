"""A section heading underlined with a rule of its own length ("Externe Begleitung" /
"------------------") heads its section even where an export dropped the blank line above it and
set it right under a table's last row; the sentence under it is read on its own, and a line break
after the verb or its article stands for a space ("… begleitet die" / "Planungsgruppe Elbtal GmbH").
A rule with gaps under a row of column heads is no underline (invented examples)."""

from __future__ import annotations

import pytest

from pipeline.structure.prose import segments
from tests.facilitators.test_facilitators import Case, run

TABLE = (
    "Dem Beirat gehören an:\nSitz Person\nOrtsrat Hallig Frau Greta Lorenzen\nBürgerverein Moorkamp Herr Piet Dammann\n"
)

CASES = [
    Case(
        "the heading right under the table's last row, the name after a line break",
        TABLE + "Externe Begleitung\n------------------\n"
        "Die Sitzungen des Beirats und zwei Foren begleitet die\nPlanungsgruppe Elbtal GmbH aus Pirna.",
        [(None, "Planungsgruppe Elbtal GmbH", None)],
    ),
    Case(
        "the heading set apart by a blank line, as before",
        TABLE + "\nExterne Begleitung\n------------------\n"
        "Die Sitzungen des Beirats und zwei Foren begleitet die Planungsgruppe Elbtal GmbH aus Pirna.",
        [(None, "Planungsgruppe Elbtal GmbH", None)],
    ),
    Case(
        "under a heading without a role, a sentence naming no one engaged",
        TABLE + "Weiteres Vorgehen\n-----------------\nDie Sitzungen des Beirats leitet die\nOrtsbürgermeisterin.",
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_underlined_headings(case: Case) -> None:
    assert run(case.text) == case.expected


def test_an_underline_ends_the_block_above() -> None:
    text = "Ortsrat Hallig Frau Greta Lorenzen\nExterne Begleitung\n------------------\nDer Text folgt."
    kinds = [(s.kind, text[s.start : s.end].split("\n")[0]) for s in segments(text)]
    assert ("heading", "Externe Begleitung") in kinds
    assert kinds[0] == ("para", "Ortsrat Hallig Frau Greta Lorenzen")


def test_a_gapped_rule_under_column_heads_is_no_underline() -> None:
    text = "Sitz Person\n---- ------\nOrtsrat Hallig Frau Greta Lorenzen\n"
    assert all(s.kind != "heading" for s in segments(text))
