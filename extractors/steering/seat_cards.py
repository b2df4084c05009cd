"""Members as the name cards of a seating plan under a caption naming the group, each card a drawn box
(or a cell of a row of boxes) with a person's name over their office or body::

    Anlage 3 – Sitzordnung der Koordinierungsgruppe Integration

            ┌──────────────────────┬──────────────────────┐
            │ Dr. Anna Beispiel    │ Jonas Weber          │
            │ Dezernentin II       │ Landrat (Vorsitz)    │
            └──────────────────────┴──────────────────────┘
      ┌──────────────────────┐              ┌──────────────────────┐
      │ Eva Berg             │              │ Ole Brandt           │
      │ Kreistag, SPD        │              │ Caritasverband Nord  │
      ├──────────────────────┤              ├──────────────────────┤
      │ Lea Lind             │              │ G  PHK Kai Roth      │
      │ Jobcenter Nord       │              │    Polizeirevier     │
      └──────────────────────┘              └──────────────────────┘
      G = Gast

The boxes stand in bands between the lines of their rules (tops, joints, bottoms); in each band, the k-th
cell between bars of every line is one card (a gap between two boxes blank), its first line the name, the
lines under it its label (the sector; "(Vorsitz)" in it makes the person the chair). A card whose first line
is no person's name alone (a legend's letter before it: a guest, the minutes' writer) or that is empty is
none. The plan stands in the lines after the caption, up to the first line of text outside its boxes; as a
PDF's text layer gives it too (cells apart by one space, the end of a rule wrapped onto a line of its own, a
page break before it). Two cards at least, or none is read.
"""

from __future__ import annotations

import re

from extractors.resources import Resources, typed

from .name_blocks import name_line
from .rules import CHAIR_MARK, Chair, MemberRow

_REACH = 4  # lines from the caption to the plan's first rule at most
_RULE = re.compile(r"[ \t\f]*[┌├└][─┬┼┴┌├└┐┤┘ \t]*")  # a line of the boxes' tops, joints or bottoms
_CORNER = re.compile(r"[ \t]*[─┬┴┼]*[┐┤┘][ \t]*")  # a rule's end a PDF's text wrapped onto a line of its own
_NOTE = re.compile(r"[ \t]*[¹²³*]+$")  # a footnote's mark after a name
MIN_CARDS = 2


def seat_cards(text: str, spans: list[tuple[int, int]], res: Resources) -> tuple[list[MemberRow], Chair | None] | None:
    """The members and chair of the seating plan under a caption naming the group (its mentions at ``spans``)
    that ``seating_caption`` of ``steering.yaml`` says is one; None where none follows."""
    caption = re.compile(typed.steering(res).seating_caption)
    for a, _ in spans:
        line_start = text.rfind("\n", 0, a) + 1
        line_end = text.find("\n", a)
        line_end = len(text) if line_end < 0 else line_end
        if caption.search(text, line_start, line_end) is None:
            continue
        found = _plan(text, line_end + 1)
        if found is not None:
            return found
    return None


def _plan(text: str, pos: int) -> tuple[list[MemberRow], Chair | None] | None:
    lines: list[tuple[int, int]] = []
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        lines.append((pos, end))
        pos = end + 1
        if len(lines) > 200:
            break
    first = next((k for k, (a, b) in enumerate(lines[: _REACH + 1]) if _RULE.fullmatch(text, a, b)), None)
    if first is None:
        return None
    cards: list[list[tuple[int, int]]] = []  # each card's lines (offsets of its cell's text)
    band: dict[int, list[tuple[int, int]]] = {}
    for a, b in lines[first:]:
        line = text[a:b]
        if not line.strip() or _RULE.fullmatch(line) or _CORNER.fullmatch(line):
            cards += [band[k] for k in sorted(band)]
            band = {}
            continue
        if "│" not in line:
            break
        parts = line.split("│")
        pos = a
        for k, part in enumerate(parts):
            if 0 < k < len(parts) - 1 and part.strip():  # a gap between two boxes is blank
                lead = len(part) - len(part.lstrip())
                band.setdefault(k, []).append((pos + lead, pos + len(part.rstrip())))
            pos += len(part) + 1
    cards += [band[k] for k in sorted(band)]
    return _members(text, cards)


def _members(text: str, cards: list[list[tuple[int, int]]]) -> tuple[list[MemberRow], Chair | None] | None:
    rows: list[MemberRow] = []
    chair = None
    for card in cards:
        a, b = card[0]
        name = _NOTE.sub("", text[a:b]).strip()
        if not name_line(name):
            continue
        label = " ".join(text[x:y].strip() for x, y in card[1:]) or None
        marked = label is not None and CHAIR_MARK.search(label) is not None
        rows.append(MemberRow(a, a + len(name), name, label, marked, "table"))
        if marked and chair is None:
            chair = Chair(name, a, a + len(name), True)
    return (rows, chair) if len(rows) >= MIN_CARDS else None
