"""Incremental runs: an unchanged corpus stops early, any change runs the stages again."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.run.runner import RunSummary, run
from pipeline.settings import Settings
from tests.helpers import seed_folder


def outputs(out: Path) -> dict[str, bytes]:
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and "cache" not in p.relative_to(out).parts
    }


def mtimes(out: Path) -> dict[str, int]:
    return {
        p.relative_to(out).as_posix(): p.stat().st_mtime_ns
        for p in sorted(out.rglob("*"))
        if p.is_file() and "cache" not in p.relative_to(out).parts
    }


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    return seed_folder(tmp_path / "in", 3)


def go(corpus: Path, out: Path, use_cache: bool = True) -> RunSummary:
    return run([corpus], out, Settings(workers=1), progress=False, formats=("csv", "sqlite"), use_cache=use_cache)


def test_unchanged_rerun_writes_nothing_and_reports_the_same(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = go(corpus, out)
    before, stamps = outputs(out), mtimes(out)
    second = go(corpus, out)
    assert second.up_to_date and not first.up_to_date
    assert second.line().startswith(first.line().rsplit(";", 1)[0])
    assert second.failed_paths == first.failed_paths
    assert outputs(out) == before and mtimes(out) == stamps


def test_a_changed_file_runs_again_and_gives_a_clean_runs_outputs(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    go(corpus, out)
    victim = sorted(corpus.iterdir())[0]
    victim.write_text(victim.read_text(encoding="utf-8") + "\nNachtrag.\n", encoding="utf-8")
    again = go(corpus, out)
    assert not again.up_to_date
    clean = tmp_path / "clean"
    go(corpus, clean, use_cache=False)
    assert outputs(out) == outputs(clean)


def test_a_removed_file_runs_again(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    go(corpus, out)
    sorted(corpus.iterdir())[0].unlink()
    again = go(corpus, out)
    assert not again.up_to_date and again.documents == 2


def test_an_edited_or_deleted_output_is_written_again(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    go(corpus, out)
    before = outputs(out)
    (out / "documents.csv").write_text("edited by hand\n", encoding="utf-8")
    (out / "costs.csv").unlink()
    again = go(corpus, out)
    assert not again.up_to_date
    assert outputs(out) == before


def test_other_settings_or_formats_or_no_cache_do_not_count_as_up_to_date(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    go(corpus, out)
    assert not run(
        [corpus], out, Settings(workers=1, max_pages=7), progress=False, formats=("csv", "sqlite")
    ).up_to_date
    # a format added counts; one left out does not: the files of every format in the folder are kept current
    assert not run(
        [corpus], out, Settings(workers=1, max_pages=7), progress=False, formats=("csv", "parquet")
    ).up_to_date
    assert run([corpus], out, Settings(workers=1, max_pages=7), progress=False, formats=("csv",)).up_to_date
    assert not run(
        [corpus], out, Settings(workers=1, max_pages=7), progress=False, formats=("csv",), use_cache=False
    ).up_to_date


def test_a_run_with_a_failure_that_may_not_recur_is_done_again(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (corpus / "kaputt.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf")  # fails the same way every time
    go(corpus, out)
    assert go(corpus, out).up_to_date
    record = out / "cache" / "run.json"
    record.write_text(
        record.read_text(encoding="utf-8").replace('"transient_errors": []', '"transient_errors": ["timeout"]'),
        encoding="utf-8",
    )
    assert not go(corpus, out).up_to_date


def test_the_code_digest_covers_every_resource_file() -> None:
    """A new gazetteer, calibration table or vocabulary invalidates cached results."""
    import extractors
    import pipeline
    from pipeline.run.cache import shaping_files

    covered = {path for _, path in shaping_files()}
    roots = [Path(pipeline.__file__).parent, Path(extractors.__file__).parent]
    folders = [d for root in roots for d in root.rglob("resources") if d.is_dir()]
    assert len(folders) >= 2
    for folder in folders:
        files = {p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
        assert files and files <= covered, folder
    assert {"gazetteer.tsv.gz", "base_counts.tsv", "review.yaml", "bodies.yaml"} <= {p.name for p in covered}


REPEAT = """
import json, sys
from pathlib import Path
from pipeline.run.runner import run
from pipeline.settings import Settings
summary = run([Path(sys.argv[1])], Path(sys.argv[2]), Settings(workers=1), progress=False, formats=("csv", "sqlite"))
heavy = ("pandas", "pyarrow", "pypdfium2", "spacy", "pipeline.structure", "extractors")
print(json.dumps({"up_to_date": summary.up_to_date, "imported": sorted(m for m in heavy if m in sys.modules)}))
"""


def test_an_unchanged_rerun_imports_neither_the_writers_nor_the_readers(corpus: Path, tmp_path: Path) -> None:
    """The re-run's cost is its own: hashing the inputs, not importing pandas, pdfium, spaCy or the
    view (which cost a re-run of the benchmark corpus more than the hashing)."""
    import json
    import subprocess
    import sys

    out = tmp_path / "out"
    go(corpus, out)
    root = Path(__file__).resolve().parents[2]
    args = [sys.executable, "-c", REPEAT, str(corpus), str(out)]
    done = subprocess.run(args, capture_output=True, text=True, check=True, cwd=root, env={"PYTHONPATH": str(root)})
    got = json.loads(done.stdout.strip().splitlines()[-1])
    assert got == {"up_to_date": True, "imported": []}
    (corpus / sorted(p.name for p in corpus.iterdir())[0]).write_text("Sitzungsvorlage\nGeändert.\n", encoding="utf-8")
    done = subprocess.run(args, capture_output=True, text=True, check=True, cwd=root, env={"PYTHONPATH": str(root)})
    got = json.loads(done.stdout.strip().splitlines()[-1])
    assert got["up_to_date"] is False and "pandas" in got["imported"]  # a run that reads writes the tables
