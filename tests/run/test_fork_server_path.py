"""The workers read with the code of the run, whatever folder the run starts in: a folder holding
packages named like the project's (a checkout of another version) is not imported by the fork
server, whose ``python -c`` would otherwise put the working folder first on its path."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.run.executors import START_METHOD

ROOT = Path(__file__).resolve().parents[2]
SHADOW = """from pathlib import Path
Path(__file__).resolve().parents[1].joinpath("imported.txt").write_text(__name__)
raise ImportError("the working folder's copy was imported")
"""
RUN = """
import sys
from pathlib import Path
from pipeline.run.runner import run
from pipeline.settings import Settings
if __name__ == "__main__":
    run([Path(p) for p in sys.argv[2:]], Path(sys.argv[1]), Settings(workers=2), use_cache=False, progress=False,
        formats=("csv",))
"""


@pytest.mark.slow
@pytest.mark.skipif(START_METHOD != "forkserver", reason="only a fork server starts as python -c")
def test_a_run_started_in_a_folder_with_packages_of_the_same_names_reads_with_its_own(tmp_path: Path) -> None:
    for package in ("pipeline", "extractors"):
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text(SHADOW)
    inputs = sorted((ROOT / "data" / "raw").glob("*.txt"))[:2]
    out = tmp_path / "out"
    script = tmp_path / "job" / "run.py"  # as a console script runs: its own folder first on the path
    script.parent.mkdir()
    script.write_text(RUN)
    done = subprocess.run(
        [sys.executable, str(script), str(out), *map(str, inputs)],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "imported.txt").exists()
    with open(out / "errors.csv", encoding="utf-8") as f:
        assert list(csv.DictReader(f)) == []
    with open(out / "documents.csv", encoding="utf-8") as f:
        assert len(list(csv.DictReader(f))) == len(inputs)
    assert "PYTHONSAFEPATH" not in os.environ  # the run's setting is the server's alone
