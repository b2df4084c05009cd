"""Atomic writers: CSV, Parquet, SQLite (and XLSX on request).

Every file is written under a temporary name in the target folder and renamed into place,
so an interrupted run leaves the previous outputs intact.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pandas as pd

from .atomic import atomic_path, write_text
from .schema import BOOL, FLOAT, INT, MONEY, PRIMARY_KEYS, TABLES, Column
from .tables import csv_frame

SQLITE_NAME = "vorlagen.sqlite"
SQL_TYPES = {INT: "INTEGER", FLOAT: "REAL", MONEY: "REAL", BOOL: "INTEGER", "str": "TEXT"}


def write_csv(df: pd.DataFrame, columns: tuple[Column, ...], target: Path) -> None:
    with atomic_path(target) as tmp:
        csv_frame(df, columns).to_csv(tmp, index=False, lineterminator="\n", encoding="utf-8")


def write_parquet(df: pd.DataFrame, target: Path) -> None:
    with atomic_path(target) as tmp:
        df.to_parquet(tmp, index=False, engine="pyarrow")


def table_columns(name: str, df: pd.DataFrame) -> tuple[Column, ...]:
    """The contract's columns of a table, or columns read off the frame for derived tables."""
    if name in TABLES:
        return TABLES[name]
    kinds = {"Int64": INT, "Float64": FLOAT, "boolean": BOOL}
    return tuple(Column(c, kinds.get(str(df[c].dtype), "str")) for c in df.columns)


def write_sqlite(frames: dict[str, pd.DataFrame], target: Path) -> None:
    """All tables in one SQLite file with primary keys, foreign keys to documents, indexes."""
    with atomic_path(target) as tmp:
        con = sqlite3.connect(tmp)
        try:
            con.execute("PRAGMA foreign_keys = ON")
            order = sorted(frames, key=lambda n: (n != "documents", n == "steering_group_members", n))
            for name in order:
                df = frames[name]
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
                rows = list(zip(*(sql_column(df[c]) for c in df.columns)))
                marks = ", ".join("?" for _ in cols)
                con.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)
            con.commit()
        finally:
            con.close()


EXTENSION_DTYPES = ("string", "Int64", "Float64", "boolean")  # their cells are Python values or NA


def sql_column(series: pd.Series) -> list[object]:
    """A column's values for SQLite: None for missing, Python numbers, 0/1 for booleans."""
    if str(series.dtype) in EXTENSION_DTYPES:
        return series.astype(object).where(series.notna(), None).tolist()
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
    for name, df in frames.items():
        cols = table_columns(name, df)
        if "csv" in formats:
            write_csv(df, cols, out / f"{name}.csv")
        if "parquet" in formats:
            write_parquet(df, out / f"{name}.parquet")
    if "sqlite" in formats:
        write_sqlite(frames, out / SQLITE_NAME)
    if "xlsx" in formats:
        write_xlsx(frames, out / "vorlagen.xlsx")


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
