"""Counts spelt out in words, one table for every reader: "zwölf Mitglieder", "in fünf
Handlungsfeldern", "sechs Millionen Euro".

>>> NUMBER_WORDS["zwölf"], NUMBER_WORDS["fünfzig"]
(12, 50)
>>> spelt(2, 4)
'zwei|drei|vier'
>>> ORDINAL_ADVERBS["drittens"]
3
"""

from __future__ import annotations

_UNITS = (
    "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn "
    "sechzehn siebzehn achtzehn neunzehn zwanzig"
).split()
NUMBER_WORDS = {word: n for n, word in enumerate(_UNITS)} | {
    "dreißig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "hundert": 100,
}


def spelt(low: int, high: int) -> str:
    """The words of the counts from ``low`` to ``high``, as a regex alternation (lower case)."""
    return "|".join(word for word, n in NUMBER_WORDS.items() if low <= n <= high)


# the adverbs that count the items of an enumeration in running text ("erstens …, zweitens …")
ORDINAL_ADVERBS = {
    word: n
    for n, word in enumerate(
        "erstens zweitens drittens viertens fünftens sechstens siebtens achtens neuntens zehntens".split(), 1
    )
} | {"siebentens": 7}

# the stems of the ordinal adjectives, each with its rank ("im dritten Handlungsfeld", "das zweite"):
# the adverbs' stems, inflected as adjectives ("-e", "-en", "-er", "-es", "-em")
ORDINAL_STEMS = {word[: -len("ens")]: n for word, n in ORDINAL_ADVERBS.items()}


def ordinal_rank(word: str) -> int | None:
    """The rank an ordinal adjective names, None for any other word.

    >>> ordinal_rank("dritten"), ordinal_rank("Erste"), ordinal_rank("achte"), ordinal_rank("Achtung")
    (3, 1, 8, None)
    """
    w = word.casefold()
    for ending in ("e", "en", "er", "es", "em"):
        if w.endswith(ending) and (n := ORDINAL_STEMS.get(w[: -len(ending)])) is not None:
            return n
    return None
