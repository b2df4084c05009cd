"""Action fields named only in a table of contents: part of the ``heading`` family.

Concept and report papers list their fields as the entries of their table of contents under
an entry that names the fields somewhere in a long phrase ("2. Städtische Handlungsfelder und
Vorhaben zur Gestaltung des Zusammenlebens ..... 8"). An entry is a title with its page
reference: after dot leaders, a tab or a gap ("..... 8", "\\t8", "   8"), after a single space
when the entry is numbered ("3.1 Wohnen 11"), as "S. 14" / "Seite 14" at its end, or on a
line of its own below it ("S. 14", "14"); a title wrapped over two lines is one entry. The
page reference is cut before the title is read.

A table of contents is a run of three or more entries (blank lines between them allowed)
whose page numbers never fall by more than a few, under "Inhalt"/"Inhaltsverzeichnis" or of
four entries or more. The children of the entry naming the fields are

- numbered: the entries one level below its number up to the next entry of its level or
  above; under an unnumbered parent the first numbered child sets the level;
- unnumbered: the entries after it until the page number falls, a structural entry
  ("Ausblick", "Glossar", "Anhang", ``not_fields``), an entry naming the fields again or the
  table's end.

A child opening with the singular noun ("Handlungsfeld 2: Wohnen") gives the name after it.

An entry that names the part of the concept the fields stand in without a field noun (a plural
weak noun, "Schwerpunkte der Integrationsarbeit", or a noun of ``field_parts``, "3 Handlungsteil")
lists fields only where its children say so themselves: three or more, none a part of a concept
("Ziele", "Methodik", "Ausgangslage"), three in four naming a theme the taxonomy knows, in a paper
about integration; a table of a concept's chapters is no list of fields.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass

from extractors.base import clean_label
from pipeline.lang.de import markers

from .text import QUOTE, Candidate, FieldText, is_sentence
from .vocab import is_structure, known_codes

# the page reference at an entry's end (the title before it)
_PAGE_END = re.compile(
    r"(?:[ \t]*"
    + markers.DOT_LEADER
    + r"[ \t]*|[ \t]*\t[ \t]*|[ \t]{2,}|[ \t]+(?:S\.|Seite)[ \t]*)(?P<page>\d{1,3})[ \t]*$"
)
_SINGLE_SPACED = re.compile(r"[ \t](?P<page>\d{1,3})[ \t]*$")
# a page reference on a line of its own: "S. 14", "Seite 14", "14"
_PAGE_LINE = re.compile(r"[ \t]*(?:(?:S\.|Seite)[ \t]*)?(?P<page>\d{1,3})[ \t]*")
# dot leaders closing a title whose page reference went onto the next line ("Wohnen ......" / "S. 17")
_LEADER_END = re.compile(r"[ \t]*" + markers.DOT_LEADER + r"[ \t]*$")
_LEADER_MARKS = (".", "…")  # a line the leaders end closes with one of them (tested before the search)
_NUMBER = re.compile(r"[ \t]*(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})\.?[ \t]+(?=\S)")
_CONTENTS_HEAD = re.compile(r"[ \t#*]*(?:Inhalt|Inhaltsverzeichnis|Inhaltsübersicht|Gliederung)[ \t*:]*")
# the noun naming a field at a child's start: "Handlungsfeld 2: Wohnen", "HF 3 – Arbeit"
_AFTER_NOUN = re.compile(
    r"[ \t]*(?:(?:Nr\.[ \t]*)?(?:\d{1,2}|[A-Z]|" + markers.ROMAN + r")\b)?\.?[ \t]*[:.)–—-]?[ \t]*"
)
# how far a page number may fall between two entries of one table (a wrong page in the source)
_SLACK = 2


@dataclass(frozen=True)
class Entry:
    """An entry of a table of contents: its rows, section number, title (flat offsets) and page."""

    first: int
    last: int
    number: tuple[int, ...] | None
    start: int
    end: int
    page: int
    flat: bool = False  # one of the entries of a table of contents flattened into one line


def _title_page(ft: FieldText, k: int, numbered: bool) -> tuple[int, int] | None:
    """(end of the title, page) when line ``k`` ends in a page reference."""
    row = ft.rows[k]
    if not row.text.rstrip(" \t\n")[-1:].isdigit():  # both patterns end in a digit: skip their search
        return None
    m = _PAGE_END.search(row.text) or (_SINGLE_SPACED.search(row.text) if numbered else None)
    if m is None or not row.text[: m.start()].strip():
        return None
    return row.start + m.start(), int(m.group("page"))


_NEXT_LINE = re.compile(r"\n([^\n]*)")


def _page_left_out(ft: FieldText, k: int) -> re.Match[str] | None:
    """The page reference on the document line after line ``k`` that the flat text left out as
    page furniture (a bare "S. 14" or "14")."""
    row = ft.rows[k]
    if row.end <= row.start or k + 1 >= len(ft.rows) or ft.rows[k + 1].start >= len(ft.text):
        return None
    at = ft.layout.flat.origin[row.end - 1] + 1
    nxt = _NEXT_LINE.match(ft.doc.text, at)
    if nxt is None or ft.layout.flat.origin[ft.rows[k + 1].start] <= nxt.start(1):
        return None  # the line is in the flat text
    return _PAGE_LINE.fullmatch(nxt.group(1))


# a section number on a line of its own, in a table of contents set one cell per line
_SECTION_LINE = re.compile(r"[ \t]*(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})\.?[ \t]*")
_CELL_GAP = 3  # blank flat lines between the cells of an entry where the page was left out


def _left_out(ft: FieldText, k: int, nxt: int) -> list[str] | None:
    """The document lines between flat lines ``k`` and ``nxt`` that the flat text left out as page
    furniture, when all of them are bare numbers (pages or section numbers); None when another
    line was left out (a running header)."""
    at = ft.layout.flat.origin[ft.rows[k].end - 1] + 1
    gap = [g.strip() for g in ft.doc.text[at : ft.layout.flat.origin[ft.rows[nxt].start]].splitlines() if g.strip()]
    return gap if all(_SECTION_LINE.fullmatch(g) or _PAGE_LINE.fullmatch(g) for g in gap) else None


def _filled_around(ft: FieldText, k: int, step: int) -> int | None:
    """The first filled flat line from ``k`` in direction ``step``, after one blank line at least
    and at most :data:`_CELL_GAP`."""
    j = k + step
    while 0 <= j < len(ft.rows) and ft.blank(j) and abs(j - k) <= _CELL_GAP:
        j += step
    return j if 0 <= j < len(ft.rows) and abs(j - k) > 1 and not ft.blank(j) else None


def _cell_page(ft: FieldText, k: int) -> tuple[int, int] | None:
    """(last line, page) of a title set as a cell of its own: its page below after one blank line,
    or left out of the flat text as page furniture (then the blank lines up to the next cell are
    the entry's)."""
    nxt = _filled_around(ft, k, 1)
    if nxt is None:
        return None
    gap = _left_out(ft, k, nxt)
    if gap:
        page = _PAGE_LINE.fullmatch(gap[0])
        return (nxt - 1, int(page["page"])) if page and len(gap) <= 2 else None
    below = _PAGE_LINE.fullmatch(ft.rows[nxt].text)
    return (nxt, int(below["page"])) if below and gap is not None and nxt == k + 2 else None


def _number_left_out(ft: FieldText, k: int) -> tuple[int, ...] | None:
    """The section number of the title cell on line ``k`` that the flat text left out as page
    furniture: after the page before it, left out too or standing in the flat text."""
    before = _filled_around(ft, k, -1)
    gap = _left_out(ft, before, k) if before is not None else None
    if not gap or not (
        len(gap) == 2 or len(gap) == 1 and _PAGE_LINE.fullmatch(ft.rows[before].text)  # type: ignore[index]
    ):
        return None
    section = _SECTION_LINE.fullmatch(gap[-1])
    return tuple(int(x) for x in section["num"].split(".")) if section else None


def _numbered_cell(ft: FieldText, k: int, number: tuple[int, ...]) -> Entry | None:
    """The entry whose section number stands on line ``k``, its title a cell of its own below it."""
    nxt = _filled_around(ft, k, 1)
    if nxt != k + 2 or _SECTION_LINE.fullmatch(ft.rows[nxt].text) or _left_out(ft, k, nxt) != []:
        return None
    title = _entry(ft, nxt)
    if title is None or title.number is not None:
        return None
    return Entry(k, title.last, number, title.start, title.end, title.page)


def _entry(ft: FieldText, k: int) -> Entry | None:
    """The entry starting on line ``k``: a title with its page on its line, on the next line, or
    after the title's second line."""
    rows = ft.rows
    text = rows[k].text
    if not text.strip():
        return None
    if (section := _SECTION_LINE.fullmatch(text)) is not None:
        return _numbered_cell(ft, k, tuple(int(x) for x in section["num"].split(".")))
    if _PAGE_LINE.fullmatch(text):
        return None
    num = _NUMBER.match(text)
    number = tuple(int(x) for x in num.group("num").split(".")) if num else None
    start = rows[k].start + (num.end() if num else len(text) - len(text.lstrip()))
    found = _title_page(ft, k, num is not None)
    if found is not None:
        return Entry(k, k, number, start, found[0], found[1])
    if k + 1 >= len(rows):
        return None
    leader = _LEADER_END.search(text) if text.rstrip(" \t\n")[-1:] in _LEADER_MARKS else None
    if leader is not None and text[: leader.start()].strip():
        below = _PAGE_LINE.fullmatch(rows[k + 1].text)
        page = below or _page_left_out(ft, k)
        if page is None:
            return None
        return Entry(k, k + 1 if below else k, number, start, rows[k].start + leader.start(), int(page["page"]))
    if len(text.split()) > 14 or text.rstrip().endswith((".", ":", ";", "!", "?")):
        return None
    below = _PAGE_LINE.fullmatch(rows[k + 1].text)
    if below is None and (left_out := _page_left_out(ft, k)) is not None:
        return Entry(k, k, number, start, rows[k].start + len(text.rstrip()), int(left_out.group("page")))
    if below is not None:
        return Entry(k, k + 1, number, start, rows[k].start + len(text.rstrip()), int(below.group("page")))
    if (cell := _cell_page(ft, k)) is not None:
        number = number or _number_left_out(ft, k)
        return Entry(k, cell[0], number, start, rows[k].start + len(text.rstrip()), cell[1])
    wrapped = _title_page(ft, k + 1, num is not None)
    if wrapped is not None and not _NUMBER.match(rows[k + 1].text) and len(rows[k + 1].text.split()) <= 10:
        return Entry(k, k + 1, number, start, wrapped[0], wrapped[1])
    return None


# dot leaders and what is left of a page reference a scan garbled ("..... SR;")
_LEADER_UNREAD = re.compile(r"[ \t]*" + markers.DOT_LEADER + r"[ \t]*[^\s.…]{1,4}[ \t]*$")


def _follows(number: tuple[int, ...], before: tuple[int, ...]) -> bool:
    """Whether section ``number`` is the next after ``before``: its first child or its next sibling."""
    return number == (*before, 1) or number == (*before[:-1], before[-1] + 1)


def _unread_page(ft: FieldText, k: int, before: Entry) -> Entry | None:
    """The entry on line ``k`` whose page reference after its dot leaders cannot be read (a scan's
    letters, "4.3 Wohnen ..... SR;"), where its section number is the next after the entry before
    it: it stands in the table at that entry's page."""
    text = ft.rows[k].text
    num = _NUMBER.match(text)
    leader = _LEADER_UNREAD.search(text)
    if num is None or leader is None or before.number is None or any(c.isdigit() for c in text[leader.start() :]):
        return None
    number = tuple(int(x) for x in num.group("num").split("."))
    if not _follows(number, before.number) or not text[num.end() : leader.start()].strip():
        return None
    return Entry(k, k, number, ft.rows[k].start + num.end(), ft.rows[k].start + leader.start(), before.page)


# the runs of a text, read once: the fields and the spans the other readers leave out both ask
_RUNS: weakref.WeakKeyDictionary[FieldText, list[list[Entry]]] = weakref.WeakKeyDictionary()


def tables_of_contents(ft: FieldText) -> list[list[Entry]]:
    """The runs of entries that read as a table of contents."""
    runs = _RUNS.get(ft)
    if runs is None:
        runs = _RUNS[ft] = list(_runs(ft))
    return runs


# an entry of a table of contents flattened into one line (the spaces before it read with it, so that
# the next one matches where one ends): number, title, page, and the next
# entry's number and capital or the line's end after it ("… 4 Analyse der Handlungsfelder 8 4.1
# Sprachförderung 8 4.2 Allgemeine und Berufliche Bildung 10 …")
_FLAT_ENTRY = re.compile(
    r"[ \t]*(?<!\S)(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})\.?[ \t]+(?P<title>[^\d\n]{2,150}?)[ \t]+(?P<page>\d{1,3})"
    r"(?=[ \t]+\d{1,2}(?:\.\d{1,2}){0,3}\.?[ \t]+[A-ZÄÖÜ]|[ \t]*$)"
)
FLAT_LINE = 200  # characters of a line that may hold a flattened table of contents


def _flat_runs(ft: FieldText, k: int) -> Iterator[list[Entry]]:
    """The tables of contents inside line ``k`` where a text export joined every entry with single
    spaces: four entries or more, each right after the one before, their pages never falling."""
    text, at = ft.rows[k].text, ft.rows[k].start
    pos = 0
    while (m := _FLAT_ENTRY.search(text, pos)) is not None:
        run: list[Entry] = []
        while m is not None and (not run or int(m["page"]) + _SLACK >= run[-1].page):
            number = tuple(int(x) for x in m["num"].split("."))
            run.append(Entry(k, k, number, at + m.start("title"), at + m.end("title"), int(m["page"]), True))
            pos = m.end()
            m = _FLAT_ENTRY.match(text, pos)
        if len(run) >= 4:
            yield run


# an entry of an outline: a section number and a short title, no page ("3   Handlungsfelder",
# "3.2 Arbeit und Ausbildung")
_OUTLINE_ENTRY = re.compile(r"[ \t\f]*(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})\.?[ \t]+(?P<title>[A-ZÄÖÜ][^\t\n]*?)[ \t]*")
_OUTLINE_WORDS = 10


def _outline_entry(ft: FieldText, k: int) -> Entry | None:
    m = _OUTLINE_ENTRY.fullmatch(ft.rows[k].text)
    if m is None or len(m["title"].split()) > _OUTLINE_WORDS or m["title"][-1] in ".,;:!?" or m["title"][-1].isdigit():
        return None
    number = tuple(int(x) for x in m["num"].split("."))
    return Entry(k, k, number, ft.rows[k].start + m.start("title"), ft.rows[k].start + m.end("title"), 0)


def _next_in_outline(number: tuple[int, ...], before: tuple[int, ...]) -> bool:
    """Whether section ``number`` comes right after ``before`` in an outline: its first child or
    the next sibling of it or of one of its parents."""
    return number == (*before, 1) or any(number == (*before[:i], before[i] + 1) for i in range(len(before)))


def _outlines(ft: FieldText, taken: set[int]) -> Iterator[list[Entry]]:
    """The outlines of a concept given in the text without pages ("Das Konzept ist wie folgt
    gegliedert:" over "1 Einleitung", "2 Ausgangslage", "3 Handlungsfelder", "3.1 Sprache und
    Bildung" …): after a line ending in a colon or a contents head, four entries or more on lines
    of their own (a blank line between two allowed), on two levels at least, the first on the
    top level and each the next after the one before."""
    rows = ft.rows
    for k in range(1, len(rows)):
        j = k - 1
        while j > 0 and j >= k - 3 and ft.blank(j):
            j -= 1  # blank lines, a page break, between the lead-in and the outline
        before = ft.rows[j].text
        if k in taken or not (before.rstrip().endswith(":") or _CONTENTS_HEAD.fullmatch(before)):
            continue
        first = _outline_entry(ft, k)
        if first is None or first.number is None or len(first.number) != 1:
            continue
        run = [first]
        j = k + 1
        while j < len(rows) and j not in taken:
            if ft.blank(j) and not ft.blank(j + 1):
                j += 1
                continue
            nxt = _outline_entry(ft, j)
            if nxt is None or not _next_in_outline(nxt.number or (), run[-1].number or ()):
                break
            run.append(nxt)
            j += 1
        if len(run) >= 4 and any(len(e.number or ()) > 1 for e in run):
            yield run


def _runs(ft: FieldText) -> Iterator[list[Entry]]:
    found = list(_paged_runs(ft))
    yield from found
    taken = {k for run in found for e in run for k in range(e.first, e.last + 1)}
    yield from _outlines(ft, taken)


def _paged_runs(ft: FieldText) -> Iterator[list[Entry]]:
    rows = ft.rows
    k = 0
    while k < len(rows):
        if len(rows[k].text) >= FLAT_LINE and (flat := list(_flat_runs(ft, k))):
            yield from flat
            k += 1
            continue
        first = _entry(ft, k)
        if first is None:
            k += 1
            continue
        run = [first]
        j = first.last + 1
        while j < len(rows):
            if not rows[j].text.strip():
                if j + 1 < len(rows) and not rows[j + 1].text.strip():
                    break  # two blank lines: the table has ended
                j += 1
                continue
            nxt = _entry(ft, j) or _unread_page(ft, j, run[-1])
            if nxt is None or nxt.page + _SLACK < run[-1].page:
                break
            run.append(nxt)
            j = nxt.last + 1
        headed = any(_CONTENTS_HEAD.fullmatch(rows[i].text) for i in range(max(0, first.first - 2), first.first))
        if len(run) >= 4 or headed and len(run) >= 3:
            yield run
        k = j if len(run) > 1 else k + 1


def _names_fields(ft: FieldText, e: Entry) -> bool:
    """Whether an entry's title names the fields: a plural field noun anywhere in it."""
    return any(ft.vocab.plural.fullmatch(m.group(0)) for m in ft.vocab.noun.finditer(ft.text, e.start, e.end))


def _label(ft: FieldText, e: Entry) -> tuple[int, int, str] | None:
    """The field an entry names, its noun dropped ("Handlungsfeld 2: Wohnen" → "Wohnen")."""
    start, end = e.start, e.end
    noun = ft.vocab.noun.match(ft.text, start, end) or ft.vocab.abbreviation.match(ft.text, start, end)
    if noun is not None:
        if not ft.vocab.singular.fullmatch(noun.group(0)):
            return None
        start = _AFTER_NOUN.match(ft.text, noun.end(), end).end()  # type: ignore[union-attr]
        quoted = QUOTE.match(ft.text, start, end)
        if quoted:
            start, end = quoted.span(1)
    raw = ft.text[start:end]
    label = clean_label(raw.replace("\n", " "))
    if not label or len(label.split()) > 10 or not label[0].isupper() or label.endswith((".", ":")):
        return None
    if is_sentence(label, ft.vocab) or is_structure(label, ft.vocab):
        return None
    lead = len(raw) - len(raw.lstrip(' \t*„"»'))
    return start + lead, start + lead + len(raw.strip(' \t*„"“”»«').rstrip()), label


def _children(ft: FieldText, run: list[Entry], i: int) -> list[Entry]:
    parent = run[i]
    out: list[Entry] = []
    depth = len(parent.number) + 1 if parent.number else 0
    for e in run[i + 1 :]:
        if e.page + _SLACK < parent.page:
            break
        if parent.number is not None and e.number is not None:
            if len(e.number) < depth or e.number[: depth - 1] != parent.number:
                break  # the next section
            if len(e.number) == depth:
                out.append(e)
            continue
        if e.number is not None:  # numbered children under an unnumbered parent
            if not depth:
                depth = len(e.number)
            if len(e.number) < depth:
                break
            if len(e.number) == depth:
                out.append(e)
            continue
        if depth and parent.number is None:
            break  # an unnumbered entry after numbered children
        if out and e.page + _SLACK < out[-1].page or _names_fields(ft, e):
            break
        title = clean_label(ft.text[e.start : e.end])
        if is_structure(title, ft.vocab):
            break
        out.append(e)
    return out


def _names_part(ft: FieldText, e: Entry) -> bool:
    """Whether an entry's title names the part of the concept its fields stand in, without a field
    noun: a plural weak noun ("Schwerpunkte der Integrationsarbeit", "Bereiche") or a noun of the
    part that holds the fields ("Handlungsteil", ``field_parts``)."""
    if ft.vocab.parts.search(ft.text, e.start, e.end):
        return True
    bases = {b.casefold() for b in ft.vocab.bases}
    return any(m.group(0).casefold() not in bases for m in ft.vocab.weak.finditer(ft.text, e.start, e.end))


THEMES = 0.75  # the share of a part's children that must name a theme of the taxonomy


def _themes(ft: FieldText, children: list[Entry], labels: list[tuple[int, int, str]]) -> bool:
    """Whether the children of an entry naming a part of the concept are its fields: three at
    least, every one read as a label, none a part of a concept ("Ziele", "Methodik"), three in
    four naming a theme the taxonomy knows, in a paper about integration (three mentions)."""
    if len(children) < 3 or len(labels) < len(children):
        return False
    if any(is_structure(clean_label(ft.text[e.start : e.end]), ft.vocab) for e in children):
        return False
    themed = sum(known_codes(label, ft.vocab) != ("other",) for _a, _b, label in labels)
    mentions = ft.vocab.integration.finditer(ft.text)
    return themed >= THEMES * len(labels) and sum(1 for _ in zip(range(3), mentions)) == 3


def _listed(ft: FieldText, run: list[Entry]) -> Iterator[tuple[int, int, str]]:
    for i, parent in enumerate(run):
        named = _names_fields(ft, parent)
        if not named and not _names_part(ft, parent):
            continue
        children = _children(ft, run, i)
        labels = [found for e in children if (found := _label(ft, e)) is not None]
        if len(children) >= 2 and len(labels) * 2 > len(children) and (named or _themes(ft, children, labels)):
            yield from labels


def contents_fields(ft: FieldText) -> Iterator[Candidate]:
    """The fields a table of contents lists under an entry naming them."""
    for run in tables_of_contents(ft):
        yield from (Candidate(*found, "heading") for found in _listed(ft, run))


def contents_spans(ft: FieldText) -> list[tuple[int, int]]:
    """The flat ranges of the tables of contents that list fields (no other reader reads them)."""
    return [
        (run[0].start, run[-1].end) if run[0].flat else (ft.rows[run[0].first].start, ft.rows[run[-1].last].end)
        for run in tables_of_contents(ft)
        if any(True for _ in _listed(ft, run))
    ]
