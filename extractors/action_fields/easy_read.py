"""A summary in Leichte Sprache, its compounds parted by the middle dot ("Handlungs·felder", "Aus·bildung").

Leichte Sprache parts a long word at its joints with a middle dot (the Mediopunkt) so that it reads
more easily; the word is one word all the same, and a field it names is named without the dots::

    │ Die Fach·leute sagen zu den Themen: Handlungs·felder.      │
    │ Das sind die 5 Handlungs·felder:                           │
    │    1.  Sprache und Bildung                                 │
    │    2.  Arbeit und Aus·bildung                               │

A summary set in a drawn box (its title in the top rule or the line under it, ``easy_read``: "Das
Wichtigste in Leichter Sprache") is read as the same text without the box: its rules and the bars at both
ends of its lines are blanked, so that a list in it reads as any list after its lead-in. The fields' readers
read such a text with the dots inside words left out: the rest of the line moves
up and its end (before the bar of a frame, if any) is filled with as many spaces, so that every other
line keeps its offsets and no gap opens inside the line. A middle dot between words (" · ", a separator)
is no joint.
"""

from __future__ import annotations

import re

from pipeline.lang.de import markers

_DOT = markers.MIDDLE_DOT
# a middle dot between two letters of a word
_JOINT = re.compile(rf"(?<=[^\W\d_]){_DOT}(?=[^\W\d_])")
# the end of a line: spaces, maybe the bar of a frame and spaces after it
_END = re.compile(rf"[ \t]*(?:{markers.charset(markers.DRAWN_BARS + markers.ASCII_BARS)}[ \t]*)?$")


def _line(line: str) -> str:
    joined = _JOINT.sub("", line)
    if joined == line:
        return line
    at = _END.search(joined).start()  # type: ignore[union-attr]
    return joined[:at] + " " * (len(line) - len(joined)) + joined[at:]


_CORNERS_TOP = "┌╔┏+"
_CORNERS_BOTTOM = "└╚┗+"
_BARS = markers.DRAWN_BARS + markers.ASCII_BARS
_FRAMED = re.compile(rf"([ \t]*){markers.charset(_BARS)}(.*){markers.charset(_BARS)}([ \t]*)")


def _unboxed(lines: list[str], title: re.Pattern[str]) -> None:
    """Blank the frame of each box titled as a summary in plain language, in place."""
    for k, line in enumerate(lines):
        top = k if line.lstrip()[:1] in _CORNERS_TOP else k - 1
        if top < 0 or not title.search(line) or lines[top].lstrip()[:1] not in _CORNERS_TOP:
            continue
        lines[top] = " " * len(lines[top])
        for j in range(top + 1, len(lines)):
            if lines[j].lstrip()[:1] in _CORNERS_BOTTOM:
                lines[j] = " " * len(lines[j])
                break
            m = _FRAMED.fullmatch(lines[j])
            if m is None:
                break  # no box's line: the box ends here (a page break, a PDF's lost frame)
            lines[j] = m.group(1) + " " + m.group(2) + " " + m.group(3)


def undotted(text: str, title: str = "(?!)") -> str:
    """``text`` with the middle dots inside its words left out, each line padded with spaces at its end, and
    the frame of a box ``title`` names blanked.

    >>> undotted("│ Das sind die 5 Handlungs·felder:   │")
    '│ Das sind die 5 Handlungsfelder:    │'
    >>> undotted("Teil B · Handlungsfeld 1")
    'Teil B · Handlungsfeld 1'
    """
    if _DOT not in text:
        return text
    lines = [_line(line) for line in text.split("\n")]
    _unboxed(lines, re.compile(title, re.I))
    return "\n".join(lines)
