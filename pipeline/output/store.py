"""Atomic writers: CSV, Parquet, SQLite (and XLSX on request), and the one reader of an
output folder (:func:`read_tables`).

Every file is written under a temporary name in the target folder and renamed into place,
so an interrupted run leaves the previous outputs intact. :class:`TableWriter` takes each
table in chunks of rows, appended in order, so a run never holds a whole table; the files
appear together when it closes.
"""

from __future__ import annotations

import contextlib
import csv
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from ..atomic import atomic_path
from ..schema import BOOL, FLOAT, INT, MONEY, PRIMARY_KEYS, STR, TABLES, Column
from .formats import DEFAULT_FORMATS, FORMATS
from .labels import LEGEND, column_header, shown_code, shown_codes
from .tables import EXTENSION_DTYPES, FORMULA_START, csv_cells, frame
from .xlsx import DATE_COLUMNS, german_date

SQL_TYPES = {INT: "INTEGER", FLOAT: "REAL", MONEY: "REAL", BOOL: "INTEGER", "str": "TEXT"}


def write_csv(df: pd.DataFrame, columns: tuple[Column, ...], target: Path) -> None:
    with atomic_path(target) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
        append_csv(fh, df, columns, header=True)


def append_csv(fh: Any, df: pd.DataFrame, columns: tuple[Column, ...], header: bool) -> None:
    """Rows (and the header) as pandas' ``to_csv`` writes them: its csv dialect, minimal quoting."""
    writer = csv.writer(fh, lineterminator="\n")
    if header:
        writer.writerow([c.name for c in columns])
    writer.writerows(zip(*csv_cells(df, columns)))


def append_csv_de(fh: Any, df: pd.DataFrame, columns: tuple[Column, ...], header: bool) -> None:
    """Rows as people read them in a spreadsheet with German settings: the headings of the XLSX,
    codes by their German names, dates as 23.05.2017 (a month as 05.2017), decimal commas,
    WAHR/FALSCH; semicolons (the file is opened with a BOM, so that the spreadsheet knows it is
    UTF-8). Text that a spreadsheet would take for a formula is neutralised
    (:func:`inert_text`); numbers stay numbers."""
    writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
    if header:
        writer.writerow([inert_text(column_header(c.name)) for c in columns])
    cells = csv_cells(df, columns)
    for i, c in enumerate(columns):
        if c.kind in (FLOAT, MONEY):
            cells[i] = [v.replace(".", ",") for v in cells[i]]
        elif c.kind == BOOL:
            cells[i] = [GERMAN_BOOLEANS.get(v, v) for v in cells[i]]
        elif c.kind == STR:
            german = german_text(c.name)
            cells[i] = [inert_text(german(v)) for v in cells[i]]
    writer.writerows(zip(*cells))


GERMAN_BOOLEANS = {"true": "WAHR", "false": "FALSCH"}  # what a spreadsheet in German reads as booleans


def german_text(column: str) -> Callable[[str], str]:
    """How a text column's cells read in German: a date as 23.05.2017 (05.2017 for a month),
    codes by their German names, anything else as it is."""
    if column in DATE_COLUMNS:
        return german_date
    if column in shown_codes():
        return lambda value: shown_code(column, value) if value else value
    return lambda value: value


# What makes a spreadsheet read a cell of a CSV as a formula (OWASP, CSV injection): '=', '+',
# '-', '@' at the start, or a tab or carriage return before them (dropped on import).
CSV_FORMULA_START = (*FORMULA_START, "\t", "\r")


def inert_text(value: str) -> str:
    """A text cell of a spreadsheet CSV that no spreadsheet evaluates: one that begins like a
    formula gets a leading apostrophe (OWASP's rule), so that a spreadsheet reads it as text.

    >>> inert_text("=SUM(A1)"), inert_text("-5"), inert_text("\\t=1"), inert_text("Rat"), inert_text("")
    ("'=SUM(A1)", "'-5", "'\\t=1", 'Rat', '')
    """
    return "'" + value if value.startswith(CSV_FORMULA_START) else value


