"""Members tables by area ("Bereich | Mitglieder") an export set one cell a line: the header's words
a line each, then each area ("Verwaltung", "Partner") on a line of its own and its members' cell,
apart by semicolons and wrapped over lines, up to the next area::

    Bereich
    Mitglieder
    Verwaltung
    Bürgermeisterin (Vorsitz); Amt für Jugend und
    Familie; Ordnungsamt
    Partner
    Jobcenter Musterkreis; Volkshochschule

An area is a line of one word, or of the words of a sector ("Vereine und Verbände"); a line
opening with a sector's word and going on in lower case is an area and its cell run together
("Politik je ein Mitglied der Fraktionen"). The table ends at a numbered heading (also in Roman
numbers), a line opening with a closed-class word in capitals or a sentence's end; a page break
does not end it.
The area names no member; it is the members' label.
"""

from __future__ import annotations

import re

from extractors.resources import Resources
from pipeline.lang.de.closed_class import CLASSES, words

from .labelled import part_members
from .rules import Chair, MemberRow, MemberRules
from .tables import seat_category

_HEADING = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.)[ \t]+\S")
_SENTENCE_END = re.compile(r"[a-zäöüß]{3}\.[ \t]*$")
_CLOSED = words(*CLASSES)
_AREA_WORD = re.compile(r"[A-ZÄÖÜ][\wäöüß-]+")


def _ends(line: str) -> bool:
    first = line.split()[0]
    return bool(
        _HEADING.match(line) or first[:1].isupper() and first.casefold() in _CLOSED or _SENTENCE_END.search(line)
    )


def _area(line: str, rules: MemberRules) -> int | None:
    """Where the area a line opens with ends: the whole line (one word, or a sector's words), or
    a sector's word before a cell in lower case; None when the line opens no area."""
    parts = line.split()
    if ";" in line or "," in line:
        return None
    if len(parts) == 1 and _AREA_WORD.fullmatch(parts[0]) or seat_category(line, rules) is not None:
        return len(line)
    if len(parts) > 1 and seat_category(parts[0], rules) is not None and parts[1][:1].islower():
        return len(parts[0])
    return None


def area_parts(text: str, at: int, rules: MemberRules) -> list[tuple[str, int, int]] | None:
    """The areas of such a table from ``at`` and where each one's cell starts and ends; None unless
    it opens with its header (an area's column word, then a members' one, or the first area between
    them as pdfminer.six sets it) and holds two areas, each with its cell."""
    lines = [(at + m.start(), m.group().rstrip()) for m in re.finditer(r"[^\n\f]+", text[at:]) if m.group().strip()]
    if len(lines) < 4 or not rules.headers.match(lines[0][1].strip()) or rules.org_header.match(lines[0][1].strip()):
        return None
    if len(lines) > 4 and rules.org_header.match(lines[2][1].strip()) and _area(lines[1][1].strip(), rules):
        lines = [lines[0], lines[2], lines[1], *lines[3:]]  # pdfminer.six: the first area between the header's words
    if not rules.org_header.match(lines[1][1].strip()):
        return None
    parts: list[list[object]] = []
    for a, line in lines[2:]:
        lead = len(line) - len(line.lstrip())
        end = _area(line.strip(), rules)
        if end is not None and (not parts or parts[-1][1] is not None):
            cell = a + lead + end + 1 if end < len(line.strip()) else None
            parts.append([line.strip()[:end], cell, a + len(line) if cell else None])
        elif _ends(line) or not parts:
            break
        else:
            parts[-1][1] = parts[-1][1] or a + lead
            parts[-1][2] = a + len(line)
    found = [(str(p[0]), int(str(p[1])), int(str(p[2]))) for p in parts if p[1] is not None]
    return found if len(found) >= 2 and len(found) == len(parts) else None


def area_table(
    rows: list[MemberRow], text: str, at: int, rules: MemberRules, res: Resources
) -> tuple[bool, Chair | None]:
    """The members of a table by area set one cell a line right at ``at``: whether there is one,
    and the chair its mark names."""
    parts = area_parts(text, at, rules)
    if parts is None:
        return False, None
    read, chair = part_members(parts, text, rules, res, cells=True)  # a member a line where its lines are whole
    rows.extend(read)
    return bool(read), chair
