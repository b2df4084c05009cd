"""Vocabulary patterns with a literal prefilter: the same matches as ``re``, found sooner.

Python's ``re`` tries a case-insensitive alternation (``(?i)begleit|moderat|...``) or one
that starts with ``\\b`` at every position of the text, at several hundred nanoseconds a
character; most of the extract stage's time went there. Every match of such a pattern
starts with one of a few literal words, though. :func:`prefiltered` reads those words
from the parsed pattern and looks for them first, with a case-sensitive search of plain
literals (on the lowercased text when the pattern ignores case), which ``re`` does fast;
the full pattern is tried only where one of them occurs. A pattern whose matches open with
a run of word characters before such a word (``(?<![\\wäöüß-])[\\wäöüß-]*?(?:gruppe|kreis)``,
"Lenkungsgruppe", "Arbeitskreis") is tried at the places of that run before each word found.
A pattern without such words is tried only on a text (or span) that holds one of the literal
words every one of its matches contains somewhere (:func:`required_words`: "egleitung" of
``\\w*[Bb]egleitung``, a legal form of a company's name); patterns without either stay plain
compiled patterns.

>>> p = prefiltered(r"(?i)\\b(?:beauftragt|Moderation)\\b")
>>> [m.group(0) for m in p.finditer("Die MODERATION wurde beauftragt; Moderationen nicht.")]
['MODERATION', 'beauftragt']
>>> p.search("ohne Treffer") is None
True
>>> g = prefiltered(r"(?i)(?<![\\wäöüß-])[\\wäöüß-]*?(?:gruppe|kreis)(?:n|e)?\\b")
>>> [m.group(0) for m in g.finditer("Die Lenkungsgruppe und der ARBEITSKREIS; Gruppen, Kreise.")]
['Lenkungsgruppe', 'ARBEITSKREIS', 'Gruppen', 'Kreise']
>>> g.sub(" ", "Die Lenkungsgruppe tagt."), g.sub(" ", "Der Rat tagt.")
('Die   tagt.', 'Der Rat tagt.')
"""

from __future__ import annotations

import functools
import re
import sys
from bisect import bisect_left
from collections.abc import Callable, Iterator
from re import _compiler  # type: ignore[attr-defined]  # re.compile's own parser
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any, Protocol, TypeGuard

# characters that ``re`` matches case-insensitively with a letter of our vocabularies but
# that ``str.lower`` leaves different (found by testing every code point)
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_FOLDED_LETTERS = set("abcdefghijklmnopqrstuvwxyzäöüß0123456789 -./&")
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
_ONE_CHAR = {C.IN, C.ANY, C.LITERAL, C.NOT_LITERAL}  # items that match exactly one character
MIN_PREFIX = 3  # shorter words would hit too often to save anything
MAX_CLASS = 4  # the letters of a class ("[Ee]", "[-–]") that words may branch into
MAX_WORDS = 200  # words made by combining a word with the alternatives after it
BACK = 24  # characters before a word looked at first for the run a match opens with
INDEX_FROM = 1000  # characters searched from which the words are found by an index of the text


class Matcher(Protocol):
    """What the extractors use of a compiled pattern."""

    @property
    def pattern(self) -> str: ...

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]: ...

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...

    def sub(self, repl: str, string: str, count: int = 0) -> str: ...


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
        elif op == C.IN and len(arg) <= MAX_CLASS and all(kind == C.LITERAL for kind, _ in arg):
            inner, complete = [chr(code) for _, code in arg], True  # a class of a few letters ("[Ee]"): each one
        elif op == C.BRANCH:
            parts = [_prefixes(branch) for branch in arg[1]]
            inner = [x for words, _ in parts for x in words]
            complete = all(done for _, done in parts)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and arg[0] >= 1:
            inner, complete = _prefixes(arg[2])[0], False  # a repeat at least once opens with its body's words
        else:
            return prefixes, False
        if not all(inner) or len(prefixes) > 1 and len(prefixes) * len(inner) > MAX_WORDS:
            return prefixes, False
        prefixes = [p + q for p in prefixes for q in inner]
        if not complete:
            return prefixes, False
    return prefixes, True


