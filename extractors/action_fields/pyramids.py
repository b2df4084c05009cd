"""Fields as the numbered levels of a drawn pyramid: part of the ``list`` family.

A step model draws its levels as a pyramid of slanted sides, each level's name set inside the narrowing lines and
a rule across the sides under it; the text says the levels are the fields::

    Die vier Stufen der Pyramide sind die Handlungsfelder des Konzepts.

                  /\\
                 /  \\
                / 4  \\
               / Mit-\\
              /wirkung\\
             /────────\\
            /  3  Ge-  \\
           /  sundheit  \\
          /──────────────\\
         ...

The figure is a run of lines each between a "/" and a "\\" (the apex "/\\" its first), within a few lines after a
sentence naming the fields in the plural; the rules across the sides part it into levels. Each level opens with its
number, alone on its line or before the name, the numbers counting by one up or down from level to level; the
name is the rest of the level's lines, a word broken at a hyphen joined. What stands under the pyramid between
other marks (a foundation's bar) is no level. Three levels at least, each a name, most of them known to the
taxonomy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.lang.de import markers

from .margins import part_name
from .text import Candidate, FieldText
from .vocab import known_codes

_SIDED = re.compile(r"[ \t\f]*/(?P<inner>[^\n]*)\\[ \t]*")
_RULE = re.compile("[ \t]*[" + markers.DRAWN_RULES + "]+[ \t]*")
_NUMBER = re.compile(r"[ \t]*(?P<n>\d{1,2})(?:[ \t]+|$)")
_REACH = 15  # lines from the sentence naming the fields to the apex at most
_LEAST = 3
_MOST_WORDS = 8


def _levels(ft: FieldText, first: int) -> tuple[list[list[tuple[int, int]]], int]:
    """The levels of the pyramid whose apex is line ``first``: each the spans of its lines' texts between the
    sides, up to a rule; and the line after the figure."""
    levels: list[list[tuple[int, int]]] = [[]]
    k = first
    while k < len(ft.rows) and (m := _SIDED.fullmatch(ft.rows[k].text)) is not None:
        inner = m.group("inner")
        if _RULE.fullmatch(inner):
            levels.append([])
        elif inner.strip():
            lead = len(inner) - len(inner.lstrip())
            start = ft.rows[k].start + m.start("inner") + lead
            levels[-1].append((start, start + len(inner.strip())))
        k += 1
    return [level for level in levels if level], k


def _named(ft: FieldText, level: list[tuple[int, int]]) -> tuple[int, Candidate] | None:
    """A level's number and its field, or None where it opens with no number or names none."""
    a, b = level[0]
    m = _NUMBER.match(ft.text, a, b)
    if m is None:
        return None
    parts = ([(m.end(), b)] if m.end() < b else []) + level[1:]
    if not parts:
        return None
    label = part_name(ft, parts, _MOST_WORDS)
    if label is None:
        return None
    return int(m.group("n")), Candidate(parts[0][0], parts[-1][1], label, "list")


def _led(ft: FieldText, row: int) -> bool:
    """Whether a sentence naming the fields in the plural ends within ``_REACH`` lines above line ``row``."""
    top = ft.rows[max(0, row - _REACH)].start
    return any(top <= m.start() < ft.rows[row].start for m in ft.strong_plurals())


def pyramid_levels(ft: FieldText) -> Iterator[Candidate]:
    """The fields of a pyramid's numbered levels after a sentence naming the fields (see the module)."""
    k = 0
    while k < len(ft.rows):
        apex = _SIDED.fullmatch(ft.rows[k].text)
        if apex is None or apex.group("inner").strip() or not _led(ft, k):
            k += 1
            continue
        levels, k = _levels(ft, k)
        named = [got for level in levels if (got := _named(ft, level)) is not None]
        numbers = [n for n, _ in named]
        step = numbers[1] - numbers[0] if len(numbers) > 1 else 0
        if (
            len(named) < _LEAST
            or len(named) != len(levels)
            or step not in (1, -1)
            or numbers != list(range(numbers[0], numbers[0] + step * len(numbers), step))
        ):
            continue
        found = [c for _, c in named]
        if 2 * sum(known_codes(c.label, ft.vocab) != ("other",) for c in found) > len(found):
            yield from found
