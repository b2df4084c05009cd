"""consultation_sides: a Beratungsfolge in the right one of two columns set side by side.

A council system's detail export sets the paper's labelled fields at the left and its Beratungsfolge at the
right, a bar down the gutter between them (:mod:`pipeline.structure.sides`). Read line by line, each line
runs the two columns into one ("Ausschuss für Sport, Federführend: Amt 52"); the right column is read as a
block of its own, the left blanked, and within the stretch its meetings stand for the whole lines' reading
where it finds any."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from extractors.misses import overlaps
from pipeline.document import Document
from pipeline.records import Consultation
from pipeline.structure import View

from .vocab import squash

Reader = Callable[[Document, View], list[Consultation]]


def right_column(doc: Document, sv: View, found: list[Consultation], read: Reader) -> list[Consultation]:
    """``found`` with the meetings ``read`` finds in the right column of each stretch of two columns in
    place of those found within the stretch; ``found`` itself where there is none or it reads none."""
    right, regions = sv.right_column(doc)
    if not regions:
        return found
    within = [r for r in read(dataclasses.replace(doc, text=right.text), right) if overlaps(*_extent(r), regions)]
    if not within:
        return found
    kept = [r for r in found if not overlaps(*_extent(r), regions)]
    seen = {(squash(r.body), r.meeting_date) for r in kept}
    return sorted(kept + [r for r in within if (squash(r.body), r.meeting_date) not in seen], key=_start)


def _extent(rec: Consultation) -> tuple[int, int]:
    return rec.span.start, rec.span.end


def _start(rec: Consultation) -> int:
    return rec.span.start
