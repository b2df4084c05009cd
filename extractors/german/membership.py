"""How German says that someone is a member of a group (``resources/membership.yaml``).

One vocabulary for every field that reads memberships: the steering groups find their members
by these verbs, list cues and line lead-ins; the facilitators leave out what a lead-in of
members announces ("Ihm gehören an:"), since members are never facilitators.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.fastre import Matcher, prefiltered
from extractors.resources import Resources, typed


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
    d = typed.membership(res)  # patterns read line by line (re.M), the sentence leads as a whole
    verbs = tuple(
        Verb(e.id, prefiltered(e.pattern, re.M), re.compile(rf"\s(?:{e.particle})\W*$", re.M) if e.particle else None)
        for e in d.verbs
    )
    return Membership(
        verbs,
        re.compile(d.list_cue, re.M),
        re.compile(d.line_leads, re.M),
        re.compile(d.sentence_lead),
        re.compile(d.sentence_lead_end),
    )
