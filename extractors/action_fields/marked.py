"""Fields tiled in cells each opened by one bullet glyph, two or more a row: the ``list`` family's
marked tiles.

"■ Bildung      ■ Gesundheit und Pflege" / "■ Arbeit   ■ Wohnen": the cells of a row open with
the same glyph; an export tool sets them one space apart ("■ Bildung ■ Gesundheit und Pflege"),
sometimes with blank lines between the rows. Dashes and stars set no cells apart (they stand
inside names).

A name may wrap inside its column. Where the text keeps the columns (runs of spaces between the
cells), a piece without a glyph goes on with the cell above at its column. Where an export
joined the gaps into single spaces, a line without a glyph goes on with the cell of the row above
whose name breaks off (a function word, a hyphen, a lower-case adjective at its end), the last
such cell when several do; and a row with fewer glyphs than the rows above, under a cell that
breaks off in a column the row leaves empty, holds that cell's rest after its own last function
word: "▪ Schutz vor" over "▪ Arbeit für den Diskriminierung" / "Hafen" reads "Schutz vor
Diskriminierung" and "Arbeit für den Hafen" (a name does not end in an article or a preposition).
"""

from __future__ import annotations

import re

from extractors.base import clean_label
from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import DEFINITE_ARTICLES, alternation

from .text import WRAP_END, Candidate, FieldText, is_sentence
from .vocab import is_structure

_MOST_WORDS = 8  # words of a field's name
_MOST_FIELDS = 20
# a bullet glyph that opens a tiled cell: no dash or star, which stand inside names and sums
_GLYPHS = markers.charset(markers.without(markers.ITEM_MARKS, markers.DASHES, markers.STAR))
_GLYPH_OPENS = re.compile(r"[ \t]*(" + _GLYPHS + r")[ \t]+")
# a piece of a line: a tab, or two or more spaces, apart from the next
_PIECE = re.compile(r"[^\t ]+(?: [^\t ]+)*")
_WORD = re.compile(r"\S+")


class _Cell:
    """A cell: the column its text starts at in its line, and the (start, end) of its parts."""

    def __init__(self, column: int, start: int, end: int) -> None:
        self.column, self.parts = column, [(start, end)]

    def name(self, ft: FieldText) -> str:
        return " ".join(ft.text[a:b] for a, b in self.parts)

    def breaks_off(self, ft: FieldText) -> bool:
        """Whether the name ends in a word that cannot end one (a function word, a hyphen)."""
        return WRAP_END.search(self.name(ft).rstrip()) is not None

    def goes_on(self, ft: FieldText, start: int) -> bool:
        """Whether the text at ``start`` may go on with the name."""
        last = self.name(ft).split()[-1]
        return ft.text[start].islower() or self.breaks_off(ft) or last[:1].islower()


def _split(ft: FieldText, line_start: int, text: str, mark: str, offset: int) -> list[_Cell]:
    """The cells of ``text`` (standing at ``offset`` in a line starting at ``line_start``) that each
    open with ``mark``, apart at single spaces."""
    opens = _GLYPH_OPENS.match(text)
    assert opens is not None
    cells, at = [], opens.end()
    for apart in re.finditer(r"[ \t]+" + re.escape(mark) + r"[ \t]+", text[opens.end() :]):
        end = opens.end() + apart.start()
        cells.append(_Cell(offset + at, line_start + offset + at, line_start + offset + end))
        at = opens.end() + apart.end()
    return [*cells, _Cell(offset + at, line_start + offset + at, line_start + offset + len(text))]


def _nearest(cells: list[_Cell], column: int) -> _Cell | None:
    return min(cells, key=lambda c: abs(c.column - column)) if cells else None


