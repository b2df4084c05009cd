"""Drawn marks and numbers as tesseract reads them in running lines.

A timeline drawn down the page sets a node between each meeting's date and its body ("02.03.2027  ●
Ortsrat …" / "│" / "22.03.2027  ◉  Rat …"); tesseract reads the round node as "@" and loses the bars
between. Where two lines at least open with a date, an "@" alone and a capitalised word, each "@" is
the node "●" again (an address's "@" stands inside a word, never alone after a date).

A number set after its noun loses the space before it ("Handlungsfeld6" among "Handlungsfeld 5"):
where the document writes the same word with a number after a space elsewhere, the space comes back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.lang.de import markers

_NODE_READ = "@"
# a date opening a line, the node read as "@" alone, a capitalised word after it
_NODE_LINE = re.compile(rf"(?m)^[ \t]*\d{{1,2}}\.\d{{1,2}}\.(?:\d{{4}}|\d{{2}})?[ \t]+({_NODE_READ})[ \t]+(?=[A-ZÄÖÜ])")
_LEAST_NODES = 2
# a word of letters with a number of one or two digits glued to its end, nothing after it but a space or a stop
_GLUED_NUMBER = re.compile(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüß]{3,})(\d{1,2})(?=[ \t.:,)]|$)", re.MULTILINE)


def timeline_nodes(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "●") for each node of a drawn timeline read as "@", two lines of it at least."""
    found = list(_NODE_LINE.finditer(text))
    if len(found) < _LEAST_NODES:
        return
    for m in found:
        yield m.start(1), m.end(1), markers.BLACK_CIRCLE


def glued_numbers(text: str) -> Iterator[tuple[int, int, str]]:
    """(at, at, " ") for each number glued to the word before it where the document sets that word
    with a number after a space elsewhere."""
    for m in _GLUED_NUMBER.finditer(text):
        word = m.group(1)
        if re.search(rf"(?<![\w-]){re.escape(word)}[ \t]+\d{{1,2}}(?!\d)", text):
            yield m.end(1), m.end(1), " "
