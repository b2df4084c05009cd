"""The view's prose layout: where a line starting with a number is a list item and where it is
the continuation of a sentence (pipeline/structure/prose.py)."""

from __future__ import annotations

import pytest
from helpers import document

from pipeline.structure import view


@pytest.mark.parametrize(
    "day, month, year", [("14", "März", "2023"), ("1", "Januar", "2024"), ("30", "September", "1999")]
)
def test_a_date_at_a_line_start_goes_on_with_the_sentence(day: str, month: str, year: str) -> None:
    text = f"Der Entwurf wird am\n{day}. {month} {year} im Ausschuss für Integration beraten. Danach mehr.\n"
    layout = view(document(text)).layout
    kinds = [layout.segs[u.seg].kind for u in layout.units]
    sentences = [" ".join(layout.text(u).split()) for u in layout.units]
    assert kinds == ["para", "para"]
    assert sentences[0] == f"Der Entwurf wird am {day}. {month} {year} im Ausschuss für Integration beraten."


def test_numbered_items_stay_items() -> None:
    text = "Die Ziele sind:\n1. Sprachkurse werden ausgebaut.\n2. Die Beratung im Quartier wird gestärkt.\n"
    layout = view(document(text)).layout
    assert [layout.segs[u.seg].kind for u in layout.units][-2:] == ["item", "item"]