def _tail_apart(ft: FieldText, cell: _Cell) -> tuple[int, int] | None:
    """The words of ``cell`` after its last function word followed by a capitalised word: the rest
    of another cell's name that an export set on this row; the cell keeps the words up to it."""
    start, end = cell.parts[-1]
    words = list(_WORD.finditer(ft.text, start, end))
    for left, right in zip(reversed(words[:-1]), reversed(words[1:]), strict=True):
        if WRAP_END.fullmatch(left.group()) and right.group()[:1].isupper():
            cell.parts[-1] = (start, left.end())
            return right.start(), end
    return None


class _Tiles:
    """The cells read so far: every cell in order, the latest cell of each column, the last row."""

    def __init__(self, mark: str, spaced: bool) -> None:
        self.mark, self.spaced = mark, spaced
        self.cells: list[_Cell] = []
        self.columns: list[_Cell] = []  # the latest cell at each column (spaced rows)
        self.row: list[_Cell] = []  # the cells of the last row with glyphs
        self.width = 0  # the most cells a row holds

    def add(self, cells: list[_Cell]) -> None:
        for cell in cells:
            self.cells.append(cell)
            near = _nearest(self.columns, cell.column)
            if near is not None and abs(near.column - cell.column) <= 2:
                self.columns[self.columns.index(near)] = cell
            else:
                self.columns.append(cell)

    def broken(self, ft: FieldText) -> bool:
        """Whether a cell of the last row breaks off."""
        return any(c.breaks_off(ft) for c in self.row)

    def opens(self, ft: FieldText, k: int) -> bool:
        """Whether line ``k`` opens with the glyph."""
        opens = _GLYPH_OPENS.match(ft.rows[k].text)
        return opens is not None and opens.group(1) == self.mark

    def marked_row(self, ft: FieldText, k: int) -> bool:
        """Read line ``k`` opening with the glyph; False when a piece of it goes on with no cell."""
        line = ft.rows[k]
        pieces = [(m.start(), m.group()) for m in _PIECE.finditer(line.text)] if self.spaced else [(0, line.text)]
        row: list[_Cell] = []
        for offset, text in pieces:
            opens = _GLYPH_OPENS.match(text)
            if opens and opens.group(1) == self.mark:
                row += _split(ft, line.start, text, self.mark, offset)
            elif not self._goes_on(ft, line.start + offset, line.start + offset + len(text), offset):
                return False
        if not self.spaced and len(row) < self.width:
            broken = [c for c in self.row[len(row) :] if c.breaks_off(ft)]
            if broken:
                tail = _tail_apart(ft, row[-1])
                if tail is None:
                    return False
                broken[-1].parts.append(tail)
        self.add(row)
        self.row, self.width = row, max(self.width, len(row))
        return True

    def _goes_on(self, ft: FieldText, start: int, end: int, column: int) -> bool:
        """Append ``text[start:end]`` (a line's rest or, spaced, its piece at ``column``) to the cell it
        goes on with; False when there is none."""
        if self.spaced:
            owner = _nearest(self.columns, column)
        else:
            may = [c for c in self.row if c.goes_on(ft, start)]
            pool = [c for c in may if c.breaks_off(ft)] or may
            owner = pool[-1] if pool else None
        if owner is None or not owner.goes_on(ft, start):
            return False
        owner.parts.append((start, end))
        return True

    def flowing(self, ft: FieldText, k: int) -> bool:
        """Read line ``k`` as tiles that run on like text: the line opens with the rest of the last
        cell above, which breaks off ("■ Kita und" / "Grundschule   ■ Wohnen"), and a glyph
        opens the cells after it; False when the line is no such row."""
        line = ft.rows[k]
        glyph = re.search(r"[ \t]" + re.escape(self.mark) + r"[ \t]", line.text)
        if not self.row or glyph is None or not self.row[-1].breaks_off(ft):
            return False
        head = line.text[: glyph.start()].rstrip()
        if not head.strip() or re.search(r"(?:\t|  )\S", head.strip()):
            return False  # nothing before the glyph, or two pieces there
        lead = len(head) - len(head.lstrip())
        self.row[-1].parts.append((line.start + lead, line.start + len(head)))
        offset = glyph.start() + 1
        row = _split(ft, line.start, line.text[offset:], self.mark, offset)
        self.add(row)
        self.row, self.width = row, max(self.width, len(row))
        return True

    def going_on(self, ft: FieldText, k: int) -> bool:
        """Read line ``k`` without a glyph as the rest of cells above; False when it is none."""
        line = ft.rows[k]
        pieces = list(_PIECE.finditer(line.text))
        if not self.spaced:
            return self._goes_on(ft, line.start + pieces[0].start(), line.start + pieces[-1].end(), 0)
        return all(self._goes_on(ft, line.start + m.start(), line.start + m.end(), m.start()) for m in pieces)


