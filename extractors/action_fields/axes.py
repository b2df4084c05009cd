"""Fields as the axis labels of a radar chart (a "Netzdiagramm") as a text layer leaves it: part of the
``table`` family's charts.

      Abbildung 2: Umsetzungsstand nach Handlungsfeldern (Netzdiagramm)
      Skala 0 = nicht begonnen … 4 = vollständig umgesetzt

                                        Sprache und frühe Bildung
                                                    4
                      Ankommen und                  3                  Arbeit und
                      Beratung                      2                  Ausbildung
                                                    0
                      Zusammenleben                                    Gesundheit
                      im Quartier                                      und Pflege
                                                  Wohnen

                               ─── Einschätzung 2024        - - - Einschätzung 2026
      Quelle: Selbsteinschätzung des Lenkungskreises …

The chart opens with its caption ("Abbildung 2:", "Grafik:"; ``figure_captions``) and ends before its
legend of line styles or its source ("Quelle:", "Legende"; ``figure_ends``). The caption's paragraph, or the sentence
before it, names the fields in the plural and the chart's kind (``axis_charts``: "Netzdiagramm", "seine
sechs Achsen"). Between them stand the labels round the scale's tick numbers: at the top, at both sides
sharing lines with the scale and with each other, and at the bottom. A label wrapped over lines goes on in
the next line under its first piece (overlapping it), where the piece so far cannot end ("Arbeit und",
"Schule,", "bürgerschaftliches") or the line opens in lower case ("im Quartier"). Three labels at least,
each naming a field of the taxonomy; one that does not, or two fields run together where an export closed
the gaps ("Zusammenleben Gesundheit"), and the chart gives nothing.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from extractors.resources import typed

from .tables import wraps_on
from .text import Candidate, FieldText
from .topics import topic_name
from .vocab import known_codes

_LEAST = 3
_SCALE_LINES = 3  # lines holding a tick number
_MOST_LINES = 30  # lines of a chart's body
_BLOCK_LINES = 4  # lines of a label's block
_LEAD = 400  # characters before the caption where the chart's kind and the fields may be named
_CHUNK = re.compile(r"\S+(?: \S+)*")
_TICK = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?[ \t]?%?")
# a legend's sample of a line style ("───", "- - -", "· · ·")
_STYLE = re.compile(r".*(?:[─━═]{3}|(?:[-–][ \t]){2}[-–]|(?:[·.][ \t]){2}[·.])")

Piece = tuple[int, int, int]  # start and end in the flat text, the line's index


def chart_axes(ft: FieldText) -> Iterator[Candidate]:
    """The axis labels of each radar chart whose caption or lead names the fields."""
    for first, end in _charts(ft):
        yield from _labels(ft, first, end)


def axis_regions(ft: FieldText) -> list[tuple[int, int]]:
    """The bodies of the radar charts of the fields, read or not: no other set of names is read from them."""
    return [(ft.rows[first].start, ft.rows[end].start) for first, end in _charts(ft)]


def captioned(ft: FieldText, kind: str, lead: int) -> Iterator[int]:
    """The blank line under each figure's caption (within five lines) whose text before it, up to
    ``lead`` characters before the caption, names the figure's ``kind`` and the field noun in the plural."""
    tax = typed.taxonomy(ft.res)
    caption = re.compile(r"[ \t]*(?:" + tax.figure_captions + ")", tax.flags)
    named = re.compile(kind, tax.flags)
    for i, line in enumerate(ft.rows):
        if caption.match(line.text) is None:
            continue
        first = next((k for k in range(i + 1, min(len(ft.rows), i + 6)) if ft.blank(k)), None)
        if first is None:
            continue
        span = (max(0, line.start - lead), ft.rows[first].start)
        if named.search(ft.text, *span) is not None and any(
            span[0] <= m.start() < span[1] and ft.vocab.plural.fullmatch(m.group(0)) for m in ft.nouns
        ):
            yield first


def _charts(ft: FieldText) -> Iterator[tuple[int, int]]:
    """The first line of each chart's body and the line of its legend or source."""
    tax = typed.taxonomy(ft.res)
    for first in captioned(ft, tax.axis_charts, _LEAD):
        end = _body(ft, first + 1, re.compile(r"[ \t]*(?:" + tax.figure_ends + ")", tax.flags))
        if end is not None:
            yield first + 1, end


def _body(ft: FieldText, first: int, ends: re.Pattern[str]) -> int | None:
    """The line of the legend or source that ends the chart's body from line ``first``, if near."""
    for k in range(first, min(len(ft.rows), first + _MOST_LINES)):
        if ends.match(ft.rows[k].text) or _STYLE.match(ft.rows[k].text):
            return k
    return None


def _cells(ft: FieldText, k: int) -> tuple[list[Piece], bool]:
    """The pieces of text on line ``k`` apart from the tick numbers, and whether it holds a tick number."""
    line = ft.rows[k]
    out: list[Piece] = []
    tick = False
    for chunk in _CHUNK.finditer(line.text):
        words: list[re.Match[str]] = []
        for w in re.finditer(r"\S+", chunk.group(0)):
            if _TICK.fullmatch(w.group(0)):
                tick = True
                if words:
                    out.append(
                        (line.start + chunk.start() + words[0].start(), line.start + chunk.start() + words[-1].end(), k)
                    )
                words = []
            else:
                words.append(w)
        if words:
            out.append((line.start + chunk.start() + words[0].start(), line.start + chunk.start() + words[-1].end(), k))
    return out, tick