def leading_words(items: Any) -> tuple[list[Any], list[str]] | None:
    """(runs, words): every match of a parsed sequence is a run of characters each matched by
    one of the single-character items ``runs`` (a leading ``[\\wäöüß-]*``), then one of the
    literal ``words``; None if no such words. Branches may each have their own run.

    >>> runs, words = leading_words(list(P.parse(r"[\\w-]*?(?:[\\w-]*gruppe|Arbeitskreis)")))
    >>> len(runs), words
    (2, ['gruppe', 'Arbeitskreis'])
    """
    runs: list[Any] = []
    for i, (op, arg) in enumerate(items):
        words = literal_prefixes(items[i:])
        if words:
            return runs, words
        if op in _ZERO_WIDTH:
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and len(arg[2]) == 1 and arg[2][0][0] in _ONE_CHAR:
            runs.append(arg[2])
            continue
        if op == C.SUBPATTERN and arg[1] == 0 and arg[2] == 0:
            branches = [arg[3]]
        elif op == C.BRANCH:
            branches = arg[1]
        else:
            return None
        found: list[str] = []
        for branch in branches:
            inner = leading_words(list(branch))
            if inner is None:
                return None
            runs.extend(inner[0])
            found.extend(inner[1])
        return runs, found
    return None


def prefiltered(pattern: str, flags: int = 0) -> Matcher:
    """``re.compile(pattern, flags)``, searched through a literal prefilter where possible."""
    compiled = re.compile(pattern, flags)
    parsed = P.parse(pattern, flags)  # parses, as it compiled above
    lead = leading_words(list(parsed))
    ignore_case = bool(compiled.flags & re.IGNORECASE)
    if compiled.flags & re.VERBOSE:
        return compiled
    if lead is None and not ignore_case and (opened := _case_opened(list(parsed))) is not None:
        # the words of a group that ignores case, which every match opens with, looked for as a
        # pattern's that ignores case: in the lowercased text
        lead = leading_words(opened)
        if lead is not None and lead[0]:
            lead = None  # a run before the words: tried with the pattern's own flags, as below
        ignore_case = lead is not None
    if lead is None:
        return gated(compiled, parsed)
    runs, prefixes = lead
    if min(map(len, prefixes)) < MIN_PREFIX:
        return gated(compiled, parsed)
    if ignore_case:
        prefixes = [p.lower() for p in prefixes]
        if not all(set(p) <= _FOLDED_LETTERS for p in prefixes):
            return gated(compiled, parsed)
    literals = _shortest(prefixes)
    words = re.compile(_trie(literals))
    back = None
    if runs:  # a run of characters of the leading runs up to the end, with the pattern's flags
        state = P.State()
        state.flags = compiled.flags
        kinds = list({repr(list(r)): list(r) for r in runs}.values())
        one = [(C.BRANCH, (None, [P.SubPattern(state, r) for r in kinds]))] if len(kinds) > 1 else kinds[0]
        # possessive: each alternative is one character, so the longest run is the only one
        body = [(C.POSSESSIVE_REPEAT, (0, C.MAXREPEAT, P.SubPattern(state, one))), (C.AT, C.AT_END_STRING)]
        back = _compiler.compile(P.SubPattern(state, body), compiled.flags)
    return Prefiltered(compiled, words, ignore_case, back, literals)


def _case_opened(items: list[Any]) -> list[Any] | None:
    """``items`` with the group that ignores case every match opens with made a plain group, or
    None where the matches open otherwise: the kind words of ``(?P<kind>(?i:stadt|gemeinde))\\s+``
    are literal words then. Where the lowercased words are looked for in the lowercased text,
    they occur wherever the group can match.

    >>> _case_opened(list(P.parse(r"\\b(?i:rat)\\s")))[1]
    (SUBPATTERN, (None, 0, 0, [(LITERAL, 114), (LITERAL, 97), (LITERAL, 116)]))
    >>> _case_opened(list(P.parse(r"Rat (?i:der)"))) is None
    True
    """
    for n, (op, arg) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue
        if op != C.SUBPATTERN or arg[2]:
            return None
        group, add, _, inner = arg
        if add == C.SRE_FLAG_IGNORECASE:
            opened = list(inner)
        elif add:
            return None
        elif (opened := _case_opened(list(inner))) is None:  # type: ignore[assignment]
            return None
        return [*items[:n], (C.SUBPATTERN, (group, 0, 0, opened)), *items[n + 1 :]]
    return None


