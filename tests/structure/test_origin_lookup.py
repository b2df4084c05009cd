"""A document offset is found in the flat text among the runs of its origin map, as a bisection
over every character's offset finds it: on the held-out submissions (words broken at line ends
joined, page furniture left out) and on runs drawn at random, in order or not."""

from __future__ import annotations

import bisect
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from pipeline.structure import view
from pipeline.structure.prose import Origin
from tests.helpers import document

UNSEEN = Path(__file__).resolve().parents[1] / "unseen" / "docs"


def test_flat_offsets_of_the_held_out_submissions() -> None:
    papers = sorted(UNSEEN.glob("*.txt"))[::7]
    assert papers
    for path in papers:
        text = path.read_text(encoding="utf-8")
        layout = view(document(text)).layout
        origin = layout.flat.origin
        assert isinstance(origin, Origin)
        every = list(origin)
        for offset in range(-1, len(text) + 2, 3):
            assert layout.flat_offset(offset) == bisect.bisect_left(every, offset), (path.name, offset)


@st.composite
def runs(draw: st.DrawFn) -> list[tuple[int, int, int]]:
    """Runs (flat start, document start, length) of a flat text, with gaps in the document
    between them and, at times, a run that steps back."""
    out, flat, doc = [], 0, draw(st.integers(0, 5))
    for _ in range(draw(st.integers(0, 8))):
        n = draw(st.integers(0, 6))
        out.append((flat, doc, n))
        flat += n
        doc += n + draw(st.integers(-3, 4))
        doc = max(doc, 0)
    return out


@given(runs(), st.integers(-2, 60))
def test_first_from_is_the_bisection(r: list[tuple[int, int, int]], offset: int) -> None:
    origin = Origin(r)
    assert origin.first_from(offset) == bisect.bisect_left(list(origin), offset)
