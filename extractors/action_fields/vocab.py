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
from typing import Any

from extractors.base import section_patterns
from extractors.fastre import Matcher, prefiltered
from extractors.german.closed_class import ARTICLES, words
from extractors.resources import Resources
from pipeline.errors import ResourceError

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
    passing: re.Pattern[str]  # strong nouns that name topics in passing in papers on other matters
    context: re.Pattern[str]  # what makes a weak noun's sentence one about the concept
    integration: re.Pattern[str]  # what makes a document one about integration
    blockers: re.Pattern[str]  # capitalised words that make a lead-in introduce something else
    not_field: re.Pattern[str]  # labels that are structure, not fields
    headers: re.Pattern[str]  # the other column headers of a table of fields
    verbs: frozenset[str]  # finite verbs: a label with one is a sentence
    stops: frozenset[str]  # other words that end an enumeration in running text
    bases: tuple[str, ...]  # the strong and weak nouns as listed, longest first (their case endings follow)
    predicates: re.Pattern[str]  # nouns a copula puts before a genitive: "Grundlage", "Gegenstand"
    list_ends: re.Pattern[str]  # a line that ends a list of fields: a signature, an agenda, a section heading
    history: re.Pattern[str]  # a sentence about an older plan: "im ersten Integrationskonzept", pluperfect


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


def _words(data: dict[str, Any], key: str, required: bool = True) -> list[str]:
    value = data.get(key)
    if value is None and not required:
        return []
    if not isinstance(value, list) or not value or not all(isinstance(w, str) and w.strip() for w in value):
        raise ResourceError(f"taxonomy.yaml: {key!r} must be a non-empty list of words")
    return [w.strip() for w in value]


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def vocabulary(res: Resources) -> Vocabulary:
    """The compiled vocabulary of ``taxonomy.yaml`` (built once per resource set)."""
    return res.compiled(build_vocabulary)


def build_vocabulary(res: Resources) -> Vocabulary:
    data: dict[str, Any] = res["taxonomy"]
    codes = []
    for entry in data.get("entries", []):
        synonyms = entry.get("synonyms")
        if not isinstance(synonyms, list) or not all(isinstance(s, str) and s.strip("*") for s in synonyms):
            raise ResourceError(f"taxonomy.yaml: entry {entry['id']!r} needs a list of non-empty synonyms")
        if synonyms:
            codes.append((str(entry["id"]), re.compile("|".join(synonym_pattern(s) for s in synonyms), re.I)))
    if not data.get("field_nouns"):
        raise ResourceError("taxonomy.yaml: missing key 'field_nouns'")
    nouns = _alternatives(_words(data, "field_nouns"))
    abbreviations = _alternatives(_words(data, "field_abbreviations", required=False) or ["HF"])
    weak = _alternatives(_words(data, "weak_nouns", required=False) or ["Bereich"])
    passing = _alternatives(_words(data, "passing_nouns", required=False) or ["Themenfeld"])
    try:
        flags = res.flags("taxonomy")
        context = re.compile(str(data.get("concept_context") or "konzept"), flags)
        integration = re.compile(str(data.get("integration_context") or "integration"), flags)
    except re.error as exc:
        raise ResourceError(f"taxonomy.yaml: a context is not a valid pattern: {exc}") from exc
    blockers = _alternatives(_words(data, "lead_blockers", required=False) or ["Ziel"])
    not_fields = _alternatives(_words(data, "not_fields", required=False) or ["Ziel"])
    headers = _alternatives(_words(data, "table_headers", required=False) or ["Ziel"])
    predicates = _alternatives(_words(data, "predicate_nouns", required=False) or ["Grundlage"])
    bases = tuple(
        sorted(_words(data, "field_nouns") + _words(data, "weak_nouns", required=False), key=len, reverse=True)
    )
    return Vocabulary(
        codes=tuple(codes),
        noun=prefiltered(rf"(?i)\b(?:{nouns}){_ENDINGS}\b"),
        abbreviation=prefiltered(rf"\b(?:{abbreviations})(?=[\s\d:.–-])"),
        singular=re.compile(rf"(?i:(?:{nouns})(?:es|s)?)|(?:{abbreviations})"),
        plural=re.compile(rf"(?i:(?:{nouns})(?:e|en|er|ern))"),
        weak=prefiltered(rf"(?i)\b(?:{weak}){_ENDINGS}\b"),
        passing=re.compile(rf"(?i)(?:{passing})"),
        context=context,
        integration=integration,
        blockers=re.compile(rf"\b(?:{blockers})\w*"),
        not_field=re.compile(rf"(?i)(?:{not_fields})\w{{0,3}}(?!\w)"),
        headers=re.compile(rf"(?i)\W*(?:{headers})"),
        verbs=frozenset(w.casefold() for w in _words(data, "finite_verbs", required=False)),
        stops=frozenset(w.casefold() for w in _words(data, "enumeration_stops", required=False)),
        bases=bases,
        predicates=re.compile(rf"(?:{predicates})\w{{0,3}}(?!\w)"),
        list_ends=_list_ends(res, data),
        history=_pattern(res, data, "history", r"\bdamals\b"),
    )


def _pattern(res: Resources, data: dict[str, Any], key: str, default: str) -> re.Pattern[str]:
    try:
        return re.compile(str(data.get(key) or default), res.flags("taxonomy"))
    except re.error as exc:
        raise ResourceError(f"taxonomy.yaml: {key} is not a valid pattern: {exc}") from exc


def _list_ends(res: Resources, data: dict[str, Any]) -> re.Pattern[str]:
    """The start of a line that ends a list of fields: ``list_ends`` or a section heading."""
    own = str(data.get("list_ends") or r"Tagesordnung(?!\w)")
    heads = [p.pattern for _, p in section_patterns(res)]
    try:
        return re.compile("|".join(f"(?:{p})" for p in [rf"[ \t]*(?:{own})", *heads]), res.flags("taxonomy") | re.M)
    except re.error as exc:
        raise ResourceError(f"taxonomy.yaml: list_ends is not a valid pattern: {exc}") from exc


def categories(label: str, res: Resources) -> tuple[str, ...]:
    """Every taxonomy code whose synonym occurs in ``label``; ``other`` when none does."""
    return _categories(label, vocabulary(res).codes)


def known_codes(label: str, vocab: Vocabulary) -> tuple[str, ...]:
    """:func:`categories` with the vocabulary at hand (a reader's)."""
    return _categories(label, vocab.codes)


@lru_cache(maxsize=4096)
def _categories(text: str, codes: tuple[tuple[str, re.Pattern[str]], ...]) -> tuple[str, ...]:
    """:func:`categories` of a label (a label is asked for again by the readers and the review)."""
    found = tuple(code for code, pattern in codes if pattern.search(text))
    return found or ("other",)


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
