"""A new user's first runs: what happens to every file of an input folder, to a wrong path, to
an empty folder; formats beside the CSVs; progress outside a terminal."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from pipeline.cli.main import main
from pipeline.ingest.readers import skip_reason
from pipeline.output.formats import FORMATS
from pipeline.output.labels import column_header
from pipeline.output.store import read_tables
from pipeline.run.progress import BAR, LINES, Progress, progress_mode
from tests.helpers import SEED_TEXTS, first_pages, read_table

READ = (
    ".pdf",
    ".PDF",
    ".txt",
    ".md",
    ".text",
    ".html",
    ".htm",
    ".jpg",
    ".png",
    ".tif",
)  # page images and HTML pages too
OTHER = (".docx", ".odt", ".csv", ".xlsx", ".doc", ".zip", "")


def invoke(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.output


@given(
    stem=st.text(st.characters(whitelist_categories=("Ll", "Lu", "Nd")), min_size=1, max_size=12),
    suffix=st.sampled_from(READ + OTHER),
    hidden=st.booleans(),
)
def test_a_file_is_read_or_skipped_with_a_reason(stem: str, suffix: str, hidden: bool) -> None:
    name = ("." if hidden else "") + stem + suffix
    reason = skip_reason(name, frozenset({"manifest.csv"}))
    if hidden:
        assert reason == "versteckte Datei"
    elif suffix in READ:
        assert reason is None
    else:
        assert reason is not None and (suffix or "(ohne Endung)") in reason and "gelesen werden .pdf" in reason
    assert skip_reason("manifest.csv", frozenset({"manifest.csv"})) == ""  # read by the OParl linker


def test_every_file_of_a_folder_is_read_or_listed(tmp_path: Path) -> None:
    inputs = tmp_path / "stadt"
    (inputs / "anlagen").mkdir(parents=True)
    shutil.copy(SEED_TEXTS[0], inputs / SEED_TEXTS[0].name)
    for name in ("beschluss.docx", "anlagen/konzept.odt", "anlagen/seite.xml", "tabelle.xlsx", ".DS_Store"):
        (inputs / name).write_bytes(b"not a submission")
    out = tmp_path / "out"
    code, output = invoke("run", inputs, "--out", out, "--format", "csv", "--no-cache", "--workers", "1")
    assert code == 0, output
    errors = read_table(out, "errors")
    assert sorted(Path(p).name for p in errors["source_path"]) == sorted(
        ["beschluss.docx", "konzept.odt", "seite.xml", "tabelle.xlsx", ".DS_Store"]
    )
    assert set(errors["error_type"]) == {"skipped"}
    assert "'.docx'" in errors.set_index(errors["source_path"].map(lambda p: Path(p).name))["message"]["beschluss.docx"]
    assert "0 Fehler; 5 übersprungen" in output
    assert f"Ausgabe: {out} (csv)" in output
    assert len(read_table(out, "documents")) == 1


@pytest.mark.parametrize("case", ["missing", "empty", "only-skipped"])
def test_nothing_to_read_is_a_usage_error_and_writes_nothing(tmp_path: Path, case: str) -> None:
    inputs = tmp_path / "stadt"
    if case != "missing":
        inputs.mkdir()
    if case == "only-skipped":
        (inputs / "konzept.docx").write_bytes(b"PK\x03\x04")
    out = tmp_path / "out"
    code, output = invoke("run", inputs, "--out", out, "--no-cache")
    assert code == 2
    assert str(inputs) in output
    expected = {
        "missing": "nicht gefunden",
        "empty": "der Ordner ist leer",
        "only-skipped": "1 Datei(en) übersprungen (Dateityp '.docx' wird nicht gelesen",
    }[case]
    assert expected in output
    assert not out.exists()  # no empty tables


def test_a_missing_path_beside_a_good_one_stops_before_writing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, output = invoke("run", SEED_TEXTS[0], tmp_path / "tippfehler", "--out", out)
    assert code == 2 and "tippfehler" in output and not out.exists()


@pytest.fixture(scope="module")
def xlsx_out(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("xlsx-out")
    code, output = invoke(
        "run", *SEED_TEXTS[:2], "--out", out, "--format", "xlsx", "--format", "csv-de", "--no-cache", "--workers", "1"
    )
    assert code == 0, output
    return out, output


def test_format_adds_to_the_csv_tables_the_other_commands_read(xlsx_out: tuple[Path, str]) -> None:
    out, output = xlsx_out
    assert (out / "vorlagen.xlsx").exists() and (out / "documents.csv").exists()
    assert "(csv, xlsx, csv-de)" in output
    for command in (["review", out], ["compare", out], ["report", out, "--html", out.parent / "r.html"]):
        code, said = invoke(*command)
        assert code == 0, said
        assert "enthält keine documents.csv" not in said


def test_csv_de_is_what_a_german_spreadsheet_reads(xlsx_out: tuple[Path, str]) -> None:
    out, _ = xlsx_out
    german_costs = out / FORMATS["csv-de"].file.format(table="costs")
    raw = german_costs.read_bytes()
    assert raw.startswith("\ufeffDatei-Kennung;Nr.;Betrag (EUR);".encode())  # the XLSX's German headings
    german = pd.read_csv(german_costs, sep=";", decimal=",", encoding="utf-8-sig", dtype={"Nr.": str})
    plain = read_tables(out, ["costs"])["costs"]
    assert list(german.columns) == [column_header(c) for c in plain.columns]
    assert german["Betrag (EUR)"].round(2).tolist() == plain["amount_eur"].astype(float).round(2).tolist()
    assert german["Beleg"].tolist() == plain["snippet"].tolist()
    assert sorted(p.stem for p in german_costs.parent.glob("*.csv")) == sorted(p.stem for p in out.glob("*.csv"))


def test_progress_is_a_bar_in_a_terminal_and_lines_elsewhere() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert progress_mode(False, Tty()) == BAR
    assert progress_mode(False, io.StringIO()) == LINES
    assert progress_mode(True, Tty()) is None


def test_progress_lines_name_documents_done_and_total() -> None:
    stream = io.StringIO()
    progress = Progress(3, LINES, stream, every=0)
    for _ in range(3):
        progress.update(1)
    progress.close()
    lines = stream.getvalue().splitlines()
    assert [line.split(",")[0] for line in lines] == [
        "vorlagen: 1/3 Dokumente (33 %)",
        "vorlagen: 2/3 Dokumente (66 %)",
        "vorlagen: 3/3 Dokumente (100 %)",
    ]
    quiet = io.StringIO()
    slow = Progress(3, LINES, quiet, every=3600)
    slow.update(1)
    slow.close()
    assert quiet.getvalue() == ""  # a short run shows no lines


def test_progress_lines_count_the_pages_read_by_ocr() -> None:
    from pipeline.run.runner import page_counter

    pages = page_counter()
    stream = io.StringIO()
    progress = Progress(2, LINES, stream, every=0, pages=pages)
    try:
        pages.value += 7
        progress.update(0)  # what the progress thread does every second while a scan runs
    finally:
        progress.close()
    assert stream.getvalue().splitlines()[0].startswith("vorlagen: 0/2 Dokumente (0 %), 7 Seiten OCR, ")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_a_scan_shows_its_pages_while_it_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.run import progress as progress_module
    from pipeline.run.runner import run
    from pipeline.settings import Settings

    scan = first_pages(sorted((SEED_TEXTS[0].parent / "scan").glob("*.pdf"))[0], 2, tmp_path / "scan.pdf")
    monkeypatch.setattr(progress_module, "LINE_SECONDS", 0.0)
    stream = io.StringIO()
    monkeypatch.setattr("sys.stderr", stream)
    run([scan], tmp_path / "out", Settings(workers=2), use_cache=False, progress=LINES, formats=("csv",))
    lines = stream.getvalue().splitlines()
    assert any("Seiten OCR" in line for line in lines), lines
    assert lines[-1].startswith("vorlagen: 1/1 Dokumente (100 %)")


def test_progress_names_the_long_document_and_its_pages() -> None:
    """A 12-page scan read after a short text: while it runs, the line names it and counts its
    pages (the ticker's update every second), not only '1/2'."""
    from pipeline.run.runner import page_counter

    pages = page_counter()
    stream = io.StringIO()
    progress = Progress(2, LINES, stream, every=0, pages=pages, names=["stadt/kurz.txt", "stadt/scan.pdf"])
    try:
        progress.update(1, "stadt/kurz.txt")
        for _ in range(3):
            pages.value += 4
            progress.update(0)
        progress.update(1, "stadt/scan.pdf")
    finally:
        progress.close()
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("vorlagen: 1/2 Dokumente (50 %), ") and lines[0].endswith(" – scan.pdf")
    assert [ln.split(", ")[1] for ln in lines[1:4]] == ["4 Seiten OCR", "8 Seiten OCR", "12 Seiten OCR"]
    assert all(ln.endswith(" – scan.pdf") for ln in lines[1:4])
    assert lines[-1].startswith("vorlagen: 2/2 Dokumente (100 %), 12 Seiten OCR") and "–" not in lines[-1]
