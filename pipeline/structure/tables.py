"""Tables: one model for the tables of a document, and the cutter that reads them from its lines.

A :class:`Table` is a region of the document's lines read as rows of typed cells, whatever
the export did to it: cells joined by tabs, wide gaps or single spaces, a name wrapped over
the lines above its row, the cells of other columns spilled onto the lines below it. Each
:class:`Cell` keeps its offsets into the document text and the kind of its column:

    body · date · status · role · result · top · mark · label · value · amount · other

The words a header and a row are read by come from the reader (:class:`ColumnWords`, built
by an extractor from its YAML), so this module knows only shapes. The view builds the tables
of a document once per set of words (:meth:`pipeline.structure.View.tables`); rows a cutter
could not place are kept in ``Table.rejected`` with the reason, for a reader or the review
to ask why.

Forms read today:
- ``dated``: rows under a column header with a date column, each anchored on the line that
  holds its date ("Gemeinderat 24.09.2013 2", "Bauausschuss  13.09.2013 8"); the body name
  may wrap over the lines just above ("Gemeinderätliche" / "Kommission KEG" / "01.06.2016");
  marks, results and roles on the lines below belong to the row above ("x" / "Zustimmung
  vorbehaltlich der Ver-" / "ringerung ..."); a page's furniture between rows is stepped over; a
  role or status cut by a hyphen ends on a line below, blank lines between ("Vor-" / "" / "beratung",
  "öf-" / "fentlich"), and roles set after the rows, each maybe cut so, go one each to the rows in
  order; a short form in brackets under a row is its name's ("(SIS)"), and a name that ends open
  goes on below the other columns' cells set under it ("Beirat für Migration und" / "5" /
  "Anhörung" / "Teilhabe").
- ``cells``: a table as pdftotext and pdfminer.six set a drawn one, under a header of column
  words one per line ("Beratungsfolge" / "Termin" / "Zuständigkeit"): one cell per line in row
  order ("Hauptausschuss" / "08.05.2018" / "Vorberatung" / ...) or column by column (the names,
  the dates, the roles), wrapped cells joined by open ends, lower-case starts and brackets, and
  paired by order within groups; a group whose names and dates do not pair is rejected with
  the reason, the others are kept (rows ``mode`` "cells" and "columns"). Where the groups do not
  align and blank lines set every cell apart (pdfminer.six's boxes: a name of one line beside its
  row's first date, the wrapped names last), the region is paired as a whole. The bodies' column
  word as a label may head such a region ("An:"), and a section's label set before the other
  column words ("Betreff:" / "Datum der Beratung") does not end it. Where pdfminer.six set the
  table's left columns (their words, then their cells) above its right ones with the text after
  the table between them ("Gremium" / "Sitzung" / the names / "Sachverhalt" / "Sitzungsdatum" /
  the dates), that text is stepped over; where a head form's labels and values stand among the
  column words ("Termin" / "Drucksache" / "0815/2018" / "Datum" / "11.04.2018" / "Zuständigkeit"),
  the rows are read after the last column word.
- ``boxes``: a table drawn with tab stops as pdfminer.six sets its text boxes (each line one printed
  row's cells, the lines in no row order, each column's cells in theirs: "Ö" / "13.05.2025" /
  "Ortschaftsrat Roßlau" / "Ö" / "Migrationsbeirat" / "15.05.2025" / ...) or pdftotext its columns
  cut into blocks where a wrapped name leaves a gap: the k-th name paired with the k-th date where a
  line ties a name to its date, column words stand among the cells or each row's cells come in one
  order, and no line holds two rows' cells (rows ``mode`` "boxes"); read where the other forms left a
  date without its name, gave a row two statuses, or read some rows whole on a line among cells. The
  first rows' names may stand late in a box of their own under their column word, the later rows'
  tied to their dates on their lines.
- ``transposed``: a table set on its side, one column per meeting and its rows labelled with the
  column words ("Gremium" / "Sitzung" / "Zuständigkeit"), maybe under a line numbering the columns
  ("Beratungsfolge 1 2 3"): cells at tabs or gaps, cells a layout export wrapped under their
  columns, or, as pdftotext and pypdf set it, one cell a line under each label alone, the columns
  as many as the dates and names wrapped over lines joined by open ends (rows ``mode``
  "transposed"). The bodies may head the columns over the labelled lines instead, wrapped and
  hyphenated in them; where two labels name the dates' column ("Termin", "Sitzung"), the line whose
  cells all hold dates gives them and the other's cells are read by their words (a status).

    >>> import re
    >>> from pipeline.structure.lines import lines
    >>> tv = TokenVocab(dates=lambda s, a, b: [(m.start(), m.end(), m.group())
    ...                                        for m in re.finditer(r"\\d\\d\\.\\d\\d\\.\\d{4}", s[:b])],
    ...                 roles=[], public=[], results=[("agreed", re.compile("genehmigt"))])
    >>> words = ColumnWords(header=lambda t: (("body", "date", "top"), len(t)) if t.startswith("Gremium") else None,
    ...                     title=re.compile("Beratungsfolge"), stops=[], tokens=tv,
    ...                     named=lambda t: "rat" in t or "Kommission" in t, columns_only=lambda t: False)
    >>> text = ("Gremium Termin TOP\\nGemeinderätliche\\nKommission KEG\\n01.06.2016 3\\nx\\n"
    ...         "Gemeinderat 21.06.2016 10\\n")
    >>> [[(c.kind, c.text) for c in r.cells] for r in tables(lines(text), words)[0].rows]
    ... # doctest: +NORMALIZE_WHITESPACE
    [[('body', 'Gemeinderätliche\\nKommission KEG'), ('date', '01.06.2016'), ('top', '3'), ('mark', 'x')],
     [('body', 'Gemeinderat'), ('date', '21.06.2016'), ('top', '10')]]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from pipeline.lang.de import closed_class, markers
from pipeline.lang.de.abbreviations import DITTO
from pipeline.lang.de.closed_class import DEFINITE_ARTICLES, NAME_GOES_ON, NAME_LINKS, OPEN_ENDS, alternation, either

from .drawn import box_lines_joined
from .lines import Line
from .tokens import TIME, TokenVocab, role_before_date, row_cells, typed
from .tokens import Cell as Token

KINDS = ("body", "date", "status", "role", "result", "top", "mark", "label", "value", "amount", "other")


@dataclass(frozen=True)
class TableSettings:
    """The tolerances of the cutter, named (as pdfplumber's ``TableSettings``)."""

    max_lines: int = 60  # lines of one table region after its header
    name_lines: int = 4  # lines a wrapped body name may take above its row
    name_words: int = 8  # words of one line of a wrapped body name
    prose_words: int = 12  # a line with more words that ends a sentence is prose after the table
    loose_lines: int = 6  # lines without a row in a run before the table is over
    cell_words: int = 8  # words of a line of a cell spilled below its row
    rows_after_rule: int = 8  # lines after a rule line among the cells that show whether rows go on
    unnamed_words: int = 4  # words of a body cell without a head word ("SPD-Fraktion", "Ratsgruppe CDU / UWG")
    stacked_words: int = 6  # lines of a header set one column word per line
    displaced_lines: int = 2  # lines of the text after a table an export set between two groups of its columns


SETTINGS = TableSettings()
NO_NAME = "kein Gremium"  # the reason of a row with no body cell
UNNAMED = "kein Gremium im Namen"  # the reason of a row whose name has no head word
FOREIGN = "Zelle einer anderen Spalte im Namen"  # ... whose name holds a role, result or mark


@dataclass(frozen=True)
class Cell:
    """One cell of a row: offsets into the document text, its text (wrapped lines joined by a
    line break), the index of its column in the header and the column's kind."""

    start: int
    end: int
    text: str
    column: int
    kind: str
    value: Any = None
    spilled: bool = False  # on a line below its row's line (a wrapped or spilled cell of another column)


@dataclass
class Row:
    """A row of a table; ``reason`` says why a row was rejected (None for a kept row)."""

    cells: list[Cell]
    mode: str  # how the row's line was cut: tab | gap | tokens
    reason: str | None = None

    @property
    def start(self) -> int:
        return min(c.start for c in self.cells)

    @property
    def end(self) -> int:
        return max(c.end for c in self.cells)

    def first(self, kind: str) -> Cell | None:
        return next((c for c in self.cells if c.kind == kind), None)


@dataclass
class Table:
    """A table: its region, its form, the kinds of its header's columns, and its rows."""

    start: int
    end: int
    form: str
    columns: tuple[str | None, ...]
    rows: list[Row] = field(default_factory=list)
    rejected: list[Row] = field(default_factory=list)


# the header's column kinds and where its words end on the line, or None for a line that is no header
HeaderReader = Callable[[str], "tuple[tuple[str | None, ...], int] | None"]


@dataclass(frozen=True, eq=False)  # hashed by identity: a key of the view's table cache
class ColumnWords:
    """What a reader tells the cutter: its header reader, the heading over a table, the section
    headings that end one, the words the cells are typed by, and whether a text names a row's
    subject by its head word (a body: "Gemeinderat", "Kommission KEG")."""

    header: HeaderReader
    title: re.Pattern[str]
    stops: Sequence[re.Pattern[str]]
    tokens: TokenVocab
    named: Callable[[str], bool]
    columns_only: Callable[[str], bool]  # a line of column words only: a header wrapped over lines
    kind: Callable[[str], str | None] | None = None  # the column one label names ("Sitzung": date), if any


# a line that goes on in the next one: a hyphen, a comma, a link word at its end
OPEN_END = re.compile(r"(?:\w-|[,&/(]|\b(?:" + either(OPEN_ENDS) + r"))\s*$")
_SENTENCE_END = re.compile(r"[.!?]\s*$")
_WORDLIKE = re.compile(r"[^\W\d_]{2}")  # two letters in a row: what a name has at least
_DATELINE = re.compile(r"[A-ZÄÖÜ][^\d,]*,[ \t]+den[ \t]+\d")  # "Musterstadt, den 09.03.2021": a signature's
_CODE_AFTER = re.compile(r"[ \t](\S*\d\S*/\S*|\S*/\S*\d\S*)$")  # a last word with a figure and a slash
_CODE = re.compile(r"[^\s\d]*\d[^\s]*")  # one word with a figure in it: a number, a code, a time; no name
# a line with one of these spills from the row above: they are never words of a name ("öffentliche" may be)
_FOREIGN = frozenset({"mark", "result", "role"})
_QUIET = frozenset({"num", "top", "empty", "public"})  # a line of these alone is another column's
_FREE_COLUMNS = frozenset({"other", "result"})  # the header's columns of free words: results, remarks
# a line that opens with a link word and a noun goes on with a name ("und Umwelt"), not with a spilled cell
_LINKED_ON = re.compile(r"(?:" + either(NAME_GOES_ON) + r")\s*[A-ZÄÖÜ][^\s\d.\"„]*(?:\s+[A-ZÄÖÜ][^\s\d.\"„]*)?(?=\s|$)")
_NAME_WORD = re.compile(r"[A-ZÄÖÜ]|(?:" + either(NAME_LINKS) + r")\b")  # a word of a name's rest
_TOKEN_KIND = {"public": "status", "num": "top", "top": "top", "mark": "mark", "role": "role", "result": "result"}
_LINKING_CELLS = closed_class.words("contractions")  # a stacked header's cell of one linking word ("zur", "zum")


@dataclass
class _Cut:
    """The state of the dated-rows cutter while it walks a region."""

    columns: tuple[str | None, ...]
    words: ColumnWords
    settings: TableSettings
    rows: list[Row] = field(default_factory=list)
    rejected: list[Row] = field(default_factory=list)
    run: list[Line] = field(default_factory=list)  # text lines since the last row or blank: a wrapped name
    loose: int = 0  # lines since the last row that no row took
    open: bool = False  # the last row's trailing cell goes on in the next line
    last: Row | None = None  # the last row, kept or rejected: where spilled cells go
    named_open: bool = False  # the last row's body name goes on in the next line
    last_row_end: int = -1  # where the last row's line ends
    end: int = 0
    set_out: Line | None = None  # the last row's line where its cells are set out by spaces (a layout export)
    aligned_end: int = -1  # where the last line read as that row's cells going on ends
    parked: list[Line] = field(default_factory=list)  # the lines before the first row's blank line
    prev: Line | None = None  # the last line read that was not blank
    gap: bool = False  # the last line read was blank
    over: bool = False  # a row's name was read over column words a tool set between it and its date


_WORD_CHAR = re.compile(r"\w")
_SPILLED_WORDS = 3  # the words a wrapped line of a bar table's row holds at most


def tables(every: Sequence[Line], words: ColumnWords, skip: frozenset[int] = frozenset()) -> list[Table]:
    """The tables of a document's lines (``skip``: indices of page furniture to step over)."""
    every, skip = box_lines_joined(every, skip)
    every, skip = spills_joined(*bars_joined(drawn_bars(every), skip))
    every, skip, beside = side_by_side(every, words, skip)
    found: list[Table] = []
    for i, line in enumerate(every):
        if i in skip or (found and line.start < found[-1].end):
            continue
        flip = _may_flip(line, words)
        if i != beside and not flip and not _may_open(line.text, words):
            continue
        if under_year_heading(every, i, words.columns_only, skip):
            continue
        if flip and (flipped := transposed(every, i, words, skip) or transposed_lines(every, i, words, skip)):
            found.append(flipped)
            continue
        if i == beside:  # the heading of a column beside the form, its rows under it without column words
            after = _region_lines(every, i, skip)
            table = dated(_BESIDE_COLUMNS, after, words, line.start)
            if table.rows:
                found.append(table)
            continue
        hdr = words.header(line.text) or _body_role_header(line.text, words)
        head_lines = 0  # lines below the header's first that its column words go on in
        if hdr is None and (hyphened := _hyphened_header(every, i, words, skip)) is not None:
            hdr, head_lines = (hyphened[0], len(line.text)), 1
        if hdr is None and (slashed := _slashed_header(line.text, words)) is not None:
            after = _region_lines(every, i, skip)
            table = under_names(slashed, after, words, line.start)
            if table.rows:
                found.append(table)
            continue
        if hdr is None or "date" not in hdr[0] or "body" not in hdr[0]:
            if (halves := _two_groups(every, i, words, skip)) is not None:
                columns, k, drop = halves
                after = [ln for j, ln in enumerate(every[k + 1 :], k + 1) if j not in skip | drop and ln.text.strip()]
                table = cells(columns, after[: SETTINGS.max_lines], words, line.start)
                if table.rows and not table.rejected:
                    found.append(table)
                    continue
            stack = _stacked_header(every, i, words, skip)
            if stack is not None:
                columns, k = stack
                table = _stacked_rows(columns, every, k, words, skip, line.start)
                if not table.rows and (form := _form_in_head(every, i, k, words, skip)) is not None:
                    # a head form's labels and values set among the column words: the rows after its last,
                    # where all of them pair
                    late = _stacked_rows(*form, words, skip, line.start)
                    table = late if not late.rejected else table
                if table.rows:
                    found.append(table)
            elif (headless := _headless(every, i, words, skip)) is not None:
                found.append(headless)
            continue
        after = _region_lines(every, i, skip)[head_lines:]
        rest = line.text[hdr[1] :]
        if rest.strip():  # a row on the header's line
            after = [Line(line.start + hdr[1], line.end, rest), *after]
        table = dated(hdr[0], after, words, line.start)
        # the header on its line, the cells one per line below it (a name apart from its date, blank
        # lines between the boxes): where these pair more rows
        table = _more_rows(table, cells(hdr[0], [ln for ln in after if ln.text.strip()], words, line.start))
        table = _boxes_unless_dated(table, hdr[0], after, words, line.start)
        if table.rows:
            found.append(table)
    return found


def _stacked_rows(
    columns: tuple[str | None, ...], every: Sequence[Line], k: int, words: ColumnWords, skip: frozenset[int], start: int
) -> Table:
    """The rows under a header set one column word a line that ends at line ``k``: its cells one a line,
    else its rows anchored on their dates, else a tool's boxes."""
    after = [ln for j, ln in enumerate(every[k + 1 :], k + 1) if j not in skip and ln.text.strip()]
    after = after[: SETTINGS.max_lines]  # one cell per line: blank lines between cells do not count
    after = after[: next((n for n, ln in enumerate(after) if _heading_alone(ln, words)), len(after))]
    table = cells(columns, after, words, start)
    if table.rejected or not table.rows:
        # each row on the line of its date, a name's lines around it ("Sozial- und" /
        # "12.03.2019 Vorberatung" / "Gesundheitsausschuss"): where the cells do not pair
        # as one per line, the rows anchored on their dates may
        other = dated(columns, after, words, start)
        other = _unless_unnamed(other) if _passed_over(other, after, words) else other
        table = other if not table.rejected else _more_rows(table, other)
    return _boxes_unless_dated(table, columns, after, words, start)


def _form_in_head(
    every: Sequence[Line], i: int, k: int, words: ColumnWords, skip: frozenset[int]
) -> tuple[tuple[str | None, ...], Sequence[Line], int] | None:
    """The columns of a stacked header (lines ``i`` to ``k``) whose last column word an export set after
    a head form's labels and values ("Beratungsfolge" / "Termin" / "Drucksache" / "Nr." / "0815/2018" /
    "Datum" / "11.04.2018" / "Bearbeiter" / "Jansen, Karin" / "Zuständigkeit" / the rows), with the
    lines and the index of that column word: the last line of column words before the first line that
    names a body, no body named before it. None where there is no such line or the words name no
    body and date."""
    run = [j for j in range(k + 1, min(len(every), k + 1 + SETTINGS.max_lines)) if j not in skip]
    run = [j for j in run if every[j].text.strip()]
    first = next((n for n, j in enumerate(run) if words.named(every[j].text)), None)
    if first is None or first < 2:
        return None  # no form before the rows: a label and its value at least
    last = next((n for n in range(first - 1, 0, -1) if _column_words(every[run[n]], words)), None)
    if last is None or any(_LABEL.match(every[j].text.strip()) for j in run[:last]):
        return None  # a labelled line ("Betreff:") is no head form's: the text after the table
    texts = [every[j].text.strip() for j in range(i, k + 1) if j not in skip and every[j].text.strip()]
    hdr = words.header(" ".join(w for t in [*texts, every[run[last]].text] for w in t.split()))
    if hdr is None or not {"body", "date"} <= set(hdr[0]):
        return None
    return hdr[0], every, run[last]


def _may_open(text: str, words: ColumnWords) -> bool:
    """Whether a line may open a table, by the tests the header readers below make first: a header
    of its own (``words.header``), a cell naming two columns with a slash, column words alone on
    the line (a stacked header, a heading over headless rows), or a cell cut at a hyphen. A line with
    none of them (most lines: prose, rows, letterhead) opens none, and the readers are not asked of it."""
    return (
        "/" in text or words.columns_only(text) or words.header(text) is not None or _CUT_CELL.search(text) is not None
    )


# a cell ending in a word cut at its hyphen, its rest on the next line (:func:`_hyphened_header`): "Öffent-  Sitzung"
_CUT_CELL = re.compile(r"[^\W\d_]{2}-(?=[ \t]{2,}|[ \t]*[|]|[ \t]*$)")


def _may_flip(line: Line, words: ColumnWords) -> bool:
    """Whether a line may open a table set on its side (:func:`transposed`, :func:`transposed_lines`):
    a heading ("Beratungsfolge", "Beratungsfolge  1  2  3") or a labelled line of cells ("Gremium  A  B")."""
    return words.title.match(line.text.lstrip()) is not None or _labelled(line.columns, words)


def _labelled(parts: list[tuple[int, int, str]], words: ColumnWords) -> bool:
    """Whether a line's cells are a row of a table set on its side: a column word, then two cells or
    more ("Gremium  Ortsrat Nord  Rat")."""
    return len(parts) >= 3 and words.columns_only(parts[0][2].strip())


def _numbering(line: Line, words: ColumnWords) -> bool:
    """Whether ``line`` numbers the columns of a table set on its side: the heading, then 1, 2, 3 …
    ("Beratungsfolge  1  2  3")."""
    parts = [t.strip() for _, _, t in line.columns]
    numbers = parts[1:]
    return (
        len(numbers) >= 2
        and words.title.fullmatch(parts[0].rstrip(":")) is not None
        and numbers == [str(n) for n in range(1, len(numbers) + 1)]
    )


def _wrapped_cells(cells: list[tuple[int, int, str]], start: int, line: Line) -> bool:
    """Join the pieces of an indented ``line`` to the cells above that start at their columns (a
    layout export wrapping the cells of a table set on its side: "Ausschuss für" / "Bau und Umwelt"),
    in place; False, with nothing joined, where a piece stands under no cell."""
    columns = [a - start for a, _, _ in cells]
    at = []
    for a, b, t in line.columns:
        col = _column_at(columns, line, a)
        if col is None:
            return False
        at.append((col, b, t))
    for col, b, t in at:
        a, _, text = cells[col]
        cells[col] = (a, b, text.rstrip() + "\n" + t.strip())
    return bool(at)


def _open_cell(cells: list[tuple[int, int, str]], text: str, joined: int | None) -> int | None:
    """The cell of a labelled line (not its label) that a line of one cell goes on with, as a text
    layer sets a wrapped cell at the line's start ("Ausschuss für" / "Bau und Umwelt"): the cell the
    line before went on with, where this line opens in lower case or that cell ends open; else the
    one cell that ends open; None where there is none or more than one."""
    if joined is not None and (text.strip()[:1].islower() or OPEN_END.search(cells[joined][2])):
        return joined
    ends = [n for n, (_, _, t) in enumerate(cells) if n and OPEN_END.search(t)]
    return ends[0] if len(ends) == 1 else None


def transposed(every: Sequence[Line], i: int, words: ColumnWords, skip: frozenset[int]) -> Table | None:
    """A table set on its side from line ``i``: one column per meeting, its rows labelled with the
    column words ("Gremium" / "Sitzung" / "Zuständigkeit"), the cells side by side at tabs or wide
    gaps, maybe under a line numbering the columns ("Beratungsfolge  1  2  3"). Each column is a row
    (mode ``transposed``). None unless the labels, one a line, read as a header with a body and a
    date column, every labelled line holds the same number of cells (two or more), and every cell
    of the date line holds a date."""
    k = i + 1 if _numbering(every[i], words) else i
    labelled: list[list[tuple[int, int, str]]] = []
    starts: list[int] = []  # where each labelled line starts: its cells' columns are offsets from it
    joined: int | None = None  # the cell the line before went on with
    grid = _grid(every, k, words, skip)
    while k < len(every) and len(labelled) < SETTINGS.stacked_words:
        if k in skip or (labelled and rule_across(every[k].text)):
            k += 1  # a rule drawn between the labelled lines ("-----+-----")
            continue
        parts = _rule_cut(_recut(every[k], grid))
        if labelled and every[k].text[:1] in (" ", "\t", "|") and _wrapped_cells(labelled[-1], starts[-1], every[k]):
            k += 1  # the cells of the labelled line above wrapped onto this one, each under its column
            continue
        if labelled and len(parts) == 1 and (col := _open_cell(labelled[-1], parts[0][2], joined)) is not None:
            a, _, text = labelled[-1][col]  # a cell of the line above wrapped onto a line of its own
            labelled[-1][col] = (a, parts[0][1], text.rstrip() + "\n" + parts[0][2].strip())
            joined, k = col, k + 1
            continue
        joined = None
        if not _labelled(parts, words):
            break
        labelled.append(parts)
        starts.append(every[k].start)
        k += 1
    hdr = words.header("\t".join(p[0][2].strip() for p in labelled)) if len(labelled) >= 2 else None
    top = every[i].start
    if hdr is None and labelled and (heads := _column_heads(every, i, labelled, starts[0], words, skip)) is not None:
        labelled, hdr, top = [[(top, top, ""), *heads[0]], *labelled], (heads[1], 0), heads[0][0][0]
    if hdr is None or len(hdr[0]) != len(labelled) or "body" not in hdr[0] or "date" not in hdr[0]:
        return None
    width = len(labelled[0])
    if any(len(p) != width for p in labelled):
        return None
    dated_col = _dated_label(labelled, hdr[0], words)
    found = []
    for j in range(1, width):
        cells: list[Cell] = []
        for col, (kind, parts) in enumerate(zip(hdr[0], labelled)):
            s, e, t = parts[j]
            tokens = [c for c in typed(t, words.tokens, s, col) if c.kind not in ("text", "empty")]
            if kind == "body":
                cells.append(Cell(s, e, t.strip(), col, "body"))
            elif kind == "date" and col == dated_col:
                date = next((c for c in tokens if c.kind == "date"), None)
                if date is None:
                    return None
                cells.append(Cell(date.start, date.end, date.text, col, "date", date.value))
            else:
                cells += [_typed(c, {kind: col}, _TOKEN_KIND.get(c.kind, "other")) for c in tokens if c.kind != "date"]
        found.append(Row(cells, "transposed"))
    return Table(min(top, every[i].start), every[k - 1].end, "transposed", hdr[0], found)


def _dated_label(labelled: list[list[tuple[int, int, str]]], kinds: tuple[str | None, ...], words: ColumnWords) -> int:
    """The labelled line that holds the meetings' dates: of the lines whose labels name the dates' column
    ("Termin", "Sitzung"), the first whose every cell holds a date; the others' cells are read by their
    words ("Sitzung  öffentlich  nichtöffentlich" under "Termin  Mo 03.05.2027  Mi 12.05.2027"). The
    first such line where none does (the table is then no Beratungsfolge)."""
    lines = [col for col, kind in enumerate(kinds) if kind == "date"]
    for col in lines:
        if all(words.tokens.dates(t, 0, len(t)) for _, _, t in labelled[col][1:]):
            return col
    return lines[0] if lines else -1


def _column_heads(
    every: Sequence[Line],
    i: int,
    labelled: list[list[tuple[int, int, str]]],
    start: int,
    words: ColumnWords,
    skip: frozenset[int],
) -> tuple[list[tuple[int, int, str]], tuple[str | None, ...]] | None:
    """The bodies of a table set on its side as the heads of its columns, over its labelled lines and
    the rule under the heads, the label's column empty ("| Ortsbeirat | Ausschuss für" / "| Mitte | Soziales"
    / "----+----" / "Sitzung | Mittwoch, | …" / "Öffentlichkeit | …"): each column's head, its lines joined,
    and the header's kinds, the bodies' first; None unless every label names a column, one of them the
    dates', none the bodies', and every head stands over a column and names a body."""
    kinds = tuple(words.kind(p[0][2].strip()) if words.kind is not None else None for p in labelled)
    if None in kinds or "body" in kinds or "date" not in kinds:
        return None
    columns = [a - start for a, _, _ in labelled[0]]
    j = i - 1
    while j >= 0 and (j in skip or rule_across(every[j].text)) and i - j <= 2:
        j -= 1  # the rule under the heads
    heads: list[tuple[int, int, str] | None] = [None] * (len(columns) - 1)
    lines = 0
    while j >= 0 and j not in skip and every[j].text.strip():
        at = [(_column_at(columns, every[j], a), a, b, t.strip()) for a, b, t in every[j].columns]
        if not at or any(n is None for n, *_ in at):
            break
        for n, a, b, t in at:
            assert n is not None
            head = heads[n - 1]
            heads[n - 1] = (a, b, t) if head is None else (a, head[1], t + "\n" + head[2])
        lines, j = lines + 1, j - 1
    if not lines or any(h is None or not words.named(h[2]) for h in heads):
        return None
    return [h for h in heads if h is not None], ("body", *kinds)


def _column_at(columns: list[int], line: Line, at: int) -> int | None:
    """The column, after the labels' (``columns``: where each starts in its line), of the piece of ``line``
    starting at ``at``: counted by the bars before it where the line has bars (a text layer sets a drawn
    table's cells one space apart, "| Mitte |"), else the column starting there, a character either way."""
    if "|" in line.text:
        n = line.text.count("|", 0, at - line.start)
        return n if 0 < n < len(columns) else None
    return next((n for n, c in enumerate(columns) if n and abs(c - (at - line.start)) <= 1), None)


_RULE_SIGNS = frozenset(markers.ASCII_RULES + markers.ASCII_JOINTS + markers.DRAWN_RULES + markers.DRAWN_JOINTS)


def rule_across(text: str) -> bool:
    """Whether a line is a rule drawn across a table, maybe with joints where the columns meet ("----+----")."""
    drawn = text.strip()
    return len(drawn) >= 3 and set(drawn) <= _RULE_SIGNS


_RULE_GLUED = re.compile("[" + re.escape("".join(sorted(_RULE_SIGNS))) + "]{4,}(?=[^\\W\\d])")


def _rule_cut(parts: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A line's cells with a rule an export glued to its first cell cut off ("-----+-----Sitzungstag")."""
    m = _RULE_GLUED.match(parts[0][2]) if parts else None
    if m is None:
        return parts
    a, b, text = parts[0]
    return [(a + m.end(), b, text[m.end() :]), *parts[1:]]


def _grid(every: Sequence[Line], k: int, words: ColumnWords, skip: frozenset[int]) -> list[int]:
    """Where the cells of the labelled line with the most cells start (offsets in their line), among
    the lines of a table set on its side from line ``k``: the columns a layout export aligns them at."""
    near = [every[j] for j in range(k, min(len(every), k + 2 * SETTINGS.stacked_words)) if j not in skip]
    rows = [ln for ln in near if "\t" not in ln.text and _labelled(ln.columns, words)]
    widest = max(rows, key=lambda ln: len(ln.columns), default=None)
    return [] if widest is None else [a - widest.start for a, _, _ in widest.columns]


def _recut(line: Line, grid: list[int]) -> list[tuple[int, int, str]]:
    """A line's cells, one cut again where a word starts at a column of ``grid`` after a single space
    (a layout export that set two cells of a row one space apart where the first filled its column:
    "Gremium      Ortsrat Nord Ausschuss für Bauen   Rat" over "Sitzung      01.02.2025   …")."""
    parts = line.columns
    if len(parts) >= len(grid) or "\t" in line.text:
        return parts
    out = []
    for a, b, _ in parts:
        cuts = [c for c in grid if a - line.start < c < b - line.start and line.text[c - 1] == " " != line.text[c]]
        for c in cuts:
            at = line.start + c
            out.append((a, at - 1, line.text[a - line.start : c - 1]))
            a = at
        out.append((a, b, line.text[a - line.start : b - line.start]))
    return out


_TITLE_NUMBER = re.compile(r"(.+?)[ \t]+1")  # the heading with the first column's number beside it


def _label(text: str, words: ColumnWords) -> bool:
    """Whether a line is a column word alone that names no body ("Gremium", "Sitzung"; not "Ausschuss")."""
    return words.columns_only(text) and not words.named(text)


def _after_numbering(every: Sequence[Line], i: int, words: ColumnWords, skip: frozenset[int]) -> int | None:
    """The first line after a heading and the numbers of a table's columns one a line ("Beratungsfolge"
    / "1" / "2" / "3", or "Beratungsfolge 1" / "2" / "3"), blank lines between; None where line ``i``
    is no such heading or fewer than two numbers follow."""
    head = every[i].text.strip()
    numbered = _TITLE_NUMBER.fullmatch(head)
    if not words.title.fullmatch((numbered.group(1) if numbered else head).rstrip(":")):
        return None
    count = 1 if numbered else 0
    k = i + 1
    while k < len(every) and (k in skip or not every[k].text.strip() or every[k].text.strip() == str(count + 1)):
        count += 1 if every[k].text.strip() and k not in skip else 0
        k += 1
    return k if count >= 2 else None


def _cell_lines(lines: list[Line], n: int, words: ColumnWords) -> list[list[Line]] | None:
    """``lines`` as ``n`` cells, a cell's lines joined where a line ends open or the next opens in lower
    case ("Ausschuss für" / "Bauen, Planen" / "und Umwelt"); where they make fewer cells, each line
    holding two names one space apart is cut between them (:func:`_two_names`); None unless they make
    ``n`` cells."""
    out = _joined_lines(lines)
    if len(out) < n:
        out = _joined_lines([part for ln in lines for part in (_two_names(ln, words) or (ln,))])
    return out if len(out) == n else None


def _joined_lines(lines: list[Line]) -> list[list[Line]]:
    out: list[list[Line]] = []
    for ln in lines:
        if out and (OPEN_END.search(out[-1][-1].text) or ln.text.strip()[:1].islower()):
            out[-1].append(ln)
        else:
            out.append([ln])
    return out


def _two_names(line: Line, words: ColumnWords) -> tuple[Line, Line] | None:
    """A line holding two names run together with one space, as a tool sets two cells of a row: the
    first a whole name of two words or more, the second opening with a body's head word ("Ortsrat
    Lindenhof Ausschuss für Soziales," -> "Ortsrat Lindenhof" / "Ausschuss für Soziales,"); None
    unless exactly one place cuts it so."""
    text = line.text
    cuts = [
        m.start()
        for m in re.finditer(r"(?<=\S) (?=[A-ZÄÖÜ])", text)
        if len(text[: m.start()].split()) >= 2
        and words.named(text[: m.start()].strip())
        and not OPEN_END.search(text[: m.start()])
        and words.named(text[m.start() + 1 :].split()[0])
    ]
    if len(cuts) != 1:
        return None
    at = cuts[0]
    return Line(line.start, line.start + at, text[:at]), Line(line.start + at + 1, line.end, text[at + 1 :])


_PLAIN = frozenset({"text", "empty", "date"})  # what a cell of a role or status column is not alone


def transposed_lines(every: Sequence[Line], i: int, words: ColumnWords, skip: frozenset[int]) -> Table | None:
    """A table set on its side as export tools give it one cell a line: the heading and the columns'
    numbers ("Beratungsfolge" / "1" / "2" / "3"), then each labelled line's label alone and its cells
    under it ("Gremium" / "Ortsrat Nord" / "Ausschuss für" / "Bau und Umwelt" / "Rat" / "Sitzung" /
    three dates / "Zuständigkeit" / three roles). The columns are as many as the dates; names wrapped
    over lines are joined by open ends; a block of another column is kept only where each of its
    cells is one line holding that column's word. None unless the labels read as a header with a
    body and a date column and the names make as many cells as there are dates."""
    k = _after_numbering(every, i, words, skip)
    if k is None:
        return None
    blocks: list[tuple[str, list[Line]]] = []
    n: int | None = None  # the number of columns: the dates' once their block is over

    def dates_only(lines: list[Line]) -> bool:
        return bool(lines) and all(words.tokens.dates(ln.text, 0, len(ln.text)) for ln in lines)

    for line in [ln for j, ln in enumerate(every[k : k + SETTINGS.max_lines], k) if j not in skip]:
        text = line.text.strip()
        if not text:
            continue
        if _label(text, words) and len(blocks) < SETTINGS.stacked_words:
            n = len(blocks[-1][1]) if n is None and blocks and dates_only(blocks[-1][1]) else n
            blocks.append((text, []))
            continue
        if not blocks:
            return None
        last = blocks[-1][1]
        if n is not None and len(last) >= n or n is None and dates_only(last) and not dates_only([line]):
            break  # the last block is full: the text after the table
        last.append(line)
    n = len(blocks[-1][1]) if n is None and blocks and dates_only(blocks[-1][1]) else n
    hdr = words.header("\t".join(b[0] for b in blocks)) if len(blocks) >= 2 else None
    if n is None or n < 2 or hdr is None or len(hdr[0]) != len(blocks) or "body" not in hdr[0] or "date" not in hdr[0]:
        return None
    names = _cell_lines(blocks[hdr[0].index("body")][1], n, words)
    if names is None or not dates_only(blocks[hdr[0].index("date")][1]):
        return None
    found = []
    for j in range(n):
        name = names[j]
        cells = [
            Cell(name[0].start, name[-1].end, "\n".join(ln.text.strip() for ln in name), hdr[0].index("body"), "body")
        ]
        for col, (kind, (_, lines)) in enumerate(zip(hdr[0], blocks)):
            if kind == "body" or len(lines) < n:
                continue
            tokens = [
                c for c in typed(lines[j].text, words.tokens, lines[j].start, col) if c.kind not in ("text", "empty")
            ]
            if kind == "date":
                cells += [_typed(c, {"date": col}, "date") for c in tokens[:1] if c.kind == "date"]
            elif all(any(c.kind not in _PLAIN for c in typed(ln.text, words.tokens)) for ln in lines[:n]):
                cells += [_typed(c, {kind: col}, _TOKEN_KIND.get(c.kind, "other")) for c in tokens if c.kind != "date"]
        found.append(Row(sorted(cells, key=lambda c: c.start), "transposed"))
    return Table(every[i].start, found[-1].end, "transposed", hdr[0], found)


# a heading of one word and a year ("Sitzungstermine 2026"): a calendar's, when the word is a date's column word
_YEAR_HEADING = re.compile(r"([A-ZÄÖÜ]\w+)[ \t]+(?:19|20)\d\d")


def under_year_heading(
    every: Sequence[Line], i: int, column: Callable[[str], bool], skip: frozenset[int] | set[int] = frozenset()
) -> bool:
    """Whether the line before line ``i`` (page furniture and blank lines aside) is a heading of a
    column word and a year ("Sitzungstermine 2026" over "Gremium  Termin"; ``column`` tells a column
    word): the table under it is a calendar of meetings, not the submission's Beratungsfolge. A
    title naming a year ("Stellenplan für 2026") is no such heading."""
    j = i - 1
    while j >= 0 and (j in skip or not every[j].text.strip()):
        j -= 1
    m = _YEAR_HEADING.fullmatch(every[j].text.strip()) if j >= 0 else None
    return m is not None and column(m[1])


# a header cell naming two columns with a slash: "Gremium / Sitzung", "Gremium/Datum"
_SLASHED = re.compile(r"(?<!\S)([^\s/]+)[ ]?/[ ]?([^\s/]+(?: am)?)(?=\t| {2,}|$)")


def _unslashed(text: str, words: ColumnWords) -> str:
    """A line whose only cell names the bodies' column and the dates' with a slash ("Gremium /
    Sitzung"), as two column words ("Gremium Sitzung"): one cell per line, the date follows the name."""
    m = _SLASHED.fullmatch(text.strip()) if "/" in text else None  # (most lines have no slash)
    pair = words.header(f"{m[1]}   {m[2]}") if m is not None else None
    return f"{m[1]} {m[2]}" if m is not None and pair is not None and pair[0] in _NAME_PAIRS else text


_NAME_PAIRS = (("body", "date"), ("body", "role"))  # the columns a slashed cell over names may name


def _body_role_header(text: str, words: ColumnWords) -> tuple[tuple[str | None, ...], int] | None:
    """The columns of a header whose first cell names the bodies' column and the roles' with a
    slash, each role set on the line under its name in one cell ("Gremium / Zuständigkeit   Termin
    Status"): the header read with the bodies' word alone, the role under a name being a cell
    spilled below its row; None for any other line."""
    hdr = _first_of_slashed(text, words, ("body", "role"))
    return hdr if hdr is not None and hdr[0].count("body") == 1 and "date" in hdr[0] else None


def _first_of_slashed(
    text: str, words: ColumnWords, pair: tuple[str, str]
) -> tuple[tuple[str | None, ...], int] | None:
    """The header of a line whose cell names the columns ``pair`` with a slash ("Gremium / Sitzung"),
    read with that cell's first column word alone; None for any other line (most have no slash)."""
    m = _SLASHED.search(text) if "/" in text else None
    named = words.header(f"{m[1]}   {m[2]}") if m is not None else None
    if m is None or named is None or named[0] != pair:
        return None
    return words.header(text[: m.start()] + m[1] + " " * (m.end() - m.start() - len(m[1])) + text[m.end() :])


def _slashed_header(text: str, words: ColumnWords) -> tuple[tuple[str | None, ...], int] | None:
    """The columns of a header whose cell names the bodies' column and the dates' with a slash,
    each date set on the line under its name in one cell ("Gremium / Sitzung   Zuständigkeit
    Status"): the date's column after the body's; None for any other line."""
    hdr = _first_of_slashed(text, words, ("body", "date"))
    if hdr is None or hdr[0].count("body") != 1 or "date" in hdr[0]:
        return None
    k = hdr[0].index("body")
    return (*hdr[0][: k + 1], "date", *hdr[0][k + 1 :]), hdr[1]


def under_names(header: tuple[tuple[str | None, ...], int], after: list[Line], words: ColumnWords, start: int) -> Table:
    """The rows of a table whose cells hold a name and, on the line under it, the meeting's date
    ("Sozialausschuss   Vorberatung   öffentlich" / "12.03.2024"): the cells beside the name are
    its row's; the name may wrap by an open end or a lower-case start before its date. The table
    ends at the first line that is neither."""
    columns = header[0]
    kept: list[Row] = []
    lines = [ln for ln in after if ln.text.strip()]
    i, end = 0, start
    while i < len(lines):
        mode, cells = row_cells(lines[i], words.tokens)
        name = cells[0] if cells and cells[0].kind == "text" else None
        if name is None or any(c.kind == "date" for c in cells) or words.header(lines[i].text) is not None:
            break
        pieces, j = [name], i + 1
        while j < len(lines) and (OPEN_END.search(pieces[-1].text) or lines[j].text.strip()[:1].islower()):
            _, more = row_cells(lines[j], words.tokens)
            if len(more) != 1 or more[0].kind != "text":
                break
            pieces.append(more[0])
            j += 1
        _, under = row_cells(lines[j], words.tokens) if j < len(lines) else ("", [])
        dates = [c for c in under if c.kind == "date"]
        text = "\n".join(p.text.strip() for p in pieces)
        if len(dates) != 1 or any(c.kind not in ("date", "empty") for c in under) or not words.named(text):
            break
        col = {k: n for n, k in reversed(list(enumerate(columns)))}
        out = [Cell(name.start, pieces[-1].end, text, col["body"], "body"), _typed(dates[0], col, "date")]
        out += [_typed(c, col, _TOKEN_KIND.get(c.kind, "other")) for c in cells[1:] if c.kind != "empty"]
        kept.append(Row(sorted(out, key=lambda c: c.start), mode))
        i, end = j + 1, lines[j].end
    return Table(start, end, "dated", columns, kept)


def _typed(token: Token, col: dict[str | None, int], kind: str) -> Cell:
    """A typed token as a cell of the header's column of its kind (-1 where the header has none)."""
    at = col.get("public" if kind in ("status", "mark") else kind, -1)
    return Cell(token.start, token.end, token.text, at, kind, token.value)


_SIDE = re.compile(r"\t| {3,}")  # between a form's column and a column set beside it


_BESIDE_COLUMNS: tuple[str | None, ...] = ("body", "date", "role", "public")  # a row's cells by their types


def _heading_alone(line: Line, words: ColumnWords) -> bool:
    """Whether ``line`` is the table's heading alone on its line ("Beratungsfolge"): the heading of
    the next table, which ends the cells of the one above."""
    return words.title.fullmatch(line.text.strip().rstrip(":")) is not None


_DRAWN = str.maketrans(dict.fromkeys(markers.DRAWN_BARS, "|"))


def drawn_bars(every: Sequence[Line]) -> Sequence[Line]:
    """The lines with a box's drawn upright lines read as the bars of a table ("│ Rat │ 03.05.2021 │"
    as "| Rat | 03.05.2021 |"): one glyph for another, so that the offsets hold.

    >>> [ln.text for ln in drawn_bars([Line(0, 17, "│ Rat │ Kreistag │")])]
    ['| Rat | Kreistag |']
    """
    joined = "".join(ln.text for ln in every)  # a glyph is in a line where it is in all of them
    if not any(bar in joined for bar in markers.DRAWN_BARS):
        return every
    return [Line(ln.start, ln.end, ln.text.translate(_DRAWN)) for ln in every]


def bars_joined(every: Sequence[Line], skip: frozenset[int]) -> tuple[Sequence[Line], frozenset[int]]:
    """The lines with the cells of a bar table that a web page's export set one per line, each bar
    on a line of its own ("Gremium" / "|" / "Sitzung" / "|" / ... / "TOP-Nr. |"), joined into the
    rows they are: a line break next to a lone bar reads as a space, so that the joined line keeps
    the offsets of the text ("Gremium | Sitzung | ... | TOP-Nr. |"). A line ending in a bar and not
    followed by a lone one ends its row.

    >>> from pipeline.structure.lines import lines
    >>> text = "Gremium\\n|\\nDatum |\\nRat\\n|\\n|\\n03.05.2021 |\\nText"
    >>> [ln.text for ln in bars_joined(lines(text), frozenset())[0]]
    ['Gremium | Datum |', 'Rat | | 03.05.2021 |', 'Text']
    """
    lone = [ln.text.strip() == "|" for ln in every]
    if sum(lone) < 2:
        return every, skip
    out: list[Line] = []
    moved: dict[int, int] = {}
    for i, ln in enumerate(every):
        if out and i not in skip and i - 1 not in skip and (lone[i] or lone[i - 1]) and out[-1].end + 1 == ln.start:
            last = out[-1]
            out[-1] = Line(last.start, ln.end, last.text + " " + ln.text)
        else:
            out.append(ln)
        moved[i] = len(out) - 1
    return out, frozenset(moved[j] for j in skip)


def spills_joined(every: Sequence[Line], skip: frozenset[int]) -> tuple[Sequence[Line], frozenset[int]]:
    """The lines of a bar table with the last words of a row's line that a PDF's line wrapped onto a line of its own
    ("… | Kenntnisnahme | öf-" over "fentlich"), each joined to the line it ends: a line without a bar between two
    lines with bars (two at least above it), a line break read as a space so that the offsets hold.

    >>> from pipeline.structure.lines import lines
    >>> text = "3 | Ausschuss für | 20.05.2027 | Wählen Sie\\nein\\n| Soziales | |\\nText"
    >>> [ln.text for ln in spills_joined(lines(text), frozenset())[0]]
    ['3 | Ausschuss für | 20.05.2027 | Wählen Sie ein', '| Soziales | |', 'Text']
    >>> text = "| 1 | Beirat für | 15.04.27 | einstimmig befürwor-\\ntet |\\n| | Integration | | |\\nText"
    >>> [ln.text for ln in spills_joined(lines(text), frozenset())[0]]
    ['| 1 | Beirat für | 15.04.27 | einstimmig befürwor- tet |', '| | Integration | | |', 'Text']
    """
    barred = [ln.text.count("|") for ln in every]
    for i in range(1, len(every)):
        if barred[i] == 1 and barred[i - 1] >= 2 and _closing(every[i - 1].text, every[i].text):
            barred[i] = 0  # the row's last cell's rest with the closing bar ("… | einstimmig befürwor-" / "tet |")
    if not any(a >= 2 and not b and c for a, b, c in zip(barred, barred[1:], barred[2:])):
        return every, skip  # no line between two barred ones without a bar: nothing spilled
    out: list[Line] = []
    moved: dict[int, int] = {}
    for i, ln in enumerate(every):
        if _spilled(every, barred, i, skip) and out and out[-1].end + 1 == ln.start:
            out[-1] = Line(out[-1].start, ln.end, out[-1].text + " " + ln.text)
        else:
            out.append(ln)
        moved[i] = len(out) - 1
    return out, frozenset(moved[j] for j in skip)


def _closing(above: str, text: str) -> bool:
    """Whether ``text`` is the rest of a bar table's row line ``above`` with the row's closing bar: the line above
    opens with a bar and ends without one, this line ends in its only bar."""
    return (
        above.lstrip().startswith("|")
        and not above.rstrip().endswith("|")
        and text.rstrip().endswith("|")
        and not text.lstrip().startswith("|")
    )


def _spilled(every: Sequence[Line], barred: list[int], i: int, skip: frozenset[int]) -> bool:
    """Whether line ``i`` holds a few words without a bar between the lines of a bar table's rows."""
    if not 0 < i < len(every) - 1 or barred[i] or barred[i - 1] < 2 or not barred[i + 1] or {i, i - 1} & skip:
        return False
    return 0 < len(every[i].text.split()) <= _SPILLED_WORDS and not rule_across(every[i].text)


def side_by_side(
    every: Sequence[Line], words: ColumnWords, skip: frozenset[int]
) -> tuple[Sequence[Line], frozenset[int], int]:
    """The lines with a column set beside a form read as a region of its own: where a line ends in
    the table's heading after a gap ("Beschlussvorlage      Beratungsfolge:") and the lines below
    it go on at the heading's place ("Drucksache 17/2024    Sozialausschuss 12.03.2024 ..."), the
    form's pieces first, then the heading and its column, each piece a line of its own; and the
    index of that heading (-1 where there is none)."""
    for i, line in enumerate(every):
        if i in skip or "eratung" not in line.text:
            continue
        cut = list(_SIDE.finditer(line.text.rstrip()))
        if not cut or not line.text[: cut[-1].start()].strip():
            continue
        at = cut[-1].end()
        if not words.title.fullmatch(line.text[at:].strip().rstrip(":")):
            continue
        if words.header(line.text) is not None or words.columns_only(re.sub(r"\s+", " ", line.text[: cut[-1].start()])):
            continue  # a header whose last column word is the heading's ("Datum  Zuständigkeit  Beratungsfolge")
        k = i + 1
        while k < len(every) and k not in skip and _at_column(every[k].text, at, "\t" in line.text):
            k += 1
        if k == i + 1:
            continue
        left: list[Line] = []
        right: list[Line] = []
        for ln in every[i:k]:
            col = _column_start(ln.text, at, "\t" in line.text)
            head = ln.text[:col].rstrip()
            if head.strip():
                left.append(Line(ln.start, ln.start + len(head), head))
            right.append(Line(ln.start + col, ln.end, ln.text[col:]))
        moved = len(left) + len(right) - (k - i)
        unfolded = [*every[:i], *left, *right, *every[k:]]
        return unfolded, frozenset(j if j < i else j + moved for j in skip), i + len(left)
    return every, skip, -1


def _column_start(text: str, at: int, tabbed: bool) -> int:
    """Where the column beside the form starts on a line: after its last tab, or at ``at``."""
    return text.rfind("\t") + 1 if tabbed else at


def _at_column(text: str, at: int, tabbed: bool) -> bool:
    """Whether a line holds a piece at the place of the column beside the form: after a tab, or
    starting at ``at`` after a gap."""
    if tabbed:
        return "\t" in text and bool(text[text.rfind("\t") + 1 :].strip())
    before = text[:at]
    return len(text) > at and not text[at].isspace() and (not before.strip() or before.endswith("  "))


# rows set one cell a line, no blank line between: each a name (wrapped over lines), its role or
# status and then its date ("Sozialausschuss" / "Vorberatung" / "29.05.2018"), two rows or more
_KIND_LETTER = {"name": "n", "role": "r", "status": "s", "date": "d"}
_ROLE_CLOSED_ROWS = re.compile(r"(?:n+[rs]{1,2}d){2,}")


def _headless(every: Sequence[Line], i: int, words: ColumnWords, skip: frozenset[int]) -> Table | None:
    """The rows of a table with no column words under a heading alone on its line, its cells set
    apart by blank lines (pdfminer.six's boxes: "Beratungsfolge" / "Kulturausschuss" /
    "Finanzausschuss" / "23.02.2021" / "Vorberatung" / "02.03.2021" ...) or each row a name, its
    role and its date, one a line; the columns in the order of the first name and the first date;
    None unless every cell pairs, two rows or more."""
    text = every[i].text.strip()
    if not words.title.fullmatch(text.rstrip(":")) or not words.columns_only(every[i].text):
        return None
    after = [ln for j, ln in enumerate(every[i + 1 :], i + 1) if j not in skip and ln.text.strip()]
    items = _items(after[: SETTINGS.max_lines], words)
    kinds = [x.kind for x in items or []]
    if items is not None and ("name" not in kinds or "date" not in kinds):
        return None  # no cells under the heading (a header line of its own follows it), or no names and dates
    if (
        items
        and "name" in kinds
        and "date" in kinds
        and "column" not in kinds
        and (_boxed(items, after) or _ROLE_CLOSED_ROWS.fullmatch("".join(_KIND_LETTER.get(k, "?") for k in kinds)))
    ):
        columns = ("body", "date") if kinds.index("name") < kinds.index("date") else ("date", "body")
        table = cells((*columns, "role", "public"), after[: SETTINGS.max_lines], words, every[i].start)
        if len(table.rows) >= 2 and not table.rejected:
            return table
    # a date beside other cells, column words among them: maybe a tool's boxes of the rows, or its
    # columns cut into blocks where a wrapped cell left a gap
    found = boxes(("body", "date", "role", "public"), after[: SETTINGS.max_lines], words, every[i].start)
    return found if found is not None and len(found.rows) >= 2 else None


def _boxes_unless_dated(
    table: Table, columns: tuple[str | None, ...], after: list[Line], words: ColumnWords, start: int
) -> Table:
    """The rows of the region read as a tool's boxes (:func:`boxes`) where the other readings left a
    date without its name (a rejected row) and the boxes pair more rows; or where they gave a row two
    statuses (two rows' taken by one) or paired some rows whose name and date share a line and others
    one cell a line (a tool's boxes set so: a row whole on a line among cells; read one cell a line, a
    cell below such a row goes to it) and the boxes pair as many; else ``table``."""
    rejected = any(r.reason in (NO_NAME, GROUPS_IN_DOUBT, FOREIGN) for r in table.rejected) or not table.rows
    crowded = any(sum(c.kind == "status" for c in r.cells) > 1 for r in table.rows)
    if not rejected and not crowded and not _mixed(table, after):
        return table
    other = boxes(columns, after, words, start)
    if other is None or len(other.rows) < len(table.rows) + rejected:
        return table
    return other


def _mixed(table: Table, after: list[Line]) -> bool:
    """Whether some of a cells table's rows hold their name and date on one line and others not."""
    if table.form != "cells":
        return False
    ends = sorted(ln.end for ln in after)

    def one_line(row: Row) -> bool:
        body, date = row.first("body"), row.first("date")
        if body is None or date is None:
            return False
        a, b = sorted((body.start, date.start))
        return not any(a <= e < b for e in ends)

    kinds = {one_line(r) for r in table.rows}
    return len(kinds) == 2


def _passed_over(table: Table, after: list[Line], words: ColumnWords) -> bool:
    """Whether a line of the table's region names a body that no row took ("Hauptausschuss" above
    "Entscheidung" / "Rat" / "11.03.2026")."""
    used = [(c.start, c.end) for r in table.rows for c in r.cells]
    return any(
        table.start <= ln.start < table.end
        and words.named(ln.text.strip())
        and not any(a <= ln.start < b for a, b in used)
        for ln in after
    )


def _unless_unnamed(table: Table, lone: bool = True) -> Table:
    """The rows anchored on their dates, unless a date was left with no name: where the cells stand one
    per line and did not pair, a name the dated rows passed over ("Hauptausschuss" / "Entscheidung" /
    "Rat" / "11.03.2026" / "19.03.2026") puts every row's name in doubt; a date with text beside it after
    the table (a budget line "12.04.03 – Zuschüsse an Träger") does not. The caller asks only where a
    name was passed over (:func:`_passed_over`): a second date under a row's date ("Stadtrat" /
    "12.06.2019 18:00" / "02.05.2019", the paper's own) puts none in doubt."""
    if not any(r.reason == NO_NAME and (len(r.cells) == 1 or not lone) for r in table.rejected):  # a date alone
        return table
    doubted = [Row(r.cells, r.mode, GROUPS_IN_DOUBT) for r in table.rows]
    return Table(table.start, table.end, table.form, table.columns, [], [*table.rejected, *doubted])


def _hyphened_header(
    every: Sequence[Line], i: int, words: ColumnWords, skip: frozenset[int]
) -> tuple[tuple[str | None, ...], int] | None:
    """A header whose narrow columns hyphenate their words onto the next line ("Gremium   Ter-
    Zuständig-" over "min   keit"): each cell ending in a hyphen joined with the lower-case rest that
    stands under it, the header read from the joined words; None where a rest stands under no cut
    cell, or the line below is no such rests.

    >>> from pipeline.structure.lines import lines
    >>> ws = ColumnWords(lambda t: ((), 0) if t == "Gremium   Termin   Art" else None, *[None] * 5)
    >>> _hyphened_header(lines("Gremium   Ter-   Art\\n          min"), 0, ws, frozenset())
    ((), 0)
    """
    line = every[i]
    if "-" not in line.text or i + 1 >= len(every) or i + 1 in skip:
        return None
    if line.text.lstrip().startswith("|") and every[i + 1].text.lstrip().startswith("|"):
        return _hyphened_in_bars(line.text, every[i + 1].text, words)
    cells, below = line.columns, every[i + 1].columns
    if len(cells) == 1:  # set in single spaces (a PDF's text layer): the rests in the order of the cut words
        return _hyphened_in_order(line.text.split(), every[i + 1].text.split(), words)
    cut = [k for k, (_, _, text) in enumerate(cells) if _cut_word(text)]
    if not cut or not below or len(below) > len(cut):
        return None
    texts = [text for _, _, text in cells]
    for a, _, rest in below:
        offset = a - every[i + 1].start + line.start  # where the rest stands on the header's line
        k = max((j for j, (start, _, _) in enumerate(cells) if start <= offset), default=None)
        if k is None or k not in cut or not rest[:1].islower() or " " in rest or not texts[k].endswith("-"):
            return None
        texts[k] = texts[k][:-1] + rest
    if any(text.endswith("-") for text in texts):
        return None
    return words.header("   ".join(texts))


def _hyphened_in_bars(head: str, below: str, words: ColumnWords) -> tuple[tuple[str | None, ...], int] | None:
    """A bar table's header whose cells are cut at a hyphen, each rest in the cell under it, also where a PDF's
    text layer set the bars one space apart ("| Gremium | Ter- | Zuständig- |" over "| | min | keit |"): the
    cells joined one by one; None where the lines' cells differ in number or a rest stands under no cut word.

    >>> ws = ColumnWords(lambda t: ((), 0) if t == "| Gremium | Termin | Art |" else None, *[None] * 5)
    >>> _hyphened_in_bars("| Gremium | Ter- | Art |", "| | min | |", ws)
    ((), 0)
    """
    tops, lows = head.strip().split("|")[1:-1], below.strip().split("|")[1:-1]
    if len(tops) != len(lows) or not any(_cut_word(top.strip()) for top in tops):
        return None
    joined = []
    for top, low in zip(map(str.strip, tops), map(str.strip, lows)):
        if low and not (_cut_word(top) and low[:1].islower() and low.isalpha()):
            return None
        joined.append(top[:-1] + low if low else top)
    return words.header("| " + " | ".join(joined) + " |")


def _hyphened_in_order(
    head: list[str], rests: list[str], words: ColumnWords
) -> tuple[tuple[str | None, ...], int] | None:
    """A single-spaced header's words cut at a hyphen, each joined with the lower-case word of the line
    below in their order ("Ter- Gremium Zuständig-" over "min keit"); None unless the counts agree."""
    cut = [k for k, w in enumerate(head) if _cut_word(w)]
    if not cut or len(cut) != len(rests) or not all(r[:1].islower() and r.isalpha() for r in rests):
        return None
    joined = list(head)
    for k, rest in zip(cut, rests):
        joined[k] = head[k][:-1] + rest
    return words.header(" ".join(joined))


def _cut_word(text: str) -> bool:
    """Whether a cell or word ends in a word cut at a hyphen ("Ter-"), not in a dash alone."""
    return text.endswith("-") and text[-2:-1].isalpha()


def _region_lines(every: Sequence[Line], i: int, skip: frozenset[int]) -> list[Line]:
    """The lines after a table's header or heading on line ``i``, page furniture stepped over, as many
    as a table's region may hold."""
    return [ln for k, ln in enumerate(every[i + 1 :], i + 1) if k not in skip][: SETTINGS.max_lines]


def _more_rows(table: Table, other: Table) -> Table:
    """``other``, a second reading of the same region, where it keeps more rows and each of its
    names is one line or wraps by an open end; else ``table``."""
    return other if len(other.rows) > len(table.rows) and all(map(_wrapped, other.rows)) else table


def _wrapped(row: Row) -> bool:
    """Whether a row's body name is one line or lines that go on one from the other ("Sozial- und"
    / "Gesundheitsausschuss"), not two lines of their own ("2. Lesung" / "Gemeinderat")."""
    body = row.first("body")
    lines = body.text.split("\n") if body is not None else []
    return all(_goes_on(a, b) for a, b in zip(lines, lines[1:]))


def _stacked_header(
    every: Sequence[Line], i: int, words: ColumnWords, skip: frozenset[int]
) -> tuple[tuple[str | None, ...], int] | None:
    """A header set one column word per line, as text exports set a table's head ("Beratungsfolge"
    / "Termin" / "Zuständigkeit", blank lines between): its column kinds and the index of its last
    line, or None. Read only where no line of the stack is a header of its own."""
    first = _unslashed(every[i].text, words)
    if not words.columns_only(first) or _status_cell(first.strip(), words):
        return None  # a status cell ("N") opens no header
    texts, last, roles = [first.strip()], i, False
    for k in range(i + 1, min(len(every), i + 1 + 2 * SETTINGS.stacked_words)):
        if k in skip or not every[k].text.strip() or k <= last:
            continue
        if _bracketed_column_word(every[k].text, words):  # "Beratungsfolge" / "(Zuständigkeit)": one cell wrapped
            texts[-1] += " " + every[k].text.strip()
            last = k
            continue
        if _linking_cell(every, k, words, skip) and len(texts) < SETTINGS.stacked_words:
            texts.append(every[k].text.strip())  # "Vorlage an" / "zur" / "Sitzungsart": the role's column
            last = k
            continue
        if not words.columns_only(every[k].text) or len(texts) == SETTINGS.stacked_words:
            roles = len(texts) < SETTINGS.stacked_words and _roles_head(every, k, texts, words, skip)
            last = k if roles else last
            break
        if _status_cell(every[k].text.strip(), words):
            if (end := _mark_columns(every, k, words, skip)) is None:
                break  # the first row's status under a status column: "Status" / "öffentlich"
            marks = [ln.text.strip() for j, ln in enumerate(every[k : end + 1], k) if j not in skip]
            texts += [t for t in marks if t]
            last = end
            continue
        own = words.header(every[k].text)
        if own is not None and {"body", "date"} <= set(own[0]):
            return (
                None  # a header line of its own: the dated rows' reader takes it ("ö nö Gremium" under "Datum" is none)
            )
        texts.append(every[k].text.strip())
        last = k
    if any(words.title.match(t) for t in texts[1:]):
        return None  # a column word above the heading ("Datum" / "Beratungsfolge"): the header opens at the heading
    if len(texts) < 2:  # the heading or the bodies' column word as a label ("Beratungsfolge", "An:"), the other
        texts = [texts[0], *_later_columns(every, last, words, skip)]  # column words after the cells
        joined = words.header(" ".join(w for t in texts for w in t.split()))
        labels = any(t.endswith(":") for t in texts[1:])  # "Gremium:" / ... / "Termin:": a key-value form
        # "Gremium / Sitzung" over names and their dates is two columns of its own
        if (
            first == every[i].text
            and not words.title.match(texts[0])
            and (not texts[0].endswith(":") or joined is None or joined[0][:1] != ("body",) or labels)
        ):
            return None
    if len(texts) < 2:
        return None
    hdr = words.header(" ".join(w for t in texts for w in t.split()))
    if (hdr is not None and "body" in hdr[0] and "date" not in hdr[0]) or (hdr is None and words.title.match(texts[0])):
        # the date's column word set after the first cells ("Beratungsfolge" / "Status" / "öffentlich" /
        # the name / "Datum" / the date ..., "Beratungsfolge" / "Gremium" / the name / "Datum" / the date)
        hdr = words.header(" ".join(w for t in [*texts, *_later_columns(every, last, words, skip)] for w in t.split()))
    if hdr is None or "date" not in hdr[0] or "body" not in hdr[0]:
        return None
    return (*hdr[0], "role") if roles and "role" not in hdr[0] else hdr[0], last


def _linking_cell(every: Sequence[Line], k: int, words: ColumnWords, skip: frozenset[int]) -> bool:
    """Whether line ``k`` of a stacked header is a column's head cell of one linking word between
    column words ("Vorlage an" / "zur" / "Sitzungsart": the column of the roles the submission goes
    "to"), the next line of text a column word again."""
    if every[k].text.strip() not in _LINKING_CELLS:
        return False
    nxt = next((j for j in range(k + 1, len(every)) if j not in skip and every[j].text.strip()), None)
    return nxt is not None and words.columns_only(every[nxt].text)


def _two_groups(
    every: Sequence[Line], i: int, words: ColumnWords, skip: frozenset[int]
) -> tuple[tuple[str | None, ...], int, frozenset[int]] | None:
    """A table an export set as two groups of columns, each its column words over its cells one a
    line, with the text after the table between them, as pdfminer.six sets the boxes of a table whose
    left columns end above its right ones ("Gremium" / "Sitzung" / the names and meetings /
    "Sachverhalt" / "Sitzungsdatum" / "Beratungstyp" / the dates and roles ...): the columns of both
    groups' words, the index of the left group's last column word, and the indices of the text set
    between the groups (a label or section heading and at most one line after it). None where the
    left group's cells hold a date, no column words follow the text, or the words name no body and
    date."""
    run = [j for j in range(i, min(len(every), i + SETTINGS.max_lines)) if j not in skip and every[j].text.strip()]
    if not run or not words.columns_only(every[i].text):
        return None
    n = 0
    while n < len(run) and n < SETTINGS.stacked_words and _column_words(every[run[n]], words):
        n += 1
    left, k = [every[j].text.strip() for j in run[:n]], run[n - 1]
    named = False
    for m in range(n, len(run)):
        line = every[run[m]]
        text = line.text.strip()
        if _LABEL.match(text) or any(p.match(line.text) for p in words.stops):
            break
        if (_column_words(line, words) and not _MEETING_OF.match(text)) or _sentence(text):
            return None  # column words among the left group's cells ("Sitzung des …" is a meeting's): no two groups
        if any(c.kind == "date" for c in typed(text, words.tokens)):
            return None
        named = named or words.named(text)
    else:
        return None
    if not named:
        return None
    drop = run[m : m + 1]
    for j in run[m + 1 : m + SETTINGS.displaced_lines]:  # the label's or heading's first line of text
        if _column_words(every[j], words):
            break
        drop.append(j)
    if any(c.kind == "date" for j in drop for c in typed(every[j].text, words.tokens)):
        return None
    heads: list[int] = []  # the right group's column words, a status column's words wrapped ("ö /" / "nö")
    for j in run[run.index(drop[-1]) + 1 :]:
        text = every[j].text.strip()
        wrapped = bool(heads) and OPEN_END.search(every[heads[-1]].text.rstrip()) and _status_cell(text, words)
        if not (_column_words(every[j], words) or wrapped) or len(heads) == SETTINGS.stacked_words:
            break
        heads.append(j)
    if not heads:
        return None
    right = [every[j].text.strip() for j in heads]
    drop += heads
    hdr = words.header(" ".join(w for t in [*left, *right] for w in t.split()))
    if hdr is None or "date" not in hdr[0] or "body" not in hdr[0]:
        return None
    return hdr[0], k, frozenset(drop)


def _column_words(line: Line, words: ColumnWords) -> bool:
    """Whether a line holds column words only, no status cell ("Ö/N" heads a column, "öffentlich" is a cell)."""
    return words.columns_only(line.text) and not _status_cell(line.text.strip(), words)


def _bracketed_column_word(text: str, words: ColumnWords) -> bool:
    """Whether a line is a column word alone in brackets ("(Zuständigkeit)"): the rest of the
    column word above it, its cell wrapped in a narrow head."""
    m = re.fullmatch(r"\s*\(([^()]+)\)\s*", text)
    return m is not None and words.columns_only(m[1])


def _roles_head(every: Sequence[Line], k: int, texts: list[str], words: ColumnWords, skip: frozenset[int]) -> bool:
    """Whether line ``k``, a role word alone after stacked column words that name the bodies and
    the dates ("Datum" / "Gremium" / "Beratung"), heads the roles' column: the next line holds the
    first row's first cell (a date under a header opening with the dates, a name under one opening
    with the bodies), no role of a row."""
    cells = typed(every[k].text.strip(), words.tokens)
    hdr = words.header(" ".join(texts))
    if len(cells) != 1 or cells[0].kind != "role" or hdr is None or not {"body", "date"} <= set(hdr[0]):
        return False
    if "role" in hdr[0] or len(every[k].text.split()) != 1:
        return False
    nxt = next((ln.text.strip() for j, ln in enumerate(every[k + 1 :], k + 1) if j not in skip and ln.text.strip()), "")
    first = [c.kind for c in typed(nxt, words.tokens)]
    return first[:1] == ["date"] if hdr[0][0] == "date" else hdr[0][0] == "body" and words.named(nxt)


def _mark_columns(every: Sequence[Line], k: int, words: ColumnWords, skip: frozenset[int]) -> int | None:
    """The index of the last of the public-status columns that hold marks, set one per line inside
    a stacked header ("Datum" / "ö" / "nö" / "Gremium"): two status words or more, then another
    column word; None where no column word follows them (the first row's status: "öffentlich" / the name)."""
    ahead = range(k, min(len(every), k + 2 * SETTINGS.stacked_words))
    run = [j for j in ahead if j not in skip and every[j].text.strip()]
    n = next((i for i, j in enumerate(run) if not _status_cell(every[j].text.strip(), words)), len(run))
    if n < 2 or n == len(run) or not words.columns_only(every[run[n]].text) or words.header(every[run[n]].text):
        return None
    return run[n - 1]


def _later_columns(every: Sequence[Line], i: int, words: ColumnWords, skip: frozenset[int]) -> list[str]:
    """The column words that stand after a block of cells under a heading alone on its line, as
    pdfminer.six sets a table column by column ("Beratungsfolge" / the names / "Datum" /
    "Zuständigkeit" / the dates ...): the first run of column-word lines before a label line, a
    section heading or a sentence; none where there is no such run."""
    run: list[str] = []
    for k in range(i + 1, min(len(every), i + 1 + SETTINGS.max_lines)):
        text = every[k].text.strip()
        if k in skip or not text:
            continue
        if words.columns_only(every[k].text) and len(run) < SETTINGS.stacked_words and not _status_cell(text, words):
            run.append(text)
            continue
        if not run and _label_before_columns(every, k, words, skip):
            continue
        if run or _LABEL.match(text) or any(p.match(every[k].text) for p in words.stops):
            break
        if _sentence(text):
            break  # a sentence, not a row's number ("1.")
    return run


# a labelled section's first line ("Betreff:", "Sachverhalt: ..."): the end of a table's region
_LABEL = re.compile(r"[A-ZÄÖÜ][\w./-]*(?: [\w./-]+){0,3}:(?:\s|$)")


def _label_before_columns(
    every: Sequence[Line], k: int, words: ColumnWords, skip: frozenset[int] = frozenset()
) -> bool:
    """Whether line ``k`` is a label alone ("Betreff:") whose next line holds a table's column
    words, not its value: an export set the label beside the table's head and its value after
    the table ("An:" / the names / "Betreff:" / "Datum der Beratung" / "Zuständigkeit" / the dates
    ... / the subject)."""
    text = every[k].text.strip()
    m = _LABEL.match(text)
    if m is None or m.end() < len(text) or words.columns_only(every[k].text):
        return False
    nxt = next((ln for j, ln in enumerate(every[k + 1 :], k + 1) if j not in skip and ln.text.strip()), None)
    return nxt is not None and words.columns_only(nxt.text) and not _status_cell(nxt.text.strip(), words)


DECIDING = "decision"  # the role that wins in a cell naming several ("Vorberatung und Beschlussfassung")
# what may stand between two roles of one cell: "und", "sowie", a comma, lower-case attributes ("abschließende")
_ROLE_JOINER = re.compile(r"[\s,;/&+]*(?:[a-zäöüß]+[\s,;/&+]*){0,2}")


def deciding(cells: Sequence[tuple[str, str, Any, bool]]) -> str | None:
    """The role of a row from its cells (kind, text, value, on a line below the row's): the role
    cell named first, and of the roles that go on from it joined only by "und", commas or
    lower-case words, the deciding one wins; a result ("Einstimmig geänderter Beschluss"), any
    other cell, or a line below that the cell before does not go on to ("Beschluss:") ends the run.

    >>> deciding([("role", "Beratung", "deliberation", False), ("text", "und abschließende", None, False),
    ...           ("role", "Entscheidung", "decision", False)])
    'decision'
    >>> deciding([("role", "Anhörung", "deliberation", False), ("result", "Einstimmig", "agreed", False),
    ...           ("role", "Beschluss", "decision", False)])
    'deliberation'
    >>> deciding([("role", "Kenntnisnahme", "information", False), ("role", "Beschluss", "decision", True)])
    'information'
    """
    first = next((k for k, c in enumerate(cells) if c[0] == "role"), None)
    if first is None:
        return None
    run, last = [cells[first][2]], cells[first][1]
    for kind, text, value, below in cells[first + 1 :]:
        if below and not OPEN_END.search(last):
            break
        if kind == "empty":
            continue  # the slash between two roles in one cell ("Vorberatung/Entscheidung")
        if kind == "role":
            run.append(value)
        elif kind not in ("text", "result", "other") or value is not None or not _ROLE_JOINER.fullmatch(text):
            break
        last = text
    return DECIDING if DECIDING in run else run[0]


def _role(tokens: list[Token]) -> Any:
    return deciding([(c.kind, c.text, c.value, False) for c in tokens])


@dataclass
class _Item:
    """One cell of a table exported one cell per line or column by column: its kind (name, date,
    status, role, column) and its lines (a wrapped cell over several)."""

    kind: str
    lines: list[Line]
    value: Any = None

    @property
    def text(self) -> str:
        return "\n".join(ln.text.strip() for ln in self.lines)


GROUPS_IN_DOUBT = "eine andere Gruppe paart nicht"


def cells(columns: tuple[str | None, ...], after: list[Line], words: ColumnWords, start: int) -> Table:
    """The rows of a region whose cells stand one per line, in row order (body, date, role, body,
    date, role ...) or column by column (the names, then the dates, then the roles), up to the next
    label line, section heading or sentence.

    The cells are paired by order within groups: a group opens where the header's leading column
    (the body or the date) comes again after the other one; a group with as many names as dates
    gives its rows, its statuses and roles where their count is the dates' too; a group whose
    counts differ gives rejected rows with the reason. A line that holds a date beside a name is
    no cell of this form: the region is left to the dated rows."""
    items = _items(after, words)
    if items is None:
        return Table(start, start, "cells", columns)
    items = _closed_by_brackets(items)
    lead = "name" if columns.index("body") < columns.index("date") else "date"
    other = "date" if lead == "name" else "name"
    if _leads_with(items, other):  # the first cell says which column comes first where the heading
        lead, other = other, lead  # counts as the bodies' column word ("Beratungsfolge:" / "Datum" / the dates …)
    if "role" in columns and columns.index("role") < min(columns.index("body"), columns.index("date")):
        lead, other = "role", "date"  # the role's column first: a row's role stands above its name
    groups: list[list[_Item]] = [[]]
    for it in items[: _late_header_at(items)]:
        if it.kind == lead and any(x.kind == other for x in groups[-1]):
            groups.append([])
        groups[-1].append(it)
    table = Table(start, start, "cells", columns)
    for group in groups:
        names = [x for x in group if x.kind == "name"]
        dates = [x for x in group if x.kind == "date"]
        if not dates or _labelled_date(group):
            continue
        if len(dates) == 1 and len(names) > 1 and (placed := _by_position(group, columns)) is not None:
            names = placed  # a place or a time under a column word of its own: no part of the name
        elif (
            len(dates) == 1
            and len(names) > 1
            and _adjacent(group, names)
            and not any(words.named(x.text) for x in names[1:])
        ):
            # one row: its name wrapped where nothing showed it, the lines after the first naming
            # no body of their own ("Sozialausschuss und Betriebsausschuss" / '"Heime des Kreises"')
            names = [_Item("name", [ln for x in names for ln in x.lines])]
        table.end = max(table.end, max(ln.end for x in group for ln in x.lines))
        mode = "cells" if len(dates) == 1 else "columns"
        if len(names) != len(dates):
            reason = f"{len(names)} Namen zu {len(dates)} Daten"
            table.rejected.extend(Row([_cell(columns, d, "date")], mode, reason) for d in dates)
            continue
        extra: dict[str, list[_Item]] = {}
        for kind in ("status", "role"):
            found = [x for x in group if x.kind == kind]
            if len(found) == len(dates):
                extra[kind] = found
        for k, (name, date) in enumerate(zip(names, dates, strict=True)):
            row = Row([_cell(columns, name, "body"), _cell(columns, date, "date")], mode)
            row.cells.extend(_cell(columns, xs[k], kind) for kind, xs in extra.items())
            row.cells.sort(key=lambda c: c.start)
            row.reason = None if words.named(name.text) or len(name.text.split()) <= SETTINGS.unnamed_words else UNNAMED
            if _beside_name(name.text, words):
                row.reason = FOREIGN  # a status or role beside the name on its line: a tool's boxes, not a cell a line
            (table.rejected if row.reason else table.rows).append(row)
    _late_cells(table, items, columns)
    if any(r.reason and r.reason.endswith(" Daten") for r in table.rejected) and (
        region := _region(columns, items, after, words)
    ):
        return region  # groups that do not align, paired across the whole region
    if table.rows and any(r.reason and r.reason.endswith(" Daten") for r in table.rejected):
        # a group that does not pair puts the grouping in doubt (its cell may be another group's)
        table.rejected[:0] = [Row(r.cells, r.mode, GROUPS_IN_DOUBT) for r in table.rows]
        table.rows = []
    return table


def _beside_name(text: str, words: ColumnWords) -> bool:
    """Whether a name cell holds another column's cell on its line: a status before or after it
    ("öffentlich Gemeinderat"), a role after it ("Gemeinderat Vorberatung"); a role before it is the
    office that decides ("Beschluss der Bürgermeisterin")."""
    kinds = [c.kind for c in typed(text, words.tokens) if c.kind != "empty"]
    if kinds.count("text") != 1 or len(kinds) < 2:
        return False
    return set(kinds) <= {"text", "public"} or (kinds[0] == "text" and set(kinds[1:]) <= {"public", "role"})


_BRACKETED_CELL = re.compile(r"\s*\([^()]+\)\s*")


def _closed_by_brackets(items: list[_Item]) -> list[_Item]:
    """The names of a cell that holds a body and its role in brackets under it, its lines set apart
    where nothing showed them as one ("Ortsrat" / "Waldhausen" / "(Anhörung)"): the name lines right
    above the bracketed role, no blank line between, are one name."""
    out: list[_Item] = []
    for x in items:
        if x.kind == "role" and len(x.lines) == 1 and _BRACKETED_CELL.fullmatch(x.lines[0].text):
            k = len(out)
            while (
                k > 0
                and out[k - 1].kind == "name"
                and out[k - 1].lines[-1].end + 1 == (out[k:] or [x])[0].lines[0].start
            ):
                k -= 1
            if len(out) - k > 1:
                out[k:] = [_Item("name", [ln for y in out[k:] for ln in y.lines])]
        out.append(x)
    return out


def _labelled_date(group: list[_Item]) -> bool:
    """Whether a group's one date stands right under a column word of its own after another label's
    value: a form's labels over their values set among the table's cells ("Drucksache" / "Nr." /
    "0815/2018" / "Datum" / "11.04.2018"), no meeting of the table."""
    at = [k for k, x in enumerate(group) if x.kind == "date"]
    first = next((k for k, x in enumerate(group) if x.kind == "name"), None)
    if len(at) != 1 or first is None or first >= at[0] - 1 or group[at[0] - 1].kind != "column":
        return False
    # another label's value before it ("Nr." / "0815/2018"): the date's column word set late after the
    # names ("Sozialausschuss" / "Datum" / "20.06.2018") is none
    return any(x.kind == "other" for x in group[first : at[0] - 1])


def _late_header_at(items: list[_Item]) -> int | None:
    """Where column words stand after the rows with no date after them: the header of columns a tool
    set after the rows ("Feuerwehrausschuss" / "15.07.2025" / "Gemeinderat" / "24.07.2025" /
    "Zuständigkeit" / "Vorberatung" / ...), whose cells are every row's, not the last group's (None
    where there are none)."""
    dates = [k for k, x in enumerate(items) if x.kind == "date"]
    names = [k for k, x in enumerate(items) if x.kind == "name"]
    if not dates or not names or names[0] > dates[-1]:
        return None  # the names' column after the dates' (column by column): a column word, no late header
    return next((k for k, x in enumerate(items) if x.kind == "column" and dates[0] < k > dates[-1]), None)


def _leads_with(items: list[_Item], kind: str) -> bool:
    """Whether the region's cells, set column by column, open with a whole column of ``kind`` (the
    dates, then a column word and the names): every cell of that kind stands before the first of
    the other."""
    at = {k: [n for n, x in enumerate(items) if x.kind == k] for k in ("name", "date")}
    other = at["date" if kind == "name" else "name"]
    return bool(at[kind]) and bool(other) and at[kind][-1] < other[0] and len(at[kind]) > 1


# the kind of item each column's cell is, read one per line; another column's (a place, a time) any but a date
_ITEM_OF = {"body": ("name",), "date": ("date",), "role": ("role",), "public": ("status",)}


def _by_position(group: list[_Item], columns: tuple[str | None, ...]) -> list[_Item] | None:
    """The name of a group of one row whose cells stand one per column in the header's order, a column
    of another kind after the bodies' holding text ("15.05.2024" / "18:00" / "Regionalausschuss Nord" /
    "Bürgerhaus Am Deich" under "Datum Uhrzeit Gremium Ort"): the cell under the bodies' column; None
    where the cells do not fill the columns so."""
    if len(group) != len(columns) or "body" not in columns:
        return None
    for kind, item in zip(columns, group, strict=True):
        if item.kind not in _ITEM_OF.get(kind or "", ("name", "other", "role", "status", "mark")):
            return None
    body = columns.index("body")
    if not any(k in (None, "other", "top") and x.kind == "name" for k, x in list(zip(columns, group))[body + 1 :]):
        return None
    return [group[body]]


def _late_cells(table: Table, items: list[_Item], columns: tuple[str | None, ...]) -> None:
    """Statuses or roles that the groups did not all take, as many as the rows, none rejected and
    each after its row's date: one each, in order (the roles set after the last row:
    "Ortschaftsrat Grötzingen 22.02.2021" / "Vorberatung" / "Beschluss" under the rows above)."""
    if table.rejected or not table.rows:
        return
    for kind in ("status", "role"):
        found = [x for x in items if x.kind == kind]
        if len(found) != len(table.rows) or all(r.first(kind) for r in table.rows):
            continue
        dates = [r.first("date") for r in table.rows]
        if any(d is None or x.lines[0].start < d.start for d, x in zip(dates, found, strict=True)):
            continue  # a cell before its row's date: not in the rows' order
        for row, x in zip(table.rows, found, strict=True):
            row.cells = [c for c in row.cells if c.kind != kind] + [_cell(columns, x, kind)]
            row.cells.sort(key=lambda c: c.start)


def _boxed(items: list[_Item], after: list[Line]) -> bool:
    """Whether the region sets a blank line between every two of its lines but a name's and those
    of one wrapped cell ("Vor-" / "beratung")."""
    named = {ln.start for x in items if x.kind == "name" for ln in x.lines}
    owner = {ln.start: k for k, x in enumerate(items) for ln in x.lines}
    end = max(ln.end for x in items for ln in x.lines)
    region = [ln for ln in after if ln.end <= end]
    return all(
        b.start > a.end + 1
        for a, b in zip(region, region[1:])
        if not (a.start in named and b.start in named) and owner.get(a.start, -1) != owner.get(b.start, -2)
    )


def _region(columns: tuple[str | None, ...], items: list[_Item], after: list[Line], words: ColumnWords) -> Table | None:
    """The rows of a region whose cells come in groups that do not align, as pdfminer.six sets a
    table from its boxes: a name of one line beside the first date of its box ("Integrationsrat" /
    "14.11.2017" / "16.11.2017" / roles / statuses / "20.11.2017" / ... / "Schulausschuss" /
    "20.11.2017" / ...), the names wrapped over lines at the region's end ("Kinder- und" /
    "Jugendhilfeaus-" / "schuss", blank lines between the boxes). A name alone between other
    columns' cells, a date right after it, is that date's row; the other names pair with the other
    dates in order. Read only where blank lines set every cell apart (the boxes); lines of names
    with no blank line between them are one name where only so the names are as many as the
    dates. None where the counts still differ or a name has no head word (it may be the text
    after the table): nothing is paired."""
    dates = [x for x in items if x.kind == "date"]
    names = [x for x in items if x.kind == "name"]
    if not dates or not _boxed(items, after):
        return None  # cells not set apart by blank lines: no boxes to read the groups by
    if len(names) > len(dates):  # a box's lines without an open end ("Rat der Stadt" / "Leverkusen")
        merged: list[_Item] = []
        for x in items:
            last = merged[-1] if merged else None
            if (
                x.kind == "name"
                and last is not None
                and last.kind == "name"
                and x.lines[0].start == last.lines[-1].end + 1
            ):
                merged[-1] = _Item("name", [*last.lines, *x.lines])
            else:
                merged.append(x)
        items, names = merged, [x for x in merged if x.kind == "name"]
    if not dates or len(names) != len(dates) or not all(words.named(n.text) for n in names):
        return None  # a text without a head word may be what follows the table: the pairing is in doubt
    anchor: dict[int, _Item] = {}  # id of a name -> its date
    for k, x in enumerate(items[:-1]):
        if x.kind == "name" and items[k + 1].kind == "date" and (k == 0 or items[k - 1].kind != "name"):
            anchor[id(x)] = items[k + 1]
    taken = {id(d) for d in anchor.values()}
    free = [d for d in dates if id(d) not in taken]
    anchor |= dict(zip((id(n) for n in names if id(n) not in anchor), free, strict=True))
    order = {id(d): k for k, d in enumerate(dates)}
    # the names among the dates (not those wrapped at the region's end) keep the dates' order: a later
    # name given an earlier date crosses the boxes, and the pairing is in doubt
    last_date = dates[-1].lines[0].start
    paired = [order[id(anchor[id(n)])] for n in names if n.lines[0].start < last_date]
    if paired != sorted(paired):
        return None
    table = Table(start=min(ln.start for x in items for ln in x.lines), end=0, form="cells", columns=columns)
    table.end = max(ln.end for x in items for ln in x.lines)
    extra = {
        kind: found for kind in ("status", "role") if len(found := [x for x in items if x.kind == kind]) == len(dates)
    }
    for name in sorted(names, key=lambda n: order[id(anchor[id(n)])]):
        k = order[id(anchor[id(name)])]
        row = Row([_cell(columns, name, "body"), _cell(columns, dates[k], "date")], "columns")
        row.cells.extend(_cell(columns, xs[k], kind) for kind, xs in extra.items())
        row.cells.sort(key=lambda c: c.start)
        table.rows.append(row)
    return table


# the kind of item a typed token of a box's line gives; the others (numbers, agenda items) pair nothing
_BOX_KIND = {"text": "name", "date": "date", "role": "role", "public": "status", "mark": "status"}


def boxes(columns: tuple[str | None, ...], after: list[Line], words: ColumnWords, start: int) -> Table | None:
    """The rows of a region a tool set from the text boxes of a table drawn with tab stops (pdfminer.six:
    "Ö" / "13.05.2025" / "Ortschaftsrat Roßlau" / "Ö" / "Migrationsbeirat" / "15.05.2025" / ... /
    "Ausschuss für Gesundheit, Soziales und Integration 20.05.2025" / "Anhörung" / "Empfehlung" / ...),
    or its columns one after the other, cut into blocks where a wrapped cell left a gap (pdftotext):
    each line holds cells of one printed row, the lines stand in no row order, each column's cells
    in theirs. The k-th name pairs with the k-th date, and the k-th status and role where they are as
    many and no line sets them beside another row's cells. Read only where names and dates are as
    many, every name has a head word, no line holds two cells of one kind, and every line that holds a
    name and a date holds the k-th of each (the same row); the region ends at the last blank line
    after which this holds and no date follows (the text after the table may name no body). None
    where it never holds."""
    items: list[_Item] = []
    on_line: list[list[_Item]] = []
    ends: list[int] = []  # how many lines of ``on_line`` stand before each blank line: where the region may end
    heads: list[int] = []  # where column words stand after the first cell: the columns one after the other
    above = ""  # the last line read into cells: a cell that ends open there goes on below
    rest: tuple[_Item, Line] | None = None  # a name's rest set apart from it, and the name
    prev: Line | None = None
    sentence = False  # whether a sentence ended the region
    for k, line in enumerate(after):
        text = line.text.strip()
        if not text or _label_before_columns(after, k, words):
            continue
        if prev is not None and line.start > prev.end + 1:  # a blank line or page furniture between
            ends.append(len(on_line))
        prev = line
        if any(p.match(line.text) for p in words.stops) or _LABEL.match(text) or _DATELINE.match(text):
            break
        if (words.columns_only(line.text) and not _status_cell(text, words)) or words.header(line.text):
            if items:  # the header's pieces set among the boxes ("Gremium", "Sitzungstermin Ö/N …")
                heads.append(len(on_line))
            above = ""
            continue
        typed_ = _ordinals_out(typed(text, words.tokens, line.start + line.text.index(text)))
        if any(c.kind == "text" and _sentence(c.text) for c in typed_):
            sentence = True
            break  # a sentence: the text after the table
        last = items[-1] if items else None
        one = [c.kind for c in typed_]
        if last is not None and (
            (last.kind == "name" and one == ["text"] and _goes_on(last.text, text))
            or (last.kind in ("name", "role") and one in (["text"], ["role"]) and _LINK_END.search(above))
        ):
            # a cell wrapped in its box: "Ausschuss für Gesundheit," / "und Bildung", "Ausschuss für" /
            # "Information" (a role's word after an open end is the name's), "Vorberatung für" / "Hauptausschuss"
            last.lines.append(line)
            above = text
            continue
        above = text
        named = [x for x in items if x.kind == "name"]
        if [c.kind for c in typed_] == ["text"] and named and _name_rest(named[-1].text, text):
            rest = (named[-1], line)  # a name's rest set apart: it goes to the name if the next names follow it
            continue
        found: list[_Item] = []
        for c in typed_:
            kind = _BOX_KIND.get(c.kind) if c.kind != "text" else _box_text(c.text, words)
            if kind == "role" and found and found[-1].kind == "role":  # one cell of roles: "2. Befassung Entscheidung"
                cell = found[-1].lines[0]
                found[-1] = _Item(
                    "role", [Line(cell.start, c.end, line.text[cell.start - line.start : c.end - line.start])]
                )
                found[-1].value = _role(typed(found[-1].text, words.tokens))
            elif kind is not None:
                found.append(_Item(kind, [Line(c.start, c.end, c.text)], _role([c]) if kind == "role" else c.value))
        if found and found[0].kind == "name" and _ARTICLE_OPENS.match(text) and len(text.split()) > SETTINGS.name_words:
            sentence = True
            break  # a sentence opening with an article ("Der Gemeinderat beschließt nach … am 03.02.2015 die …")
        if rest is not None and found:
            if found[0].kind == "name":  # it opens the next block of names, where the wrapped cell left a gap
                rest[0].lines.append(rest[1])
            rest = None  # else it may be any name's: no name takes it
        items += found
        on_line.append(found)
    # where a sentence ended the region, the blank line before it is no end of a box: names alone after the
    # box before are a heading over the sentence ("Antrag an den Gemeinderat / Ausschuss"); a label or a
    # stop word ends it at a blank line after the last box ("Ortschaftsrat Roßlau" / "" / "Betreff:")
    cut = max((e for e in ends if not sentence or e < len(on_line)), default=0)
    tail = [x.kind for found in on_line[cut:] for x in found]
    if cut and tail and set(tail) == {"name"} and not any(h >= cut for h in heads):
        # names alone after the last blank line, every date above them and no column word over them: the
        # text after the table (its title), no cells
        on_line = on_line[:cut]
    for n in sorted({*ends, len(on_line)}, reverse=True):
        if any(x.kind == "date" for found in on_line[n:] for x in found):
            break  # a date left over: the region's cells do not pair, no text after the table ends them
        table = _paired_boxes(columns, on_line[:n], words, start, bool(heads))
        if table is not None:
            return table
    return None


def _paired_boxes(
    columns: tuple[str | None, ...], on_line: list[list[_Item]], words: ColumnWords, start: int, headed: bool
) -> Table | None:
    """The rows of :func:`boxes` from the items of its lines, or None where they do not pair or nothing
    shows the form: a line holding two cells of one row, column words among the cells (``headed``), or
    each row's cells one a line in the same order; a name, a date and a role one a line in an order
    that changes from row to row is no table of either tool."""
    items = [x for found in on_line for x in found]
    of = {kind: [x for x in items if x.kind == kind] for kind in ("name", "date", "status", "role")}
    names, dates = of["name"], of["date"]
    if not dates or len(names) != len(dates) or not all(words.named(_unbroken(n.text)) for n in names):
        return None
    index = {id(x): k for xs in of.values() for k, x in enumerate(xs)}

    def apart(kinds: tuple[str, ...]) -> bool:  # some line sets cells of two rows, or two of one column, side by side
        for found in on_line:
            mine = [x for x in found if x.kind in kinds]
            if len(mine) != len({x.kind for x in mine}) or len({index[id(x)] for x in mine}) > 1:
                return True
        return False

    name_of = list(range(len(dates)))  # the index of each date's name
    if apart(("name", "date")):
        shifted = _first_rows_late(on_line, names, dates) if headed else None
        if shifted is None:
            return None
        name_of = shifted
        # a name's line holds its row's date, role or status: each line's cells by the date its name has
        index |= {id(n): name_of.index(k) for k, n in enumerate(names)}
    if all({"name", "date"} <= {x.kind for x in found} for found in on_line if any(x.kind == "name" for x in found)):
        return None  # every name on its date's line: the dated rows' form, its other cells below their rows
    if (
        not headed
        and not any(len({x.kind for x in found}) > 1 for found in on_line)
        and not _row_order(items, len(dates))
    ):
        return None
    paired = [kind for kind in ("status", "role") if len(of[kind]) == len(dates) and not apart(("name", "date", kind))]
    table = Table(start, max(ln.end for x in items for ln in x.lines), "cells", columns)
    for k, date in enumerate(dates):
        row = Row([_cell(columns, names[name_of[k]], "body"), _cell(columns, date, "date")], "boxes")
        row.cells.extend(_cell(columns, of[kind][k], kind) for kind in paired)
        row.cells.sort(key=lambda c: c.start)
        table.rows.append(row)
    return table


def _first_rows_late(on_line: list[list[_Item]], names: list[_Item], dates: list[_Item]) -> list[int] | None:
    """The index of each date's name where a tool set the first rows' names in a box of their own after
    the others, under their column word ("Di, 14.03.2023" / "Mo, 27.03.2023 Kreisausschuss" / "Do,
    13.04.2023 Kreistag" / "Gremium" / "Ausschuss für Gesundheit … Vorberatung"): the lines holding a
    name and a date tie the later rows in order, the first dates have no name on their lines and the
    last names no date, as many; None where the lines show any other order (a line with the second
    name and the first date crosses the rows)."""
    tied = {}
    for found in on_line:
        mine = [x for x in found if x.kind in ("name", "date")]
        if len(mine) == 2 and {x.kind for x in mine} == {"name", "date"}:
            n, d = (next(x for x in mine if x.kind == kind) for kind in ("name", "date"))
            tied[next(k for k, x in enumerate(dates) if x is d)] = next(k for k, x in enumerate(names) if x is n)
    f = len(dates) - len(tied)
    if not tied or not 0 < f < len(dates) or sorted(tied) != list(range(f, len(dates))):
        return None
    if any(tied[k] != k - f for k in tied):  # the tied rows' names first, in their dates' order
        return None
    return [*range(len(dates) - f, len(dates)), *range(len(dates) - f)]


def _name_rest(name: str, text: str) -> bool:
    """Whether a lower-case line set apart from a name is its rest: it opens with a word that links a
    name's parts ("und Bildung"), or the name ends open ("Bezirksvertretung für den Stadt-" / "bezirk II")."""
    return text[:1].islower() and (text.split()[0] in NAME_GOES_ON or OPEN_END.search(name) is not None)


def _around_date(out: list[_Item], name: _Item) -> bool:
    """Whether a line after a date, and the role or status cells beside that date, goes on with the name
    right above them, left open by a link word or a comma ("Sozial- und" / "29.04.2025" /
    "Gesundheitsausschuss"; "Ausschuss für Soziales und" / "13.05.2026" / "Kenntnisnahme" / "Gleichstellung"):
    a name wrapped around its row's date, as a tool sets a narrow box's lines by their height."""
    at = next(k for k in range(len(out) - 1, -1, -1) if out[k] is name)
    after = [x.kind for x in out[at + 1 :]]
    return after[:1] == ["date"] and set(after[1:]) <= {"role", "status"} and _LINK_END.search(name.text) is not None


# a line opening with a capitalised definite article: a sentence's subject, where the line runs on past a name
_ARTICLE_OPENS = re.compile(rf"(?:{alternation(*DEFINITE_ARTICLES).title()})\s", re.UNICODE)
_LINK_END = re.compile(r"(?:[,&/]|\b(?:" + either(OPEN_ENDS) + r"))\s*$")  # an open end but a word's hyphen


def _row_order(items: list[_Item], n: int) -> bool:
    """Whether ``items`` are ``n`` rows' cells one after the other, each row's in the same order."""
    kinds = [x.kind for x in items]
    k = len(kinds) // n
    return k * n == len(kinds) and kinds == kinds[:k] * n


def _box_text(text: str, words: ColumnWords) -> str | None:
    """The kind of a box's text: a name, or nothing to pair where it is figures, a time or a code
    ("9/0/1", "AB/2024/07"), or a column word with its attribute that names no body ("Abstimmung J/N/E")."""
    if not _WORDLIKE.search(text) or TIME.fullmatch(text) or _code(text, words) or text[:1].islower():
        return None  # a lower-case word opens no name: a result's attribute ("ungeändert empfohlen")
    return None if words.columns_only(text.split()[0]) and not words.named(text) else "name"


def _sentence(text: str) -> bool:
    """Whether a line's text is a sentence, no cell: more words than a name's line, or a closing stop."""
    return len(text.split()) > SETTINGS.name_words or (
        _SENTENCE_END.search(text) is not None and bool(_WORDLIKE.search(text))
    )


def _adjacent(group: list[_Item], some: list[_Item]) -> bool:
    """Whether ``some`` stand one after the other in ``group``, nothing between them."""
    at = [k for k, x in enumerate(group) if any(x is y for y in some)]
    return at == list(range(at[0], at[0] + len(at)))


def _cell(columns: tuple[str | None, ...], item: _Item, kind: str) -> Cell:
    col = next((j for j, k in enumerate(columns) if k == {"status": "public"}.get(kind, kind)), -1)
    return Cell(item.lines[0].start, item.lines[-1].end, item.text, col, kind, item.value)


def _items(after: list[Line], words: ColumnWords) -> list[_Item] | None:
    """The cells of a region, one per line, wrapped cells joined (an open end above, a lower-case
    start, an opening bracket); None where a line holds a date beside other text."""
    out: list[_Item] = []
    whole = 0  # rows set out on one line among the cells
    broken: _Item | None = None  # a name whose lines a role cell parts
    glued: _Item | None = None  # a name a tool set on one line with its role, its rest on the next line
    taken: set[int] = set()  # the lines of a date's year wrapped under its day and month
    for k, line in enumerate(after):
        text = line.text.strip()
        if not text or k in taken or _label_before_columns(after, k, words):
            continue
        if (year := _year_under(after, k, words)) is not None:
            taken.add(year[0])
            out.append(year[1])
            continue
        if any(p.match(line.text) for p in words.stops) or _LABEL.match(text) or words.header(line.text):
            break
        if 1 < len(text.split()) <= 3 and words.title.match(text.split()[-1]):
            break  # the heading of the next table: "Weitere Beratungsfolge"
        if _DATELINE.match(text):
            break  # the place and date a signature stands under: "Musterstadt, den 09.03.2021"
        if _RULE.match(text) and any(x.kind == "date" for x in out) and not _dated_ahead(after, k, words):
            break  # a rule under the last row, the page's foot or the next section after it
        typed_ = _ordinals_out(
            [c for c in typed(text, words.tokens, line.start + line.text.index(text)) if c.kind != "empty"]
        )
        kinds = [c.kind for c in typed_]
        last = out[-1] if out else None
        if last is not None and last.kind in ("name", "other") and _MEETING_OF.match(text):
            out += _meeting_and_date(line, typed_)  # the meeting's name after the body's: "Sitzung des Ausschusses …"
            continue
        if last is not None and _meeting_cell(last) and _goes_on(last.text, text) and kinds == ["text"]:
            last.lines.append(line)  # the meeting's name wrapped: "Sitzung des" / "Ausschusses für" / "Kultur"
            continue
        if (
            last is not None
            and last.kind == "name"
            and words.columns_only(line.text)
            and not words.named(last.text)
            and words.named(text)
        ):
            last.lines.append(line)  # a name's head noun wrapped under its attribute: "Internationaler" / "Ausschuss"
            continue
        if words.columns_only(line.text) and not _status_cell(text, words):
            out.append(_Item("column", [line]))  # "Ö/N" heads the statuses' column, "öffentlich" is a status
            continue
        if "date" in kinds and (row := _whole_row(typed_, words)):
            opened = next((x for x in reversed(out) if x.kind in ("name", "date")), None)
            if opened is not None and opened.kind == "name" and _LINK_END.search(opened.text):
                # the last line of a name left open, with the row's date: "Haupt-, Finanz- und" / "Beratung"
                # / "Beteiligungsausschuss 15.05.2025" (other columns' cells between the lines)
                opened.lines += row[0].lines
                row = row[1:]
            out += row  # a row on one line among rows one cell per line ("Jugendhilfeausschuss nö 19.09.2016")
            whole += 1
            continue
        if "date" in kinds:
            if kinds[0] != "date" or not set(kinds[1:]) <= {"public", "mark", "role", "result"}:
                return None  # a date beside a name: the dated rows' form
            out += _beside(typed_)  # a date-led line carrying status and role ("06.03.2025  Mitteilung")
            continue
        if len(typed_) > 1 and ((kinds[0] == "mark" and kinds[1] == "role") or kinds[0] == "top"):
            # a mark glued to a role ("X Vorberatung"), an agenda item's number to the next cell ("TOP 10 Gemeinderat")
            out.append(
                _Item("status" if kinds[0] == "mark" else "top", [Line(typed_[0].start, typed_[0].end, typed_[0].text)])
            )
            typed_, kinds = typed_[1:], kinds[1:]
            line = Line(typed_[0].start, line.end, line.text[typed_[0].start - line.start :])
            text = line.text.strip()
        last = out[-1] if out else None
        if last is not None and MEETING_OPENS.match(text) and len(text.split()) <= SETTINGS.name_words:
            out.append(_Item("other", [line]))  # the meeting's name, a column of its own: "9. öffentliche Sitzung"
            continue
        if broken is not None and kinds == ["text"] and _goes_on(broken.text, text):
            broken.lines.append(line)  # the name's rest after the role set between its lines
            broken = None
            continue
        if glued is not None and kinds == ["text"] and not words.named(text) and len(text.split()) <= 3:
            glued.lines.append(line)  # "Verbandsgemeinderat Entscheidung" / "Bad Ems-Nassau": the name's rest
            glued = None
            continue
        broken = glued = None
        if (
            last is not None
            and last.kind == "name"
            and OPEN_END.search(last.text)
            and not re.search(r"\w-\s*$", last.text)  # "Vor-" / "beratung": a word cut, one cell
            and kinds == ["role"]
            and text[:1].isupper()
        ):
            # a role set between the lines of a name that goes on ("Ausschuss für Umwelt," /
            # "Vorberatung" / "Klimaschutz und Mobilität"), as pdftotext sets a drawn table
            out.append(_Item("role", [line], _role(typed_)))
            broken = last
            continue
        if kinds and set(kinds) == {"top"}:
            out.append(_Item("top", [line]))  # an agenda item's number ("TOP 5"): no status of its row
        elif kinds and set(kinds) <= {"public", "mark", "top"}:
            out.append(_Item("status", [line], next((c.value for c in typed_ if c.kind == "public"), None)))
        elif len(typed_) == 2 and sorted(kinds) == ["public", "role"]:
            # a status and a role in one cell ("öffentlich, Vorberatung"): no name's rest, though lower-case
            out += [
                _Item("status" if c.kind == "public" else "role", [Line(c.start, c.end, c.text)], c.value)
                for c in typed_
            ]
        elif (
            last is not None
            and last.kind in ("role", "status", "date", "column")
            and not (last.kind == "role" and OPEN_END.search(last.text))
            and kinds == ["text"]
            and (name := next((x for x in reversed(out) if x.kind == "name"), None)) is not None
            and (_name_rest(name.text, text) or _around_date(out, name))
        ):
            name.lines.append(line)  # a name's rest after other columns' cells: the head of the next block of names
        elif (
            last is not None
            and last.kind in ("name", "role")
            and _goes_on(last.text, text)
            and not ((_role_cell(text, typed_) or kinds == ["result"]) and not OPEN_END.search(last.text))
        ):  # a role cell opened by a preposition or a bracket ("zur Vorberatung") is a cell of its own
            last.lines.append(line)
            joined = typed(_unbroken(last.text), words.tokens)
            if last.kind == "role":  # "Beratung und" / "Beschlussfassung": the deciding role wins
                last.value = _role(joined) or last.value
            elif joined[:1] and joined[0].kind == "role" and not words.named(last.text):
                last.kind, last.value = "role", _role(joined)  # "Beratung und Beschluss-" / "fassung"
        elif (named_role := _name_then_role(typed_, words)) is not None:
            out += named_role  # a name and its role glued on one line by a tool: "Verwaltungsausschuss Vorberatung"
            glued = named_role[0]
        elif _role_cell(text, typed_) and not words.named(text):
            out.append(_Item("role", [line], _role(typed_)))
            if kinds[1:] and set(kinds[1:]) <= {"public"}:  # its status beside it: "Vorberatung N"
                c = typed_[1]
                out[-1].lines = [Line(typed_[0].start, typed_[0].end, typed_[0].text)]
                out.append(_Item("status", [Line(c.start, c.end, c.text)], c.value))
        elif kinds[:1] == ["result"] and not words.named(text):
            out.append(_Item("result", [line], typed_[0].value))
        elif not _WORDLIKE.search(text) or TIME.fullmatch(text) or _code(text, words):
            # a cell of figures ("10/2/1", a vote's tally, "1."), a time ("16:00 Uhr") or one code ("AB/2024/07", a
            # meeting's number) names no body
            out.append(_Item("other", [line]))
        elif _TIME_WORD.fullmatch(text) and last is not None and last.kind == "date":
            last.lines.append(line)  # the time's word wrapped under its date ("12.11.2024, 17:00" / "Uhr")
        elif len(text.split()) > SETTINGS.name_words or _SENTENCE_END.search(text):
            break  # a sentence: the text after the table
        elif (named := _bracketed_role(typed_, text)) is not None:
            out += named  # the role in brackets after the name: "Stadtrat (Entscheidung)"
        elif (m := _CODE_AFTER.search(text)) is not None and words.named(text[: m.start()]):
            a = line.start + line.text.index(text)  # the next column's code after the name: "Werkausschuss AB/2024/07"
            out += [
                _Item("name", [Line(a, a + m.start(), text[: m.start()])]),
                _Item("other", [Line(a + m.start(1), a + len(text), m[1])]),
            ]
        else:
            out.append(_Item("name", [line]))
    if whole and whole == sum(1 for x in out if x.kind == "date"):
        return None  # every row on its own line: the dated rows' form
    return _meeting_rests(out)


def _year_under(after: list[Line], k: int, words: ColumnWords) -> tuple[int, _Item] | None:
    """A date cell wrapped before its year, as a narrow column sets it ("13. September" / "2027",
    "Mo, 19.04." / "2027"): the index of the year's line and the date item of both lines; None where
    line ``k`` holds a date of its own or the next line of text is no year alone."""
    text = after[k].text.strip()
    nxt = next((j for j in range(k + 1, len(after)) if after[j].text.strip()), None)
    if nxt is None or not _YEAR_ALONE.fullmatch(after[nxt].text.strip()) or not _DAY_MONTH_END.search(text):
        return None
    if any(c.kind == "date" for c in typed(text, words.tokens)):
        return None
    joined = typed(f"{text} {after[nxt].text.strip()}", words.tokens)
    if len(joined) != 1 or joined[0].kind != "date":
        return None
    return nxt, _Item("date", [after[k], after[nxt]], joined[0].value)


_RULE = re.compile(r"[-_=]{10,}")  # a line drawn across the page (a running head may follow it on its line)


def _dated_ahead(after: list[Line], k: int, words: ColumnWords) -> bool:
    """Whether one of the next lines of text after line ``k`` holds a date (a row after a rule)."""
    near = [ln.text.strip() for ln in after[k + 1 :] if ln.text.strip()][: SETTINGS.rows_after_rule]
    return any(c.kind == "date" for c in typed(" ".join(near), words.tokens))  # a date wrapped too


_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")
_DAY_MONTH_END = re.compile(r"\d\.(?:[ \t]*[A-ZÄÖ][a-zä]+\.?)?$")  # "13. September", "19.04."


def _meeting_and_date(line: Line, typed_: list[Token]) -> list[_Item]:
    """A session column's cell, and the row's date where a tool set it at the cell's line end ("Sitzung
    des Haupt- und 25.03.2025"): a meeting item, and a date item after it."""
    date = typed_[-1] if typed_ and typed_[-1].kind == "date" and len(typed_) > 1 else None
    if date is None or line.text[date.end - line.start :].strip():
        return [_Item("other", [line])]
    head = line.text[: date.start - line.start].rstrip()
    return [
        _Item("other", [Line(line.start, line.start + len(head), head)]),
        _Item("date", [Line(date.start, date.end, date.text)], date.value),
    ]


def _meeting_rests(items: list[_Item]) -> list[_Item]:
    """The lines of a session column's cell that a tool set apart from it: one line between the cell and
    the row's date ("Sitzung des Haupt- und" / "Finanzausschusses" / "25.03.2025"), or one line right after
    the date the tool set at the cell's end, where the cell is left open ("Sitzung des Haupt- und
    25.03.2025" / "Finanzausschusses"): the meeting's name, no body of a row of its own."""
    out = list(items)
    k = 0
    while k + 2 < len(out):
        a, b, c = out[k : k + 3]
        if _meeting_cell(a) and b.kind == "name" and len(b.lines) == 1 and c.kind == "date":
            a.lines.append(b.lines[0])
            del out[k + 1]
        elif (
            _meeting_cell(a) and OPEN_END.search(a.text) and b.kind == "date" and c.kind == "name" and len(c.lines) == 1
        ):
            a.lines.append(c.lines[0])
            del out[k + 2]
        k += 1
    return out


def _meeting_cell(item: _Item) -> bool:
    """Whether an item is the cell of a session column (its name opens a meeting's name)."""
    return item.kind == "other" and MEETING_OPENS.match(item.text) is not None


def _bracketed_role(typed_: list[Token], text: str) -> list[_Item] | None:
    """A name with its role in brackets after it ("Ausschuss für Soziales (Vorberatung)") or after a
    contraction ("Werkausschuss zur Kenntnisnahme") as a name and a role item; None for any other line."""
    if [c.kind for c in typed_] != ["text", "role"]:
        return None
    name, role = typed_
    opener = ROLE_OPENER.search(name.text)
    if opener is not None and opener.start() > 0:  # the contraction opens the role cell: "Werkausschuss zur"
        rest = name.text[: opener.start()]
        name = Token(name.start, name.start + len(rest), rest, "text")
        role = Token(
            name.start + opener.start(1),
            role.end,
            text[opener.start(1) : role.end - typed_[0].start],
            "role",
            role.value,
        )
    elif not (_ROLE_OPENS.match(role.text) or re.search(rf"\(\s*{re.escape(role.text)}\s*\)$", text)):
        return None  # a role word run on from a name with nothing to part them: one cell
    return [
        _Item("name", [Line(name.start, name.end, name.text)]),
        _Item("role", [Line(role.start, role.end, role.text)], role.value),
    ]


# a contraction at a name's end ("Werkausschuss zur" before "Kenntnisnahme"): the role cell's first word
ROLE_OPENER = re.compile(r"(?<=\w)\s+(" + alternation("contractions") + r")$")
_ROLE_OPENS = re.compile(r"(?:" + alternation("contractions") + r")\s")  # a role cell "zur Kenntnis"


_ON_ITS_LINE = {"public": "status", "mark": "status", "role": "role", "result": "result"}


def _whole_row(typed_: list[Token], words: ColumnWords) -> list[_Item] | None:
    """A row set out on one line, its name first, then its date and the status, mark, role or
    result cells beside it ("Jugendhilfeausschuss nichtöffentlich 19.09.2016"), as items; None
    for any other line."""
    kinds = [c.kind for c in typed_]
    if (
        kinds[:1] != ["text"]
        or kinds.count("date") != 1
        or not set(kinds[1:]) - {"date"} <= set(_ON_ITS_LINE)
        or not words.named(typed_[0].text)
    ):
        return None
    return [_Item("name", [Line(typed_[0].start, typed_[0].end, typed_[0].text)]), *_beside(typed_[1:])]


def _beside(typed_: list[Token]) -> list[_Item]:
    """The cells of a line as items, the role words of one cell as one role, the deciding one
    winning ("26.03.2019 2. Befassung Entscheidung": a date and the role "decision")."""
    out: list[_Item] = []
    for c in typed_:
        line = Line(c.start, c.end, c.text)
        if c.kind == "role" and out and out[-1].kind == "role":
            out[-1].lines = [Line(out[-1].lines[0].start, c.end, f"{out[-1].text} {c.text}")]
            out[-1].value = deciding([("role", out[-1].text, out[-1].value, False), ("role", c.text, c.value, False)])
        else:
            out.append(_Item("date" if c.kind == "date" else _ON_ITS_LINE.get(c.kind, "name"), [line], c.value))
    return out


_TIME_WORD = re.compile(r"Uhr|h")  # the word of a time, alone on its line


_ORDINAL = re.compile(r"\d{1,2}\.")  # what may open a role cell before its role word: "2. Befassung"


def _ordinals_out(cells: list[Token]) -> list[Token]:
    """A line's cells without the ordinal that opens a role cell ("2. Befassung", "12.03.2019  2. Lesung")."""
    return [
        c
        for k, c in enumerate(cells)
        if not (
            c.kind in ("num", "top")
            and _ORDINAL.fullmatch(c.text)
            and cells[k + 1 :][:1]
            and cells[k + 1].kind == "role"
        )
    ]


def _role_cell(text: str, cells: list[Token]) -> bool:
    """Whether a line (its typed cells ``cells``, without a preposition or an ordinal before a role
    word) is a role cell: a role word first ("Vorberatung", "zur Unterrichtung", "2. Befassung",
    "(Vorberatung)"), or a lower-case word in brackets that names no role ("(federführend)", whose
    role is none)."""
    if cells[:1] and cells[0].kind == "role":
        return True
    return not cells[1:] and text[:1] == "(" and text.endswith(")") and text[1:2].islower()


def _name_then_role(typed_: list[Token], words: ColumnWords) -> list[_Item] | None:
    """A line of a name that names a body and a role word after it, the cells of two columns a
    tool set on one line ("Verwaltungsausschuss Vorberatung"): a name item and a role item; None
    for any other line, a name that goes on with a link word ("Ausschuss für" / "Beratung") too."""
    if [c.kind for c in typed_] != ["text", "role"]:
        return None
    name, role = typed_
    if not words.named(name.text) or OPEN_END.search(name.text) or len(name.text.split()) > SETTINGS.name_words:
        return None
    return [
        _Item("name", [Line(name.start, name.end, name.text)]),
        _Item("role", [Line(role.start, role.end, role.text)], _role([role])),
    ]


def _code(text: str, words: ColumnWords) -> bool:
    """Whether a cell is one word with a figure in it that names no body: a number or a code
    ("AB/2024/07", a meeting's number), never part of a name."""
    return _CODE.fullmatch(text) is not None and not words.named(text)


def _unbroken(text: str) -> str:
    """A cell's lines as one line, a word cut by a hyphen at a line's end joined where its rest
    starts lower-case: "Beratung und Beschluss-\nfassung" -> "Beratung und Beschlussfassung"
    (not "Sozial-\nund Gesundheitsausschuss")."""
    return " ".join(re.sub(r"(?<=\w)-\n(?=[a-zäöüß])(?!und\b|oder\b|bzw\.)", "", text).split())


def _status_cell(text: str, words: ColumnWords) -> bool:
    """Whether a line is a status cell ("öffentlich", "N"), though a status word may head a
    column; "Ö/N" names both and is the column's head."""
    kinds = {c.kind for c in typed(text, words.tokens, 0) if c.kind != "empty"}
    return bool(kinds) and kinds <= {"public"} and "/" not in text


def _goes_on(above: str, text: str) -> bool:
    """Whether a line goes on with the cell above (``above``: its lines so far): an open end, a
    lower-case start, an opening bracket ("Rat der Stadt Lingen" / "(Ems)"), a bracket or a
    quotation left open above.

    >>> _goes_on('Betriebsausschuss\\n"Heime des', 'Kreises"'), _goes_on('"Heime des\\nKreises"', 'Vorberatung')
    (True, False)
    """
    above = above.rstrip()
    return (
        OPEN_END.search(above) is not None
        or text[:1].islower()
        or text[:1] == "("
        or above.count("(") > above.count(")")
        or above.count('"') % 2 == 1  # a quotation left open above: '"Heime des' / 'Landkreises'
        or above.count("„") > above.count("“")
    )


def dated(columns: tuple[str | None, ...], after: list[Line], words: ColumnWords, start: int) -> Table:
    """The rows of the lines after a header, each anchored on the line that holds its date."""
    cut = _Cut(columns, words, SETTINGS, end=start)
    for line in _late_header(after, words):
        if not _step(cut, line):
            break
        cut.prev = line if line.text.strip() else cut.prev
        cut.gap = not line.text.strip()
    _roles_in_order(cut.rows)
    table = Table(start, cut.end, "dated", columns, cut.rows, cut.rejected)
    # a name read over column words pairs only where no date is left without one ("Sozialausschuss" /
    # "Sitzungstermin" / "01.01.2008" / "08.01.2008": the names and dates are columns that do not pair)
    return _unless_unnamed(table, lone=False) if cut.over else table


def _roles_in_order(found: list[Row]) -> None:
    """Roles set one per line below a row, as many as that row and the rows just before it
    without a role of their own: one each, in order, as pdfminer.six sets a table whose role
    column comes late ("Sozialausschuss 12.03.2019" / "Bauausschuss" / "26.03.2019" /
    "Vorberatung" / "Vorberatung"). A role whose cell ends open stays whole with the next
    ("Beratung und" / "Beschlussfassung")."""
    for i, row in enumerate(found):
        groups = _spilled_roles(row)
        if groups is None or len(groups) < 2 or any(c.kind == "role" and not c.spilled for c in row.cells):
            continue
        marks = [c for c in row.cells if c.spilled and c.kind in ("mark", "status")]  # among the roles: whose?
        before = found[i - len(groups) + 1 : i]
        if len(before) != len(groups) - 1 or any(c.spilled or c.kind == "role" for r in before for c in r.cells):
            continue
        for r, group in zip(before, groups, strict=False):
            for cell in group:
                row.cells.remove(cell)
                r.cells.append(cell)
        for cell in marks:  # a mark set among the roles belongs to a row it does not show: none is told
            row.cells.remove(cell)


def _spilled_roles(row: Row) -> list[list[Cell]] | None:
    """The role cells spilled below a row, those of one cell together (a cell ending open goes on
    in the next: "Beratung und" / "Beschlussfassung"); None where another cell spilled there, or a
    cell holds no role."""
    groups: list[list[Cell]] = []
    for c in row.cells:
        if not c.spilled or c.kind in ("mark", "status"):
            continue
        if c.kind not in ("role", "result"):
            return None
        joiner = c.kind == "result" and _ROLE_JOINER.fullmatch(c.text) is not None  # "Vorberatung" "und"
        if groups and (joiner or OPEN_END.search(groups[-1][-1].text)):
            groups[-1].append(c)
        else:
            groups.append([c])
    if any(OPEN_END.search(g[-1].text) or not any(c.kind == "role" for c in g) for g in groups):
        return None
    return groups


def _late_header(after: list[Line], words: ColumnWords) -> list[Line]:
    """The lines after a header without the column words set after the first row's name, as
    pdfminer.six sets a table ("Beratungsfolge" / "Fachausschuss Finanzen, Wirt-" / ... /
    "Feuerschutz" / "Termin" / "Stand" / "09.09.2025  Beratung und Empfehlung"): dropped where the
    first date stands in a row (with other cells beside it); a date alone there opens a column of
    dates (column by column), and a name's rest that is a column word stays ("Wirtschaftsförderungs-"
    / "ausschuss")."""
    drop: list[int] = []
    above = ""
    for k, line in enumerate(after):
        text = line.text.strip()
        if not text:
            continue
        _, cells = row_cells(line, words.tokens)
        if any(c.kind == "date" for c in cells):
            alone = all(c.kind in ("date", "empty") for c in cells)
            return after if alone or not drop else [ln for j, ln in enumerate(after) if j not in drop]
        if above and words.columns_only(line.text) and not (OPEN_END.search(above) or text[:1].islower()):
            drop.append(k)
        elif drop:
            return after  # text after the column words: not the header's rest
        above = text
    return after


def _step(cut: _Cut, line: Line) -> bool:
    """Read one line into the cutter's state; False where the table ends.

    A blank line ends a wrapped name and a spilled cell; a section heading or a new header ends
    the table; a line with a date is a row; marks, results and roles belong to the row above; a
    lower-case line or one after an open end goes on with the cell above; other text lines may
    be a name wrapped above the next row, until too many of them make prose."""
    if not line.text.strip():
        if cut.run and cut.last is not None:
            return False  # lines that led to no row, then a blank line: the text after the table
        if cut.last is None and cut.run:  # the first row's name, a blank line before its date's line
            # (pdftotext's blocks: "Hauptausschuss" / "" / "17.01.2023 Vorberatung"); not one name
            # of several set apart, column by column ("Ausschuss …" / "" / "Gemeinderat" / "" / the date)
            cut.parked = cut.run if cut.loose <= len(cut.run) else []
        # a row's name ending open goes on over a blank line a text layer set inside its cell
        # ("Ausschuss für Soziales und   04.05.2027" / "" / "Chancengleichheit")
        cut.named_open = cut.named_open and not cut.run
        cut.run, cut.open = [], False
        return True
    if (
        cut.last is None
        and not cut.run
        and _LABEL_REST.fullmatch(line.text)
        and (line.text[:1].isspace() or not cut.prev)
    ):
        return True  # under a later column or right under the header, not a heading below rows: a header cell's rest
    if any(p.match(line.text) for p in cut.words.stops) or cut.words.header(line.text) is not None:
        return False
    if cut.last is not None and (cut.gap or not cut.run) and _block_label(line.text, cut.words):
        # "Beteiligung der Beiräte (schriftliches Verfahren):" after the rows, a blank line before it or a row
        # right above it (an export that keeps no blank lines), not under a name's first lines
        return False
    if line.text.lstrip().startswith(markers.ASCII_EMPTY):  # "[ ] Ortschaftsrat  –  –": a body the form does not
        cut.run, cut.named_open = [], False  # take, its line no name's part and no end of the table
        return True
    if cut.last is None and not cut.run and cut.words.columns_only(line.text):
        return True  # the header's words wrapped onto the next line ("Gremium Termin TOP" / "ö nö" / "Ergebnis")
    if cut.last is not None and not cut.run and _late_column_words(cut, line):
        return True  # the header's other column words set after the rows ("ö nö Zuständigkeit" / the roles)
    mode, cells = _ditto_date(cut, *row_cells(line, cut.words.tokens))
    if mode == "tokens":  # "… Gesundheit und Vorberatung Montag, 15. März 2027" under "Gremium Zuständigkeit Datum"
        cells = role_before_date(cells, cut.columns, cut.words.tokens)
    if any(c.kind == "date" for c in cells):
        return _row(cut, line, mode, cells)
    if _cut_rest(cut, line, cells):
        return True
    if _aligned(cut, line):
        return True
    kinds = {c.kind for c in cells}
    text = _BAR.sub(" ", line.text).strip()  # a drawn table's bars are no words ("|  | nahme | nis genom- |")
    lead = cells[0] if cells and cells[0].kind == "text" else None
    if cut.last is not None and cells and text[:1].islower() and cut.end == cut.last_row_end:
        k = next((k for k, c in enumerate(cut.last.cells) if c.kind == "body"), -1)
        if k >= 0 and cut.last.cells[k].text.endswith("-") and _role_rest(cut, cut.last, k, cells[0]):
            _spill(cut.last, line, cells[1:])  # "Vor-" / "beratung": the rest typed on its own as a role
            return True
    if cut.last is not None and lead is not None and len(lead.text.split()) <= cut.settings.name_words:
        # "Fachausschuss Klimaschutz, Bau" / "12.11.2024 ..." / "und Umwelt"; or below the name's rest
        # ("20.03.2017 Ausschuss für" / "Soziales, Integration" / "und Senioren")
        named = cut.last.first("body")
        near = cut.end == cut.last_row_end or (named is not None and named.end == cut.end > cut.last_row_end)
        rest = _linked_rest(lead) if near and named is not None else None
        if rest is not None and cut.end != cut.last_row_end and rest.text != lead.text.strip():
            rest = None  # below the name's rest only a line that is all name ("und Senioren")
        if rest is not None and not cut.named_open:
            lead, cells = rest, [rest]  # what follows the name's rest is another column's
        if cut.named_open or rest is not None:
            _name_goes_on(cut, cut.last, lead, len(cells) == 1)
            if len(cells) > 1:
                _spill(cut.last, line, cells[1:])
            return True
    if cut.last is not None and cut.end == cut.last_row_end and _short_form(cut.last, text, cells):
        _name_goes_on(cut, cut.last, cells[0], True)  # "Ausschuss für Soziales und Sport 25.02.2025" / "(SIS)"
        return True
    if cut.last is not None and _words(text) > cut.settings.cell_words and not _opens_cell(cut, text):
        return False  # a sentence after the table: a spilled cell of a narrow column is shorter
    if cut.run and OPEN_END.search(cut.run[-1].text.rstrip()) and text[:1].islower():
        cut.run.append(line)  # "Ausschuss II – Ortsverwal-" / "tung Grötzingen": a name's rest
        return True
    head = _name_head(cut, line, cells)
    spilled = kinds & _FOREIGN or kinds <= _QUIET or cut.open or text[:1].islower() or _opens_cell(cut, text)
    if cut.last is not None and spilled and head is None:
        _spill(cut.last, line, cells)
        # a line of other columns' cells alone leaves a name that ends open to go on below it ("Beirat für
        # Migration und" / "5" / "Anhörung" / "Teilhabe")
        named_open = cut.named_open and not any(c.kind == "text" for c in cells)
        cut.open, cut.named_open, cut.end = bool(OPEN_END.search(text)), named_open, line.end
        cut.run = []
        return True
    if _opens_cell(cut, text):
        cut.run = []
        return True
    if kinds & _FOREIGN:  # a name's first part beside another column's cell
        if head is None:
            return True
        if cut.last is not None:
            _spill(cut.last, line, [c for c in cells if c.start >= head.end])
        line, text = head, head.text.strip()
    cut.loose += 1
    if (len(text.split()) > cut.settings.prose_words and _SENTENCE_END.search(text)) or (
        cut.loose > cut.settings.loose_lines
    ):
        return False
    cut.run.append(line)
    return True


# a label of its own line, capitalised and ending in a colon, no date in it: what heads the block after a table
_BLOCK_LABEL = re.compile(r"[ \t]*[A-ZÄÖÜ][^\n:]*\S:[ \t]*")


def _block_label(text: str, words: ColumnWords) -> bool:
    """Whether a line after a blank one under a table's rows is the label of another block ("Beteiligung der
    Beiräte (schriftliches Verfahren):" over a table of its own): text alone, no heading of the Beratungsfolge
    again ("Beratungsfolge (Fortsetzung):"), no date, role or status word that a row's cell may spill
    ("Beschluss:")."""
    return (
        _BLOCK_LABEL.fullmatch(text) is not None
        and words.title.match(text.lstrip()) is None
        and all(c.kind in ("text", "empty") for c in typed(text, words.tokens))
    )


# a header cell's wrapped rest alone, ending in the colon the header's cells end in ("Zustimmung zur:" /
# "Beschlussempfehlung:")
_LABEL_REST = re.compile(r"\s*[^\W\d][\w-]*:\s*")
_BAR = re.compile(r"\|")  # a bar between a drawn table's cells


def _late_column_words(cut: _Cut, line: Line) -> bool:
    """Whether a line after a row holds column words only, none of them a status or role cell's
    word and none a name: the header's rest, set after the rows by an export."""
    text = line.text.strip()
    return (
        cut.words.columns_only(line.text)
        and not _status_cell(text, cut.words)
        and not cut.words.named(text)
        and not any(c.kind == "role" for c in typed(text, cut.words.tokens))
    )


def _ditto_date(cut: _Cut, mode: str, cells: list[Token]) -> tuple[str, list[Token]]:
    """How a line is cut and its cells, where its date cell repeats the date of the row above by a ditto
    mark ("dto." under "Do., 26.02.26" in a table whose dates come first) the mark typed as that date;
    the cells as they are for any other line."""
    above = cut.last.first("date") if cut.last is not None and cut.last.reason is None else None
    if above is None or not cells or cut.columns[:1] != ("date",) or cells[0].kind != "text":
        return mode, cells
    first = cells[0]
    lead = len(first.text) - len(first.text.lstrip())
    m = _DITTO_CELL.match(first.text, lead)
    rest = first.text[m.end() :] if m is not None else ""
    if m is None or not (rest.strip(_BARS + " \t") or any(c.kind == "text" for c in cells[1:])):
        return mode, cells  # no mark, or a mark and no name after it
    mark = Token(first.start + lead, first.start + m.end(1), m[1], "date", above.value, first.col)
    skip = len(rest) - len(rest.lstrip(_BARS + " \t"))  # a single-spaced line: the name's cell after a bar
    named = [Token(first.start + m.end() + skip, first.end, rest[skip:], "text", None, first.col)] if rest else []
    return mode, [mark, *named, *cells[1:]]


# a ditto mark alone in its cell, before the cell's end, a bar or a space and a bar
_BARS = markers.DRAWN_BARS + markers.ASCII_BARS
_DITTO_CELL = re.compile(rf"({DITTO.pattern})(?=$|[ \t]*{markers.charset(_BARS)})", re.I)


def _row(cut: _Cut, line: Line, mode: str, cells: list[Token]) -> bool:
    """A row from the line with its date: the name before the date (or after it, where the
    header puts the bodies after the dates), wrapped name lines above it, the other cells by
    their types.

    "Hauptausschuss 14.06.2016 9 x vorberaten" -> body, date, top, mark, result."""
    date = next(c for c in cells if c.kind == "date")
    # signs are no words: "( ) ja ( ) nein ( ) ohne" is a cell of empty tick boxes, not a sentence's words
    said = [w for w in line.text.split() if _WORD_CHAR.search(w)]
    if len(said) > cut.settings.prose_words and not cut.words.named(line.text[: date.start - line.start]):
        return cut.last is None  # a sentence with a date after the table ("Im Juli 2022 wurden ...")
    body_first = cut.columns.index("body") < cut.columns.index("date")
    texts = [
        c for c in cells if c.kind == "text" and (c.end <= date.start) == body_first and not _code(c.text, cut.words)
    ]  # a code's cell beside the name ("AB/2024/07", the meeting's number) is a column of its own
    if mode == "gap" and len(texts) > 1 and (later := _text_columns(cut.columns, body_first)):
        texts = texts[: max(1, len(texts) - later)]  # the last cells apart by gaps: a place's column ("Ort")
    own = _joined(line, cells, texts) if texts else None
    at = meeting_start(own.text) if own is not None and mode == "tokens" and _meeting_column(cut) else None
    meeting = None
    if at is None and own is not None and (m := _CODE_AFTER.search(own.text)) is not None:
        at = m.start(1)  # a code of the next column run together with the name ("Werkausschuss AB/2024/07")
    if own is not None and at is not None:  # the meeting's name of the next column, run together with the body's
        meeting = Token(own.start + at, own.end, own.text[at:], "text")
        text = own.text[:at].rstrip()
        own = Token(own.start, own.start + len(text), text, "text")
    if own is None and body_first and not cut.run and cut.last is None:
        cut.run = cut.parked  # the first row's name set apart from its date's line by a blank line
    name = _name(cut, own.text if own is not None else "")
    out: list[Cell] = []
    if meeting is not None:
        out.append(Cell(meeting.start, meeting.end, meeting.text, _col(cut, "other"), "other"))
    if name or own is not None:
        pieces = [*((ln.start, ln.end, ln.text.strip()) for ln in name)]
        if own is not None:
            pieces.append((own.start, own.end, own.text))
        out.append(Cell(pieces[0][0], pieces[-1][1], "\n".join(p[2] for p in pieces), _col(cut, "body"), "body"))
    for c in cells:
        if c.kind == "empty" or (own is not None and own.start <= c.start < own.end):
            continue
        kind = "date" if c.kind == "date" else _TOKEN_KIND.get(c.kind, "result" if c.end > date.end else "other")
        out.append(Cell(c.start, c.end, c.text, _col(cut, kind), kind, c.value))
    out.sort(key=lambda c: c.start)
    row = Row(out, mode)
    body = row.first("body")
    row.reason = _unnamed(cut, body)
    if row.reason is not None:
        cut.rejected.append(row)
    else:
        cut.rows.append(row)
    cut.run, cut.loose, cut.end, cut.last, cut.last_row_end = [], 0, line.end, row, line.end
    cut.set_out, cut.aligned_end = (line if mode == "gap" else None), line.end
    cut.open = OPEN_END.search(line.text.rstrip()) is not None and (body is None or body.end < line.end - 1)
    cut.named_open = body is not None and not cut.open and _name_open(body.text)
    return True


# a name's last word a lower-case adjective before its noun: "Ausschuss für Soziales und allgemeine" / "Stiftungen"
_ATTRIBUTE_END = re.compile(r"(?<![\w-])[a-zäöüß]{3,}(?:e|en|er|es|em)\s*$")


def _name_open(text: str) -> bool:
    """Whether a row's name cell ends open, its rest on the next line: after a link word, a hyphen,
    a comma, or an adjective that wants its noun."""
    return OPEN_END.search(text) is not None or _ATTRIBUTE_END.search(text) is not None


def _text_columns(columns: tuple[str | None, ...], body_first: bool) -> int:
    """How many columns of no kind of their own or of another kind ("Ort", "Bemerkung") the header sets
    after the bodies' on the same side of the date: their cells stand apart from the name by gaps."""
    body, date = columns.index("body"), columns.index("date")
    return sum(1 for k in columns[body + 1 : date if body_first else None] if k in (None, "other"))


def _meeting_column(cut: _Cut) -> bool:
    """Whether the header names the meeting in a column of its own between the body's and the
    date's ("Gremium Sitzung Sitzungsdatum")."""
    kinds = cut.columns
    if "body" not in kinds or "date" not in kinds or "other" not in kinds:
        return False
    return kinds.index("body") < kinds.index("other") < kinds.index("date")


# where a meeting's name opens: "15. Sitzung", ". Sitzung" (its number left out), "öffentliche Sitzung",
# a number with its term ("03/2021-2026. Sitzung")
MEETING_OPENS = re.compile(r"(?:(?:\d[\d/-]*)?\.[ \t]+)?(?:(?:nicht ?)?öffentliche[ \t]+)?Sitzung\b", re.I)
# a meeting's name that names its body in the genitive: a cell of a session column, never a column word
_MEETING_OF = re.compile(MEETING_OPENS.pattern + r"[ \t]+(?:" + alternation("linking_articles") + r")\b", re.I)


def meeting_start(text: str) -> int | None:
    """Where the meeting's name starts in a body cell that a row set with single spaces ran
    together with the next column's cell: at the word that opens a meeting's name or repeats the
    body's first word ("Stadtrat . Sitzung des Stadtrates", "Gemeinderat Walkertshofen Gemeinderat
    Walkertshofen"); None when there is none after the first word."""
    words = list(re.finditer(r"\S+", text))
    for w in words[1:]:
        if w[0] == words[0][0] or MEETING_OPENS.match(text, w.start()):
            return w.start()
    return None


def _aligned(cut: _Cut, line: Line) -> bool:
    """A line below a row set out by spaces whose pieces stand where the row's cells start, as
    pdftotext -layout sets a table with wrapped cells: each piece goes on with the cell above it
    ("Rat der Stadt Lingen 10.09.2024    Vor-" / "(Ems)                              beratung",
    "06.03.2017 Sozial- und          Kenntnis-" / "           Gesundheitsausschuss nahme"). Read
    so where every piece goes on with its cell (an open end, a lower-case start, a bracket) and the
    line has two pieces, one under another column than the name's, or follows such a line."""
    row, above = cut.last, cut.set_out
    if row is None or above is None or cut.end != cut.aligned_end:
        return False
    mine = [c for c in row.cells if not c.spilled and above.start <= c.start < above.end]
    own = sorted((p for c in mine for p in _set_apart(c, above)), key=lambda c: c.start)
    starts = {c.start - above.start: k for k, c in enumerate(own)}
    pieces = _pieces(line, starts)
    if not pieces:
        return False
    groups = [_group(own, above, k) for k, _, _ in pieces]
    if len(pieces) == 1 and groups[0][0].kind == "body" and cut.aligned_end == cut.last_row_end:
        return False  # a name's next line alone: the name's own steps read it
    cells: list[Cell] = []
    for group, (_, start, piece) in zip(groups, pieces, strict=True):
        # a cell already gone on over lines below the row's is read as it stands, not from the row's line
        text = group[0].text if len(group) == 1 and "\n" in group[0].text else _text(group, above)
        cell = _going_on(cut, group, text, start, piece, len(pieces) > 1)
        if cell is None:
            return False
        cells.append(cell)
    row.cells = [c for c in row.cells if c not in mine] + own
    for group, cell in zip(groups, cells, strict=True):
        k = row.cells.index(group[0])
        row.cells[k : k + len(group)] = [cell]
    row.cells.sort(key=lambda c: c.start)
    if row in cut.rejected and _unnamed(cut, row.first("body")) is None:  # the next column's cell out of the name
        cut.rejected.remove(row)
        row.reason = None
        cut.rows.append(row)
    cut.end = cut.aligned_end = line.end
    cut.open = cut.named_open = False
    return True


_WIDE = re.compile(r" {3,}(?=\S)")  # a gap inside a name cell wider than a justified line's


def _set_apart(cell: Cell, above: Line) -> list[Cell]:
    """A name cell of a row's line cut where a wide gap parts it: the next column's cell that the
    row's reading took into the name ("Ausschuss für           Vor-" -> "Ausschuss für", "Vor-")."""
    if cell.kind != "body" or "\n" in cell.text:
        return [cell]
    cuts = [0, *(m.end() for m in _WIDE.finditer(cell.text))]
    if len(cuts) == 1:
        return [cell]
    out = []
    for a, b in zip(cuts, [*cuts[1:], len(cell.text)], strict=True):
        text = cell.text[a:b].rstrip()
        out.append(
            Cell(
                cell.start + a,
                cell.start + a + len(text),
                text,
                cell.column if a == 0 else -1,
                "body" if a == 0 else "other",
            )
        )
    return out


def _text(group: list[Cell], above: Line) -> str:
    """A group's text on its line, up to the end of its last word ("Kenntnis-", where the role word
    read is "Kenntnis")."""
    a, b = group[0].start - above.start, group[-1].end - above.start
    m = re.match(r"\S*", above.text[b:])
    return above.text[a : b + (m.end() if m else 0)]


def _pieces(line: Line, starts: dict[int, int]) -> list[tuple[int, int, str]] | None:
    """A line cut where its words stand at the given columns: (index of the cell above, start,
    text); None where the first word stands under no cell or a wide gap parts words of one piece."""
    out: list[tuple[int, int, str]] = []
    for m in re.finditer(r"\S+", line.text):
        k = starts.get(m.start())
        if k is not None and (not out or k > out[-1][0]):
            out.append((k, line.start + m.start(), m.group()))
        elif not out or line.text[m.start() - 2 : m.start()] == "  ":
            return None
        else:
            k, start, text = out[-1]
            out[-1] = (k, start, line.text[start - line.start : m.end()])
    return out


def _group(own: list[Cell], above: Line, k: int) -> list[Cell]:
    """The cells of a row's line from its k-th on, up to the next name, date or wide gap: one
    cell of the table ("Beratung und Beschluss-" typed as a role, a link word and a cut word)."""
    group = [own[k]]
    for c in own[k + 1 :]:
        gap = above.text[group[-1].end - above.start : c.start - above.start]
        if c.kind in ("body", "date") or group[0].kind in ("body", "date") or "  " in gap:
            break
        group.append(c)
    return group


def _going_on(cut: _Cut, group: list[Cell], text: str, start: int, piece: str, beside: bool = False) -> Cell | None:
    """The cell of a group (its text ``text``) with the piece below it at ``start``, where the piece
    goes on with it: a name's next line as it stands; another column's cell only where the two read
    as one role or result ("Vor-" / "beratung", "Kenntnis-" / "nahme"); None else."""
    first, end = group[0], start + len(piece)
    free = 0 <= first.column < len(cut.columns) and cut.columns[first.column] in _FREE_COLUMNS
    if beside and first.kind != "body" and free:
        # a column of results or remarks holds words of any kind: its cell's next line, beside the next line of
        # another cell, goes on with it ("Zustimmung mit" / "Hinweisen (Anl. 3)", "verschoben auf" / "die Sitzung am")
        return Cell(first.start, end, text + "\n" + piece, first.column, first.kind, first.value)
    if not _goes_on(text, piece):
        return None
    if first.kind == "body":
        return Cell(first.start, end, first.text + "\n" + piece, first.column, "body")
    whole = _unbroken(text + "\n" + piece)
    found = [c for c in typed(whole, cut.words.tokens) if c.kind != "empty"]
    if (role := _role(found)) is not None:
        return Cell(first.start, end, whole, first.column, "role", role)
    if len(found) == 1 and found[0].kind == "result" and found[0].text == whole:
        return Cell(first.start, end, whole, first.column, "result", found[0].value)
    return None


def _name_head(cut: _Cut, line: Line, cells: list[Token]) -> Line | None:
    """The first part of a name at the start of a line that goes on with another column's cell
    ("Fachausschuss Bildung, Kultur einstimmig siehe Beschluss aus DS", "Fachausschuss Kindertagesstät-
    Acht Ja-Stimmen"): the text before the first role, result or mark, up to a word cut by a
    hyphen; None where that text is no name's start (no head word, lower case, nothing)."""
    first = next((c for c in cells if c.kind in _FOREIGN), None)
    head = [c for c in cells if first is not None and c.end <= first.start and c.kind == "text"]
    if not head or not head[0].text[:1].isupper() or head[0] is not cells[0]:
        return None
    end = head[-1].end
    if (cut_at := re.search(r"\w-(?=\s)", line.text[: end - line.start])) is not None:
        end = line.start + cut_at.end()
    text = line.text[: end - line.start]
    if cut.last is not None and not cut.words.named(text):
        return None
    return Line(line.start, end, text)


def _joined(line: Line, cells: list[Token], texts: list[Token]) -> Token:
    """The first text cell of a row, with the text cells after it that only status or role words
    part from it: words of one name ("Ausschuss für öffentliche Einrichtungen")."""
    first = last = texts[0]
    for c in cells[cells.index(first) + 1 :]:
        if c.kind == "text" and c in texts:
            last = c
        elif c.kind == "text":
            break  # a code's cell: the next column's
        elif c.kind not in ("public", "role") or c.kind == "public" and len(c.text) <= 2:
            break  # a status mark ("Ö", "N", "nö") is a cell of its own, never a word of a name
    if last is first:
        return first
    a, b = first.start - line.start, last.end - line.start
    return Token(first.start, last.end, line.text[a:b], "text")


def _unnamed(cut: _Cut, body: Cell | None) -> str | None:
    """Why a row's body cell names no body (None when it does): missing, no head word, or words
    of another column in it ("Beratung und Beschlussfas- Rat": a role cell spilled into the name)."""
    if body is None:
        return NO_NAME
    if not cut.words.named(body.text) and len(body.text.split()) > cut.settings.unnamed_words:
        return UNNAMED
    if any(c.kind in _FOREIGN for c in typed(body.text.replace("\n", " "), cut.words.tokens)):
        return FOREIGN
    return None


def _name(cut: _Cut, own: str) -> list[Line]:
    """The lines just above a row that hold the first part of its body name: the name-like
    lines since the last row or blank line (none where the row's own text names a body and the
    line above does not go on).

    "Ausschuss II – Ortsverwal-" / "tung Grötzingen" / "19.09.2016 1" -> both lines."""
    run = cut.run[-cut.settings.name_lines :]
    if run and own and not OPEN_END.search(run[-1].text.rstrip()) and cut.words.named(own):
        return []
    taken: list[Line] = []
    over_columns = False
    for ln in reversed(run):
        text = ln.text.strip()
        if len(text.split()) > cut.settings.name_words or _SENTENCE_END.search(text) or text.endswith(":"):
            break  # a sentence or a label ("Aktenzeichen:"): no name's
        if text[:1].isupper() and cut.words.columns_only(text) and not cut.words.named(text):
            over_columns = True  # a header's column words a tool set between the name and its date
            continue
        if over_columns and not _WORDLIKE.search(text):  # a reference of figures above the header ("61.2-14")
            break
        taken.insert(0, ln)
    if over_columns and _names_in(taken) != 1:
        return []  # a block of names over the column words ("Sozialaus-" / "schuss" / "Hauptaus-" / "schuss")
    cut.over = cut.over or (over_columns and bool(taken))
    while taken and taken[0].text.lstrip()[:1].islower():  # a spilled cell's end, not a name's start
        taken.pop(0)
    if len(taken) > 1 and _figures_only(cut, taken[0].text) and cut.words.named(" ".join(ln.text for ln in taken[1:])):
        taken.pop(0)  # the row's number above its name ("1" / "Schulausschuss")
    return taken


def _names_in(lines: list[Line]) -> int:
    """How many names start among ``lines``: the first line (a name's rest in lower case counts as
    one), and each line opening with a capital after a line that does not go on."""
    return sum(
        1
        for k, ln in enumerate(lines)
        if k == 0 or (ln.text.strip()[:1].isupper() and not OPEN_END.search(lines[k - 1].text.rstrip()))
    )


def _figures_only(cut: _Cut, text: str) -> bool:
    """Whether a line holds numbers only ("1", "TOP 3"): a row's number or agenda item, no name."""
    kinds = {c.kind for c in typed(text.strip(), cut.words.tokens) if c.kind != "empty"}
    return bool(kinds) and kinds <= {"num", "top"}


_COUNTS = re.compile(r"[\d/:]+")  # a vote's figures and what parts them ("6 / 0 / 1", "12 : 1")


def _words(text: str) -> int:
    """The words of a line, a vote's figures aside: "– Anhörung, öffentlich –   6 / 0 / 1" is no sentence."""
    return sum(1 for w in text.split() if not _COUNTS.fullmatch(w))


def _opens_cell(cut: _Cut, text: str) -> bool:
    """Whether a line without a date opens with a role, status or result word and names no body:
    the wrapped cell of another column ("Beratung und Beschlussfas-"), not a name's part."""
    words = cut.words.tokens
    starts = any(p.match(text) for _, p in [*words.roles, *words.public, *words.results])
    return starts and not cut.words.named(text)


_SHORT_FORM = re.compile(r"\([A-ZÄÖÜ][\w./-]{0,11}\)")  # a body's short form in brackets: "(SIS)", "(StVV)"


def _short_form(row: Row, text: str, cells: list[Token]) -> bool:
    """Whether a line under a row holds nothing but a short form in brackets and the row's name none
    yet: the name's rest, wrapped under it ("Ausschuss für Soziales, Integration und Sport" / "(SIS)")."""
    body = row.first("body")
    return (
        body is not None
        and "(" not in body.text
        and len(cells) == 1
        and cells[0].kind == "text"
        and _SHORT_FORM.fullmatch(text) is not None
    )


def _linked_rest(lead: Token) -> Token | None:
    """A name's rest after a link word at the start of a line: "und Umwelt", "und Umwelt 119/2017"
    (a number or the lower-case end of another column's cell after it); not "und Bebauungsplan Nr. 0603"
    (a title)."""
    m = _LINKED_ON.match(lead.text)
    if m is None or lead.text[m.end() :].lstrip()[:1].isupper():
        return None
    return Token(lead.start, lead.start + m.end(), lead.text[: m.end()], "text")


def _name_goes_on(cut: _Cut, row: Row, lead: Token, whole: bool) -> None:
    """The text at the start of a line below a row whose name ended open: the rest of the name
    ("Fachausschuss Schule, Jugend," 12.03.2023 / "Soziales und Kultur"); after a hyphen a lower-case
    first word, and the words after it only where they read as a name's ("Wirtschaftsförde-" /
    "rung, Marketing und Feuerschutz", not "Kindertagesstät-" / "ten schlussvorlage")."""
    k, body = next((k, c) for k, c in enumerate(row.cells) if c.kind == "body")
    text = lead.text
    if body.text.endswith("-") and text[:1].islower() and _role_rest(cut, row, k, lead):
        return
    if body.text.endswith("-") and text[:1].islower() and not all(_NAME_WORD.match(w) for w in text.split()[1:]):
        text = text.split()[0]
    row.cells[k] = Cell(body.start, lead.start + len(text), body.text + "\n" + text, body.column, "body")
    cut.named_open = whole and text == lead.text and OPEN_END.search(text) is not None
    cut.end = lead.end


def _role_rest(cut: _Cut, row: Row, k: int, lead: Token) -> bool:
    """A role or result cell hyphenated after the name on the row's line, its rest below:
    "Ausschuss für Soziales und Integration Vorbera-" / "tung" gives the name and the role
    "Vorberatung"; False where the joined word is no such cell."""
    body = row.cells[k]
    m = re.search(r"(\S+)-$", body.text)
    if m is None or m.start() == 0:
        return False
    first = lead.text.split()[0]
    word = m.group(1) + first
    found = [c for c in typed(word, cut.words.tokens, 0) if c.kind != "empty"]
    if len(found) != 1 or found[0].kind not in ("role", "result") or found[0].text != word:
        return False
    name = body.text[: m.start()].rstrip()
    row.cells[k] = Cell(body.start, body.start + len(name), name, body.column, "body")
    end = lead.start + len(first)
    row.cells.append(Cell(body.start + m.start(), end, word, -1, _TOKEN_KIND[found[0].kind], found[0].value, True))
    cut.named_open, cut.end = False, lead.end
    return True


_CUT_WORD = re.compile(r"(?:^|(?<=\s))([A-ZÄÖÜ][a-zäöüß]+)-\s*$")  # a noun's first part at a line's end: "Vor-"
_CUT_STATUS = re.compile(r"(?:^|(?<=\s))([a-zäöüß]+)-\s*$")  # a status word's first part: "öf-" / "fentlich"


def _role_lead(cut: _Cut, lead: str) -> bool:
    """Whether the words of a cell before its cut word are a role cell's first words, or none
    ("Beratung und Beschluss-"; not a result's "deutliche mehrheitliche Empfeh-")."""
    found = [c for c in typed(lead, cut.words.tokens, 0) if c.kind != "empty"]
    return not found or (
        found[0].kind == "role" and all(c.kind == "role" or _ROLE_JOINER.fullmatch(c.text) for c in found)
    )


def _cut_rest(cut: _Cut, line: Line, cells: list[Token]) -> bool:
    """A role or result word cut by a hyphen at the end of the line above, its rest the first word of
    this line, blank lines between as pdfminer.six sets them: "Hauptausschuss 08.06.2020 Vor-" / "" /
    "beratung", or a role set below the rows "Beratung und Beschluss-" / "fassung"; or a status word
    so cut ("Stadtrat  Mo  03.04.2025  Entscheidung  öf-" / "fentlich"); the word's cells
    of the line above become the joined word ("Vorberatung", "Beschlussfassung") in the last row, and
    the line's other cells spill to it. False where the words join to no such word, or where the cut
    word is the row's name or date (a name's first part: "Wirtschaftsförde-" / "rung")."""
    above, row = cut.prev, cut.last
    m = None if above is None or row is None else _CUT_WORD.search(above.text) or _CUT_STATUS.search(above.text)
    if m is None or row is None or above is None or not cells or not line.text.lstrip()[:1].islower():
        return False
    first = cells[0].text.split()[0]
    word = m.group(1) + first
    found = [c for c in typed(word, cut.words.tokens, 0) if c.kind != "empty"]
    kinds = ("role", "result") if m.re is _CUT_WORD else ("public",)  # a status's word opens lower-case: "öf-"
    if len(found) != 1 or found[0].kind not in kinds or found[0].text != word:
        return False
    at = above.start + m.start()
    cut_cells = [c for c in row.cells if above.start <= c.end and c.start < above.end and c.end > at]
    alone = not cut_cells and cut.run[-1:] == [above] and not above.text[: m.start()].strip()
    if alone:  # the word's first part alone on its line, taken for a name's first line ("Vor-")
        cut.run.pop()
    elif not cut_cells or any(c.kind in ("body", "date") for c in cut_cells):
        return False
    elif not _role_lead(cut, above.text[min(c.start for c in cut_cells) - above.start : m.start()]):
        return False
    kept = [c for c in row.cells if c not in cut_cells]
    lead = [
        replace(c, end=at, text=above.text[c.start - above.start : m.start()].rstrip())
        for c in cut_cells
        if c.start < at
    ]
    kind, spilled = _TOKEN_KIND[found[0].kind], alone or cut_cells[0].spilled
    joined = Cell(at, cells[0].start + len(first), word, _col(cut, kind), kind, found[0].value, spilled)
    row.cells[:] = [*kept, *(c for c in lead if c.text), joined]
    _spill(row, line, [c for c in cells if c.start >= joined.end] if cells[0].text != first else cells[1:])
    cut.end, cut.open, cut.named_open, cut.run = line.end, False, False, []
    return True


def _spill(row: Row, line: Line, cells: list[Token]) -> None:
    """The cells of a line below a row that belong to it: marks, statuses, roles, results, and
    the text of a cell that goes on ("Zustimmung vorbehaltlich der Ver-" / "ringerung ...")."""
    for c in cells:
        if c.kind == "empty":
            continue
        kind = _TOKEN_KIND.get(c.kind, "result")
        row.cells.append(Cell(c.start, c.end, c.text, -1, kind, c.value, spilled=True))


def _col(cut: _Cut, kind: str) -> int:
    """The header's column of a kind (the status kinds share the header's ö/nö columns), -1 when
    the header has none."""
    names = {"status": ("public",), "mark": ("public",), "result": ("other", "result")}.get(kind, (kind,))
    return next((j for j, k in enumerate(cut.columns) if k in names), -1)


def rows(found: Sequence[Table]) -> Iterator[Row]:
    """The kept rows of tables, in document order."""
    for t in found:
        yield from t.rows