def _shortest(words: list[str]) -> tuple[str, ...]:
    """The words that start no other one: where "gruppen" starts, "gruppe" does too."""
    out: list[str] = []
    for word in sorted(set(words)):
        if not (out and word.startswith(out[-1])):
            out.append(word)
    return tuple(out)


def _trie(words: tuple[str, ...] | list[str]) -> str:
    """An alternation of words, branching letter by letter: ``re`` tries one branch a place.

    >>> _trie(("gremien", "gremium", "gruppe", "kreis"))
    'gr(?:emi(?:en|um)|uppe)|kreis'
    """
    heads: dict[str, list[str]] = {}
    for word in words:
        heads.setdefault(word[0], []).append(word[1:])
    out = []
    for head, rests in sorted(heads.items()):
        if len(rests) == 1:
            out.append(re.escape(head + rests[0]))
            continue
        common = 0
        while all(len(r) > common and r[common] == rests[0][common] for r in rests):
            common += 1
        inner = [r[common:] for r in rests]
        out.append(re.escape(head + rests[0][:common]) + "(?:" + _trie(inner) + ")")
    return "|".join(out)


_recent: list[tuple[str, str | None]] = []  # texts lowercased lately, newest first, with their lowercase
_gated: list[tuple[str, str | None]] = []  # the same for the gated patterns (which leave ``_recent`` alone)
RECENT = 4  # a document, its sentence and that sentence rewritten
_long: dict[int, tuple[str, str | None]] = {}  # long texts lowercased lately, by identity, oldest first
LONG = 1000  # a text this long (a document, a page, a block) is kept in ``_long``
LONG_KEPT = 8  # the long texts kept: a document's text and the long parts its readers search


def _lowered(string: str, recent: list[tuple[str, str | None]] = _recent) -> str | None:
    """``string`` lowercased to look for the words of case-insensitive patterns, or None when
    a character changes length in lowercase. The last few are kept: an extractor searches its
    patterns in the same sentence, or in the document around it, one after another. Long texts
    are kept apart, by identity, so that the sentences searched between two searches of the
    document do not push the document's lowercase out."""
    long = len(string) >= LONG
    if long:
        kept = _long.get(id(string))
        if kept is not None and kept[0] is string:
            return kept[1]
    else:
        for text, folded in recent:
            if text is string:
                return folded
    special = "\u0130" in string or "\u0131" in string or "\u017f" in string
    low: str | None = (string.translate(_FOLD) if special else string).lower()
    if low is not None and len(low) != len(string):
        low = None
    if long:
        _long[id(string)] = (string, low)  # the entry holds the text, so its id is not reused
        if len(_long) > LONG_KEPT:
            del _long[next(iter(_long))]
    else:
        recent[:] = [(string, low)] + recent[: RECENT - 1]
    return low


