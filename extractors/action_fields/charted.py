"""Fields as the row labels of a text chart: the ``table`` family's charts of marks.

A chart draws one row per field: the field's name at the left (maybe after its short number,
"HF 3"), a gap, and a run of glyphs that only mark ("■ ■ □ ·" of a bar chart of progress, "■  □  ■"
under the quarters of a timetable), maybe a count in brackets after them ("( 8)"). A name too long
for its column goes on in the next line, which holds no marks and starts where the name starts
("HF 3  Fachkräfte für die Lausitz:   □ □ ■" / "      Arbeit und Anerkennung"); where an export
closed the gaps to one space, a line without marks between two rows goes on with the row above.

The rows are the document's fields only where the chart says so: the head of its label column is
the field noun alone ("Handlungsfeld   Q1 Q2 Q3 Q4"), or its caption, the lines right above the
chart or the paragraph before a blank line above it, names the fields in the plural ("Umsetzungsstand
der Maßnahmen nach Handlungsfeldern"), maybe over the heads of the chart's columns where they leave the
names' column unheaded (a matrix of the target groups in the fields: "Kinder und   Erwachsene" over
"Sprache und Bildung   ●   ○"; its heads are no fields, :mod:`.column_heads`).
Three rows at least, each with three marks; most names known to the taxonomy (a chart of measures or districts is none).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label
from pipeline.lang.de import markers

from .text import Candidate, FieldText, is_sentence
from .vocab import is_structure, known_codes

_GLYPHS = markers.escaped(markers.CHART_MARKS)  # glyphs that only mark a chart's cell
_BLOCKS = markers.escaped(markers.BAR_BLOCKS)
# marks parted by spaces ("■ ■ □"), or a bar of blocks ("████████░░") and maybe its figures ("80 %   (8 von 10)")
_MARKS = (
    rf"(?:[{_GLYPHS}](?:[ \t]+[{_GLYPHS}]){{2,}}"
    rf"|[{_BLOCKS}]+(?:[ \t]+\d{{1,3}}(?:,\d)?[ \t]?%)?(?:[ \t]+\([ \t]*\d{{1,3}}[ \t]+von[ \t]+\d{{1,3}}[ \t]*\))?)"
)
# a row: indent, maybe a short number, the name, a gap, the marks, maybe a count in brackets
_ROW = re.compile(
    rf"(?P<indent>[ \t\f]*)(?:(?P<number>[A-ZÄÖÜ]{{1,5}}[ \t]?\d{{1,2}}|\d{{1,2}}\.?)[ \t]+)?"
    rf"(?P<name>[^\W\d_][^{_GLYPHS}{_BLOCKS}\n]*?)[ \t]+{_MARKS}(?:[ \t]+\([ \t]*\d{{1,3}}[ \t]*\))?[ \t]*"
)
_LEAST_ROWS = 3
_MOST_WORDS = 8
_CAPTION_LINES = 4
_MOST_HEAD_LINES = 3  # lines of column heads over a chart's rows


def _rows(ft: FieldText, first: int) -> tuple[list[tuple[int, list[tuple[int, int]], str]], int]:
    """The chart's rows from line ``first``: (line, the name's pieces, its number), and the line after it."""
    found: list[tuple[int, list[tuple[int, int]], str]] = []
    k = first
    while k < len(ft.rows):
        line = ft.rows[k]
        m = _ROW.fullmatch(line.text)
        if found and ft.blank(k) and (on := _goes_on(ft, k)) is not None:
            k = on  # the chart goes on on the next page, or after a blank line an export set between its rows
            continue
        if m is not None:
            found.append((k, [(line.start + m.start("name"), line.start + m.end("name"))], m.group("number") or ""))
            k += 1
            continue
        if found and not ft.blank(k) and not re.search(f"[{_GLYPHS}{_BLOCKS}]", line.text):
            at = ft.rows[found[-1][0]].start
            col = found[-1][1][0][0] - at
            indent = len(line.text) - len(line.text.lstrip())
            # under the name where the gaps are kept; between two rows where an export closed them
            nxt = k + 2 if ft.page_break(k + 1) else k + 1
            below = indent == col or nxt < len(ft.rows) and _ROW.fullmatch(ft.rows[nxt].text) is not None
            if below and len(found[-1][1]) < 3 and len(line.text.split()) <= 5:
                found[-1][1].append((line.start + indent, line.end))
                k += 1
                continue
        break
    return found, k


def _goes_on(ft: FieldText, k: int) -> int | None:
    """The line a chart goes on at after the blank line ``k``: the row after one blank line (an export's
    between two rows), or after a few around a page break."""
    j = k
    while j < len(ft.rows) and ft.blank(j) and j - k < 3:
        j += 1
    if j >= len(ft.rows) or _ROW.fullmatch(ft.rows[j].text) is None:
        return None
    return j if j - k == 1 or any(ft.page_break(i) for i in range(k, j)) else None


def _heads(rest: str) -> bool:
    """Whether the rest of a chart's head line after its label column's head holds the heads of its
    columns: short words, none in lower case ("Q1 Q2 Q3 Q4", "2028 2029")."""
    words = rest.split()
    return bool(words) and all(len(w) <= 12 and not w[:1].islower() for w in words)


def _captioned(ft: FieldText, first: int) -> bool:
    """Whether the chart starting at line ``first`` is one of the fields: its label column's head
    is the field noun alone, or its caption names the fields in the plural."""
    above = first - 1
    if above >= 0 and not ft.blank(above):
        head = ft.rows[above]
        lead = head.start + len(head.text) - len(head.text.lstrip())
        for m in ft.nouns:
            if m.start() == lead and ft.vocab.singular.fullmatch(m.group(0)) and _heads(ft.text[m.end() : head.end]):
                return True
    k = _past_heads(ft, first)
    top = k
    while k >= 0 and ft.blank(k) and top - k <= 1:
        k -= 1
    lines = 0
    while k >= 0 and lines < _CAPTION_LINES:
        if ft.blank(k):
            j = k
            while j >= 0 and ft.blank(j) and k - j < 3:
                j -= 1
            broke = any(ft.page_break(i) for i in range(j + 1, k + 1))
            legend = k - j == 1 and re.search(f"[{_GLYPHS}{_BLOCKS}]", ft.rows[k + 1].text) is not None
            if j < 0 or not (broke or legend):
                break
            k = j  # a page break, or a blank line an export set under the caption over the chart's legend
            continue
        row = ft.rows[k]
        if any(row.start <= m.start() < row.end and ft.vocab.plural.fullmatch(m.group(0)) for m in ft.nouns):
            return True
        k -= 1
        lines += 1
    return False


def _past_heads(ft: FieldText, first: int) -> int:
    """The line above the column heads over the chart's first row ``first``: a few lines right of the names'
    column, which they leave unheaded ("Kinder und   Erwachsene" / "Jugendliche" over "Sprache und Bildung  ●  ○"),
    or, where an export closed the row's gap before its marks, a few lines of words without a sentence's end
    under a blank line; the line right above the row where there are none."""
    m = _ROW.fullmatch(ft.rows[first].text)
    names = m.end("name") if m is not None else 0
    closed = m is not None and ft.rows[first].text[names : names + 2].strip() != ""
    k = first - 1
    while k >= 0 and first - k <= _MOST_HEAD_LINES and not ft.blank(k):
        row = ft.rows[k]
        noun = any(row.start <= n.start() < row.end for n in ft.nouns)  # a caption, no column's head
        indent = len(row.text) - len(row.text.lstrip())
        placed = row.text.rstrip().endswith((".", ":")) if closed else indent <= names
        if noun or placed or re.search(f"[{_GLYPHS}{_BLOCKS}]", row.text):
            return first - 1
        k -= 1
    return k if k < 0 or ft.blank(k) else first - 1


def charted_rows(ft: FieldText) -> Iterator[Candidate]:
    """The fields naming the rows of a chart of marks whose head or caption names the fields."""
    for _, _, found in chart_regions(ft):
        yield from found


def chart_regions(ft: FieldText) -> list[tuple[int, int, list[Candidate]]]:
    """(start, end, fields) of each chart of the fields: its rows are read by ``charted_rows`` alone (where an
    export closed the gap before the bars, a list's reading takes "Wohnen ███████ 14 %" for an item)."""
    out: list[tuple[int, int, list[Candidate]]] = []
    k = 0
    while k < len(ft.rows):
        if _ROW.fullmatch(ft.rows[k].text) is None:
            k += 1
            continue
        found, after = _rows(ft, k)
        if len(found) >= _LEAST_ROWS and _captioned(ft, k):
            read = list(_read(ft, found))
            if read:
                out.append((ft.rows[k].start, ft.rows[after - 1].end, read))
        k = after
    return out


def _read(ft: FieldText, found: list[tuple[int, list[tuple[int, int]], str]]) -> Iterator[Candidate]:
    out: list[Candidate] = []
    for _, parts, number in found:
        label = clean_label(" ".join(ft.text[a:b].strip() for a, b in parts))
        if (
            not label[:1].isupper()
            or len(label.split()) > _MOST_WORDS
            or is_sentence(label, ft.vocab)
            or is_structure(label, ft.vocab)
        ):
            return
        digits = re.search(r"\d+", number)
        out.append(Candidate(parts[0][0], parts[-1][1], label, "table", digits.group(0) if digits else ""))
    if 2 * sum(known_codes(c.label, ft.vocab) != ("other",) for c in out) < len(out):
        return
    yield from out
