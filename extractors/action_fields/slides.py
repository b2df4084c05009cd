"""Fields as the bullets of slides in a presentation's handout print: part of the ``list`` family.

A handout ("Handzettel", three slides a page) draws each slide as a frame, its number at the left
and blank lines for notes at the right::

         ┌──────────────────────────────────────┐
      5  │ Integrationsplan 2028–2032            │    ______________________
         │ Handlungsfelder (1/2)                 │    ______________________
         │ ▪ Sprache und frühe Bildung           │    ______________________
         │     – Sprachförderung in Kita         │
         │ ▪ Schule, Ausbildung und Beruf        │    ______________________
         │                        13.03.2027 5   │
         └──────────────────────────────────────┘

A slide whose title is the field noun in the plural alone, maybe with the part it shows ("(1/2)",
"(Forts.)") or a colon, lists the fields as its bullets: the items opened by the marker of its first
item; an item opened by another marker is a point under a field (a PDF's text layer loses the deeper
indent, the marker stays). A bullet whose text wraps onto the next framed line ("Teilhabe, Engagement
und" / "Mitbestimmung") goes on there. The slide ends at its bottom rule or at a line that is not
framed. A slide of another title (cross-cutting topics, aims) gives nothing; two fields at least.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.lang.de import markers

from .margins import part_name
from .text import WRAP_END, Candidate, FieldText

_BARS = markers.charset(markers.DRAWN_BARS + markers.ASCII_BARS)
# a slide's framed line: maybe its number before the frame, the inner text, maybe a note line after it
_FRAMED = re.compile(
    rf"[ \t]*(?:\d{{1,3}}[ \t]+)?{_BARS}[ \t]?(?P<inner>[^\n│┃║|]*?)[ \t]*{_BARS}(?:[ \t]+_{{3,}})?[ \t]*"
)
_MARKS = markers.charset(
    markers.SMALL_SQUARE
    + markers.BULLET
    + markers.SQUARE
    + markers.BLACK_CIRCLE
    + markers.HOLLOW_BULLET
    + markers.DASHES
    + markers.ARROWS
    + markers.MIDDLE_DOT
    + "➢*"
)
_ITEM = re.compile(rf"[ \t]*(?P<mark>{_MARKS})[ \t]+(?P<text>\S.*)")
_PART = re.compile(
    r"[ \t]*(?:\([ \t]*(?:\d{1,2}[ \t]*/[ \t]*\d{1,2}|Forts\.|Fortsetzung|Teil[ \t]+\d{1,2})[ \t]*\)|:)?[ \t]*"
)
_MOST_WORDS = 8
_LEAST = 2
_BLANK_RUN = 2  # blank lines inside a slide at most (an export sets one after a line)


def _inner(ft: FieldText, k: int) -> tuple[int, int] | None:
    """The inner text of slide line ``k`` (flat offsets), if it is one."""
    if k >= len(ft.rows):
        return None
    line = ft.rows[k]
    m = _FRAMED.fullmatch(line.text)
    return (line.start + m.start("inner"), line.start + m.end("inner")) if m else None


def _titled(ft: FieldText, noun: re.Match[str]) -> int | None:
    """The line of a slide whose title is the plural field noun ``noun`` alone, if it is one."""
    k = ft.row_at(noun.start())
    inner = _inner(ft, k)
    if inner is None or noun.start() != inner[0] or not ft.vocab.plural.fullmatch(noun.group(0)):
        return None
    return k if _PART.fullmatch(ft.text, noun.end(), inner[1]) else None


def _bullets(ft: FieldText, title: int) -> Iterator[Candidate]:
    """The fields the bullets under the title at line ``title`` name."""
    mark = ""
    blanks = 0
    k = title + 1
    while k < len(ft.rows):
        inner = _inner(ft, k)
        if inner is None:
            if not ft.blank(k) or blanks >= _BLANK_RUN:
                return
            blanks += 1
            k += 1
            continue
        blanks = 0
        item = _ITEM.fullmatch(ft.text, *inner)
        k += 1
        if item is None:
            continue
        mark = mark or item.group("mark")
        if item.group("mark") != mark:
            continue  # a point under a field
        parts = [(item.start("text"), inner[1])]
        while WRAP_END.search(ft.text[parts[0][0] : parts[-1][1]]) and (more := _inner(ft, k)) is not None:
            if _ITEM.fullmatch(ft.text, *more) or more[0] == more[1]:
                break
            parts.append(more)
            k += 1
        label = part_name(ft, parts, _MOST_WORDS)
        if label is not None:
            yield Candidate(parts[0][0], parts[-1][1], label, "list")


def slide_bullets(ft: FieldText) -> Iterator[Candidate]:
    """The fields the bullets of handout slides titled with the field noun name, two at least."""
    found: list[Candidate] = []
    for noun in ft.nouns:
        title = _titled(ft, noun)
        if title is not None:
            found += _bullets(ft, title)
    if len(found) >= _LEAST:
        yield from found
