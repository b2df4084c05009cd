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
  vorbehaltlich der Ver-" / "ringerung ..."); a page's furniture between rows is stepped over.

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
from dataclasses import dataclass, field
from typing import Any

from .lines import Line
from .tokens import Cell as Token
from .tokens import TokenVocab, row_cells, typed

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


SETTINGS = TableSettings()


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


# a line that goes on in the next one: a hyphen, a comma, a link word at its end
OPEN_END = re.compile(
    r"(?:\w-|[,&/(]|\b(?:und|oder|für|der|des|den|dem|die|von|vom|im|in|zur|zum|mit|bzw\.|sowie|an|auf|über|zu"
    r"|um|durch|eines|einer|bei))\s*$"
)
_SENTENCE_END = re.compile(r"[.!?]\s*$")
_CELLS = frozenset({"mark", "public", "result", "role"})  # a line with one of these spills from the row above
_QUIET = frozenset({"num", "top", "empty"})
# a line that opens with a link word and a noun goes on with a name ("und Umwelt"), not with a spilled cell
_LINKED_ON = re.compile(r"(?:und|für|der|des|sowie)\s+[A-ZÄÖÜ]")
_TOKEN_KIND = {"public": "status", "num": "top", "top": "top", "mark": "mark", "role": "role", "result": "result"}


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


def tables(every: Sequence[Line], words: ColumnWords, skip: frozenset[int] = frozenset()) -> list[Table]:
    """The tables of a document's lines (``skip``: indices of page furniture to step over)."""
    found: list[Table] = []
    for i, line in enumerate(every):
        if i in skip or (found and line.start < found[-1].end):
            continue
        hdr = words.header(line.text)
        if hdr is None or "date" not in hdr[0] or "body" not in hdr[0]:
            continue
        after = [ln for k, ln in enumerate(every[i + 1 :], i + 1) if k not in skip][: SETTINGS.max_lines]
        rest = line.text[hdr[1] :]
        if rest.strip():  # a row on the header's line
            after = [Line(line.start + hdr[1], line.end, rest), *after]
        table = dated(hdr[0], after, words, line.start)
        if table.rows:
            found.append(table)
    return found


def dated(columns: tuple[str | None, ...], after: list[Line], words: ColumnWords, start: int) -> Table:
    """The rows of the lines after a header, each anchored on the line that holds its date."""
    cut = _Cut(columns, words, SETTINGS, end=start)
    for line in after:
        if not _step(cut, line):
            break
    return Table(start, cut.end, "dated", columns, cut.rows, cut.rejected)


def _step(cut: _Cut, line: Line) -> bool:
    """Read one line into the cutter's state; False where the table ends.

    A blank line ends a wrapped name and a spilled cell; a section heading or a new header ends
    the table; a line with a date is a row; marks, results and roles belong to the row above; a
    lower-case line or one after an open end goes on with the cell above; other text lines may
    be a name wrapped above the next row, until too many of them make prose."""
    if not line.text.strip():
        cut.run, cut.open, cut.named_open = [], False, False
        return True
    if any(p.match(line.text) for p in cut.words.stops) or cut.words.header(line.text) is not None:
        return False
    if cut.last is None and not cut.run and cut.words.columns_only(line.text):
        return True  # the header's words wrapped onto the next line ("Gremium Termin TOP" / "ö nö" / "Ergebnis")
    mode, cells = row_cells(line, cut.words.tokens)
    if any(c.kind == "date" for c in cells):
        return _row(cut, line, mode, cells)
    kinds = {c.kind for c in cells}
    text = line.text.strip()
    if cut.last is not None and cut.named_open and kinds == {"text"} and len(text.split()) <= cut.settings.name_words:
        _name_goes_on(cut, cut.last, line)
        return True
    if cut.last is not None and len(text.split()) > cut.settings.cell_words:
        return False  # a sentence after the table: a spilled cell of a narrow column is shorter
    near = cut.end == cut.last_row_end
    if near and cut.last is not None and kinds == {"text"} and _LINKED_ON.match(text) and cut.last.first("body"):
        cut.named_open = True  # "Fachausschuss Klimaschutz, Bau" / "12.11.2024 ..." / "und Umwelt"
        _name_goes_on(cut, cut.last, line)
        return True
    spilled = kinds & _CELLS or kinds <= _QUIET or cut.open or text[:1].islower() or _opens_cell(cut, text)
    if cut.last is not None and spilled:
        _spill(cut.last, line, cells)
        cut.open, cut.named_open, cut.end = bool(OPEN_END.search(text)), False, line.end
        cut.run = []
        return True
    if _opens_cell(cut, text):
        cut.run = []
        return True
    if kinds & _CELLS:  # a name's first part beside another column's cell, above the first row
        first = next(c for c in cells if c.kind in _CELLS)
        head = [c for c in cells if c.end <= first.start and c.kind == "text"]
        if not head:
            return True
        line = Line(line.start, head[-1].end, line.text[: head[-1].end - line.start])
        text = line.text.strip()
    cut.loose += 1
    if (len(text.split()) > cut.settings.prose_words and _SENTENCE_END.search(text)) or (
        cut.loose > cut.settings.loose_lines
    ):
        return False
    cut.run.append(line)
    return True


