"""The XLSX workbook, a format for people: one sheet per table, in German, ready to filter.

Each sheet is named by its table's German title and headed by the columns' short German
names; coded columns show the codes' German names (``role`` ``decision`` as "Entscheidung",
``categories`` ``sprache;bildung`` as "Sprache; Bildung"), dates are date cells in German
form (a month-only date "2019-06" as the month's first day shown as "06.2019"), amounts of
money are numbers with two decimals, the shares of a steering group percentages. The header
row is bold and frozen, every sheet has an autofilter, and the widths follow the first rows.
The English names and codes stay in the machine formats (CSV, Parquet, SQLite), and in the
legend sheet beside their German names.

Every string is written as a text cell, never a formula or an error value, whatever it
begins with: a body named ``=HYPERLINK("http://…","Gemeinderat")`` in a Beratungsfolge
shows as that text and is never evaluated; cells that begin like a formula also carry
Excel's quote prefix, so they stay text when someone edits them. Numbers and booleans keep
their types. The workbook is the same for the same tables, apart from its creation time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from ..schema import MONEY
from .labels import column_header, sheet_name, shown_code, shown_codes
from .tables import EXTENSION_DTYPES, FORMULA_START

XLSX_WIDTH_ROWS = 200  # rows looked at for a column's width
XLSX_BLOCK = 2000  # rows turned into cells at a time
# Control characters XML cannot carry (or, as a carriage return, turns into a line feed when
# read), and a literal "_xHHHH_" (whose "_" must be escaped, or Excel would decode it): written
# in OOXML's escape form "_xHHHH_", which Excel shows as the character itself.
XLSX_ESCAPED = re.compile(r"[\x00-\x08\x0b-\x1f]|_(?=x[0-9A-Fa-f]{4}_)")
# Columns of ISO dates (a day, or a month where only the month is known).
DATE_COLUMNS = ("doc_date", "meeting_date", "first_meeting", "decision_date")
ISO_DATE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
DAY_FORMAT, MONTH_FORMAT, MONEY_FORMAT, SHARE_FORMAT = "DD.MM.YYYY", "MM.YYYY", "#,##0.00", "0.0%"
SHARE_COLUMNS = ("share_politics", "share_administration", "share_civil_society")  # 0-1, shown as percent


def xlsx_text(value: str) -> str:
    """A string as an XLSX cell stores it, in OOXML's escapes where XML needs them.

    >>> xlsx_text("Seite 1\\fSeite 2\\r")
    'Seite 1_x000C_Seite 2_x000D_'
    >>> xlsx_text("_x0041_ bleibt")
    '_x005F_x0041_ bleibt'
    """
    if XLSX_ESCAPED.search(value) is None:
        return value
    return XLSX_ESCAPED.sub(lambda m: f"_x{ord(m.group()):04X}_", value)


def xlsx_values(series: pd.Series) -> list[object]:
    """A column's values for a sheet: Python strings, numbers, booleans, dates; None for missing."""
    if str(series.dtype) in EXTENSION_DTYPES:
        return series.to_numpy(dtype=object, na_value=None).tolist()
    return [None if pd.isna(v) else v for v in series.tolist()]


def iso_date(value: str) -> tuple[date, str] | None:
    """An ISO date of the tables as a date and its German number format (None: no such date).

    >>> iso_date("2019-04-02"), iso_date("2019-06"), iso_date("2019-13-01"), iso_date("bald")
    ((datetime.date(2019, 4, 2), 'DD.MM.YYYY'), (datetime.date(2019, 6, 1), 'MM.YYYY'), None, None)
    """
    m = ISO_DATE.fullmatch(value)
    if m is None:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3] or 1)), DAY_FORMAT if m[3] else MONTH_FORMAT
    except ValueError:
        return None


def german_date(value: str) -> str:
    """An ISO date of the tables as people in Germany write it (anything else as it is).

    >>> german_date("2019-04-02"), german_date("2019-06"), german_date("")
    ('02.04.2019', '06.2019', '')
    """
    day = iso_date(value)
    if day is None:
        return value
    return day[0].strftime("%d.%m.%Y" if day[1] == DAY_FORMAT else "%m.%Y")


Shown = tuple[object, str | None]  # a cell's value for people and its number format


