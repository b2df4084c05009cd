"""The walking skeleton: ingest of both kinds, tables in every format, provenance, determinism."""

from __future__ import annotations

import filecmp
import re
import sqlite3
from pathlib import Path

import click
import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.analysis.evaluate import evaluate
from pipeline.cli.main import main
from pipeline.ingest.readers import read_document
from pipeline.schema import TABLES, columns
from pipeline.settings import Settings
from tests.helpers import GOLD, RAW, RENDERINGS, read_table, run_into


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["run"],
        ["evaluate"],
        ["inspect"],
        ["compare"],
        ["report"],
        ["review"],
        ["remove"],
        ["correct"],
        ["corrections"],
        ["serve"],
        ["fetch-oparl"],
    ],
    ids=lambda c: " ".join(c) or "group",
)
def test_every_command_has_help(command: list[str]) -> None:
    assert not command or command[0] in main.commands  # type: ignore[attr-defined]
    for flag in ("-h", "--help"):
        result = CliRunner().invoke(main, [*command, flag])
        assert result.exit_code == 0, result.output
        assert "Aufruf:" in result.output and "Usage:" not in result.output
        assert "Optionen:" in result.output and "Show this message" not in result.output
    if command:
        assert "Beispiel:" in result.output or "Example:" in result.output


# words every German help text has one of (an English one has none): articles, prepositions, umlauts
GERMAN = re.compile(r"\b(?:der|die|das|des|dem|den|für|und|mit|nach|von|im|ein|eine|kein|jedes|beim)\b|[äöüß]", re.I)


def test_run_options_say_their_help_in_german() -> None:
    """Every option of `vorlagen run` has a German help text, its default in German words
    ("[Standard: …]", not click's "[default: …]"), and ``--help`` says what it does in German."""
    run = main.commands["run"]  # type: ignore[attr-defined]
    ctx = run.make_context("run", [])
    options = [p for p in run.get_params(ctx) if isinstance(p, click.Option)]
    assert {"--ocr-page-timeout", "--help"} <= {o for p in options for o in p.opts}
    for option in options:
        assert option.help and GERMAN.search(option.help), option.opts
    rendered = CliRunner().invoke(main, ["run", "--help"]).output
    assert "[default:" not in rendered and "Show this message" not in rendered


@pytest.mark.parametrize("command", ["run", "compare"])
def test_format_option_offers_the_formats_mapping(command: str) -> None:
    """``--format`` of the commands that write tables is read from the one mapping of formats:
    every name there is a choice, and the help names the formats with their notes, in German."""
    from pipeline.output.formats import FORMATS

    cmd = main.commands[command]  # type: ignore[attr-defined]
    (option,) = [p for p in cmd.params if "--format" in p.opts]
    assert list(option.type.choices) == list(FORMATS) and option.multiple
    assert option.help and GERMAN.search(option.help) and "[Standard: " in option.help
    for name, fmt in FORMATS.items():
        if name != "csv":
            assert (f"{name} ({fmt.note})" if fmt.note else name) in option.help


def test_ocr_page_timeout_reaches_the_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import pipeline.run.runner as runner

    seen: list[Settings] = []

    def fake_run(inputs: list[Path], out: Path, settings: Settings, **kwargs: object) -> object:
        seen.append(settings)
        raise runner.NothingToRead("nichts")

    monkeypatch.setattr(runner, "run", fake_run)
    CliRunner().invoke(main, ["run", str(tmp_path), "--out", str(tmp_path / "o"), "--ocr-page-timeout", "7.5"])
    CliRunner().invoke(main, ["run", str(tmp_path), "--out", str(tmp_path / "o")])
    assert [s.ocr_page_timeout for s in seen] == [7.5, Settings().ocr_page_timeout]
    assert CliRunner().invoke(main, ["run", str(tmp_path), "--ocr-page-timeout", "0"]).exit_code == 2


def test_usage_error_exits_2() -> None:
    result = CliRunner().invoke(main, ["run", "--ocr", "sometimes"])
    assert result.exit_code == 2


