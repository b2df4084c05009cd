"""Tables of counts, not of members: the rows of a seat distribution ("Fraktion | Sitze im Kreistag |
÷ 1 | ÷ 2 | ÷ 3 | Sitze in der Lenkungsgruppe" over "CDU | 16 | 16,00 (1) | 8,00 (4) | 5,33 | 2") or of any
table whose cells beside the first are numbers only (counts, quotients with their rank in brackets, a dash
for none). Such a table shares a group's seats out among the factions or bodies it names; a later sentence
may name the persons, its rows name none, so the list they stand in ends there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.structure.prose import Layout

from .rules import MemberRules
from .tables import gapped_rows

# a count, a quotient with a decimal comma, a rank in brackets after it ("8,00 (4)"), a dash for none
_NUMBER = re.compile(r"[–—-]|\d{1,5}(?:,\d{1,3})?(?:[ \t]*\(\d{1,3}\))?")


def _count_row(row: Sequence[tuple[int, int, str]]) -> bool:
    """Whether a row names something in its first cell and gives two or more numbers, nothing else, after it."""
    rest = [cell.strip() for _a, _b, cell in row[1:] if cell.strip()]
    return len(rest) >= 2 and all(_NUMBER.fullmatch(cell) for cell in rest) and not _NUMBER.fullmatch(row[0][2].strip())


def tally_table(rows: Sequence[Sequence[tuple[int, int, str]]]) -> bool:
    """Whether table rows are those of a table of counts: two rows or more of counts, and most rows so
    (a header, a "zusammen" row aside).

    >>> row = lambda *cells: [(0, 0, c) for c in cells]
    >>> tally_table([row("Fraktion", "Sitze", "÷ 1", "÷ 2"), row("CDU", "16", "16,00 (1)", "8,00 (4)"),
    ...              row("SPD", "11", "11,00 (2)", "5,50"), row("FDP", "4", "4,00", "–")])
    True
    >>> tally_table([row("1", "Stadt Nordheim", "Anna Lind"), row("2", "Jobcenter", "Kai Berg")])
    False
    >>> tally_table([row("Verwaltung", "4"), row("Politik", "3")])
    False
    """
    counted = sum(_count_row(r) for r in rows if r)
    return counted >= 2 and 2 * counted > len([r for r in rows if r])


def _flat_count(line: str) -> bool:
    """Whether a line whose gaps a PDF's text layer flattened is a row of counts ("SPD 11 11,00 (2) 5,50 1")."""
    tokens: list[str] = []
    for token in line.split():
        if re.fullmatch(r"\(\d{1,3}\)", token) and tokens:
            tokens[-1] = f"{tokens[-1]} {token}"  # a quotient's rank in brackets goes with it
        else:
            tokens.append(token)
    trailing = 0
    while trailing < len(tokens) and _NUMBER.fullmatch(tokens[len(tokens) - 1 - trailing]):
        trailing += 1
    return trailing >= 2 and trailing < len(tokens)


def tally_lines(text: str, start: int, end: int) -> bool:
    """Whether the lines of a block are those of a table of counts whose gaps were flattened: two or more
    rows of counts, and most of its lines so (rules aside).

    >>> tally_lines("Fraktion Sitze ÷ 1 ÷ 2\\nCDU 16 16,00 (1) 8,00 (4)\\nSPD 11 11,00 (2) 5,50\\nFDP 4 4,00 –", 0, 80)
    True
    >>> tally_lines("1 Stadt Nordheim Anna Lind\\n2 Jobcenter Kai Berg", 0, 50)
    False
    """
    lines = [line for line in text[start:end].split("\n") if line.strip() and not _RULE.fullmatch(line)]
    counted = sum(_flat_count(line) for line in lines)
    return counted >= 2 and 2 * counted > len(lines)


_RULE = re.compile(r"[ \t─━═—–_=-]+")


def in_tally(layout: Layout, at: int, rules: MemberRules) -> bool:
    """Whether the text at ``at`` stands in a table of counts (its header's "Sitze in der /
    Lenkungsgruppe" names the group the seats go to, no group of its own)."""
    seg = next((s for s in layout.segs if s.start <= at < s.end), None)
    if seg is None or seg.kind != "para":
        return False
    rows = gapped_rows(layout.flat.text, seg.start, seg.end, rules)
    return rows is not None and tally_table(rows) or tally_lines(layout.flat.text, seg.start, seg.end)