class Prefiltered:
    """A compiled pattern tried only where one of its leading words occurs."""

    def __init__(
        self,
        compiled: re.Pattern[str],
        words: re.Pattern[str],
        ignore_case: bool,
        back: re.Pattern[str] | None = None,
        literals: tuple[str, ...] = (),
    ) -> None:
        self.compiled = compiled
        self.words = words  # finds where one of the literals starts
        self.literals = literals
        self.back = back  # the run a match may open with before its word, up to the word
        self.ignore_case = ignore_case
        self.pattern = compiled.pattern
        self._index: tuple[str, list[int], list[int]] | None = None  # a text, where words start and end in it
        self._searched: str | None = None  # the last text searched over a long span without its index

    def __repr__(self) -> str:
        return f"prefiltered({self.pattern!r})"

    def _haystack(self, string: str) -> str | None:
        """The text the words are looked for in: the text itself, or lowercased (None: not alike)."""
        if not self.ignore_case:
            return string
        return _lowered(string)

    def may_occur(self, string: str, start: int, end: int) -> bool:
        """False when no match can lie in ``string[start:end]`` searched on its own, because
        none of the words occurs in it. The words are found once per text (the last one kept),
        so that the sentences of a document are each told apart in a few steps.

        >>> p = prefiltered(r"(?i)\\b(?:Moderation|Begleitung)\\b")
        >>> text = "Die Stadt lädt ein. Die MODERATION übernimmt die X GmbH."
        >>> p.may_occur(text, 0, 19), p.may_occur(text, 20, len(text))
        (False, True)
        """
        index = self._index
        if index is None or index[0] is not string:
            hay = self._haystack(string)
            if hay is None or not self.literals:
                return True
            index = self._indexed(string, hay)
        _, starts, ends = index
        i = bisect_left(starts, start)
        while i < len(starts) and starts[i] < end:
            if ends[i] <= end:
                return True
            i += 1
        return False

    def _indexed(self, string: str, hay: str) -> tuple[str, list[int], list[int]]:
        """Where the words start and end in ``hay`` (the haystack of ``string``), found once per
        text with ``str.find`` and kept for the next search in the same text."""
        found: list[tuple[int, int]] = []
        for word in self.literals:
            at = hay.find(word)
            while at >= 0:
                found.append((at, at + len(word)))
                at = hay.find(word, at + 1)
        found.sort()
        index = self._index = (string, [a for a, _ in found], [b for _, b in found])
        return index

    def _word_starts(self, string: str, hay: str, pos: int, endpos: int) -> Iterator[int]:
        """Where one of the words lies wholly in ``hay[pos:endpos]``, left to right: from the
        text's index where it has one or where a long span of it is searched a second time (an
        extractor searches the parts of a document one after another), else by the words'
        pattern."""
        index = self._index
        if not self.literals:
            index = None
        elif (index is None or index[0] is not string) and min(endpos, len(hay)) - pos >= INDEX_FROM:
            if self._searched is string:  # searched again: index it (a first search may stop early)
                index = self._indexed(string, hay)
            self._searched = string
        if index is not None and index[0] is string:
            _, starts, ends = index
            i = bisect_left(starts, pos)
            while i < len(starts) and starts[i] < endpos:
                if ends[i] <= endpos:
                    yield starts[i]
                i += 1
            return
        words = self.words
        while (hit := words.search(hay, pos, endpos)) is not None:
            yield hit.start()
            pos = hit.start() + 1

    def _from(self, string: str, hay: str, pos: int, endpos: int) -> re.Match[str] | None:
        index = self._index
        if not self.literals or (
            (index is None or index[0] is not string) and min(endpos, len(hay)) - pos < INDEX_FROM
        ):  # a short span of a text without its index (most searches): the words by their pattern
            words = self.words
            while (hit := words.search(hay, pos, endpos)) is not None:
                at = hit.start()
                found = self._at(string, pos, at, endpos)
                if found is not None:
                    return found
                pos = at + 1
            return None
        for at in self._word_starts(string, hay, pos, endpos):
            found = self._at(string, pos, at, endpos)
            if found is not None:
                return found
            pos = at + 1
        return None

    def _at(self, string: str, pos: int, at: int, endpos: int) -> re.Match[str] | None:
        """The match that opens with the word at ``at`` or in the run before it (not before ``pos``)."""
        start = at
        back = self.back
        if back is not None:  # a match may open earlier, in the run before the word
            near = max(pos, at - BACK)
            run = back.search(string, near, at)  # always found: the run may be empty
            if run is not None and run.start() == near > pos:  # a long run: it may go on before
                run = back.search(string, pos, at)
            start = run.start() if run is not None else at
        match = self.compiled.match
        for at_start in range(start, at + 1):  # from the left, as ``re`` tries them
            found = match(string, at_start, endpos)
            if found is not None:
                return found
        return None

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

    def sub(self, repl: str, string: str, count: int = 0) -> str:
        """``re``'s ``sub``: the matches (never empty) replaced, left to right."""
        if "\\" in repl:  # group references: ``re`` expands them
            return string if self.search(string) is None else self.compiled.sub(repl, string, count)
        pieces: list[str] = []
        last = 0
        for n, found in enumerate(self.finditer(string), 1):
            pieces += (string[last : found.start()], repl)
            last = found.end()
            if n == count:
                break
        return "".join(pieces) + string[last:] if pieces else string


