"""consultations.compounds: a column word of a Beratungsfolge header written as a compound of a known
column word ("Zieltermin", "Beratungstermine", "Beschlussart"), read by the header reader
(:mod:`.headers`) beside the column words themselves."""

from __future__ import annotations

import functools
import re

from .vocab import Vocab

_COMPOUND = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}")


@functools.lru_cache(maxsize=65536)  # asked of the first word of most lines
def date_compound(word: str, v: Vocab) -> bool:
    """Whether a word is a compound ending in a date's column word, maybe in the plural
    ("Zieltermin", "Beratungstermine"); a body's column word in a compound is a body's name
    ("Sozialausschuss"), never a column.

    >>> from extractors import load_resources
    >>> from extractors.consultations.vocab import vocab
    >>> w = vocab(load_resources())
    >>> date_compound("Zieltermin", w), date_compound("Beratungstermine", w), date_compound("Sozialausschuss", w)
    (True, True, False)
    """
    if not _COMPOUND.fullmatch(word) or not word.endswith(_date_ends(v)):
        return False
    for j in range(3, len(word) - 3):
        tail = word[j].upper() + word[j + 1 :]
        for end in (tail, tail[:-1] if tail.endswith("e") else "", tail[:-2] if tail.endswith("en") else ""):
            # a word of three letters ends too many words to head a compound ("Kreistage", "Dienstag")
            if len(end) > 3 and any(kind == "date" and pat.fullmatch(end) for kind, pat in v.columns):
                return True
    return False


@functools.lru_cache(maxsize=65536)
def role_compound(word: str, v: Vocab) -> bool:
    """Whether a word is a compound of a word joined by an "s" and a roles' column word ("Beschlussart",
    "Bearbeitungsstand"); not a word of its own that ends so ("Gegenstand").

    >>> from extractors import load_resources
    >>> from extractors.consultations.vocab import vocab
    >>> w = vocab(load_resources())
    >>> role_compound("Beschlussart", w), role_compound("Bearbeitungsstand", w), role_compound("Gegenstand", w)
    (True, True, False)
    """
    if not _COMPOUND.fullmatch(word) or not word.endswith(_role_ends(v)):
        return False
    for j in range(4, len(word) - 2):
        if word[j - 1] == "s" and any(
            kind == "role" and pat.fullmatch(word[j].upper() + word[j + 1 :]) for kind, pat in v.columns
        ):
            return True
    return False


@functools.lru_cache(maxsize=8)
def _role_ends(v: Vocab) -> tuple[str, ...]:
    """The one-word roles' column words, lower case ("art", "stand"): the quick test before
    :func:`role_compound`."""
    words = {w.strip("(?:)$").lower() for kind, p in v.columns if kind == "role" for w in p.pattern.split("|")}
    return tuple(sorted(w for w in words if w.isalpha()))


@functools.lru_cache(maxsize=8)
def _date_ends(v: Vocab) -> tuple[str, ...]:
    """The ends a compound date column word may have, lower case: the one-word date column words, also
    in the plural ("termin", "termine", "datum"); the quick test before :func:`date_compound` tries
    each place the word may be cut at."""
    words = {w.lower() for kind, p in v.columns if kind == "date" for w in p.pattern.split("|") if w.isalpha()}
    return tuple(sorted(w + end for w in words for end in ("", "e", "en")))


def compound_at(text: str, pos: int, v: Vocab) -> int | None:
    """Where a compound date or role column word at ``pos`` ends ("Zieltermin", "Beratungstermine",
    "Beschlussart"), or None."""
    m = _COMPOUND.match(text, pos)
    if m is None or (m.end() < len(text) and text[m.end()] not in " \t:"):
        return None
    if m.group().endswith(_date_ends(v)) and date_compound(m.group(), v):
        return m.end()
    return m.end() if role_compound(m.group(), v) else None
