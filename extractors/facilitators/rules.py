"""The facilitator rules of ``resources/facilitators.yaml``, compiled once per resource set."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.fastre import Matcher, prefiltered
from extractors.german.membership import membership
from extractors.resources import Resources, require
from pipeline.errors import ResourceError


@dataclass(frozen=True)
class Rules:
    role: Matcher
    anaphora: Matcher
    engagement: Matcher
    labels: re.Pattern[str]
    candidates: tuple[tuple[str, str, Matcher], ...]  # (kind, entry id, pattern with group `name`)
    link: Matcher
    exclude: Matcher
    funding: Matcher
    bare: frozenset[str]
    officials: Matcher
    approx: Matcher
    fee: Matcher
    fee_back: Matcher
    acting: Matcher
    object_first: re.Pattern[str]
    group: Matcher  # a group word, the whole word
    legal: re.Pattern[str]  # a name ending in a legal form
    object_after: re.Pattern[str]
    object_before: re.Pattern[str]
    engaged_after: re.Pattern[str]
    relative: re.Pattern[str]
    heads: Matcher  # a word naming a group, the staff or an office of the municipality
    member_lead: re.Pattern[str]  # a sentence leading in a group's members ("Ihm gehören an:", membership.yaml)
    member_lead_end: re.Pattern[str]  # how such a lead-in ends: a colon or the verb's particle
    agent_person: re.Pattern[str]  # a bare personal name: a given name and a surname
    agent_org: re.Pattern[str]  # an organisation after its article, with no legal form
    agent_after: re.Pattern[str]  # the words before an agent's place ("übernimmt", "durch")
    agent_before: re.Pattern[str]  # the words after it ("… beauftragt", "… moderiert")
    not_agents: re.Pattern[str]  # heads of such a phrase that name no organisation
    owned: re.Pattern[str]  # what follows a name of the town's own: "… der Stadt"
    role_spaceless: bool = False  # the role words are known and none has a space


def rules(res: Resources) -> Rules:
    """The compiled rules of ``facilitators.yaml`` (built once per resource set)."""
    return res.compiled(build_rules)


def build_rules(res: Resources) -> Rules:
    d = res["facilitators"]

    def rx(name: str, pattern: str | None = None) -> Matcher:
        try:
            return prefiltered(pattern if pattern is not None else require(d, name, "facilitators.yaml"))
        except re.error as exc:
            raise ResourceError(f"facilitators.yaml {name}: bad pattern: {exc}") from exc

    forms = require(d, "legal_forms", "facilitators.yaml")
    legal = "|".join(f"(?:{require(e, 'pattern', 'facilitators.yaml legal form ' + repr(e.get('id')))})" for e in forms)
    cands = tuple(
        (
            str(require(e, "kind", f"facilitators.yaml entry {e['id']!r}")),
            str(e["id"]),
            rx(e["id"], str(e["pattern"]).replace("{legal_form}", legal)),
        )
        for e in require(d, "entries", "facilitators.yaml")
    )
    bare = frozenset(str(w).casefold() for w in require(d, "bare", "facilitators.yaml"))
    groups = "|".join(f"(?:{e['pattern']})" for e in require(d, "groups", "facilitators.yaml"))
    own = str(require(d, "exclude", "facilitators.yaml")).removeprefix("(?i)")
    staff = str(require(d, "staff", "facilitators.yaml")).removeprefix("(?i)")
    heads = f"(?:{groups}|{staff}|{own})"

    def plain(name: str) -> re.Pattern[str]:
        try:
            return re.compile(require(d, name, "facilitators.yaml"))
        except re.error as exc:
            raise ResourceError(f"facilitators.yaml {name}: bad pattern: {exc}") from exc

    role = rx("role_terms")
    words = getattr(role, "literals", ())
    return Rules(
        role,
        rx("anaphora"),
        rx("engagement"),
        re.compile(d["labels"], re.M),
        cands,
        rx("link"),
        rx("exclude"),
        rx("funding"),
        bare,
        rx("officials"),
        rx("approx"),
        rx("fee"),
        rx("fee_back"),
        rx("acting"),
        re.compile(d["object_first"]),
        prefiltered(rf"(?<![\wäöüß-])(?:{groups})(?![\wäöüß])", re.I),
        re.compile(rf"(?:{legal})$"),
        plain("object_after"),
        plain("object_before"),
        plain("engaged_after"),
        plain("relative"),
        prefiltered(rf"(?i)(?<![\wäöüß-])[\wäöüß-]*?(?:{heads})(?:in|innen|en|e|n|s)?(?![\wäöüß])"),
        membership(res).sentence_lead,
        membership(res).sentence_lead_end,
        plain("agent_person"),
        plain("agent_org"),
        plain("agent_after"),
        plain("agent_before"),
        plain("not_agents"),
        plain("owned"),
        bool(words) and not any(" " in w for w in words),
    )
