"""Where the money is: amounts with a currency (:func:`pipeline.lang.de.money.find_money`), and
German-formatted numbers without one in a table that says it is in euros, cut at tabs
(:func:`bare_amounts`: "Betrag (€)", "- in EUR -", "Kosten (in EUR)" over a header of years) or
at gaps of a grid of years exported without tabs (:func:`gap_amounts`), or at single spaces of
such a grid whose gaps a PDF's text layer flattened (:func:`flat_grid`), or of a table under a
header ending in columns of a word and the currency (:func:`.unit_rows.flat_unit_amounts`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from extractors.fastre import Matcher
from pipeline.lang.de.money import SCALES, Money, find_money, parse_number
from pipeline.structure import Line

from .wrapped import label_above

TABLE_REACH = 40  # lines from a row up to its table's header and caption
PROSE_WORDS = 3  # a line without tabs of more words is prose, not a wrapped cell
CAPTION_LINES = 2  # lines over a grid's header of years that caption it


BARE = re.compile(r"\s*(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+,\d{2})(?:,-{1,2})?\s*")
IN_EUR = re.compile(
    r"\b(?:in|Betrag|Beträge)\s*\(?\s*(?P<t>T|Tsd\.?\s*|1\.?000\s*)?(?:€|(?:EUR|Euro)\b)|\((?P<t2>T)?(?:€|EUR)\)", re.I
)


@functools.lru_cache(maxsize=4096)
def _is_prose(line: str) -> bool:
    """A line that ends a table block upwards: text without tabs that is not a wrapped cell."""
    stripped = line.strip()
    return "\t" not in line and (len(stripped.split()) > PROSE_WORDS or stripped.endswith((".", ":", ",")))


def table_header(all_lines: list[Line], i: int, need: int) -> tuple[Line | None, str]:
    """The header row above row ``i`` (a tab row without amounts and with at least ``need``
    filled cells) and the caption: the nearest prose line above the table, with the short
    lines without tabs between it and the row ("Kosten (in EUR)" over a header of years)."""
    header = None
    notes: list[str] = []
    j = i - 1
    while j >= 0 and i - j <= TABLE_REACH and not _is_prose(all_lines[j].text):
        ln = all_lines[j]
        if header is None and _header_cells(ln.text) + _corner(ln.text) >= max(2, need):
            header = ln
        elif "\t" not in ln.text and ln.text.strip():
            notes.insert(0, ln.text.strip())
        j -= 1
    caption = all_lines[j].text if j >= 0 and i - j <= TABLE_REACH else ""
    return header, " ".join([caption, *notes]).strip()


def _corner(line: str) -> int:
    """1 for a header row whose first cell is empty (the corner over the row labels), else 0."""
    return int("\t" in line and not line.split("\t", 1)[0].strip())


@functools.lru_cache(maxsize=4096)
def _header_cells(line: str) -> int:
    """The number of filled cells of a line that can head a table (a tab row without
    amounts), else 0; lines are asked again and again as the rows below them are read."""
    if "\t" not in line or find_money(line):
        return 0
    filled = [cell for cell in line.split("\t") if cell.strip()]
    return 0 if any(BARE.fullmatch(cell) for cell in filled) else len(filled)


def bare_amounts(text: str, all_lines: list[Line]) -> list[Money]:
    """German-formatted numbers without a currency in tables that say they are in euros."""
    out: list[Money] = []
    for i, ln in enumerate(all_lines):
        if "\t" not in ln.text or find_money(ln.text):
            continue
        header, caption = table_header(all_lines, i, 2)
        if header is None or header is ln:
            continue
        unit = IN_EUR.search(header.text) or IN_EUR.search(caption)
        if not unit:
            continue
        scale = 1000 if (unit.group("t") or unit.group("t2")) else 1
        for start, _end, cell in ln.cells:
            m = cell_number(BARE, cell)
            value = parse_number(m.group("num")) if m else None
            if m and value is not None:
                s, e = start + m.start("num"), start + m.end("num")
                out.append(Money(value * scale, s, e, text[s:e]))
    return out


def page_break(text: str, ln: Line) -> bool:
    """Whether a line is the empty one a page break leaves between a table's rows (a bare form feed: a rendering
    broke the page there, no furniture set)."""
    return not ln.text.strip() and "\f" in text[max(0, ln.start - 1) : ln.end + 1]


def gap_bare_amounts(text: str, all_lines: list[Line], line_starts: list[int]) -> list[Money]:
    """German-formatted numbers without a currency ending the rows of a table cut at gaps, under a
    header cell that says its column is in euros ("Bezeichnung:      Betrag in Euro:" over
    "   Summe      50.000", or a word and the currency: "netto €    brutto €"): the number ends
    under that cell (in any column of the row but the label's: "netto €" before "brutto €"), or, in a
    table drawn with bars, stands in that cell's column by the cells' order ("| Maßnahme | Euro |" over
    "| Trinkbrunnen | 36.000,00 |", the padding closed by a PDF's text layer); the rows run to the next
    blank line. A minus before a
    number (an income in a table of expenses: "Zuweisung Land (Ertrag) -11.000,00") is no part of the
    amount."""
    out: list[Money] = []
    units = [*IN_EUR.finditer(text), *(u for u in _unit_cells(text) if not scaled(u.group()))]
    units += [u for u in _AMOUNT_HEAD.finditer(text) if _after_gaps(u, text)]  # "… Bezeichnung   Betrag"
    seen: set[tuple[int, int]] = set()  # the header cells read (one may hold both forms: "Betrag €")
    for unit in sorted(units, key=lambda u: u.start()):
        i = bisect.bisect_right(line_starts, unit.start()) - 1
        header = all_lines[i]
        if "\t" in header.text or find_money(header.text) or re.search(r"\d", YEAR.sub("", header.text)):
            continue
        cells = header.columns
        cell = next(((a, b) for a, b, _ in cells if a < unit.end() <= b), None)  # the cell the currency ends in
        if cell is None or len(cells) < 2 or cell in seen:
            continue
        seen.add(cell)
        scale = 1000 if (unit.groupdict().get("t") or unit.groupdict().get("t2")) else 1
        left, right = cell[0] - header.start, cell[1] - header.start
        bars = header.bar_cells  # a row drawn with bars: its cells' order is their column, their padding may go
        col = next((n for n, (a, b, _) in enumerate(bars or []) if a < unit.end() <= b), None)
        for ln in all_lines[i + 1 : i + 1 + TABLE_REACH]:
            if page_break(text, ln):
                continue
            if not ln.text.strip() or "\t" in ln.text:
                break
            cols = ln.columns
            under = [c for c in cols[1:] if left - _SLACK <= c[0] - ln.start and c[1] - ln.start <= right + _SLACK]
            if bars and col and (row := ln.bar_cells) is not None and len(row) == len(bars):
                under = [row[col]]
            m = _SIGNED.fullmatch(under[-1][2]) if under else None
            if m is None or unit.group().strip() in _AMOUNT_WORDS and not _CENTS.search(m.group("num")):
                continue  # under an amount's head without its currency: a sum of money has its cents
            value = parse_number(m.group("num"))
            if value is not None:
                s, e = under[-1][0] + m.start("num"), under[-1][0] + m.end("num")
                out.append(Money(value * scale, s, e, text[s:e]))
    return out


_SLACK = 4  # characters a number may stand beside its header cell's edges
# the head of a column of amounts without its currency, the last cell of a header of gap-parted cells
# ("Haushaltsjahr  Kostenstelle  Sachkonto  Bezeichnung  Betrag"): its numbers with their cents are euros
_AMOUNT_WORDS = ("Betrag", "Beträge")
_AMOUNT_HEAD = re.compile(r"(?m)(?<=[ \t]{2})(?:Betrag|Beträge)(?=[ \t]*$)")
_CENTS = re.compile(r",\d\d$")
_HEAD_CELLS = 3  # cells of such a header at least


def _after_gaps(head: re.Match[str], text: str) -> bool:
    """Whether the amount's head ends a line of ``_HEAD_CELLS`` cells at least, parted by gaps."""
    line = text[text.rfind("\n", 0, head.start()) + 1 : head.start()]
    return len(re.split(r"[ \t]{2,}", line.strip())) + 1 >= _HEAD_CELLS


YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a year ("Maßnahme (Haushaltsjahr 2028)", "davon 2027")


def scaled(head: str) -> bool:
    """Whether a unit cell or header names a scale before its currency ("Mio Euro", "Tsd. €")."""
    return any(w.lower().rstrip(".") in SCALES for w in re.findall(r"[^\W\d_]+\.?(?= (?:€|EUR\b|Euro\b))", head))


# a header cell of a word and the currency ("netto €", "Betrag EUR"), between gaps of a line
_UNIT_CELL = re.compile(
    r"(?m)(?:^[ \t]*|(?<= {2}))[^\W\d_][\w.-]* (?:€|EUR\b|Euro\b)(?= {2,}|[ \t]*$)"
    r"|(?<=\|)[ \t]*(?:€|EUR\b|Euro\b)(?=[ \t]*\|)"  # a cell drawn with bars holding the currency alone ("|  Euro  |")
)
_CURRENCIES = ("€", "EUR", "Euro")  # one of which every match of _UNIT_CELL holds


def _unit_cells(text: str) -> Iterator[re.Match[str]]:
    """``_UNIT_CELL.finditer(text)``, tried only on the lines that hold a currency (no match goes
    over a line's end): most lines hold none.

    >>> [m.group() for m in _unit_cells("Betrag\\n  Kosten   netto €    brutto €\\n| Euro |")]
    ['netto €', 'brutto €', ' Euro']
    """
    starts = set()
    for currency in _CURRENCIES:
        at = text.find(currency)
        while at >= 0:
            starts.add(text.rfind("\n", 0, at) + 1)
            at = text.find(currency, at + 1)
    for start in sorted(starts):
        end = text.find("\n", start)
        yield from _UNIT_CELL.finditer(text, start, len(text) if end < 0 else end)


_SIGNED = re.compile(r"\s*[-−–]?" + BARE.pattern.removeprefix(r"\s*"))  # a number in a row, with its sign


# a year's column head, with the plan's or the accounts' word before it ("2027", "ab 2026", "Plan
# 2027", "Ansatz 2026", "Ist 2025", "HH 2027"), or a quarter of the year as a schedule of payments heads its
# columns ("III/2027", "Q3/2027", "Q3 2027", "3. Quartal 2027"): the quarter's amounts are of its year
_YEAR_CELL = re.compile(
    r"(?:(?:ab|Plan|Planansatz|Ansatz|Ist|Soll|HH|HHJ|Haushaltsjahr|Prognose|Entwurf)\s+"
    r"|(?:I{1,3}|IV|Q[1-4])\s?/\s?|Q[1-4]\s|[1-4]\.\s?Quartal\s)?(?P<year>(?:19|20)\d\d)"
)
GRID_REACH = 12  # lines from a row up to the header of years over its columns


def year_columns(ln: Line) -> list[tuple[int, int, int]] | None:
    """The year cells of a header row cut at gaps of two or more spaces ("      2024      2025"),
    as (start, end, year) in columns of the line; None unless two or more cells are years and
    the others at most a label before them, the head of a column of the rows' numbers before
    that (:func:`numbered`: "Nr.  Handlungsfeld  Ansatz 2027  Ansatz 2028"), and the cells of the
    columns summing them ("Kosten in €   2028   2029   2030   gesamt")."""
    cells = ln.columns
    years = [(a - ln.start, b - ln.start, int(m["year"])) for a, b, t in cells if (m := _YEAR_CELL.fullmatch(t))]
    if len(years) < 2:
        return None
    shares = [c for c in cells if SHARE_CELL.fullmatch(c[2]) and c[0] - ln.start > years[-1][0]]
    sums = sum(bool(SUM_CELL.fullmatch(t)) for _, _, t in cells) + len(shares)
    return years if len(cells) - len(years) - sums <= 1 + numbered(ln) or _labels_before(ln, years[0][0]) else None


MAX_LABELS = 3  # the heads of a grid's label columns before its years ("Produkt  Sachkonto  Bezeichnung")


def _labels_before(ln: Line, first: int) -> bool:
    """Whether the cells of a header that are neither years nor sums are heads of label columns before the
    years ("Produkt   Sachkonto  Bezeichnung   2027   2028   Summe"): words without a digit, all of them before
    the first year, at most :data:`MAX_LABELS`; a column of the rows' numbers ("Nr.") is :func:`numbered`'s."""
    heads = [(a - ln.start, t) for a, _, t in ln.columns if not _YEAR_CELL.fullmatch(t) and not SUM_CELL.fullmatch(t)]
    return len(heads) <= MAX_LABELS and all(
        a < first and not _DIGIT.search(t) and not _NUMBER_HEAD.fullmatch(t.strip()) for a, t in heads
    )


_DIGIT = re.compile(r"\d")


# the head of a column of the rows' numbers: an abbreviation of a word or two ("Nr.", "Pos.", "lfd. Nr.") or "#"
_NUMBER_HEAD = re.compile(r"(?:[^\W\d_]{1,4}\.[ \t]?){1,2}|#")


def numbered(ln: Line) -> int:
    """1 where a header's first cell heads a column of the rows' numbers (:data:`_NUMBER_HEAD`) and a
    label's cell follows it, else 0."""
    cells = ln.columns
    return int(len(cells) > 2 and bool(_NUMBER_HEAD.fullmatch(cells[0][2].strip())) and not YEAR.search(cells[1][2]))


_TWO_YEARS = re.compile(r"(?:19|20)\d\d {2,}.*(?:19|20)\d\d")


def year_headers(all_lines: list[Line]) -> list[int]:
    """The lines that are a header of years of a gap grid (few: looked up once per document)."""
    # two spaces stand in every such header: most lines are passed over without a search
    return [j for j, ln in enumerate(all_lines) if "  " in ln.text and _TWO_YEARS.search(ln.text) and year_columns(ln)]


def under_header(headers: list[int], i: int) -> bool:
    k = bisect.bisect_left(headers, i)
    return k > 0 and i - headers[k - 1] <= GRID_REACH


def gap_grid(all_lines: list[Line], i: int) -> tuple[Line, str] | None:
    """The header of years over row ``i`` of a grid cut at gaps (text exported without tabs) and
    the caption over it; None for a line of prose, a tab row, or one with no such header."""
    row = all_lines[i]
    if "\t" in row.text or len(row.columns) < 2:
        return None
    for j in range(i - 1, max(-1, i - GRID_REACH - 1), -1):
        ln = all_lines[j]
        if (years := year_columns(ln)) is not None:
            # a row has a cell per year and a label at most: a justified line of prose has more
            return (
                (ln, " ".join(x.text.strip() for x in all_lines[max(0, j - CAPTION_LINES) : j]))
                if len(row.columns)
                <= max(
                    len(ln.columns),
                    len(years) + 1 + numbered(ln) + sum(bool(SUM_CELL.fullmatch(t)) for _, _, t in ln.columns),
                )
                else None
            )
        if _is_prose(ln.text) and len(ln.columns) < 2 and not label_above(all_lines, j + 1):
            return None  # a row's label begun on the line over it stays in the grid
    return None


# the column of a grid of years that sums them ("2025  2026  Summe"), or that sums the years up to one
# before the years' columns, as a financing overview of a long programme carries them ("bis 2026  2027
# 2028  gesamt", "Vorjahre"): its cells are amounts of no year
SUM_CELL = re.compile(r"Summe|Gesamt|Insgesamt|Gesamtsumme|zusammen|(?:bis|vor)\s(?:19|20)\d\d|Vorjahre", re.I)
# a column after the years holding each row's share in percent ("2027  2028  Anteil", a financing plan's): no amounts
SHARE_CELL = re.compile(r"Anteil(?:\s*(?:in\s*)?%)?|%|Quote|Förderquote|Finanzierungsanteil", re.I)


def sum_column(header: Line, row: Line, start: int, end: int) -> bool:
    """Whether ``start:end`` of the row stands under the cell of a header of years that sums them.

    >>> h, r = Line(0, 27, "      2025    2026    Summe"), Line(31, 56, "Kurse 1,0     2,0     3,0")
    >>> sum_column(h, r, 53, 56), sum_column(h, r, 45, 48)
    (True, False)
    """
    a, b = start - row.start, end - row.start
    return any(
        SUM_CELL.fullmatch(t) and hs - header.start < b + 2 and a - 2 < he - header.start
        for hs, he, t in header.columns
    )


def aligned_year(header: Line, row: Line, start: int, end: int) -> int | None:
    """The year of the header cell standing over ``start:end`` of the row (by character
    columns: the cells overlap, numbers set flush right or left under their year)."""
    a, b = start - row.start, end - row.start
    over = [y for hs, he, y in year_columns(header) or [] if hs < b + 2 and a - 2 < he]
    return over[0] if len(over) == 1 else None


def head_over(header: Line, row: Line, start: int, end: int) -> str:
    """The year's cell of a header standing over ``start:end`` of the row, as :func:`aligned_year` finds it
    ("Ansatz 2027"); "" where none or more than one does (a column summing the years names no kind of its rows)."""
    a, b = start - row.start, end - row.start
    over = [
        t
        for hs, he, t in header.columns
        if hs - header.start < b + 2 and a - 2 < he - header.start and _YEAR_CELL.fullmatch(t)
    ]
    return over[0] if len(over) == 1 else ""


# a number of money written in full: a thousands point and cents ("198.000,00")
CENTS = re.compile(r"\s*(?P<num>\d{1,3}(?:\.\d{3})+,\d{2})\s*")
# a number of a grid in thousands: one to three decimals ("23,8", "1.250,75")
SCALED = re.compile(r"\s*(?P<num>\d{1,3}(?:\.\d{3})*(?:,\d{1,3})?)\s*")


def gap_amounts(text: str, all_lines: list[Line], headers: list[int], finance: Matcher | None = None) -> list[Money]:
    """Bare German-formatted numbers in the rows of a gap grid of years that says it is in
    euros ("Kosten (in EUR)" over "2024  2025", or "in Tsd. EUR" under it, a number in thousands
    then with one decimal too: "23,8"): a yearly grid exported as text, its cells under a year or
    under the column summing them ("Summe"); ``headers`` are the grids' headers of years
    (:func:`year_headers`). Under a caption of a financial impact that names no unit (``finance``:
    "5. Finanzielle Auswirkungen" over "2027  2028  2029"), the grid's money is its numbers written
    with cents and a thousands point ("198.000,00"), not a count ("1,50" posts)."""
    out: list[Money] = []
    for i, ln in enumerate(all_lines):
        if not under_header(headers, i) or "\t" in ln.text or find_money(ln.text):
            continue
        if not BARE.search(ln.text) and not SCALED.search(ln.text):
            continue
        grid = gap_grid(all_lines, i)
        unit = grid and (
            IN_EUR.search(grid[0].text)
            or IN_EUR.search(grid[1])
            or _unit_under(all_lines, grid[0], i)
            or _unit_after(all_lines, i)
        )
        cents = (
            grid is not None
            and not unit
            and finance is not None
            and (finance.search(grid[1]) or finance.search(lead_in(all_lines, grid[0], i))) is not None
            and _note_after(all_lines, i) is None  # "(alle Angaben in Stunden)": another unit
        )
        if not grid or not (unit or cents):
            continue
        scale = 1000 if unit and (unit.group("t") or unit.group("t2")) else 1
        number = SCALED if scale > 1 else CENTS if cents else BARE
        for start, _end, cell in ln.columns:
            m = cell_number(number, cell) or _glued(number, cell)
            value = parse_number(m.group("num")) if m else None
            if m and value is not None:
                s, e = start + m.start("num"), start + m.end("num")
                if aligned_year(grid[0], ln, s, e) or sum_column(grid[0], ln, s, e):
                    out.append(Money(value * scale, s, e, text[s:e]))
    return out


_BRACKETED = re.compile(r"\s*\(([^()]*)\)\s*")


def cell_number(number: re.Pattern[str], cell: str) -> re.Match[str] | None:
    """A cell's number as ``number`` reads it, or the same in brackets: an income in a table of
    expenses as accounts print it ("(10.200)" under "Erträge sind in Klammern angegeben").

    >>> cell_number(BARE, " (10.200) ").group("num"), cell_number(BARE, "(60 %)")
    ('10.200', None)
    """
    m = number.fullmatch(cell)
    if m is None and (b := _BRACKETED.fullmatch(cell)):
        m = number.fullmatch(cell, b.start(1), b.end(1))
    return m


LEAD_LINES = 4  # lines of the paragraph that leads into a grid at most


def lead_in(all_lines: list[Line], header: Line, i: int) -> str:
    """The paragraph over a grid's header (row ``i`` under it), a blank line maybe between ("Der Finanzierungsplan
    des Antrags sieht" / "vor:" over "Nr.  Position  2027  2028  Anteil"): its last :data:`LEAD_LINES` lines."""
    j = next((k for k in range(i - 1, -1, -1) if all_lines[k] is header), 0) - 1
    return block_above(all_lines, j, LEAD_LINES)


def block_above(all_lines: list[Line], j: int, most: int) -> str:
    """The block of lines that ends at line ``j`` or, past blank lines, above it, its last ``most`` lines
    joined by spaces: the paragraph or caption over a table."""
    while j >= 0 and not all_lines[j].text.strip():
        j -= 1
    lines: list[str] = []
    while j >= 0 and all_lines[j].text.strip() and len(lines) < most:
        lines.insert(0, all_lines[j].text.strip())
        j -= 1
    return " ".join(lines)


def _glued(number: re.Pattern[str], cell: str) -> re.Match[str] | None:
    """The number ending a row's first cell, glued to its label by one space ("Personalkosten KIM (Kreis, 3 VZÄ)
    198.000,00"): the label's words before it."""
    m = re.search(r"(?<=[^\W\d_)] |\) )" + number.pattern.removeprefix(r"\s*") + "$", cell)
    return m if m and LABEL_WORD.search(cell[: m.start()]) else None


LABEL_WORD = re.compile(r"[^\W\d_]{3}")


def _unit_under(all_lines: list[Line], header: Line, i: int) -> re.Match[str] | None:
    """The unit on a line of its own between a grid's header of years and its row ``i`` ("in Tsd. EUR")."""
    j = next((k for k in range(i - 1, -1, -1) if all_lines[k] is header), i)
    return next((m for ln in all_lines[j + 1 : i] if (m := IN_EUR.search(ln.text))), None)


NOTE_WORDS = 6  # words of a note under a grid at most ("(alle Beträge in Euro)")
RULE_GLYPH = "-_=–—─━═"  # what a rule is drawn of: dashes, lines, a box's lines
_RULE = re.compile(rf"[ \t]*[{RULE_GLYPH}]{{10,}}[ \t]*")  # a rule drawn between a grid's rows
# the same drawn under each column ("------ ------")
_RULE_PIECES = re.compile(rf"[ \t]*(?:[{RULE_GLYPH}]{{8,}}|[{RULE_GLYPH}]{{4,}}(?:[ \t]+[{RULE_GLYPH}]{{4,}})+)[ \t]*")


def _unit_after(all_lines: list[Line], i: int) -> re.Match[str] | None:
    """The unit in a short note right under the grid of row ``i``, after its last row ("(alle Beträge
    in Euro)"): the rows (lines of two cells or more with a number) and rules between them run to it
    without a blank line, a row's label maybe wrapped onto a line of words over it ("Förderung „Gemeinsam in"
    / "Vielfalt“ (Land BW)   5.000,00   5.000,00")."""
    note = _note_after(all_lines, i)
    return IN_EUR.search(note) if note is not None else None


def _note_after(all_lines: list[Line], i: int) -> str | None:
    """The short note right under the grid of row ``i`` (:func:`_unit_after`), None where no such line ends it."""
    below = all_lines[i + 1 : i + 1 + TABLE_REACH]
    for k, ln in enumerate(below):
        if _RULE.fullmatch(ln.text) or _grid_row(ln) or _label_over_row(below, k) or _group_row(ln):
            continue
        return ln.text if ln.text.strip() and len(ln.text.split()) <= NOTE_WORDS else None
    return None


def _grid_row(ln: Line) -> bool:
    """Whether a line is a row of a grid: two cells or more, a number among them."""
    return len(ln.columns) >= 2 and BARE.search(ln.text) is not None


_OUTLINE = re.compile(r"\s*\d{1,2}(?:\.\d{1,2})*\.?\s*")  # a position's number in an outline ("1", "1.2", "2.")


def _group_row(ln: Line) -> bool:
    """Whether a line is the heading of a group of a grid's rows, numbered as a position ("1.2     Sachausgaben")."""
    cells = ln.columns
    return len(cells) == 2 and _OUTLINE.fullmatch(cells[0][2]) is not None and _LETTER.search(cells[1][2]) is not None


def _label_over_row(lines: list[Line], k: int) -> bool:
    """Whether line ``k`` is the first line of a row's label wrapped over it: one cell of words, no digit,
    right over a row of the grid."""
    ln = lines[k]
    return (
        len(ln.columns) == 1
        and _LETTER.search(ln.text) is not None
        and not _DIGIT_IN.search(ln.text)
        and k + 1 < len(lines)
        and _grid_row(lines[k + 1])
    )


_DIGIT_IN = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
