"""The deciding body and date: one definition for the tables, the comparison and the report.

Of a submission's consultations (or a municipality's, merged over its submissions), the
decision is

1. the last dated consultation whose role is ``decision`` (read: "Entscheidung",
   "Beschlussfassung", a ``decision`` column), else
2. the last dated consultation of a council-type body (``body_type == "council"``: Rat,
   Stadtrat, Gemeinderat, Kreistag, Bürgerschaft), since in German local government the
   council takes the final decision; this decision is *inferred*, and every table that marks
   it says so (``decision_inferred``).

Undated consultations are never the decision. ``consultations.is_decision`` marks the
decision of each document, ``timelines.is_decision`` and ``municipalities.decision_date``
that of each municipality, by the same rule.

    >>> from types import SimpleNamespace as C
    >>> rows = [C(role="preliminary", body_type="committee", meeting_date="2020-01-10"),
    ...         C(role=None, body_type="council", meeting_date="2020-02-01")]
    >>> decision(rows) is rows[1], inferred(rows[1])
    (True, True)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, TypeVar


class Consulted(Protocol):
    @property
    def role(self) -> Any: ...

    @property
    def body_type(self) -> Any: ...

    @property
    def meeting_date(self) -> Any: ...


C = TypeVar("C", bound=Consulted)


def dated(c: Consulted) -> bool:
    return isinstance(c.meeting_date, str) and bool(c.meeting_date)


def decision(items: Sequence[C]) -> C | None:
    """The consultation that decided (see the module's rule), or None. Of equal dates, the
    first in ``items`` wins."""
    with_date = [c for c in items if dated(c)]
    chosen = [c for c in with_date if c.role == "decision"] or [c for c in with_date if c.body_type == "council"]
    if not chosen:
        return None
    last = max(str(c.meeting_date) for c in chosen)
    return next(c for c in chosen if c.meeting_date == last)


def inferred(c: Consulted) -> bool:
    """Whether a decision was inferred (a council's meeting), not read as the role ``decision``."""
    return c.role != "decision"
