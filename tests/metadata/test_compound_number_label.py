"""A number label compounded with the body the paper goes to ("Kreistagsdrucksache KT 2031/044",
"Gemeinderatsdrucksache 2031/118"), its value after a gap, beside its near miss. Every case is invented."""

from __future__ import annotations

import pytest

from tests.metadata.test_label_prefix_adjective_and_holder import NUMBER_PAPER
from tests.metadata.test_metadata import check


@pytest.mark.parametrize(
    "label, number",
    [("Kreistagsdrucksache", "KT 2031/044"), ("Gemeinderatsdrucksache", "2031/118")],
)
def test_a_compound_drucksache_label(label: str, number: str) -> None:
    check(NUMBER_PAPER.format(label=label, number=number), {"doc_number": number})


def test_a_compound_label_before_a_bare_count_gives_no_number() -> None:
    # a structured label: a bare count after it ("Kreistagsdrucksache 7") is no paper's number
    check(NUMBER_PAPER.format(label="Kreistagsdrucksache", number="7"), {"doc_number": None})
