"""Members of steering groups: splitting enumerations, cleaning member phrases, sectors.

A member is written as it stands in the document, without the words that only tie it
into the sentence ("mit der Amtsleitung ..." -> "Amtsleitung ...", "des Hauses
International" -> "Haus International"). Sectors come from the ordered gazetteer
``resources/sectors.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pipeline.errors import ResourceError

from .resources import Resources, default_resources, require

_CACHE: dict[int, "SectorRules"] = {}


@dataclass(frozen=True)
class SectorRules:
    """The compiled sector gazetteer and the phrase word lists."""

    rules: tuple[tuple[str, str, re.Pattern[str]], ...]  # (entry id, sector, pattern)
    fallback: str
    prepositions: frozenset[str]
    dative: frozenset[str]
    determiners: frozenset[str]
    quantifiers: frozenset[str]
    honorifics: frozenset[str]
    adjectives: frozenset[str]
    generic: frozenset[str]


def sector_rules(res: Resources) -> SectorRules:
    key = id(res)
    if key not in _CACHE:
        _CACHE[key] = _compile(res["sectors"])
    return _CACHE[key]


def _compile(data: dict[str, Any]) -> SectorRules:
    rules = []
    for entry in require(data, "entries", "sectors.yaml"):
        sector = require(entry, "sector", f"sectors.yaml entry {entry['id']!r}")
        patterns = require(entry, "patterns", f"sectors.yaml entry {entry['id']!r}")
        try:
            rx = re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
        except re.error as exc:
            raise ResourceError(f"sectors.yaml entry {entry['id']!r}: bad pattern: {exc}") from exc
        rules.append((str(entry["id"]), str(sector), rx))
    phrase = require(data, "phrase", "sectors.yaml")

    def words(name: str) -> frozenset[str]:
        return frozenset(str(w).casefold() for w in require(phrase, name, "sectors.yaml phrase"))

    return SectorRules(tuple(rules), str(data.get("fallback", "other")), words("prepositions"),
                       words("dative_prepositions"), words("determiners"), words("quantifiers"),
                       words("honorifics"), frozenset(require(phrase, "article_adjectives", "sectors.yaml phrase")),
                       words("generic"))


def classify(member: str, res: Resources, hint: str | None = None) -> str:
    """The sector of a member; ``hint`` (a list label) decides when the gazetteer does not.

    >>> classify("Caritas-Zentrum Landau", default_resources())
    'welfare'
    >>> classify("Schulverwaltungsamt", default_resources())
    'administration'
    """
    rules = sector_rules(res)
    for _, sector, rx in rules.rules:
        if rx.search(member):
            return sector
    if hint:
        hinted = classify(hint, res)
        if hinted != rules.fallback:
            return hinted
    return rules.fallback


# --- enumerations -------------------------------------------------------------------

_DETS = (r"(?:der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines|verschiedene[nr]?|mehrere[nr]?"
         r"|weitere[nr]?|einzelne[nr]?|alle[nr]?|Herrn?|Frau)")
_SEPARATORS = re.compile(
    r"\s*[,;]\s*(?:(?:und|oder|sowie)\s+)?"
    r"|\s+(?:sowie|als\s+auch|sowohl)\s+"
    r"|\s+(?:und|oder|mit|neben)\s+(?=" + _DETS + r"\s)"
    r"|\s+und\s+(?=[A-ZÄÖÜ][\wäöüß-]*\s+(?:der|des)\s)"
)


def _mask_brackets(text: str) -> str:
    """Text with everything inside brackets replaced, so separators there are ignored."""
    out, depth = [], 0
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
            out.append(ch)
            continue
        out.append("_" if depth and not ch.isspace() else ch)
    return "".join(out)


def split_enumeration(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Offsets of the parts of an enumeration in ``text[start:end]``.

    >>> t = "das Sozialamt, das Jugendamt als auch das Amt für Migration und Integration"
    >>> [t[a:b] for a, b in split_enumeration(t, 0, len(t))]
    ['das Sozialamt', 'das Jugendamt', 'das Amt für Migration und Integration']
    """
    masked = _mask_brackets(text[start:end])
    parts, pos = [], 0
    for m in _SEPARATORS.finditer(masked):
        if m.start() > pos:
            parts.append((start + pos, start + m.start()))
        pos = m.end()
    if pos < len(masked):
        parts.append((start + pos, end))
    out = []
    for a, b in parts:
        pair = _BARE_PAIR.match(text, a, b)
        if pair and not re.search(r"(?:innen|-)$", pair.group("a")) and len(parts) > 1:
            out += [(a, pair.end("a")), (pair.start("b"), b)]
        elif text[a:b].strip():
            out.append((a, b))
    return out


