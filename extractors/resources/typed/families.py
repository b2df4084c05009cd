"""The typed loaders of the files one field family reads: costs, sectors, the taxonomy of
Handlungsfelder and the header's metadata (the facilitators' in :mod:`.engagement`, steering
groups' in :mod:`.steering`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .. import Resources
from .values import PatternEntry, as_mapping, as_tuple, pattern_entries


@dataclass(frozen=True)
class DocType:
    """A type of document and the pattern of its name; ``generic``: it gives way to a specific
    type in the same header ("Vorlage" to "Beschlussvorlage"); ``submission``: a paper for a
    decision (a "Stellungnahme" is not)."""

    id: str
    name: str
    pattern: str
    generic: bool
    submission: bool


@dataclass(frozen=True)
class NumberLabel:
    """A label of the document number; ``structured``: it labels only an id with a separator
    ("139/2018"), never a bare count ("Nr. 7")."""

    id: str
    pattern: str
    structured: bool


@dataclass(frozen=True)
class SubjectLabel:
    """A label of the subject; ``alone``: it may also stand alone on its line over its value;
    ``continues``: it opens the second part of a title printed right above it ("hier: …")."""

    id: str
    pattern: str
    alone: bool
    continues: bool = False


@dataclass(frozen=True)
class IssuerCouncil:
    """A council named with its municipality after it, or (``place``) one only that municipality has."""

    id: str
    pattern: str
    place: str | None


@dataclass(frozen=True)
class IssuerKind:
    """A kind of issuer, its type and the words that name it."""

    id: str
    kind: str
    type: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class IssuerAssociation:
    """An association of municipalities that issues papers: its name and the words that open its letterhead."""

    id: str
    name: str
    words: tuple[str, ...]


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
class Plan:
    """A budget plan's listing: a position's heading and the year label before an amount."""

    heading: str
    year_label: str


@dataclass(frozen=True)
class Costs:
    """``costs.yaml``: the kinds of money, the generic words and their kind, the anaphor that
    points back to a sentence, the qualifiers, the budget account, the fiscal years, the
    signs of costs not read (``misses``), a budget plan's listing and the words that make an
    amount a part of the one before and a rate after an amount (``around``)."""

    flags: int
    types: tuple[CostType, ...]
    generic_type: str
    generic: tuple[str, ...]
    anaphor: str
    qualifiers: Mapping[str, str]
    account: str
    fiscal_year: FiscalYear
    misses: Mapping[str, str]
    plan: Plan
    around: Mapping[str, str]  # the words around an amount (parts, rate, whole, …, service)


def costs(res: Resources) -> Costs:
    return res.compiled(_costs)


def _costs(res: Resources) -> Costs:
    d = res["costs"]
    years = d["fiscal_year"]
    return Costs(
        res.flags("costs"),
        tuple(CostType(e["id"], as_tuple(e["patterns"])) for e in d["entries"]),
        d["generic"]["type"],
        as_tuple(d["generic"]["patterns"]),
        d["anaphor"],
        as_mapping(d["qualifiers"]),
        d["account"],
        FiscalYear(years["year"], years["next"], years["current"]),
        as_mapping(d["misses"]),
        Plan(d["plan"]["heading"], d["plan"]["year_label"]),
        as_mapping(d["around"]),
    )


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
    entries = tuple(SectorEntry(e["id"], e["sector"], as_tuple(e["patterns"])) for e in d["entries"])
    return Sectors(res.flags("sectors"), entries, d["fallback"])


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
    other_lists: tuple[str, ...]  # nouns of lists of another kind (the readers' and the misses')
    lead_blockers: tuple[str, ...]  # the readers' blockers: other_lists and their own extension
    not_field_leads: tuple[str, ...]  # the misses' lead-ins of other lists beyond other_lists
    field_parts: tuple[str, ...]  # nouns of the part of a concept that holds its fields ("Handlungsteil")
    not_fields: tuple[str, ...]
    table_headers: tuple[str, ...]
    finite_verbs: tuple[str, ...]
    enumeration_stops: tuple[str, ...]
    verb_phrase_nouns: tuple[str, ...]
    predicate_nouns: tuple[str, ...]
    concept_context: str
    concept_groups: str
    integration_context: str
    list_ends: str
    history: str
    entries: tuple[FieldEntry, ...]
    misses: Mapping[str, str]
    number_columns: tuple[str, ...] = ()  # the kinds of a field table's columns by their header's words
    level_columns: tuple[str, ...] = ()
    office_columns: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()  # the words of a level column's cells
    correlatives: tuple[str, ...] = ()  # adverbs that pair the parts of an enumeration ("einerseits")
    person_columns: tuple[str, ...] = ()  # the heads of a roster's columns of persons ("Name, Vorname")
    distributives: tuple[str, ...] = ()  # words giving one thing to each field ("jedem", "je")
    axis_charts: str = "(?!)"  # the charts whose axes are labelled with names ("Netzdiagramm")
    figure_captions: str = "(?!)"  # the words opening a figure's caption ("Abbildung 2:")
    figure_ends: str = "(?!)"  # the words opening a figure's source or legend under it ("Quelle:")
    question_labels: str = "(?!)"  # the word before a survey question's number ("Frage 7:")
    date_columns: tuple[str, ...] = ()  # the heads of a field table's column of dates ("Termin")
    markup_balloons: str = "(?!)"  # the kinds opening a balloon of a tracked-changes print ("Gelöscht:")
    map_features: str = "(?!)"  # the names of a map legend's entries that are the base map ("Kreisgrenze")
    mind_maps: str = "(?!)"  # the words naming a mind map or its branches ("Themenlandkarte", "Hauptäste")
    place_nouns: tuple[str, ...] = ()  # the nouns naming a place before its name ("Ortsrat Grone")
    forms: Mapping[str, str] = field(default_factory=dict)  # the words of a form's parts, by form
    room_columns: tuple[str, ...] = ()  # the heads of an event programme's column of rooms ("Raum")
    room_heads: str = "(?!)"  # the last compound parts of a room's name ("Seminarraum", "Foyer")


def taxonomy(res: Resources) -> Taxonomy:
    return res.compiled(_taxonomy)


def _taxonomy(res: Resources) -> Taxonomy:
    d = res["taxonomy"]
    return Taxonomy(
        res.flags("taxonomy"),
        as_tuple(d["field_nouns"]),
        as_tuple(d["field_abbreviations"]),
        as_tuple(d["weak_nouns"]),
        as_tuple(d["passing_nouns"]),
        as_tuple(d["other_lists"]),
        as_tuple([*d["other_lists"], *d["lead_blockers"]]),
        as_tuple(d["not_field_leads"]),
        as_tuple(d["field_parts"]),
        as_tuple(d["not_fields"]),
        as_tuple(d["table_headers"]),
        as_tuple(d["finite_verbs"]),
        as_tuple(d["enumeration_stops"]),
        as_tuple(d["verb_phrase_nouns"]),
        as_tuple(d["predicate_nouns"]),
        d["concept_context"],
        d["concept_groups"],
        d["integration_context"],
        d["list_ends"],
        d["history"],
        tuple(FieldEntry(e["id"], e["label"], as_tuple(e["synonyms"])) for e in d["entries"]),
        as_mapping(d["misses"]),
        as_tuple(d["number_columns"]),
        as_tuple(d["level_columns"]),
        as_tuple(d["office_columns"]),
        as_tuple(d["levels"]),
        as_tuple(d["correlatives"]),
        as_tuple(d["person_columns"]),
        as_tuple(d["distributives"]),
        d["axis_charts"],
        d["figure_captions"],
        d["figure_ends"],
        d["question_labels"],
        as_tuple(d["date_columns"]),
        d["markup_balloons"],
        d["map_features"],
        d["mind_maps"],
        as_tuple(d["place_nouns"]),
        as_mapping(d["forms"]),
        as_tuple(d["room_columns"]),
        d["room_heads"],
    )


# --- metadata.yaml -------------------------------------------------------------------------


@dataclass(frozen=True)
class Metadata:
    """``metadata.yaml``: the labels and words of a submission's header: its type, number,
    subject, date, contact and issuer."""

    flags: int
    doc_types: tuple[DocType, ...]
    default_doc_type: str
    number_labels: tuple[NumberLabel, ...]
    subject_labels: tuple[SubjectLabel, ...]
    number_supplements: tuple[str, ...]
    prose_date_words: tuple[str, ...]
    open_cell_words: tuple[str, ...]
    place_adjectives: tuple[str, ...]
    issuer_kinds: tuple[IssuerKind, ...]
    issuer_associations: tuple[IssuerAssociation, ...]
    type_labels: tuple[PatternEntry, ...]
    field_labels: tuple[PatternEntry, ...]
    date_labels: tuple[PatternEntry, ...]
    contact_labels: tuple[PatternEntry, ...]
    received_labels: tuple[PatternEntry, ...]
    version_heads: tuple[PatternEntry, ...]
    issuer_offices: tuple[PatternEntry, ...]
    issuer_councils: tuple[IssuerCouncil, ...]
    issuer_instruments: tuple[PatternEntry, ...]
    issuer_hints: tuple[PatternEntry, ...]
    state_hints: tuple[PatternEntry, ...]
    department_labels: tuple[str, ...]
    author_labels: tuple[str, ...]


def metadata(res: Resources) -> Metadata:
    return res.compiled(_metadata)


def _metadata(res: Resources) -> Metadata:
    d = res["metadata"]
    return Metadata(
        res.flags("metadata"),
        tuple(
            DocType(e["id"], e["name"], e["pattern"], bool(e.get("generic")), e.get("submission", True))
            for e in d["doc_types"]
        ),
        d["default_doc_type"],
        tuple(NumberLabel(e["id"], e["pattern"], bool(e.get("structured"))) for e in d["number_labels"]),
        tuple(
            SubjectLabel(e["id"], e["pattern"], bool(e.get("alone")), bool(e.get("continues")))
            for e in d["subject_labels"]
        ),
        as_tuple(d["number_supplements"]),
        as_tuple(d["prose_date_words"]),
        as_tuple(d["open_cell_words"]),
        as_tuple(d["place_adjectives"]["not_before"]),
        tuple(IssuerKind(e["id"], e["kind"], e["type"], as_tuple(e["words"])) for e in d["issuer_kinds"]),
        tuple(IssuerAssociation(e["id"], e["name"], as_tuple(e["words"])) for e in d["issuer_associations"]),
        pattern_entries(d["type_labels"]),
        pattern_entries(d["field_labels"]),
        pattern_entries(d["date_labels"]),
        pattern_entries(d["contact_labels"]),
        pattern_entries(d["received_labels"]),
        pattern_entries(d["version_heads"]),
        pattern_entries(d["issuer_offices"]),
        tuple(IssuerCouncil(e["id"], e["pattern"], e.get("place")) for e in d["issuer_councils"]),
        pattern_entries(d["issuer_instruments"]),
        pattern_entries(d["issuer_hints"]),
        pattern_entries(d["state_hints"]),
        as_tuple(d["department_labels"]),
        as_tuple(d["author_labels"]),
    )


# --- facilitators.yaml ---------------------------------------------------------------------
