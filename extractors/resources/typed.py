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
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from . import CLOSED_CLASSES, Resources, re_flags


@dataclass(frozen=True)
class PatternEntry:
    """An entry of a list of patterns: its ``id``, its pattern and, where it declares them, its
    own flags (else ``None``: the file's)."""

    id: str
    pattern: str
    flags: int | None = None


def _entries(data: list[dict[str, Any]]) -> tuple[PatternEntry, ...]:
    return tuple(PatternEntry(e["id"], e["pattern"], re_flags(e["flags"]) if "flags" in e else None) for e in data)


def _words(data: list[str]) -> tuple[str, ...]:
    return tuple(data)


def _frozen(data: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(data))


# --- sections.yaml ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Sections:
    """``sections.yaml``: the headings of a submission's sections."""

    flags: int
    entries: tuple[PatternEntry, ...]


def sections(res: Resources) -> Sections:
    return res.compiled(_sections)


def _sections(res: Resources) -> Sections:
    return Sections(res.flags("sections"), _entries(res["sections"]["entries"]))


# --- costs.yaml ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CostType:
    """A kind of money and its cues (none: a kind named by the generic words only)."""

    id: str
    patterns: tuple[str, ...]


@dataclass(frozen=True)
class FiscalYear:
    """A year named by number, the year after the document's and the document's own."""

    year: str
    next: str
    current: str


@dataclass(frozen=True)
class Costs:
    """``costs.yaml``: the kinds of money, the generic words and their kind, the anaphor that
    points back to a sentence, the qualifiers, the budget account, the fiscal years and the
    signs of costs not read (``misses``)."""

    flags: int
    types: tuple[CostType, ...]
    generic_type: str
    generic: tuple[str, ...]
    anaphor: str
    qualifiers: Mapping[str, str]
    account: str
    fiscal_year: FiscalYear
    misses: Mapping[str, str]


def costs(res: Resources) -> Costs:
    return res.compiled(_costs)


def _costs(res: Resources) -> Costs:
    d = res["costs"]
    years = d["fiscal_year"]
    return Costs(
        res.flags("costs"),
        tuple(CostType(e["id"], _words(e["patterns"])) for e in d["entries"]),
        d["generic"]["type"],
        _words(d["generic"]["patterns"]),
        d["anaphor"],
        _frozen(d["qualifiers"]),
        d["account"],
        FiscalYear(years["year"], years["next"], years["current"]),
        _frozen(d["misses"]),
    )


# --- membership.yaml -------------------------------------------------------------------------


@dataclass(frozen=True)
class VerbEntry:
    """A verb that joins members to a group, and the particle that ends its clause."""

    id: str
    pattern: str
    particle: str | None


@dataclass(frozen=True)
class Membership:
    """``membership.yaml``: the verbs of membership and the cues of a list of members."""

    flags: int
    verbs: tuple[VerbEntry, ...]
    list_cue: str
    line_leads: str
    sentence_lead: str
    sentence_lead_end: str


def membership(res: Resources) -> Membership:
    return res.compiled(_membership)


def _membership(res: Resources) -> Membership:
    d = res["membership"]
    verbs = tuple(VerbEntry(e["id"], e["pattern"], e.get("particle")) for e in d["verbs"])
    return Membership(
        res.flags("membership"), verbs, d["list_cue"], d["line_leads"], d["sentence_lead"], d["sentence_lead_end"]
    )


# --- enumerations.yaml -----------------------------------------------------------------------


@dataclass(frozen=True)
class Enumerations:
    """``enumerations.yaml``: the word lists and patterns that read an enumeration of members."""

    flags: int
    separators: tuple[str, ...]
    determiners: tuple[str, ...]
    gendered_article: str
    prepositions: tuple[str, ...]
    dative_prepositions: tuple[str, ...]
    quantifiers: tuple[str, ...]
    honorifics: tuple[str, ...]
    each: tuple[str, ...]
    representatives: str
    representative_links: tuple[str, ...]
    adjective_stems: tuple[str, ...]
    adjective_endings: tuple[str, ...]
    adjectival_nouns: tuple[str, ...]
    weak_nouns: tuple[str, ...]
    er_plural_nouns: tuple[str, ...]
    generic: tuple[str, ...]


