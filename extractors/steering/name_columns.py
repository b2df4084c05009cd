"""A members table that sets each person's name beside the body that sends them ("Institution | Name |
Funktion") in a published version that blacked the private persons' names out ("███████", "[geschwärzt]":
``redacted`` of ``steering.yaml``'s ``profile``): the names left standing are the members, an office before
the name dropped ("Bürgermeister Heiko Linke"), and where a name is blacked out, the body of its row stands in
for the person. Without a blacked-out name such a table is one of bodies, their contacts beside them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.resources import Resources, typed
from pipeline.lang.de.names import is_first_name

from .name_blocks import name_line
from .rules import Chair, MemberRow, MemberRules


def _patterns(res: Resources) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return res.compiled(_build)


def _build(res: Resources) -> tuple[re.Pattern[str], re.Pattern[str]]:
    profile = typed.steering(res).profile
    return re.compile(profile["name_column"]), re.compile(profile["redacted"])


def name_beside_body(header: Sequence[str], rules: MemberRules, res: Resources) -> int | None:
    """The column of the persons' names in a table whose header names a column of bodies beside it, else None.

    >>> from extractors import load_resources
    >>> from extractors.steering.rules import member_rules
    >>> res = load_resources()
    >>> name_beside_body(["Institution", "Name", "Funktion"], member_rules(res), res)
    1
    >>> name_beside_body(["Name", "Funktion"], member_rules(res), res) is None
    True
    """
    names, _ = _patterns(res)
    if not any(rules.org_header.match(h) for h in header):
        return None
    return next((k for k, h in enumerate(header) if names.fullmatch(h.strip())), None)


def redacted(cell: str, res: Resources) -> bool:
    """Whether a cell holds a blacked-out name and nothing else (a function's words may stand beside it)."""
    _, marks = _patterns(res)
    return bool(marks.fullmatch(cell.strip()))


def blacked_out(
    header: Sequence[str], rows: Sequence[Sequence[tuple[int, int, str]]], rules: MemberRules, res: Resources
) -> bool:
    """Whether a table of bodies and names blacks some names out and leaves others standing."""
    k = name_beside_body(header, rules, res)
    if k is None:
        return False
    cells = [r[k][2] for r in rows if len(r) > k and r[k][2].strip()]
    hidden = sum(redacted(c, res) for c in cells)
    return 0 < hidden < len(cells)


_TITLES = re.compile(r"(?:Prof\.|Dr\.|Dipl\.-\w+\.?)")
_RULE = re.compile(r"[ \t─━═—–_=-]+")
_SPAN = 1500  # how far after the group's name the table's header may stand


def _flat_header(line: str, rules: MemberRules, res: Resources) -> bool:
    """Whether a line is such a table's header whose gaps a PDF's text layer flattened ("Institution Name Funktion")."""
    words = line.split()
    names, _ = _patterns(res)
    return (
        "  " not in line.strip()
        and 2 <= len(words) <= 4
        and bool(rules.org_header.match(words[0]))
        and any(names.fullmatch(w) for w in words[1:])
    )


def _flat_person(words: list[re.Match[str]]) -> tuple[int, int] | None:
    """The first and last word of the person a flattened row names between its body and its function."""
    for i in range(1, len(words) - 1):
        if not is_first_name(words[i].group()):
            continue
        first = i
        while first > 1 and _TITLES.fullmatch(words[first - 1].group()):
            first -= 1
        for size in (3, 2):
            last = i + size - 1
            if last < len(words) - 1 and name_line(" ".join(w.group() for w in words[first : last + 1])):
                return first, last
    return None


def flat_blacked_out(
    text: str, spans: Sequence[tuple[int, int]], rules: MemberRules, res: Resources
) -> tuple[list[MemberRow], Chair | None] | None:
    """The members and chair of such a table whose gaps a PDF's text layer flattened ("Agentur für Arbeit X
    ███████ Mitglied", "Kreistag, CDU-Fraktion Uwe Kramer Mitglied"), after one of the group's names; None where
    none stands there or none of its names is blacked out. A line of neither kind is a cell's rest."""
    chair_word = re.compile(rf"(?i)\b{typed.steering(res).profile['row_chair']}")
    _, marks = _patterns(res)
    for _s, e in spans:
        at = next((m for m in re.finditer(r"[^\n]+", text[e : e + _SPAN]) if _flat_header(m.group(), rules, res)), None)
        if at is None:
            continue
        pos, hidden = e + at.end() + 1, 0
        rows: list[MemberRow] = []
        chair: Chair | None = None
        for m in re.finditer(r"(?m)^[^\n]*$", text[pos : pos + _SPAN]):
            line, start = m.group(), pos + m.start()
            if _RULE.fullmatch(line) or not line.strip():
                if rows and not line.strip():
                    break
                continue
            mark = marks.search(line)
            words = list(re.finditer(r"\S+", line))
            if mark is not None and line[: mark.start()].strip():
                body = line[: mark.start()].strip()
                a = start + line.index(body)
                rows.append(MemberRow(a, a + len(body), body, None, False, "table"))
                hidden += 1
            elif (person := _flat_person(words)) is not None:
                first, last = words[person[0]], words[person[1]]
                label = line[: first.start()].strip() or None
                role = line[last.end() :]
                is_chair = chair is None and bool(chair_word.search(role))
                value = " ".join(w.group() for w in words[person[0] : person[1] + 1])
                rows.append(MemberRow(start + first.start(), start + last.end(), value, label, is_chair, "table"))
                chair = Chair(value, start + first.start(), start + last.end(), True) if is_chair else chair
        if hidden and len(rows) > hidden:
            return rows, chair
    return None
