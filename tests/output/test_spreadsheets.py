"""Spreadsheets for people: ``csv-de`` and the XLSX.

- Text that a spreadsheet would take for a formula (OWASP's CSV-injection rules: a cell
  beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) stays text: ``csv-de``
  puts an apostrophe before it, the XLSX stores it as a text cell, never a formula. Numbers
  stay numbers (a negative amount too). The CSV, Parquet and SQLite files keep it as written.
- The XLSX is in German (sheet names, headings, the codes' names), its dates are date cells,
  every sheet has an autofilter and a frozen header row; it is the same for the same tables
  apart from its creation time.
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from pipeline.output.formats import FORMATS, XLSX_NAME
from pipeline.output.labels import column_header, sheet_name, shown_codes
from pipeline.output.store import CSV_FORMULA_START, TableWriter, append_csv_de, read_tables, write_tables
from pipeline.output.xlsx import DATE_COLUMNS
from pipeline.schema import DERIVED_TABLES, MONEY, TABLES
from tests.helpers import RENDERINGS, read_table, run_into

# A submission whose subject, author and a body begin with {start}.
SUBMISSION = """Stadt {town}
Der Oberbürgermeister
Verfasser: {start} Frau Beispiel

Vorlage Nr. {number}/2021
Datum: 03.05.2021

Beratungsfolge\tDatum\tZuständigkeit\tBehandlung
{start} Ausschuss für Soziales und Integration\t11.05.2021\tVorberatung\töffentlich
Rat der Stadt {town}\t27.05.2021\tEntscheidung\töffentlich

Betreff:
{start} Integrationskonzept der Stadt {town}

Beschlussvorschlag:
Der Rat beschließt die Erstellung eines Integrationskonzeptes.

Begründung:
Für die Umsetzung stehen im Haushalt Mittel in Höhe von 25.000 € bereit.
"""
STARTS = {
    "Hildesheim": '=HYPERLINK("http://example.invalid/x","Rat")',
    "Landshut": "+49 5121 301-0",
    "Göttingen": "-5 % weniger",
    "Lörrach": "@SUM(A1)",
    "Waiblingen": "\t=1+1",
}
ALL_FORMATS = tuple(FORMATS)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A run over five submissions whose subjects begin like formulas, in every format."""
    inputs = tmp_path_factory.mktemp("formula-in")
    for number, (town, start) in enumerate(STARTS.items(), start=10):
        text = SUBMISSION.format(town=town, start=start, number=number)
        (inputs / f"{town}.txt").write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("formula-out")
    summary = run_into(out, [inputs], formats=ALL_FORMATS)
    assert summary.failed_paths == [] and summary.documents == len(STARTS)
    return out


def csv_de(out: Path, table: str) -> pd.DataFrame:
    """A table of csv-de, its German headings named by their columns."""
    path = out / FORMATS["csv-de"].file.format(table=table)
    german = pd.read_csv(path, sep=";", decimal=",", encoding="utf-8-sig", dtype={"Nr.": str}, keep_default_na=False)
    columns = {column_header(c): c for c in read_table(out, table).columns}
    assert set(german.columns) == set(columns)
    return german.rename(columns=columns)


def subjects(out: Path) -> dict[str, str]:
    docs = read_table(out, "documents")
    return dict(zip(docs["municipality"], docs["subject"]))


def test_the_machine_formats_keep_the_subject_as_written(hostile: Path) -> None:
    found = subjects(hostile)
    for town, start in STARTS.items():
        assert found[town] == f"{start.strip()} Integrationskonzept der Stadt {town}"


def test_csv_de_puts_an_apostrophe_before_a_formula(hostile: Path) -> None:
    german = csv_de(hostile, "documents")
    got = dict(zip(german["municipality"], german["subject"]))
    for town, subject in subjects(hostile).items():
        assert got[town] == "'" + subject
    for table in ("documents", "consultations", "costs"):
        cells = csv_de(hostile, table)
        formulas = [v for col in cells for v in cells[col] if isinstance(v, str) and v.startswith(CSV_FORMULA_START)]
        assert formulas == [], table


def test_csv_de_keeps_amounts_numbers(hostile: Path) -> None:
    costs = csv_de(hostile, "costs")
    assert costs["amount_eur"].dtype == float and set(costs["amount_eur"]) == {25000.0}
    raw = (hostile / FORMATS["csv-de"].file.format(table="costs")).read_text(encoding="utf-8-sig")
    assert ";25000,00;" in raw


def test_the_xlsx_holds_the_subjects_as_text_never_as_formulas(hostile: Path) -> None:
    book = load_workbook(hostile / XLSX_NAME)
    sheet = book[sheet_name("documents")]
    header = [c.value for c in sheet[1]]
    town, subject = header.index(column_header("municipality")), header.index(column_header("subject"))
    found = {row[town].value: row[subject] for row in sheet.iter_rows(min_row=2)}
    for name, want in subjects(hostile).items():
        assert found[name].value == want and found[name].data_type == "s" and found[name].quotePrefix
    assert not [c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.data_type == "f"]
    with zipfile.ZipFile(hostile / XLSX_NAME) as zf:
        assert not [n for n in zf.namelist() if n.startswith("xl/worksheets/") and b"<f>" in zf.read(n)]