def enumerations(res: Resources) -> Enumerations:
    return res.compiled(_enumerations)


def _enumerations(res: Resources) -> Enumerations:
    d = res["enumerations"]
    return Enumerations(
        res.flags("enumerations"),
        _words(d["separators"]),
        _words(d["determiners"]),
        d["gendered_article"],
        _words(d["prepositions"]),
        _words(d["dative_prepositions"]),
        _words(d["quantifiers"]),
        _words(d["honorifics"]),
        _words(d["each"]),
        d["representatives"],
        _words(d["representative_links"]),
        _words(d["adjective_stems"]),
        _words(d["adjective_endings"]),
        _words(d["adjectival_nouns"]),
        _words(d["weak_nouns"]),
        _words(d["er_plural_nouns"]),
        _words(d["generic"]),
    )


# --- bodies.yaml -----------------------------------------------------------------------------


@dataclass(frozen=True)
class BodyType:
    """A kind of body ("Ausschuss" is a ``committee``)."""

    id: str
    type: str
    pattern: str


@dataclass(frozen=True)
class Publicity:
    """Whether a consultation is public, by its mark."""

    id: str
    value: bool
    pattern: str


@dataclass(frozen=True)
class Bodies:
    """``bodies.yaml``: the council's bodies and the words around a Beratungsfolge."""

    flags: int
    body_types: tuple[BodyType, ...]
    public: tuple[Publicity, ...]
    compound_heads: tuple[str, ...]
    roles: tuple[PatternEntry, ...]
    columns: tuple[PatternEntry, ...]
    labels: tuple[PatternEntry, ...]
    heading_links: tuple[PatternEntry, ...]
    results: tuple[PatternEntry, ...]
    heads: tuple[PatternEntry, ...]
    head_exclusions: tuple[PatternEntry, ...]
    header_fillers: tuple[PatternEntry, ...]
    prose_subjects: tuple[PatternEntry, ...]
    prose_verbs: tuple[PatternEntry, ...]


def bodies(res: Resources) -> Bodies:
    return res.compiled(_bodies)


def _bodies(res: Resources) -> Bodies:
    d = res["bodies"]
    fixed = ("flags", "body_types", "public", "compound_heads")
    lists = {k: _entries(d[k]) for k in Bodies.__dataclass_fields__ if k not in fixed}
    return Bodies(
        res.flags("bodies"),
        tuple(BodyType(e["id"], e["type"], e["pattern"]) for e in d["body_types"]),
        tuple(Publicity(e["id"], e["value"], e["pattern"]) for e in d["public"]),
        _words(d["compound_heads"]),
        **lists,
    )


# --- closed_class.yaml -----------------------------------------------------------------------


@dataclass(frozen=True)
class ClosedClasses:
    """``closed_class.yaml``: the articles, prepositions and conjunctions, by class."""

    linking_articles: tuple[str, ...]
    opening_articles: tuple[str, ...]
    indefinite_articles: tuple[str, ...]
    prepositions: tuple[str, ...]
    contractions: tuple[str, ...]
    conjunctions: tuple[str, ...]

    def of(self, name: str) -> tuple[str, ...]:
        """The words of the class ``name`` (``of("prepositions")``)."""
        words: tuple[str, ...] = getattr(self, name)
        return words


def closed_classes(res: Resources) -> ClosedClasses:
    return res.compiled(_closed_classes)


def _closed_classes(res: Resources) -> ClosedClasses:
    d = res["closed_class"]
    return ClosedClasses(**{name: _words(d[name]) for name in CLOSED_CLASSES})


# --- sectors.yaml ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SectorEntry:
    """A sector of a member and the patterns that name it, tried in file order."""

    id: str
    sector: str
    patterns: tuple[str, ...]


@dataclass(frozen=True)
class Sectors:
    """``sectors.yaml``: the sectors of steering group members and the sector of the rest."""

    flags: int
    entries: tuple[SectorEntry, ...]
    fallback: str


def sectors(res: Resources) -> Sectors:
    return res.compiled(_sectors)


