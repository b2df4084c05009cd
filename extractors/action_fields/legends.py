"""Fields as the entries of a map's legend: part of the ``list`` family.

A map of offers by field, as a text layer leaves it, scatters place names over the symbols of their
offers; its legend gives each field a symbol, one entry or two a line, mostly in a drawn box::

      Karte 1: Angebote für Zugewanderte im Kreis nach Handlungsfeldern
                    Preetz                      Lütjenburg
                    ● ▲ ■ ◆ ★                   ● ▲ ★
      ┌─ Legende ──────────────────────────────────────────────────┐
      │  ▲  Sprache und Bildung            ■  Ausbildung und Arbeit  │
      │  ★  Ehrenamt, Sport und Begegnung                            │
      │  ◉  Kreisstadt     · · ·  Staatsgrenze     Zahl = Anzahl      │
      └────────────────────────────────────────────────────────────┘

The legend opens with its word ("Legende", "Zeichenerklärung") alone on its line or in its box's top
border, under the figure's caption ("Karte 1:", "Abbildung 1:"; ``figure_captions``), which names the
fields in the plural within a few lines. Each entry is a shape symbol and the name after it, up to the next
symbol. The base map is no field: a line that samples a line style ("· · ·", "─ ─ ─") or explains a number
("Zahl = …") gives nothing, nor does an entry naming a kind of place, a boundary or a road
(``map_features``: "Kreisstadt"). A PDF's font may lose a symbol: a line holding a name alone goes on the
list where the name has a field's code. The legend ends at its box's bottom rule, at a blank line after an
entry, or at a line that holds no entry. Two fields at least, two of them with a field's code.

A chart of shares (a pie, a bar) may set its legend under its caption without the word, one entry a line,
each name maybe with its count or share in brackets, the chart's own figures scattered before the symbols::

      Abbildung 2: Projekte nach Handlungsfeldern (n = 41)

                                 ■ Frühe Förderung (12)
                   27 %          ■ Ausbildung und Beruf (9)
            15 %                 ■ Begegnung im Stadtteil und
                                   auf dem Land (6)

Such a legend (``chart_legends``) opens within a few lines under a caption that names the fields in the plural;
each of its lines holds one entry, nothing before its symbol but figures and shares; a name wrapped goes on in the
line under it (no symbol, a few words) where it broke off after a word that ends no name or where the rest ends in
the entry's count. The count or share in brackets is no part of the name. Two fields at least, two of them with a
field's code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.resources import typed
from pipeline.lang.de import markers

from .margins import part_name
from .text import WRAP_END, Candidate, FieldText
from .vocab import known_codes

_SYMBOLS = markers.MAP_SYMBOLS
_HEAD = re.compile(
    rf"[ \t]*(?:{markers.charset(markers.DRAWN_JOINTS + markers.DRAWN_BARS)}[─━ \t]*)?"
    r"(?:Legende|Zeichenerklärung):?[ \t─━┐┓│┃]*"
)
_ENTRY = re.compile(rf"[{_SYMBOLS}][ \t]+(?P<name>[^{_SYMBOLS}\n│┃|]*[^{_SYMBOLS}\s│┃|])")
_FRAME = re.compile(r"[ \t]*[│┃|]?(?P<inner>[^\n│┃|]*?)[ \t]*[│┃|]?[ \t]*")
_BOTTOM = re.compile(rf"[ \t]*{markers.charset('└┗╚+')}")
# the sample of a line style or a number's explanation: the base map's line
_BASE = re.compile(r"(?:[─━-][ \t]?){3}|(?:[·.][ \t]?){3}|=")
_CAPTION_LINES = 40  # lines between the caption and its legend at most
_MOST_WORDS = 8
_LEAST = 2


def _caption_names_fields(ft: FieldText, head: int) -> bool:
    """Whether a figure's caption above the legend at line ``head`` names the fields in the plural."""
    tax = typed.taxonomy(ft.res)
    caption = re.compile(r"[ \t]*(?:Karte(?:[ \t]+\d{1,2})?[ \t]*:|" + tax.figure_captions + ")", tax.flags)
    for k in range(head - 1, max(-1, head - _CAPTION_LINES), -1):
        if caption.match(ft.rows[k].text):
            end = ft.rows[min(k + 1, len(ft.rows) - 1)].end
            return any(ft.vocab.plural.fullmatch(m.group(0)) for m in ft.nouns if ft.rows[k].start <= m.start() < end)
    return False


