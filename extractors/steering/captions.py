"""Members named in a picture's caption, in the order they stand, right after the group's name::

    Abb. 1: Die Lenkungsgruppe Integration bei ihrer ersten Sitzung am 2. März 2027,
    v. l. n. r.: Anna Beispiel (Integrationsbeirat), Beigeordnete Dr. Lea Brandt (Vorsitz) und
    Ole Lind (Caritas); nicht im Bild: Prof. Dr. Ida Berg (Hochschule). Am rechten Bildrand Eva
    Roth, die das Protokoll führt.

The caption's order cue ("v. l. n. r.:", ``caption_order`` of ``resources/steering.yaml``) follows the
group's name in its caption, no sentence's end and no blank line between them; its persons run to the
caption's sentence end, parted by semicolons into parts, a part opening with the cue of those missing from
the picture ("nicht im Bild:", ``caption_absent``) naming members too. A later sentence of the caption
naming someone else beside the group ("Am rechten Bildrand …") is left out, as is any other part.
"""

from __future__ import annotations

import re

from extractors.resources import Resources
from pipeline.lang.de.names import TITLE

from .apart import apart
from .name_blocks import name_start
from .rules import CHAIR_MARK, MemberRow, MemberRules, enumeration

_REACH = 240  # the caption's words between the group's name and the order cue at most
_BLANK = re.compile(r"\n[ \t]*\n")
# a sentence's end before the order cue: a full stop after a word in lower case or a bracket ("… tagt.")
_ENDED = re.compile(r"[a-zäöüß)]\.\s")
_TITLED = re.compile(rf"\b{TITLE}$")  # "Prof." before a name, no sentence's end


def caption_members(rows: list[MemberRow], text: str, after: int, rules: MemberRules, res: Resources) -> bool:
    """Read the members a caption names after the group's name ending at ``after``; whether it named any."""
    blank = _BLANK.search(text, after)
    stop = min(blank.start() if blank else len(text), after + _REACH)
    cue = rules.caption_order.search(text, after, stop)
    if cue is None or _ENDED.search(text, after, cue.start()):
        return False
    block = _BLANK.search(text, cue.end())
    end = _sentence_end(text, cue.end(), block.start() if block else len(text))
    read = len(rows)
    start = cue.end()
    for part_end in [*_parts(text, start, end), end]:
        absent = rules.caption_absent.match(text, start, part_end)
        if start == cue.end() or absent:
            enumeration(rows, text, absent.end() if absent else start, part_end, rules, res, "list")
        start = part_end + 1
    for row in rows[read:]:
        _chair_marked(row, text)
    return len(rows) > read


def _sentence_end(text: str, start: int, stop: int) -> int:
    """Where the caption's sentence from ``start`` ends: a full stop outside brackets after a word of two
    letters at least in lower case or a bracket, before a capital or the block's end; else ``stop``."""
    depth = 0
    for k in range(start, stop):
        ch = text[k]
        depth += (ch == "(") - (ch == ")")
        if ch != "." or depth or not re.match(r"\s+[A-ZÄÖÜ]|\s*$", text[k + 1 : stop]):
            continue
        if re.search(r"(?:[a-zäöüß]{2}|\))$", text[start:k]) and not _TITLED.search(text, start, k + 1):
            return k
    return stop


def _parts(text: str, start: int, end: int) -> list[int]:
    """The semicolons outside brackets between ``start`` and ``end``."""
    return [k for _, k in apart(text, start, end, ";", last=True)[:-1]]


def _chair_marked(row: MemberRow, text: str) -> None:
    """A caption's person marked as the chair ("Beigeordnete Dr. Lea Brandt (Vorsitz)"): the chair, the
    person's name the member, the office before it the label."""
    mark = CHAIR_MARK.search(row.value)
    if mark is None:
        return
    source = text[row.start : row.end]
    row.value, row.end, row.is_chair = (
        row.value[: mark.start()],
        row.start + len(source[: source.rfind("(")].rstrip()),
        True,
    )
    at = name_start(row.value)
    found = re.search(r"\s+".join(map(re.escape, row.value[at:].split())), source) if at else None
    if at and found:
        row.value, row.start, row.label = row.value[at:], row.start + found.start(), row.value[:at].strip()