def read_tables(out: Path, names: Iterable[str] | None = None) -> dict[str, pd.DataFrame]:
    """The contract's tables (those of ``names``, default all) from the CSVs in ``out``, typed
    as the pipeline writes them; a table without a CSV is left out."""
    frames: dict[str, pd.DataFrame] = {}
    for name in TABLES if names is None else names:
        path = out / f"{name}.csv"
        if not path.exists():
            continue
        raw = pd.read_csv(path, dtype=str, keep_default_na=False)
        kinds = {c.name: c.kind for c in TABLES[name]}
        rows = [{k: csv_value(v, kinds.get(k, STR)) for k, v in rec.items()} for rec in raw.to_dict("records")]
        frames[name] = frame(name, rows)
    return frames


def csv_value(value: str, kind: str) -> Any:
    """
    >>> csv_value("", "str"), csv_value("true", "bool"), csv_value("12.50", "money")
    (None, True, '12.50')
    """
    if value == "":
        return None
    if kind == BOOL:
        return {"true": True, "false": False}.get(value.lower())
    return value


def write_parquet(df: pd.DataFrame, target: Path) -> None:
    with atomic_path(target) as tmp:
        df.to_parquet(tmp, index=False, engine="pyarrow")


def table_columns(name: str, df: pd.DataFrame) -> tuple[Column, ...]:
    """The contract's columns of a table, or columns read off the frame for derived tables."""
    if name in TABLES:
        return TABLES[name]
    kinds = {"Int64": INT, "Float64": FLOAT, "boolean": BOOL}
    return tuple(Column(c, kinds.get(str(df[c].dtype), "str")) for c in df.columns)


def sqlite_order(name: str) -> tuple[bool, bool, str]:
    """Tables a foreign key points to come first: documents, then steering groups before members."""
    return (name != "documents", name == "steering_group_members", name)


def create_sqlite_table(con: sqlite3.Connection, name: str, df: pd.DataFrame) -> None:
    """A table with the contract's primary key, foreign keys to documents, an index on doc_id."""
    cols = table_columns(name, df)
    defs = [f'"{c.name}" {SQL_TYPES.get(c.kind, "TEXT")}' for c in cols]
    pk = PRIMARY_KEYS.get(name)
    if pk:
        defs.append("PRIMARY KEY (" + ", ".join(f'"{k}"' for k in pk) + ")")
    if name != "documents" and "doc_id" in df.columns and name in PRIMARY_KEYS:
        defs.append('FOREIGN KEY ("doc_id") REFERENCES documents ("doc_id")')
    if name == "steering_group_members":
        defs.append('FOREIGN KEY ("group_id") REFERENCES steering_groups ("group_id")')
    con.execute(f'CREATE TABLE "{name}" ({", ".join(defs)})')
    if "doc_id" in df.columns and name != "documents":
        con.execute(f'CREATE INDEX "idx_{name}_doc_id" ON "{name}" ("doc_id")')


def insert_sqlite_rows(con: sqlite3.Connection, name: str, df: pd.DataFrame) -> None:
    rows = list(zip(*(sql_column(df[c]) for c in df.columns)))
    marks = ", ".join("?" for _ in df.columns)
    con.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)


def write_sqlite(frames: dict[str, pd.DataFrame], target: Path) -> None:
    """All tables in one SQLite file with primary keys, foreign keys to documents, indexes."""
    write_tables({name: frames[name] for name in sorted(frames, key=sqlite_order)}, target.parent, ("sqlite",), target)


def sql_column(series: pd.Series) -> list[object]:
    """A column's values for SQLite: None for missing, Python numbers, 0/1 for booleans."""
    if str(series.dtype) in EXTENSION_DTYPES:
        return series.to_numpy(dtype=object, na_value=None).tolist()
    return [sql_value(v) for v in series.tolist()]


