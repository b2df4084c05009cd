"""A document printed with its tracked changes (Word's "Alle Markups" view), its marks blanked.

Such a print sets the comments and the deleted words of a change in balloons at the right margin,
each opened by its kind ("Gelöscht: Arbeitsmarkt und", "Kommentiert [AK1]: Empfehlung …", "Formatiert:
Schriftart: Fett"; ``markup_balloons``), on the lines of the text they belong to and wrapped in their
own column under their first line; and a change bar at the left margin of each changed line::

    3.2  Ausbildung, Arbeit und Anerkennung             Gelöscht: Arbeitsmarkt und
                                                        Beschäftigung
    │ 1. Der Rat beschließt das Gesamtkonzept …

A balloon's words and a change bar are no part of the text: a heading keeps its name without the
deleted one beside it, and a deleted name is no field. A balloon runs from its kind to the end of its
line, and goes on in the lines under it whose words start in its column after a gap (or open the line
there); a PDF's text layer, which closes the gap to one space, keeps its first line only. A change bar
is a bar at the start of a line that ends without one (a box's line ends with its bar), in a document
that holds a balloon. Offsets stay those of the text: the marks are blanked, not cut.
"""

from __future__ import annotations

import re

from extractors.fastre import Matcher, gate
from pipeline.lang.de import markers

_BAR = re.compile(
    rf"^([ \t]*){markers.charset(markers.DRAWN_BARS)}(?=[ \t])(?!.*{markers.charset(markers.DRAWN_BARS)}[ \t]*$)"
)
_GAP = 2  # spaces at least between the text and a balloon on its line


def unmarked(text: str, balloons: str) -> str:
    """``text`` with the balloons of a tracked-changes print (opened by a kind of ``balloons``) and its
    change bars blanked; ``text`` itself where it has no balloon."""
    kind = gate(rf"(?:(?<=[ \t]{{{_GAP}}})|(?<=^)|(?<=\S )(?=[A-ZÄÖÜ]))(?:{balloons})[ \t]*:", re.M)
    if kind.search(text) is None:
        return text
    return _blanked(text, kind)


def _blanked(text: str, kind: Matcher) -> str:
    lines = text.split("\n")
    column: int | None = None  # the column of the balloon going on
    for i, line in enumerate(lines):
        m = kind.search(line)
        if m is not None:
            column = m.start()
            lines[i] = line[: m.start()] + " " * (len(line) - m.start())
            continue
        if column is not None and _goes_on(line, column):
            lines[i] = line[:column] + " " * (len(line) - column)
            continue
        column = None
        if (bar := _BAR.match(line)) is not None:
            lines[i] = line[: bar.end(1)] + " " + line[bar.end() :]
    return "\n".join(lines)


def _goes_on(line: str, column: int) -> bool:
    """Whether ``line`` holds words of a balloon in ``column``: a word starts there after a gap or opens the line."""
    if len(line) <= column or line[column].isspace():
        return False
    before = line[:column]
    return not before.strip() or before.endswith(" " * _GAP)
