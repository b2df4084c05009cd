"""Fields named only as the sub-entries of the field noun in an index (a "Stichwortverzeichnis") quoted from
a concept: part of the ``list`` family.

      Stichwortverzeichnis (Auszug)
      Gahmen  8, 38                                 Lünen-Süd  8, 36 f.
      Handlungsfeld                                 Maßnahmenblätter  61–70
         – Sprache und frühe Bildung  15–20         Migrantenorganisationen  48, 51
         – Schule, Ausbildung und Arbeit            Pflege, kultursensible  44 f.
           24–33                                    Querschnittsaufgabe  11–14
         – Zusammenleben und Schutz vor                71–73
           Diskriminierung  54–60                   Wohnungsmarkt  34 f.

Under a heading that names an index (``indexes``), the entry of the field noun alone ("Handlungsfeld")
holds the fields as its sub-entries: the lines under it that open with a dash, each a name and its pages.
An index printed in two columns shares every line between them: the sub-entry is the line's first cell
(cut at the wide gap), or, where a PDF closed the gap, the words before the first pages. A name that breaks
off ("Schutz vor"), or whose next line's first cell stands indented under its words, goes on there; pages
alone on the next line are the sub-entry's. Where a PDF closed the gap and the sub-entry wrapped (its pages or
more words on the next line), the other column's words cannot be told from the name unless the name breaks
off: that sub-entry is left out. A cross-reference ("→ Handlungsfeld Teilhabe")
is no sub-entry. Two fields at least.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label

from .forms import form, may_hold, plain_name
from .text import Candidate, FieldText, breaks_off

_DASH = re.compile(r"[ \t]*[–—-][ \t]+")
# the pages of an entry: "15–20", "9, 21 f.", "57 ff.", "8"
_PAGES = re.compile(r"(?<![\w.])\d{1,3}(?:[–-]\d{1,3}| ?ff?\.)?(?:,[ \t]?\d{1,3}(?:[–-]\d{1,3}| ?ff?\.)?)*(?![\w.,–-])")
_HEADING_LINES = 60
_WORD_END = re.compile(r"(?!\w)")
_LEAST = 2


def _first(ft: FieldText, k: int) -> tuple[int, str, bool]:
    """Line ``k``'s first cell (flat start, text) and whether it was cut at a gap."""
    cells = ft.rows[k].columns
    if not cells:
        return ft.rows[k].start, "", False
    return cells[0][0], cells[0][2], len(cells) > 1


def _headings(ft: FieldText) -> list[int]:
    """The lines that open an index: its heading ("Stichwortverzeichnis (Auszug)")."""
    if not may_hold(ft, "indexes"):
        return []
    heading = form(ft, "indexes")
    return [
        k
        for k, line in enumerate(ft.rows)
        if (m := heading.match(line.text.strip())) and _WORD_END.match(line.text.strip(), m.end())
    ]


def index_regions(ft: FieldText) -> list[tuple[int, int]]:
    """The spans of the indexes (flat offsets), from the heading to the first blank line after the entries:
    their lines are read by their own reader, never as a set of topics or a list."""
    out = []
    for k in _headings(ft):
        end = k + 1
        while end < len(ft.rows) and (not ft.blank(end) or end == k + 1):
            end += 1
        out.append((ft.rows[k].start, ft.rows[end - 1].end))
    return out


def _keys(ft: FieldText) -> Iterator[int]:
    """The lines of an index's entry of the field noun, under a heading naming the index."""
    headings = _headings(ft)
    for noun in ft.nouns:
        k = ft.row_at(noun.start())
        start, text, _ = _first(ft, k)
        if start != noun.start() or (text != noun.group(0) and not text.startswith(noun.group(0) + " ")):
            continue
        if k + 1 >= len(ft.rows) or not _DASH.match(ft.rows[k + 1].text):
            continue
        if any(k - _HEADING_LINES <= j < k for j in headings):
            yield k


def _name(ft: FieldText, k: int) -> tuple[int, int, str, int] | None:
    """The sub-entry opened by the dash of line ``k``: its flat start and end, its name, and the line after
    it."""
    start, text, cut = _first(ft, k)
    dash = _DASH.match(text)
    if dash is None:
        return None
    body = text[dash.end() :]
    pages = _PAGES.search(body)
    name = body[: pages.start()].rstrip() if pages else body
    end, after = start + dash.end() + len(name), k + 1
    n_start, rest, _ = _first(ft, k + 1) if k + 1 < len(ft.rows) else (0, "", False)
    wrapped = bool(rest) and not _DASH.match(rest) and not _PAGES.match(rest)
    if not cut and not breaks_off(name) and (_PAGES.match(rest) or wrapped):
        return None  # a PDF closed the gap: the other column's words may run on after the name
    if wrapped and (breaks_off(name) or (cut and n_start - ft.rows[k + 1].start > start - ft.rows[k].start)):
        more = _PAGES.search(rest)
        rest = rest[: more.start()].rstrip() if more else rest
        name, end, after = name + " " + rest.strip(), n_start + len(rest), k + 2
    return start + dash.end(), end, name, after


def index_entries(ft: FieldText) -> Iterator[Candidate]:
    """The fields among the sub-entries of the field noun's entry in an index."""
    cross = form(ft, "cross_references")
    for k in _keys(ft):
        found: list[Candidate] = []
        j = k + 1
        while j < len(ft.rows) and not ft.blank(j):
            text = _first(ft, j)[1]
            if not _DASH.match(text):
                if _PAGES.match(text) and j > k + 1:
                    j += 1
                    continue  # the pages of the sub-entry over it
                break  # the next entry
            named = _name(ft, j)
            j = named[3] if named else j + 1
            if named is None or cross.match(named[2]):
                continue
            label = clean_label(named[2])
            if not plain_name(label, ft):
                continue
            found.append(Candidate(named[0], named[1], label, "list"))
        if len(found) >= _LEAST:
            yield from found
