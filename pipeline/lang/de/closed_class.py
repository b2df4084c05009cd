"""German closed-class words (``closed_class.yaml`` beside this module): the one home of the
articles, prepositions and conjunctions the readers ask about.

>>> sorted(words("linking_articles", "conjunctions"))
['bzw', 'dem', 'den', 'der', 'des', 'oder', 'sowie', 'und']
"""

from __future__ import annotations

import functools

from . import load

# the classes of closed_class.yaml
CLASSES = (
    "linking_articles",
    "opening_articles",
    "indefinite_articles",
    "prepositions",
    "contractions",
    "conjunctions",
)
DEFINITE_ARTICLES = ("linking_articles", "opening_articles")
ARTICLES = (*DEFINITE_ARTICLES, "indefinite_articles")  # every article


@functools.cache
def _classes() -> dict[str, frozenset[str]]:
    data = load("closed_class")
    if not isinstance(data, dict) or data.get("version") != 1:
        raise ValueError("closed_class.yaml: expected a mapping with 'version: 1'")
    bad = [c for c in CLASSES if not isinstance(data.get(c), list) or not all(isinstance(w, str) for w in data[c])]
    if bad or set(data) - {"version", *CLASSES}:
        raise ValueError(f"closed_class.yaml: the classes are {', '.join(CLASSES)}, each a list of words")
    return {name: frozenset(w.lower() for w in data[name]) for name in CLASSES}


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
