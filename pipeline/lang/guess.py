"""A cheap guess of a document's language from counts of common function words.

Council submissions are German; the guess only has to flag the odd English or French
document (a translation, a partner city's report) so that users can filter it. Counting
stopwords is fast, needs no model and is right on any text of a few sentences.
"""

from __future__ import annotations

import re
from collections import Counter

STOPWORDS: dict[str, frozenset[str]] = {  # words shared by two of the languages are left out
    "de": frozenset(
        "der die das und ist nicht mit von den dem ein eine einer eines zu zur zum im auf "
        "für sich auch als wird werden wurde sind bei nach aus oder über durch sowie dass".split()
    ),
    "en": frozenset(
        "the and of to is are were be been with for on that this which by from at as it its "
        "would has have not or".split()
    ),
    "fr": frozenset(
        "le la les et du un une est sont dans pour par sur avec qui que au aux ce cette "
        "ne pas se il elle été être de en l d qu".split()
    ),
}
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
MIN_HITS = 5  # fewer stopwords than this: too little running text to tell
MIN_SHARE = 0.6  # the winner's share of all hits


def guess_language(text: str, limit: int = 20_000) -> str | None:
    """`de`, `en` or `fr` for the first ``limit`` characters, or None when unsure.

    >>> guess_language("Der Rat der Stadt beschließt die Fortschreibung des Konzeptes und die Mittel werden "
    ...                "bereitgestellt.")
    'de'
    >>> guess_language("The council will consult with local organisations and the cost is estimated at 15,000 EUR.")
    'en'
    >>> guess_language("Anlage 1") is None
    True
    """
    words = Counter(_WORD.findall(text[:limit].lower()))
    for word in [w for w in words if "'" in w]:  # l'avancement, d'intégration: the article is the French hint
        words[word.split("'", 1)[0]] += words.pop(word)
    counts = {lang: sum(words[w] for w in stop if w in words) for lang, stop in STOPWORDS.items()}
    total = sum(counts.values())
    best = max(counts, key=lambda lang: counts[lang])
    if total < MIN_HITS or counts[best] < MIN_SHARE * total:
        return None
    return best
