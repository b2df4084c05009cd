"""Two stamps side by side: the text of a scanned circulation copy whose stamps of the sittings stand two a row, so
that each line runs a line of the left stamp and one of the right into one, a gap between them ("Vorgelegt dem:
Ausschuss für Gesund-      Vorgelegt dem: Kreisausschuss" / "heit, Soziales und Integration      Sitzung am: …").
Where a body's label of the blocks opens a cell after a gap, and a block's label stands at the same column on
another line of the stretch (the lines between blank ones), and no word runs across that column, the stretch is
cut there; each side is read as a run of blocks of its own (:func:`.forms.from_blocks`), the other side blanked, so
offsets stay those of the text. A stamp of receipt beside them ("EINGANG" over its date) has no labels: no meeting."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable

from pipeline.document import Document
from pipeline.records import Consultation
from pipeline.structure import View

from .vocab import Vocab, squash

Reader = Callable[[Document, Vocab, View], Iterable[Consultation]]

MIN_LABELS = 2  # the lines of a stretch with a block's label at the column it is cut at


def from_stamp_sides(doc: Document, v: Vocab, sv: View, read: Reader) -> list[Consultation]:
    """The blocks ``read`` finds on either side of the stretches of two stamps side by side, each meeting once, in
    the order of the text; none where the text sets no stamps so."""
    found: list[Consultation] = []
    seen: set[tuple[str, str | None]] = set()
    for side in _sides(doc.text, v):
        part = dataclasses.replace(doc, text=side)
        for rec in read(part, v, sv.blanked(part)):
            if (squash(rec.body), rec.meeting_date) not in seen:
                seen.add((squash(rec.body), rec.meeting_date))
                span = dataclasses.replace(rec.span, snippet=doc.text[rec.span.start : rec.span.end])
                found.append(dataclasses.replace(rec, span=span))
    return sorted(found, key=lambda r: r.span.start)


_GAP = re.compile(r"(?<=\S)[ ]{2,}")  # a gap after a word: where a cell of the line's right side may open


def _at(patterns: list[re.Pattern[str]], line: str, col: int) -> bool:
    """Whether one of the block label patterns matches the line at a column."""
    return any(p.match(line, col) for p in patterns)


def _sides(text: str, v: Vocab) -> list[str]:
    """The text with the right side of each stretch of two stamps blanked, and with the left side blanked; none
    where it has no such stretch."""
    body = [p for kind, p in v.block_labels if kind == "body"]
    every = [p for _, p in v.block_labels]
    lines = text.split("\n")
    cuts: dict[int, int] = {}
    for i, line in enumerate(lines):
        col = next((m.end() for m in _GAP.finditer(line) if _at(body, line, m.end())), None) if i not in cuts else None
        if col is None:
            continue
        a, b = i, i
        while a > 0 and lines[a - 1].strip():
            a -= 1
        while b + 1 < len(lines) and lines[b + 1].strip():
            b += 1
        stretch = range(a, b + 1)
        if sum(1 for k in stretch if _at(every, lines[k], col)) < MIN_LABELS:
            continue
        if any(len(lines[k]) > col and lines[k][col - 1] != " " for k in stretch):
            continue  # a word runs across the column: no two stamps
        cuts.update(dict.fromkeys(stretch, col))
    if not cuts:
        return []
    left = [ln[: cuts[k]] + " " * max(0, len(ln) - cuts[k]) if k in cuts else ln for k, ln in enumerate(lines)]
    right = [" " * min(cuts[k], len(ln)) + ln[cuts[k] :] if k in cuts else ln for k, ln in enumerate(lines)]
    return ["\n".join(left), "\n".join(right)]
