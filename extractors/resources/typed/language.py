"""The typed loaders of the files the German layer and the shared readers use: the section
headings, enumerations, membership, organisations, municipalities and the
council's bodies."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .. import Resources
from .values import PatternEntry, as_mapping, as_tuple, own_flags, pattern_entries

# --- sections.yaml ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Sections:
    """``sections.yaml``: the headings of a submission's sections."""

    flags: int
    entries: tuple[PatternEntry, ...]


def sections(res: Resources) -> Sections:
    return res.compiled(_sections)


def _sections(res: Resources) -> Sections:
    return Sections(res.flags("sections"), pattern_entries(res["sections"]["entries"]))


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
        as_tuple(d["separators"]),
        as_tuple(d["determiners"]),
        d["gendered_article"],
        as_tuple(d["prepositions"]),
        as_tuple(d["dative_prepositions"]),
        as_tuple(d["quantifiers"]),
        as_tuple(d["honorifics"]),
        as_tuple(d["each"]),
        d["representatives"],
        as_tuple(d["representative_links"]),
        as_tuple(d["adjective_stems"]),
        as_tuple(d["adjective_endings"]),
        as_tuple(d["adjectival_nouns"]),
        as_tuple(d["weak_nouns"]),
        as_tuple(d["er_plural_nouns"]),
        as_tuple(d["generic"]),
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
    count_nouns: tuple[str, ...]  # the noun a count in a seat table's row may carry: "2 Personen"


def membership(res: Resources) -> Membership:
    return res.compiled(_membership)


def _membership(res: Resources) -> Membership:
    d = res["membership"]
    verbs = tuple(VerbEntry(e["id"], e["pattern"], e.get("particle")) for e in d["verbs"])
    return Membership(
        res.flags("membership"),
        verbs,
        d["list_cue"],
        d["line_leads"],
        d["sentence_lead"],
        d["sentence_lead_end"],
        as_tuple(d["count_nouns"]),
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
    part: bool = False  # names a part of a body ("Institut" of a university)


@dataclass(frozen=True)
class Organisations:
    """``organisations.yaml``: the words that are no organisation, the words that go on the name
    before them, the genders of noun endings and the heads and names of organisations."""

    exclude: tuple[str, ...]
    noun_genders: Mapping[str, tuple[str, ...]]
    entries: tuple[OrganisationEntry, ...]
    tails: tuple[str, ...] = ()


def organisations(res: Resources) -> Organisations:
    return res.compiled(_organisations)


def _organisations(res: Resources) -> Organisations:
    d = res["organisations"]
    entries = tuple(
        OrganisationEntry(
            e["id"],
            e["label"],
            as_tuple(e.get("suffixes", [])),
            as_tuple(e.get("words", [])),
            e.get("gender"),
            bool(e.get("field")),
            bool(e.get("sector_noun")),
            bool(e.get("part")),
        )
        for e in d["entries"]
    )
    genders = as_mapping({g: as_tuple(ends) for g, ends in d["noun_genders"].items()})
    return Organisations(as_tuple(d["exclude"]), genders, entries, as_tuple(d["tails"]))


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
        Municipality(e["id"], e["name"], e["type"], e.get("state"), e.get("ags"), as_tuple(e.get("aliases", [])))
        for e in res["municipalities"]["entries"]
    )


# --- bodies.yaml -----------------------------------------------------------------------------


@dataclass(frozen=True)
class BodyType:
    """A kind of body ("Ausschuss" is a ``committee``)."""

    id: str
    type: str
    pattern: str
    flags: int | None = None  # its own flags, where it declares them (else the file's)


@dataclass(frozen=True)
class Publicity:
    """Whether a consultation is public, by its mark."""

    id: str
    value: bool
    pattern: str
    flags: int | None = None  # its own flags, where it declares them ("Ö" as written)


@dataclass(frozen=True)
class Bodies:
    """``bodies.yaml``: the council's bodies and the words around a Beratungsfolge."""

    flags: int
    body_types: tuple[BodyType, ...]
    public: tuple[Publicity, ...]
    answers: tuple[Publicity, ...]  # a yes or no in the status column ("öff." over "ja"/"nein")
    compound_heads: tuple[str, ...]
    roles: tuple[PatternEntry, ...]
    columns: tuple[PatternEntry, ...]
    labels: tuple[PatternEntry, ...]
    heading_links: tuple[PatternEntry, ...]
    results: tuple[PatternEntry, ...]
    heads: tuple[PatternEntry, ...]
    head_exclusions: tuple[PatternEntry, ...]
    gatherings: tuple[PatternEntry, ...]
    steps: tuple[PatternEntry, ...]  # a deadline or dispatch a schedule lists among its meetings
    stations: tuple[PatternEntry, ...]  # a processing history's station column, its meetings among the office's steps
    session_codes: tuple[PatternEntry, ...]  # a meeting's code in a Beratungsfolge, its date in a calendar
    ditto_marks: tuple[PatternEntry, ...]  # a cell that repeats the cell above it ("〃", "dto.")
    header_fillers: tuple[PatternEntry, ...]
    unit_columns: tuple[PatternEntry, ...]  # a header's first column of member municipalities ("Gemeinde")
    places: tuple[PatternEntry, ...]  # a place column's words, and where a place's name begins in a row
    joint_sessions: tuple[PatternEntry, ...]  # the words after bodies meeting together in one row
    prose_subjects: tuple[PatternEntry, ...]
    prose_verbs: tuple[PatternEntry, ...]
    proposal_verbs: tuple[PatternEntry, ...]  # a proposal's verbs under the body it is for: the body's role


def bodies(res: Resources) -> Bodies:
    return res.compiled(_bodies)


def _bodies(res: Resources) -> Bodies:
    d = res["bodies"]
    fixed = ("flags", "body_types", "public", "answers", "compound_heads")
    lists = {k: pattern_entries(d[k]) for k in Bodies.__dataclass_fields__ if k not in fixed}
    return Bodies(
        res.flags("bodies"),
        tuple(BodyType(e["id"], e["type"], e["pattern"], own_flags(e)) for e in d["body_types"]),
        tuple(Publicity(e["id"], e["value"], e["pattern"], own_flags(e)) for e in d["public"]),
        tuple(Publicity(e["id"], e["value"], e["pattern"], own_flags(e)) for e in d["answers"]),
        as_tuple(d["compound_heads"]),
        **lists,
    )
