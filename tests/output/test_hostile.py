"""Formula-like and HTML-like text from a submission stays inert in every output.

The hostile submission of ``scripts/make_bad_inputs.py`` (``hostile.txt`` and its PDF
rendering) puts ``=HYPERLINK(...)``, a DDE call (``=cmd|' /C calc'!A0``), ``+SUM(1)``,
``-2+3``, ``@SUM(A1)`` and HTML (``<script>``, ``<img onerror>``, ``" onmouseover="``) into
every field the extractors read. CSV, Parquet and SQLite keep the values byte for byte (data
tools read them); ``csv-de`` (for spreadsheets) puts an apostrophe before every text that
begins like a formula; the XLSX holds every string as a text cell, never a formula; the HTML
report shows the text escaped, never as markup.
"""

from __future__ import annotations

import csv
import sqlite3
import zipfile
from dataclasses import dataclass
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest
from openpyxl import load_workbook
from openpyxl.utils.escape import unescape

from pipeline.analysis.report import render_report
from pipeline.output.formats import FORMATS as ALL_FORMATS
from pipeline.output.formats import SQLITE_NAME, XLSX_NAME
from pipeline.output.labels import column_header, sheet_name, shown_codes
from pipeline.output.store import CSV_FORMULA_START, TableWriter, read_tables, write_xlsx
from pipeline.output.xlsx import DATE_COLUMNS
from pipeline.schema import DERIVED_TABLES, TABLES
from tests.helpers import load_script, run_into

FORMATS = tuple(ALL_FORMATS)
ALL_TABLES = sorted(set(TABLES) | set(DERIVED_TABLES))
HTML_MARKERS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '" onmouseover="x')


