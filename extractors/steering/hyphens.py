"""Membership verbs found in words a line's end hyphenates: "Ihr sollen ange-" / "hören: …" reads
"angehören". A word is broken there by form: a hyphen after a lower-case letter closes the line and
the next line goes on in lower case. The verb is matched in the text with such breaks joined, and its
span points back at the text as written (from the first part's start to the second part's end), so
the words around it are read where they stand."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Protocol

from extractors.fastre import Matcher, any_may_match, word_gated

# a hyphen closing a line between lower-case letters ("ange-" / "hören")
_BREAK = re.compile(r"(?<=[a-zäöüß])-[ \t]*\n[ \t]*(?=[a-zäöüß])")


class _Pattern(Protocol):
    def finditer(self, string: str, pos: int = ..., endpos: int = ...) -> Iterator[re.Match[str]]: ...


@lru_cache(maxsize=8)
def _joined(text: str) -> tuple[str, tuple[int, ...]]:
    """The text with its line-end breaks joined, and for each of its places (and its end) the place in ``text``."""
    parts: list[str] = []
    at: list[int] = []
    pos = 0
    for m in _BREAK.finditer(text):
        parts.append(text[pos : m.start()])
        at.extend(range(pos, m.start()))
        pos = m.end()
    parts.append(text[pos:])
    at.extend(range(pos, len(text) + 1))
    return "".join(parts), tuple(at)


_last: list[tuple[str, int, int, bool]] = []  # the span asked last: a clause is searched for each verb in turn


def _unbroken(text: str, start: int, end: int) -> bool:
    """Whether no word of ``text[start:end]`` is broken at a line's end (the last span's answer kept)."""
    if _last and _last[0][0] is text and _last[0][1] == start and _last[0][2] == end:
        return _last[0][3]
    plain = _BREAK.search(text, start, end) is None
    _last[:] = [(text, start, end, plain)]
    return plain


@lru_cache(maxsize=8)
def _gate(patterns: tuple[Matcher, ...]) -> tuple[Callable[[str], bool], tuple[bool, ...]]:
    """One test for the words of all the patterns that look for their words first, and which those are."""
    gated = tuple(word_gated(p) for p in patterns)
    return any_may_match(tuple(p for p, g in zip(patterns, gated) if g)), gated


def surely_none(patterns: tuple[Matcher, ...], text: str, start: int, end: int) -> tuple[bool, ...]:
    """For each pattern, True where :func:`verb_spans` finds none of its matches in ``text[start:end]``
    for sure: none of the words of the patterns that look for their words first stands there (one
    search for all of them) and no word is broken at a line's end. Most clauses hold no verb.

    >>> from extractors.fastre import prefiltered
    >>> verbs = (prefiltered(r"\\bgehör(?:en|t)\\b"), prefiltered(r"\\bum\\s"))
    >>> surely_none(verbs, "Der Rat tagt um neun.", 0, 21), surely_none(verbs, "Ihm gehören an", 0, 15)
    ((True, False), (False, False))
    """
    may, gated = _gate(patterns)
    if any(gated) and _unbroken(text, start, end) and not may(text[start:end]):
        return gated
    return (False,) * len(patterns)


def verb_spans(pattern: _Pattern, text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """The spans in ``text`` of the matches of ``pattern`` in ``start``–``end``, words broken at a line's
    end seen whole."""
    end = len(text) if end is None else end
    if _unbroken(text, start, end):
        yield from ((m.start(), m.end()) for m in pattern.finditer(text, start, end))
        return
    joined, at = _joined(text)
    for m in pattern.finditer(joined, bisect_left(at, start), bisect_left(at, end)):
        yield at[m.start()], (at[m.end() - 1] + 1 if m.end() > m.start() else at[m.start()])


def first_verb(pattern: _Pattern, text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """The first span :func:`verb_spans` finds, or None."""
    return next(verb_spans(pattern, text, start, end), None)
