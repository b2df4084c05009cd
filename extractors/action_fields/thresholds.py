"""Fields named only as the rows of a ranked list over a dashed threshold line: part of the ``table`` family.

   Thema                                  Nennungen   Anteil
   Wohnraum und Unterbringung                    27     87 %
   Sprachkurse und Sprachmittlung                25     81 %
   Arbeitsmarktintegration                       19     61 %
   ─ ─ ─ ─ ─ ─ ─  Schwelle: 10 Nennungen  ─ ─ ─ ─ ─ ─ ─
   Mobilität                                      6     19 %

   Die Verwaltung schlägt vor, die Themen oberhalb der Schwelle als Handlungsfelder zu bearbeiten.

Each row is a name, a count after it and maybe a share ("87 %"), a rank maybe before it; the counts fall
(or stay) from row to row, across the line too: the list is ranked, and the dashed line (dashes parted by
spaces, maybe words in it) cuts it. The rows over the line are the fields, three at least, one row at
least under it; the lines right over the list (its caption, its head) or the paragraph right under it (a
rule and a note such as "Rücklauf: …" between them) name the fields with the field noun. A ranked list of
another matter, a list without a cut, or a cut list no field noun speaks of names nothing. A solid rule is
no threshold.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label

from .forms import plain_name
from .text import Candidate, FieldText

_DASHED = re.compile(r"(?:[─━–—-][ \t]){3}")
_ROW = re.compile(
    r"[ \t]*(?:\d{1,2}\.?[ \t]+)?(?P<name>[A-ZÄÖÜ][^\n]*?[^\s\d])[ \t]+(?P<count>\d{1,5})"
    r"(?:[ \t]+\d{1,3}(?:[,.]\d{1,2})?[ \t]?%)?[ \t]*"
)
_RULE = re.compile(r"[ \t]*[─━═_=-]{3,}(?:[ \t]+[─━═_=-]{3,})*[ \t]*")
_LEAST = 3
_NEAR = 6  # lines over the list and under it in which the field noun is looked for


def threshold_rows(ft: FieldText) -> Iterator[Candidate]:
    """The rows over the threshold line of each ranked list that the text around it says holds the fields."""
    for k in range(1, len(ft.rows) - 1):
        if not _DASHED.search(ft.rows[k].text) or _ROW.fullmatch(ft.rows[k].text):
            continue
        over = _rows(ft, k, -1)
        under = _rows(ft, k, 1)
        if len(over) < _LEAST or not under:
            continue
        counts = [int(m.group("count")) for _, m in [*reversed(over), *under]]
        if any(a < b for a, b in zip(counts, counts[1:], strict=False)):
            continue  # not ranked
        if not _named(ft, over[-1][0], under[-1][0]):
            continue
        for i, m in reversed(over):
            label = clean_label(m.group("name"))
            if plain_name(label, ft):
                start = ft.rows[i].start + m.start("name")
                yield Candidate(start, start + len(m.group("name")), label, "table")


def _rows(ft: FieldText, k: int, step: int) -> list[tuple[int, re.Match[str]]]:
    """The rows of the list from the line next to line ``k`` on, in the direction of ``step``."""
    out = []
    i = k + step
    while 0 <= i < len(ft.rows) and (m := _ROW.fullmatch(ft.rows[i].text)) is not None:
        out.append((i, m))
        i += step
    return out


def _note(text: str) -> bool:
    """Whether a line under a list closes it: a rule, or a short note with a colon ("Rücklauf: 31 von 36")."""
    return _RULE.fullmatch(text) is not None or ":" in text and len(text.split()) <= _NEAR


def _named(ft: FieldText, first: int, last: int) -> bool:
    """Whether the lines right over the list (from line ``first``) or its first paragraph under it (after line
    ``last``, a rule and one note line allowed) name the field noun."""
    lo = first
    while lo > 0 and first - lo < _NEAR and not ft.blank(lo - 1):
        lo -= 1
    hi = last + 1
    while hi < len(ft.rows) and hi - last <= _NEAR and (ft.blank(hi) or _note(ft.rows[hi].text)):
        hi += 1
    end = hi
    while end < len(ft.rows) and end - hi < _NEAR and not ft.blank(end):
        end += 1
    spans = (
        [(ft.rows[lo].start, ft.rows[first].start), (ft.rows[hi].start, ft.rows[end - 1].end)]
        if hi < len(ft.rows)
        else []
    )
    return any(a <= m.start() < b for m in ft.strong_plurals() for a, b in spans)
