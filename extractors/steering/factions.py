"""The factions a seat each goes to, named one by one.

"je eine Vertreterin oder ein Vertreter der Fraktionen von CDU, SPD, BÜNDNIS 90/DIE GRÜNEN und Volt",
"je ein Sitz für die Fraktionen CDU, Freie Wähler, GRÜNE, SPD und FDP": each faction is a member, its
short name the member (``factions_each`` of ``resources/steering.yaml`` opens the run). The names are
parted by commas and a last conjunction, two at least, each of four words at most that open in capitals
or digits; a run with any other word (a verb, "des Stadtrats") names none one by one.
"""

from __future__ import annotations

import re

from extractors.resources import Resources, typed
from pipeline.lang.de.closed_class import alternation

from .rules import MemberRow

__all__ = ["faction_members"]

_PARTS = re.compile(rf",\s*|\s+(?:{alternation('conjunctions')})\s+")
_CLOSING = re.compile(r"[\s.,;:]+$")
MAX_WORDS = 4


def _opening(res: Resources) -> re.Pattern[str]:
    return res.compiled(_build)


def _build(res: Resources) -> re.Pattern[str]:
    return re.compile(typed.steering(res).factions_each)


def _name(part: str) -> bool:
    words = part.replace("/", " ").split()
    return 0 < len(part.split()) <= MAX_WORDS and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def faction_members(text: str, start: int, end: int, res: Resources) -> tuple[int, list[MemberRow]] | None:
    """Where the words giving a seat each open in ``text[start:end]`` and the factions they give one to, one
    member each, the run of their names closing the span; None where it gives none so."""
    opening = _opening(res).search(text, start, end)
    if opening is None:
        return None
    closing = _CLOSING.search(text, opening.end(), end)
    stop = closing.start() if closing else end
    out: list[MemberRow] = []
    pos = opening.end()
    for cut in [*_PARTS.finditer(text, pos, stop), None]:
        b = cut.start() if cut else stop
        part = text[pos:b]
        if not _name(part):
            return None
        lead = len(part) - len(part.lstrip())
        value = re.sub(r"/\s+", "/", " ".join(part.split()))
        out.append(MemberRow(pos + lead, pos + lead + len(part.strip()), value, label="Fraktion", method="list"))
        pos = cut.end() if cut else stop
    return (opening.start(), out) if len(out) >= 2 else None