def _sectors(res: Resources) -> Sectors:
    d = res["sectors"]
    entries = tuple(SectorEntry(e["id"], e["sector"], _words(e["patterns"])) for e in d["entries"])
    return Sectors(res.flags("sectors"), entries, d["fallback"])


# --- municipalities.yaml ---------------------------------------------------------------------


@dataclass(frozen=True)
class Municipality:
    """A municipality whose name the gazetteer does not spell as the documents do."""

    id: str
    name: str
    type: str
    state: str | None
    ags: str | None
    aliases: tuple[str, ...]


def municipalities(res: Resources) -> tuple[Municipality, ...]:
    return res.compiled(_municipalities)


def _municipalities(res: Resources) -> tuple[Municipality, ...]:
    return tuple(
        Municipality(e["id"], e["name"], e["type"], e.get("state"), e.get("ags"), _words(e.get("aliases", [])))
        for e in res["municipalities"]["entries"]
    )


# --- organisations.yaml ----------------------------------------------------------------------


@dataclass(frozen=True)
class OrganisationEntry:
    """A head noun of an organisation or office ("amt"), or names of one, with its label,
    grammatical gender and whether it names a field or a sector."""

    id: str
    label: str
    suffixes: tuple[str, ...]
    words: tuple[str, ...]
    gender: str | None
    field: bool
    sector_noun: bool


@dataclass(frozen=True)
class Organisations:
    """``organisations.yaml``: the words that are no organisation, the genders of noun endings
    and the heads and names of organisations."""

    exclude: tuple[str, ...]
    noun_genders: Mapping[str, tuple[str, ...]]
    entries: tuple[OrganisationEntry, ...]


def organisations(res: Resources) -> Organisations:
    return res.compiled(_organisations)


def _organisations(res: Resources) -> Organisations:
    d = res["organisations"]
    entries = tuple(
        OrganisationEntry(
            e["id"],
            e["label"],
            _words(e.get("suffixes", [])),
            _words(e.get("words", [])),
            e.get("gender"),
            bool(e.get("field")),
            bool(e.get("sector_noun")),
        )
        for e in d["entries"]
    )
    genders = _frozen({g: _words(ends) for g, ends in d["noun_genders"].items()})
    return Organisations(_words(d["exclude"]), genders, entries)


# --- taxonomy.yaml ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldEntry:
    """A Handlungsfeld of the taxonomy: its code, label and synonyms ("Sprach*": a prefix)."""

    id: str
    label: str
    synonyms: tuple[str, ...]


@dataclass(frozen=True)
class Taxonomy:
    """``taxonomy.yaml``: the Handlungsfelder, the words that lead in, block or end a list of
    them, and the signs of fields not read (``misses``)."""

    flags: int
    field_nouns: tuple[str, ...]
    field_abbreviations: tuple[str, ...]
    weak_nouns: tuple[str, ...]
    passing_nouns: tuple[str, ...]
    lead_blockers: tuple[str, ...]
    not_fields: tuple[str, ...]
    table_headers: tuple[str, ...]
    finite_verbs: tuple[str, ...]
    enumeration_stops: tuple[str, ...]
    predicate_nouns: tuple[str, ...]
    concept_context: str
    integration_context: str
    list_ends: str
    history: str
    entries: tuple[FieldEntry, ...]
    misses: Mapping[str, str]


def taxonomy(res: Resources) -> Taxonomy:
    return res.compiled(_taxonomy)


def _taxonomy(res: Resources) -> Taxonomy:
    d = res["taxonomy"]
    return Taxonomy(
        res.flags("taxonomy"),
        _words(d["field_nouns"]),
        _words(d["field_abbreviations"]),
        _words(d["weak_nouns"]),
        _words(d["passing_nouns"]),
        _words(d["lead_blockers"]),
        _words(d["not_fields"]),
        _words(d["table_headers"]),
        _words(d["finite_verbs"]),
        _words(d["enumeration_stops"]),
        _words(d["predicate_nouns"]),
        d["concept_context"],
        d["integration_context"],
        d["list_ends"],
        d["history"],
        tuple(FieldEntry(e["id"], e["label"], _words(e["synonyms"])) for e in d["entries"]),
        _frozen(d["misses"]),
    )
