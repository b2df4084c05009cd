"""A Beratungsfolge drawn as a box of box-drawing glyphs and flattened into one line, as PDF text exports and
OParl ``text`` fields give it:

    "Beratungsfolge ╔════╦═════╦════╗ ║ Sitzung am ║ Gremium ║ Ö/N ║ ╠════╬═════╬════╣ ║ 18.10.2027 ║
     Kreisausschuss ║ N ║ ║ ║ Wokrejny wuběrk ║ ║ ╚════╩═════╩════╝"

Its top rule tells how many columns it has (a joint between each two), and each of its lines (a row, or a
cell's wrapped line under it) holds a bar before each column and one after the last: counted from the top
rule, the bars part the line into the box's lines again, each line's last bar right before the next line's
first (an empty cell is a blank between two bars too; only the count tells them apart). The box is cut into
its lines only where every line between its top and its bottom rule has all its bars, the rules between
lines as many joints as the top's; else it stays as it is."""

from __future__ import annotations

import re
from itertools import islice

from pipeline.lang.de import markers
from pipeline.structure import Line

_BAR = re.compile(f"[{markers.DRAWN_BARS}]")
# a rule across the box: joints and rule glyphs without a blank between them ("╠═════╬═════╣")
_RULE = re.compile(f"[{markers.DRAWN_JOINTS}][{markers.DRAWN_RULES}{markers.DRAWN_JOINTS}]*[{markers.DRAWN_JOINTS}]")
_TOP_LEFT = "┌┏╔"
_BOTTOM_LEFT = "└┗╚"
# a bar as the tab a line's cells are cut at, each empty cell kept (one character for one: offsets hold)
_AS_TABS = str.maketrans(dict.fromkeys(markers.DRAWN_BARS, "\t"))
_CUT_BOTTOM = re.compile(f"[{_BOTTOM_LEFT}][{markers.DRAWN_RULES}{markers.DRAWN_JOINTS}]*")
_JOINT = re.compile(f"[{markers.DRAWN_JOINTS}]")


def box_opens(text: str, at: int) -> bool:
    """Whether a drawn box's top rule stands at ``at`` (blanks before it stepped over)."""
    m = _RULE.match(text, at + len(text[at:]) - len(text[at:].lstrip()))
    return m is not None and m.group()[0] in _TOP_LEFT


def box_lines(line: Line) -> list[Line] | None:
    """The lines of a drawn box flattened into ``line``, its rules left out: its header's and its rows', with
    their offsets, each bar set as a tab (the line's cells cut at it as at an export's tabs, the empty ones
    kept); None where the line holds no whole box (up to its bottom rule, or its start where the line ends
    there) whose lines each have all their bars."""
    text = line.text
    top = _RULE.match(text, len(text) - len(text.lstrip()))
    if top is None or top.group()[0] not in _TOP_LEFT:
        return None
    bars = len(_JOINT.findall(top.group()))  # the bars of each line: one under each joint of the top rule
    if bars < 3:
        return None
    out: list[tuple[int, int]] = []
    at = top.end()
    while True:
        rest = text[at:]
        lead = len(rest) - len(rest.lstrip())
        if _CUT_BOTTOM.fullmatch(text, at + lead):
            break  # the bottom rule's start, the rest of it cut off with the text after the box
        rule = _RULE.match(text, at + lead)
        if rule is not None:
            if len(_JOINT.findall(rule.group())) != bars:
                return None
            if rule.group()[0] in _BOTTOM_LEFT:
                break
            at = rule.end()
            continue
        found = list(islice(_BAR.finditer(text, at + lead), bars))
        if len(found) < bars or found[0].start() != at + lead or _RULE.search(text, at, found[-1].end()):
            return None  # a line without all its bars, or a rule inside it
        out.append((found[0].start(), found[-1].end()))
        at = found[-1].end()
    return [Line(line.start + a, line.start + b, text[a:b].translate(_AS_TABS)) for a, b in out]