bad = load_script("make_bad_inputs")
Rows = list[dict[str, Any]]


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One run over the hostile submission (text and PDF), every format."""
    inputs = tmp_path_factory.mktemp("hostile-in")
    for name, data in bad.hostile_files().items():
        (inputs / name).write_bytes(data)
    target = tmp_path_factory.mktemp("hostile-out")
    summary = run_into(target, [inputs], formats=FORMATS)
    assert summary.failed_paths == [] and summary.documents == 2
    return target


# ---- the four formats, read back as Python values -------------------------------------------


def csv_rows(out: Path, table: str) -> Rows:
    with open(out / f"{table}.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def parquet_rows(out: Path, table: str) -> Rows:
    rows: Rows = pq.read_table(out / f"{table}.parquet").to_pylist()
    return rows


def sqlite_rows(out: Path, table: str) -> Rows:
    con = sqlite3.connect(out / SQLITE_NAME)
    try:
        cur = con.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur]
    finally:
        con.close()


@pytest.fixture(scope="module")
def book(out: Path) -> Any:
    return load_workbook(out / XLSX_NAME)


def xlsx_cells(out: Path, book: Any, table: str) -> list[dict[str, Any]]:
    """A table's sheet's rows as {column: cell}, the German headings named by their columns."""
    rows = list(book[sheet_name(table)].iter_rows())
    header = [c.value for c in rows[0]]
    columns = {column_header(c): c for c in pq.read_schema(out / f"{table}.parquet").names}
    return [dict(zip([columns.get(h, h) for h in header], row)) for row in rows[1:]]


def xlsx_value(cell: Any) -> Any:
    """A cell's value as the table holds it (OOXML's _xHHHH_ escapes decoded)."""
    return unescape(cell.value) if isinstance(cell.value, str) else cell.value


def machine_value(column: str, cell: Any) -> Any:
    """A cell's value as the machine formats hold it: a date cell as its ISO date (a month
    shown as MM.YYYY as 'YYYY-MM'), German names of codes as the codes."""
    value = xlsx_value(cell)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m" if cell.number_format == "MM.YYYY" else "%Y-%m-%d")
    names = {label: code for code, label in shown_codes().get(column, {}).items()}
    if isinstance(value, str) and names and all(p in names for p in value.split("; ")):
        return ";".join(names[p] for p in value.split("; "))
    return value


def text_columns(out: Path, table: str) -> list[str]:
    schema = pq.read_schema(out / f"{table}.parquet")
    return [f.name for f in schema if str(f.type) in ("string", "large_string")]


def missing_as_none(value: Any) -> Any:
    return None if value == "" else value


def hostile_doc_ids(out: Path) -> dict[str, str]:
    """source file name → doc_id."""
    return {Path(r["source_path"]).name: r["doc_id"] for r in csv_rows(out, "documents")}


# ---- the XLSX ---------------------------------------------------------------------------------


def tables_of(out: Path) -> list[str]:
    """Every table of the run (the contract's, the derived ones and any other written)."""
    return sorted(p.stem for p in out.glob("*.csv"))


def test_every_table_is_a_sheet(out: Path, book: Any) -> None:
    assert set(book.sheetnames) == {sheet_name(t) for t in tables_of(out)} | {"Legende"}
    assert {sheet_name(t) for t in ALL_TABLES} <= set(book.sheetnames)
    assert len(set(map(sheet_name, ALL_TABLES))) == len(ALL_TABLES)


def test_no_cell_is_a_formula(out: Path, book: Any) -> None:
    formulas = [
        f"{ws.title}!{c.coordinate}"
        for ws in book.worksheets
        for row in ws.iter_rows()
        for c in row
        if c.data_type == "f"
    ]
    assert formulas == []
    with zipfile.ZipFile(out / XLSX_NAME) as zf:  # the file itself, not openpyxl's reading of it
        sheets = [n for n in zf.namelist() if n.startswith("xl/worksheets/")]
        assert sheets and not [n for n in sheets if b"<f>" in zf.read(n) or b"<f " in zf.read(n)]


def test_formula_like_values_are_text_cells_with_quote_prefix(book: Any) -> None:
    seen = 0
    for ws in book.worksheets:
        for row in ws.iter_rows(min_row=2):
            for c in row:
                if isinstance(c.value, str):
                    assert c.data_type == "s", f"{ws.title}!{c.coordinate}"
                    if c.value.startswith(("=", "+", "-", "@")):
                        assert c.quotePrefix, f"{ws.title}!{c.coordinate} {c.value!r}"
                        seen += 1
    assert seen >= 20


def test_numbers_and_booleans_stay_typed(out: Path, book: Any) -> None:
    for table in ("consultations", "steering_group_members", "costs", "municipalities"):
        texts = set(text_columns(out, table))
        for want, cells in zip(parquet_rows(out, table), xlsx_cells(out, book, table), strict=True):
            for column, value in want.items():
                if column in texts or value is None:
                    continue
                cell = cells[column]
                assert cell.data_type == ("b" if isinstance(value, bool) else "n"), (table, column)
                # openpyxl writes 16 significant digits (Excel keeps 15)
                assert cell.value == pytest.approx(value, rel=1e-15), (table, column)


# ---- csv-de -----------------------------------------------------------------------------------


def csv_de_rows(out: Path, table: str) -> Rows:
    """A table of csv-de as {column: cell}, its German headings named by their columns."""
    path = out / ALL_FORMATS["csv-de"].file.format(table=table)
    columns = {column_header(c): c for c in pq.read_schema(out / f"{table}.parquet").names}
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return [{columns[k]: v for k, v in row.items()} for row in csv.DictReader(fh, delimiter=";")]


def test_csv_de_neutralises_every_text_that_begins_like_a_formula(out: Path) -> None:
    """OWASP's rule: a text cell beginning with =, +, -, @, a tab or a carriage return gets an
    apostrophe before it; a text cell without codes or dates is the CSV's otherwise, a number
    the CSV's with a decimal comma."""
    neutralised = 0
    for table in tables_of(out):
        texts = set(text_columns(out, table))
        plain, german = csv_rows(out, table), csv_de_rows(out, table)
        assert len(plain) == len(german), table
        for want, got in zip(plain, german, strict=True):
            for column, value in want.items():
                cell = got[column]
                if column in texts:
                    assert not cell.startswith(CSV_FORMULA_START), (table, column, cell)
                    if value.startswith(CSV_FORMULA_START):
                        assert cell == "'" + value, (table, column)
                        neutralised += 1
                    elif column not in shown_codes() and column not in DATE_COLUMNS:
                        assert cell == value, (table, column)
                elif value not in ("true", "false"):
                    assert cell.replace(",", ".") == value, (table, column)
    assert neutralised >= 20


# ---- the values -------------------------------------------------------------------------------


def test_hostile_values_reach_the_tables(out: Path) -> None:
    """The extractors keep the hostile text in consultations, members, action fields, subject."""
    doc = hostile_doc_ids(out)["hostile.txt"]

    def values(table: str, column: str) -> list[str]:
        return [r[column] for r in csv_rows(out, table) if r["doc_id"] == doc]

    assert '=HYPERLINK("http://example.invalid/x","Gemeinderat")' in values("consultations", "body")
    assert "<script>alert(1)</script> Integrationsrat" in values("consultations", "body")
    assert "=cmd|' /C calc'!A0 Amt für Soziales" in values("steering_group_members", "member")
    assert "<img src=x onerror=alert(1)> Volkshochschule" in values("steering_group_members", "member")
    assert "@SUM(A1) Wohnen" in values("action_fields", "label")
    assert "+SUM(1) Kultur und Sport" in values("action_fields", "label")
    [subject] = values("documents", "subject")
    assert subject.startswith('=HYPERLINK("http://example.invalid/x","Integrationskonzept") <img src=x')
    assert values("documents", "author") == ["-2+3 Frau Beispiel"]
    assert any("=HYPERLINK(" in s and "<script>" in s for s in values("facilitators", "snippet"))
    # every marker reaches a value column (not only a snippet) of some table
    held = " ".join(
        str(v)
        for table in TABLES
        if table != "errors"
        for r in csv_rows(out, table)
        for k, v in r.items()
        if k not in ("snippet", "source_path") and r.get("doc_id") == doc
    )
    assert [m for m in bad.HOSTILE_MARKERS if m not in held] == []


def test_text_identical_in_every_format(out: Path, book: Any) -> None:
    """Every text column of every table, value columns and snippets alike, holds the same
    strings in all four formats."""
    for table in tables_of(out):
        assert_same_text(out, book, table)


def assert_same_text(out: Path, book: Any, table: str) -> None:
    columns = text_columns(out, table)
    parquet = parquet_rows(out, table)
    formats = {
        "csv": csv_rows(out, table),
        "sqlite": sqlite_rows(out, table),
        "xlsx": [{k: machine_value(k, c) for k, c in row.items()} for row in xlsx_cells(out, book, table)],
    }
    for name, rows in formats.items():
        assert len(rows) == len(parquet), name
        for column in columns:
            got = [missing_as_none(r[column]) for r in rows]
            want = [missing_as_none(r[column]) for r in parquet]
            assert got == want, f"{name}: {table}.{column}"


def test_snippets_are_the_text_unchanged(out: Path, book: Any) -> None:
    """In every format, each snippet is its slice of text/<doc_id>.txt, hostile text included."""
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (out / "text").glob("*.txt")}
    snippets = []
    for table, cols in TABLES.items():
        if "snippet" not in {c.name for c in cols}:
            continue
        readers = {
            "csv": csv_rows(out, table),
            "parquet": parquet_rows(out, table),
            "sqlite": sqlite_rows(out, table),
            "xlsx": [{k: machine_value(k, c) for k, c in row.items()} for row in xlsx_cells(out, book, table)],
        }
        for name, rows in readers.items():
            for r in rows:
                if missing_as_none(r["snippet"]) is None:
                    continue
                start, end = int(r["char_start"]), int(r["char_end"])
                assert texts[r["doc_id"]][start:end] == r["snippet"], (name, table, r["snippet"])
                snippets.append(r["snippet"])
    joined = "\n".join(snippets)
    assert [m for m in bad.HOSTILE_MARKERS if m not in joined] == []
    assert "\v" in joined  # a character XML cannot hold, escaped in the XLSX


