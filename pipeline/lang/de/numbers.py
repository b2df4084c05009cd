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
