"""The total of a matter ("Kosten gesamt"), read by the comparison and the review alike: a stated
total, else the sum of one kind's amounts across years."""

from __future__ import annotations

from dataclasses import dataclass

NEVER_ADDED = ("grant",)  # money received or granted is no cost: never added to the others


@dataclass(frozen=True)
class Total:
    """What "Kosten gesamt" is: a stated total, or the sum of one kind's amounts (computed)."""

    amount: float
    computed: bool
    kind: str  # the cost type of the amounts it is (``total`` when stated)
    parts: tuple[int, ...]  # the positions of the items it is made of


def cost_total(items: list[tuple[float, str | None, int | None]]) -> Total | None:
    """The total of a matter's amounts, each given as (amount, cost type, fiscal year).

    A stated total wins (the largest, when several are stated: the others are parts of it).
    Otherwise the amounts of one kind are added across years, an amount per (value, year):
    equal amounts of different years are two amounts, and where a kind has amounts per year an
    amount without a year (the line they are a breakdown of) is not added to them. Grants are
    never added; amounts of two or more kinds give no total (they are not added either).

    >>> cost_total([(15000.0, "grant", None), (5000.0, "budget", None)])
    Total(amount=5000.0, computed=True, kind='budget', parts=(1,))
    >>> cost_total([(10000.0, "budget", 2024), (10000.0, "budget", 2025), (20000.0, "budget", None)]).amount
    20000.0
    >>> cost_total([(27000.0, "total", None), (22645.0, "total", None), (4200.0, "material", None)]).amount
    27000.0
    >>> cost_total([(3000.0, "external_support", None), (500.0, "material", None)]) is None
    True
    """
    cents = [(round(a * 100), kind or "other", year) for a, kind, year in items]
    stated = [c for c in cents if c[1] == "total"]
    if stated:
        top = max(c[0] for c in stated)
        parts = tuple(i for i, c in enumerate(cents) if c[1] == "total" and c[0] == top)
        return Total(top / 100, False, "total", parts)
    kinds = {c[1] for c in cents if c[1] not in NEVER_ADDED}
    if len(kinds) != 1:
        return None
    (kind,) = kinds
    yearly = any(c[2] is not None for c in cents if c[1] == kind)
    chosen = {c for c in cents if c[1] == kind and (c[2] is not None or not yearly)}
    parts = tuple(i for i, c in enumerate(cents) if c in chosen)
    return Total(sum(c[0] for c in chosen) / 100, True, kind, parts)
