"""Hostile and broken inputs: one errors row each, the run goes on, good documents are unchanged.

The corpus comes from ``scripts/make_bad_inputs.py``; its ``EXPECTED`` table names the
error_type each file must produce (or None for a file that must be read normally).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from pipeline.run.runner import RunSummary, process_file
from pipeline.schema import CORPUS_COLUMNS, TABLES
from pipeline.settings import Settings
from tests.helpers import SEED_TEXTS, load_script, read_table, run_into

IS_ROOT = os.geteuid() == 0
VORLAGEN = Path(sys.executable).with_name("vorlagen")


bad = load_script("make_bad_inputs")


def expected_types() -> dict[str, str | None]:
    expected: dict[str, str | None] = dict(bad.EXPECTED)
    if IS_ROOT:  # permissions do not stop root: the file is read like any other
        expected["unreadable.txt"] = None
    return expected


CASES = [name for name in bad.EXPECTED if name != "good_copy.txt"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bad-inputs")
    bad.build(folder)
    return folder


@pytest.fixture(scope="module")
def mixed_run(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, RunSummary]:
    """The bad corpus and the seed texts in one run, on the process pool."""
    out = tmp_path_factory.mktemp("mixed-out")
    summary = run_into(out, [corpus, *SEED_TEXTS], formats=("csv",), workers=2)
    return out, summary


def by_name(frame: pd.DataFrame) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {}
    for row in frame.to_dict("records"):
        rows.setdefault(Path(row["source_path"]).name, []).append(row)
    return rows


@pytest.mark.parametrize("name", CASES)
def test_each_file_alone(corpus: Path, name: str) -> None:
    path = corpus / name
    result = process_file(str(path), name, Settings(workers=1))
    expected = expected_types()[name]
    if expected is None:
        assert result["errors"] == []
        assert len(result["tables"]["documents"]) == 1
    else:
        assert [e["error_type"] for e in result["errors"]] == [expected]
        assert result["errors"][0]["message"]


def test_every_bad_file_has_exactly_one_errors_row(mixed_run: tuple[Path, RunSummary]) -> None:
    out, _ = mixed_run
    errors = by_name(read_table(out, "errors"))
    documents = by_name(read_table(out, "documents"))
    for name, expected in expected_types().items():
        got = [e["error_type"] for e in errors.get(name, [])]
        assert got == ([expected] if expected else []), name
        if expected is not None and errors[name][0]["stage"] == "ingest":
            assert name not in documents, f"{name} failed at ingest but has a documents row"
    assert set(errors) <= set(expected_types()), "errors for files that are not in the corpus"


def test_summary_lists_the_failed_files(mixed_run: tuple[Path, RunSummary]) -> None:
    _, summary = mixed_run
    failed = {Path(p).name for p in summary.failed_paths}
    assert failed == {n for n, t in expected_types().items() if t and t not in ("page_too_large",)}


def test_good_documents_are_unchanged_by_bad_neighbours(mixed_run: tuple[Path, RunSummary], sample_out: Path) -> None:
    """The seed texts' rows equal those of the clean serial run of conftest (but for the
    columns that depend on the other files, such as the submission a file belongs to)."""
    out, _ = mixed_run
    clean = read_table(sample_out, "documents")
    seed_ids = set(clean[clean["source_path"].str.endswith(".txt")]["doc_id"])
    assert len(seed_ids) == len(SEED_TEXTS)
    for table in TABLES:
        if table == "errors":
            continue
        mixed, alone = (
            frame[frame["doc_id"].isin(seed_ids)]
            .drop(columns=list(CORPUS_COLUMNS.get(table, ())))
            .reset_index(drop=True)
            for frame in (read_table(out, table), read_table(sample_out, table))
        )
        assert len(alone) > 0 or table not in ("documents", "consultations"), f"nothing to compare in {table}"
        pd.testing.assert_frame_equal(mixed, alone, obj=table)
    for doc_id in seed_ids:
        assert (out / "text" / f"{doc_id}.txt").read_bytes() == (sample_out / "text" / f"{doc_id}.txt").read_bytes()


def test_odd_but_readable_files(corpus: Path, mixed_run: tuple[Path, RunSummary]) -> None:
    out, _ = mixed_run
    documents = {name: rows[0] for name, rows in by_name(read_table(out, "documents")).items()}
    # a byte-identical copy is processed once; its path is kept
    assert "good_copy.txt" not in documents
    assert Path(documents["good.txt"]["duplicate_paths"]).name == "good_copy.txt"
    # UTF-16 with BOM is decoded, not read as cp1252 noise
    utf16 = (out / "text" / f"{documents['utf16.txt']['doc_id']}.txt").read_text(encoding="utf-8")
    assert "Der Bürgermeister" in utf16 and "Beispielstadt" in utf16
    # an empty user password opens like an unencrypted file: same text as the plain PDF
    plain = process_file("plain.pdf", "plain.pdf", Settings(workers=1), bad.text_page_pdf(bad.good_lines()))
    encrypted = (out / "text" / f"{documents['encrypted_empty_password.pdf']['doc_id']}.txt").read_text(
        encoding="utf-8"
    )
    assert encrypted == plain["text"]
    assert "Musterhausen" in encrypted


def test_language_column_flags_non_german_documents(mixed_run: tuple[Path, RunSummary]) -> None:
    out, _ = mixed_run
    documents = {name: rows[0] for name, rows in by_name(read_table(out, "documents")).items()}
    assert {name: documents[name]["language"] for name in bad.LANGUAGES} == bad.LANGUAGES


def test_symlink_loop_is_skipped_without_a_row(corpus: Path, mixed_run: tuple[Path, RunSummary]) -> None:
    out, _ = mixed_run
    assert (corpus / bad.LOOP_DIR).resolve() == corpus.resolve()
    for table in ("documents", "errors"):
        paths = read_table(out, table)["source_path"]
        assert not any(f"/{bad.LOOP_DIR}/" in p or p.endswith(f"/{bad.LOOP_DIR}") for p in paths), table


@pytest.mark.skipif(IS_ROOT, reason="root reads files whatever their permissions")
def test_unreadable_file_for_a_normal_user(corpus: Path) -> None:
    result = process_file(str(corpus / "unreadable.txt"), "unreadable.txt", Settings(workers=1))
    assert [e["error_type"] for e in result["errors"]] == ["unreadable"]


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Permission denied, simulated so that the test also runs as root."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("locked.txt", "open.txt"):
        (inputs / name).write_text(bad.GOOD_TEXT.replace("Musterhausen", name[:-4].title()), encoding="utf-8")
    real_read = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    summary = run_into(tmp_path / "out", [inputs], formats=("csv",))
    errors = read_table(tmp_path / "out", "errors")
    assert list(errors["error_type"]) == ["unreadable"]
    assert errors["source_path"].iloc[0].endswith("locked.txt")
    assert [Path(p).name for p in summary.failed_paths] == ["locked.txt"]
    assert summary.documents == 1


@pytest.mark.parametrize(
    "pages, max_pages, error_type",
    [
        (3, 2, "too_many_pages"),
        (3, 3, None),
        (1, 1, None),
    ],
    ids=["over", "at-limit", "single"],
)
def test_max_pages(tmp_path: Path, pages: int, max_pages: int, error_type: str | None) -> None:
    data = bad.text_page_pdf(bad.good_lines(), pages)
    result = process_file("doc.pdf", "doc.pdf", Settings(workers=1, max_pages=max_pages), data)
    assert [e["error_type"] for e in result["errors"]] == ([error_type] if error_type else [])


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
@pytest.mark.parametrize(
    "user_password, error_type", [("geheim", "encrypted"), ("", None)], ids=["with-password", "empty-password"]
)
def test_aes256_encryption(tmp_path: Path, user_password: str, error_type: str | None) -> None:
    plain, target = tmp_path / "plain.pdf", tmp_path / "aes256.pdf"
    plain.write_bytes(bad.text_page_pdf(bad.good_lines()))
    subprocess.run(["qpdf", "--encrypt", user_password, "owner", "256", "--", str(plain), str(target)], check=True)
    result = process_file(str(target), "aes256.pdf", Settings(workers=1))
    assert [e["error_type"] for e in result["errors"]] == ([error_type] if error_type else [])


@pytest.mark.slow
def test_cli_exits_1_and_lists_the_failures(corpus: Path, tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            str(VORLAGEN),
            "run",
            str(corpus),
            "--out",
            str(tmp_path / "out"),
            "--no-cache",
            "--workers",
            "2",
            "--ocr",
            "never",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 1, proc.stderr
    listed = {
        Path(line.removeprefix("fehlgeschlagen: ").partition(": ")[0]).name
        for line in proc.stderr.splitlines()
        if line.startswith("fehlgeschlagen: ")
    }
    failed = [line for line in proc.stderr.splitlines() if line.startswith("fehlgeschlagen: ")]
    assert all(line.removeprefix("fehlgeschlagen: ").partition(": ")[2].strip() for line in failed)  # with reason
    assert listed == {n for n, t in expected_types().items() if t and t != "page_too_large"}
    assert "Dokumente" in proc.stdout  # the summary line


def test_a_crash_outside_the_extractors_fails_only_that_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pipeline.extract.rows

    real = pipeline.extract.rows.extract_document

    def extract(doc: Any) -> Any:
        if doc.source_path.endswith(SEED_TEXTS[0].name):
            raise ValueError("broken row builder")
        return real(doc)

    monkeypatch.setattr(pipeline.extract.rows, "extract_document", extract)
    summary = run_into(tmp_path, SEED_TEXTS[:2], formats=("csv",))
    errors = read_table(tmp_path, "errors")
    assert list(errors["error_type"]) == ["internal_error"] and list(errors["stage"]) == ["extract"]
    assert "broken row builder" in errors["message"].iloc[0]
    assert [Path(p).name for p in summary.failed_paths] == [SEED_TEXTS[0].name]  # so the run exits 1
    assert summary.documents == 1
