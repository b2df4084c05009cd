"""A gap grid's row label begun on the line over the row: "Förderung „Gemeinsam in" / "Vielfalt“ (Land BW)
5.000,00   5.000,00", the first line one cell of words with no number that a hyphen, a word that links
to the next (a preposition, an article, a conjunction) or a quotation mark or bracket left open ends, or that
opens in lower case, a part of the sum above ("davon Zuwendung nach der Richtlinie" / "Integrative Maßnahmen
(beantragt, 75 %)   1.950,00 €   4.875,00 €"): no heading of a grid's block opens so."""

from __future__ import annotations

import re

from pipeline.lang.de.closed_class import words
from pipeline.structure import Line

_LINKS = words("prepositions", "contractions", "linking_articles", "opening_articles", "conjunctions")
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")
_DIGIT = re.compile(r"\d")
_OPENING = "„‚(["  # the German opening quotation marks and brackets
_CLOSING = "“”‘)]"


def label_above(all_lines: list[Line], i: int) -> str:
    """The first line of row ``i``'s label where the label begins on the line over it, under another row
    of the grid; "" where it does not.

    >>> from pipeline.structure import Line
    >>> rows = ["Summe  11.330,00", "Förderung „Gemeinsam in", "Vielfalt“ (Land BW)   5.000,00"]
    >>> lines = [Line(0, len(t), t) for t in rows]
    >>> label_above(lines, 2), label_above(lines, 1)
    ('Förderung „Gemeinsam in', '')

    A part of the sum above whose label opens in lower case:

    >>> rows = ["Summe  2.600,00", "davon Zuwendung nach der Richtlinie", "Integrative Maßnahmen   1.950,00"]
    >>> label_above([Line(0, len(t), t) for t in rows], 2)
    'davon Zuwendung nach der Richtlinie'

    A rule drawn in hyphens over a sum row is no label's first line:

    >>> rows = ["Sachkosten   6.500,00", "-----------------", "Gesamt   149.800,00"]
    >>> label_above([Line(0, len(t), t) for t in rows], 2)
    ''
    """
    if i < 2:
        return ""
    above, over = all_lines[i - 1].text.strip(), all_lines[i - 2].text
    if not above or _DIGIT.search(above) or "  " in above or "\t" in above or not _DIGIT.search(over):
        return ""
    if _LAST_WORD.search(above) is None:  # a rule or a row of marks, no words
        return ""
    return above if goes_on(above) or above[:1].islower() else ""


def goes_on(label: str) -> bool:
    """Whether a label breaks off at its line's end: a hyphen, a word that links to the next (a preposition,
    an article, a conjunction) or a quotation mark or bracket left open ends it.

    >>> goes_on("Wohnen und Nachbarschaft in den"), goes_on("Teilhabe, Engagement und"), goes_on("Sprache")
    (True, True, False)
    """
    label = label.strip()
    if (last := _LAST_WORD.search(label)) is None:
        return False
    opened = sum(label.count(c) for c in _OPENING) > sum(label.count(c) for c in _CLOSING)
    return label.endswith("-") or opened or last[1].casefold() in _LINKS
