"""Fields as the boxes of a drawn diagram: the ``list`` family's boxes around a hub.

A diagram draws each field in a box of its own ("╭────────╮" / "│ Sprache lernen │" / "╰───┬───╯"),
the boxes set apart on the page and joined by lines to a box in their middle that holds the
concept's name. A box is a top edge (a corner, a rule, a corner), the lines under it that hold a
side at both its edge's columns, and a bottom edge between corners there; its name is the text
between its sides, wrapped over its lines. The hub is the box the most lines meet (joints on its
edges: "┤", "├", "┬", "┴"), more than any other box and at least three; the fields are the other
boxes, in reading order (top to bottom, left to right). At least three boxes, each a name.

Where an export closed the gaps between the boxes to single spaces, their columns no longer line
up; the boxes are then told by their order on each line (:func:`_ordered_boxes`): a top edge opens
a box where it stands among the boxes open on its line, a bottom edge closes the one there, and a
line's texts between sides ("│ Kita, Schule und │ │ │ Wohnen in │") go to the open boxes one each,
left to right. A line whose texts and bottom edges are not as many as the boxes open tells
nothing certain: then no box is read. A hub is needed there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label
from pipeline.lang.de import markers

from .text import Candidate, FieldText, is_sentence
from .tiles import titled
from .vocab import is_structure

_TOPS = "╭┌┏╔"
_BOTTOMS = "╰└┗╚"
_ENDS_TOP = "╮┐┓╗"
_JOINTS = "┬┴┤├┼"
_SIDES = markers.DRAWN_BARS + "┤├"
_TOP_EDGE = re.compile("[" + _TOPS + "][" + markers.DRAWN_RULES + _JOINTS + "]+[" + _ENDS_TOP + "]")
_INNER_LINES = re.compile("[" + markers.DRAWN_BARS + markers.DRAWN_RULES + markers.DRAWN_JOINTS + "]")
_BOTTOM_EDGE = re.compile("[" + _BOTTOMS + "][" + markers.DRAWN_RULES + _JOINTS + "]+[╯┘┛╝]")
_LINE_GLYPHS = _SIDES + markers.DRAWN_RULES + markers.DRAWN_JOINTS + _TOPS + _BOTTOMS + "╮╯"
# a text between two sides: "│ Sprache lernen und │", "┤ BUNTE STADT ├"
_SIDED_TEXT = re.compile(f"(?<=[{_SIDES}])[^{_LINE_GLYPHS}]*[^\\W\\d_][^{_LINE_GLYPHS}]*(?=[{_SIDES}])")
_TOKEN = re.compile(f"(?P<top>{_TOP_EDGE.pattern})|(?P<bottom>{_BOTTOM_EDGE.pattern})|(?P<text>{_SIDED_TEXT.pattern})")
_MOST_LINES = 40  # lines of a diagram
_MOST_WORDS = 8
_LEAST_JOINTS = 3


class Box:
    def __init__(self, top: int, left: int, right: int) -> None:
        self.top, self.left, self.right = top, left, right
        self.parts: list[tuple[int, int]] = []
        self.joints = 0


def _char(ft: FieldText, k: int, col: int) -> str:
    text = ft.rows[k].text
    return text[col] if 0 <= col < len(text) else ""


def _box(ft: FieldText, k: int, left: int, right: int, last: int) -> Box | None:
    """The box whose top edge spans columns ``left`` … ``right`` of line ``k``; None when no
    bottom edge closes it by line ``last``."""
    box = Box(k, left, right)
    box.joints = sum(ch in _JOINTS for ch in ft.rows[k].text[left : right + 1])
    for j in range(k + 1, last):
        first = _char(ft, j, left)
        if first in _BOTTOMS:
            box.joints += sum(ch in _JOINTS for ch in ft.rows[j].text[left : right + 1])
            return box if box.parts else None
        if first not in _SIDES or _char(ft, j, right) not in _SIDES:
            return None
        box.joints += (first in "┤├") + (_char(ft, j, right) in "┤├")
        inner = ft.rows[j].text[left + 1 : right]
        if _INNER_LINES.search(inner):
            return None  # bars or rules inside: a grid of cells, no box of its own
        if inner.strip():
            lead = len(inner) - len(inner.lstrip())
            start = ft.rows[j].start + left + 1 + lead
            box.parts.append((start, start + len(inner.strip())))
    return None


def box_at(ft: FieldText, k: int, left: int, right: int, last: int) -> Box | None:
    """The box whose top edge spans columns ``left`` … ``right`` of line ``k``, closed by line ``last``: its
    lines' texts in ``parts``; None where it is no box of its own."""
    return _box(ft, k, left, right, last)


