"""Footnote marks as tesseract reads them.

A footnote's mark, a small raised "¹", is read as a mark of like shape: after the word that bears it
as an apostrophe or "!" ("liegt vor’;", "Magistrat! 25.01.2027"), before the note at the page's foot as
a dotless "ı", a quote or "!" ("ı Angebot vom 28.01.2027: …", "! nichtöffentliche Sitzung"). Where a page
has both, a word bearing a look-alike above a line that opens with one (or with "¹"), each is the mark "¹"
again. An apostrophe after a word's "s", "ß", "x" or "z" is a genitive's ("Hans’ Büro") and stays, and so
does one closing a quote opened before it on its line ("‚Wohnen’").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

NOTE = "¹"
# the mark after the word that bears it, before a stop, a comma, a bracket or a space
_BORNE = re.compile(rf"(?<=[^\W\d_sßxzSXZ])([ı'’!{NOTE}])(?=[\s,;.:)]|$)")
_QUOTE_OPEN = re.compile(r"(?:^|\s)[‚‘'’]\w")
# the mark opening the note's line, a space and the note's text after it
_NOTE_LINE = re.compile(rf"(?m)^[ \t]*([ı'’‘`!{NOTE}])[ \t]+(?=[A-ZÄÖÜ0-9a-zäöüß])")


def footnote_marks(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "¹") for each look-alike of a footnote's mark after a word above a note's line and
    opening such a line below the first word that bears one."""
    notes = list(_NOTE_LINE.finditer(text))
    if not notes:
        return
    borne = [
        m
        for m in _BORNE.finditer(text)
        if m.start() < notes[-1].start() and not _QUOTE_OPEN.search(text, text.rfind("\n", 0, m.start()) + 1, m.start())
    ]
    if not borne:
        return
    marks = [m.start(1) for m in borne] + [m.start(1) for m in notes if m.start() > borne[0].start()]
    for start in marks:
        if text[start] != NOTE:
            yield start, start + 1, NOTE
