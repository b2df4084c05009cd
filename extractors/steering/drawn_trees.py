"""Members drawn as an organisation chart: a box over a tree of branches drawn like a directory listing::

              ┌──────────────────────────────────────┐
              │      Steuerungsgruppe Integration    │
              │  Leitung: Beigeordnete Dr. A         │
              └──────────────────┬───────────────────┘
                                 │
    ┌────────────────────────────┘
    ├── Kreisverwaltung
    │   ├── Ramona Nowka, SG Integration (Geschäftsführung)
    │   └── Jens Pötschke, Jugendamt
    └── Partner
        └── Jobcenter X: Dirk Mattke

The branches at the first depth name the parts of the group (each its leaves' label, telling the sector), the
leaves under them the members, read as a list's entries. The box above the tree (its lines opening with a
box-drawing character, or a connector alone) names the group and its chair, read by the chair's rules.
"""

from __future__ import annotations

import re

from extractors.resources import Resources

from .items import list_item
from .rules import Chair, MemberRow

# a branch: the bars of the depths above it, its joint and the rule, the branch's words
_BRANCH = re.compile(r"(?P<bars>[ \t│]*)(?P<joint>[├└])[─━]+[ \t]*(?P<words>[^\s─━┬┴┼┐┘│┤├└┌].*?)[ \t]*$")
# a line of the box or of the connectors between it and the tree: opening with a drawing character
_DRAWN = re.compile(r"[ \t]*[┌┐└┘│─┬┴┼├┤╔╗╚╝║═]")
_BOX_LINES = 12  # lines of the box and its connectors at most
MIN_LEAVES = 2


def drawn_tree(rows: list[MemberRow], text: str, start: int, res: Resources) -> tuple[int, Chair | None] | None:
    """The members of the tree drawn right after ``start`` (the lead-in's end, maybe a box between), added to
    ``rows``: where the tree ends and its chair (a leaf marked so); None where no tree of two leaves at
    least under its branches follows."""
    lines = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]*", text[start:]) if m.start() < m.end()]
    pos = 0
    while pos < len(lines) and not lines[pos][2].strip():
        pos += 1
    box = 0
    while pos < len(lines) and _BRANCH.fullmatch(lines[pos][2]) is None and _DRAWN.match(lines[pos][2]):
        pos, box = pos + 1, box + 1
    if box > _BOX_LINES:
        return None
    branches: list[tuple[int, int, int]] = []  # depth (the joint's column), start, end of the words
    end = start
    last: set[int] = set()  # the depths whose last branch ("└──") was drawn
    for a, b, line in lines[pos:]:
        m = _BRANCH.fullmatch(line)
        if m is None:
            if line.strip() and set(line.strip()) <= set("│ \t"):  # bars alone between branches
                continue
            break
        depth = len(m["bars"])
        if depth in last and not m["bars"].strip():
            # a branch at the depth of the last one drawn, no bar before it: the blanks of a deeper branch
            # under that last one lost, as a PDF's text sets the tree flush left ("└── Partner" / "├── X: A")
            depth += 1
        elif m["joint"] == "└":
            last.add(depth)
        branches.append((depth, start + a + m.start("words"), start + a + m.end("words")))
        end = start + b
    top = min((d for d, _, _ in branches), default=0)
    if sum(d > top for d, _, _ in branches) < MIN_LEAVES:
        return None
    label: str | None = None
    chair: Chair | None = None
    leaves: list[MemberRow] = []
    for depth, a, b in branches:
        if depth == top:
            label = " ".join(text[a:b].split())
            continue
        chair = list_item(leaves, text, a, b, label, res) or chair
    rows[:] = [r for r in rows if not start <= r.start < end] + leaves  # the chart's lines read as prose before
    return end, chair
