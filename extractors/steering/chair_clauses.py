"""A clause after a member's name saying the member chairs the group, in brackets or between dashes
("Jörg Liebenow (leitet die Gruppe)", "Dr. Antje Martens" / "– leitet die Integrationsrunde –"): the
member is the chair; the clause is no part of the name (``chair_clause`` of ``steering.yaml``)."""

from __future__ import annotations

import re

from extractors.resources import Resources, typed


def chair_clause(res: Resources) -> re.Pattern[str]:
    return res.compiled(_build)


def _build(res: Resources) -> re.Pattern[str]:
    return re.compile(typed.steering(res).chair_clause)


def without_clause(value: str, res: Resources) -> tuple[str, bool]:
    """``value`` without its chair's clause, and whether it had one.

    >>> from extractors import load_resources
    >>> without_clause("Anna Lind – leitet die Integrationsrunde –", load_resources())
    ('Anna Lind', True)
    >>> without_clause("Anna Lind (leitet die Volkshochschule)", load_resources())
    ('Anna Lind (leitet die Volkshochschule)', False)
    """
    bare = chair_clause(res).sub("", value)
    return bare.strip() if bare != value else value, bare != value