def sql_value(value: object) -> object:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, bool):
        return int(value)
    if hasattr(value, "item"):
        return value.item()  # numpy scalars
    return value


def write_tables(
    frames: dict[str, pd.DataFrame], out: Path, formats: tuple[str, ...] = DEFAULT_FORMATS, target: Path | None = None
) -> None:
    """Write every table in every requested format (``target``: the file of a single
    one-file format, under another name than its entry's)."""
    files = {f: target.name for f in formats} if target is not None else None
    with TableWriter(out, formats, files) as writer:
        for name, df in frames.items():
            writer.write(name, df)


class TableWriter:
    """Append chunks of rows to tables in every requested format; commit all files at close.

    Chunks of one table must come in the table's order and with the same columns and
    dtypes. Each format's files are written by the class its :data:`FORMATS` entry names
    (below). On an error, no file is replaced.
    """

    def __init__(self, out: Path, formats: tuple[str, ...], files: Mapping[str, str] | None = None) -> None:
        """``files`` gives a format another file name than its entry's (``{"sqlite": "x.sqlite"}``)."""
        self.out = out
        self.formats = formats
        self.stack = contextlib.ExitStack()
        self.empty: dict[str, pd.DataFrame] = {}  # name → the table's columns and dtypes, no rows
        self.rows: dict[str, int] = {}
        chosen = {f: (files or {}).get(f, FORMATS[f].file) for f in formats}
        self.writers: list[FormatFiles] = [writer_class(f)(self, file) for f, file in chosen.items()]

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()

    def write(self, name: str, df: pd.DataFrame) -> None:
        """Append ``df`` to table ``name`` (the first chunk, even an empty one, creates it)."""
        first = name not in self.empty
        if not first and df.empty:
            return
        if first:
            self.empty[name] = df.iloc[0:0]
            self.rows[name] = 0
        self.rows[name] += len(df)
        for writer in self.writers:
            writer.add(name, df, first)

    def target(self, name: str) -> Path:
        """A temporary file that becomes ``out/name`` when the writer closes."""
        return self.stack.enter_context(atomic_path(self.out / name))

    def columns(self, name: str) -> tuple[Column, ...]:
        return table_columns(name, self.empty[name])

    def close(self) -> None:
        """Finish every file and move them all into place."""
        try:
            for writer in self.writers:
                writer.finish()
        except BaseException:
            self.abort()
            raise
        self.stack.close()

    def abort(self) -> None:
        """Close the files and remove them; the previous outputs stay."""
        self.stack.__exit__(RuntimeError, RuntimeError("aborted"), None)


def writer_class(name: str) -> type[FormatFiles]:
    """The class that writes format ``name``, as its :data:`FORMATS` entry names it."""
    cls = globals().get(FORMATS[name].writer)
    if not (isinstance(cls, type) and issubclass(cls, FormatFiles)):
        raise LookupError(f"format {name!r}: no writer class {FORMATS[name].writer!r} in {__name__}")
    return cls


class FormatFiles:
    """The files of one format inside a :class:`TableWriter`: ``file`` is the entry's file name
    (``{table}`` in it for one file per table). A new format: a subclass here, named by its
    entry in :data:`pipeline.output.formats.FORMATS`."""

    def __init__(self, tables: TableWriter, file: str) -> None:
        self.tables = tables
        self.file = file

    def add(self, name: str, df: pd.DataFrame, first: bool) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        """Called once all tables are written, before the files are moved into place."""

    def with_legend(self) -> bool:
        """A whole output (one with documents) gets the legend of German names beside its tables."""
        return "documents" in self.tables.empty


