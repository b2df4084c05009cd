"""Members tables whose last column names the part its persons play in the group, the gaps a PDF's text layer
flattened into single spaces:

    Handlungsfeld Patin / Pate im Koordinierungskreis
    Sprache und Bildung Schulamtsdirektor Florian Beispiel (Staatliches Schulamt)
    Arbeit und Wirtschaft Sabine Muster (Agentur für Arbeit Nordheim)

The header's last column word is a role in the group ("Patin / Pate im Koordinierungskreis", "Rolle im
Kreis"), column words before it. Each row is cut where the person's name ends it, the words of an office
before the name left in the first cell, their body in brackets after the name (a bracket a line leaves
open goes on over the next line); the person is the member, the body their label. A row naming no person
ends the table; two rows at least make it.
"""

from __future__ import annotations

import re

from .name_blocks import name_line
from .rules import MemberRow, MemberRules

_GROUP_ROLE = re.compile(
    r"\s(?:im|in\s+der)\s+\S+$"
)  # "… im Koordinierungskreis": the header's last word names the group
_BRACKET = re.compile(r"[ \t]*\(([^()]+)\)[ \t]*$")
_ROLE_WORDS = 5  # words of the role's column word at most ("Patin / Pate im Koordinierungskreis")
_NAME_WORDS = 6  # words of a name with its titles at most


def role_column_rows(text: str, at: int, rules: MemberRules) -> list[MemberRow] | None:
    """The members of such a table whose header opens the line at ``at``; None where there is none."""
    end = text.find("\n", at)
    if end < 0 or not _role_header(text[at:end], rules):
        return None
    rows: list[MemberRow] = []
    for a, b in _rows(text, end + 1):
        row = _person(text, a, b)
        if row is None:
            break
        rows.append(row)
    return rows if len(rows) >= 2 else None


def _role_header(line: str, rules: MemberRules) -> bool:
    """Whether a flattened line is column words, the last a role in the group ("Handlungsfeld Patin / Pate im
    Koordinierungskreis")."""
    words = line.split()
    for k in range(max(1, len(words) - _ROLE_WORDS), len(words) - 1):
        last = " ".join(words[k:])
        if rules.headers.fullmatch(last) and _GROUP_ROLE.search(last):
            return all(rules.headers.fullmatch(w) for w in words[:k])
    return False


def _rows(text: str, start: int) -> list[tuple[int, int]]:
    """The rows from ``start`` up to a blank line, a line with a bracket left open joined to the next."""
    out: list[tuple[int, int]] = []
    pos, open_from = start, None
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if not text[pos:end].strip():
            break
        first = pos if open_from is None else open_from
        if text.count("(", first, end) > text.count(")", first, end):
            open_from = first
        else:
            out.append((first, end))
            open_from = None
        pos = end + 1
    return out


def _person(text: str, a: int, b: int) -> MemberRow | None:
    """The person ending a row (a first cell before them), their body in brackets after them its label."""
    row = " ".join(text[a:b].split())
    bracket = _BRACKET.search(row)
    head = row[: bracket.start()] if bracket else row
    words = list(re.finditer(r"\S+", head))
    for j in range(max(1, len(words) - _NAME_WORDS), len(words) - 1):
        name = head[words[j].start() :]
        if not name_line(name):
            continue
        found = re.search(r"\s+".join(map(re.escape, name.split())), text[a:b])
        if found is None:
            return None
        label = bracket.group(1) if bracket else head[: words[j].start()].strip()
        return MemberRow(a + found.start(), a + found.end(), name, label, False, "table")
    return None
