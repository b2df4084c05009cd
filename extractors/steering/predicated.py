"""A group named by a compound of its own that a sentence names a steering body by a copula ("Die
Integrationsrunde ist das Steuerungsgremium des Konzepts", "Die Resonanzgruppe bildet den Lenkungskreis"):
a group of the process, as one set up for it (``steering_predicate`` of ``steering.yaml``)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from extractors.resources import Resources, typed
from pipeline.structure.prose import Layout

from .mentions import Group


def _predicate(res: Resources) -> re.Pattern[str]:
    return res.compiled(_build)


def _build(res: Resources) -> re.Pattern[str]:
    return re.compile(typed.steering(res).steering_predicate)


def predicated(group: Group, others: Iterable[Group], layout: Layout, res: Resources) -> bool:
    """Whether a sentence names ``group`` a steering body: its name, the copula and a steering group's noun
    among ``others``, in one sentence."""
    rx, text = _predicate(res), layout.flat.text
    steering = [m for g in others if g is not group for m in g.mentions if m.tier == "steering"]
    return any(
        s.unit == m.unit and m.end < s.start and rx.search(text[m.end : s.start]) is not None
        for m in group.mentions
        for s in steering
    )
