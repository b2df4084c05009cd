"""A box drawn with box-drawing glyphs, its lines as a PDF or an export sets them.

A text draws a table as a box: rules across (``├──────┼──────┤``) between its rows and bars
(``│``) between its cells, every line of the box as wide as the box. Printed to a page narrower
than the box, or set by a tool that wraps long lines, a line of the box breaks in two: a rule's
rest on the next line (``├──────┼────`` / ``──────┤``), a row's last cell or its closing bar on a
line of its own (``│ 1 │ Rat │ 02.03.2027 │ empfohlen`` / ``│``, ``… │ Vorberatung │`` /
``empfohlen │``), sometimes after a blank line. The box says how wide its lines are: every whole
line has as many bars and joints as the box has column boundaries. A line with fewer of them
goes on in the next one where the two together hold no more than a whole line's, and the next
one does not open a line of its own at the box's left edge (unless it makes the line whole:
a closing bar alone).
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.lang.de import markers

from .lines import Line

_MARKS = frozenset(markers.DRAWN_BARS + markers.DRAWN_JOINTS)  # the boundaries a line of a box crosses
_BOX = frozenset(markers.DRAWN_BARS + markers.DRAWN_JOINTS + markers.DRAWN_RULES)
_RULED = frozenset(markers.DRAWN_JOINTS + markers.DRAWN_RULES)


def _marks(text: str) -> int:
    return sum(ch in _MARKS for ch in text)


def _in_box(text: str) -> bool:
    """Whether a line is a line of a drawn box: it opens with one of the box's glyphs."""
    head = text.lstrip()
    return bool(head) and head[0] in _BOX


def box_lines_joined(every: Sequence[Line], skip: frozenset[int]) -> tuple[Sequence[Line], frozenset[int]]:
    """The lines with the lines of a drawn box that a PDF or an export broke in two joined again
    (a line break, and blank lines between the pieces, read as a rule's glyphs between the pieces
    of a rule, else as spaces, so that the joined line keeps the offsets of the text); and ``skip``
    with the blank lines inside the box (a page break, an export's blank line after every line).

    >>> from pipeline.structure.lines import lines
    >>> text = "┌────┬──\\n\\n───┐\\n│ Rat │ Mai\\n│\\n├────┼──\\n───┤\\n\\n│ Amt │ Juni │\\n└────┴───┘"
    >>> joined, blank = box_lines_joined(lines(text), frozenset())
    >>> [ln.text for ln in joined], sorted(blank)
    (['┌────┬───────┐', '│ Rat │ Mai │', '├────┼──────┤', '', '│ Amt │ Juni │', '└────┴───┘'], [3])
    """
    if not any(_in_box(ln.text) for ln in every):
        return every, skip
    whole = _whole(every, skip)
    out: list[Line] = []
    moved: dict[int, int] = {}
    i = 0
    while i < len(every):
        line = every[i]
        moved[i] = len(out)
        i += 1
        width = whole.get(i - 1, 0)
        while width and i - 1 not in skip and 0 < _marks(line.text) < width:
            k = _next_filled(every, i, skip)
            if k is None or not _goes_on(line.text, every[k].text, width):
                break
            rest = every[k]
            fill = "─" if line.text.rstrip()[-1:] in _RULED and rest.text[:1] in _RULED else " "
            line = Line(line.start, rest.end, line.text + fill * (rest.start - line.end) + rest.text)
            for j in range(i, k + 1):
                moved[j] = len(out)
            i = k + 1
        out.append(line)
    inside = _blank_inside(out, frozenset(moved[j] for j in skip))
    return out, frozenset(moved[j] for j in skip) | inside


def _next_filled(every: Sequence[Line], i: int, skip: frozenset[int]) -> int | None:
    """The next line from ``i`` with text, over blank lines (two at most) and none of ``skip``."""
    for k in range(i, min(i + 3, len(every))):
        if k in skip:
            return None
        if every[k].text.strip():
            return k
    return None


def _goes_on(text: str, rest: str, width: int) -> bool:
    """Whether ``rest`` is the rest of the box's line ``text`` broke off (:func:`box_lines_joined`):
    it crosses a boundary, the two no more than a whole line's, and it opens no line of its own
    at the box's left edge, unless it is bars alone that make the line whole (empty cells and the closing bar)."""
    both = _marks(text) + _marks(rest)
    if not _marks(rest) or both > width:
        return False
    head = rest.strip()
    return head[0] not in markers.DRAWN_LEFT or (both == width and not head.strip(markers.DRAWN_BARS + " "))


def _whole(every: Sequence[Line], skip: frozenset[int]) -> dict[int, int]:
    """For each line of a drawn box, the marks of a whole line of its box: the most any line of the
    box holds (the box's lines, and the lines with its glyphs between them, follow one another;
    blank lines and page furniture between them do not end it)."""
    whole: dict[int, int] = {}
    run: list[int] = []
    for i, line in enumerate([*every, Line(0, 0, "end")]):
        if _in_box(line.text) or (run and _marks(line.text)):
            run.append(i)
        elif line.text.strip() and i not in skip:
            most = max((_marks(every[j].text) for j in run), default=0)
            whole.update(dict.fromkeys(run, most))
            run = []
    return whole


def _blank_inside(every: Sequence[Line], skip: frozenset[int]) -> frozenset[int]:
    """The blank lines between two lines of a drawn box (furniture stepped over)."""
    inside: set[int] = set()
    last = -1  # the last line with text: a box's line or not
    box = False
    for i, line in enumerate(every):
        if i in skip or not line.text.strip():
            continue
        here = _in_box(line.text)
        if box and here:
            inside.update(j for j in range(last + 1, i) if j not in skip and not every[j].text.strip())
        last, box = i, here
    return frozenset(inside)
