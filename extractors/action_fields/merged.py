"""Action fields in the merged first cells of a single-spaced table of measures: the ``table`` family's
rows grouped by rules.

A table of measures may give each field one cell spanning the rows of its measures, the name set on
the middle line of its group and wrapped over the lines around it ("Handlungsfeld Nr. Maßnahme
Zeitraum" / "1.1 Sprachkurse …" / "Sprache und Bildung 1.2 Lesepatenschaften …" / "1.3 …", a rule under
the group). Where a PDF closed the gaps, the name is the words before the measure's number on each
line of the group, joined in their order; a line opening with its number leaves the name's cell
empty. Every line of a group holds its number, each group a name that can end there, two groups at
least.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .spaced import _RULE, MAX_ROWS, _label, cells, header
from .text import WRAP_END, Candidate, FieldText

Span = tuple[int, int]
_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.")  # a measure's number ("1.2", "3.", "2.1.")


def merged_groups(ft: FieldText) -> Iterator[Candidate]:
    seen: set[str] = set()
    done = -1
    for noun in ft.nouns:
        i = ft.row_at(noun.start())
        if i <= done or len(cells(ft.rows[i])) != 1:
            continue
        kinds = header(ft, ft.rows[i].text)
        if kinds is None or kinds[:2] != ["field", "number"]:
            continue
        lines = _lines(ft, i)
        groups = _groups(ft, lines)
        if groups is None or len(groups) < 2:
            continue
        done = lines[-1]
        for pieces in groups:
            yield from _label(ft, pieces, seen)


def _lines(ft: FieldText, i: int) -> list[int]:
    """The lines of the table under the header at line ``i``: the filled lines after it (a rule under the
    header stepped over), up to a blank line or the next header."""
    out: list[int] = []
    for j in range(i + 1, min(len(ft.rows), i + 1 + MAX_ROWS)):
        if ft.blank(j) or header(ft, ft.rows[j].text) or ft.vocab.list_ends.match(ft.rows[j].text):
            break
        if out or not _RULE.match(ft.rows[j].text.strip()):
            out.append(j)
    return out


def _groups(ft: FieldText, lines: list[int]) -> list[list[Span]] | None:
    """The name's pieces of each group of ``lines`` between rules; None where a line holds no number or a
    group's name cannot end."""
    groups: list[list[Span]] = [[]]
    for j in lines:
        line = ft.rows[j]
        if _RULE.match(line.text.strip()):
            groups.append([])
            continue
        words = [(line.start + m.start(), line.start + m.end(), m.group()) for m in re.finditer(r"\S+", line.text)]
        at = next((k for k, (_, _, w) in enumerate(words) if _NUMBER.fullmatch(w)), None)
        if at is None and not words[0][2][:1].isupper():
            continue  # the line above run over ("2027–2028" under its measure)
        if at is None or at + 1 == len(words):
            return None
        if at:
            groups[-1].append((words[0][0], words[at - 1][1]))
    groups = [g for g in groups if g]
    for g in groups:
        name = " ".join(ft.text[a:b] for a, b in g)
        if not name[:1].isupper() or WRAP_END.search(name):
            return None
    return groups
