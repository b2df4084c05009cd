"""Action fields each named by a sentence that an ordinal adverb opens: part of the ``prose`` family.

"Das Konzept ordnet seine Ziele vier Handlungsfeldern zu. Erstens dem Handlungsfeld Sprache und
frühe Förderung: Sprachkitas … Zweitens dem Handlungsfeld Arbeit: … Viertens – und dies ist neu
– dem Handlungsfeld Demokratie und Mitwirkung: …" A sentence holding the plural field noun (a
weak noun only in a sentence about the concept) is followed by sentences opened by ordinal
adverbs counting up from "erstens", two at least, a sentence or two of their own between them
at most; a count before the noun ("vier Handlungsfeldern") must be theirs. Each item is the name
after its adverb, a clause set off by dashes and an article skipped: after the singular field
noun ("dem Handlungsfeld X"), running to a colon or to the sentence's end, or without the noun
ending at a colon ("Erstens Sprache und Bildung: …"). Every name must be one: noun phrases
only, a capital or an adjective before one first; else the sentences count steps or reasons
and yield nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label
from pipeline.lang.de.closed_class import ARTICLES, words
from pipeline.lang.de.numbers import NUMBER_WORDS, ORDINAL_ADVERBS

from .prose import noun_phrases_end
from .text import Candidate, FieldText, is_sentence
from .vocab import is_structure

_ADVERB = re.compile(
    r"[ \t\n]*(" + "|".join(sorted(ORDINAL_ADVERBS, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE
)
# a clause set off by dashes after the adverb ("Viertens – und dies ist neu … – dem Handlungsfeld"), the dashes
# also as hyphens with a space either side, as a typewriter sets them and OCR reads an en dash ("Viertens - und …")
_DASH = r"(?:[–—]|(?<=[ \t\n])-(?=[ \t\n]))"
_DASHED = re.compile(rf"[ \t\n]*{_DASH}[ \t\n][^–—.:]{{1,200}}?[ \t\n]{_DASH}")
_ARTICLE = re.compile(r"[ \t\n]*,?[ \t\n]*(?:(" + "|".join(sorted(words(*ARTICLES), key=len, reverse=True)) + r")\b)?")
_NAME_START = re.compile(r"[A-ZÄÖÜ]|[a-zäöüß]\w*(?:e|en|er|es)\s+[A-ZÄÖÜ]")
MOST_BETWEEN = 2  # sentences of an item's own between two counted ones
MOST_WORDS = 8


def counted_sentences(ft: FieldText) -> Iterator[Candidate]:
    """The fields of the sentences counted with ordinal adverbs after a sentence naming the fields."""
    units = ft.layout.units
    done = -1
    for noun, weak in ft.plural_nouns():
        u = ft.layout.unit_at(noun.start())
        if u <= done or u + 1 >= len(units):
            continue
        unit = units[u]
        if weak and not ft.names_concept(unit.start, unit.end):
            continue
        openers = _openers(ft, u + 1)
        if len(openers) < 2:
            continue
        counts = [
            NUMBER_WORDS[w] for w in ft.text[unit.start : noun.start()].casefold().split()[-2:] if w in NUMBER_WORDS
        ]
        if counts and counts[-1] != len(openers):
            continue
        items = [_item(ft, at, units[k].end) for k, at in openers]
        if all(items):
            done = openers[-1][0]
            yield from (c for c in items if c is not None)


def _openers(ft: FieldText, first: int) -> list[tuple[int, int]]:
    """The sentences from ``first`` on that ordinal adverbs open counting up from "erstens", each
    as its index and where its adverb ends; the first must be ``first``."""
    units = ft.layout.units
    out: list[tuple[int, int]] = []
    k, gap = first, 0
    while k < len(units) and gap <= MOST_BETWEEN:
        m = _ADVERB.match(ft.text, units[k].start, units[k].end)
        if m and ORDINAL_ADVERBS[m.group(1).casefold()] == len(out) + 1:
            out.append((k, m.end()))
            gap = 0
        elif not out:
            return []
        else:
            gap += 1
        k += 1
    return out


def _item(ft: FieldText, start: int, end: int) -> Candidate | None:
    """The name a counted sentence gives from ``start`` (after its adverb) to ``end``, or None."""
    text = ft.text
    if (dashed := _DASHED.match(text, start, end)) is not None:
        start = dashed.end()
    start = _ARTICLE.match(text, start, end).end()  # type: ignore[union-attr]
    while start < end and text[start].isspace():
        start += 1
    noun = ft.vocab.noun.match(text, start, end)
    named = noun is not None and not ft.vocab.plural.fullmatch(noun.group(0))
    if named and noun is not None:
        start = noun.end()
        while start < end and text[start].isspace():
            start += 1
    colon = text.find(":", start, end)
    if colon < 0 and not named:
        return None
    stop = colon if colon >= 0 else len(text[:end].rstrip(" \t\n.!?"))
    if noun_phrases_end(ft, start, stop) < len(text[:stop].rstrip()):
        return None  # a clause, not a name
    label = clean_label(text[start:stop])
    if (
        not label
        or not _NAME_START.match(label)
        or is_sentence(label, ft.vocab)
        or is_structure(label, ft.vocab)
        or len(label.split()) > MOST_WORDS
    ):
        return None
    return Candidate(start, stop, label, "prose")
