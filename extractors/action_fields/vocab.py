"""The vocabulary of action fields: taxonomy codes and the words fields are read by.

Everything here comes from ``resources/taxonomy.yaml``:

- the taxonomy: a label gets every code one of whose synonyms it contains
  ("Zugang zu Sprache und Bildung" → sprache, bildung), ``other`` when none fits;
- the field nouns that name fields on their own ("Handlungsfeld", "Themenfeld", "HF") and the
  weak nouns that do so only in a sentence about the concept ("Schwerpunkte des
  Integrationskonzepts:" but not "Schwerpunkte der Sitzung:");
- lead-in blockers ("Folgende *Ziele* wurden für die Handlungsfelder formuliert:"), labels that
  are a concept's structure rather than a field ("Ziele", "Maßnahmen", "Einleitung"), and the
  words that end an enumeration in running text ("… Bildung und Arbeit *wurden* …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.base import section_patterns
from extractors.fastre import Matcher, prefiltered
from extractors.resources import Resources, typed
from extractors.resources.typed import Taxonomy
from pipeline.errors import ResourceError
from pipeline.lang.de.closed_class import ARTICLES, words

# endings of a German noun in its inflected forms ("Handlungsfeldern", "Bereichs", "Säulen")
_ENDINGS = r"(?:e|en|er|ern|es|s|n)?"


@dataclass(frozen=True)
class Vocabulary:
    codes: tuple[tuple[str, re.Pattern[str]], ...]
    noun: Matcher  # a strong field noun, any inflection, word-bounded
    abbreviation: Matcher  # an abbreviation of the field noun ("HF 2")
    singular: re.Pattern[str]  # the singular forms of the strong nouns and abbreviations
    plural: re.Pattern[str]  # the plural forms of the strong nouns
    weak: Matcher  # a weak noun, any inflection
    parts: re.Pattern[str]  # a noun of the part of a concept that holds its fields ("Handlungsteil")
    passing: re.Pattern[str]  # strong nouns that name topics in passing in papers on other matters
    context: re.Pattern[str]  # what makes a weak noun's sentence one about the concept
    groups: re.Pattern[str]  # the noun of a group that may be the concept's own ("Arbeitskreis")
    integration: re.Pattern[str]  # what makes a document one about integration
    blockers: re.Pattern[str]  # capitalised words that make a lead-in introduce something else
    not_field: re.Pattern[str]  # labels that are structure, not fields
    headers: re.Pattern[str]  # the other column headers of a table of fields
    verbs: frozenset[str]  # finite verbs: a label with one is a sentence
    stops: frozenset[str]  # other words that end an enumeration in running text
    phrases: frozenset[str]  # nouns of a verb's fixed phrase ("in den Blick"): they end one too
    bases: tuple[str, ...]  # the strong and weak nouns as listed, longest first (their case endings follow)
    predicates: re.Pattern[str]  # nouns a copula puts before a genitive: "Grundlage", "Gegenstand"
    list_ends: re.Pattern[str]  # a line that ends a list of fields: a signature, an agenda, a section heading
    history: re.Pattern[str]  # a sentence about an older plan: "im ersten Integrationskonzept", pluperfect
    # the kinds of a field table's other columns by their header's words: (kind, word), kinds number,
    # level, office (every other column word of ``headers`` heads a column of text)
    column_kinds: tuple[tuple[str, re.Pattern[str]], ...] = ()
    levels: re.Pattern[str] = re.compile(r"(?!)")  # a level column's cell ("hoch", "mittel")
    offices: re.Pattern[str] = re.compile(r"(?!)")  # a word an office's name opens with ("Fachdienst", "Jobcenter")
    persons: re.Pattern[str] = re.compile(r"(?!)")  # a roster's column of persons ("Name, Vorname")
    correlative: re.Pattern[str] = re.compile(r"(?!)")  # an adverb pairing parts of an enumeration ("einerseits")


def synonym_pattern(synonym: str) -> str:
    """A synonym as a regex: word start, words joined by any space, ``*`` lets the word go on.

    >>> bool(re.search(synonym_pattern("Bildung*"), "Ausbildung", re.I))
    False
    >>> bool(re.search(synonym_pattern("Sprach*"), "Zugang zu Sprachkursen", re.I))
    True
    """
    open_end = synonym.endswith("*")
    words = [re.escape(w) for w in synonym.rstrip("*").split()]
    return r"(?<!\w)" + r"\s+".join(words) + (r"\w*" if open_end else r"(?!\w)")


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def vocabulary(res: Resources) -> Vocabulary:
    """The compiled vocabulary of ``taxonomy.yaml`` (built once per resource set)."""
    return res.compiled(build_vocabulary)


def build_vocabulary(res: Resources) -> Vocabulary:
    data = typed.taxonomy(res)  # its lists checked on load (none empty), its patterns compiled
    codes = []
    for entry in data.entries:
        if not all(s.strip("*") for s in entry.synonyms):
            raise ResourceError(f"taxonomy.yaml: entry {entry.id!r} needs a list of non-empty synonyms")
        if entry.synonyms:
            codes.append((entry.id, re.compile("|".join(synonym_pattern(s) for s in entry.synonyms), re.I)))
    nouns = _alternatives(_words(data.field_nouns))
    abbreviations = _alternatives(_words(data.field_abbreviations))
    weak = _alternatives(_words(data.weak_nouns))
    passing = _alternatives(_words(data.passing_nouns))
    blockers = _alternatives(_words(data.lead_blockers))
    not_fields = _alternatives(_words(data.not_fields))
    headers = _alternatives(_words(data.table_headers))
    predicates = _alternatives(_words(data.predicate_nouns))
    bases = tuple(sorted(_words(data.field_nouns) + _words(data.weak_nouns), key=len, reverse=True))
    return Vocabulary(
        codes=tuple(codes),
        noun=prefiltered(rf"(?i)\b(?:{nouns}){_ENDINGS}\b"),
        abbreviation=prefiltered(rf"\b(?:{abbreviations})(?=[\s\d:.–-])"),
        singular=re.compile(rf"(?i:(?:{nouns})(?:es|s)?)|(?:{abbreviations})"),
        plural=re.compile(rf"(?i:(?:{nouns})(?:e|en|er|ern))"),
        weak=prefiltered(rf"(?i)\b(?:{weak}){_ENDINGS}\b"),
        parts=re.compile(rf"(?i)\b(?:{_alternatives(_words(data.field_parts))}){_ENDINGS}\b"),
        passing=re.compile(rf"(?i)(?:{passing})"),
        context=re.compile(data.concept_context, data.flags),
        groups=re.compile(rf"\b(?:{data.concept_groups})(?=(?:es|s|en|n)?\b)"),
        integration=re.compile(data.integration_context, data.flags),
        blockers=re.compile(rf"\b(?:{blockers})\w*"),
        not_field=re.compile(rf"(?i)(?:{not_fields})\w{{0,3}}(?!\w)"),
        headers=re.compile(rf"(?i)\W*(?:{headers})"),
        verbs=frozenset(w.casefold() for w in _words(data.finite_verbs)),
        stops=frozenset(w.casefold() for w in _words(data.enumeration_stops)),
        phrases=frozenset(w.casefold() for w in _words(data.verb_phrase_nouns)),
        bases=bases,
        predicates=re.compile(rf"(?:{predicates})\w{{0,3}}(?!\w)"),
        list_ends=_list_ends(res, data),
        history=re.compile(data.history, data.flags),
        column_kinds=tuple(
            (kind, re.compile(rf"(?i)\W*(?:{_alternatives(_words(heads))})"))
            for kind, heads in (
                ("number", data.number_columns),
                ("level", data.level_columns),
                ("date", data.date_columns),
                ("office", data.office_columns),
            )
        ),
        levels=re.compile(rf"(?:{_alternatives(_words(data.levels))})"),
        offices=_offices(res),
        persons=re.compile(rf"(?i)\W*(?:{_alternatives(_words(data.person_columns))})\b"),
        correlative=re.compile("|".join(synonym_pattern(w) for w in _words(data.correlatives)), re.I),
    )


def _offices(res: Resources) -> re.Pattern[str]:
    """A word an office's or organisation's name opens with: a head noun of ``organisations.yaml``
    at its end ("Fachdienst", "Volkshochschule", "Gesundheitsamt"), inflected, or a fixed name's first word."""
    orgs = typed.organisations(res)
    heads = [s for e in orgs.entries if e.label == "ORG" for s in e.suffixes]
    firsts = [w.split()[0] for e in orgs.entries if e.label == "ORG" for w in e.words]
    return re.compile(
        rf"(?!(?i:{_alternatives(list(orgs.exclude))})$)"
        rf"(?:(?=[A-ZÄÖÜ])\w*(?i:{_alternatives(heads)})(?:s|es|e|en|n|er)?|{_alternatives(firsts)})"
    )