def _labels(ft: FieldText, first: int, end: int) -> list[Candidate]:
    """The labels read by the columns of their pieces, or, where that reads a name that is no field, by the
    blocks of lines an export closed the gaps of (``_closed``)."""
    labels: list[list[Piece]] = []
    lines: list[list[Piece]] = []
    ticks = 0
    for k in range(first, end):
        cells, tick = _cells(ft, k)
        ticks += tick
        lines.append(cells)
        for cell in cells:
            on = next((lab for lab in labels if _goes_on(ft, lab[-1], cell)), None)
            if on is not None:
                on.append(cell)
            else:
                labels.append([cell])
    if ticks < _SCALE_LINES or len(labels) < _LEAST:
        return []
    out = [c for pieces in labels if (c := _named(ft, pieces)) is not None]
    return out if len(out) == len(labels) else _closed(ft, lines)


def _named(ft: FieldText, pieces: list[Piece]) -> Candidate | None:
    label = " ".join(ft.text[a:b] for a, b, _ in pieces)
    label = re.sub(r"(?<=[a-zäöüß])- (?=[a-zäöüß])", "", label)  # "Zusammen- leben"
    if not topic_name(label, ft) or _run_together(label, ft):
        return None
    return Candidate(pieces[0][0], pieces[-1][1], label, "table")


def _closed(ft: FieldText, lines: list[list[Piece]]) -> list[Candidate]:
    """The labels of a chart whose gaps an export closed to one space: each block of lines between blank lines
    and lines of tick numbers alone is one label, or the labels of the two sides set side by side, each line
    parted in two at its tick number or at the one word boundary that leaves a field on each side ("Zusammenleben
    Gesundheit" / "im Quartier und Pflege"). A block read both ways, or two ways side by side, gives nothing."""
    out: list[Candidate] = []
    block: list[list[Piece]] = []
    for cells in [*lines, []]:
        if cells:
            block.append(cells)
            continue
        if block:
            read = _parted(ft, block)
            if read is None:
                return []
            out += read
        block = []
    return out if len(out) >= _LEAST else []


def _parted(ft: FieldText, block: list[list[Piece]]) -> list[Candidate] | None:
    """The labels of a block parted into runs of lines, each read one way (a bottom label right under the
    last two side by side: "Zusammenleben Gesundheit" / "im Quartier und Pflege" / "Wohnen"); None unless
    exactly one parting reads."""
    if len(block) > _BLOCK_LINES:
        return None
    found = []
    for cuts in itertools.product((False, True), repeat=len(block) - 1):
        bounds = [0, *(k + 1 for k, cut in enumerate(cuts) if cut), len(block)]
        read = [_block(ft, block[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
        if all(r is not None for r in read):
            found.append([c for r in read if r is not None for c in r])
    return found[0] if len(found) == 1 else None


def _block(ft: FieldText, block: list[list[Piece]]) -> list[Candidate] | None:
    if any(len(cells) > 2 for cells in block):
        return None
    single = _named(ft, [cells[0] for cells in block]) if all(len(cells) == 1 for cells in block) else None
    options = [[(cells[0], cells[1])] if len(cells) == 2 else _splits(ft, cells[0]) for cells in block]
    pairs = set()
    for chosen in itertools.product(*options):
        left, right = _named(ft, [a for a, _ in chosen]), _named(ft, [b for _, b in chosen])
        if left is not None and right is not None:
            pairs.add((left, right))
    if len(pairs) + (single is not None) != 1:
        return None
    return [single] if single is not None else list(pairs.pop())


def _splits(ft: FieldText, piece: Piece) -> list[tuple[Piece, Piece]]:
    """The ways to part a piece in two at a word boundary."""
    a, b, k = piece
    gaps = [m for m in re.finditer(r" ", ft.text[a:b])]
    return [((a, a + m.start(), k), (a + m.end(), b, k)) for m in gaps]


def _goes_on(ft: FieldText, last: Piece, cell: Piece) -> bool:
    """Whether ``cell`` goes on with the label whose last piece is ``last``: on the next line, under it, and
    the label so far cannot end there or the cell opens in lower case."""
    if cell[2] != last[2] + 1:
        return False
    x0 = last[0] - ft.rows[last[2]].start
    x1 = last[1] - ft.rows[last[2]].start
    c0 = cell[0] - ft.rows[cell[2]].start
    c1 = cell[1] - ft.rows[cell[2]].start
    if not (c0 < x1 and x0 < c1):
        return False
    return wraps_on(ft.text[last[0] : last[1]]) or ft.text[cell[0]].islower()


def _run_together(label: str, ft: FieldText) -> bool:
    """Whether two capitalised words stand side by side that are no adjective and its noun ("Nordstadt
    Arbeit") or name fields of two kinds ("Zusammenleben Gesundheit"): the labels of two axes an export ran
    together."""
    words = label.replace(",", " , ").split()
    for a, b in zip(words, words[1:], strict=False):
        if not (a[:1].isupper() and b[:1].isupper()):
            continue
        if not re.search(r"(?:e|er|es|en|em)$", a) and not a.isupper():
            return True  # no adjective before a noun ("Nordstadt Arbeit")
        one, two = known_codes(a, ft.vocab), known_codes(b, ft.vocab)
        if one != ("other",) and two != ("other",) and not set(one) & set(two):
            return True
    return False
