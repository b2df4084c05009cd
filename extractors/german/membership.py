"""How German says that someone is a member of a group (``resources/membership.yaml``).

One vocabulary for every field that reads memberships: the steering groups find their members
by these verbs, list cues and line lead-ins; the facilitators leave out what a lead-in of
members announces ("Ihm gehören an:"), since members are never facilitators.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.fastre import Matcher, prefiltered
from extractors.resources import Resources, require
from pipeline.errors import ResourceError

_SOURCE = "membership.yaml"


@dataclass(frozen=True)
class Verb:
    id: str
    pattern: Matcher  # tried only where its leading words occur
    particle: re.Pattern[str] | None  # must end the clause ("gehören ... an", "arbeiten ... mit")


@dataclass(frozen=True)
class Membership:
    verbs: tuple[Verb, ...]  # a clause naming a group and one of these holds its members
    list_cue: re.Pattern[str]  # a sentence ending in a colon that introduces members ("Ihr gehören an:")
    line_leads: re.Pattern[str]  # a line under a group that lists members ("Mitglieder:", "Einbezug von")
    sentence_lead: re.Pattern[str]  # a sentence leading in members listed below it ...
    sentence_lead_end: re.Pattern[str]  # ... ending in a colon or the verb's particle


def membership(res: Resources) -> Membership:
    """The compiled membership vocabulary (built once per resource set)."""
    return res.compiled(build_membership)


def build_membership(res: Resources) -> Membership:
    d = res["membership"]

    def rx(name: str, pattern: str | None = None, flags: int = re.M) -> re.Pattern[str]:
        try:
            return re.compile(pattern if pattern is not None else require(d, name, _SOURCE), flags)
        except re.error as exc:
            raise ResourceError(f"{_SOURCE} {name}: bad pattern: {exc}") from exc

    def fast(name: str, pattern: str) -> Matcher:
        rx(name, pattern)  # a bad pattern is reported by name
        return prefiltered(pattern, re.M)

    verbs = tuple(
        Verb(
            str(e["id"]),
            fast(e["id"], e["pattern"]),
            rx(e["id"], r"\s(?:" + e["particle"] + r")\W*$") if e.get("particle") else None,
        )
        for e in require(d, "verbs", _SOURCE)
    )
    return Membership(
        verbs,
        rx("list_cue"),
        rx("line_leads"),
        rx("sentence_lead", flags=0),
        rx("sentence_lead_end", flags=0),
    )