# ---- the writer, with drawn cells -----------------------------------------------------------------

TRIGGERS = st.sampled_from(["=", "+", "-", "@", "\t", "\r", "", "", "a", "1", " ", "'"])
TEXTS = st.builds(lambda head, rest: head + rest, TRIGGERS, st.text(max_size=20))
NUMBERS = st.one_of(st.none(), st.floats(min_value=-1e9, max_value=1e9, allow_nan=False).map(lambda v: round(v, 2)))


@given(st.lists(st.tuples(TEXTS, NUMBERS, st.one_of(st.none(), st.integers(-(10**6), 10**6))), max_size=12))
def test_csv_de_text_never_begins_like_a_formula_and_numbers_stay_numbers(
    rows: list[tuple[str, float | None, int | None]],
) -> None:
    frame = pd.DataFrame(
        {
            "doc_id": pd.array(["d"] * len(rows), dtype="string"),
            "seq": pd.array(range(1, len(rows) + 1), dtype="Int64"),
            "raw_text": pd.array([r[0] for r in rows], dtype="string"),
            "amount_eur": pd.array([r[1] for r in rows], dtype="Float64"),
            "fiscal_year": pd.array([r[2] for r in rows], dtype="Int64"),
        }
    )
    buffer = io.StringIO()
    columns = tuple(c for c in TABLES["costs"] if c.name in frame.columns)
    append_csv_de(buffer, frame[[c.name for c in columns]], columns, header=True)
    back = list(csv.DictReader(io.StringIO(buffer.getvalue(), newline=""), delimiter=";"))
    assert len(back) == len(rows)
    text_, amount_, year_ = (column_header(c) for c in ("raw_text", "amount_eur", "fiscal_year"))
    for (text, amount, year), row in zip(rows, back, strict=True):
        assert not row[text_].startswith(CSV_FORMULA_START)
        assert row[text_] == ("'" + text if text.startswith(CSV_FORMULA_START) else text)
        assert row[amount_] == ("" if amount is None else f"{amount:.2f}".replace(".", ","))
        assert row[year_] == ("" if year is None else str(year))


# ---- the XLSX for people --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed submissions as text and as PDF, with the XLSX."""
    out = tmp_path_factory.mktemp("sheets")
    run_into(out, [*RENDERINGS["text"], *RENDERINGS["grid"]], formats=("csv", "parquet", "xlsx"))
    return out


@pytest.fixture(scope="module")
def book(sample: Path) -> Any:
    return load_workbook(sample / XLSX_NAME)


def tables(out: Path) -> list[str]:
    return sorted(p.stem for p in out.glob("*.csv"))


