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
_MIN_STROKES = 40  # glyphs of a rule's first part at least, where a text layer broke it at the line's end
# a box's or a table's rule across that a text layer broke over two lines: its first part a long run of strokes and
# joints ending in a stroke ("├──────", "───┼────"), the rest on the next line opening with a stroke ("───┤")
_BROKEN_RULE = re.compile(
    rf"^([ \t]*[{DRAWN_LEFT}{DRAWN_RULES}][{DRAWN_RULES}{DRAWN_JOINTS}]{{{_MIN_STROKES - 2},}}[{DRAWN_RULES}])\n"
    rf"(?=[{DRAWN_RULES}][{DRAWN_RULES}{DRAWN_JOINTS}]*[ \t]*$)",
    re.M,
)
# a table's rule crossing its bars ("──────┼──────┼────")
_CROSSED_RULE = re.compile(rf"[ \t]*[{DRAWN_RULES}][{DRAWN_RULES}{DRAWN_JOINTS}]*[┼╋╬╪╫][{DRAWN_RULES}{DRAWN_JOINTS}]*")


def rules_joined(text: str) -> str:
    """``text`` with each rule of a drawn box or table that a text layer broke over two lines one line again, the
    break a stroke of the rule; and a blank line it set between a line of a table's cells and the rule crossing
    their bars under it left out, its break a stroke of that rule; the offsets kept.

    >>> rules_joined("├" + "─" * 45 + "\\n──┤\\n│ A │").count("\\n")
    1
    >>> rules_joined("A │ B │ C\\n\\n───┼───┼───")
    'A │ B │ C\\n────┼───┼───'
    """
    text = _BROKEN_RULE.sub(lambda m: m.group(1) + m.group(1)[-1], text)
    if "\n\n" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        if 0 < k < len(lines) - 1 and not lines[k] and _barred(lines[k - 1]) and _CROSSED_RULE.fullmatch(lines[k + 1]):
            out.append(lines[k + 1].lstrip()[0] + lines[k + 1])  # the blank line's break a stroke of the rule
            k += 2
            continue
        out.append(lines[k])
        k += 1
    return "\n".join(out)


def _barred(line: str) -> bool:
    """Whether a line holds a table's cells apart by drawn bars, two of them at least."""
    return sum(line.count(c) for c in DRAWN_BARS) >= 2


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
