"""German closed-class words (``closed_class.yaml`` beside this module): the one home of the
articles, prepositions and conjunctions the readers ask about.

>>> sorted(words("linking_articles", "conjunctions"))
['bzw', 'dem', 'den', 'der', 'des', 'oder', 'sowie', 'und']
"""

from __future__ import annotations

import functools
import re

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
# classes a reader asks for by name, kept out of ``CLASSES`` (the function words every name
# reader skips): the relative pronouns and the negations
CLAUSE_CLASSES = ("relative_pronouns", "negations")
DEFINITE_ARTICLES = ("linking_articles", "opening_articles")
ARTICLES = (*DEFINITE_ARTICLES, "indefinite_articles")  # every article


@functools.cache
def _classes() -> dict[str, frozenset[str]]:
    data = load("closed_class")
    if not isinstance(data, dict) or data.get("version") != 1:
        raise ValueError("closed_class.yaml: expected a mapping with 'version: 1'")
    every = (*CLASSES, *CLAUSE_CLASSES)
    bad = [c for c in every if not isinstance(data.get(c), list) or not all(isinstance(w, str) for w in data[c])]
    if bad or set(data) - {"version", *every}:
        raise ValueError(f"closed_class.yaml: the classes are {', '.join(every)}, each a list of words")
    return {name: frozenset(w.lower() for w in data[name]) for name in every}


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


# --- the words the view's readers choose ------------------------------------------------------
# Each list is a choice among the closed-class words (and a few others) for one reader's reason,
# in the order its pattern tries them; :func:`either` makes the alternation.

# the words before which a line-end hyphen stays: a dropped part of a compound ("Inte- und …")
HYPHEN_STAYS = ("und", "oder", "bzw", "sowie", "bis", "als", "u")
# the words a line that runs on ends with ("Vertreter des" / "Jobcenters")
RUNS_ON = (
    *("der", "die", "das", "des", "dem", "den", "und", "oder", "sowie", "von", "vom", "für", "mit", "aus"),
    *("bei", "zur", "zum", "im", "ein", "eine", "einer", "eines", "einem", "einen"),
)
# the first word of a sentence: an article, a pronoun or a preposition, capitalised
SENTENCE_OPENERS = (
    *("Die", "Der", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Sie", "Er", "Es", "Wir", "Im", "In"),
    *("Für", "Mit", "Zur", "Zum", "Am", "Auf", "Bei", "Nach", "Von"),
    *("Dieser", "Dieses", "Diesem", "Diesen", "Diese", "Dabei", "Damit", "Außerdem", "Zudem"),
)
# the words between cells that mean nothing ("am", "vom", "Uhr")
FILLER_WORDS = ("am", "vom", "den", "ab", "um", "bis", "Uhr")
# the words after which a typed word is part of a name ("Ausschuss für Information")
NAME_LINKS = ("für", "und", "der", "des", "von", "sowie", "mit")
# the link words a table cell's line that goes on in the next one ends with
OPEN_ENDS = (
    *("und", "oder", "für", "der", "des", "den", "dem", "die", "von", "vom", "im", "in", "zur", "zum", "mit"),
    *("bzw.", "sowie", "an", "auf", "über", "zu", "um", "durch", "eines", "einer", "bei"),
)
# the link words a name's next line opens with ("und Umwelt")
NAME_GOES_ON = ("und", "für", "der", "des", "sowie")
# the prepositions before a passive's agent ("wurde von ABC moderiert")
PASSIVE_AGENT = ("von", "vom", "durch")
# the prepositions between a person and the body the person comes from ("Frau X für den Runden Tisch", "Herr Y vom
# Jobcenter")
ORIGIN = ("für", "vom", "von")
# the prepositions that cite a rule before a paragraph of the municipal code ("nach § 94 NKomVG", "gem. § 27")
CITING = ("nach", "gemäß", "gem.", "laut", "lt.")
# the word between a person and the role they hold where they come from ("Herr X als Vorsitzender des Vereins Y")
ROLE_AFTER = ("als",)


def either(words: tuple[str, ...]) -> str:
    """The words as a regular-expression alternation, in their order (``"und|oder"``)."""
    return "|".join(re.escape(w) for w in words)