def sheet_rows(book: Any, table: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    rows = list(book[sheet_name(table)].iter_rows())
    return [c.value for c in rows[0]], rows[1:]


def test_every_contract_column_has_a_german_heading_and_every_table_a_sheet_name() -> None:
    for table, columns in {**TABLES, **DERIVED_TABLES}.items():
        headings = [column_header(c.name) for c in columns]
        assert [c.name for c in columns if column_header(c.name) == c.name] == [], table
        assert len(set(headings)) == len(headings), table
    names = [sheet_name(t) for t in [*TABLES, *DERIVED_TABLES, "legende"]]
    assert len(set(names)) == len(names) and all(len(n) <= 31 for n in names)
    assert not [n for n in names if set(n) & set("[]:*?/\\")]


def test_every_coded_column_has_german_names_for_its_codes() -> None:
    german_already = {"municipality_type", "currency"}
    for columns in {**TABLES, **DERIVED_TABLES}.values():
        for c in columns:
            if c.vocabulary and c.name not in german_already:
                assert set(c.vocabulary) <= set(shown_codes()[c.name]), c.name


def test_every_sheet_is_german_filtered_frozen_and_sized(sample: Path, book: Any) -> None:
    assert set(book.sheetnames) == {sheet_name(t) for t in tables(sample)} | {sheet_name("legende")}
    for table in tables(sample):
        ws = book[sheet_name(table)]
        columns = list(pd.read_csv(sample / f"{table}.csv", nrows=0).columns)
        assert [c.value for c in ws[1]] == [column_header(c) for c in columns], table
        assert all(c.font.b for c in ws[1])
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == f"A1:{get_column_letter(len(columns))}{ws.max_row}", table
        widths = [ws.column_dimensions[get_column_letter(i)].width for i in range(1, len(columns) + 1)]
        assert all(8 <= w <= 60 for w in widths), table


def test_dates_are_date_cells_in_german_form(sample: Path, book: Any) -> None:
    seen = 0
    for table in tables(sample):
        plain = read_table(sample, table)
        header, rows = sheet_rows(book, table)
        for column in [c for c in DATE_COLUMNS if c in plain.columns]:
            i = header.index(column_header(column))
            for value, row in zip(plain[column], rows, strict=True):
                cell = row[i]
                if not value:
                    assert cell.value is None
                    continue
                assert isinstance(cell.value, datetime) and cell.is_date, (table, column, value)
                form = "%Y-%m-%d" if len(value) == 10 else "%Y-%m"
                assert cell.value.strftime(form) == value
                assert cell.number_format == ("DD.MM.YYYY" if len(value) == 10 else "MM.YYYY")
                seen += 1
    assert seen >= 50


def test_codes_show_their_german_names(sample: Path, book: Any) -> None:
    seen = set()
    for table in tables(sample):
        plain = read_table(sample, table)
        header, rows = sheet_rows(book, table)
        for column in [c for c in plain.columns if c in shown_codes()]:
            names = shown_codes()[column]
            i = header.index(column_header(column))
            for value, row in zip(plain[column], rows, strict=True):
                if value:
                    assert row[i].value == "; ".join(names[code] for code in value.split(";")), (table, column)
                    seen.add(column)
    assert {"role", "body_type", "sector", "cost_type", "categories", "text_source", "submission_match"} <= seen


def test_money_and_numbers_stay_numbers(sample: Path, book: Any) -> None:
    header, rows = sheet_rows(book, "costs")
    money = [c.name for c in TABLES["costs"] if c.kind == MONEY]
    for column in money:
        i = header.index(column_header(column))
        cells = [row[i] for row in rows if row[i].value is not None]
        assert cells and all(c.data_type == "n" and c.number_format == "#,##0.00" for c in cells)
    amounts = [float(v) if v else None for v in read_table(sample, "costs")["amount_eur"]]
    assert [row[header.index(column_header("amount_eur"))].value for row in rows] == amounts
    header, rows = sheet_rows(book, "municipalities")
    shares = [row[header.index(column_header("share_politics"))] for row in rows]
    numbers = [float(v) if v else None for v in read_table(sample, "municipalities")["share_politics"]]
    assert [c.value for c in shares] == pytest.approx(numbers, abs=5e-4) and any(numbers)  # the CSV rounds
    assert all(c.number_format == "0.0%" for c in shares if c.value is not None)


def test_the_legend_names_each_heading_beside_its_column(book: Any) -> None:
    rows = list(book[sheet_name("legende")].iter_rows(values_only=True))
    assert rows[0] == tuple(column_header(c) for c in ("spalte_de", "spalte", "code", "bezeichnung"))
    columns = {r[1]: r[0] for r in rows[1:] if r[2] is None}
    assert columns["meeting_date"] == "Sitzungsdatum"
    assert all(heading == column_header(name) for name, heading in columns.items())
    assert ("Sektor", "sector", "welfare", "Wohlfahrtsverbände") in rows


def test_the_workbook_is_the_same_for_the_same_tables(sample: Path, tmp_path: Path) -> None:
    frames = read_tables(sample)
    parts = {}
    for n in (1, 2):
        (tmp_path / str(n)).mkdir()
        write_tables(frames, tmp_path / str(n), ("xlsx",))
        with zipfile.ZipFile(tmp_path / str(n) / XLSX_NAME) as zf:
            parts[n] = {name: zf.read(name) for name in zf.namelist() if name != "docProps/core.xml"}
    assert parts[1] == parts[2]


def test_a_table_writer_of_part_of_the_tables_writes_no_legend(tmp_path: Path) -> None:
    chunk = pd.DataFrame({"role": pd.array(["decision", "Rat"], dtype="string")})
    with TableWriter(tmp_path, ("xlsx",)) as writer:
        writer.write("consultations", chunk)
    ws = load_workbook(tmp_path / XLSX_NAME)[sheet_name("consultations")]
    assert [[c.value for c in row] for row in ws.iter_rows()] == [["Zuständigkeit"], ["Entscheidung"], ["Rat"]]


def test_csv_de_reads_as_the_workbook_does(sample: Path, tmp_path: Path) -> None:
    """csv-de in German: the workbook's headings, the codes' German names, German dates and
    booleans; the contract's CSV keeps codes and ISO dates."""
    write_tables(read_tables(sample), tmp_path, ("csv-de",))
    path = tmp_path / FORMATS["csv-de"].file.format(table="consultations")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        german = list(csv.DictReader(fh, delimiter=";"))
    plain = read_table(sample, "consultations")
    assert list(german[0]) == [column_header(c) for c in plain.columns]
    roles = shown_codes()["role"]
    for want, got in zip(plain.to_dict("records"), german, strict=True):
        assert got["Zuständigkeit"] == (roles[want["role"]] if want["role"] else "")
        date = want["meeting_date"]
        assert got["Sitzungsdatum"] == (f"{date[8:10]}.{date[5:7]}.{date[:4]}" if len(date) == 10 else date)
        assert got["Öffentlich"] == {"true": "WAHR", "false": "FALSCH", "": ""}[want["public"]]
        assert got["Konfidenz"] == want["confidence"].replace(".", ",")
