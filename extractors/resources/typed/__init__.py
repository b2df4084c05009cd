"""One typed loader per resource file: ``typed.costs(res)`` is ``costs.yaml`` as a frozen
dataclass, built once per resource set from the data its schema checked on load
(:data:`~extractors.resources.SCHEMAS`), so that a family reads named attributes, not
``res["costs"]["fiscal_year"]["next"]``. Each holds the file's ``flags`` where it holds
patterns; the families compile their rules from it (``res.compiled(build_rules)``).

    >>> from extractors.resources import default_resources
    >>> costs(default_resources()).fiscal_year.next != ""
    True
    >>> [e.id for e in sections(default_resources()).entries][:2]
    ['subject', 'agenda_item']

Rooms: :mod:`.values` (an entry of a list of patterns, the conversions), :mod:`.language` (the
files of the German layer and the shared readers), :mod:`.families` (the files one field reads),
:mod:`.engagement` (the facilitators'), :mod:`.steering` (the steering groups').
"""

from __future__ import annotations

from .engagement import FacilitatorEntry, Facilitators, facilitators
from .families import (
    Costs,
    CostType,
    DocType,
    FieldEntry,
    FiscalYear,
    IssuerKind,
    Metadata,
    NumberLabel,
    SectorEntry,
    Sectors,
    SubjectLabel,
    Taxonomy,
    costs,
    metadata,
    sectors,
    taxonomy,
)
from .language import (
    Bodies,
    BodyType,
    Enumerations,
    Membership,
    Municipality,
    OrganisationEntry,
    Organisations,
    Publicity,
    Sections,
    VerbEntry,
    bodies,
    enumerations,
    membership,
    municipalities,
    organisations,
    sections,
)
from .steering import GroupNoun, Steering, steering
from .values import PatternEntry

__all__ = [
    "Bodies",
    "BodyType",
    "CostType",
    "Costs",
    "DocType",
    "Enumerations",
    "FacilitatorEntry",
    "Facilitators",
    "FieldEntry",
    "FiscalYear",
    "GroupNoun",
    "IssuerKind",
    "Membership",
    "Metadata",
    "Municipality",
    "NumberLabel",
    "OrganisationEntry",
    "Organisations",
    "PatternEntry",
    "Publicity",
    "Sections",
    "SectorEntry",
    "Sectors",
    "Steering",
    "SubjectLabel",
    "Taxonomy",
    "VerbEntry",
    "bodies",
    "costs",
    "enumerations",
    "facilitators",
    "membership",
    "metadata",
    "municipalities",
    "organisations",
    "sections",
    "sectors",
    "steering",
    "taxonomy",
]