def required_words(items: Any) -> list[str] | None:
    """Literal words one of which every match of a parsed sequence contains, or None.

    >>> required_words(list(P.parse(r"(?<![\\w-])\\w*[Bb]egleitung\\b|Moderat(?:ion|or)")))
    ['egleitung', 'Moderation', 'Moderator']
    >>> required_words(list(P.parse(r"[A-Z]\\w+ (?:GmbH|e\\.V\\.|AG)")))
    [' GmbH', ' e.V.', ' AG']

    A run of literals and the group after it make longer words than either alone ("er" of the
    branches' shared start, which ``re``'s parser sets apart, and "trag", "träge" or "lös"):

    >>> required_words(list(P.parse(r"(?i)\\b(?:Mehr)?(?:ertr(?:ag|äge)|erlös)\\w*")))
    ['ertrag', 'erträge', 'erlös']
    """
    best: list[str] | None = None
    run = ""
    for i, (op, arg) in enumerate(items):
        if op == C.LITERAL:
            if not run:  # a run of literals opens: with the group after it, the words its matches open with
                best = _more_selective(best, literal_prefixes(items[i:]))
            run += chr(arg)
            continue
        best, run = _more_selective(best, [run] if run else None), ""
        inner: list[str] | None = None
        if op == C.SUBPATTERN and arg[1] == 0 and arg[2] == 0:  # a group without inline flags
            inner = required_words(arg[3])
        elif op == C.BRANCH:
            parts = [required_words(branch) for branch in arg[1]]
            inner = [w for words in parts if words for w in words] if all(parts) else None
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and arg[0] >= 1:
            inner = required_words(arg[2])
        elif op == C.ATOMIC_GROUP:
            inner = required_words(arg)
        best = _more_selective(best, inner)  # (a lookaround's words are no part of the match)
    return _more_selective(best, [run] if run else None)


def _more_selective(a: list[str] | None, b: list[str] | None) -> list[str] | None:
    """Of two lists of words, the one whose shortest word is longer (then: with fewer words)."""
    if not a or not b:
        return a or b
    return b if (min(map(len, b)), -len(b)) > (min(map(len, a)), -len(a)) else a


def gated(compiled: re.Pattern[str], parsed: Any) -> Matcher:
    """``compiled``, tried only where one of the words its every match contains occurs."""
    words = required_words(list(parsed))
    if not words or min(map(len, words)) < MIN_PREFIX:
        return compiled
    ignore_case = bool(compiled.flags & re.IGNORECASE)
    if ignore_case:
        words = [w.lower() for w in words]
        if not all(set(w) <= _FOLDED_LETTERS for w in words):
            return compiled
    return Gated(compiled, re.compile(_trie(_shortest(words))), ignore_case)


@functools.cache
def gate(pattern: str, flags: int = 0) -> Matcher:
    """The prefiltered pattern, built once: to ask whether a span holds a match at all before a reader
    tries a pattern as written line by line."""
    return prefiltered(pattern, flags)


def prefiltered_with(template: str, slot: str, part: str) -> Matcher:
    """:func:`prefiltered` of ``template`` with ``{slot}`` filled in by the pattern ``part``.
    Where that gives a plain compiled pattern (no literal words of its own to look for) that is
    case-sensitive and every one of whose matches holds the slot (it stands in no optional or
    alternative part), it is tried only on spans where ``part`` matches: a company's name only
    where a legal form stands.

    >>> p = prefiltered_with(r"(?:[A-Z]\\w+ )+(?:{form})", "form", r"GmbH|e\\.V\\.")
    >>> [m.group(0) for m in p.finditer("Die Beispiel Beratung GmbH und der Verein Muster e.V. tagen.")]
    ['Die Beispiel Beratung GmbH', 'Verein Muster e.V.']
    >>> type(p).__name__, type(prefiltered_with(r"[A-Z]\\w+(?: (?:{form}))?", "form", "GmbH")).__name__
    ('Gated', 'Pattern')
    """
    hole = "{" + slot + "}"
    matcher = prefiltered(template.replace(hole, part))
    if hole not in template or not isinstance(matcher, re.Pattern) or matcher.flags & re.IGNORECASE:
        return matcher
    mark = f"\ue000{slot}\ue000"  # a literal no text holds, in the slot's place
    words = required_words(list(P.parse(template.replace(hole, re.escape(mark)), matcher.flags)))
    if not words or len(words) != 1 or mark not in words[0]:
        return matcher
    return Gated(matcher, re.compile(part, matcher.flags), False)


