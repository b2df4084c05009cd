"""The German of lists as the misses read them: names enumerated in a sentence, items after a colon.

A family's misses (:mod:`extractors.misses`) ask whether a lead-in ("setzt sich wie folgt
zusammen:", "folgende Handlungsfelder:") is followed by a list that no record covers: how many
names a sentence enumerates (:func:`enumerated`), how many items a list after a colon has
(:func:`listed`, over the lines of the structure view) and which (:func:`items_after`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import ARTICLES, alternation
from pipeline.lang.de.numbers import spelt
from pipeline.structure import View

BULLET = re.compile(r"^\s*(?:" + markers.charset(markers.ITEM_MARKS) + r"|\d{1,2}[.)]|[a-z]\))\s+\S")
LIST_REACH = 600  # characters after a colon where the lines of its list may stand
LINES_REACH = 1500  # characters below a line ending in a colon where the lines of its list are counted
NAME_CHARS = 80  # an enumerated name, or a line of a list counted below a colon, is at most this long
ITEM_CHARS = 90  # a line of a list without markers read below a colon is at most this long


_ARTICLE = re.compile(r"^(?:je\s+)?(?:" + alternation(*ARTICLES) + "|" + spelt(2, 4) + r")\s+", re.I)


def enumerated(text: str) -> int:
    """How many names a sentence enumerates: parts between commas, "und", "sowie" that begin
    (after an article) with a capital letter; 0 unless there are two commas or more.

    >>> enumerated("Ihr gehören das Sozialamt, der Helferkreis Asyl und das Jobcenter an.")
    0
    >>> enumerated("auf die Handlungsfelder Sprache, Bildung und Ausbildung, Arbeit, Wohnen sowie Gesundheit.")
    5
    """
    if text.count(",") < 2:
        return 0
    parts = re.split(r",|;|\bsowie\b|\bund\b", text)
    return sum(1 for p in parts if (q := _ARTICLE.sub("", p.strip())) and q[0].isupper() and len(q) <= NAME_CHARS)


def listed(sv: View, at: int, cells: bool = False) -> int:
    """How many items a list after a colon at ``at`` has: comma-separated on the line, or
    bullet or short lines below it (the lines of the structure view ``sv``); with ``cells``
    also short lines a blank line parts, as an export sets a table's cells (two blank lines
    in a row end the list there).

    >>> from pipeline.document import Document
    >>> from pipeline.structure import view
    >>> text = "Felder:\\nSprache\\n\\nBildung\\n\\nArbeit\\n"
    >>> sv = view(Document.from_pages("x", "x.txt", "x", [(text, "plain_text", None)]))
    >>> listed(sv, 7), listed(sv, 7, cells=True)
    (1, 3)
    """
    text = sv.text
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    same = text[at:end].strip()
    if same:
        items = [p for p in re.split(r"[,;]|\bsowie\b|\bund\b", same) if re.search(r"[A-ZÄÖÜ]", p)]
        return len(items)
    n = blank = 0
    for ln in sv.lines_in(min(end + 1, len(text)), min(len(text), end + 1 + LINES_REACH)):
        t = ln.text.strip()
        if not t:
            blank += 1
            if n and (not cells or blank > 1):
                break
            continue
        blank = 0
        if BULLET.match(ln.text) or (len(t) <= NAME_CHARS and t[0].isupper()):
            n += 1
        else:
            break
    return n


class Item(NamedTuple):
    """One item of a list: its span and its text."""

    start: int
    end: int
    text: str


def items_after(text: str, at: int, reach: int = LIST_REACH) -> list[Item]:
    """The items of a list starting at ``at``: the comma/"und"-separated parts of the rest of
    the line when it has some, else the bullet or short lines below it.

    >>> [it.text for it in items_after("Mitglieder: Sozialamt, Jobcenter und Caritas", 11)]
    ['Sozialamt', 'Jobcenter', 'Caritas']
    """
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    same = text[at:end]
    if same.strip(" \t:"):
        return split_items(text, at, end)
    out: list[Item] = []
    pos = end + 1
    while pos < min(len(text), at + reach):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        line = text[pos:stop]
        t = line.strip()
        if not t:
            if out:
                break
        elif BULLET.match(line) or (len(t) <= ITEM_CHARS and not t.endswith(".") and t[0].isupper()):
            lead = len(line) - len(line.lstrip())
            m = BULLET.match(line)
            skip = m.end() - 1 if m else lead  # the pattern ends on the item's first character
            out.append(Item(pos + skip, stop, line[skip:].strip()))
        else:
            break
        pos = stop + 1
    return out


def split_items(text: str, start: int, end: int) -> list[Item]:
    """The comma-, "und"-, "sowie"-separated parts of ``text[start:end]`` that hold a capital."""
    out = []
    pos = start
    for m in re.finditer(r"[,;]|\s(?:und|sowie|oder)\s|$", text[start:end]):
        piece = text[pos : start + m.start()]
        if piece.strip(" \t:.") and re.search(r"[A-ZÄÖÜ]", piece):
            lead = len(piece) - len(piece.lstrip(" \t:"))
            out.append(Item(pos + lead, start + m.start(), piece.strip(" \t:.")))
        pos = start + m.end()
    return out


__all__ = ["BULLET", "Item", "enumerated", "items_after", "listed", "split_items"]
