"""The header of a table of persons over a rule drawn under it, its column words wrapped onto a
second line::

    Funktion        Name                    Institution                 Patenschaft für das
                                                                        Handlungsfeld
    ─────────────   ─────────────────────   ─────────────────────────   ───────────────────

The rule says the lines above it are the header: a line of column words, and a line under it whose
words each stand under a column word of the first go on that column's word ("Patenschaft für das
Handlungsfeld", "benannt mit Schreiben vom"). One column word that names no kind the family knows is
another column there (the rule, not the words, makes it a header); several are the marks' columns of a
matrix ("Name  Institution  LK  RG  IF"), no such header.
"""

from __future__ import annotations

import re

from pipeline.lang.de.markers import DRAWN_JOINTS, DRAWN_RULES
from pipeline.structure import Line

from .rules import MemberRules

Cell = tuple[int, int, str]

_SLACK = 2  # characters a wrapped word may stand before or after its column's start
# a rule under a header: dashes, equals signs or drawn rules, its crossings with the columns' bars
RULE_LINE = re.compile(rf"[ \t]*[-=_+|{DRAWN_RULES}{DRAWN_JOINTS}]{{3,}}[-=_+| \t{DRAWN_RULES}{DRAWN_JOINTS}]*")
# the rest of such a rule the text layer broke onto a line of its own, maybe a stroke or two ("─")
RULE_REST = re.compile(rf"[ \t]*[-=_+|{DRAWN_RULES}{DRAWN_JOINTS}][-=_+| \t{DRAWN_RULES}{DRAWN_JOINTS}]*")


def _line_at(text: str, pos: int) -> tuple[str, int]:
    stop = text.find("\n", pos)
    stop = len(text) if stop < 0 else stop
    return text[pos:stop], stop


def ruled_head(text: str, pos: int, stop: int) -> tuple[list[Cell], int] | None:
    """The header cells of the line at ``pos`` (ending at ``stop``) where a rule is drawn under it, or
    under the line after it whose words stand under its columns, and where the header ends (before
    the rule); None where no rule stands there."""
    cells = [(a - pos, b - pos, c) for a, b, c in Line(pos, stop, text[pos:stop]).columns]
    if len(cells) < 2:
        return None
    below, end = _line_at(text, stop + 1)
    if RULE_LINE.fullmatch(below):
        return cells, stop
    under, _ = _line_at(text, end + 1)
    if end >= len(text) or not below.strip() or not RULE_LINE.fullmatch(under):
        return None
    joined = list(cells)
    for a, _b, word in Line(0, len(below), below).columns:
        k = next((k for k, (s, _, _) in enumerate(cells) if abs(s - a) <= _SLACK), None)
        if k is None:
            return None  # a word under no column word: a row, no header's wrapped line
        s, e, head = joined[k]
        joined[k] = (s, e, f"{head} {word.strip()}")
    return joined, end


def ruled_members_header(text: str, pos: int, rules: MemberRules) -> bool:
    """Whether the line at ``pos`` is the header of a members table over a rule (:func:`ruled_head`): two
    column words at least, one naming the members' column (institutions, members, persons), though a
    wrapped column word names no kind ("Patenschaft für das Handlungsfeld")."""
    _, stop = _line_at(text, pos)
    head = ruled_head(text, pos, stop)
    if head is None:
        return False
    words = [" ".join(c.split()) for _, _, c in head[0]]
    known = [w for w in words if rules.headers.fullmatch(w)]
    return (
        len(known) >= 2
        and len(words) - len(known) <= 1
        and any(
            rules.org_header.match(w) or rules.person_column.fullmatch(w) or rules.member_header.fullmatch(w)
            for w in known
        )
    )


_WRAP_WORDS = 3  # words of a header's wrapped line at most


def past_flat_rules(lines: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """The lines of a flattened table, its header first, with the header's wrapped line ("Patenschaft für
    das" / "Handlungsfeld") and the rule under it stepped over, the rule maybe broken over lines by the text
    layer ("───── ─────" / "─────", a stroke alone: "─"); None where no rule stands under the header."""
    k = 1
    if len(lines) > 2 and not RULE_LINE.fullmatch(lines[1][1]) and RULE_LINE.fullmatch(lines[2][1]):
        if len(lines[1][1].split()) > _WRAP_WORDS:
            return None
        k = 2
    ruled = k
    while ruled < len(lines) and (RULE_LINE if ruled == k else RULE_REST).fullmatch(lines[ruled][1]):
        ruled += 1
    return [lines[0], *lines[ruled:]] if ruled > k else None
