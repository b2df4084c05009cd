"""The typed loader of ``facilitators.yaml``: the role verbs of engagement, the names engaged
by no one, legal forms and groups."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .. import Resources
from .values import PatternEntry, as_mapping, as_tuple, pattern_entries


@dataclass(frozen=True)
class FacilitatorEntry:
    """A named facilitator (a person or an organisation) and its pattern."""

    id: str
    kind: str
    pattern: str


# --- costs.yaml ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Facilitators:
    """``facilitators.yaml``: who carries out or supports the process, and the words around them
    (patterns may hold ``{legal_form}``)."""

    flags: int
    role_terms: str
    anaphora: str
    engagement: str
    acting: str
    object_first: str
    labels: str
    link: str
    exclude: str
    staff: str
    object_after: str
    object_before: str
    engaged_after: str
    relative: str
    funding: str
    officials: str
    approx: str
    fee: str
    fee_back: str
    net: str
    agent_person: str
    agent_org: str
    agent_after: str
    agent_before: str
    not_agents: str
    owned: str
    construction: str
    deliberation: str
    action_value: str
    group_abbreviation: str
    genitive_heads: str  # heads of a name whose genitive "-s" a row drops
    tax: str  # the tax on a fee right before its amount: "zuzüglich 19 % Umsatzsteuer ("
    change: str  # the amount a fee changes by: "erhöht sich um"
    town: Mapping[str, str]  # the town's own where its name does not say so: before, office, context, …
    agency: Mapping[str, str]  # who a role verb's subject is: question, clause, participle, passive, …
    not_engaged: Mapping[str, str]  # names engaged by no one: indefinite, subject_matter, client_…, offer
    entries: tuple[FacilitatorEntry, ...]
    legal_forms: tuple[PatternEntry, ...]
    groups: tuple[PatternEntry, ...]
    bare: tuple[str, ...]
    kind_nouns: tuple[str, ...]  # the noun of an organisation's kind before its name: "Firma"
    joint_bids: tuple[str, ...]  # a joint bid's word before a member's name: "Bietergemeinschaft"


def facilitators(res: Resources) -> Facilitators:
    return res.compiled(_facilitators)


def _facilitators(res: Resources) -> Facilitators:
    d = res["facilitators"]
    return Facilitators(
        res.flags("facilitators"),
        d["role_terms"],
        d["anaphora"],
        d["engagement"],
        d["acting"],
        d["object_first"],
        d["labels"],
        d["link"],
        d["exclude"],
        d["staff"],
        d["object_after"],
        d["object_before"],
        d["engaged_after"],
        d["relative"],
        d["funding"],
        d["officials"],
        d["approx"],
        d["fee"],
        d["fee_back"],
        d["net"],
        d["agent_person"],
        d["agent_org"],
        d["agent_after"],
        d["agent_before"],
        d["not_agents"],
        d["owned"],
        d["construction"],
        d["deliberation"],
        d["action_value"],
        d["group_abbreviation"],
        d["genitive_heads"],
        d["tax"],
        d["change"],
        as_mapping(d["town"]),
        as_mapping(d["agency"]),
        as_mapping(d["not_engaged"]),
        tuple(FacilitatorEntry(e["id"], e["kind"], e["pattern"]) for e in d["entries"]),
        pattern_entries(d["legal_forms"]),
        pattern_entries(d["groups"]),
        as_tuple(d["bare"]),
        as_tuple(d["kind_nouns"]),
        as_tuple(d["joint_bids"]),
    )