def test_control_characters_are_escaped_in_the_xlsx_file(book: Any) -> None:
    raw = [c.value for sheet in book.worksheets for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert any("_x000B_" in v for v in raw)
    assert not any("\v" in v for v in raw)


# ---- the HTML report --------------------------------------------------------------------------


class Markup(HTMLParser):
    """Tags, attributes and text of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.extend((k, v or "") for k, v in attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.fixture(scope="module")
def report(out: Path) -> str:
    return render_report(read_tables(out), out.as_posix())


def test_report_has_no_markup_from_the_document(report: str) -> None:
    page = Markup()
    page.feed(report)
    assert not set(page.tags) & {"script", "img", "iframe", "object", "embed"}
    assert [k for k, _ in page.attributes if k.startswith("on")] == []
    assert [v for _, v in page.attributes if "alert(" in v or "javascript:" in v] == []


def test_report_shows_the_document_text_escaped(out: Path, report: str) -> None:
    page = Markup()
    page.feed(report)
    text = "".join(page.text)
    assert [m for m in bad.HOSTILE_MARKERS if m not in text] == []  # shown, as text
    for marker in HTML_MARKERS:
        assert marker not in report
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in report
    assert "&quot; onmouseover=&quot;x" in report


# ---- the writer on its own --------------------------------------------------------------------


@dataclass
class Case:
    id: str
    value: Any
    data_type: str  # openpyxl's type of the cell read back; "n" also for an empty cell
    quote_prefix: bool = False
    stored: Any = None  # what the file holds, where it differs from the value


CASES = [
    Case("hyperlink", '=HYPERLINK("http://example.invalid/x","Gemeinderat")', "s", True),
    Case("dde", "=cmd|' /C calc'!A0 Amt für Soziales", "s", True),
    Case("plus", "+SUM(1)", "s", True),
    Case("minus", "-2+3", "s", True),
    Case("at", "@SUM(A1)", "s", True),
    Case("equals-alone", "=", "s", True),
    Case("leading-tab", "\t=1+1", "s"),
    Case("leading-cr", "\r=1+1", "s", stored="_x000D_=1+1"),
    Case("error-value-text", "#N/A", "s"),
    Case("form-feed", "Seite 1\fSeite 2", "s", stored="Seite 1_x000C_Seite 2"),
    Case("vertical-tab", "Caritas\vverband", "s", stored="Caritas_x000B_verband"),
    Case("literal-escape", "_x0041_", "s", stored="_x005F_x0041_"),
    Case("html", "<script>alert(1)</script>", "s"),
    Case("iso-date-text", "2019-04-02", "s"),
    Case("plain", "Rat der Stadt Leverkusen", "s"),
    Case("int", 42, "n"),
    Case("float", 21568.75, "n"),
    Case("bool", True, "b"),
    Case("datetime", datetime(2019, 4, 2, 18, 30), "d"),
    Case("missing", None, "n"),
]


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Every case as one row of a sheet, read back as {case id: cell}."""
    df = pd.DataFrame({"id": [c.id for c in CASES], "value": pd.Series([c.value for c in CASES], dtype=object)})
    target = tmp_path_factory.mktemp("xlsx") / "cases.xlsx"
    write_xlsx({"cases": df}, target)
    ws = load_workbook(target)["cases"]
    return {row[0].value: row[1] for row in ws.iter_rows(min_row=2)}


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_xlsx_cell(written: dict[str, Any], case: Case) -> None:
    cell = written[case.id]
    assert cell.data_type == case.data_type
    assert cell.value == (case.value if case.stored is None else case.stored)
    assert xlsx_value(cell) == case.value
    assert bool(cell.quotePrefix) == case.quote_prefix


def test_extension_dtypes_keep_their_types(tmp_path: Path) -> None:
    df = pd.DataFrame(
        {
            "id": pd.array(["a", "b"], dtype="string"),
            "s": pd.array(["=1+1", None], dtype="string"),
            "i": pd.array([7, None], dtype="Int64"),
            "f": pd.array([1.5, None], dtype="Float64"),
            "b": pd.array([False, None], dtype="boolean"),
        }
    )
    write_xlsx({"t": df}, tmp_path / "t.xlsx")
    ws = load_workbook(tmp_path / "t.xlsx")["t"]
    first, second = list(ws.iter_rows(min_row=2))
    assert [(c.value, c.data_type) for c in first] == [("a", "s"), ("=1+1", "s"), (7, "n"), (1.5, "n"), (False, "b")]
    assert [c.value for c in second] == ["b"] + [None] * 4


def test_table_writer_puts_the_chunks_of_a_table_in_one_sheet(tmp_path: Path) -> None:
    """Chunks (the first one empty, as a table is created) end up in one sheet, header once,
    widths from the first rows, frozen bold header, the size stated; sheets in the order the
    tables came."""
    chunk = pd.DataFrame(
        {
            "body": pd.array(['=HYPERLINK("x","Rat")', "Integrationsrat"], dtype="string"),
            "seq": pd.array([1, 2], dtype="Int64"),
        }
    )
    with TableWriter(tmp_path, ("xlsx",)) as writer:
        writer.write("consultations", chunk.iloc[0:0])
        writer.write("documents", chunk)
        writer.write("consultations", chunk)
        writer.write("consultations", chunk.iloc[0:0])
        writer.write("consultations", chunk.assign(seq=pd.array([3, 4], dtype="Int64")))
        writer.write("errors", chunk.iloc[0:0])
    book = load_workbook(tmp_path / XLSX_NAME)
    assert book.sheetnames == ["Beratungsfolge", "Vorlagen", "Fehler, übersprungene Dateien", "Legende"]
    ws = book["Beratungsfolge"]
    assert [[c.value for c in row] for row in ws.iter_rows()] == [
        ["Gremium", "Nr."],
        ['=HYPERLINK("x","Rat")', 1],
        ["Integrationsrat", 2],
        ['=HYPERLINK("x","Rat")', 3],
        ["Integrationsrat", 4],
    ]
    assert ws.freeze_panes == "A2" and ws["A1"].font.b
    assert load_workbook(tmp_path / XLSX_NAME, read_only=True)["Beratungsfolge"].max_row == 5
    assert ws.column_dimensions["A"].width == len('=HYPERLINK("x","Rat")')
    assert ws.auto_filter.ref == "A1:B5"
    assert [[c.value for c in row] for row in book["Fehler, übersprungene Dateien"].iter_rows()] == [["Gremium", "Nr."]]
