"""Action fields in tables: the ``table`` family.

A header row holds the field noun in one of its cells, in any position, beside other column
headers ("Nr. | Handlungsfeld | Ziel | Maßnahme", "Ziele\tHandlungsfelder\tZuständigkeit",
"Themenfeld  Maßnahmen  Zeitraum"; beside the strong noun a weak one heads another column:
"Handlungsfeld | Schwerpunkt"; a head that gives each row a field, "Patenschaft für das Handlungsfeld",
maybe wrapped before the noun); the labels are the cells of that column in the rows
below, each distinct label once (a field is often repeated on every row of its measures, or
left empty below its first row). Cells are cut at tabs, at gaps of two or more spaces, or at
the pipes of a text table. A key-value row "Handlungsfeld\tBildung" names its field directly.

A row whose cells do not line up with the header is a line of wrapped cells (a PDF drops the
empty ones, so their columns cannot be told by position): when the field column is the first
and the field's name so far cannot end there (it ends in "und", "der", "-", or an adjective
such as "Bürgerschaftliches"), the line's first cell goes on with it; when it is not the first,
the piece right under the field's cell, where that cell starts in its line, goes on with it if
the name cannot end there or the piece opens in lower case ("Arbeit und Anerkennung" /
"ausländischer" / "Berufsabschlüsse"), and a name that cannot end there goes on in the cell right
under it also where the line's other cells line up ("Frühe Bildung und" / "Sprachförderung" beside a
goal's sentence); in a table whose rows open with their numbers, a line without one goes on
with the row above, its piece under the field's cell with the name ("Beratung und Begleitung" /
"Neuzugewanderter"); otherwise the line is left out.

As exports give a numbered table: the number column's header run into the noun ("Nr.
Handlungsfeld      Federführung") is two columns; set one cell a line (pdftotext, pypdf), its
rows are found by their numbers one after another (``numbered_cells``); without a number column
(``stacked_cells``) by counting the cells, the header's words a line each giving their number
(pdfminer.six may set the header's last word after the first row's other cells, and pdftotext
and pdfminer.six run a field's cell into the next one on a line: both are put back).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Generator, Iterator

from extractors.base import clean_label
from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import alternation
from pipeline.structure import Line, trimmed
from pipeline.structure.tables import rule_across

from .forms import form
from .ruled_heads import dated_noun, ruled_header
from .text import WRAP_END, Candidate, FieldText, breaks_off, is_sentence, label_extent
from .vocab import Vocabulary, is_structure, known_codes

Cell = tuple[int, int, str]
_PIPE_RULE = re.compile(r"[ \t|:+=-]*")
_DITTO = re.compile(r"[\"„“”'\-–—]+|dto\.?|s\.\s?o\.?|ebd\.?|ditto", re.I)
# a cell of a plan's table or a matrix that only marks ("x" under a year, "●" under a district)
_MARK_GLYPHS = "xX+" + markers.TICKS + markers.BLACK_CIRCLE
# a cell of a matrix that only marks: a glyph, or one capital letter a legend explains ("F" leads, "M" takes part)
MATRIX_MARK = re.compile(markers.charset(_MARK_GLYPHS) + r"|[A-ZÄÖÜ]")
_NAME_WORD = re.compile(r"[^\W\d_]{3}")  # a field's name has a word of three letters
_ADJECTIVE_END = re.compile(r"\w(?:lich|isch|ell|al|iv|ig|är|ar|ös)(?:e|es|er|en|em)$")
_ROW_NUMBER = re.compile(r"\d{1,2}[.)]?")  # a row's number in its own cell
_CONJUNCTION = re.compile(r"(?:und|sowie|oder|bzw\.|&)\s")  # no field's name starts with one
# nor with a preposition in lower case ("auf dem Land"); but a wrapped cell of another column may, where an
# export drops the empty cells of a line, so only a line with all its cells tells
_PREPOSITION = re.compile(r"(?:" + alternation("prepositions", "contractions") + r")\s")
_MOST_GROUPED_LINES = 80  # lines of a table whose rules part groups
_BRACKETED_CELL = re.compile(r"\([^()]*\)")  # a cell wholly in brackets
# the pages of an index entry: "61–70", "9, 21 f.", "57 ff." (no header names its column so)
_PAGES = re.compile(r"\d{1,3}(?:[–-]\d{1,3}| ?ff?\.)(?:, ?\d{1,3}(?:[–-]\d{1,3}| ?ff?\.)?)*")


def cells(line: Line) -> list[Cell]:
    """A line's cells: bar-separated or tab-separated (empty cells kept), else cut at wide gaps
    (the view's :class:`Line` cuts them)."""
    bars = line.bar_cells
    if bars is not None:
        return bars
    if "\t" in line.text:
        return trimmed(line.cells)
    return line.columns


def _header_column(ft: FieldText, row: list[Cell]) -> int | None:
    """The column of the field noun in a header row, if ``row`` is one."""
    vocab = ft.vocab
    strong_at: list[int] = []
    weak_at: list[int] = []
    for k, (_, _, t) in enumerate(row):
        t = t.strip(" *:")
        if not t:
            continue
        abbreviation = vocab.abbreviation.match(t + " ")
        if (
            vocab.noun.fullmatch(t)
            or (abbreviation and abbreviation.end() == len(t))
            or dated_noun(vocab, t)
            or _placed_noun(vocab, t)
            or _assigned_noun(ft, t)
        ):
            strong_at.append(k)
        elif vocab.weak.fullmatch(t):
            weak_at.append(k)
    # one strong noun heads the fields' column, a weak one beside it another ("Handlungsfeld | Schwerpunkt")
    found = strong_at or weak_at
    if len(found) != 1:
        return None
    at, weak = found[0], not strong_at
    others = [t for k, (_, _, t) in enumerate(row) if k != at and t.strip()]
    if not others or any(_PAGES.fullmatch(t.strip()) for t in others):
        return None  # "Handlungsfeld   Maßnahmenblätter  61–70": a line of a two-column index, no header
    headers = sum(bool(vocab.headers.match(t)) for t in others)
    if weak and (headers == 0 or any(vocab.persons.match(t) for t in others)):
        return None  # (a weak noun beside a column of persons heads the members' sectors: "Name | Bereich")
    short = all(len(t.split()) <= 3 for t in others)
    return at if headers or short or ruled_header(ft, row[0][0], others) else None


# the phrase after the noun in a column's head that says where the field stands ("Handlungsfeld im
# Konzeptentwurf", wrapped over two lines: its first line "Handlungsfeld im")
_PLACED = re.compile(r"[ \t]+(?:" + alternation("contractions") + r")(?:[ \t]+[A-ZÄÖÜ][\w-]*)?")


def _assigned_noun(ft: FieldText, t: str) -> bool:
    """Whether a head cell gives each row a field: a noun, the word that assigns and the singular field noun
    ("Patenschaft für das Handlungsfeld"); a head of goals or measures for the field ("Ziele für das
    Handlungsfeld") gives none."""
    words = t.split()
    return (
        len(words) in (3, 4)
        and words[0][:1].isupper()
        and not ft.vocab.blockers.match(words[0])
        and not is_structure(words[0], ft.vocab)
        and form(ft, "assigned_heads").fullmatch(" ".join(words[1:-1])) is not None
        and ft.vocab.singular.fullmatch(words[-1]) is not None
    )


def _placed_noun(vocab: Vocabulary, t: str) -> bool:
    """Whether a head cell is the singular noun and where the field stands ("Handlungsfeld im Konzeptentwurf")."""
    noun = vocab.singular.match(t)
    return noun is not None and _PLACED.fullmatch(t, noun.end()) is not None


def field_tables(ft: FieldText) -> Iterator[Candidate]:
    rows = ft.rows
    seen: set[str] = set()
    yield from numbered_cells(ft, seen)
    yield from numbered_last(ft, seen)
    yield from stacked_cells(ft, seen)
    yield from marked_rows(ft, seen)
    split = split_heads(ft) | assigned_heads(ft)
    with_noun = sorted({ft.row_at(m.start()) for m in ft.nouns} | {ft.row_at(m.start()) for m in ft.weak} | set(split))
    done = 0  # rows before this one belong to a table already read
    for i in with_noun:
        if i < done:
            continue
        row = split.get(i) or _number_apart(ft, cells(rows[i]))
        k = _header_column(ft, row) if len(row) >= 2 else None
        if k is None:
            continue
        plain = not any(ft.vocab.headers.match(t) for _, _, t in row) and not ruled_header(ft, row[0][0], [])
        if len(row) == 2 and plain:
            if k == 0 and not _dative(row[0][2]):  # "Handlungsfeld\tBildung": a key and its value
                yield from _label(ft, [row[1][:2]], seen)
            continue
        done = yield from _column(ft, i, k, len(row), seen)


def _dative(key: str) -> bool:
    """Whether a key cell is the noun in the dative plural ("Handlungsfeldern"): the wrapped end of a
    phrase in a cell above ("Werkstatt-Tische zu den sechs" / "Handlungsfeldern"), no key of a value."""
    return key.strip(" *:").endswith("ern")


def split_heads(ft: FieldText) -> dict[int, list[Cell]]:
    """Header rows whose field noun a narrow column broke at its hyphen ("Nr.  Handlungs-  Leitziel" /
    "     feld"), by row: its cells, the noun's cell joined with its rest right under it on the next line
    (the rest's line then stands between the header and the rows, one cell wide)."""
    found: dict[int, list[Cell]] = {}
    for i, line in enumerate(ft.rows[:-1]):
        if "-  " not in line.text and not line.text.endswith("-"):
            continue
        row = cells(line)
        below = cells(ft.rows[i + 1])
        for n, (a, b, t) in enumerate(row):
            rest = [u for c, _, u in below if abs((c - ft.rows[i + 1].start) - (a - line.start)) <= 1]
            if len(row) < 2 or not t.endswith("-") or len(below) != 1 or not rest or not rest[0][:1].islower():
                continue
            joined = t[:-1] + rest[0]
            if ft.vocab.noun.fullmatch(joined):
                found[i] = [*row[:n], (a, b, joined), *row[n + 1 :]]
    return found


def assigned_heads(ft: FieldText) -> dict[int, list[Cell]]:
    """Header rows whose last cell a narrow column wrapped before the field noun, by row: its cells, that
    cell joined with the noun right under it on the next line, where the head gives each row a field
    ("Patenschaft für das" / "Handlungsfeld": the cells under it name the field each member looks after)."""
    found: dict[int, list[Cell]] = {}
    assigned = form(ft, "assigned_heads")
    for i, line in enumerate(ft.rows[:-1]):
        row = cells(line)
        below = cells(ft.rows[i + 1])
        if len(row) < 2 or len(below) != 1 or not ft.vocab.singular.fullmatch(below[0][2].strip(" *:")):
            continue
        a, b, t = row[-1]
        if abs((below[0][0] - ft.rows[i + 1].start) - (a - line.start)) > 1:
            continue
        words = t.split()
        if len(words) >= 2 and words[0][:1].isupper() and assigned.fullmatch(" ".join(words[1:3])):
            found[i] = [*row[:-1], (a, b, t + " " + below[0][2].strip(" *:"))]
    return found


def _number_apart(ft: FieldText, row: list[Cell]) -> list[Cell]:
    """A header's cells with the number column's word set apart from the field noun or the column
    word it ran into ("Nr. Handlungsfeld      Federführung", "Nr. Leitziel      Handlungsfeld": an
    export that kept one space between them)."""
    out: list[Cell] = []
    for a, b, t in row:
        m = re.fullmatch(r"((?:lfd\.?[ \t]*)?Nr\.?)[ \t]+(\S.*)", t, re.I)
        word = m.group(2).strip(" *:") if m else ""
        if m and (ft.vocab.noun.fullmatch(word) or len(row) > 1 and ft.vocab.headers.fullmatch(word)):
            out += [(a, a + m.end(1), m.group(1)), (a + m.start(2), b, m.group(2))]
        else:
            out.append((a, b, t))
    return out


def _column(ft: FieldText, header: int, k: int, width: int, seen: set[str]) -> Generator[Candidate, None, int]:
    """Labels of column ``k`` in the rows under the header; returns the row after the table."""
    rows = ft.rows
    last: list[tuple[int, int]] | None = None  # the pieces of the label cell being read
    at = -1  # where in its line the label cell being read starts
    loose = 0
    j = header + 1
    heads = cells(rows[header])
    offices = k == 0 and width == 2 and len(heads) == 2 and _office_column(ft, heads[1][2])
    numbered = False  # the row being read opens with its number in a column before the field's
    rules = ruled_groups(ft, header)  # the rules that part the rows into groups, one field a group
    while j < len(rows):
        line = rows[j]
        if not line.text.strip() or _PIPE_RULE.fullmatch(line.text) or drawn_rule(line.text):
            j += 1
            continue
        row = _bar_led(cells(line), line, rows[header])
        if rules and last is not None and (piece := merged_piece(ft, rules, line, row, at, last)) is not None:
            last.append(piece)  # a merged cell's next line within its group
            loose = 0
            j += 1
            continue
        if offices and len(row) == 1 and (last is None or not wraps_on(_joined(ft, last))):
            row = _office_parted(ft, row[0])
        if numbered and last is not None and len(row) == width and not row[0][2] and row[k][2]:
            last.append(row[k][:2])  # a numbered row's next line: its number's cell empty, each cell goes on
            loose = 0
            j += 1
            continue
        if (
            len(row) < width
            and at > 0  # (a cell at a line's start tells no column: an export sets any wrapped cell there)
            and last is not None
            and rows[j - 1].start <= last[-1][0] <= rows[j - 1].end  # the cell's piece on the line above
            and (under := _under(ft, line.start, row, at, last)) is not None
        ):
            last.append(under)  # the label cell wrapped onto the line: its piece stands under it
            loose = 0 if len(row) > 1 else loose + 1
            j += 1
            continue
        if (
            numbered
            and last is not None
            and len(row) < width
            and rows[j - 1].start <= last[-1][0] <= rows[j - 1].end  # right under the name's last piece
            and (under := _unnumbered_piece(line, row, at))
        ):
            last.append(under)  # a numbered row's next line, its empty cells dropped: the piece under the name goes on
            loose = 0
            j += 1
            continue
        if len(row) < 2:  # a line of one cell: a wrapped cell, or the end of the table
            loose += 1
            if len(line.text.strip()) > 60 or loose > 6:  # (a wrapped cell of a far column is indented)
                break
            if k == 0 and last is not None and (wraps_on(_joined(ft, last)) or _unended(ft, line, at, last, offices)):
                last.append((line.start, line.end))
            cut = k == 0 and last is not None and wraps_on(_joined(ft, last))  # a blank line inside a cell
            if ft.blank(j + 1) and not _has_columns(ft, j + 2) and not cut:
                if last is not None and k == 0 and _lost_piece(ft, line, at, last):
                    last = None  # the name went on in a piece that cannot be followed: left out
                break
            j += 1
            continue
        if _header_column(ft, row) is not None:
            break  # the next table
        if (
            k == 0
            and last is not None
            and loose == 0
            and (
                wraps_on(_joined(ft, last))
                or (len(row) >= width or row[0][0] == line.start)
                and _CONJUNCTION.match(row[0][2])
                or len(row) >= width
                and _PREPOSITION.match(row[0][2])
                or _cells_go_on(ft, j, row, last)
            )
        ):
            # a name that cannot end there, or, in a row with all its cells or at the line's start
            # (so that the first is the name's), a cell that cannot start a name ("und Schule"), goes
            # on in the next line
            last.append(row[0][:2])
            j += 1
            continue
        if (
            k > 0
            and last is not None
            and loose == 0
            and len(row) >= width
            and wraps_on(_joined(ft, last))
            and rows[j - 1].start <= last[-1][0] <= rows[j - 1].end
            and abs(row[k][0] - line.start - at) <= 1
        ):
            last.append(row[k][:2])  # a name that cannot end there goes on in the cell right under it
            j += 1
            continue
        if len(row) < width and not (k == 0 and all(MATRIX_MARK.fullmatch(c[2]) for c in row[1:])):
            # cells wrapped onto a line of their own; the empty ones are not there (but a row of marks
            # under years or steps, "Wohnen   x        x", is one with its empty cells dropped)
            j += 1
            continue
        a, b, t = row[k]
        wrapped = last is not None and loose == 0 and t and not any(c[2] for n, c in enumerate(row) if n != k)
        loose = 0
        if wrapped and last is not None:
            last.append((a, b))  # the label cell goes on in the next line, the other cells are empty
        elif t and not _DITTO.fullmatch(t):
            if last is not None:
                yield from _label(ft, last, seen)
            last, at = [(a, b)], a - line.start
            numbered = k > 0 and _ROW_NUMBER.fullmatch(row[0][2]) is not None
        j += 1
    if last is not None and not wraps_on(_joined(ft, last)):
        yield from _label(ft, last, seen)  # (a name that breaks off where the table ends is cut)
    return j


def ruled_groups(ft: FieldText, header: int) -> list[int]:
    """The rows of the rules that part a table's rows into groups, and last the row where the table
    ends, where rules part three groups at least ("+----+----+" or a line of dashes between the rows):
    a field's cell is then merged over the lines of its group, its name wrapped and set on the group's
    middle lines ("Teilhabe und Schutz" / "vor Diskriminierung" beside three measures). Empty where the
    table has fewer such rules (a rule under the header and one over a "Summe" row part no groups)."""
    rules: list[int] = []
    filled = False  # a row of the table's body read
    j = header + 1
    while j < min(len(ft.rows), header + _MOST_GROUPED_LINES):
        text = ft.rows[j].text
        if not text.strip():
            if not (rules and rules[-1] == j - 1) and not (j + 1 < len(ft.rows) and _ruled(ft.rows[j + 1].text)):
                break  # a blank line ends the table unless a rule stands beside it
        elif _ruled(text):
            if filled:
                rules.append(j)
        elif len(cells(ft.rows[j])) < 2 and len(text.strip()) > 60:
            break
        else:
            filled = True
        j += 1
    parting = [k for k in rules if any(ft.rows[n].text.strip() and not _ruled(ft.rows[n].text) for n in range(k, j))]
    return [*rules, j] if len(parting) >= 2 else []


# a line of rules alone, one piece or several apart by blanks ("------   --------", "━━━━━━━━")
RULE_LINE = re.compile(r"[ \t]*[-─━═_]{3,}(?:[ \t]+[-─━═_]{3,})*[ \t]*")


def drawn_rule(text: str) -> bool:
    """Whether a line is a rule drawn with box-drawing signs under a table's columns, one piece a column
    ("──────  ──────  ─────"), as the table model reads a rule across a table."""
    return bool(text.strip()) and all(rule_across(piece) for piece in text.split())


def _ruled(text: str) -> bool:
    """Whether a line is a rule between a table's rows (dashes, joints and bars, no word)."""
    return bool(text.strip()) and _PIPE_RULE.fullmatch(text) is not None and "-" in text


def merged_piece(
    ft: FieldText, rules: list[int], line: Line, row: list[Cell], at: int, last: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The piece of ``line`` in the field's column that goes on with the merged cell read so far: the
    line stands in the table (``rules`` ends with the row where it ends) and in the same group as the
    cell's first piece (no rule between them), and holds a cell where that cell starts in its line."""
    first = ft.row_at(last[0][0])
    here = ft.row_at(line.start)
    if here >= rules[-1] or bisect.bisect_left(rules, first) != bisect.bisect_left(rules, here):
        return None
    return next(((a, b) for a, b, t in row if t and abs(a - line.start - at) <= 1), None)


def _bar_led(row: list[Cell], line: Line, header: Line) -> list[Cell]:
    """A row drawn with bars whose line opens with a bar under a header that does not: the bar
    closes an empty first cell ("| Bildung | tritt …" under "Nr. | Handlungsfeld | Ziel", a PDF
    having dropped the spaces that stood for the cell)."""
    opened = line.text.lstrip()[:1] == "|"
    if not opened or line.bar_cells is None or header.text.lstrip()[:1] == "|":
        return row
    at = line.start + len(line.text) - len(line.text.lstrip())
    return [(at, at, ""), *row]


def _office_parted(ft: FieldText, cell: Cell) -> list[Cell]:
    """A line of one cell in a table of fields and the offices in charge, parted where a row's
    office ran into its field's cell ("Interkulturelle Öffnung der Hauptamt": the field's name
    goes on in the next line); the cell alone where no office's word follows a word that cannot
    end a field's name (:func:`_office_run_in`)."""
    a, b, t = cell
    cut = _office_run_in(ft, t)
    if cut is None:
        return [cell]
    rest = len(t) - len(t[cut:].lstrip())
    return [(a, a + cut, t[:cut]), (a + rest, b, t[rest:])]


def _unended(ft: FieldText, line: Line, at: int, last: list[tuple[int, int]], offices: bool) -> bool:
    """Whether ``line``, a piece in lower case right under a field's cell (:func:`_lost_piece`),
    goes on with the field's name: where the name ends in a lower-case word, as no name does (it
    ends in its noun: "Versorgung entlang" / "der" / "Küste"), or where the other column holds
    the offices in charge, whose names do not go on in lower case ("Sprache und Bildung<TAB>Amt
    für Schulen" / "entlang der"; a goal's sentence does: "Alle Kinder" / "sprechen …")."""
    words = _joined(ft, last).split()
    unended = offices or bool(words) and words[-1].isalpha() and words[-1].islower()
    return unended and _lost_piece(ft, line, at, last)


def _lost_piece(ft: FieldText, line: Line, at: int, last: list[tuple[int, int]]) -> bool:
    """Whether ``line``, where the table ends, is a piece of the label cell above that was not
    joined: it stands where the cell starts, right under its last piece, and opens in lower case
    ("Sprache und Bildung entlang" / "der", the rest after a blank line), while no other cell of
    the label's row breaks off (then the piece may be that cell's: "Wohnen<TAB>Kurse für" / "alle")."""
    text = line.text
    indent = len(text) - len(text.lstrip())
    above = ft.rows[ft.row_at(line.start) - 1]
    others = [t for a, _, t in cells(ft.rows[ft.row_at(last[0][0])]) if a != last[0][0]]
    return (
        abs(indent - at) <= 1
        and text.lstrip()[:1].islower()
        and above.start <= last[-1][0] <= above.end
        and not any(wraps_on(t) for t in others)
    )


def _under(
    ft: FieldText, line_start: int, row: list[Cell], at: int, last: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The piece of a line of wrapped cells that goes on with the label cell above it: a cell that
    starts where the label cell starts in its line, right under the cell's last piece, when the
    name so far cannot end there or the piece opens in lower case ("Arbeit und Anerkennung" /
    "ausländischer" / "Berufsabschlüsse"); a cell there that opens a name of its own is none."""
    for a, b, t in row:
        if abs(a - line_start - at) <= 1 and t:
            return (a, b) if wraps_on(_joined(ft, last)) or t[:1].islower() else None
    return None


def _unnumbered_piece(line: Line, row: list[Cell], at: int) -> tuple[int, int] | None:
    """The piece of a line without a row number that stands where the name's cell starts: in a
    table whose rows are numbered, such a line goes on with the row above ("4  Neu Zugezogene
    kennen …  Beratung und Begleitung" / "   Ansprechpersonen …  Neuzugewanderter")."""
    if not row or _ROW_NUMBER.fullmatch(row[0][2]):
        return None
    return next(((a, b) for a, b, t in row if t and abs(a - line.start - at) <= 1), None)


def _cells_go_on(ft: FieldText, j: int, row: list[Cell], last: list[tuple[int, int]]) -> bool:
    """Whether line ``j`` is the next line of the row above, all its cells wrapped: every cell
    beside the name's stands under a cell of the line above that cannot end there (a hyphen, a link
    word: "Ausbau der alltags-" / "integrierten Sprach-", "Jedes Kind spricht bei" / "Schuleintritt
    …"), two at least, so that its first cell goes on with the name ("Sprache und frühe" /
    "Bildung"); a first cell right of the name's is another column's, the name's cell empty there."""
    above = ft.rows[j - 1]
    if not above.start <= last[-1][0] <= above.end or len(row) < 3:
        return False
    if row[0][0] - ft.rows[j].start > last[-1][0] - above.start + 1:
        return False  # the first cell stands right of the name's: the name's cell is empty there
    tops = {a - above.start: t for a, _, t in cells(above)}
    for a, _, _ in row[1:]:
        top = next((t for at, t in tops.items() if abs(at - (a - ft.rows[j].start)) <= 1), None)
        if top is None or not WRAP_END.search(top.rstrip()):
            return False
    return True


def _has_columns(ft: FieldText, row: int) -> bool:
    k = ft.next_filled(row)
    return k is not None and len(cells(ft.rows[k])) >= 2


def _joined(ft: FieldText, pieces: list[tuple[int, int]]) -> str:
    return "\n".join(ft.text[a:b] for a, b in pieces)


def wraps_on(label: str) -> bool:
    """Whether a field's name goes on in the next line of its cell: it ends in a function word,
    a hyphen or comma, or an adjective ("Bürgerschaftliches", "Interkulturelle Öffnung der"), but not in a
    preposition that closes a phrase ("Deutsch lernen von Anfang an").
    The other cells' wrapped lines start a line as well, so a lower-case start proves nothing."""
    return bool(breaks_off(label.rstrip()) or _ADJECTIVE_END.search(label.rstrip()))


_FOOTNOTE_MARK = re.compile(r"(?<=\w)(?:\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹])$")  # a cell's mark of a footnote under the table
# a field's number in its own cell, before its name ("1 Sprache", "2. Kita und Schule")
_NUMBERED_CELL = re.compile(r"\d{1,2}[.)]?[ \t]+(?=[A-ZÄÖÜ][a-zäöüß])")


def _label(ft: FieldText, pieces: list[tuple[int, int]], seen: set[str]) -> Iterator[Candidate]:
    raw = _joined(ft, pieces)
    if (numbered := _NUMBERED_CELL.match(raw)) is not None:
        pieces = [(pieces[0][0] + numbered.end(), pieces[0][1]), *pieces[1:]]
        raw = raw[numbered.end() :]
    n = label_extent(raw)
    label = clean_label(raw[:n])
    mark = _FOOTNOTE_MARK.search(label)
    if mark and _footnote_denies(ft, mark.group(), pieces[-1][1]):
        return  # "Querschnittsmittel*" over "* … keinem Handlungsfeld zugeordnet."
    label = _FOOTNOTE_MARK.sub("", label)  # "Antidiskriminierung*" over its footnote
    key = label.casefold()
    if _BRACKETED_CELL.fullmatch(label):
        return  # a note in the field's column, no name: "(Fortsetzung)" where the table goes on after a page break
    if not label or key in seen or label[:1].isdigit() or is_sentence(label, ft.vocab) or is_structure(label, ft.vocab):
        return
    if not _NAME_WORD.search(label):  # a code a legend explains ("S", "HF 2"), no field's name
        return
    seen.add(key)
    end = pieces[-1][1] if len(pieces) > 1 else pieces[0][0] + n
    yield Candidate(pieces[0][0], end, label, "table")


_MOST_FOOTNOTE_LINES = 30  # lines between a cell's mark and its footnote under the table
_NEGATION = re.compile(r"\b(?:" + alternation("negations") + r")\s+(?:\w+\s+){0,2}$", re.I)  # "keinem [einzelnen] …"


def _footnote_denies(ft: FieldText, mark: str, at: int) -> bool:
    """Whether the footnote of a cell's ``mark``, the first line under the cell opening with the mark,
    says the row is no field: a negation before the field noun ("* Fachtage, Übersetzungen; keinem
    Handlungsfeld zugeordnet.")."""
    row = ft.row_at(at)
    for line in ft.rows[row + 1 : row + _MOST_FOOTNOTE_LINES]:
        text = line.text.strip()
        if text.startswith(mark) and not text.startswith(mark + mark[:1]):
            note = text[len(mark) :]
            return any(_NEGATION.search(note[: m.start()]) for m in ft.vocab.noun.finditer(note))
    return False


# --- a plan's table of marks a PDF's text layer flattened ----------------------------------------

_STEPS = re.compile(r"(?:[ \t]+(?:(?:19|20)\d\d(?:/\d\d)?|Q[1-4]|[1-4]\.[ ]?Quartal)){2,}[ \t]*")  # " 2025 2026 2027"
_MARKED = re.compile(
    r"[ \t]*(?P<label>[^\W\d][^\t]*?)(?:[ \t]+" + markers.charset(_MARK_GLYPHS.replace("+", "")) + r")+[ \t]*"
)  # "Wohnen x x"
# the same row scanned, its ticks read as look-alikes ("Wohnen 4 /"): taken where every row of the table is so
_MARKED_READ = re.compile(
    r"[ \t]*(?P<label>[^\W\d][^\t]*?[^\W\d])(?:[ \t]+" + markers.charset(markers.TICK_MISREADS) + r")+[ \t]*"
)


def marked_rows(ft: FieldText, seen: set[str]) -> Iterator[Candidate]:
    """Fields of a plan's table whose header is the field noun over years or quarters
    ("Handlungsfeld 2025 2026 2027") and whose rows are a field and the marks under its years, the
    gaps closed into single spaces ("Wohnen und Dorfgemeinschaft x x"): each row's words before its
    marks, two rows at least; blank lines between the rows are stepped over. A rendering whose font
    lacks the mark's glyph leaves the fields alone on their lines ("Wohnen und Dorfgemeinschaft"):
    with no mark on any row, the rows are the short names under the header up to the first line of
    another kind, one of them at least a topic of the taxonomy."""
    for noun in ft.nouns:
        i = ft.row_at(noun.start())
        line = ft.rows[i]
        if ft.text[line.start : noun.start()].strip() or not _STEPS.fullmatch(ft.text, noun.end(), line.end):
            continue
        found: list[tuple[int, int]] = []
        bare: list[tuple[int, int]] = []  # rows without marks, while no row has any
        for j in range(i + 1, len(ft.rows)):
            row = ft.rows[j]
            if not row.text.strip():
                continue
            m = _MARKED.fullmatch(row.text)
            if m is None and not found and _bare_name(ft, row.text) and not _MARKED_READ.fullmatch(row.text):
                bare.append((row.start + len(row.text) - len(row.text.lstrip()), row.start + len(row.text.rstrip())))
                continue
            if m is None or bare:
                break
            found.append((row.start + m.start("label"), row.start + m.end("label")))
        if not found and len(bare) >= 2 and any(known_codes(ft.text[a:b], ft.vocab) != ("other",) for a, b in bare):
            found = bare
        if not found and not bare:
            found = _misread_rows(ft, i)
        if len(found) >= 2:
            for piece in found:
                yield from _label(ft, [piece], seen)


def _misread_rows(ft: FieldText, i: int) -> list[tuple[int, int]]:
    """The names of the rows under the header at row ``i`` of a scanned table of ticks, each tick read
    as a look-alike ("Deutsch lernen 4 /"): every row so, two at least, one a topic of the taxonomy."""
    found: list[tuple[int, int]] = []
    for row in ft.rows[i + 1 :]:
        if not row.text.strip():
            continue  # (an export's blank line between rows)
        m = _MARKED_READ.fullmatch(row.text)
        if m is None or not _bare_name(ft, m.group("label")):
            break
        found.append((row.start + m.start("label"), row.start + m.end("label")))
    if len(found) < 2 or all(known_codes(ft.text[a:b], ft.vocab) == ("other",) for a, b in found):
        return []
    return found


_BARE_WORDS = 6  # a field's name alone on a row of a table whose marks are lost has at most this many words


def _bare_name(ft: FieldText, text: str) -> bool:
    """Whether a row of a table of marks that lost them may be a field's name: a few words opening
    with a capital, no figure, no sentence's end, no sentence, no section heading."""
    t = text.strip()
    return (
        t[:1].isupper()
        and len(t.split()) <= _BARE_WORDS
        and not re.search(r"\d|[.:!?;,]$", t)
        and not is_sentence(t, ft.vocab)
        and not ft.vocab.list_ends.match(t)
    )


# --- a numbered table an export set one cell a line ------------------------------------------

_NUMBER_HEAD = re.compile(r"(?:lfd\.?[ \t]*)?Nr\.?|#", re.I)  # the header of a column of row numbers
_CELL_WORDS = 8  # words of a line of a cell
ROWS_APART = 8  # lines from one row's number to the next's at most


def _cell_line(text: str) -> bool:
    """A line that may be (part of) a cell: a few words, no sentence's end."""
    t = text.strip()
    return bool(t) and len(t.split()) <= _CELL_WORDS and not re.search(r"\w{3,}[.:!?]$", t)


def _lines_from(ft: FieldText, i: int, reach: int = 80) -> list[tuple[int, str]]:
    """The filled lines from line ``i`` on (index, text), with a row number the view left out as a
    page number ("1" between blank lines) put back where it stood."""
    out = []
    origin, doc = ft.layout.flat.origin, ft.doc.text
    for k in range(i, min(len(ft.rows), i + reach)):
        text = ft.rows[k].text.strip()
        if not text:
            p = ft.rows[k].start
            gap = doc[origin[p - 1] + 1 : origin[p]].strip() if 0 < p < len(origin) else ""
            text = gap if gap.isdigit() else ""
        if text:
            out.append((k, text))
    return out


def numbered_cells(ft: FieldText, seen: set[str]) -> Iterator[Candidate]:
    """Fields of a numbered table as pdftotext and pypdf set a borderless one, a cell a line: the
    header's words a line each or run together ("Nr. Handlungsfeld" / "Federführung"), then every
    row as its number on a line of its own ("1", "2", … one after another, maybe taken by the view
    for page numbers), the field's cell, and the cells of the other columns. A row whose field has
    no other cell after it (an export that ran two cells into one line: "Interkulturelle Öffnung der
    Verwaltung Hauptamt") keeps the field where its known name parts from the next cell's capital,
    else it is left out; three rows at least, else nothing."""
    for noun in ft.nouns:
        i = ft.row_at(noun.start())
        line = ft.rows[i]
        head = ft.text[line.start : noun.start()].strip()
        if ft.text[noun.end() : line.end].strip():
            continue  # the noun's line holds more than the header's words
        before = next((j for j in range(i - 1, max(-1, i - 3), -1) if not ft.blank(j)), None)
        above = ft.rows[before].text.strip() if before is not None else ""
        if not (_NUMBER_HEAD.fullmatch(head) or not head and _NUMBER_HEAD.fullmatch(above)):
            continue
        lines = _lines_from(ft, i + 1)
        at = 0
        while at < len(lines) and at < 4 and ft.vocab.headers.match(lines[at][1]):
            at += 1
        if not at or at >= len(lines) or lines[at][1] != "1":
            continue
        found: list[list[tuple[int, int]]] = []
        n = 1
        while at + 1 < len(lines) and lines[at][1] == str(n):
            k, text = lines[at + 1]
            if not _cell_line(text):
                break
            pieces = [(ft.rows[k].start, ft.rows[k].end)]
            at += 2
            if at < len(lines) and wraps_on(text) and _cell_line(lines[at][1]):
                pieces.append((ft.rows[lines[at][0]].start, ft.rows[lines[at][0]].end))
                at += 1
            rest = 0  # the other cells' lines before the next row's number
            while at < len(lines) and lines[at][1] != str(n + 1) and _cell_line(lines[at][1]) and rest <= ROWS_APART:
                rest, at = rest + 1, at + 1
            if 0 < rest <= ROWS_APART:
                found.append(pieces)
            elif not rest and len(pieces) == 1 and (parts := _part(ft, pieces[0])):
                found.append([parts[0]])  # the next cell run into the field's line
            n += 1
        if len(found) >= 3:
            for pieces in found:
                yield from _label(ft, pieces, seen)


_NUMBER_LEAD = re.compile(r"(?:(?:lfd\.?[ \t]*)?Nr\.?|#)(?:[ \t]+(\S.*))?", re.I)  # "Nr.", "Nr. Leitziel"
_SENTENCE_END = re.compile(r"\w{2,}[.!?]$")  # a line ending a sentence: a goal's cell, no field's


def numbered_last(ft: FieldText, seen: set[str]) -> Iterator[Candidate]:
    """Fields of a numbered table whose field column comes last, after a column of goals written as
    sentences, set one cell a line (pypdf, pdftotext): the header's words a line each or run together
    ("Nr. Leitziel" / "Handlungsfeld"), then every row as its number on a line of its own, its goal's
    lines up to the one ending the sentence, and the field's lines after it, up to the next row's
    number (the last row's one line). A row whose field ran into its goal's line is left out; three
    rows at least, else nothing."""
    for noun in ft.nouns:
        i = ft.row_at(noun.start())
        line = ft.rows[i]
        if ft.text[line.start : line.end].strip(" \t*:") != noun.group().strip(" \t*:"):
            continue
        above = [ft.rows[j].text.strip() for j in range(max(0, i - 4), i) if not ft.blank(j)][-3:]
        head = next((n for n, t in enumerate(above) if _NUMBER_LEAD.fullmatch(t)), len(above))
        lead = _NUMBER_LEAD.fullmatch(above[head]) if head < len(above) else None
        words = [lead.group(1) or "", *above[head + 1 :]] if lead else []
        if lead is None or not all(ft.vocab.headers.fullmatch(t) for t in words if t):
            continue  # no number column's head, or other words than column words between it and the noun
        lines = _lines_from(ft, i + 1)
        if not lines or lines[0][1] != "1":
            continue
        found: list[list[Span]] = []
        n, at = 1, 1
        while at < len(lines):
            nxt = next((k for k in range(at, min(len(lines), at + ROWS_APART)) if lines[k][1] == str(n + 1)), None)
            row = lines[at : nxt if nxt is not None else at + ROWS_APART]
            ends = [k for k, (_, t) in enumerate(row) if _SENTENCE_END.search(t)]
            if not ends:
                break
            cell = row[ends[-1] + 1 :] if nxt is not None else row[ends[0] + 1 : ends[0] + 2]
            if cell and len(cell) <= 2 and all(_cell_line(t) and t[:1].isupper() for _, t in cell[:1]):
                found.append([(ft.rows[k].start, ft.rows[k].end) for k, _ in cell])
            if nxt is None:
                break
            n, at = n + 1, nxt + 1
        if len(found) >= 3:
            for pieces in found:
                yield from _label(ft, pieces, seen)


# --- a table without numbers an export set one cell a line -----------------------------------


def stacked_cells(ft: FieldText, seen: set[str]) -> Iterator[Candidate]:
    """Fields of a table without a number column set one cell a line: the field noun alone on
    its line, the other headers a line each right after it ("Handlungsfeld" / "Ziel" /
    "Maßnahmen"), then the rows' cells in order, the field's first. Where blank lines part the
    cells (pdftotext), a cell is the lines between them; without them (pypdf) a line goes on the
    cell above only after a word that cannot end it ("Neuzugewanderte erreichen das" / "Niveau
    B1") or when it starts with one ("das Niveau B1"), and every field cell must name a known
    field. The cells must fill whole rows, three rows at least, no header alone on a line among
    them but the header's last cell within the first row (pdfminer.six: "Handlungsfeld" / "Ziel"
    / "Sprache" / "Neuzugewanderte …" / "Maßnahmen (Auswahl)"), else nothing; a field's cell run
    into the next one on its line is parted where blank lines part the cells (``_field_cells``)."""
    for noun in ft.nouns:
        i = ft.row_at(noun.start())
        line = ft.rows[i]
        if ft.text[line.start : line.end].strip(" \t*:") != noun.group().strip(" \t*:"):
            continue
        before = next((j for j in range(i - 1, max(-1, i - 3), -1) if not ft.blank(j)), None)
        if before is not None and _NUMBER_HEAD.fullmatch(ft.rows[before].text.strip()):
            continue  # a number column's head above: a numbered table (``numbered_cells``)
        lines = _lines_from(ft, i + 1)
        width = 1
        while width - 1 < len(lines) and width <= 4 and ft.vocab.headers.match(lines[width - 1][1]):
            width += 1
        body = lines[width - 1 :]
        if width < 2 or not body:
            continue
        end = next((n for n, (_, text) in enumerate(body) if not _cell_line(text)), len(body))
        body = body[:end]
        moved = [n for n, (_, text) in enumerate(body[: 2 * width + 1]) if _header_line(ft, text)]
        if len(moved) == 1 and moved[0] > 0:  # the header's last cell set after the first row's others
            body, width = body[: moved[0]] + body[moved[0] + 1 :], width + 1
        if any(_header_line(ft, text) for _, text in body):
            continue
        offices = width == 2 and _office_column(ft, lines[0][1])
        if offices and (beside := _beside_offices(ft, body)) is not None:
            for cell in beside:
                yield from _label(ft, cell, seen)
            continue
        gaps = sum(body[n + 1][0] > body[n][0] + 1 for n in range(len(body) - 1))
        apart = 3 * gaps >= len(body)  # blank lines part the cells, not a page break here and there
        cells = _field_cells(ft, body, width, apart, strict=bool(moved)) or []
        if offices and any(ft.vocab.offices.fullmatch(ft.text[slice(*cell[0])].split()[0]) for cell in cells):
            continue  # an office read as a field: the columns' cells are not in rows' order
        for cell in cells:
            yield from _label(ft, cell, seen)


Span = tuple[int, int]


def _office_column(ft: FieldText, header: str) -> bool:
    """Whether a column's header names the offices in charge ("federführend", "Zuständigkeit")."""
    kinds = dict(ft.vocab.column_kinds)
    return kinds["office"].match(header) is not None


_SECTION = re.compile(r"(?:\d{1,2}\.)+\d{0,2}[ \t]+[A-ZÄÖÜ]")  # a numbered heading: "3. Begleitgruppe"
# a field's piece broken at a hyphen with the office's cell run into it ("Grenz-Wirtschaftsförderung")
_HYPHEN_OFFICE = re.compile(r"(\S+-)([A-ZÄÖÜ]\w+(?: \S+)*)")


def _beside_offices(ft: FieldText, body: list[tuple[int, str]]) -> list[list[Span]] | None:
    """The field cells of a two-column table of fields and the offices in charge that an export set
    one piece a line, a field's wrapped lines and its office's cell in any order ("Sprache und
    Bildung" / "entlang der" / "Amt für Bildung" / "Bildungskette"): a line that opens with an
    office's head word is the office of the field being read until it has one (also after a hyphen
    that the flat text kept: "Grenz-Wirtschaftsförderung"); any other line goes
    on with the field where that one breaks off or the line opens in lower case, else opens the
    next field, once the one before has its office. A line that opens a field and ends in an
    office's name after a word that cannot end a field's ("Interkulturelle Öffnung der Hauptamt")
    holds both cells, parted there; where the line going on with that field opens with an office's
    head word as well ("Verwaltung"), the field cannot be told from its office and is left out.
    Every field has one office, three fields at least; else None."""
    fields: list[list[Span]] = []
    unsure: list[int] = []  # fields whose cell could not be told from the office's
    offices, parted = 0, None  # parted: the field whose office a line held after its name
    for n, (k, text) in enumerate(body):
        if _SECTION.match(text) or ft.vocab.list_ends.match(text):
            break  # the next section's heading
        line = ft.rows[k]
        span = (line.start + len(line.text) - len(line.text.lstrip()), line.end)
        going_on = bool(fields) and (wraps_on(_joined(ft, fields[-1])) or text[:1].islower())
        run_in = _HYPHEN_OFFICE.fullmatch(text) if going_on and offices < len(fields) else None
        # a word broken at its hyphen goes on in lower case: a capitalised line or rest there is the office's
        broken = going_on and offices < len(fields) and _broken_before(ft, fields[-1], text, body[n + 1 : n + 2])
        # a line that opens with an office's word but breaks off goes on with a name that breaks off ("Ehrenamt und")
        office = ft.vocab.offices.match(text) and not (going_on and wraps_on(text))
        if fields and offices < len(fields) and (office or broken and not run_in):
            offices += 1
        elif run_in and (ft.vocab.offices.match(run_in.group(2)) or broken):
            fields[-1].append(
                (span[0], span[0] + run_in.end(1))
            )  # "Grenz-" / "Wirtschaftsförderung" joined at the hyphen
            offices += 1
        elif going_on:
            if parted is not None and parted == len(fields) - 1 and ft.vocab.offices.match(text):
                unsure.append(parted)  # "… der Hauptamt" / "Verwaltung": either may be the office
            fields[-1].append(span)
        elif offices < len(fields):
            return None  # a field without its office
        elif (cut := _office_run_in(ft, text)) is not None:
            fields.append([(span[0], span[0] + cut)])
            offices, parted = offices + 1, len(fields) - 1
        else:
            fields.append([span])
    if len(fields) < 3 or offices != len(fields):
        return None
    return [cell for n, cell in enumerate(fields) if n not in unsure]


def _broken_before(ft: FieldText, field: list[Span], text: str, after: list[tuple[int, str]]) -> bool:
    """Whether a field's cell broke at a hyphen before ``text`` and its word goes on in the
    line after, in lower case ("Grenz-" / "Jugendbüro" / "gänger …", "Grenz-Jugendbüro" /
    "gänger …" where the flat text joined them): then the capitalised ``text`` (or its rest after
    the hyphen) is the row's other cell."""
    name = _joined(ft, field).rstrip()
    hyphen = name.endswith("-") or _HYPHEN_OFFICE.fullmatch(text) is not None
    rest = after[0][1] if after else ""
    return hyphen and text[:1].isupper() and not _CONJUNCTION.match(text) and rest[:1].islower()


def _office_run_in(ft: FieldText, text: str) -> int | None:
    """Where a field's cell ends in a line whose office's cell an export ran into it: before the
    first office's word that follows a word that cannot end a field's name, where the rest can
    end a cell ("Interkulturelle Öffnung der Hauptamt", "Begegnung und Kulturamt"; "Deutsch lernen
    in Kita und" is a field's wrapped piece); None where there is none."""
    words = list(re.finditer(r"\S+", text))
    for n in range(1, len(words)):
        name = text[: words[n - 1].end()]
        rest = text[words[n].start() :]
        if wraps_on(name) and ft.vocab.offices.fullmatch(words[n].group().strip(",;")) and not wraps_on(rest):
            return words[n - 1].end()
    return None


def _field_cells(
    ft: FieldText, body: list[tuple[int, str]], width: int, apart: bool, strict: bool = False
) -> list[list[Span]] | None:
    """The field cells (the spans of their lines) of the rows of ``width`` cells in ``body``, or
    None where the cells do not fill whole rows, three at least. ``apart``: blank lines part the
    cells, and a field cell an export ran into the next cell on its line ("Arbeit und Ausbildung
    Schnellere Arbeitsaufnahme") is parted after the field's known name where whole rows need
    it; else a line goes on the cell above after a word that cannot end it, or when it starts
    with a word that cannot end one ("Neuzugewanderte erreichen" / "das Niveau B1"; a cell
    "laufend" starts in lower case too). Every field is known without blank lines, where cells
    were parted, or with the header's cell moved (``strict``); there, with blank lines, the field
    column may also stand apart as the body's last or first cells."""
    cells: list[list[Span]] = []
    for n, (k, text) in enumerate(body):
        if apart:
            joins = n > 0 and k == body[n - 1][0] + 1
        else:
            joins = n > 0 and (wraps_on(body[n - 1][1]) or bool(WRAP_END.search(text.split()[0])))
        if joins:
            cells[-1].append((ft.rows[k].start, ft.rows[k].end))
        else:
            cells.append([(ft.rows[k].start, ft.rows[k].end)])
    short = -len(cells) % width
    if apart and short:
        cells, strict = _parted(ft, cells, width, short), True
    rows = len(cells) // width
    if rows < 3 or len(cells) % width:
        return None
    fields = [cells[r * width] for r in range(rows)]
    if apart and not strict:
        return fields
    # an export that shuffled the header may have set the field column apart, after the others or
    # before them (pdfminer.six: the cells of "Ziel" and "Maßnahmen" row by row, then "Sprache" /
    # "Bildung" / …): the first column of known fields read row by row, as the last or first cells
    for column in (fields, cells[-rows:], cells[:rows]) if strict and apart else (fields,):
        if all(known_codes(_joined(ft, cell), ft.vocab) != ("other",) for cell in column):
            return column
    return None


_NEXT_CELL = re.compile(r"[ \t]+(?=[A-ZÄÖÜ])")


def _parted(ft: FieldText, cells: list[list[Span]], width: int, short: int) -> list[list[Span]]:
    """``cells`` with ``short`` one-line field cells parted in two where an export ran the next
    cell into them: after the first words that name a known field and can end a name, before a
    capital ("Arbeit und Ausbildung" | "Schnellere Arbeitsaufnahme")."""
    out: list[list[Span]] = []
    for cell in cells:
        parts = _part(ft, cell[0]) if short and len(out) % width == 0 and len(cell) == 1 else None
        if parts:
            out += [[parts[0]], [parts[1]]]
            short -= 1
        else:
            out.append(cell)
    return out if not short else []


def _part(ft: FieldText, span: Span) -> tuple[Span, Span] | None:
    """A line of a field's cell and the next cell run together, parted after the first words
    that name a known field and can end a name, before a capital; None where there are none."""
    a, b = span
    for m in _NEXT_CELL.finditer(ft.text, a, b):
        left = ft.text[a : m.start()]
        if not wraps_on(left) and left[-1:].isalpha() and known_codes(left, ft.vocab) != ("other",):
            return (a, m.start()), (m.end(), b)
    return None


def _header_line(ft: FieldText, text: str) -> bool:
    """A column header alone on its line ("Maßnahmen (Auswahl)"), not a cell ("Angebote ausbauen")."""
    words = text.split()
    return bool(ft.vocab.headers.match(text)) and len(words) <= 2 and not any(w[:1].islower() for w in words)
