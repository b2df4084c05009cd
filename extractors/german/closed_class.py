"""German closed-class words (``resources/closed_class.yaml``): the one home of the articles,
prepositions and conjunctions the readers ask about.

>>> sorted(words("linking_articles", "conjunctions"))
['bzw', 'dem', 'den', 'der', 'des', 'oder', 'sowie', 'und']
"""

from __future__ import annotations

import functools

from extractors.resources import CLOSED_CLASSES, RESOURCE_DIR, Resources, typed

CLASSES = CLOSED_CLASSES
DEFINITE_ARTICLES = ("linking_articles", "opening_articles")
ARTICLES = (*DEFINITE_ARTICLES, "indefinite_articles")  # every article


@functools.cache
def _classes() -> dict[str, frozenset[str]]:
    data = typed.closed_classes(Resources(RESOURCE_DIR))
    return {name: frozenset(w.lower() for w in data.of(name)) for name in CLASSES}


def words(*classes: str) -> frozenset[str]:
    """The words of the named classes, lower case (``words("prepositions", "contractions")``)."""
    found = _classes()
    unknown = [c for c in classes if c not in found]
    if unknown:
        raise KeyError(f"closed_class.yaml has no class {', '.join(unknown)}")
    return frozenset().union(*(found[c] for c in classes))


def alternation(*classes: str) -> str:
    """The words of the named classes as a regular-expression alternation, longest first."""
    return "|".join(sorted(words(*classes), key=lambda w: (-len(w), w)))
