"""Fields as the working groups' boxes of a drawn project structure: part of the ``list`` family.

A chart of a concept's working structure draws the council, a steering group and its office in boxes over a row
or two of boxes side by side, one a working group; the text says the groups are the fields::

    Die vier Arbeitsgruppen entsprechen den Handlungsfeldern des Konzepts.

    ┌────────┴─────────┐          ┌─────────┴────────┐
    │ AG 1             │          │ AG 2             │
    │ Frühe Bildung    │          │ Arbeit und Aus-  │
    │ und Familie      │          │ bildung          │
    │ Leitung: Kita    │          │ Leitung: Kammer  │
    └──────────────────┘          └──────────────────┘

The lead is a sentence naming the groups in the plural beside the fields in the plural; within a few dozen lines
after it, the boxes (:func:`.diagram.box_at`, their columns lined up) whose first line is a group's key, the
group's noun or an abbreviation and its number ("AG 1"), numbered 1 … n in reading order, give the fields: the
lines under the key up to a labelled line ("Leitung: …") or a note in brackets, a word broken at a hyphen joined.
The other boxes (the council's, the steering group's) are no fields. Three groups at least, one key for all,
most of them known to the taxonomy.

Where an export closed the gaps between the boxes to single spaces, their columns no longer line up: the boxes are
then told by their order on each line (:func:`.diagram.ordered_boxes`), a line of sides only taken two by two
("│ │ │ kräfte │ │ │": three boxes, the first and the last empty there), the connector fanning out to the groups'
row no box.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label
from extractors.resources import typed
from pipeline.lang.de import markers

from .diagram import Box, box_at, ordered_boxes, top_edges
from .text import Candidate, FieldText, is_sentence
from .vocab import is_structure, known_codes

_KEY = re.compile(r"(?P<key>[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]{0,30})[ \t]+(?P<n>\d{1,2})")
_ABBREVIATION = re.compile(r"[A-ZÄÖÜ]{2,4}")
_LABEL_LINE = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*(?:[ \t][\wäöüß-]+)?:")  # "Leitung: VHS"
_REACH = 40  # lines from the lead to the last box at most
_LEAST = 3
_MOST_WORDS = 8


def _leads(ft: FieldText) -> Iterator[int]:
    """The rows of the sentences naming the groups in the plural and the fields, in the plural or one to each
    group ("fünf Fachforen, die je einem Handlungsfeld entsprechen")."""
    each = "|".join(re.escape(w) for w in typed.taxonomy(ft.res).distributives)
    for noun in ft.nouns:
        before = ft.text[max(0, noun.start() - 20) : noun.start()]
        if not ft.vocab.plural.fullmatch(noun.group(0)) and not re.search(
            rf"\b(?:{each})\b[ \t\n]+\w*[ \t\n]*$", before, re.I
        ):
            continue
        unit = ft.layout.units[ft.layout.unit_at(noun.start())]
        found = ft.vocab.groups.finditer(ft.text, unit.start, unit.end)
        # "Arbeitsgruppen", "Arbeitskreise", "Fachforen"
        if any(ft.text[m.end() : m.end() + 1] in ("n", "e") or m.group(0).endswith("en") for m in found):
            yield ft.row_at(unit.end - 1)


def _group(ft: FieldText, parts: list[tuple[int, int]]) -> tuple[str, int, Candidate] | None:
    """A group's key, number and field from its box's lines, or None where the box is no group's."""
    key = _KEY.fullmatch(ft.text, *parts[0])
    if key is None:
        return None
    name: list[tuple[int, int]] = []
    for a, b in parts[1:]:
        if _LABEL_LINE.match(ft.text, a, b) or ft.text.startswith("(", a):
            break
        name.append((a, b))
    if not name:
        return None
    label = clean_label("\n".join(ft.text[a:b] for a, b in name))
    if len(label.split()) > _MOST_WORDS or is_sentence(label, ft.vocab) or is_structure(label, ft.vocab):
        return None
    return key.group("key"), int(key.group("n")), Candidate(name[0][0], name[-1][1], label, "list")


def _groups(ft: FieldText, boxes: list[Box]) -> list[tuple[str, int, Candidate]] | None:
    """The groups of a chart's boxes, numbered 1 … n in reading order under one key; None where they are not."""
    groups = [g for box in sorted(boxes, key=lambda x: (x.top, x.left)) if (g := _group(ft, box.parts))]
    if (
        len(groups) < _LEAST
        or len({key for key, _, _ in groups}) != 1
        or [n for _, n, _ in groups] != list(range(1, len(groups) + 1))
        or not (_ABBREVIATION.fullmatch(groups[0][0]) or ft.vocab.groups.fullmatch(groups[0][0]))
    ):
        return None
    return groups


def _chart(ft: FieldText, row: int, last: int) -> list[tuple[str, int, Candidate]] | None:
    """The groups of the boxes between lines ``row`` and ``last``: told by their columns, or, where an export closed
    the gaps between them, by their order on each line (:func:`.diagram.ordered_boxes`)."""
    edges = list(top_edges(ft, row + 1, last))
    boxes = [box for k, a, b in edges if (box := box_at(ft, k, a, b, last)) is not None]
    groups = _groups(ft, boxes)
    for ascii_row in _ascii_rows(ft, row + 1, last):
        groups = groups or _groups(ft, ascii_row)
    if groups is None and edges:
        ordered = ordered_boxes(ft, edges[0][0], paired=True)
        groups = _groups(ft, ordered) if ordered else None
    return groups


def structure_boxes(ft: FieldText) -> Iterator[Candidate]:
    """The fields of the working groups' boxes after a sentence equating the groups with the fields."""
    done = -1
    for row in _leads(ft):
        if row <= done:
            continue
        last = min(len(ft.rows), row + _REACH)
        groups = _chart(ft, row, last)
        if groups is None:
            continue
        found = [c for _, _, c in groups]
        if 2 * sum(known_codes(c.label, ft.vocab) != ("other",) for c in found) > len(found):
            done = last
            yield from found


_ASCII_EDGE = re.compile(r"[ \t]*\+[-+]*\+(?:[ \t]+\+[-+]*\+)*[ \t]*")


def _ascii_rows(ft: FieldText, first: int, last: int) -> Iterator[list[Box]]:
    """The boxes of each row of boxes drawn with ASCII signs side by side ("+-----+  +-----+" over
    "| AG 1 |  | AG 2 |") on lines ``first`` … ``last`` - 1 whose line under the top edge holds two bars a box:
    each line of the row parted at its bars, the pieces inside a box (between a box's two bars) its text, up
    to the bottom edge. An export that closed the gaps keeps the bars, so the pieces keep their order."""
    bar = markers.ASCII_BARS[:1]
    for k in range(first, last - 1):
        if not _ASCII_EDGE.fullmatch(ft.rows[k].text):
            continue
        n = len(ft.rows[k].text.split())
        if ft.rows[k + 1].text.count(bar) != 2 * n or n < _LEAST:
            continue
        boxes = [Box(k, i, i) for i in range(n)]
        j = k + 1
        while j < last and ft.rows[j].text.count(bar) == 2 * n:
            line = ft.rows[j]
            at = [i for i, ch in enumerate(line.text) if ch == bar]
            for i, box in enumerate(boxes):
                a, b = at[2 * i] + 1, at[2 * i + 1]
                inner = line.text[a:b]
                if inner.strip():
                    start = line.start + a + len(inner) - len(inner.lstrip())
                    box.parts.append((start, start + len(inner.strip())))
            j += 1
        if j < last and _ASCII_EDGE.fullmatch(ft.rows[j].text):
            yield [box for box in boxes if box.parts]