def _words(words: tuple[str, ...]) -> list[str]:
    return [w.strip() for w in words]


def _list_ends(res: Resources, data: Taxonomy) -> re.Pattern[str]:
    """The start of a line that ends a list of fields: ``list_ends`` or a section heading."""
    heads = [p.pattern for _, p in section_patterns(res)]
    return re.compile("|".join(f"(?:{p})" for p in [rf"[ \t]*(?:{data.list_ends})", *heads]), data.flags | re.M)


def categories(label: str, res: Resources) -> tuple[str, ...]:
    """Every taxonomy code whose synonym occurs in ``label``; where none does, those of the nouns
    of its verbs (a label of verbs, "BERATEN & BEGLEITEN", names the fields of their nouns), or those
    of the label read with "rn" as "m" (a scan's misreading left in a quoted notice: "Arbeitsrnarkt");
    ``other`` when none does."""
    codes = _categories(label, vocabulary(res).codes)
    if codes == ("other",):
        codes = _categories(" ".join(f"{m[1]}ung {m[1]}" for m in _INFINITIVE.finditer(label)), vocabulary(res).codes)
    if codes == ("other",) and "rn" in label:
        codes = _categories(label.replace("rn", "m"), vocabulary(res).codes)
    return codes


def known_codes(label: str, vocab: Vocabulary) -> tuple[str, ...]:
    """:func:`categories` with the vocabulary at hand (a reader's)."""
    return _categories(label, vocab.codes)