def shown_values(column: str, kind: str | None) -> Callable[[object], Shown]:
    """How a column's values are shown: dates as dates, codes by their German names, money
    with two decimals, anything else as it is."""
    coded = column in shown_codes()

    def shown(value: object) -> Shown:
        if isinstance(value, str):
            if column in DATE_COLUMNS and (day := iso_date(value)) is not None:
                return day
            return (shown_code(column, value) if coded else value), None
        if kind == MONEY and isinstance(value, float):
            return value, MONEY_FORMAT
        if column in SHARE_COLUMNS and isinstance(value, float):
            return value, SHARE_FORMAT
        return value, None

    return shown


class XlsxBook:
    """A workbook for people (see the module): one sheet per table.

    Sheets are written row by row in openpyxl's write-only mode (each streams to a temporary
    file), a block of rows at a time.
    """

    def __init__(self) -> None:
        from openpyxl import Workbook

        self.book = Workbook(write_only=True)

    def add(self, name: str, parts: list[pd.DataFrame], kinds: Mapping[str, str] | None = None) -> None:
        """A sheet holding the rows of ``parts`` (chunks of one table, same columns) in order;
        ``kinds`` are the columns' kinds of the contract (money is shown with decimals)."""
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        ws = self.book.create_sheet(title=sheet_name(name))
        columns = list(parts[0].columns)
        n_rows = sum(len(p) for p in parts)
        size = f"A1:{get_column_letter(max(len(columns), 1))}{n_rows + 1}"
        ws.calculate_dimension = lambda: size  # written before the rows: readers size the sheet by it
        shown = [shown_values(str(col), (kinds or {}).get(str(col))) for col in columns]
        headers = [column_header(str(col)) for col in columns]
        head = first_rows(parts, XLSX_WIDTH_ROWS)
        for i, (col, header, show) in enumerate(zip(columns, headers, shown), start=1):
            texts = [display_width(*show(v)) for v in xlsx_values(head[col]) if v is not None]
            ws.column_dimensions[get_column_letter(i)].width = min(max([len(header) + 3, *texts, 8]), 60)
        ws.freeze_panes = "A2"
        if columns:
            ws.auto_filter.ref = size
        cell = text_cells(ws)
        header_cells = [cell(h) for h in headers]
        for c in header_cells:
            c.font = Font(bold=True)
        ws.append(header_cells)
        for part in parts:
            for first in range(0, len(part), XLSX_BLOCK):
                block = part.iloc[first : first + XLSX_BLOCK]
                values = ([cell(*show(v)) for v in xlsx_values(block[c])] for c, show in zip(columns, shown))
                for row in zip(*values):
                    ws.append(row)

    def save(self, target: Path) -> None:
        self.book.save(target)


def display_width(value: object, number_format: str | None) -> int:
    """About how many characters a cell shows."""
    if number_format in (DAY_FORMAT, MONTH_FORMAT):
        return len(number_format)
    if number_format == MONEY_FORMAT and isinstance(value, float):
        return len(f"{value:,.2f}")
    if number_format == SHARE_FORMAT:
        return len("100,0 %")
    return len(str(value))


def first_rows(parts: list[pd.DataFrame], n: int) -> pd.DataFrame:
    """The first ``n`` rows of the chunks, without joining them all."""
    taken, count = [], 0
    for part in parts:
        if count >= n:
            break
        taken.append(part.iloc[: n - count])
        count += len(taken[-1])
    return pd.concat(taken, ignore_index=True) if len(taken) > 1 else taken[0]


def text_cells(ws: Any) -> Callable[..., Any]:
    """A function that makes a value into a cell of ``ws``: a string a text cell, a value with a
    number format a cell of that format; other values are returned as they are (openpyxl
    types numbers, booleans and dates itself)."""
    from openpyxl.cell import WriteOnlyCell

    def cell(value: object, number_format: str | None = None) -> Any:
        if isinstance(value, str):
            text = WriteOnlyCell(ws, xlsx_text(value))
            text.data_type = "s"  # openpyxl would make "=…" a formula and "#N/A" an error value
            if value.startswith(FORMULA_START):
                text.quotePrefix = True
            return text
        if number_format is None:
            return value
        formatted = WriteOnlyCell(ws, value)
        formatted.number_format = number_format
        return formatted

    return cell
