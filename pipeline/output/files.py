"""The files of an output folder by format, without heavy imports (a run that has nothing to do
looks at them before it would load pandas)."""

from __future__ import annotations

from pathlib import Path

from .formats import SQLITE_NAME, XLSX_NAME

CSV_DE = "csv-de"  # the folder and format name of the CSVs for German spreadsheets


def present_formats(out: Path) -> tuple[str, ...]:
    """The formats an earlier run wrote into ``out`` (CSV always)."""
    found = ["csv"]
    if any(out.glob("*.parquet")):
        found.append("parquet")
    if (out / SQLITE_NAME).exists():
        found.append("sqlite")
    if (out / XLSX_NAME).exists():
        found.append("xlsx")
    if (out / CSV_DE).is_dir():
        found.append(CSV_DE)
    return tuple(found)
