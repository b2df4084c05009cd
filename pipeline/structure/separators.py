"""Cells parted by a glyph: a table whose gaps a PDF's text layer closed to single spaces, a
glyph between its cells the only bound left ("05.05.2026 ▸ Kreistag ▸ Beschluss ▸ öffentlich").

A glyph of :data:`~pipeline.lang.de.markers.CELL_SEPARATORS` standing between words, spaces on
both sides, as often on each of two lines or more near each other (the header and the rows, or the
rows alone), twice a line at least, parts cells as a bar does: :func:`glyph_bars` sets a bar in its
place on those lines, one glyph for another, so that offsets hold. A glyph once on a line (a
letterhead's "Dezernat II · Abteilung 51"), at a line's start (a bullet) or on one line alone is none.
"""

from __future__ import annotations

import re

from pipeline.lang.de import markers

_MIN_SEPARATORS = 2  # a line of three cells at least
_MAX_APART = 3  # the lines a row's wrapped cells, an arrow or a blank may set between two rows
_SPACED = {g: re.compile(rf"(?<=\S )({re.escape(g)})(?= \S)") for g in markers.CELL_SEPARATORS}


def glyph_bars(text: str) -> str:
    """``text`` with the glyphs that part a table's cells set as bars.

    >>> glyph_bars("Weg (Datum ▸ Gremium ▸ Art):\\n\\n05.05.2026 ▸ Kreistag ▸ Beschluss\\n▸ Punkt")
    'Weg (Datum | Gremium | Art):\\n\\n05.05.2026 | Kreistag | Beschluss\\n▸ Punkt'
    >>> glyph_bars("Dezernat II · Abteilung 51\\nTel. · Fax")
    'Dezernat II · Abteilung 51\\nTel. · Fax'
    """
    if not any(g in text for g in markers.CELL_SEPARATORS):
        return text
    rows = text.split("\n")
    out = list(rows)
    for glyph, spaced in _SPACED.items():
        if glyph not in text:
            continue
        counts = [len(spaced.findall(row)) for row in rows]
        for i, n in enumerate(counts):
            if n >= _MIN_SEPARATORS and _repeated(counts, i):
                out[i] = spaced.sub("|", out[i])
    return "\n".join(out)


def _repeated(counts: list[int], i: int) -> bool:
    """Whether a line near line ``i`` holds the glyph as often as it."""
    near = range(max(0, i - _MAX_APART - 1), min(len(counts), i + _MAX_APART + 2))
    return any(j != i and counts[j] == counts[i] for j in near)