class Gated:
    """A compiled pattern tried only on spans that hold one of the words its matches contain."""

    def __init__(self, compiled: re.Pattern[str], words: re.Pattern[str], ignore_case: bool) -> None:
        self.compiled = compiled
        self.words = words
        self.ignore_case = ignore_case
        self.pattern = compiled.pattern

    def __repr__(self) -> str:
        return f"prefiltered({self.pattern!r})"

    def __getattr__(self, name: str) -> Any:  # flags, groups, findall, ...: the pattern's own
        return getattr(self.compiled, name)

    def _absent(self, string: str, pos: int, endpos: int) -> bool:
        """Whether none of the words lies wholly in ``string[pos:endpos]`` (then nothing matches there)."""
        hay = _lowered(string, _gated) if self.ignore_case else string
        return hay is not None and self.words.search(hay, pos, endpos) is None

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(string, pos, endpos) else self.compiled.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(string, pos, endpos) else self.compiled.finditer(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def sub(self, repl: str, string: str, count: int = 0) -> str:
        return string if self._absent(string, 0, len(string)) else self.compiled.sub(repl, string, count)


def word_finditer(pattern: str, word: str, text: str) -> Iterator[re.Match[str]]:
    """``re.finditer(pattern, text)`` for a pattern each of whose matches opens with the literal
    ``word`` (after zero-width tests: ``\\b``, a lookbehind), tried only where ``word`` occurs:
    ``re`` tries a pattern opening with such a test at every place of the text.

    >>> [m.span() for m in word_finditer(r"(?<!\\w)Rat\\b", "Rat", "Rat, Stadtrat, Rat")]
    [(0, 3), (15, 18)]
    """
    rx = re.compile(pattern)
    if not word:
        yield from rx.finditer(text)
        return
    at = text.find(word)
    while at >= 0:
        found = rx.match(text, at)
        if found is None:
            at = text.find(word, at + 1)
            continue
        yield found
        at = text.find(word, max(found.end(), at + 1))


_PLAIN_FLAGS = re.compile("").flags  # a pattern's flags when none are given


def word_gated(matcher: Matcher) -> TypeGuard[Prefiltered | Gated]:
    """Whether a matcher is tried only where one of its words occurs, looked for by a pattern
    without flags: :func:`any_may_match` can rule it out.

    >>> word_gated(prefiltered(r"(?i)\\bModeration\\b")), word_gated(prefiltered(r"\\bum\\s"))
    (True, False)
    """
    return isinstance(matcher, (Prefiltered, Gated)) and matcher.words.flags == _PLAIN_FLAGS


@functools.lru_cache(maxsize=64)
def any_may_match(matchers: tuple[Matcher, ...]) -> Callable[[str], bool]:
    """A test of a text that is False only where none of ``matchers`` can match anywhere in it:
    none of the words of any of them occurs (one search of all their words, where each would
    search its own). A plain compiled pattern among them may match anywhere: then always True.

    >>> may = any_may_match((prefiltered(r"(?i)\\bModeration\\b"), prefiltered(r"\\w*[Bb]egleitung\\b")))
    >>> may("Die MODERATION übernimmt X."), may("Prozessbegleitung"), may("Der Rat tagt.")
    (True, True, False)
    """
    gates = [m for m in matchers if word_gated(m)]
    if len(gates) < len(matchers):
        return lambda string: True
    groups = ([m.words.pattern for m in gates if not m.ignore_case], [m.words.pattern for m in gates if m.ignore_case])
    plain, folded = (re.compile("|".join(f"(?:{p})" for p in g)) if g else None for g in groups)

    def may(string: str) -> bool:
        if plain is not None and plain.search(string) is not None:
            return True
        if folded is None:
            return False
        hay = _lowered(string, _gated)
        return hay is None or folded.search(hay) is not None  # None: a letter changes length, no test

    return may
