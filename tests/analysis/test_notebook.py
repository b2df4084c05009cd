"""The comparison notebook runs top to bottom on a fresh run output (VORLAGEN_OUT)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT, SEED_MUNICIPALITIES, SEED_TEXTS, run_into

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOK = ROOT / "notebooks" / "compare_municipalities.ipynb"


def ensure_kernel() -> str:
    """The notebook's kernel, registered in this environment if it is missing."""
    from jupyter_client.kernelspec import KernelSpecManager

    name = "python3"
    if name not in KernelSpecManager().find_kernel_specs():
        subprocess.run([sys.executable, "-m", "ipykernel", "install", "--sys-prefix"], check=True, capture_output=True)
    return name


def execute(out: Path, monkeypatch: pytest.MonkeyPatch) -> object:
    monkeypatch.setenv("VORLAGEN_OUT", str(out))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=300, kernel_name=ensure_kernel(), resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()
    return nb


def outputs(nb: object) -> str:
    parts = []
    for cell in nb.cells:  # type: ignore[attr-defined]
        for out in cell.get("outputs", []):
            parts.append(out.get("text", ""))
            parts.extend(str(v) for k, v in out.get("data", {}).items() if k in ("text/plain", "text/html"))
    return "\n".join(parts)


def test_notebook_is_stored_without_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert "from pipeline.analysis.compare import" in code and "VORLAGEN_OUT" in code


@pytest.mark.slow
def test_notebook_runs_on_fresh_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run_into(tmp_path, SEED_TEXTS)
    nb = execute(tmp_path, monkeypatch)
    text = outputs(nb)
    assert all(name in text for name in SEED_MUNICIPALITIES)
    charts = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]  # type: ignore[attr-defined]
    assert len(charts) >= 4  # Handlungsfelder, Steuerungsgruppen, Kosten und Dauer, Bereiche
    assert "documents 5" in text
    assert "background-color: #1f5f8b" in text or "background-color: rgba" in text  # styled tables rendered
    # missing costs and days are drawn as missing, named, never as 0 (the seeds: Landshut states neither)
    assert "Kosten gesamt: keine Angabe für Landshut, Leverkusen" in text
    assert "Dauer bis zum Beschluss: keine Angabe für Landshut" in text


def test_the_charts_label_their_axes_in_german_and_draw_no_missing_value_as_zero() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    charts = [c.source for c in nb.cells if c.cell_type == "code" and "plt.show()" in c.source]
    assert len(charts) >= 4
    for source in charts:
        assert ".fillna(0)" not in source
        labels = re.findall(r"set_[xy]label\((?:\"([^\"]*)\")", source)
        assert labels and all(not re.search(r"\b(?:municipality|count|share|days|cost)\b", x) for x in labels)
        assert "set_ylabel(" in source  # never pandas' index name ('municipality') on the axis


@pytest.mark.slow
def test_notebook_names_a_missing_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(nbclient.exceptions.CellExecutionError, match="keine documents.csv"):
        execute(tmp_path, monkeypatch)


def test_the_readme_names_the_notebook() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"notebooks/{NOTEBOOK.name}" in readme


def test_the_readme_command_runs_the_notebook(tmp_path: Path) -> None:
    """The command the README gives runs the notebook without a Jupyter front end and writes
    the charts into the file it names ('jupyter nbconvert' was not installed)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (command,) = re.findall(r"`(VORLAGEN_OUT=\$PWD/daten \.venv/bin/jupyter execute [^`]+)`", readme)
    out = run_into(tmp_path / "daten", SEED_TEXTS[:2])
    assert out.documents == 2
    ensure_kernel()
    args = command.replace("$PWD", str(tmp_path)).split()[1:]
    args[0] = str(Path(sys.executable).parent / "jupyter")
    env = {**os.environ, "VORLAGEN_OUT": str(tmp_path / "daten")}
    done = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    executed = nbformat.read(tmp_path / "vergleich.ipynb", as_version=4)
    assert "image/png" in {k for c in executed.cells for o in c.get("outputs", []) for k in o.get("data", {})}
