"""One action field named last in a sentence that counts the fields: part of the ``prose`` family.

"Die Fortschreibung folgt sechs Handlungsfeldern: den fünf bisherigen und dem neuen Handlungsfeld
Gesundheit und Pflege.": the sentence counts the fields (a count before the plural noun, a colon
after it) and ends with an article, an adjective and the singular field noun before the field's
name, which runs to the sentence's end. The fields it refers to are named elsewhere (a table of the
old ones); the one it adds is named here. The name must be short, no sentence, no part of the
concept's structure, and name a topic of the taxonomy; a mention in passing ("… im Handlungsfeld
Bildung begonnen.") has no count and no colon before it and yields nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.lang.de.numbers import NUMBER_WORDS

from .prose import noun_phrases_end
from .ranked import ARTICLE_WORDS, singular_nouns, topic_label
from .text import Candidate, FieldText

_ADJECTIVE = re.compile(r"[a-zäöüß]\w*(?:e|en|es|er|em)")
_COUNT = re.compile(r"(?:\d{1,2}|[a-zäöüß]+)[ \t\n]+$")


def added_field(ft: FieldText) -> Iterator[Candidate]:
    """The field a sentence counting the fields names last, after an adjective and the singular noun."""
    for noun, unit in singular_nouns(ft):
        before = ft.text[unit.start : noun.start()].split()
        if len(before) < 2 or not _ADJECTIVE.fullmatch(before[-1]) or before[-2].casefold() not in ARTICLE_WORDS:
            continue
        if not _counted_lead(ft, unit.start, noun.start()):
            continue
        start = noun.end() + len(ft.text[noun.end() : unit.end]) - len(ft.text[noun.end() : unit.end].lstrip())
        end = noun_phrases_end(ft, start, unit.end)
        if ft.text[end : unit.end].strip(" \t\n.") or not ft.text[start:end].strip():
            continue  # the name must run to the sentence's end
        label = topic_label(ft, start, end)
        if not label:
            continue
        yield Candidate(start, end, label, "prose")


def _counted_lead(ft: FieldText, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` counts the fields before a colon: "… sechs Handlungsfeldern: …"."""
    for plural in (m for m in ft.strong_plurals() if start <= m.start() < end):
        count = _COUNT.search(ft.text, start, plural.start())
        word = count.group(0).strip() if count else ""
        if (word.isdigit() or word.casefold() in NUMBER_WORDS) and ft.text.startswith(":", plural.end()):
            return True
    return False
