"""A group read with part of its members: persons named beside the members read, on lines none was read from.

The members of a group stand together, in one paragraph or a table (its rows maybe set apart by blank
lines): the stretch from the paragraph of the first member read to the end of the paragraph of the
last. A person named there by the form of a person ("Frau Dr. Eva Roth", "Herr Roth", "Eva Roth":
a salutation or a title before a name, or a given name before a family name) on a line no member
was read from is a member the readers left out, whatever word introduced the list; three such persons
or more make the group's members read only in part (a line with a member read is the member's row,
another person on it is the member's contact, deputy or office holder).

A group read without members whose name is followed, within two lines, by a colon and a list naming
persons (:func:`persons_listed`) has its members listed and none read, whatever word introduced them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.german.lists import LIST_REACH, items_after
from extractors.misses import overlaps
from pipeline.document import Document
from pipeline.lang.de.names import SALUTE, TITLE, is_first_name
from pipeline.records import SteeringGroup

from .name_blocks import NAME_WORD

LIST_MIN = 3  # items of a list after the group that make it one
LINES_AFTER = 6  # lines after the last member read where members left out may stand
NEAR_LINES = 2  # lines after a group's name where the colon before its list may stand
LEFT_MIN = 3  # persons on lines without a member read that make the members read in part

_BLANK = re.compile(r"\n[ \t]*\n")
# a person: a salutation and titles before a family name, or titles and a given name before one
_PERSON = re.compile(
    rf"(?<![\w.-])(?:(?P<salute>{SALUTE})\s+)?(?:{TITLE}\s*)*"
    rf"(?P<given>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?:\s+(?P<family>{NAME_WORD.pattern}))?(?![\w-])"
)


def persons(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The persons named in ``text[start:end]`` by their form: a salutation before a name ("Herr
    Roth", "Frau Dr. Eva Roth"), or a given name before a family name ("Eva Roth", "Dr. Eva Roth").

    >>> [m.group(0) for m in persons("für das Amt Frau Dr. Eva Roth und Herr Kling, dazu Jonas Weber", 0, 63)]
    ['Frau Dr. Eva Roth', 'Herr Kling', 'Jonas Weber']
    >>> persons("die Sozialverwaltung und der Beirat Nord", 0, 40)
    []
    """
    out = []
    at = start
    while (m := _PERSON.search(text, at, end)) is not None:
        if m["salute"] or (m["family"] and is_first_name(m["given"])):
            out.append(m)
            at = m.end()
        else:  # not a person ("Amt Frau"): the next word may open one
            at = m.start() + 1
    return out


def _lines_on(text: str, at: int, n: int) -> int:
    """Where the ``n``-th line after the one holding ``at`` ends (the text's end when it ends first)."""
    end = text.find("\n", at)
    for _ in range(n):
        if end < 0:
            break
        end = text.find("\n", end + 1)
    return len(text) if end < 0 else end


def stretch(doc: Document, g: SteeringGroup) -> tuple[int, int]:
    """Where a group's members stand: from the line of its first member read to :data:`LINES_AFTER`
    lines after its last, up to a blank line (an export that sets no blank line runs its paragraphs
    together: the lines near the members, not the page)."""
    text = doc.text
    first = min(m.span.start for m in g.members)
    last = max(m.span.end for m in g.members)
    end = _lines_on(text, last, LINES_AFTER)
    blank = _BLANK.search(text, last, end)
    return text.rfind("\n", 0, first) + 1, (blank.start() if blank else end)


def left_out(doc: Document, g: SteeringGroup) -> list[re.Match[str]]:
    """The persons named where a group's members stand, on lines no member was read from; empty
    when fewer than :data:`LEFT_MIN`."""
    text = doc.text
    start, end = stretch(doc, g)
    read_lines = set()
    for m in g.members:
        at = text.rfind("\n", 0, m.span.start) + 1
        while at < m.span.end:
            read_lines.add(at)
            nxt = text.find("\n", at)
            at = len(text) if nxt < 0 else nxt + 1
    left = [p for p in persons(text, start, end) if text.rfind("\n", 0, p.start()) + 1 not in read_lines]
    return left if len(left) >= LEFT_MIN else []


def persons_listed(doc: Document, g: SteeringGroup, read: Sequence[tuple[int, int]]) -> list[re.Match[str]]:
    """The persons a list names after a group read without members: a paragraph that names the
    group (its name's first word), a colon after the name in it, and after the colon a list of
    :data:`LIST_MIN` items or more, none of it read (``read``: the spans of the members, fields and
    consultations read), whose block (up to a blank line) names :data:`LEFT_MIN` persons or more
    (:func:`persons`); empty otherwise."""
    head = (g.group_name or "").split()[:1]
    if not head:
        return []
    text = doc.text
    for m in re.finditer(rf"(?<!\w){re.escape(head[0])}", text):
        near = _lines_on(text, m.end(), NEAR_LINES)
        stop = _BLANK.search(text, m.end(), near)
        colon = text.find(":", m.end(), stop.start() if stop else near)
        if colon < 0:
            continue
        items = items_after(text, colon + 1, LIST_REACH)
        if len(items) < LIST_MIN:
            continue
        after = _BLANK.search(text, items[0].start)
        end = max(items[-1].end, after.start() if after else len(text))
        named = persons(text, items[0].start, end)
        if len(named) >= LEFT_MIN and not overlaps(items[0].start, end, read):
            return named
    return []


__all__ = ["LEFT_MIN", "left_out", "persons", "persons_listed"]
