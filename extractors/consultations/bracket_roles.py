"""A body with its role in brackets after it ("Werkausschuss (Vorberatung)"): the body, and the role its row's
cells did not give; a body with the meeting's place in brackets after it ("Integrationsforum (Bürgerveranstaltung,
Stadthalle Germering)"): the body."""

from __future__ import annotations

import dataclasses
import re

from pipeline.records import Consultation

from .places import venue
from .vocab import Vocab, renamed, status

ROLE_CELL_WORDS = 6  # the words of a role cell ("Beratung und Beschluss-" / "fassung"), at most
_BRACKETED = re.compile(r"(.*\S)\s*\(([^()]+)\)")


def role_in_brackets(rec: Consultation, v: Vocab) -> Consultation:
    """A body with its role in brackets after it ("Werkausschuss (Vorberatung)") as the body and
    that role; any other record as it is ("Ausschuss für Soziales (Sozial- und Integrationsausschuss)")."""
    m = _BRACKETED.fullmatch(rec.body)
    said = status(m[2], v) if m is not None and len(m[2].split()) <= ROLE_CELL_WORDS else None
    if m is not None and said is None and venue(m[2], v):  # "(…, Stadthalle Germering)": where it meets
        return renamed(rec, m[1], v)
    if m is None or said is None or said[0] is None:
        return rec
    return dataclasses.replace(renamed(rec, m[1], v), role=rec.role or said[0])
