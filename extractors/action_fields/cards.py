"""Fields as framed profile cards: the ``heading`` family's titles inside a frame.

A profile card (a "Steckbrief") is a box drawn with rules ("+-----+", "┌─────┐", "├─────┤"; a scan may lose
their joints, "-------") and bars
at both ends of its lines ("| … |", "│ … │"). Its first line holds the singular field noun and the
field's number alone ("| Handlungsfeld 1 |"), the next its name, which may wrap onto a line of its
own when it cannot end there ("| Schule, Ausbildung und |" / "| Beruf |"); labelled lines follow
("| Leitziel: … |", "| Federführung: … |") and are no part of the name. The noun over the name is the
evidence that the card holds a field; a rule or a framed line right above its title line makes it a
card. Two cards at least.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.lang.de import markers

from .margins import part_name
from .text import WRAP_END, Candidate, FieldText

_BARS = markers.charset(markers.DRAWN_BARS + markers.ASCII_BARS)
# a framed line: a bar, the inner text, a bar at the end
_FRAMED = re.compile(rf"[ \t]*{_BARS}[ \t]?(?P<inner>.*?)[ \t]*{_BARS}[ \t]*")
# a rule of a frame: a run of lines between joints ("+-----+", "├─────┤")
_JOINTS = markers.charset(markers.DRAWN_JOINTS + markers.ASCII_JOINTS)
_RULE = re.compile(
    rf"[ \t]*{_JOINTS}(?:{markers.charset(markers.DRAWN_RULES + markers.ASCII_RULES)}|{_JOINTS}){{3,}}{_JOINTS}[ \t]*"
)
# a rule as a scan reads it: its joints lost ("----------" over "│ Handlungsfeld 1 │"), or its line between them
# lost or read as specks and short scraps ("+--   nn   +")
_RULE_LINES = markers.charset(markers.DRAWN_RULES + markers.ASCII_RULES)
_READ_RULE = re.compile(rf"[ \t]*(?:{_RULE_LINES}{{8,}}|{_JOINTS}[^\w\n]*(?:\w{{1,2}}[^\w\n]*)*{_JOINTS})[ \t]*")
_NUMBER = re.compile(r"[ \t]*(?:\d{1,2}|[IVX]{1,4}|[A-Z])\.?[ \t]*")
_LABELLED = re.compile(r"[^\W\d_][\w/ -]{0,30}:(?:[ \t]|$)")
_MOST_WORDS = 8
_LEAST_CARDS = 2
_GAP_LINES = 2  # blank lines between a card's title and the rule above it at most (a page break, a blank line)


def _inner(ft: FieldText, k: int) -> tuple[int, int] | None:
    """The inner text of framed line ``k`` (flat offsets), if it is one."""
    if k >= len(ft.rows):
        return None
    line = ft.rows[k]
    m = _FRAMED.fullmatch(line.text)
    return (line.start + m.start("inner"), line.start + m.end("inner")) if m else None


def _title(ft: FieldText, k: int) -> str | None:
    """The field's number when framed line ``k`` is a card's title ("| Handlungsfeld 1 |") under a rule
    or another framed line (an export may drop a rule between two cards, or take the rule at a page's foot for
    the page's furniture), maybe across a page break and a blank line an export set between the boxes."""
    inner = _inner(ft, k)
    above = k - 1
    while above >= 0 and k - above <= _GAP_LINES and ft.blank(above):
        above -= 1
    if inner is None or above < 0:
        return None
    rule = ft.rows[above].text
    if not (_RULE.fullmatch(rule) or _READ_RULE.fullmatch(rule) or _inner(ft, above)):
        return None
    a, b = inner
    for m in ft.nouns:
        if m.start() == a and ft.vocab.singular.fullmatch(m.group(0)) and _NUMBER.fullmatch(ft.text, m.end(), b):
            return ft.text[m.end() : b].strip(" \t.")
    return None


def _name(ft: FieldText, k: int, number: str) -> Candidate | None:
    """The name on the framed lines after the title at line ``k``."""
    parts: list[tuple[int, int]] = []
    j = k + 1
    while (inner := _inner(ft, j)) is not None and len(parts) < 3:
        a, b = inner
        text = ft.text[a:b]
        if not text.strip() or _LABELLED.match(text):
            break
        parts.append(inner)
        if not WRAP_END.search(text.rstrip()):
            break
        j += 1
    if not parts:
        return None
    label = part_name(ft, parts, _MOST_WORDS)
    if label is None:
        return None
    return Candidate(parts[0][0], parts[-1][1], label, "heading", number)


def framed_cards(ft: FieldText) -> Iterator[Candidate]:
    """The fields named by the titles of framed profile cards, two at least."""
    found: list[Candidate] = []
    seen: set[int] = set()
    for noun in ft.nouns:
        k = ft.row_at(noun.start())
        if k in seen:
            continue
        seen.add(k)
        number = _title(ft, k)
        if number is None:
            continue
        cand = _name(ft, k, number)
        if cand is not None:
            found.append(cand)
    if len(found) >= _LEAST_CARDS:
        yield from found
