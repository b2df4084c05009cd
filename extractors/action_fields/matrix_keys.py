"""Fields named only in the key to the codes that head the columns of a matrix of marks: part of the
``list`` family, read with the keys of :mod:`.keyed`.

                                         SPR   BIL   ARB   WOH
      M1  Sprachcafés im Quartier         x    (x)
      M2  Elternlotsinnen                (x)    x           (x)

      Handlungsfelder des Konzepts:
      SPR  Sprache und Verständigung        ARB  Arbeit und Fachkräfte
      BIL  Bildung von der Kita bis         WOH  Wohnen und Nachbarschaft
           zum Beruf

The head is a line of codes alone (two to four capitals, three at least, each once), the lines under it
rows holding marks ("x", "(x)", a tick, a dot). The key, under the matrix or above it, opens with a line
naming the fields (its lead, a colon at its end) and uses every code of the head once, each opening a
name; the key may be set in two columns, a name too long for its column going on in the next line
before that line's first code (or, where the gaps stand, under its own column). Where an export closed
the gaps, a line's opening words without a code go on with the name opened first on the line above.
A key under no such matrix, or a matrix whose codes no key under a lead naming the fields resolves
(a vote table "CDU SPD FDP"), names nothing.
"""

from __future__ import annotations

import re

from pipeline.lang.de import markers

from .columned import pieced_name
from .text import Candidate, FieldText

_REACH = 30  # lines between the matrix's head and its key's lead
_LEAST = 3
_MOST_KEY_LINES = 12
_HEAD = re.compile(r"[ \t]*[A-ZÄÖÜ]{2,4}(?:[ \t]+[A-ZÄÖÜ]{2,4}){2,}[ \t]*")
_MARK = re.compile(r"(?<!\S)(?:\(?[xX]\)?|[" + markers.escaped(markers.TICKS + markers.CHART_MARKS) + r"])(?!\S)")
Region = tuple[int, int, list[Candidate]]
Piece = tuple[int, int]


def matrix_key_regions(ft: FieldText) -> list[Region]:
    """(start, end, fields) of each key whose codes head a matrix's columns."""
    out: list[Region] = []
    for k in range(len(ft.rows)):
        codes = _head(ft, k)
        if codes is None:
            continue
        for lead in _leads(ft, k):
            found = _key(ft, lead + 1, codes)
            if found is not None:
                out.append((ft.rows[lead + 1].start, found[0], found[1]))
                break
    return out


def _head(ft: FieldText, k: int) -> list[str] | None:
    """The codes of a matrix's head at line ``k``: codes alone, each once, two of the next three lines holding
    a mark."""
    text = ft.rows[k].text
    if not _HEAD.fullmatch(text):
        return None
    codes = text.split()
    if len(set(codes)) != len(codes):
        return None
    marked = sum(_MARK.search(ft.rows[i].text) is not None for i in range(k + 1, min(len(ft.rows), k + 4)))
    return codes if marked >= 2 else None


def _leads(ft: FieldText, k: int) -> list[int]:
    """The lines near the head at line ``k`` that may lead its key: ending in a colon, naming the fields."""
    out = []
    for i in range(max(0, k - _REACH), min(len(ft.rows) - 1, k + _REACH)):
        line = ft.rows[i]
        if i != k and line.text.rstrip().endswith(":") and any(line.start <= m.start() < line.end for m in ft.nouns):
            out.append(i)
    return sorted(out, key=lambda i: abs(i - k))


def _key(ft: FieldText, first: int, codes: list[str]) -> tuple[int, list[Candidate]] | None:
    """The end and the fields of a key opening on line ``first`` that resolves every code of ``codes`` once."""
    pattern = re.compile(r"(?<!\S)(?:" + "|".join(re.escape(c) for c in codes) + r")(?=[ \t]+\S)")
    if first >= len(ft.rows) or pattern.match(ft.rows[first].text.lstrip()) is None:
        return None
    entries: dict[str, list[Piece]] = {}
    order: list[str] = []
    place = _right_place(ft, first, pattern)
    left = right = ""
    k = first
    while k < len(ft.rows) and not ft.blank(k) and k - first < _MOST_KEY_LINES:
        line = ft.rows[k]
        found = list(pattern.finditer(line.text))
        if any(m.group(0) in entries for m in found):
            return None  # a code twice: no key
        opening = found[0].start() if found else len(line.text)
        before = line.text[:opening]
        if before.strip():
            lead = len(before) - len(before.lstrip())
            goes_on = right if place is not None and lead >= place else left
            if not goes_on:
                return None
            entries[goes_on].append((line.start + lead, line.start + len(before.rstrip())))
        for n, m in enumerate(found):
            stop = found[n + 1].start() if n + 1 < len(found) else len(line.text)
            piece = line.text[m.end() : stop]
            a = m.end() + len(piece) - len(piece.lstrip())
            entries[m.group(0)] = [(line.start + a, line.start + m.end() + len(piece.rstrip()))]
            order.append(m.group(0))
            if n == 0 and (place is None or m.start() < place):
                left = m.group(0)
            else:
                right = m.group(0)
        k += 1
    if set(order) != set(codes):
        return None
    fields = [_field(ft, entries[c]) for c in order]
    if any(f is None for f in fields):
        return None
    return ft.rows[k - 1].end, sorted(f for f in fields if f is not None)


def _right_place(ft: FieldText, first: int, pattern: re.Pattern[str]) -> int | None:
    """The column where the key's right column starts, where its gaps stand: the place of the second code
    of its lines, the same on each, two spaces at least before it; None where no line holds two codes so."""
    places = set()
    k = first
    while k < len(ft.rows) and not ft.blank(k) and k - first < _MOST_KEY_LINES:
        text = ft.rows[k].text
        found = list(pattern.finditer(text))
        if len(found) >= 2 and text[found[1].start() - 2 : found[1].start()] == "  ":
            places.add(found[1].start())
        k += 1
    return min(places) if places and max(places) - min(places) <= 1 else None


def _field(ft: FieldText, pieces: list[Piece]) -> Candidate | None:
    label = pieced_name(ft, pieces)
    return Candidate(pieces[0][0], pieces[-1][1], label, "list") if label else None