def _row(cut: _Cut, line: Line, mode: str, cells: list[Token]) -> bool:
    """A row from the line with its date: the name before the date (or after it, where the
    header puts the bodies after the dates), wrapped name lines above it, the other cells by
    their types.

    "Hauptausschuss 14.06.2016 9 x vorberaten" -> body, date, top, mark, result."""
    date = next(c for c in cells if c.kind == "date")
    body_first = cut.columns.index("body") < cut.columns.index("date")
    texts = [c for c in cells if c.kind == "text" and (c.end <= date.start) == body_first]
    own = texts[0] if texts else None
    name = _name(cut, own.text if own is not None else "")
    out: list[Cell] = []
    if name or own is not None:
        pieces = [*((ln.start, ln.end, ln.text.strip()) for ln in name)]
        if own is not None:
            pieces.append((own.start, own.end, own.text))
        out.append(Cell(pieces[0][0], pieces[-1][1], "\n".join(p[2] for p in pieces), _col(cut, "body"), "body"))
    for c in cells:
        if c is own or c.kind == "empty":
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
    cut.open = OPEN_END.search(line.text.rstrip()) is not None and (body is None or body.end < line.end - 1)
    cut.named_open = body is not None and not cut.open and OPEN_END.search(body.text) is not None
    return True


def _unnamed(cut: _Cut, body: Cell | None) -> str | None:
    """Why a row's body cell names no body (None when it does): missing, no head word, or words
    of another column in it ("Beratung und Beschlussfas- Rat": a role cell spilled into the name)."""
    if body is None:
        return "kein Gremium"
    if not cut.words.named(body.text):
        return "kein Gremium im Namen"
    if any(c.kind in _CELLS for c in typed(body.text.replace("\n", " "), cut.words.tokens)):
        return "Zelle einer anderen Spalte im Namen"
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
    for ln in reversed(run):
        text = ln.text.strip()
        if len(text.split()) > cut.settings.name_words or _SENTENCE_END.search(text):
            break
        taken.insert(0, ln)
    while taken and taken[0].text.lstrip()[:1].islower():  # a spilled cell's end, not a name's start
        taken.pop(0)
    return taken


def _opens_cell(cut: _Cut, text: str) -> bool:
    """Whether a line without a date opens with a role, status or result word and names no body:
    the wrapped cell of another column ("Beratung und Beschlussfas-"), not a name's part."""
    words = cut.words.tokens
    starts = any(p.match(text) for _, p in [*words.roles, *words.public, *words.results])
    return starts and not cut.words.named(text)


def _name_goes_on(cut: _Cut, row: Row, line: Line) -> None:
    """A line below a row whose name ended open: the rest of the name ("Fachausschuss Schule,
    Jugend," 12.03.2023 / "Soziales und Kultur"); after a hyphen only its first word when it
    starts in lower case ("Kindertagesstät-" / "ten schlussvorlage": the rest is another cell)."""
    k, body = next((k, c) for k, c in enumerate(row.cells) if c.kind == "body")
    text = line.text.strip()
    if body.text.endswith("-") and text[:1].islower():
        text = text.split()[0]
    start = line.start + line.text.index(text)
    row.cells[k] = Cell(body.start, start + len(text), body.text + "\n" + text, body.column, "body")
    cut.named_open, cut.end = OPEN_END.search(line.text.strip()) is not None and text == line.text.strip(), line.end


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