def top_edges(ft: FieldText, first: int, last: int) -> Iterator[tuple[int, int, int]]:
    """The top edges of boxes on lines ``first`` … ``last`` - 1: the line and the columns of the two corners."""
    for k in range(first, last):
        for edge in _TOP_EDGE.finditer(ft.rows[k].text):
            yield k, edge.start(), edge.end() - 1


def _block_end(ft: FieldText, first: int) -> int:
    k = first
    while k < len(ft.rows) and k < first + _MOST_LINES and not ft.blank(k):
        k += 1
    return k


def diagram_boxes(ft: FieldText, first: int) -> list[Candidate] | None:
    """The fields drawn as the boxes of a diagram from line ``first`` (see the module); None when
    line ``first`` opens no box or the boxes are a grid's cells."""
    if first >= len(ft.rows) or not _TOP_EDGE.search(ft.rows[first].text):
        return None
    last = _block_end(ft, first)
    boxes = []
    for k in range(first, last):
        for edge in _TOP_EDGE.finditer(ft.rows[k].text):
            box = _box(ft, k, edge.start(), edge.end() - 1, last)
            if box is None:
                # no box of its own (a grid's cells, an empty frame): read as a drawn table, unless
                # the boxes stand in order around a hub, their columns closed up
                ordered = _ordered_boxes(ft, first)
                if ordered is None:
                    return None
                return _named(ft, ordered)
            boxes.append(box)
    return _named(ft, boxes)


def _named(ft: FieldText, boxes: list[Box]) -> list[Candidate]:
    """The fields of a diagram's boxes: the boxes but its hub, each a name, three at least."""
    joints = sorted((b.joints for b in boxes), reverse=True)
    if len(joints) > 1 and joints[0] >= _LEAST_JOINTS and joints[0] > joints[1]:
        boxes = [b for b in boxes if b.joints < joints[0]]  # the hub holds the concept's name
    found = []
    for box in sorted(boxes, key=lambda b: (b.top, b.left)):
        box.parts = titled(ft, box.parts)  # a name in capitals over its description
        label = clean_label(" ".join(ft.text[a:b] for a, b in box.parts))
        if (
            not label[:1].isupper()
            or len(label.split()) > _MOST_WORDS
            or is_sentence(label, ft.vocab)
            or is_structure(label, ft.vocab)
        ):
            return []
        found.append(Candidate(box.parts[0][0], box.parts[-1][1], label, "list"))
    return found if len(found) >= _LEAST_JOINTS else []


def _ordered_boxes(ft: FieldText, first: int) -> list[Box] | None:
    """The boxes from line ``first`` told by their order on each line around a hub (see the module);
    None where they are not all told or no hub stands out."""
    done = ordered_boxes(ft, first)
    joints = sorted((b.joints for b in done or []), reverse=True)
    if done is None or len(joints) < 2 or joints[0] < _LEAST_JOINTS or joints[0] == joints[1]:
        return None
    return done


def _fan(ft: FieldText, k: int, tokens: list[re.Match[str]]) -> bool:
    """Whether line ``k`` is one top edge only, over a line of two top edges or more and nothing else: a
    connector fanning out to the boxes under it ("┌─────┼─────┐" over "┌──┴──┐ ┌──┴──┐"), no box."""
    below = ft.next_filled(k + 1, 2)
    if len(tokens) != 1 or tokens[0].lastgroup != "top" or below is None:
        return False
    under = list(_TOKEN.finditer(ft.rows[below].text))
    return len(under) > 1 and all(t.lastgroup == "top" for t in under)


