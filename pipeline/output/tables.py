"""Rows to pandas DataFrames with the contract's columns and dtypes, and validation."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from ..schema import BOOL, FLOAT, INT, MONEY, STR, TABLES, Column

PANDAS_DTYPES = {"str": "string", INT: "Int64", FLOAT: "Float64", MONEY: "Float64", BOOL: "boolean"}
EXTENSION_DTYPES = ("string", "Int64", "Float64", "boolean")  # their cells are Python values or NA
# What makes a spreadsheet read typed text as a formula when a cell is entered or edited.
FORMULA_START = ("=", "+", "-", "@")


def frame(table: str, rows: Iterable[dict[str, Any]], columns: tuple[Column, ...] | None = None) -> pd.DataFrame:
    """A DataFrame with exactly the table's columns (extra keys dropped, missing ones empty)."""
    cols = columns or TABLES[table]
    rows = list(rows)
    data = {c.name: column_array([r.get(c.name) for r in rows], c.kind) for c in cols}
    df = pd.DataFrame(data, columns=[c.name for c in cols])
    for c in cols:
        if not isinstance(data[c.name], pd.api.extensions.ExtensionArray):
            df[c.name] = coerce(df[c.name], c.kind)
    return df


# the Python types whose values a column of each kind takes as they are (no conversion to do)
_PLAIN: dict[str, tuple[type, ...]] = {STR: (str,), INT: (int,), BOOL: (bool,)}


def column_array(values: list[Any], kind: str) -> Any:
    """A column's values as the contract's pandas array when they are all plain values of its
    kind or None (the usual case: the same array :func:`coerce` makes, without the detour over
    an object column), else the list itself, for :func:`coerce`."""
    plain = _PLAIN.get(kind)
    if plain is None:
        return values
    exact = kind != INT  # a bool is an int to isinstance, but not a value of an int column
    for v in values:
        if v is not None and not (isinstance(v, plain) and (exact or not isinstance(v, bool))):
            return values
    return pd.array(values, dtype=PANDAS_DTYPES[kind])


def coerce(series: pd.Series, kind: str) -> pd.Series:
    if kind == MONEY:
        series = pd.to_numeric(series, errors="coerce").round(2)
    elif kind in (INT, FLOAT):
        series = pd.to_numeric(series, errors="coerce")
    if kind == BOOL:
        series = series.map(lambda v: None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else bool(v))
    return series.astype(PANDAS_DTYPES[kind])


def csv_cells(df: pd.DataFrame, columns: tuple[Column, ...]) -> list[list[str]]:
    """Every cell as the CSV text the contract asks for (true/false, 2-decimal money, empty NA),
    column by column."""
    cells = []
    for c in columns:
        values = csv_column(df[c.name], c.kind)
        cells.append(values.tolist() if hasattr(values, "tolist") else values)
    return cells


def csv_column(series: pd.Series, kind: str) -> Any:
    """One column as CSV text: whole columns at once for the usual dtypes, else cell by cell."""
    import numpy as np

    dtype = str(series.dtype)
    if kind == "str" and dtype == "string":
        return series.fillna("")
    if kind == INT and dtype == "Int64":
        return series.astype("string").fillna("")
    if kind == BOOL and dtype == "boolean":
        return np.where(series.isna(), "", np.where(series.fillna(False), "true", "false"))
    return [format_cell(v, kind) for v in series.tolist()]


def format_cell(value: Any, kind: str) -> str:
    """
    >>> format_cell(21568.75, "money"), format_cell(True, "bool"), format_cell(None, "int")
    ('21568.75', 'true', '')
    """
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    if kind == BOOL:
        return "true" if value else "false"
    if kind == MONEY:
        return f"{float(value):.2f}"
    if kind == INT:
        return str(int(value))
    if kind == FLOAT:
        return f"{float(value):.3f}".rstrip("0").rstrip(".")
    return str(value)


def check_provenance(texts: dict[str, str], df: pd.DataFrame) -> list[str]:
    """Rows whose snippet is not the text at their offsets (should be none)."""
    bad: list[str] = []
    if "snippet" not in df.columns:
        return bad
    for row in df.itertuples(index=False):
        text = texts.get(row.doc_id)
        if text is None or text[int(row.char_start) : int(row.char_end)] != row.snippet:
            bad.append(f"{row.doc_id}:{row.char_start}-{row.char_end}")
    return bad
