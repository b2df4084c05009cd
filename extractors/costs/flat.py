"""A grid of years whose gaps a PDF's text layer flattened into single spaces (:func:`flat_grid`):
"Kosten in € 2028 2029 2030 gesamt" over "Druck und Layout – 3.100 3.100", or a header whose every
year carries the plan's word ("Nr. Handlungsfeld Ansatz 2027 Ansatz 2028") over rows whose cells
carry the currency ("1 Sprache und Bildung 38.500 € 41.000 €"), a row's label wrapped onto the line
under it where it breaks off at a word that links to the next ("3 Wohnen und Nachbarschaft in den
15.000 € 15.000 €" / "Stadtteilen")."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from extractors.fastre import Matcher
from pipeline.lang.de.money import Money, parse_number
from pipeline.structure import Line

from .amounts import (
    _DIGIT_IN,
    _LETTER,
    _RULE,
    _RULE_PIECES,
    _YEAR_CELL,
    BARE,
    CAPTION_LINES,
    CENTS,
    IN_EUR,
    NOTE_WORDS,
    PROSE_WORDS,
    RULE_GLYPH,
    SCALED,
    SHARE_CELL,
    SUM_CELL,
    TABLE_REACH,
    cell_number,
    lead_in,
)
from .wrapped import goes_on, label_above


class FlatCell(NamedTuple):
    """An amount in a row of a flattened grid of years: its row, the row's label, the caption
    over the grid, the year of its column (None under the column summing them), the column's head
    where it names more than the year ("Ansatz 2027"), and whether the cell carries the currency
    (the amount is then one of the text's own, read with it)."""

    money: Money
    row: Line
    label: str
    caption: str
    year: int | None
    column: str = ""
    priced: bool = False


_TWO_YEARS_FLAT = re.compile(r"(?:19|20)\d\d (?:.*[ /])?(?:19|20)\d\d")  # ("2027 2028", "III/2027 IV/2027")
_EMPTY_CELL = re.compile(r"[–—-]")  # a cell left empty ("Druck und Layout – 3.100 3.100")
_TOKEN = re.compile(r"\S+")
_CURRENCY = re.compile(r"€|EUR|Euro")
_PRICED = re.compile(r"(?P<num>\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?)")  # a number the currency follows: "800 €"
_WORD = re.compile(r"[^\W\d_][\w.-]*")


CORNER_WORDS = 4  # words of a flattened header's corner cell at most ("Kosten in €")
COLUMNS = 8  # columns of a flattened header at most


class _Cell(NamedTuple):
    """A token of a flattened row: its span in the line, its text (the number alone where the currency
    follows it as a token of its own: "38.500 €"), and whether it carries the currency."""

    start: int
    end: int
    text: str
    priced: bool


def _cells(line: str) -> list[_Cell]:
    """The tokens of a flattened row, a number and the currency after it one token."""
    out: list[_Cell] = []
    for t in _TOKEN.finditer(line):
        last = out[-1] if out else None
        if last is not None and not last.priced and _CURRENCY.fullmatch(t.group()) and _PRICED.fullmatch(last.text):
            out[-1] = _Cell(last.start, t.end(), last.text, True)
        else:
            out.append(_Cell(t.start(), t.end(), t.group(), False))
    return out


def _flat_header(ln: Line) -> tuple[list[int | None], str, list[str]] | None:
    """The columns of a header of years whose gaps are single spaces ("2025 2026 gesamt"): the
    year of each, None for a column summing them, the words of its corner cell over the rows'
    labels ("Kosten in € 2028 2029 2030 gesamt"), and each column's head where every year carries
    the same plan's word ("Ansatz 2027 Ansatz 2028": "Ansatz 2027", else ""); None unless every word
    after the corner is such a cell and two at least are years, the corner a few words without a digit."""
    words = ln.text.split()
    if "\t" in ln.text or "  " in ln.text.strip() or not 2 <= len(words) <= 2 * COLUMNS + CORNER_WORDS:
        return None
    years = [k for k, w in enumerate(words) if w.isdigit() and _YEAR_CELL.fullmatch(w)]
    plan = {words[k - 1] for k in years if k}
    word = plan.pop() if len(plan) == 1 and years and years[0] and len(years) >= 2 else None
    if word is None or not _WORD.fullmatch(word) or not all(_YEAR_CELL.fullmatch(f"{word} {words[k]}") for k in years):
        return _year_header(words)
    corner, k = words[: years[0] - 1], years[0] - 1
    cols: list[int | None] = []
    heads: list[str] = []
    while k < len(words):
        if words[k] == word and k + 1 in years:
            cols.append(int(words[k + 1]))
            heads.append(f"{word} {words[k + 1]}")
            k += 2
        elif SUM_CELL.fullmatch(words[k]):
            cols.append(None)
            heads.append(words[k])
            k += 1
        else:
            return None
    if len(corner) > CORNER_WORDS or _DIGIT_IN.search(" ".join(corner)) or len(cols) > COLUMNS:
        return None
    return cols, " ".join(corner), heads


def _year_header(words: list[str]) -> tuple[list[int | None], str, list[str]] | None:
    """The columns of a flattened header of years alone ("Kosten in € 2028 2029 2030 gesamt")."""
    first = next((k for k, w in enumerate(words) if _YEAR_CELL.fullmatch(w)), len(words))
    corner, words = words[:first], words[first:]
    if len(corner) > CORNER_WORDS or _DIGIT_IN.search(" ".join(corner)) or len(words) > COLUMNS:
        return None
    cols = [int(m["year"]) if (m := _YEAR_CELL.fullmatch(w)) else None for w in words]
    if sum(c is not None for c in cols) < 2 or any(
        c is None and not SUM_CELL.fullmatch(w) for c, w in zip(cols, words)
    ):
        return None
    return cols, " ".join(corner), [""] * len(cols)


def flat_grid(
    text: str, all_lines: list[Line], finance: Matcher | None = None, costs: re.Pattern[str] | None = None
) -> dict[int, FlatCell]:
    """The amounts of a grid of years whose gaps a PDF's text layer flattened into single spaces,
    under a caption that says it is in euros ("5. Finanzielle Auswirkungen (in EUR)" over "2025
    2026 gesamt"), over a note that does ("(alle Beträge in Euro)") or, under a header of the plan's
    years ("Ansatz 2027 Ansatz 2028"), with the currency in every cell ("38.500 € 41.000 €"): each row
    a label and one number or dash per column ("Druck und Layout – 3.100 3.100"), its last cells wrapped
    onto the next line where the row is long, rules and blank lines between rows; a line that is no such
    row ends the grid. Without a unit, under a paragraph naming a financial impact or a financing plan
    (``finance``), a grid whose every number is written with cents and a thousands point ("19.800,00"), a
    column of shares in percent after the years maybe ("Nr. Position 2027 2028 Anteil"); under a paragraph
    naming costs (``costs``), a grid whose numbers are written with cents, a minus before some or not, and
    whose every row adds up to its sum's column (a printed sheet: "Zuwendung -6.385,00 -12.995,00
    -19.380,00"). By the amount's start."""
    out: dict[int, FlatCell] = {}
    for j, line in enumerate(all_lines):
        if not _TWO_YEARS_FLAT.search(line.text):
            continue
        share = _SHARE_TAIL.search(line.text)  # the shares' column after the years: no amounts
        head = Line(line.start, line.start + share.start(), line.text[: share.start()]) if share else line
        if (flat := _flat_header(head)) is None:
            continue
        cols, corner, heads = flat
        # over a blank line too, the caption wrapped as a PDF's text sets it ("Übersicht in" / "Tsd. €:")
        above = [ln.text.strip() for ln in all_lines[max(0, j - CAPTION_LINES - 1) : j] if ln.text.strip()]
        # not over the end of a sentence of prose, the text setting no blank line after it
        ends = [k for k, t in enumerate(above) if t.endswith(".") and len(t.split()) > PROSE_WORDS]
        caption = " ".join(above[ends[-1] + 1 if ends else 0 :][-CAPTION_LINES:])
        unit = IN_EUR.search(corner) or IN_EUR.search(caption)
        top = j  # the header's last line: the unit's under the years where it stands there ("in Tsd. EUR")
        if (under := _unit_line(all_lines, j + 1)) is not None:
            unit, top = unit or under, j + 1
        rows, end = _flat_rows(all_lines, top, len(cols), BARE, bool(share))
        # (the currency in every cell stands for the unit under a header of the plan's years only)
        priced = any(heads) and bool(rows)
        priced = priced and all(c.priced or _EMPTY_CELL.fullmatch(c.text) for _, cells in rows for _, c in cells)
        note = ""
        if unit is None and not priced:
            end = next((k for k in range(end, len(all_lines)) if all_lines[k].text.strip()), len(all_lines))
            note = all_lines[end].text if rows and end < len(all_lines) else ""
            unit = IN_EUR.search(note) if len(note.split()) <= NOTE_WORDS else None
        # (a note under the grid naming another unit, "(alle Angaben in Stunden)", not a sentence after it)
        other_unit = 0 < len(note.split()) <= NOTE_WORDS and not note.rstrip().endswith(".")
        cents = unit is None and not priced and not other_unit and _in_cents(all_lines, j, rows, finance)
        summed = unit is None and not priced and not cents and not other_unit and _adds_up(all_lines, j, cols, costs)
        if unit is None and not priced and not cents and not summed:
            continue
        scale = 1000 if unit is not None and (unit.group("t") or unit.group("t2")) else 1
        # (in thousands one decimal too: "18,6")
        number = SCALED if scale > 1 else CENTS if cents else SIGNED_CENTS if summed else BARE
        if not priced:
            rows, below = _flat_rows(all_lines, top, len(cols), number, bool(share))
            rows += _shares(all_lines, below, rows, len(cols), number)
        for label, cells in rows:
            for (ln, c), year, column in zip(cells, cols, heads):
                m = _PRICED.fullmatch(c.text) if c.priced else cell_number(number, c.text)
                value = parse_number(m.group("num")) if m else None
                if m and value is not None:
                    s, e = ln.start + c.start + m.start("num"), ln.start + c.start + m.end("num")
                    money = Money(value * scale, s, e, text[s:e])
                    out[s] = FlatCell(money, ln, label, caption, year, column, c.priced)
    return out


def _unit_line(all_lines: list[Line], k: int) -> re.Match[str] | None:
    """The unit of a grid's columns on the line of its own right under its header of years ("in Tsd. EUR")."""
    line = all_lines[k].text if k < len(all_lines) else ""
    unit = IN_EUR.search(line)
    return unit if unit and len(line.split()) <= NOTE_WORDS and not _DIGIT_IN.search(IN_EUR.sub("", line)) else None


def _in_cents(all_lines: list[Line], j: int, rows: list[_FlatRow], finance: Matcher | None) -> bool:
    """Whether the rows of the flattened grid under header ``j`` are money without a unit: the paragraph over it
    names a financial impact or a financing plan, and every number of theirs has cents and a thousands point."""
    if finance is None or not rows or not finance.search(lead_in(all_lines, all_lines[j], j + 1)):
        return False
    numbers = [c.text for _, cells in rows for _, c in cells if not _EMPTY_CELL.fullmatch(c.text)]
    return bool(numbers) and all(cell_number(CENTS, t) for t in numbers)


# a number written with cents, a minus before it or not ("-6.385,00", "850,00")
SIGNED_CENTS = re.compile(r"\s*-?(?P<num>\d{1,3}(?:\.\d{3})*,\d{2})\s*")


def _adds_up(all_lines: list[Line], j: int, cols: list[int | None], costs: re.Pattern[str] | None) -> bool:
    """Whether the flattened grid under header ``j`` is money without a unit: the paragraph over it names costs,
    its header has a column summing the years, and every row's numbers, written with cents and signed, add up
    to that column's, two rows at least."""
    if costs is None or None not in cols or not costs.search(lead_in(all_lines, all_lines[j], j + 1)):
        return False
    rows, _ = _flat_rows(all_lines, j, len(cols), SIGNED_CENTS)
    if len(rows) < 2:
        return False
    for _label, cells in rows:
        values = [
            (parse_number(m.group("num")), c.text.strip().startswith("-"))
            for _, c in cells
            if (m := SIGNED_CENTS.fullmatch(c.text))
        ]
        if len(values) != len(cells) or any(v is None for v, _ in values):
            return False
        signed = [-v if minus else v for v, minus in values if v is not None]
        total = [x for x, year in zip(signed, cols) if year is None]
        if len(total) != 1 or sum(x for x, year in zip(signed, cols) if year is not None) != total[0]:
            return False
    return True


_SHARE_ROW = re.compile(r"[ \t]*davon\b", re.I)  # a share of the sum above: "davon Bund (1/3)", "davon FHH"
_NONE = _Cell(0, 0, "–", False)  # a cell a share's row leaves empty


def _shares(all_lines: list[Line], k: int, rows: list[_FlatRow], n: int, number: re.Pattern[str]) -> list[_FlatRow]:
    """The rows of the shares of a sum under a flattened grid's last rows ("Summe 781,1 445,3 120,3 1.346,7" over
    "davon Bund (Sozialer Zusammenhalt, 1/3) 148,4 40,1" and "davon FHH (RISE-Mittel, 2/3) 296,9 80,2"), each with
    fewer cells than the grid has columns and as many as the others: they stand in the columns where they add up to
    the sum's cells, the others left empty; none where no one run of columns is such."""
    sums = [cells for label, cells in rows if SUM_CELL.fullmatch(label.strip())]
    shares: list[tuple[str, Line, list[_Cell]]] = []
    while k < len(all_lines) and _SHARE_ROW.match(all_lines[k].text):
        ln = all_lines[k]
        tokens = _cells(ln.text)
        m = next((m for m in range(min(n, len(tokens)) - 1, 0, -1) if all(_value(t, number) for t in tokens[-m:])), 0)
        if not m or (shares and m != len(shares[0][2])):
            break
        shares.append((ln.text[: tokens[-m].start].strip(), ln, tokens[-m:]))
        k += 1
    if not sums or not shares:
        return []
    width = len(shares[0][2])
    totals = [_amount(c.text, number) for _, c in sums[-1]]
    parts = [
        sum((_amount(cells[x].text, number) or Decimal(0) for *_, cells in shares), Decimal(0)) for x in range(width)
    ]
    fits = [o for o in range(n - width + 1) if all(totals[o + x] == parts[x] for x in range(width))]
    if len(fits) != 1:
        return []
    left, right = [_NONE] * fits[0], [_NONE] * (n - width - fits[0])
    return [(label, [(ln, c) for c in left + cells + right]) for label, ln, cells in shares]


def _amount(cell: str, number: re.Pattern[str]) -> Decimal | None:
    """A cell's number, None for an empty cell."""
    m = cell_number(number, cell)
    value = parse_number(m.group("num")) if m else None
    return Decimal(value) if value is not None else None


def unpriced(cells: dict[int, FlatCell]) -> list[Money]:
    """The amounts of a flattened grid's cells without the currency: a cell with it holds an amount of the
    text's own, read with it."""
    return [cell.money for cell in cells.values() if not cell.priced]


_FlatRow = tuple[str, list[tuple[Line, _Cell]]]  # a row's label, and its value cells with their lines


def _flat_rows(
    all_lines: list[Line], j: int, n: int, number: re.Pattern[str], share: bool = False
) -> tuple[list[_FlatRow], int]:
    """The rows of a flattened grid of ``n`` columns under its header ``j``, and the index of the first
    line after them (blank lines and rules between rows passed over, and a group's heading numbered as a
    position: "1.2 Sachausgaben"; a row's last cells wrapped onto the next line joined to it, a row's label
    wrapped onto the line under it where it breaks off at a word that links to the next; a share in percent
    ending a row, under a ``share`` column, no cell of it)."""
    rows: list[_FlatRow] = []
    joined: set[int] = set()  # lines that went on a row's label
    k, end = j + 1, j + 1
    while k < min(len(all_lines), j + 1 + TABLE_REACH):
        ln = all_lines[k]
        if not ln.text.strip() or _RULE.fullmatch(ln.text) or _ruled(ln.text) or _GROUP.fullmatch(ln.text):
            k += 1
            continue
        tokens = _cells(_PERCENT_TAIL.sub("", ln.text) if share else ln.text)
        m = next((m for m in range(min(n, len(tokens) - 1), 0, -1) if all(_value(t, number) for t in tokens[-m:])), 0)
        label = _GLUED_RULE.sub("", ln.text[: tokens[-m].start]).strip() if m else ""
        # (or a remark in brackets on a line of its own: "Zuweisung des Landes NRW 6.000 – – 6.000" over
        # "(Förderprogramm KOMM-AN NRW)")
        if not m and rows and (goes_on(rows[-1][0]) or _remark(ln.text)) and not _DIGIT_IN.search(ln.text):
            rows[-1] = (f"{rows[-1][0]} {ln.text.strip()}", rows[-1][1])  # the label of the row above goes on
            joined.add(k)
            k += 1
            end = k
            continue
        if not m and k > j + 1 and label_above(all_lines, k + 1):  # the next row's label begun on its own line
            k += 1
            continue
        # (a line that went on the row above's label begins no label of its own)
        label = f"{label_above(all_lines, k)} {label}".strip() if k > j + 2 and k - 1 not in joined else label
        if not _LETTER.search(label) or BARE.search(label) or "\t" in ln.text:
            break
        cells = [(ln, t) for t in tokens[-m:]]
        if len(cells) < n and k + 1 < len(all_lines):  # its last cells wrapped onto the next line
            below = all_lines[k + 1]
            rest = _cells(below.text)
            if len(cells) + len(rest) == n and all(_value(t, number) for t in rest):
                cells += [(below, t) for t in rest]
                k += 1
        if len(cells) != n:
            break
        rows.append((label, cells))
        k += 1
        end = k
    return rows, end


_REMARK = re.compile(r"[ \t]*\([^()]+\)[ \t]*")  # a line that is a remark in brackets alone
_UNIT_NOTE = re.compile(r"\bin[ \t]+[^\W\d_][\w.]*[ \t]*\)[ \t]*$")  # a note ending in a unit: "… in Stunden)"


def _remark(line: str) -> bool:
    """Whether a line is a remark in brackets alone, on a row's label ("(Förderprogramm KOMM-AN NRW)"), not the
    grid's note of its unit under its rows ("(Beträge in Euro)", "(alle Angaben in Stunden)")."""
    return _REMARK.fullmatch(line) is not None and IN_EUR.search(line) is None and _UNIT_NOTE.search(line) is None


_SHARE_TAIL = re.compile(rf"(?:[ \t]+(?:{SHARE_CELL.pattern}))+[ \t]*$", re.I)  # "… 2027 2028 Anteil"
_PERCENT_TAIL = re.compile(r"[ \t]+\d{1,3}(?:,\d{1,2})?[ \t]?%[ \t]*$")  # a row's share: "… 31.600,80 60 %"
_GROUP = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2})*\.?[ \t]+[^\W\d_][^\d]*")  # a group's heading: "1.2 Sachausgaben"
# a rule of columns that pdftotext set on the next row's line, glued to its label ("--- ------------Summe")
_GLUED_RULE = re.compile(rf"^[ \t]*(?:[{RULE_GLYPH}]{{3,}}[ \t]+)*[{RULE_GLYPH}]{{3,}}(?=[^\W_])")
# a rule drawn under each column ("--- --------")
_DASHED = re.compile(rf"[ \t]*(?:[{RULE_GLYPH}]{{6,}}|[{RULE_GLYPH}]{{3,}}(?:[ \t]+[{RULE_GLYPH}]{{3,}})+)[ \t]*")


def _ruled(line: str) -> bool:
    """Whether a line is a rule drawn under a grid's columns, the narrowest a number's ("--- -------- ------")."""
    return _RULE_PIECES.fullmatch(line) is not None or (
        _DASHED.fullmatch(line) is not None and sum(not c.isspace() for c in line) >= RULE_GLYPHS
    )


RULE_GLYPHS = 10  # glyphs of a rule of columns at least


def _value(cell: _Cell, number: re.Pattern[str]) -> bool:
    """Whether a token is a grid's value cell: a number (with the currency after it or not) or an empty cell's dash."""
    if cell.priced:
        return _PRICED.fullmatch(cell.text) is not None
    return cell_number(number, cell.text) is not None or _EMPTY_CELL.fullmatch(cell.text) is not None