def _paired(line_text: str, count: int) -> list[tuple[int, int]] | None:
    """The spans between a line's sides taken two by two where the line is only sides and texts, as many pairs
    as ``count`` boxes are open: an export that closed the gaps leaves an empty box line ("│ │ │ kräfte │")
    told from a gap only by the sides' order. None where the sides are not twice the boxes."""
    if not count or any(ch in line_text for ch in _TOPS + _BOTTOMS):
        return None
    sides = [i for i, ch in enumerate(line_text) if ch in _SIDES]
    if len(sides) != 2 * count or line_text[: sides[0]].strip("\f \t") or line_text[sides[-1] + 1 :].strip():
        return None
    return [(sides[2 * i] + 1, sides[2 * i + 1]) for i in range(count)]


def _texts(ft: FieldText, k: int, count: int, paired: bool) -> list[re.Match[str] | tuple[int, int]] | None:
    """The tokens of line ``k`` (tops, bottoms, texts), or, where ``paired``, its spans two by two where its texts
    are not as many as the ``count`` boxes open; None where neither tells the boxes."""
    tokens: list[re.Match[str] | tuple[int, int]] = list(_TOKEN.finditer(ft.rows[k].text))
    texts = sum(1 for t in tokens if isinstance(t, re.Match) and t.lastgroup != "top")
    if not any(isinstance(t, re.Match) and t.lastgroup == "text" for t in tokens) or texts == count:
        return tokens
    pairs = _paired(ft.rows[k].text, count) if paired else None
    return list(pairs) if pairs is not None else None


def ordered_boxes(ft: FieldText, first: int, paired: bool = False) -> list[Box] | None:
    """The boxes from line ``first`` told by their order on each line (see the module), up to a
    blank line with no box open and no drawn line after it (an export may set blank lines between
    all lines); None where a line's texts do not match the boxes open or a box stays open. Where ``paired``
    (a chart whose boxes a key validates), a line of sides only, twice as many as the boxes open, gives each box
    the span between its two (:func:`_paired`), a box's empty line beside a filled one told by the sides' order,
    and a connector fanning out to the boxes under it is no box (:func:`_fan`)."""
    done: list[Box] = []
    open_: list[Box] = []
    for k in range(first, min(len(ft.rows), first + _MOST_LINES)):
        line = ft.rows[k]
        if ft.blank(k):
            below = ft.next_filled(k, 3)
            if below is None or not open_ and not _INNER_LINES.search(ft.rows[below].text):
                break
            continue
        tokens = _texts(ft, k, len(open_), paired)
        if tokens is None:
            return None
        if paired and _fan(ft, k, [t for t in tokens if isinstance(t, re.Match)]):
            continue
        at, now = 0, []
        for t in tokens:
            if isinstance(t, re.Match) and t.lastgroup == "top":
                box = Box(k, t.start(), t.end())
                box.joints = sum(ch in _JOINTS for ch in t.group())
                now.append(box)
                continue
            if at >= len(open_):
                return None
            box = open_[at]
            at += 1
            if isinstance(t, re.Match) and t.lastgroup == "bottom":
                box.joints += sum(ch in _JOINTS for ch in t.group())
                done.append(box)
                continue
            a, b = (t.start(), t.end()) if isinstance(t, re.Match) else t
            box.joints += (line.text[a - 1] in "┤├") + (line.text[b] in "┤├")
            inner = line.text[a:b]
            if inner.strip():
                lead = len(inner) - len(inner.lstrip())
                box.parts.append((line.start + a + lead, line.start + a + lead + len(inner.strip())))
            now.append(box)
        now += open_[at:]
        open_ = now
    if open_ or any(not b.parts for b in done):
        return None
    return done