@pytest.mark.parametrize(
    "path,kind",
    [
        (RAW / "004_ff3983e8347dd6ec.txt", "plain_text"),
        (RAW / "pdf" / "grid" / "004_ff3983e8347dd6ec.pdf", "text_layer"),
        (RAW / "pdf" / "plain" / "004_ff3983e8347dd6ec.pdf", "text_layer"),
    ],
    ids=["txt", "pdf-grid", "pdf-plain"],
)
def test_ingest_reads_both_kinds(path: Path, kind: str) -> None:
    doc, problems = read_document(path, path.name, Settings())
    assert not problems
    assert doc.text_source == kind
    assert doc.pages[0].source == kind
    assert "Beratungsfolge" in doc.text and "Integrationsrat" in doc.text
    assert "Integrationszentrum" in doc.text.replace("-\n", "")
    if kind == "text_layer":
        assert doc.n_pages >= 2 and "\f" in doc.text
        # page numbers follow the form feeds
        second = doc.text.index("\f") + 1
        assert doc.page_at(second) == 2 and doc.page_at(0) == 1


def test_grid_table_rows_come_out_tab_separated() -> None:
    doc, _ = read_document(RAW / "pdf" / "grid" / "004_ff3983e8347dd6ec.pdf", "x", Settings())
    assert "Rat der Stadt Leverkusen\t18.12.2017\tEntscheidung\töffentlich" in doc.text


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (["Vor-", "beratung"], "Vorberatung"),
        (["Beratung und Beschluss-", "fassung"], "Beratung und Beschlussfassung"),
        (["Sozial-", "und Gesundheitsausschuss"], "Sozial- und Gesundheitsausschuss"),  # a link word goes on
        (["Ortsrat Groß-", "Escherde"], "Ortsrat Groß- Escherde"),  # an upper-case rest: no cut word
        (["Bau- und", "Umweltausschuss"], "Bau- und Umweltausschuss"),
    ],
)
def test_ruled_cell_joins_a_word_cut_at_a_line_end(lines: list[str], want: str) -> None:
    """A ruled cell's lines on one line: a word hyphenated at a line's end is one word again where
    the next line goes on lower-case; a hyphen on one line ("E-Mail" runs) is never joined."""
    from pipeline.ingest.layout import Glyph
    from pipeline.ingest.ruled import cell_text

    runs = [Glyph(text, 10.0, 60.0, 12.0 * k, 12.0 * k + 10) for k, text in enumerate(lines)]
    assert cell_text(runs) == want
    assert cell_text([Glyph("E-", 10.0, 20.0, 0.0, 10.0), Glyph("mail", 21.0, 40.0, 0.0, 10.0)]) == "E- mail"


def test_all_tables_in_all_formats(sample_out: Path) -> None:
    con = sqlite3.connect(sample_out / "vorlagen.sqlite")
    try:
        for table in TABLES:
            csv = read_table(sample_out, table)
            parquet = pd.read_parquet(sample_out / f"{table}.parquet")
            assert list(csv.columns) == columns(table)
            assert list(parquet.columns) == columns(table)
            n_sql = con.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
            assert len(csv) == len(parquet) == n_sql, table
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()
    docs = pd.read_csv(sample_out / "documents.csv")
    assert len(docs) == sum(len(p) for p in RENDERINGS.values())
    assert set(docs["text_source"]) == {"plain_text", "text_layer"}


def test_provenance_slices_equal_snippets(sample_out: Path) -> None:
    checked = 0
    for table in TABLES:
        if "snippet" not in columns(table):
            continue
        df = read_table(sample_out, table)
        for row in df.itertuples(index=False):
            text = (sample_out / "text" / f"{row.doc_id}.txt").read_text(encoding="utf-8")
            start, end = int(row.char_start), int(row.char_end)
            assert text[start:end] == row.snippet, (table, row.doc_id, start)
            page = text.count("\f", 0, start) + 1
            assert int(row.page) == page
            checked += 1
    assert checked > 0


