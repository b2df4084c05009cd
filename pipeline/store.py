"""Atomic writers: CSV, Parquet, SQLite (and XLSX on request).

Every file is written under a temporary name in the target folder and renamed into place,
so an interrupted run leaves the previous outputs intact. :class:`TableWriter` takes each
table in chunks of rows, appended in order, so a run never holds a whole table; the files
appear together when it closes.
"""

from __future__ import annotations

import contextlib
import csv
import sqlite3
from pathlib import Path
from typing import Any

import pandas as pd

from .atomic import atomic_path, write_text
from .schema import BOOL, FLOAT, INT, MONEY, PRIMARY_KEYS, TABLES, Column
from .tables import csv_cells

SQLITE_NAME = "vorlagen.sqlite"
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
    with TableWriter(target.parent, ("sqlite",), sqlite_name=target.name) as writer:
        for name in sorted(frames, key=sqlite_order):
            writer.write(name, frames[name])


EXTENSION_DTYPES = ("string", "Int64", "Float64", "boolean")  # their cells are Python values or NA


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


def write_tables(frames: dict[str, pd.DataFrame], out: Path, formats: tuple[str, ...] = ("csv", "parquet", "sqlite")) -> None:
    """Write every table in every requested format."""
    with TableWriter(out, formats) as writer:
        for name, df in frames.items():
            writer.write(name, df)


class TableWriter:
    """Append chunks of rows to tables in every requested format; commit all files at close.

    Chunks of one table must come in the table's order and with the same columns and
    dtypes. The CSV is the bytes one ``to_csv`` of the whole table would give; Parquet gets
    a row group per chunk; SQLite one transaction. XLSX, a format for people, is built from
    the whole tables at the end. On an error, no file is replaced.
    """

    def __init__(self, out: Path, formats: tuple[str, ...], sqlite_name: str = SQLITE_NAME) -> None:
        self.out = out
        self.formats = formats
        self.sqlite_name = sqlite_name
        self.stack = contextlib.ExitStack()
        self.empty: dict[str, pd.DataFrame] = {}  # name → the table's columns and dtypes, no rows
        self.rows: dict[str, int] = {}
        self.csv: dict[str, Any] = {}
        self.parquet: dict[str, Any] = {}
        self.sqlite: sqlite3.Connection | None = None
        self.sheets: dict[str, list[pd.DataFrame]] = {}

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
        if "csv" in self.formats:
            self.write_csv(name, df, first)
        if "parquet" in self.formats:
            self.write_parquet(name, df, first)
        if "sqlite" in self.formats:
            self.write_sqlite(name, df, first)
        if "xlsx" in self.formats:
            self.sheets.setdefault(name, []).append(df)

    def target(self, name: str) -> Path:
        """A temporary file that becomes ``out/name`` when the writer closes."""
        return self.stack.enter_context(atomic_path(self.out / name))

    def write_csv(self, name: str, df: pd.DataFrame, first: bool) -> None:
        if first:
            self.csv[name] = self.stack.enter_context(open(self.target(f"{name}.csv"), "w", encoding="utf-8", newline=""))
        append_csv(self.csv[name], df, table_columns(name, self.empty[name]), header=first)

    def write_parquet(self, name: str, df: pd.DataFrame, first: bool) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if first:
            schema = pa.Schema.from_pandas(df, preserve_index=False)
            self.parquet[name] = self.stack.enter_context(pq.ParquetWriter(self.target(f"{name}.parquet"), schema))
        writer = self.parquet[name]
        writer.write_table(pa.Table.from_pandas(df, schema=writer.schema, preserve_index=False))

    def write_sqlite(self, name: str, df: pd.DataFrame, first: bool) -> None:
        if self.sqlite is None:
            self.sqlite = sqlite3.connect(self.target(self.sqlite_name))
            self.stack.callback(self.sqlite.close)
            self.sqlite.execute("PRAGMA foreign_keys = ON")
        if first:
            create_sqlite_table(self.sqlite, name, df)
        insert_sqlite_rows(self.sqlite, name, df)

    def close(self) -> None:
        """Finish every file and move them all into place."""
        try:
            if self.sqlite is not None:
                self.sqlite.commit()
            if self.sheets:
                write_xlsx({name: pd.concat(parts, ignore_index=True) for name, parts in self.sheets.items()},
                           self.out / "vorlagen.xlsx")
        except BaseException:
            self.abort()
            raise
        self.stack.close()

    def abort(self) -> None:
        """Close the files and remove them; the previous outputs stay."""
        self.stack.__exit__(RuntimeError, RuntimeError("aborted"), None)


def write_xlsx(frames: dict[str, pd.DataFrame], target: Path) -> None:
    """One sheet per table, bold header, frozen header row, sensible column widths."""
    from openpyxl.styles import Font

    with atomic_path(target) as tmp:
        with pd.ExcelWriter(tmp, engine="openpyxl") as writer:
            for name, df in frames.items():
                df.astype(object).where(df.notna(), None).to_excel(writer, sheet_name=name[:31], index=False)
                ws = writer.sheets[name[:31]]
                ws.freeze_panes = "A2"
                for cell in ws[1]:
                    cell.font = Font(bold=True)
                for col in ws.columns:
                    width = max((len(str(c.value)) for c in col[:200] if c.value is not None), default=8)
                    ws.column_dimensions[col[0].column_letter].width = min(max(width, 8), 60)
