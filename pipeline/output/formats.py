"""The output formats, named once: ``vorlagen run --format`` and ``vorlagen compare --format``
offer these names, the run writes the default ones, an output folder's formats are found by
their files, and :class:`pipeline.output.store.TableWriter` writes each through the class its
entry names (a new format: an entry here, naming its writer class in
``pipeline/output/store.py``). No heavy import here, so the command line can read it while it
starts.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Format:
    """An output format: the file it writes (``{table}`` for one file per table, else one file
    that holds every table), whether a run writes it when no ``--format`` is given, the class
    in :mod:`pipeline.output.store` that writes it, and what ``--help`` says of it beside its
    name (German, for users; "" for nothing)."""

    file: str
    default: bool
    writer: str
    note: str = ""

    @property
    def per_table(self) -> bool:
        return "{table}" in self.file


FORMATS: dict[str, Format] = {
    "csv": Format("{table}.csv", default=True, writer="CsvFiles"),
    "parquet": Format("{table}.parquet", default=True, writer="ParquetFiles"),
    "sqlite": Format("vorlagen.sqlite", default=True, writer="SqliteFile"),
    "xlsx": Format("vorlagen.xlsx", default=False, writer="XlsxFile"),  # a format for people, on request
    # CSVs for spreadsheets in German locales (semicolon, decimal comma, BOM), on request
    "csv-de": Format(
        "csv-de/{table}.csv",
        default=False,
        writer="GermanCsvFiles",
        note="Semikolon, Dezimalkomma, BOM: für Excel/LibreOffice auf Deutsch, im Unterordner csv-de/",
    ),
}
DEFAULT_FORMATS = tuple(name for name, f in FORMATS.items() if f.default)
SQLITE_NAME = FORMATS["sqlite"].file
XLSX_NAME = FORMATS["xlsx"].file


def described(names: tuple[str, ...]) -> str:
    """The formats ``names`` for a help text, each with its note.

    >>> described(("xlsx", "csv-de"))
    'xlsx, csv-de (Semikolon, Dezimalkomma, BOM: für Excel/LibreOffice auf Deutsch, im Unterordner csv-de/)'
    """
    return ", ".join(f"{name} ({FORMATS[name].note})" if FORMATS[name].note else name for name in names)