class CsvFiles(FormatFiles):
    """One CSV per table: the bytes one ``to_csv`` of the whole table would give."""

    encoding = "utf-8"
    append = staticmethod(append_csv)

    def __init__(self, tables: TableWriter, file: str) -> None:
        super().__init__(tables, file)
        self.handles: dict[str, Any] = {}

    def add(self, name: str, df: pd.DataFrame, first: bool) -> None:
        if first:
            target = self.tables.target(self.file.format(table=name))
            self.handles[name] = self.tables.stack.enter_context(open(target, "w", encoding=self.encoding, newline=""))
        self.append(self.handles[name], df, self.tables.columns(name), header=first)


class GermanCsvFiles(CsvFiles):
    """CSVs for spreadsheets in German locales: semicolons, decimal commas, a BOM."""

    encoding = "utf-8-sig"
    append = staticmethod(append_csv_de)


class ParquetFiles(FormatFiles):
    """One Parquet file per table, a row group per chunk."""

    def __init__(self, tables: TableWriter, file: str) -> None:
        super().__init__(tables, file)
        self.writers: dict[str, Any] = {}

    def add(self, name: str, df: pd.DataFrame, first: bool) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if first:
            schema = pa.Schema.from_pandas(df, preserve_index=False)
            target = self.tables.target(self.file.format(table=name))
            self.writers[name] = self.tables.stack.enter_context(pq.ParquetWriter(target, schema))
        writer = self.writers[name]
        writer.write_table(pa.Table.from_pandas(df, schema=writer.schema, preserve_index=False))


class SqliteFile(FormatFiles):
    """Every table in one SQLite file, one transaction (tables a foreign key points to must
    come first: documents, steering groups before their members)."""

    def __init__(self, tables: TableWriter, file: str) -> None:
        super().__init__(tables, file)
        self.con: sqlite3.Connection | None = None

    def add(self, name: str, df: pd.DataFrame, first: bool) -> None:
        if self.con is None:
            self.con = sqlite3.connect(self.tables.target(self.file))
            self.tables.stack.callback(self.con.close)
            self.con.execute("PRAGMA foreign_keys = ON")
        if first:
            create_sqlite_table(self.con, name, df)
        insert_sqlite_rows(self.con, name, df)

    def finish(self) -> None:
        if self.con is None:
            return
        if self.with_legend():
            legend = legend_frame()
            create_sqlite_table(self.con, LEGEND, legend)
            insert_sqlite_rows(self.con, LEGEND, legend)
        self.con.commit()


class XlsxFile(FormatFiles):
    """A workbook for people, written at the end from each table's chunks (a sheet states its
    size before its rows)."""

    def __init__(self, tables: TableWriter, file: str) -> None:
        super().__init__(tables, file)
        self.sheets: dict[str, list[pd.DataFrame]] = {}

    def add(self, name: str, df: pd.DataFrame, first: bool) -> None:
        self.sheets.setdefault(name, []).append(df)

    def finish(self) -> None:
        if not self.sheets:
            return
        from .xlsx import XlsxBook

        book = XlsxBook()
        for name, parts in self.sheets.items():
            book.add(name, parts, {c.name: c.kind for c in self.tables.columns(name)})
        if self.with_legend():
            book.add(LEGEND, [legend_sheet()])
        book.save(self.tables.target(self.file))


def legend_frame() -> pd.DataFrame:
    """The German names of the columns and codes, a table beside the others (SQLite, XLSX)."""
    from .labels import legend_rows

    return pd.DataFrame(legend_rows(), dtype="string")


def legend_sheet() -> pd.DataFrame:
    """The legend as the XLSX shows it: each column by its German heading in the sheets and its
    name in the machine formats, then each code with its German name."""
    from .labels import column_header

    legend = legend_frame()
    return pd.DataFrame({"spalte_de": legend["spalte"].map(column_header), **legend}, dtype="string")


def write_xlsx(frames: dict[str, pd.DataFrame], target: Path) -> None:
    """One sheet per table in one workbook, written atomically (see :mod:`pipeline.output.xlsx`)."""
    write_tables(frames, target.parent, ("xlsx",), target)
