"""A members table that sets each person's name beside the body that sends them ("Institution | Name |
Funktion", "Entsendende Stelle | Name, Vorname"): the column headed as the names' (``name_column`` of
``steering.yaml``'s ``profile``) gives the member where its cell names a person, an office before the
name dropped ("Bürgermeister Heiko Linke"); where a published version blacked the name out ("███████",
"[geschwärzt]": ``redacted``), the body of its row stands in for the person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.resources import Resources, typed

from .rules import MemberRules


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
