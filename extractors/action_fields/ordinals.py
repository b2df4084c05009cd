"""Action fields counted with ordinal adverbs in running text: part of the ``prose`` family.

"Das Konzept setzt auf drei Handlungsfelder: erstens Kita und Grundschule, zweitens Pflege im
Alter und drittens Kultur, Sport und Ehrenamt." The plural field noun (a weak noun only in a
sentence about the concept) stands before the first adverb in the same sentence, a few words
at most between them ("… auf vier Handlungsfelder konzentrieren: erstens …"); the adverbs
count up from "erstens", two at least. Each item runs from its adverb to the next one, the
comma and the conjunction before that left out ("…, zweitens", "… und drittens"); the last one
ends where its noun phrases do (:func:`.prose.noun_phrases_end`). Every item must be a name: a
capital or an adjective before one first, no finite verb, no part of the concept's structure;
else the sentence counts steps or reasons ("Die Handlungsfelder werden erstens in Werkstätten
beraten und zweitens …") and yields nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label
from pipeline.lang.de.closed_class import words
from pipeline.lang.de.numbers import ORDINAL_ADVERBS

from .prose import noun_phrases_end
from .text import Candidate, FieldText, is_sentence
from .vocab import is_structure

_ADVERB = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted(ORDINAL_ADVERBS, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE
)
_CONJUNCTIONS = words("conjunctions")
_NAME_START = re.compile(r"[A-ZÄÖÜ]|[a-zäöüß]\w*(?:e|en|er|es)\s+[A-ZÄÖÜ]")
MAX_LEAD_WORDS = 3  # words between the noun and the first adverb ("konzentrieren:")
MAX_CLAUSE_WORDS = 8  # the same before a colon: a clause on the fields ("…, die das Konzept bearbeiten soll:")


def counted(ft: FieldText) -> Iterator[Candidate]:
    """The fields of the sentences that count them with ordinal adverbs after the field noun."""
    for _, items in _counts(ft):
        yield from items


def counted_regions(ft: FieldText) -> list[tuple[int, int]]:
    """The counted enumerations read, first item to last: a list after a colon there is read by
    :func:`counted` alone (its items without their adverbs)."""
    return [(first, items[-1].end) for first, items in _counts(ft)]


def _counts(ft: FieldText) -> Iterator[tuple[int, list[Candidate]]]:
    """Each counted enumeration: where its first adverb starts, and its items."""
    done = -1
    for noun, weak in ft.plural_nouns():
        if noun.start() < done:
            continue
        unit = ft.layout.units[ft.layout.unit_at(noun.start())]
        if weak and not ft.names_concept(unit.start, unit.end):
            continue
        adverbs = _in_order(list(_ADVERB.finditer(ft.text, noun.end(), unit.end)))
        if len(adverbs) < 2 or not _short_lead(ft.text[noun.end() : adverbs[0].start()]):
            continue
        if any(c in ft.text[noun.end() : adverbs[0].start()] for c in ".;"):
            continue
        items = _items(ft, adverbs, unit.end)
        if items:
            done = items[-1].end
            yield adverbs[0].start(), items


def _short_lead(lead: str) -> bool:
    """Whether the words between the field noun and the first adverb lead into the count: a few
    words, or a clause on the fields that ends in a colon ("… vier Handlungsfelder, die das
    Konzept bearbeiten soll: erstens …").

    >>> _short_lead(" konzentrieren: "), _short_lead(", die das Konzept bearbeiten soll: ")
    (True, True)
    >>> _short_lead(", die das Konzept in den kommenden Jahren bearbeiten soll, ")
    False
    """
    limit = MAX_CLAUSE_WORDS if lead.rstrip().endswith(":") else MAX_LEAD_WORDS
    return len(lead.split()) <= limit


def _in_order(found: list[re.Match[str]]) -> list[re.Match[str]]:
    """The adverbs that count up from the first ("erstens", "zweitens", …), the rest left out."""
    out: list[re.Match[str]] = []
    for m in found:
        if ORDINAL_ADVERBS[m.group().casefold()] == len(out) + 1:
            out.append(m)
    return out


def _items(ft: FieldText, adverbs: list[re.Match[str]], limit: int) -> list[Candidate]:
    out: list[Candidate] = []
    for k, adverb in enumerate(adverbs):
        start = adverb.end()
        while start < limit and ft.text[start].isspace():
            start += 1
        if k + 1 < len(adverbs):
            end = _before_join(ft.text, start, adverbs[k + 1].start())
            if noun_phrases_end(ft, start, end) < end:
                return []  # a clause between two adverbs, not a name
        else:
            end = noun_phrases_end(ft, start, limit)
        label = clean_label(ft.text[start:end])
        if (
            not label
            or not _NAME_START.match(label)
            or is_sentence(label, ft.vocab)
            or is_structure(label, ft.vocab)
            or len(label.split()) > 8
        ):
            return []
        out.append(Candidate(start, end, label, "prose"))
    return out


def _before_join(text: str, start: int, end: int) -> int:
    """The end of an item before the next adverb: the comma and conjunction before it left out."""
    while True:
        stripped = text[start:end].rstrip(" \t\n,;")
        last = stripped.rsplit(None, 1)[-1] if stripped.split() else ""
        if last.casefold() in _CONJUNCTIONS and len(stripped.split()) > 1:
            end = start + len(stripped) - len(last)
            continue
        return start + len(stripped)
