"""The credit of a concept's title page quoted in a submission, maybe in a drawn box:

    │                  Integrationskonzept                      │
    │              „Talheim – offen für alle“                   │
    │                                                           │
    │  Erarbeitet im Auftrag der Stadt Talheim von              │
    │  Dr. Julia Beispiel und Jan Muster                        │
    │  Forum Sozialplanung GmbH, Musterstadt                    │

A line that credits the drafting to someone (``agency.credit``: "Erarbeitet … von", "Verfasst von:")
under a title of the process's concept (``agency.credit_title``, on one of the :data:`_TITLE_LINES`
lines above) names them on the lines under it: the persons of its first line (bare names too), each
a row, and the organisation of the line under them, its town after the last comma left out; an
organisation on the first line alone is the row. Bars of a box round the lines are no part of them.
"""

from __future__ import annotations

import re

from extractors.fastre import gate

from .labelled import lines_end
from .names import Found, candidates
from .rules import Rules

_BARS = re.compile(r"^[ \t]*[│┃║|][ \t]?|[ \t]*[│┃║|][ \t]*$")
_DIGIT = re.compile(r"\d")
_TOWN = re.compile(r"[ \t]*,[ \t]*[A-ZÄÖÜ][\wäöüß.-]*(?:[ \t]+[\wäöüß.()-]+){0,2}[ \t]*$")
_TITLE_LINES = 10  # lines above a credit where the concept's title may stand


def credited(text: str, start: int, end: int, n: int, r: Rules) -> list[Found]:
    """The ones credited with drafting a concept by credit lines on the lines of ``text[start:end]``."""
    out: list[Found] = []
    at = text.rfind("\n", 0, start) + 1
    credit = gate(r.agency.credit.pattern.removeprefix("^").removesuffix("$"), r.agency.credit.flags)
    if credit.search(text, at, lines_end(text, at, end)) is None:
        return out  # no line of the span holds a credit's words (the pattern without its line's anchors)
    while at < end:
        line_end = _line_end(text, at)
        if r.agency.credit.match(_cell(text[at:line_end])) and _titled(text, at, r):
            out.extend(_named(text, line_end + 1, n, r))
        at = line_end + 1
    return out


def _named(text: str, at: int, n: int, r: Rules) -> list[Found]:
    """The persons and organisation of the lines under a credit, from ``at``."""
    lines: list[str] = []
    while at < len(text) and len(lines) < 2:
        line_end = _line_end(text, at)
        cell = _cell(text[at:line_end])
        if not cell:
            break
        lines.append(cell)
        at = line_end + 1
    if not lines:
        return []
    first = candidates(lines[0], 0, len(lines[0]), n, r, whole=True, method="key_value", listed=True)
    persons = [f for f in first if f.name]
    if not persons:
        return [f for f in first if f.organisation][:1]
    organisation = None
    if len(lines) > 1 and not _DIGIT.search(lines[1]):
        value = _TOWN.sub("", lines[1]).strip(" ,;")
        orgs = candidates(value, 0, len(value), n, r, whole=True, method="key_value")
        if value[:1].isupper() and orgs and not any(f.name for f in orgs) and not r.exclude.search(value):
            organisation = value
    for f in persons:
        f.organisation = f.organisation or organisation
        f.rule_id = "credit"
    return persons


def _titled(text: str, at: int, r: Rules) -> bool:
    """Whether a title of the process's concept stands on the lines above the credit at ``at``."""
    lo = at
    for _ in range(_TITLE_LINES):
        if lo <= 0:
            break
        lo = text.rfind("\n", 0, lo - 1) + 1
    return bool(r.agency.credit_title.search(text, lo, at))


def _cell(line: str) -> str:
    return _BARS.sub("", line).strip()


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end
