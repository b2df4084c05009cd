"""The package as setuptools builds it (what `make run` installs): every module and resource
file of the source tree is in it, and the build warns of no folder it would leave out."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_build_holds_every_resource_without_a_warning(tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(".git", ".venv", "data", "tests", "*.egg-info", "build", "__pycache__"),
    )
    done = subprocess.run(
        [sys.executable, "-c", "import setuptools; setuptools.setup()", "build_py"],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    said = done.stdout + done.stderr
    assert "would be ignored" not in said and "is absent from the `packages`" not in said, said
    wanted = [
        p.relative_to(source)
        for package in ("pipeline", "extractors")
        for p in (source / package).rglob("*")
        if p.is_file() and (p.suffix == ".py" or p.parent.name == "resources")
    ]
    assert len(wanted) > 100
    missing = [str(p) for p in wanted if not (source / "build" / "lib" / p).is_file()]
    assert missing == []
