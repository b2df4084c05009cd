"""Action fields named one by one in running text, each by its rank and its quoted name: part of
the ``prose`` family.

"Im ersten Handlungsfeld, „Ankommen und Orientierung“, geht es um … Das zweite Handlungsfeld,
„Kita, Schule und Sprache“, umfasst … Das vierte Handlungsfeld heißt „Nachbarschaft“; …": an
article (or a preposition run into one, "Im") and an ordinal adjective before the singular field
noun, the name quoted after it, set off by a comma (an apposition) or after one verb ("heißt").
After the first, the noun may be left out ("Das zweite, „Sprache und Bildung“, reicht …", "Im
dritten, „Arbeit“, …"); the comma then sets the name off. The ranks count up from the first, one
after another, two at least, and the first names the noun: ranks of steps or of other things
("Im ersten Schritt, „Bestandsaufnahme“, …") yield nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from extractors.base import clean_label
from pipeline.lang.de.closed_class import words
from pipeline.lang.de.numbers import ordinal_rank

from .text import QUOTE, Candidate, FieldText
from .vocab import is_structure

_DETERMINERS = words("linking_articles", "opening_articles", "contractions")
# before a quote: a determiner, an ordinal, maybe a noun, then a comma or one lower-case word (a verb)
_BEFORE = re.compile(
    r"(?<![\w-])(?P<det>[A-Za-zäöü]+)[ \t\n]+(?P<ord>[a-zäöüß]+)(?:[ \t\n]+(?P<noun>[\wÄÖÜäöüß-]+))?"
    r"(?:[ \t\n]*,|[ \t\n]+(?P<verb>[a-zäöüß]+))[ \t\n]*$"
)
_REACH = 80  # characters before a quote that hold its determiner, ordinal, noun and verb


class _Named(NamedTuple):
    rank: int
    noun: bool  # whether the field noun stands after the ordinal
    field: Candidate


def ranked_quotes(ft: FieldText) -> Iterator[Candidate]:
    """The fields of the runs of ranked, quoted names that count up from the first."""
    run: list[_Named] = []
    for named in _named(ft):
        if named.rank == 1 and named.noun:
            yield from _counted(run)
            run = [named]
        elif run and named.rank == run[-1].rank + 1:
            run.append(named)
    yield from _counted(run)


def _counted(run: list[_Named]) -> Iterator[Candidate]:
    if len(run) >= 2:
        yield from (n.field for n in run)


def _named(ft: FieldText) -> Iterator[_Named]:
    """Every quoted name after a determiner and an ordinal (and the singular noun), in order."""
    text = ft.text
    for q in QUOTE.finditer(text):
        m = _BEFORE.search(text, max(0, q.start() - _REACH), q.start())
        if m is None or m.group("det").casefold() not in _DETERMINERS:
            continue
        rank = ordinal_rank(m.group("ord"))
        noun = m.group("noun")
        if rank is None or (noun is not None and not ft.vocab.singular.fullmatch(noun)):
            continue
        if m.group("verb") and noun is None:
            continue  # "das zweite nennt „X“": the verb's subject needs its noun
        label = clean_label(q.group(1))
        if not label or label.endswith((".", "!", "?")) or is_structure(label, ft.vocab):
            continue
        yield _Named(rank, noun is not None, Candidate(q.start(1), q.end(1), label, "prose"))
