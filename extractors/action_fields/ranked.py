"""One action field named by a sentence that ranks it among the fields: part of the ``prose`` family.

"Als sechstes Handlungsfeld tritt die Gesundheit im Alter hinzu, …", "Als weiteres
Handlungsfeld wird Digitalisierung aufgenommen.": the sentence opens with "Als", one
adjective (an ordinal or "weiteres") and the singular field noun; a finite verb follows, then the
field's name as a noun phrase, its article left out, up to where noun phrases end (a verb's
particle or participle, a comma). The name must be short, no sentence, no part of the concept's
structure, and name a topic of the taxonomy: a sentence that ranks something else ("Als erstes
Handlungsfeld wird im Folgenden …") yields nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label
from pipeline.lang.de.closed_class import ARTICLES, words
from pipeline.structure.prose import Unit

from .prose import noun_phrases_end
from .text import Candidate, FieldText, is_sentence
from .vocab import is_structure, known_codes

# "Als fünftes ", "Als weiteres ": the opener of the sentence before the noun, after a full stop
# or at a line's start (a table the view keeps in the sentence before ends there; "Als" with its
# capital opens a sentence)
_OPENING = r"Als[ \t\n]+[a-zäöüß]\w*(?:e|es|er)[ \t\n]+$"
_RANK = re.compile(r"(?:[.!?:][ \t\n]+|\n[ \t]*)" + _OPENING)
_OPENS = re.compile(r"[ \t\n]*" + _OPENING)
# the finite verb after the noun, and an article opening the name
_VERB = re.compile(r"[ \t\n]+(?P<verb>[a-zäöüß]+)[ \t\n]+(?:(?P<article>[a-zäöüß]+)[ \t\n]+)?(?=[\wÄÖÜäöüß„\"])")
ARTICLE_WORDS = words(*ARTICLES)
_MOST_WORDS = 8
_OPENER = 40  # characters before the noun that hold the opener and what ends the text before


def singular_nouns(ft: FieldText) -> Iterator[tuple[re.Match[str], Unit]]:
    """Each singular field noun of the text ("Handlungsfeld") with the view's sentence it stands in."""
    if not ft.layout.units:
        return
    for noun in ft.nouns:
        if ft.vocab.singular.fullmatch(noun.group(0)):
            yield noun, ft.layout.units[ft.layout.unit_at(noun.start())]


def ranked(ft: FieldText) -> Iterator[Candidate]:
    """The field each sentence "Als drittes Handlungsfeld tritt X hinzu" names."""
    for noun, unit in singular_nouns(ft):
        if not (
            _OPENS.match(ft.text, unit.start, noun.start())
            or _RANK.search(ft.text, max(0, noun.start() - _OPENER), noun.start())
        ):
            continue
        verb = _VERB.match(ft.text, noun.end(), unit.end)
        if verb is None or verb.group("verb") in ARTICLE_WORDS:
            continue
        start = verb.end()
        if verb.group("article") and verb.group("article") not in ARTICLE_WORDS:
            continue  # two lower-case words: no verb and a name
        end = noun_phrases_end(ft, start, unit.end)
        label = topic_label(ft, start, end)
        if label:
            yield Candidate(start, end, label, "prose")


def topic_label(ft: FieldText, start: int, end: int) -> str:
    """The label of ``text[start:end]`` where it is a short name of a topic of the taxonomy: no
    sentence, no part of the concept's structure; empty otherwise."""
    label = clean_label(ft.text[start:end])
    if (
        not label
        or len(label.split()) > _MOST_WORDS
        or is_sentence(label, ft.vocab)
        or is_structure(label, ft.vocab)
        or known_codes(label, ft.vocab) == ("other",)
    ):
        return ""
    return label