# "Diakonie und Volkshochschule" at the end of a list is two members; "Amt für Migration
# und Integration" and "Kreisrätinnen und Kreisräte" are one.
_CAP = r"[A-ZÄÖÜ][\wäöüß.]*(?:\s+[A-ZÄÖÜ][\wäöüß.]*)*"
_BARE_PAIR = re.compile(r"(?:(?:der|die|das|dem|den|des|mit|von|aus|neben)\s+)?(?P<a>" + _CAP
                        + r")\s+(?:und|oder)\s+(?P<b>" + _CAP + r")\s*$")


# --- member phrases -----------------------------------------------------------------

_WORD = re.compile(r"\S+")
_VOWELS = "aeiouäöüy"


def _genitive_stem(word: str) -> str:
    """ "Hauses" -> "Haus", "Leiters" -> "Leiter", "Amtes" -> "Amt"."""
    if word.isupper() or len(word) < 4:
        return word
    if word.endswith("es") and word[-3] not in _VOWELS and len(word) > 5:
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and word[-2] not in "s":
        return word[:-1]
    return word


def _dative_plural_stem(word: str, dative: bool) -> str:
    """ "Oberbürgermeistern" -> "Oberbürgermeister"; after a dative: "Kreisräten" -> "Kreisräte"."""
    if len(word) > 6 and re.search(r"[^e](?:er|el)n$", word):
        return word[:-1]
    if dative and word.endswith("en") and len(word) > 5:
        stem = word[:-2]
        last_vowel = next((c for c in reversed(stem) if c in _VOWELS), "")
        if last_vowel in "äöü" and stem[-1] not in _VOWELS + "n":
            return word[:-1]
    return word


def clean_member(phrase: str, res: Resources) -> tuple[str, int]:
    """A member phrase without leading function words, in the nominative where it is
    safe to tell; also the number of characters dropped from the front.

    >>> clean_member("des Hauses International", default_resources())
    ('Haus International', 4)
    >>> clean_member("von Kreisrätinnen und Kreisräten", default_resources())[0]
    'Kreisrätinnen und Kreisräte'
    """
    rules = sector_rules(res)
    words = [(m.start(), m.group()) for m in _WORD.finditer(phrase)]
    det, dative, i = "", False, 0
    skip = rules.prepositions | rules.determiners | rules.quantifiers | rules.honorifics
    while i < len(words) - 1 and (words[i][1].casefold().rstrip(",") in skip or number(words[i][1]) is not None):
        w = words[i][1].casefold().rstrip(",")
        if w in rules.determiners:
            det = w
        if w in rules.dative:
            dative = True
        i += 1
    if not words or i >= len(words):
        return "", 0
    dropped = words[i][0]
    kept = [w for _, w in words[i:] if w.casefold() not in rules.honorifics]
    if not kept:
        return "", dropped
    if det in ("den", "dem"):
        dative = True
    if det == "des":
        kept[0] = _genitive_stem(kept[0])
    elif det == "der" and kept[0] in rules.adjectives and len(kept) > 1 and not kept[1].endswith("in"):
        kept[0] += "r"
    kept[0] = _dative_plural_stem(kept[0], dative)
    for j in range(1, len(kept)):
        if kept[j - 1] in ("und", "oder") and j == 2:
            kept[j] = _dative_plural_stem(kept[j], dative)
    value = strip_end(" ".join(kept).strip(" \t,;:–-"))
    if value.casefold() in rules.generic:
        return "", dropped
    honorific = next((n for n, (_, w) in enumerate(words) if w.casefold() in rules.honorifics), None)
    if honorific is not None and " " not in value and classify(value, res) == rules.fallback:
        # a surname alone keeps its "Herr"/"Frau"; an office ("Herrn Oberbürgermeister") does not
        return words[honorific][1].rstrip("n") + " " + value, words[honorific][0]
    return value, dropped


def strip_end(value: str) -> str:
    """A trailing full stop removed unless it ends an abbreviation ("e.V.").

    >>> strip_end("Sozialamt."), strip_end("Verein e.V.")
    ('Sozialamt', 'Verein e.V.')
    """
    if value.endswith(".") and not re.search(r"(?:\b\w\.\w|\b(?:e\.\s?V|Str|Dr|Nr|Co|Inc))\.$", value):
        value = value[:-1]
    return value.strip()


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

_NUMBER_WORDS = {w: n for n, w in enumerate(
    "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn "
    "sechzehn siebzehn achtzehn neunzehn zwanzig".split())}


def number(word: str) -> int | None:
    """ "19" -> 19, "sieben" -> 7, anything else -> None."""
    w = word.casefold()
    return int(w) if w.isdigit() else _NUMBER_WORDS.get(w)