def test_two_runs_give_identical_csvs(sample_out: Path, tmp_path: Path) -> None:
    inputs = [p for paths in RENDERINGS.values() for p in reversed(paths)]  # another order
    run_into(tmp_path, inputs)
    for table in TABLES:
        assert filecmp.cmp(sample_out / f"{table}.csv", tmp_path / f"{table}.csv", shallow=False), table


@pytest.mark.parametrize("layout", ["text", "grid", "plain"])
def test_document_metadata_meets_gold(rendering_outs: dict[str, Path], layout: str) -> None:
    result = evaluate(rendering_outs[layout], GOLD)
    assert not result.missing
    assert result.totals["documents"].f1 >= 0.95, result.table()


def test_evaluate_exits_1_below_threshold(sample_out: Path) -> None:
    ok = CliRunner().invoke(main, ["evaluate", str(sample_out), str(GOLD), "--min-f1", "0"])
    assert ok.exit_code == 0 and "documents" in ok.output
    strict = CliRunner().invoke(main, ["evaluate", str(sample_out), str(GOLD), "--min-f1", "1.01"])
    assert strict.exit_code == 2  # out of range is a usage error
    low = CliRunner().invoke(main, ["evaluate", str(sample_out), str(GOLD / "..")])
    assert low.exit_code == 0  # no gold files: nothing scored, no failure


def test_inspect_shows_evidence() -> None:
    result = CliRunner().invoke(main, ["inspect", str(RAW / "000_94f1f821c24d8f14.txt")])
    assert result.exit_code == 0, result.output
    assert "500/035/2017" in result.output and "«" in result.output


def test_inspect_shows_method_confidence_and_rule_id() -> None:
    """Each value line says how it was found: the method and confidence its row gets, and the
    resource entry that produced it."""
    from pipeline.extract.rows import extract_document
    from pipeline.run.jobs import relative_source

    path = RAW / "000_94f1f821c24d8f14.txt"
    output = CliRunner().invoke(main, ["inspect", str(path)]).output
    doc, _ = read_document(path, relative_source(path), Settings())
    tables, _, _ = extract_document(doc)
    lines = output.splitlines()

    def how(first: str) -> str:  # the line after a record's values line
        return lines[next(i for i, ln in enumerate(lines) if ln.startswith(first)) + 1]

    row = next(r for r in tables["consultations"] if r["body"] == "Sozialausschuss")
    assert (
        how("consultations: body=Sozialausschuss,")
        .strip()
        .startswith(f"method={row['method']} confidence={row['confidence']} rule_id=committee  p.1 [")
    )
    cost = next(r for r in tables["costs"] if r["amount_eur"] == 22000.0)
    assert f"method={cost['method']} confidence={cost['confidence']} rule_id=external_support" in how(
        "costs: amount_eur=22000.0,"
    )
    person = tables["facilitators"][0]
    assert f"method={person['method']} confidence={person['confidence']} rule_id=person" in how("facilitators:")
    documents = tables["documents"][0]
    doc_type = next(ln for ln in lines if ln.startswith("  doc_type "))
    assert (
        f"method={documents['doc_type_method']} confidence={documents['doc_type_confidence']}"
        " rule_id=sitzungsvorlage  p.1 ["
    ) in doc_type
    department = next(ln for ln in lines if ln.startswith("  department "))
    assert f"confidence={documents['department_confidence']}  p.1" in department  # no entry named it
    ags = next(ln for ln in lines if ln.startswith("  ags "))
    assert "method=" not in ags  # a column without an assessment


def test_scan_with_ocr_off_reports_each_page(tmp_path: Path) -> None:
    from pipeline.run.runner import process_file

    scan = RAW / "scan" / "004_ff3983e8347dd6ec.pdf"
    result = process_file(str(scan), "scan.pdf", Settings(ocr="never", workers=1))
    kinds = [e["error_type"] for e in result["errors"]]
    assert kinds == ["no_text_layer"] * 4
    assert result["tables"]["documents"][0]["n_pages"] == 4