def _entries(ft: FieldText, head: int, features: re.Pattern[str]) -> Iterator[Candidate]:
    """The fields of the legend opened at line ``head``."""
    entered = False
    for k in range(head + 1, min(len(ft.rows), head + 20)):
        line = ft.rows[k]
        if ft.blank(k):
            if entered:
                return
            continue
        if _BOTTOM.match(line.text):
            return
        if _BASE.search(line.text):
            continue
        inner = _FRAME.fullmatch(line.text)
        entries = list(_ENTRY.finditer(line.text))
        if not entries and inner is not None and entered:
            a, b = line.start + inner.start("inner"), line.start + inner.end("inner")
            label = part_name(ft, [(a, b)], _MOST_WORDS)
            if label is None or known_codes(label, ft.vocab) == ("other",):
                return
            yield Candidate(a, b, label, "list")
            continue
        if not entries:
            return
        entered = True
        for m in entries:
            a, b = line.start + m.start("name"), line.start + m.end("name")
            label = part_name(ft, [(a, b)], _MOST_WORDS)
            if label is not None and not features.fullmatch(label):
                yield Candidate(a, b, label, "list")


def legend_entries(ft: FieldText) -> Iterator[Candidate]:
    """The fields a map's legend names under a caption that names the fields."""
    tax = typed.taxonomy(ft.res)
    features = re.compile(tax.map_features, tax.flags)
    for k, line in enumerate(ft.rows):
        if _HEAD.fullmatch(line.text) is None or not _caption_names_fields(ft, k):
            continue
        found = list(_entries(ft, k, features))
        if len(found) >= _LEAST and sum(known_codes(c.label, ft.vocab) != ("other",) for c in found) >= _LEAST:
            yield from found


# a chart's legend entry on its line: the chart's figures before it maybe, a symbol, the name
_CHART_ENTRY = re.compile(rf"[ \t\f]*(?:\d[\d,.]*[ \t]*%?[ \t]+)*[{_SYMBOLS}][ \t]+(?P<name>[^{_SYMBOLS}\n]*\S)[ \t]*")
_COUNT = re.compile(r"[ \t]*\(\d[\d.,]*(?:[ \t]*%)?\)$")  # "(11)", "(29 %)" after a name
_CAPTION_GAP = 3  # lines between a chart's caption and its legend at most
_REST_WORDS = 3  # words of a name's rest wrapped onto the next line at most


def _chart_entries(ft: FieldText, first: int) -> list[list[tuple[int, int]]]:
    """The spans of the legend entries from line ``first`` on: one a line, a wrapped name's rest joined, a blank
    line between two entries (a page's break) stepped over."""
    found: list[list[tuple[int, int]]] = []
    for k in range(first, min(len(ft.rows), first + 20)):
        line = ft.rows[k]
        m = _CHART_ENTRY.fullmatch(line.text)
        if m is not None:
            found.append([(line.start + m.start("name"), line.start + m.end("name"))])
            continue
        if ft.blank(k):
            nxt = ft.next_filled(k + 1, 2)  # a page's break inside the legend
            if found and nxt is not None and _CHART_ENTRY.fullmatch(ft.rows[nxt].text):
                continue
            break
        rest = line.text.strip()
        if not found or len(_COUNT.sub("", rest).split()) > _REST_WORDS:
            break
        a, b = found[-1][-1]
        if not (WRAP_END.search(ft.text[a:b]) or _COUNT.search(rest)) or _COUNT.search(ft.text[a:b]):
            break
        at = line.start + len(line.text) - len(line.text.lstrip())
        found[-1].append((at, at + len(rest)))
    return found


def chart_legends(ft: FieldText) -> Iterator[Candidate]:
    """The fields of a chart's legend set under its caption without the word "Legende" (see the module)."""
    tax = typed.taxonomy(ft.res)
    caption = re.compile(r"[ \t]*(?:" + tax.figure_captions + ")", tax.flags)
    for k, line in enumerate(ft.rows):
        if not caption.match(line.text):
            continue
        first = ft.next_filled(k + 1, _CAPTION_GAP)
        if first is None or _CHART_ENTRY.fullmatch(ft.rows[first].text) is None or not _caption_names_fields(ft, first):
            continue
        found = []
        for parts in _chart_entries(ft, first):
            a, b = parts[-1]
            count = _COUNT.search(ft.text, a, b)
            parts[-1] = (a, count.start() if count else b)
            label = part_name(ft, parts, _MOST_WORDS)
            if label is None:
                break
            found.append(Candidate(parts[0][0], parts[-1][1], label, "list"))
        if len(found) >= _LEAST and sum(known_codes(c.label, ft.vocab) != ("other",) for c in found) >= _LEAST:
            yield from found
