"""Members in a table drawn with box glyphs, its cells parted by drawn upright lines::

    Sitz  │ entsendende Stelle          │ Mitglied             │ Vertretung
    ──────┼─────────────────────────────┼──────────────────────┼────────────
     1    │ Beigeordneter für Soziales  │ Dr. Marcus Hollender │ Anna Brüggemann

A drawn upright line parts two cells; it is never a part of a member's name, so a value holding one
is a row or a cell's edge read as a member and is no member. The table is read with the drawn lines
as the bars of a table ("|"; one glyph for another, so that the offsets hold), where that reading
names more members of a group than the reading of the glyphs as they stand.
"""

from __future__ import annotations

import dataclasses
import re

from pipeline.document import Span
from pipeline.lang.de.markers import DRAWN_BARS, DRAWN_JOINTS, DRAWN_LEFT, DRAWN_RULES
from pipeline.records import SteeringGroup

_AS_BARS = str.maketrans(dict.fromkeys(DRAWN_BARS, "|"))
# a box's rule across that a text layer broke over two lines: its left end and a stroke at least on the first
# line ("├──────"), the rest closing at the right edge on the next ("───┤"), no other sign on either
_RIGHT = "".join(c for c in DRAWN_JOINTS if c not in DRAWN_LEFT)
_BROKEN_RULE = re.compile(
    rf"^([ \t]*[{DRAWN_LEFT}][{DRAWN_RULES}{DRAWN_JOINTS}]*[{DRAWN_RULES}])\n"
    rf"(?=[{DRAWN_RULES}{DRAWN_JOINTS}]*[{_RIGHT}][ \t]*$)",
    re.M,
)


def rules_joined(text: str) -> str:
    """``text`` with each rule of a drawn box that a text layer broke over two lines one line again, the line
    break a stroke of the rule, the offsets kept.

    >>> rules_joined("├─────\\n──┤\\n│ A │")
    '├────────┤\\n│ A │'
    """
    return _BROKEN_RULE.sub(lambda m: m.group(1) + m.group(1)[-1], text)


def as_bars(text: str) -> str:
    """``text`` with its drawn upright lines as the bars of a table, the offsets kept.

    >>> as_bars("1 │ Rat │ Anna Lind")
    '1 | Rat | Anna Lind'
    """
    return text.translate(_AS_BARS)


def without_drawn(group: SteeringGroup) -> SteeringGroup:
    """The group without the members whose value holds a drawn upright line (a cell's edge read with it)."""
    kept = [m for m in group.members if not any(bar in m.member for bar in DRAWN_BARS)]
    return group if len(kept) == len(group.members) else dataclasses.replace(group, members=kept)


def barred_reading(group: SteeringGroup, other: SteeringGroup | None, text: str) -> SteeringGroup:
    """The group as the reading with drawn lines as bars reads it where that one names more members,
    its evidence quoted from ``text``; the group as read otherwise."""
    if other is None or len(other.members) <= len(group.members):
        return group
    members = [dataclasses.replace(m, span=_quoted(m.span, text)) for m in other.members]
    return dataclasses.replace(other, span=_quoted(other.span, text), members=members)


def _quoted(span: Span, text: str) -> Span:
    return dataclasses.replace(span, snippet=text[span.start : span.end])
