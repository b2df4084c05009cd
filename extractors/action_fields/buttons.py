"""Fields named only by the filter buttons of a web page's print view (a participation platform, a map of
offers): part of the ``list`` family.

    │ Ideen nach Handlungsfeld filtern:                                          │
    │ [ Alle (318) ]   [ Sprache & Bildung (84) ]   [ Arbeit & Ausbildung (57) ] │
    │ [ Wohnen & Nachbarschaft (71) ]   [ Gesundheit (23) ]                      │

The buttons are names in square brackets, maybe with a count in brackets after the name, two or more
a line and nothing else on it but the frame of a drawn box; their lines follow one another. The line
right over them (a blank line between allowed) names the field noun ("nach Handlungsfeld filtern:",
"Handlungsfelder:"). Every button names a field of the taxonomy but the first, which may reset the
filter ("Alle", "Alle Themen"); three fields at least. Buttons under a line of another matter
("Stadtteil:", "Sortieren:") name none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.lang.de import markers

from .text import Candidate, FieldText
from .topics import topic_name

_LEAST = 3
_BUTTON = re.compile(r"\[[ \t]*(?P<name>[^\[\]\n]*?)(?:[ \t]+\([ \t]*\d{1,6}[ \t]*\))?[ \t]*\]")
_FRAME = markers.escaped(markers.DRAWN_BARS + markers.ASCII_BARS)
_BETWEEN = re.compile(rf"[ \t{_FRAME}]*")


def _buttons(text: str) -> list[re.Match[str]] | None:
    """The buttons of a line of buttons alone (the frame of a box beside them), else None."""
    found = list(_BUTTON.finditer(text))
    if not found:
        return None
    edges = [0, *(x for m in found for x in (m.start(), m.end())), len(text)]
    if any(_BETWEEN.fullmatch(text, a, b) is None for a, b in zip(edges[::2], edges[1::2], strict=True)):
        return None
    return found


def filter_buttons(ft: FieldText) -> Iterator[Candidate]:
    """The fields of each run of lines of buttons under a line naming the field noun."""
    k = 0
    while k < len(ft.rows):
        if _buttons(ft.rows[k].text) is None:
            k += 1
            continue
        run: list[tuple[int, re.Match[str]]] = []
        first = k
        while k < len(ft.rows) and (found := _buttons(ft.rows[k].text)) is not None:
            run += [(k, m) for m in found]
            k += 1
        if len(run) >= _LEAST and _led(ft, first):
            yield from _fields(ft, run)


def _led(ft: FieldText, first: int) -> bool:
    """Whether the line right over the buttons (a blank one, or one of the frame alone, passed over) names
    the field noun."""
    for j in range(first - 1, max(-1, first - 3), -1):
        line = ft.rows[j]
        if not line.text.strip(" \t" + markers.DRAWN_BARS + markers.ASCII_BARS):
            continue
        return any(line.start <= m.start() < line.end for m in ft.nouns)
    return False


def _fields(ft: FieldText, run: list[tuple[int, re.Match[str]]]) -> list[Candidate]:
    out: list[Candidate] = []
    for n, (k, m) in enumerate(run):
        label = m.group("name").strip()
        if not topic_name(label, ft):
            if n == 0:
                continue  # the button that resets the filter
            return []
        start = ft.rows[k].start + m.start("name")
        out.append(Candidate(start, start + len(label), label, "list"))
    return out if len(out) >= _LEAST else []
