"""First names: whether a word is a person's given name.

The names come from the name dictionary of the ``gender-guesser`` package (about 45,000
given names of Europe and beyond), read once when a name is first asked for. German words
that are also listed as names ("Ja", "Kassen", "Juli", "Halle") are told apart by the reader
that asks: a name is only looked up where the grammar already expects a person.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib import resources

from .closed_class import CLASSES, words

# a person addressed, written out or short ("Frau", "Fr.", "Herrn", "Hr."), and an academic title ("Dr.",
# "Prof."); either before a person's name: the word after it is a name, whatever else it could be read as
SALUTE = r"(?:Herrn?|Frau)"  # written out
ADDRESS = rf"(?:{SALUTE}|Hr\.|Fr\.)"
TITLE = r"(?:Dr|Prof)\."
SALUTATION = rf"(?:{ADDRESS}|{TITLE})"
# a name's capital, also one of another Latin alphabet with a mark ("Çelik", "Šimić", "Łukasz"); the
# block from "Ā" to "Ž" holds both cases, but no German word opens with one of its small letters
CAPITAL = r"[A-ZÄÖÜÀ-ÖØ-ÞĀ-Ž]"

VOWELS = "aeiouy"  # the letters whose marks a name keeps where a scan's text loses the rest

# closed-class words, other short words and months the dictionary also lists as names
_NOT_NAMES = words(*CLASSES) | frozenset(
    "ab alle andere art bitte da davon er fa ge grad ich ja je mal nur per sie so "
    "wo januar februar april mai juni juli august oktober november dezember sommer linie lage halle tage".split()
)


@cache
def _names() -> frozenset[str]:
    found: set[str] = set()
    try:
        data = resources.files("gender_guesser").joinpath("data/nam_dict.txt")
    except ModuleNotFoundError:  # without the package no bare name is read; everything else is
        return frozenset()
    with data.open(encoding="utf-8") as f:
        for line in f:
            if line[:1] in "#=":
                continue
            parts = line.split()
            if len(parts) > 1:
                name = parts[1].replace("+", "-").casefold()
                found.update((name, unmarked(name)))
    return frozenset(found - _NOT_NAMES)


def unmarked(name: str) -> str:
    """A name with the marks taken off its consonants ("ş", "ć", "ñ"), as a scan's text without them
    gives it ("gülşen" read "gülsen"): German marks no consonant, so its words stay apart from
    such names; marked vowels stay (a German word and a name may differ only there: "meile").

    >>> unmarked("gülşen"), unmarked("josé"), unmarked("petrović")
    ('gülsen', 'josé', 'petrovic')
    """
    out = []
    for ch in name:
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(ch if base in VOWELS or ch == base else base)
    return "".join(out)


def is_first_name(word: str) -> bool:
    """Whether ``word`` (capitalised, letters and hyphens) is a given name.

    A consonant's mark the dictionary spells otherwise (Romanian "ț" with a comma, listed with a
    cedilla or none) is taken off before the look-up, as German words carry none.

    >>> [is_first_name(w) for w in ("Anna", "Jonas", "Hans-Peter", "Moderation", "Ja", "anna")]
    [True, True, True, False, False, False]
    >>> [is_first_name(w) for w in ("Ionuț", "Ștefan", "Maria-Ștefania", "Straße")]
    [True, True, True, False]
    """
    if len(word) < 2 or not word[:1].isupper() or not word.replace("-", "").isalpha():
        return False
    names = _names()
    key = word.casefold()
    return unmarked(key) in names or all(unmarked(p) in names for p in key.split("-"))