@lru_cache(maxsize=4096)
def _categories(text: str, codes: tuple[tuple[str, re.Pattern[str]], ...]) -> tuple[str, ...]:
    """:func:`categories` of a label (a label is asked for again by the readers and the review)."""
    found = tuple(code for code, pattern in codes if pattern.search(text))
    return found or ("other",)


# an infinitive and its stem, whose noun of the action ends in "-ung" ("beraten" → "Beratung")
# or is the stem ("arbeiten" → "Arbeit")
_INFINITIVE = re.compile(r"\b(\w+?[^\W\daeiouäöü])en\b", re.I)


_STOP = words(*ARTICLES, "prepositions", "contractions", "conjunctions") | {"bereich", "schwerpunkt"}


def content_words(label: str) -> frozenset[str]:
    """Lower-cased words of a label without function words, for near-duplicate tests.

    >>> sorted(content_words("Zugang zu Sprache und Bildung"))
    ['bildung', 'sprache', 'zugang']
    """
    return frozenset(w for w in re.findall(r"\w+", label.lower()) if w not in _STOP)


def is_structure(label: str, vocab: Vocabulary) -> bool:
    """Whether a label names a part of the concept ("Ziele", "Maßnahmen im Bereich Wohnen",
    "Einleitung") rather than a field.

    >>> from extractors.resources import default_resources
    >>> v = vocabulary(default_resources())
    >>> [is_structure(x, v) for x in ("Ziele und Maßnahmen", "Zielgruppen", "Wohnen", "Einleitung")]
    [True, False, False, True]
    """
    return vocab.not_field.match(label) is not None
