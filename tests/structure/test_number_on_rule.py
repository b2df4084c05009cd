"""Page furniture: a page number in dashes that an export ran into the rule drawn under it
("- 1_____", its closing dash lost in the rule's first stroke) is furniture, as the number and the
rule are each on a line of their own; a dash before a word or a number inside a sentence is not."""

from __future__ import annotations

from pipeline.structure import view
from tests.helpers import document


def test_a_page_number_run_into_its_rule_is_furniture() -> None:
    line = "- 1" + "_" * 60
    text = f"C WOHNEN IN DEN GEMEINDEN\nWohnraum im ländlichen Raum.\n{line}\n{'_' * 12}\nD GESUNDHEIT\n"
    v = view(document(text))
    assert line in [v.lines[i].text for i in v.furniture]
    assert "Raum.\nD GESUNDHEIT" in v.layout.flat.text


def test_a_dash_before_a_number_in_a_line_of_text_is_no_furniture() -> None:
    text = "Die Kosten betragen\n- 1 Mio. Euro für den Bau\nund weitere Mittel.\n"
    v = view(document(text))
    assert not v.furniture
