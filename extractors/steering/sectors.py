"""Sectors of steering group members, from the ordered gazetteer ``resources/sectors.yaml``.

Members are read and named in the nominative by :mod:`extractors.german.enumerations`; this module
says which sector a member belongs to ("Caritas-Zentrum Landau" -> ``welfare``) and whether
a chair names a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.fastre import Matcher, prefiltered
from extractors.german import enumerations
from extractors.resources import Resources, typed
from pipeline.lang.de.names import is_first_name

from .name_blocks import NAME_WORD


@dataclass(frozen=True)
class SectorRules:
    """The compiled sector gazetteer."""

    rules: tuple[tuple[str, str, Matcher], ...]  # (entry id, sector, pattern tried where its words occur)
    fallback: str


def sector_rules(res: Resources) -> SectorRules:
    """The compiled sector gazetteer (built once per resource set)."""
    return res.compiled(build_sector_rules)


def build_sector_rules(res: Resources) -> SectorRules:
    d = typed.sectors(res)  # its patterns checked on load
    rules = tuple((e.id, e.sector, prefiltered("|".join(f"(?:{p})" for p in e.patterns), d.flags)) for e in d.entries)
    return SectorRules(rules, d.fallback)


def classify(member: str, res: Resources, hint: str | None = None) -> str:
    """The sector of a member; ``hint`` (a list label) decides when the gazetteer does not.

    >>> from extractors.resources import default_resources
    >>> classify("Caritas-Zentrum Landau", default_resources())
    'welfare'
    >>> classify("Schulverwaltungsamt", default_resources())
    'administration'
    """
    rules = sector_rules(res)
    for _, sector, rx in () if is_name(member) else rules.rules:
        if rx.search(member):
            return sector
    if hint:
        hinted = classify(hint, res)
        if hinted != rules.fallback:
            return hinted
    return rules.fallback


def is_name(value: str) -> bool:
    """Whether a member is a person's name alone: titles, given names, one family name. Its words say
    nothing of a sector, though a family name may read as a noun of the gazetteer ("Anja Schulz",
    "Bernd Wohlfahrt"): the list's label says it.

    >>> [is_name(v) for v in ("Dr. Anja Schulz", "Lisa Marie Gottschalk", "Schulamt", "Stadt Schulz")]
    [True, True, False, False]
    """
    words = re.sub(r"^(?:(?:Herrn?|Frau|Dr\.|Prof\.)\s*)+", "", value.strip()).split()
    return len(words) >= 2 and all(is_first_name(w) for w in words[:-1]) and NAME_WORD.fullmatch(words[-1]) is not None


def is_person(value: str) -> bool:
    """Whether a chair names a person (title or name) rather than an office.

    >>> is_person("Zweiter Bürgermeister Herr Dr. Haslinger"), is_person("des Leiters des Sozialamtes")
    (True, False)
    """
    if re.search(r"\b(?:Herrn?|Frau|Dr\.|Prof\.)\s", value + " "):
        return True
    first_and_surname = re.search(r"[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]+$", value)
    return bool(first_and_surname) and not re.search(r"\b(?:der|des)\b", value)


# --- number words -------------------------------------------------------------------

number = enumerations.number
