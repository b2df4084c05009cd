"""Fields as the marked entries in the cells of a drawn matrix: the ``table`` family's quadrants.

A figure under a caption naming the fields ("Abbildung 2: Handlungsfelder nach Dringlichkeit und
Spielraum") draws a grid of cells with vertical bars ("│") between them, an axis label maybe before the
first bar ("hoch │"), and sets the fields into its cells as entries opened by a bullet:

       │   SOFORT ANGEHEN             │   SPÄTER PRÜFEN
       │   ● Beratung und Ankommen    │   ● Mobilität auf dem
       │                              │     Land

A rule across the figure between the rows of cells ("├──────┼──────") closes the entries above it.
An entry's name too long for its cell goes on in the line under it in the same cell, set in under the
name. A cell's heading without a bullet (the quadrant's name, a work order) is none. Three entries at
least; a figure without a caption opened by the plural field noun (after a figure's label, an article or a
numeral only: "Maßnahmen in den Handlungsfeldern" is about measures), and entries that are sentences,
name none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.lang.de import markers

from .columned import pieced_name
from .text import Candidate, FieldText

_BARS = markers.DRAWN_BARS
_BULLETS = markers.BLACK_CIRCLE + markers.BULLET + markers.SMALL_SQUARE
_ENTRY = re.compile(rf"([ \t]*)[{_BULLETS}][ \t]+(?=\S)")
_CAPTION_REACH = 5  # lines between the caption and the figure's first barred line
_LEAST = 3
_MOST_WORDS = 8
Piece = tuple[int, int]  # flat offsets of a piece of an entry's name


def quadrant_entries(ft: FieldText) -> Iterator[Candidate]:
    """The entries of the drawn matrices under a caption naming the fields."""
    k = 0
    while k < len(ft.rows):
        if not _barred(ft, k) or not _captioned(ft, k):
            k += 1
            continue
        end = k
        while end < len(ft.rows) and _barred(ft, end):
            end += 1
        found = [c for pieces in _entries(ft, range(k, end)) if (c := _candidate(ft, pieces)) is not None]
        if len(found) >= _LEAST:
            yield from found
            return
        k = end


def _barred(ft: FieldText, k: int) -> bool:
    """Whether line ``k`` is one of a drawn figure's: a bar, or a rule across it ("├────┼────")."""
    text = ft.rows[k].text
    return any(b in text for b in _BARS + markers.DRAWN_JOINTS)


def _captioned(ft: FieldText, k: int) -> bool:
    """Whether a line in the few lines above line ``k`` is a caption naming the fields in the plural: the
    noun in a line that is no sentence."""
    for at in range(max(0, k - _CAPTION_REACH), k):
        line = ft.rows[at]
        if line.text.rstrip().endswith((".", ":")):
            continue
        if any(
            line.start <= m.start() < line.end and _opens(ft.text[line.start : m.start()]) for m in ft.strong_plurals()
        ):
            return True
    return False


# a figure's label before a caption: "Abbildung 2:", "Grafik 3 –"
_LABEL = re.compile(r"[ \t]*[A-ZÄÖÜ][a-zäöüß]+(?:[ \t]+\d{1,2})?[ \t]*[:.–-][ \t]*")
_OPENERS = frozenset({"die", "unsere", "alle"})


def _opens(before: str) -> bool:
    """Whether the noun opens the caption: before it a figure's label, an article or a numeral only ("Abbildung
    2: Handlungsfelder nach …", "Die sieben Handlungsfelder"), not a noun the caption is about ("Maßnahmen in
    den Handlungsfeldern")."""
    m = _LABEL.match(before)
    words = before[m.end() if m else 0 :].split()
    return len(words) <= 2 and all(w.casefold() in _OPENERS or w.islower() for w in words)


def _entries(ft: FieldText, rows: range) -> list[list[Piece]]:
    """The entries of the figure's cells, in the order their first lines stand: each line parted at its
    bars, a cell's piece after a bullet opening an entry of its column, a piece set in under an open
    entry's name going on with it, any other piece closing it."""
    done: list[list[Piece]] = []
    open_: dict[int, tuple[int, list[Piece]]] = {}  # column → (indent of the name, pieces)
    for k in rows:
        line = ft.rows[k]
        if not any(b in line.text for b in _BARS):
            open_.clear()  # a rule across the figure
            continue
        cuts = [-1] + [i for i, ch in enumerate(line.text) if ch in _BARS] + [len(line.text)]
        for col, (a, b) in enumerate(zip(cuts, cuts[1:], strict=False)):
            if col == 0:
                continue  # an axis label before the first bar
            cell = line.text[a + 1 : b]
            m = _ENTRY.match(cell)
            rest = cell.rstrip()
            if m is not None:
                piece = (line.start + a + 1 + m.end(), line.start + a + 1 + len(rest))
                open_[col] = (m.end(), [piece])
                done.append(open_[col][1])
            elif col in open_ and rest.strip() and len(cell) - len(cell.lstrip()) == open_[col][0]:
                lead = len(cell) - len(cell.lstrip())
                open_[col][1].append((line.start + a + 1 + lead, line.start + a + 1 + len(rest)))
            else:
                open_.pop(col, None)
    return done


def _candidate(ft: FieldText, pieces: list[Piece]) -> Candidate | None:
    label = pieced_name(ft, pieces, _MOST_WORDS)
    return Candidate(pieces[0][0], pieces[-1][1], label, "table") if label else None
