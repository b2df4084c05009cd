"""nlp: the token layer for organisations and offices named in member lists.

A word names an organisation or an office by its head, the last part of the compound
("Kreisjugendamt" is an ``amt``, "Sozialdezernentin" a ``dezernent``), or by a fixed name
("Agentur für Arbeit", "Diakonisches Werk", "AWO"); ``resources/organisations.yaml`` lists
them. :class:`Lexicon` answers for one word without spaCy (heads, genders); :func:`entities`
runs a blank German spaCy pipeline with an EntityRuler built from the same entries over a
short stretch of text. spaCy is imported the first time a sentence needs it, so documents
without a candidate sentence never pay for it.

    >>> [(e.text, e.label, e.id) for e in entities("Vertreter des Jobcenters und der Agentur für Arbeit")]
    [('Jobcenters', 'ORG', 'jobcenter'), ('Agentur für Arbeit', 'ORG', 'agentur_fuer_arbeit')]
    >>> lexicon().head("Sozialdezernentin").id, lexicon().gender("Werks")
    ('dezernent', 'n')
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from extractors.resources import Resources, default_resources, typed
from pipeline.errors import ResourceError

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable

    from spacy.language import Language

# endings a head may carry: "Amtes", "Kammern", "Bürgermeisterin", "Vertreterinnen"
INFLECTION = r"(?:e|en|er|ern|es|n|s|in|innen|nen)?"
_SOURCE = "organisations.yaml"


@dataclass(frozen=True)
class Head:
    """What a head word names: an organisation or an office, with its noun's gender."""

    id: str
    label: str  # ORG | OFFICE | PERSON
    gender: str | None = None
    field: bool = False  # also a subject word ("Amt für Jugend und Schule")
    sector_noun: bool = False  # names a sector, not a member ("Politik", "Verwaltung")
    part: bool = False  # names a part of a body ("die Universität X mit dem Institut für Y")


@dataclass(frozen=True)
class Entity:
    """An organisation, office or person found in a text; offsets into that text."""

    start: int
    end: int
    text: str
    label: str
    id: str


def _acronym(word: str) -> bool:
    return sum(c.isupper() for c in word) >= 2 or "." in word


def _word_rx(word: str, last: bool = True) -> str:
    """A token pattern for one word of a name: acronyms as written, words with endings;
    an adjective before the noun by its stem ("Diakonisches" also as "Diakonischen")."""
    if _acronym(word):
        return "^" + re.escape(word) + "s?$"
    stem = word.lower()
    if not last and word[:1].isupper():
        stem = re.sub(r"(?:es|er|en|e)$", "", stem)
    return "^" + re.escape(stem) + INFLECTION + "$"


