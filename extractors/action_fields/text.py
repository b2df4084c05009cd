"""The text the action-field readers work on, and what they hand back.

Fields are read from the flat text of the document's structure view: words broken at line
ends are joined ("Hand-" / "lungsfelder" → "Handlungsfelder") and page furniture is left out,
so that a list goes on across a page break. Its lines come from the shared line reader;
spans map back to the document text through ``Flat.span``.
"""

from __future__ import annotations

import bisect
import re
import weakref
from dataclasses import dataclass
from typing import NamedTuple

from extractors.base import clean_label
from extractors.resources import Resources
from pipeline.document import Document
from pipeline.lang.de.closed_class import ARTICLES, DEFINITE_ARTICLES, alternation, words
from pipeline.structure import Layout, Line, View, lines

from .vocab import Vocabulary, vocabulary


class Candidate(NamedTuple):
    """A field as read: offsets into the flat text, the cleaned label, the layout family, and
    the number the text gives the field ("Handlungsfeld 2: Wohnen" is field "2"), if any."""

    start: int
    end: int
    label: str
    method: str
    number: str = ""


@dataclass(frozen=True, eq=False)
class FieldText:
    """A document's flat text with its lines and the field vocabulary."""

    doc: Document
    layout: Layout
    text: str
    rows: list[Line]
    starts: list[int]
    vocab: Vocabulary
    long_line: int  # a line at least this long is full: the next line may continue it
    nouns: list[re.Match[str]]  # the strong field nouns and their abbreviations, in order
    weak: list[re.Match[str]]  # the weak nouns
    res: Resources  # the resources the field reads with (a field's name in the nominative needs their grammar)

    @classmethod
    def of(cls, doc: Document, res: Resources, sv: View) -> FieldText:
        """The field text of a document's view, built once per view: the extractor and its misses
        (asked by the review after it) both read it."""
        vocab = vocabulary(res)
        ft = _OF.get(sv)
        if ft is None or ft.doc is not doc or ft.vocab is not vocab:
            ft = _OF[sv] = cls._built(doc, res, vocab, sv)
        return ft

    @classmethod
    def _built(cls, doc: Document, res: Resources, vocab: Vocabulary, sv: View) -> FieldText:
        text = sv.layout.flat.text
        rows = lines(text)
        nouns = sorted([*vocab.noun.finditer(text), *vocab.abbreviation.finditer(text)], key=lambda m: m.start())
        # line lengths as printed: a flat line may hold two printed ones joined at a hyphen
        return cls(
            doc,
            sv.layout,
            text,
            rows,
            [r.start for r in rows],
            vocab,
            _long_line_limit(sv.lines),
            nouns,
            list(vocab.weak.finditer(text)),
            res,
        )

    def about_integration(self) -> bool:
        """Whether the document speaks of integration more than in passing (three mentions)."""
        found = self.vocab.integration.finditer(self.text)
        return next(found, None) is not None and next(found, None) is not None and next(found, None) is not None

    def strong_plurals(self) -> list[re.Match[str]]:
        """The strong field nouns in the plural ("Handlungsfelder"), in the text's order."""
        return [m for m in self.nouns if self.vocab.plural.fullmatch(m.group(0))]

    def plural_nouns(self) -> list[tuple[re.Match[str], bool]]:
        """The field nouns in the plural that may lead an enumeration, each with whether it is
        a weak one (Schwerpunkte, Bereiche), which needs the concept in its sentence."""
        found = [(m, False) for m in self.strong_plurals()]
        return found + [(m, True) for m in self.weak if re.search(r"(?:e|en|n)$", m.group(0))]

    def names_concept(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` names the concept whose fields are read (``concept_context``),
        not a concept of another matter: a compound naming its matter ("Integrationskonzept",
        "Teilhabeplan") or one the document names with the concept's topic right after it
        ("Handlungskonzept Integration", "Gesamtkonzept zur Integration"), while a compound of
        another matter ("Nutzungskonzept" of a sports hall) is none. The noun alone ("Das Konzept
        setzt …") speaks of the compound named last before it, if any."""
        for m in self.vocab.context.finditer(self.text, start, end):
            at = m.start()
            while at > 0 and (self.text[at - 1].isalpha()):
                at -= 1
            if at < m.start():
                if self._of_concept(at, m.end()):
                    return True
                continue
            compounds = [
                c
                for c in self.vocab.context.finditer(self.text, 0, at)
                if c.group(0).casefold() == m.group(0).casefold()
                and c.start() > 0
                and self.text[c.start() - 1].isalpha()
            ]
            if not compounds:
                return True
            last = compounds[-1]
            at = last.start()
            while at > 0 and self.text[at - 1].isalpha():
                at -= 1
            if self._of_concept(at, last.end()):
                return True
        return False

    def _of_concept(self, start: int, end: int) -> bool:
        """Whether the compound ``text[start:end]`` ("Nutzungskonzept") is a concept of the topic:
        its first part names it, or the document names it with the topic right after it."""
        vocab = self.vocab
        if vocab.integration.search(self.text, start, end):
            return True
        named = re.compile(re.escape(self.text[start:end]) + _TOPIC_AFTER, re.I)
        return any(vocab.integration.match(self.text, n.end()) for n in named.finditer(self.text))

    def row_at(self, offset: int) -> int:
        """Index of the line holding ``offset``."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def blank(self, i: int) -> bool:
        return i >= len(self.rows) or not self.rows[i].text.strip()

    def page_break(self, i: int) -> bool:
        """Whether line ``i`` is the empty line a form feed ends (where a page broke a table or a box)."""
        return i < len(self.rows) and self.blank(i) and self.text[self.rows[i].end : self.rows[i].end + 1] == "\f"

    def next_filled(self, i: int, limit: int = 3) -> int | None:
        """The first non-blank line at or after ``i``, within ``limit`` lines."""
        for k in range(i, min(len(self.rows), i + limit)):
            if not self.blank(k):
                return k
        return None


# the field text of each view, while the view lives (:meth:`FieldText.of`)
_OF: weakref.WeakKeyDictionary[View, FieldText] = weakref.WeakKeyDictionary()

# between a concept's noun and its topic: a case ending, a preposition and an article, a quote
# ("Handlungskonzept Integration", "Gesamtkonzepts zur Integration", "Konzept für die Teilhabe")
_TOPIC_AFTER = (
    r"(?:es|s)?[ \t\n]+(?:(?:"
    + alternation("prepositions", "contractions")
    + r")[ \t\n]+(?:(?:"
    + alternation(*DEFINITE_ARTICLES)
    + r")[ \t\n]+)?)?[„\"»]?"
)


def _long_line_limit(rows: list[Line]) -> int:
    lengths = sorted(len(r.text) for r in rows if r.text.strip() and "\t" not in r.text)
    return int(0.75 * lengths[int(0.9 * (len(lengths) - 1))]) if lengths else 60


# a page reference or a table-of-contents leader after a label: "(S. 11 ff.)", "....... 12", "\t12"
PAGE_REF = re.compile(
    r"(?:\s*\(S\.\s*\d+(?:\s*ff?\.)?\)|\s+S\.\s*\d+(?:\s*ff?\.)?|\s*(?:\.\s?){3,}\s*\d+"
    r"|[ \t]*\t[ \t]*\d{1,3}|[ \t]{3,}\d{1,3})[ \t.,;]*$"
)
_DESCRIPTION = re.compile(r"\s*(?::|[ \t][–—-][ \t])\s*")
_SENTENCE_END = re.compile(r"[.!?]$")
# a dot leader inside a line: dots, spaced or not, between a name and the next column
_LEADER = re.compile(r"[ \t]*(?:\.{4,}|(?:\.[ \t]){4,})")


# a share after the name, another column's figure ("HF3: Präsentationsgeräte 78 %", "Sprache 12,5 %")
_SHARE = re.compile(r"[ \t]+\d{1,3}(?:[,.]\d{1,2})?[ \t]*%[ \t.,;]*$")


def label_extent(raw: str, cut_description: bool = True) -> int:
    """Length of the part of ``raw`` that holds the label: without a page reference or a share
    ("78 %") at the end, and without a description after a colon or a spaced dash when the part before it
    is short."""
    m = PAGE_REF.search(raw) or _SHARE.search(raw)
    n = m.start() if m else len(raw)
    if (leader := _LEADER.search(raw, 0, n)) is not None:
        n = leader.start()  # "Sprache und Bildung ...... Leitung: Schulamt": the leader joins the name to a column
    if cut_description:
        d = _DESCRIPTION.search(raw, 0, n)
        if (
            d
            and len(raw[: d.start()].split()) <= 8
            and (raw[d.start() : d.end()].strip() == ":" or len(raw[d.end() : n].split()) >= 3)
        ):
            n = d.start()
    return n


def label_of(raw: str, cut_description: bool = True) -> str:
    """A field label from the text of a list item, heading or cell: numbering, quotes and page
    references dropped, and a description after a colon or a spaced dash cut off when the part
    before it is short.

    >>> label_of("- Wohnen: Versorgung mit bezahlbarem Wohnraum")
    'Wohnen'
    >>> label_of("c) Sport ........ 18")
    'Sport'
    >>> label_of("Gesundheit und Pflege – Zugang zu Angeboten für alle sichern")
    'Gesundheit und Pflege'
    """
    return clean_label(raw[: label_extent(raw, cut_description)])


# words that stand in field names between their nouns ("Zugang zu Kultur und Vereinen im Bereich Sport")
_FUNCTION = words(*ARTICLES, "prepositions", "contractions", "conjunctions") | {"als", "auch", "inkl", "u", "a"}
# the end of a field's name that goes on on the next line: a hyphen, a slash, a comma, an opening
# bracket, or a closed-class word ("Kinder- und", "Zugang zu")
WRAP_END = re.compile(
    r"(?:[-/,(]|\bbzw\.|\b(?:"
    + alternation(*DEFINITE_ARTICLES, "prepositions", "contractions", "conjunctions")
    + r"))$"
)
# a preposition that closes a phrase opened by "von" over one noun ("Sprache von Anfang an", "von Grund auf"):
# the line is whole, no wrapped prose
_CIRCUMPOSED = re.compile(r"\bvo[nm][ \t]+[A-ZÄÖÜ][\wäöüß-]*[ \t]+(?:" + alternation("prepositions") + r")$")


def breaks_off(line: str) -> bool:
    """Whether ``line`` breaks off where the next line goes on with it: it ends in a sign or a function word
    (``WRAP_END``) that does not close a phrase opened before it on the line."""
    return WRAP_END.search(line) is not None and _CIRCUMPOSED.search(line) is None


_ADJECTIVE = re.compile(r"\(?[a-zäöüß]\w*(?:e|en|er|es|em)\)?")
_INFINITIVE = re.compile(r"[a-zäöüß]\w*en")
_LINKS = words("conjunctions")


def is_sentence(label: str, vocab: Vocabulary) -> bool:
    """Whether a label reads as a sentence rather than a name: a finite verb, a full stop after
    several words, too many words, or two lower-case words that are neither function words
    nor adjectives before a noun.

    >>> from extractors.resources import default_resources
    >>> v = vocabulary(default_resources())
    >>> [is_sentence(x, v) for x in ("Erziehung und (institutionelle) Bildung", "Zugang zu Kultur und Vereinen",
    ...                              "In diesem Bereich arbeiten viele Träger eng zusammen",
    ...                              "Die Kitas sollen wachsen")]
    [False, False, True, True]
    """
    words = label.split()
    if len(words) > 12:
        return True
    if _SENTENCE_END.search(label) and len(words) >= 5:
        return True
    loose = 0
    for i, w in enumerate(words):
        bare = w.strip(',;:()„“"').casefold()
        if not w[:1].islower() and not w.startswith("("):
            continue
        if bare in vocab.verbs:  # also first: "siehe Anlage 2"
            return True
        if bare in _FUNCTION or bare.endswith("."):
            continue
        if _ADJECTIVE.fullmatch(w.strip(",;")) and i + 1 < len(words) and words[i + 1][:1].isupper():
            continue
        if i > 1 and words[i - 1] in _LINKS and _INFINITIVE.fullmatch(words[i - 2]) and _INFINITIVE.fullmatch(w):
            continue  # two infinitives coordinated count once: "Deutsch lernen und anwenden"
        if _second_infinitive(words, i):
            continue  # and so do they with an adverb before the second: "Deutsch lernen und mehrsprachig aufwachsen"
        loose += 1
    return loose >= 2


def _second_infinitive(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is the adverb before the second of two coordinated infinitives or that infinitive
    ("lernen und mehrsprachig aufwachsen")."""
    at = i if i + 1 < len(words) and _INFINITIVE.fullmatch(words[i + 1]) else i - 1
    return (
        at > 1
        and at + 1 < len(words)
        and words[at - 1] in _LINKS
        and _INFINITIVE.fullmatch(words[at - 2]) is not None
        and _INFINITIVE.fullmatch(words[at + 1]) is not None
        and words[at][:1].islower()
        and words[at] not in _LINKS
    )


# a quoted name: „X“, "X", »X«, also wrapped once
QUOTE = re.compile(r"[„\"“»]((?:[^“”„\"«»\n]|\n(?![ \t]*\n)){2,120}?)[“”\"«]")