def _a_name(label: str, ft: FieldText) -> bool:
    """Whether a cell's label is a field's name: no sentence, no structure word, at most a few words."""
    return (
        bool(label)
        and len(label.split()) <= _MOST_WORDS
        and not is_sentence(label, ft.vocab)
        and not is_structure(label, ft.vocab)
    )


# the end of a name whose rest was not found: an article, a hyphen, a comma
_UNFINISHED = re.compile(r"(?:[-,]|\b(?:" + alternation(*DEFINITE_ARTICLES) + r"))$")


def _tiled(ft: FieldText, first: int, mark: str) -> bool:
    """Whether a row of the block of glyph rows from line ``first`` holds two cells."""
    k: int | None = first
    while k is not None and (k := ft.next_filled(k, 3)) is not None and k < first + 2 * _MOST_FIELDS:
        opens = _GLYPH_OPENS.match(ft.rows[k].text)
        if (
            opens
            and opens.group(1) == mark
            and re.search(r"[ \t]" + re.escape(mark) + r"[ \t]", ft.rows[k].text[opens.end() :])
        ):
            return True
        k += 1
    return False


def _spaced(ft: FieldText, first: int, mark: str) -> bool:
    """Whether the rows of glyphs from line ``first`` keep their columns: a row holds two cells a
    run of spaces or a tab apart."""
    k = first
    while k < len(ft.rows) and k < first + 2 * _MOST_FIELDS:
        if not ft.blank(k):
            opens = _GLYPH_OPENS.match(ft.rows[k].text)
            if opens and opens.group(1) == mark and re.search(r"(?:\t|  )[ \t]*" + re.escape(mark), ft.rows[k].text):
                return True
        k += 1
    return False


def marked_cells(ft: FieldText, first: int) -> list[Candidate] | None:
    """The fields of a tiled list of cells each opened by one bullet glyph from line ``first``:
    rows of such cells, two blank lines between two rows at most, names wrapped inside their
    column; at least three cells, every one a whole name (no sentence, at most eight words, none
    ending in an article or a hyphen); else nothing (no other reader reads them either); None
    when no row from line ``first`` holds two cells."""
    opens = _GLYPH_OPENS.match(ft.rows[first].text) if first < len(ft.rows) else None
    if not opens or not _tiled(ft, first, opens.group(1)):
        return None
    tiles = _Tiles(opens.group(1), _spaced(ft, first, opens.group(1)))
    k = first
    while k < len(ft.rows) and len(tiles.cells) <= _MOST_FIELDS:
        after = ft.next_filled(k, 3)  # blank lines an export set between the rows
        if after is None or (after > k and not tiles.opens(ft, after) and not tiles.broken(ft)):
            break  # after a blank line, only a name that breaks off goes on
        k = after
        if tiles.opens(ft, k):
            if not tiles.marked_row(ft, k):
                return []  # a piece whose cell is not known
        elif not tiles.flowing(ft, k) and not tiles.going_on(ft, k):
            break
        k += 1
    found = []
    for cell in tiles.cells:
        label = clean_label(cell.name(ft))
        if not _a_name(label, ft) or _UNFINISHED.search(label):
            return []  # a sentence, a heading, or a name whose rest was not found
        found.append(Candidate(cell.parts[0][0], cell.parts[-1][1], label, "list"))
    return sorted(found) if len(found) >= 3 else []