class Lexicon:
    """The heads and names of ``organisations.yaml``, compiled once."""

    def __init__(self, data: typed.Organisations) -> None:
        self.exclude = frozenset(w.lower() for w in data.exclude)
        self.tails = frozenset(data.tails)  # words going on the name before them ("… Stadt Regensburg", "… GmbH")
        self.entries: list[tuple[Head, list[str], list[str]]] = []
        for entry in data.entries:
            where = f"{_SOURCE} entry {entry.id!r}"
            if entry.label not in ("ORG", "OFFICE"):
                raise ResourceError(f"{where}: label must be ORG or OFFICE, not {entry.label!r}")
            suffixes = [s.lower() for s in entry.suffixes]
            words = list(entry.words)
            if not suffixes and not words:
                raise ResourceError(f"{where}: needs suffixes or words")
            head = Head(entry.id, entry.label, entry.gender, entry.field, entry.sector_noun, entry.part)
            self.entries.append((head, suffixes, words))
        ex = "|".join(re.escape(w) for w in sorted(self.exclude))
        self._not = f"(?!(?:{ex}){INFLECTION}$)" if ex else ""
        # (pattern, head, whether the pattern reads the word as written rather than lower-cased)
        self._single: list[tuple[re.Pattern[str], Head, bool]] = []
        for head, _suffixes, words in self.entries:  # names first, then heads, in file order
            for w in words:
                if " " not in w:
                    self._single.append((re.compile(_word_rx(w)), head, _acronym(w)))
        # one pattern for every head; its lazy prefix makes the longest head win
        # ("Bundesamt" is a `bundesamt`, not an `amt`)
        self._by_suffix = {s: head for head, suffixes, _ in reversed(self.entries) for s in suffixes}
        alt = "|".join(re.escape(s) for s in sorted(self._by_suffix, key=len, reverse=True))
        self._suffix = re.compile(f"^{self._not}[\\w-]*?(?P<head>{alt}){INFLECTION}$")
        genders = data.noun_genders
        self._genders = sorted(
            ((str(end).lower(), str(g)) for g, ends in genders.items() for end in ends), key=lambda p: -len(p[0])
        )
        # the word readers cache per lexicon (a cache on the method would keep every lexicon alive)
        self.head: Callable[[str], Head | None] = functools.lru_cache(maxsize=4096)(self._head)
        self.gender: Callable[[str], str | None] = functools.lru_cache(maxsize=4096)(self._gender)

    def _head(self, word: str) -> Head | None:
        """The head a single word names, if any ("Jobcenters" -> jobcenter)."""
        w = word.strip('.,;:()„“"')
        if not w:
            return None
        low = w if _acronym(w) else w.lower()
        low = w.lower()
        for rx, head, as_written in self._single:
            if rx.match(w if as_written else low):
                return head
        m = self._suffix.match(low)
        return self._by_suffix[m.group("head")] if m else None

    def _gender(self, noun: str) -> str | None:
        """The grammatical gender of a noun, from its head or its ending."""
        head = self.head(noun)
        if head and head.gender:
            return head.gender
        low = noun.lower()
        for end, g in self._genders:
            if re.search(re.escape(end) + INFLECTION + "$", low):
                return g
        return None

    def mark(self, word: str) -> str | None:
        """The NORM a word gets before the EntityRuler runs: its head ("§amt") or, for a
        word of a name of several words, its stem ("§w:diakonisch")."""
        head = self.head(word)
        if head is not None:
            return HEAD_MARK + head.id
        stem = self._forms.get(word.lower())
        return HEAD_MARK + "w:" + stem if stem else None

    @functools.cached_property
    def _forms(self) -> dict[str, str]:
        forms: dict[str, str] = {}
        for _, _, words in self.entries:
            for w in words:
                parts = w.split()
                for k, part in enumerate(parts if len(parts) > 1 else []):
                    if part[:1].isupper() and not _acronym(part):
                        stem = part.lower() if k == len(parts) - 1 else re.sub(r"(?:es|er|en|e)$", "", part.lower())
                        for e in _ENDINGS:
                            forms.setdefault(stem + e, stem)
        return forms

    def patterns(self) -> list[dict[str, Any]]:
        """EntityRuler patterns with the entry id: phrase patterns (matched on the marks of
        :meth:`mark`, so "Sozialamt" matches "Amt" and "Diakonischen Werks" matches
        "Diakonisches Werk") and a token pattern for persons ("Herrn Dr. Müller")."""
        out: list[dict[str, Any]] = []
        for head, suffixes, words in self.entries:
            names = list(words) + ([suffixes[0].capitalize()] if suffixes else [])
            out.extend({"label": head.label, "pattern": name, "id": head.id} for name in names)
        title = {"TEXT": {"IN": ["Dr.", "Prof."]}, "OP": "*"}
        name = {"IS_TITLE": True, "IS_ALPHA": True}
        out.append(
            {
                "label": "PERSON",
                "id": "person",
                "pattern": [{"LOWER": {"IN": ["herr", "herrn", "frau"]}}, title, name, {**name, "OP": "?"}],
            }
        )
        return out


HEAD_MARK = "§"
_ENDINGS = ("", "e", "en", "er", "ern", "es", "n", "s", "in", "innen", "nen")


def lexicon(res: Resources | None = None) -> Lexicon:
    """The lexicon of a resource set (built once)."""
    return (res or default_resources()).compiled(build_lexicon)


def build_lexicon(res: Resources) -> Lexicon:
    return Lexicon(typed.organisations(res))


class _Marks:
    """Pipeline component: each word's NORM set to its mark, for the EntityRuler's phrase matcher
    (its lexicon is given once the pipe is added)."""

    lex: Lexicon

    def __call__(self, doc: Any) -> Any:
        for token in doc:
            mark = self.lex.mark(token.text)
            if mark is not None:
                token.norm_ = mark
        return doc


def pipeline(res: Resources | None = None) -> Language:
    """``spacy.blank("de")`` with the head marks and an EntityRuler of the organisations
    (built on first use)."""
    return (res or default_resources()).compiled(build_pipeline)


def build_pipeline(res: Resources) -> Language:
    import spacy  # lazily: only documents with a member list pay for it
    from spacy.language import Language

    if not Language.has_factory("vorlagen_head_marks"):
        Language.factory("vorlagen_head_marks", func=lambda nlp, name: _Marks())
    lex = lexicon(res)
    nlp = spacy.blank("de")
    nlp.add_pipe("vorlagen_head_marks").lex = lex  # type: ignore[attr-defined]
    ruler = nlp.add_pipe("entity_ruler", config={"validate": False, "phrase_matcher_attr": "NORM"})
    ruler.add_patterns(lex.patterns())  # type: ignore[attr-defined]
    return nlp


def entities(text: str, res: Resources | None = None) -> list[Entity]:
    """Organisations, offices and persons in a short text, in order."""
    return list(_entities(text, res or default_resources()))


@functools.lru_cache(maxsize=512)
def _entities(text: str, res: Resources) -> tuple[Entity, ...]:
    # runs of white space (a line or page break inside a name) read as one space
    squeezed, origin = [], []
    for m in re.finditer(r"\s+|\S+", text):
        if m.group()[0].isspace():
            squeezed.append(" ")
            origin.append(m.start())
        else:
            squeezed.append(m.group())
            origin.extend(range(m.start(), m.end()))
    origin.append(len(text))
    doc = pipeline(res)("".join(squeezed))
    return tuple(
        Entity(
            origin[e.start_char],
            origin[e.end_char - 1] + 1,
            text[origin[e.start_char] : origin[e.end_char - 1] + 1],
            e.label_,
            e.ent_id_,
        )
        for e in doc.ents
    )
