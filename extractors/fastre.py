"""Vocabulary patterns with a literal prefilter: the same matches as ``re``, found sooner.

Python's ``re`` tries a case-insensitive alternation (``(?i)begleit|moderat|...``) or one
that starts with ``\\b`` at every position of the text, at several hundred nanoseconds a
character; most of the extract stage's time went there. Every match of such a pattern
starts with one of a few literal words, though. :func:`prefiltered` reads those words
from the parsed pattern and looks for them first, with a case-sensitive search of plain
literals (on the lowercased text when the pattern ignores case), which ``re`` does fast;
the full pattern is tried only where one of them occurs. Patterns without such words stay
plain compiled patterns.

>>> p = prefiltered(r"(?i)\\b(?:beauftragt|Moderation)\\b")
>>> [m.group(0) for m in p.finditer("Die MODERATION wurde beauftragt; Moderationen nicht.")]
['MODERATION', 'beauftragt']
>>> p.search("ohne Treffer") is None
True
"""

from __future__ import annotations

import re
import sys
from typing import Any, Iterator, Protocol

from re import _constants as C, _parser as P  # type: ignore[attr-defined]  # re.compile's own parser

# characters that ``re`` matches case-insensitively with a letter of our vocabularies but
# that ``str.lower`` leaves different (found by testing every code point)
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_FOLDED_LETTERS = set("abcdefghijklmnopqrstuvwxyzäöüß0123456789 -./&")
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
MIN_PREFIX = 3  # shorter words would hit too often to save anything
MAX_WORDS = 200  # words made by combining a word with the alternatives after it


class Matcher(Protocol):
    """What the extractors use of a compiled pattern."""

    @property
    def pattern(self) -> str: ...

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]: ...

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...


def literal_prefixes(items: Any) -> list[str] | None:
    """The literal words every match of a parsed sequence starts with, or None."""
    prefixes, _ = _prefixes(items)
    return prefixes if all(prefixes) else None


def _prefixes(items: Any) -> tuple[list[str], bool]:
    """(words every match starts with, whether the words are the whole sequence)."""
    prefixes = [""]
    for op, arg in items:
        if op in _ZERO_WIDTH and not any(prefixes):
            continue  # \b, ^ or a lookaround before the first character
        if op == C.LITERAL:
            prefixes = [p + chr(arg) for p in prefixes]
            continue
        if op == C.SUBPATTERN and arg[1] == 0 and arg[2] == 0:  # a group without inline flags
            inner, complete = _prefixes(arg[3])
        elif op == C.BRANCH:
            parts = [_prefixes(branch) for branch in arg[1]]
            inner = [x for words, _ in parts for x in words]
            complete = all(done for _, done in parts)
        else:
            return prefixes, False
        if not all(inner) or len(prefixes) > 1 and len(prefixes) * len(inner) > MAX_WORDS:
            return prefixes, False
        prefixes = [p + q for p in prefixes for q in inner]
        if not complete:
            return prefixes, False
    return prefixes, True


def prefiltered(pattern: str, flags: int = 0) -> Matcher:
    """``re.compile(pattern, flags)``, searched through a literal prefilter where possible."""
    compiled = re.compile(pattern, flags)
    try:
        parsed = P.parse(pattern, flags)
    except re.error:  # pragma: no cover - compiled above
        return compiled
    prefixes = literal_prefixes(list(parsed))
    ignore_case = bool(compiled.flags & re.IGNORECASE)
    if not prefixes or min(map(len, prefixes)) < MIN_PREFIX or compiled.flags & re.VERBOSE:
        return compiled
    if ignore_case:
        prefixes = [p.lower() for p in prefixes]
        if not all(set(p) <= _FOLDED_LETTERS for p in prefixes):
            return compiled
    words = re.compile("|".join(re.escape(p) for p in sorted(set(prefixes), key=lambda p: (-len(p), p))))
    return Prefiltered(compiled, words, ignore_case)


class Prefiltered:
    """A compiled pattern tried only where one of its leading words occurs."""

    def __init__(self, compiled: re.Pattern[str], words: re.Pattern[str], ignore_case: bool) -> None:
        self.compiled = compiled
        self.words = words
        self.ignore_case = ignore_case
        self.pattern = compiled.pattern
        self._last: tuple[str, str | None] | None = None  # the last text lowercased, and its lowercase

    def __repr__(self) -> str:
        return f"prefiltered({self.pattern!r})"

    def _haystack(self, string: str) -> str | None:
        """The text the words are looked for in: the text itself, or lowercased (None: not alike)."""
        if not self.ignore_case:
            return string
        last = self._last
        if last is not None and last[0] is string:  # the same document, another window of it
            return last[1]
        special = "\u0130" in string or "\u0131" in string or "\u017f" in string
        folded: str | None = (string.translate(_FOLD) if special else string).lower()
        if folded is not None and len(folded) != len(string):
            folded = None
        self._last = (string, folded)
        return folded

    def _from(self, string: str, hay: str, pos: int, endpos: int) -> re.Match[str] | None:
        while True:
            hit = self.words.search(hay, pos, endpos)
            if hit is None:
                return None
            found = self.compiled.match(string, hit.start(), endpos)
            if found is not None:
                return found
            pos = hit.start() + 1

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        hay = self._haystack(string)
        if hay is None:
            return self.compiled.search(string, pos, endpos)
        return self._from(string, hay, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        hay = self._haystack(string)
        if hay is None:
            yield from self.compiled.finditer(string, pos, endpos)
            return
        while True:
            found = self._from(string, hay, pos, endpos)
            if found is None:
                return
            yield found
            pos = found.end()  # matches are never empty: each starts with a word

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)
