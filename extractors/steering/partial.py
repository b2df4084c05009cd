"""A group read without members after which a list names persons: its members listed, none read.

A group read without members whose name is followed, within two lines, by a colon and a list naming
persons by the form of a person ("Frau Dr. Eva Roth", "Herr Roth", "Eva Roth": a salutation or a title
before a name, or a given name before a family name) has its members listed and none read, whatever
word introduced them (:func:`persons_listed`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.fastre import word_finditer
from extractors.german.lists import LIST_REACH, items_after
from extractors.misses import overlaps
from pipeline.document import Document
from pipeline.lang.de.names import SALUTE, TITLE, is_first_name
from pipeline.records import SteeringGroup

from .name_blocks import NAME_WORD

LIST_MIN = 3  # items of a list after the group that make it one
NEAR_LINES = 2  # lines after a group's name where the colon before its list may stand
LEFT_MIN = 3  # persons a list after a group names that make it its members

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
    for m in word_finditer(rf"(?<!\w){re.escape(head[0])}", head[0], text):
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


__all__ = ["LEFT_MIN", "persons", "persons_listed"]
