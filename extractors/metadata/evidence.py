"""The evidence the issuer of a document leaves, and the choice among it.

Each place where the issuer names itself (:mod:`extractors.metadata.letterheads`,
:mod:`extractors.metadata.mentions`) is one :class:`Evidence` with a weight; :func:`choose` sums
the weights per place and takes the heaviest, when it weighs MIN_WEIGHT or more.
"""

from __future__ import annotations

from dataclasses import dataclass

from .gazetteer import Gazetteer, Place, Resolution, name_key

LETTERHEAD, OFFICE_HEADER, PLACE_DATE_HEADER, PLACE_DATE_BARE_HEADER = 10, 10, 10, 8
BODY, PLACE_DATE, PLACE_DATE_BARE, UNKNOWN_LETTERHEAD, PARTIAL_LETTERHEAD = 6, 5, 4, 6, 5
SUBJECT, MENTION, MIN_WEIGHT = 2, 1, 3
RUNNING, RUNNING_MAX, ADJECTIVE, ADJECTIVE_MAX = 2, 4, 1, 3
PLACE_LIST = 6
INSTRUMENT, INSTRUMENT_MAX, DOMAIN, DOMAIN_MAX = 2, 4, 1, 2


@dataclass(frozen=True)
class Evidence:
    """One place where the issuer names itself."""

    resolution: Resolution
    written: str
    start: int
    end: int
    weight: int
    method: str  # letterhead, council_body, place_date, subject, running_text, adjective, instrument, web_domain


def only_one(named: list[Evidence], most: int) -> list[Evidence]:
    """The evidence of the one municipality among ``named`` (districts that hold it aside),
    its weights summed up to ``most``; nothing when ``named`` names more than one."""
    towns = {e.resolution.place or e.resolution.name for e in named if not is_district(e)}
    if len(towns) != 1:
        return []
    town = next(iter(towns))
    if any(
        is_district(e)
        and (not isinstance(town, Place) or e.resolution.place is None or town.district != e.resolution.place.ags)
        for e in named
    ):
        return []  # a district it does not lie in
    own = [e for e in named if not is_district(e)]
    first = own[0]
    return [
        Evidence(
            first.resolution, first.written, first.start, first.end, min(most, sum(e.weight for e in own)), first.method
        )
    ]


def is_district(ev: Evidence) -> bool:
    return (
        ev.resolution.place.is_district
        if ev.resolution.place is not None
        else ev.resolution.type in ("Landkreis", "Kreis")
    )


def same_place(ev: Evidence, other: Resolution, written: str, gaz: Gazetteer) -> bool:
    """Whether ``other`` (written ``written``) may name the place of ``ev``."""
    if ev.resolution.place is not None:
        if other.place is not None:
            return other.place == ev.resolution.place
        return ev.resolution.place in gaz.candidates(written)
    return name_key(other.name) == name_key(ev.resolution.name)


# what a weight is counted for: a place, else a name and its type without one
Key = Place | tuple[str, str, str | None]


def choose(found: list[Evidence], gaz: Gazetteer, hints: frozenset[str] = frozenset()) -> Evidence | None:
    """The place with the most weight (ties: named first); a name of several places counts
    for the one place named in full elsewhere ("Stadt Landau" for "Stadt Landau in der Pfalz").
    A municipality beats the district it lies in ("Gemeinde Ottobrunn" under or over
    "Landkreis München") unless only the district's bodies (Kreistag, Landrat) are named."""
    resolved = {e.resolution.place for e in found if e.resolution.place is not None}
    totals: dict[Key, int] = {}
    best_of: dict[Key, Evidence] = {}
    for ev in found:
        key: Key
        if ev.resolution.place is not None:
            key = ev.resolution.place
        else:
            fits = [p for p in resolved if p in gaz.candidates(ev.written)]
            key = fits[0] if len(fits) == 1 else ("?", name_key(ev.resolution.name), ev.resolution.type)
        totals[key] = totals.get(key, 0) + ev.weight
        held = best_of.get(key)
        if held is None or rank(ev) > rank(held):
            best_of[key] = ev
    if not totals:
        return None
    key = max(totals, key=lambda k: (totals[k], -best_of[k].start))
    if isinstance(key, Place) and key.is_district and not ("district" in hints and not hints & LOCAL_BODIES):
        within = [
            k
            for k in totals
            if isinstance(k, Place) and not k.is_district and k.district == key.ags and totals[k] >= MIN_WEIGHT
        ]
        if within:
            key = max(within, key=lambda k: (totals[k], -best_of[k].start))
    return best_of[key] if totals[key] >= MIN_WEIGHT else None


LOCAL_BODIES = frozenset({"town", "municipality"})


def rank(ev: Evidence) -> tuple[bool, int, int]:
    """Which evidence of a place stands for it: a resolved name, then the weightiest, first."""
    return ev.resolution.place is not None, ev.weight, -ev.start
