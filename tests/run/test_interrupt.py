"""Safe outputs: atomic writes, interrupted runs, resuming from the cache, --fail-fast, exit codes."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.cli.main import main
from pipeline.output.store import atomic_path
from pipeline.run.runner import HELD_FILE, HOLD_AFTER
from tests.helpers import RENDERINGS, seed_folder

VORLAGEN = Path(sys.executable).with_name("vorlagen")
COPIES_PER_PDF = 0
COPIES_PER_TEXT = 1


def make_corpus(folder: Path) -> int:
    """Seed texts and PDFs plus copies with small changes (new bytes, same kind of content)."""
    folder.mkdir(parents=True)
    n = 0
    for kind, paths in RENDERINGS.items():
        for path in paths:
            data = path.read_bytes()
            copies = COPIES_PER_TEXT if kind == "text" else COPIES_PER_PDF
            for i in range(copies + 1):
                if i == 0:
                    variant = data
                elif kind == "text":
                    variant = data + f"\nAnlage {i}: Protokoll der Sitzung\n".encode()
                else:
                    variant = data + f"% Kopie {i}\n".encode()  # after %%EOF: ignored by readers
                (folder / f"{kind}-{path.stem}-{i}{path.suffix}").write_bytes(variant)
                n += 1
    return n


# The first line of a child that is sent Ctrl-C: SIGINT as a program started from a terminal has it.
# A test session started in the background by a shell without job control ("pytest &" in a script)
# ignores SIGINT, and a child inherits that and would never see the signal the test sends.
CTRL_C_AS_IN_A_TERMINAL = "import signal; signal.signal(signal.SIGINT, signal.default_int_handler)\n"
# `vorlagen` started so
VORLAGEN_CTRL_C = [sys.executable, "-c", CTRL_C_AS_IN_A_TERMINAL + "from pipeline.cli.main import main; main()"]


def vorlagen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(VORLAGEN), "run", *args, "-q"], cwd=cwd, capture_output=True, text=True, timeout=600)


def snapshot(out: Path) -> dict[str, bytes]:
    """Every output file except the cache (and temporary files, which start with a dot)."""
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and "cache" not in p.relative_to(out).parts and not p.name.startswith(".")
    }


def assert_parseable(out: Path) -> None:
    documents = pd.read_csv(out / "documents.csv")
    assert len(documents) > 0
    assert len(pd.read_parquet(out / "documents.parquet")) == len(documents)
    with sqlite3.connect(out / "vorlagen.sqlite") as con:
        assert con.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == len(documents)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A working folder with the corpus in big/ and a clean run of it in clean/."""
    root = tmp_path_factory.mktemp("interrupt")
    n = make_corpus(root / "big")
    done = vorlagen("big", "--out", "clean", "--no-cache", "--workers", "2", cwd=root)
    assert done.returncode == 0, done.stderr
    return root, n


def cache_files(out: Path) -> dict[str, int]:
    """The per-document cache entries (the run record, cache/run.json, aside)."""
    return {p.name: p.stat().st_mtime_ns for p in (out / "cache").glob("*.json") if p.name != "run.json"}


@pytest.mark.slow
@pytest.mark.parametrize("how", ["sigint", "sigkill"])
def test_interrupted_run_keeps_outputs_and_resumes(workspace: tuple[Path, int], how: str) -> None:
    root, n_docs = workspace
    out = root / f"out-{how}"
    # an earlier complete run on a smaller corpus (three of the documents) into the same --out
    small = root / f"small-{how}"
    small.mkdir()
    for path in sorted((root / "big").glob("text-*-0.txt"))[:3]:
        shutil.copy(path, small / path.name)
    first = vorlagen(small.name, "--out", out.name, "--workers", "1", cwd=root)
    assert first.returncode == 0, first.stderr
    before = snapshot(out)
    cached_before = len(cache_files(out))

    # the run holds after the cached documents and four new ones, until the signal comes
    proc = subprocess.Popen(
        [*VORLAGEN_CTRL_C, "run", "big", "--out", out.name, "--workers", "2", "-q", "--replace"],
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
        env={**os.environ, HOLD_AFTER: str(cached_before + 4)},
    )
    try:
        deadline = time.monotonic() + 300
        while not (out / HELD_FILE).exists() and time.monotonic() < deadline:
            assert proc.poll() is None, "the run ended before it could be interrupted"
            time.sleep(0.05)
        assert proc.poll() is None, "the run ended before it could be interrupted"
        assert len(cache_files(out)) == cached_before + 4
        if how == "sigint":
            os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C reaches the whole process group
        else:
            os.kill(proc.pid, signal.SIGKILL)  # only the main process: workers must follow
        proc.wait(timeout=60)
        # the run ends by the signal (not by an exit code the shell would take for a failure)
        assert proc.returncode == -(signal.SIGINT if how == "sigint" else signal.SIGKILL)
        if how == "sigint":
            assert proc.stderr is not None and "abgebrochen (Strg+C)" in proc.stderr.read().decode()
        assert_group_ends(proc.pid)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()

    # the previous outputs are intact and parseable; nothing of the interrupted run replaced them
    after = snapshot(out)
    assert {k: v for k, v in after.items() if k in before} == before
    assert {k for k in after if "/" not in k} == {k for k in before if "/" not in k}
    assert_parseable(out)
    partial = cache_files(out)
    assert len(partial) == cached_before + 4 < n_docs

    # a re-run reuses the finished documents and gives the bytes of a clean run
    again = vorlagen("big", "--out", out.name, "--workers", "2", "--replace", cwd=root)
    assert again.returncode == 0, again.stderr
    final = cache_files(out)
    assert {k: final[k] for k in partial} == partial, "cached documents were computed again"
    assert snapshot(out) == snapshot(root / "clean")
    assert not [p for p in out.rglob(".*.tmp")], "temporary files left behind"


def assert_group_ends(pgid: int, timeout: float = 20) -> None:
    """No process of the run (pool workers, fork server) outlives it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    raise AssertionError("processes of the interrupted run are still alive")


# A program ending with an exit handler that takes a while (pypdfium2 registers one); the
# handler writes the file named by its first argument, then waits to be interrupted.
SLOW_EXIT = (
    CTRL_C_AS_IN_A_TERMINAL
    + """
import atexit, sys, time
from pathlib import Path

def slow_exit_handler() -> None:
    Path(sys.argv[1]).write_text("exiting")
    time.sleep(60)

atexit.register(slow_exit_handler)
from pipeline.cli.main import main
main(["run", *sys.argv[2:], "--workers", "1", "--no-cache", "-q", "--format", "csv"])
"""
)


def test_ctrl_c_while_the_process_exits_ends_it_non_zero(inputs: Path, tmp_path: Path) -> None:
    """Python ignores a KeyboardInterrupt raised in an exit handler: a Ctrl-C after the run,
    while the interpreter shuts down, must still end the process with a non-zero code."""
    exiting = tmp_path / "exiting"
    proc = subprocess.Popen(
        [sys.executable, "-c", SLOW_EXIT, str(exiting), str(inputs), "--out", str(tmp_path / "out")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 300
        while not exiting.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert exiting.exists(), "the run did not reach its end"
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode != 0
    assert_parseable_csv(tmp_path / "out")


# A run whose exit handler would wait for ten minutes (as the threads of a process pool whose
# workers were killed can): it holds after its first document until it is interrupted.
HUNG_EXIT = (
    CTRL_C_AS_IN_A_TERMINAL
    + """
import atexit, sys, time

atexit.register(time.sleep, 600)
from pipeline.cli.main import main
main(["run", *sys.argv[1:], "--workers", "1", "--no-cache", "-q", "--format", "csv"])
"""
)


def test_ctrl_c_during_the_run_does_not_wait_for_exit_handlers(inputs: Path, tmp_path: Path) -> None:
    """Ctrl-C ends a run by the signal once its own clean-up is done, not by the interpreter's
    shutdown: a hanging exit handler cannot keep the interrupted process alive."""
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-c", HUNG_EXIT, str(inputs), "--out", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, HOLD_AFTER: "1"},
    )
    try:
        deadline = time.monotonic() + 300
        while not (out / HELD_FILE).exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert (out / HELD_FILE).exists(), "the run did not reach its first document"
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=120)  # the exit handler alone would take 600 s
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGINT
    assert proc.stderr is not None and "abgebrochen (Strg+C)" in proc.stderr.read()
    assert not (out / "documents.csv").exists()  # no half-written tables
    assert not (out / HELD_FILE).exists()


# A run as a user starts it in a terminal: with its progress (and the shared counter of the
# pages read by OCR) and a pool of two workers; it holds after its first document.
WITH_PROGRESS = (
    CTRL_C_AS_IN_A_TERMINAL
    + """
import sys

if __name__ == "__main__":
    from pipeline.cli.main import main

    main(["run", *sys.argv[1:], "--workers", "2", "--no-cache", "--format", "csv"])
"""
)


def test_ctrl_c_leaves_no_leaked_semaphore_warning(inputs: Path, tmp_path: Path) -> None:
    script = tmp_path / "run_with_progress.py"  # a file: the pool's spawned workers import it
    script.write_text(WITH_PROGRESS, encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, str(script), str(inputs), "--out", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, HOLD_AFTER: "1"},
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 300
        while not (out / HELD_FILE).exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert (out / HELD_FILE).exists(), "the run did not reach its first document"
        os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C reaches the whole process group
        _, stderr = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == -signal.SIGINT
    assert "abgebrochen (Strg+C)" in stderr
    assert "leaked" not in stderr and "resource_tracker" not in stderr, stderr


def assert_parseable_csv(out: Path) -> None:
    assert len(pd.read_csv(out / "documents.csv")) > 0


def test_atomic_write_keeps_the_old_file_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "documents.csv"
    target.write_text("old\n")
    with pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            tmp.write_text("half a ta")
            raise RuntimeError("disk full")
    assert target.read_text() == "old\n"
    assert list(tmp_path.iterdir()) == [target]


# --- --fail-fast and exit codes -----------------------------------------------------------


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    return seed_folder(tmp_path / "in", 2)


def test_fail_fast_stops_at_the_first_failure_and_writes_nothing(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(main, ["run", str(inputs), "--out", str(out), "--workers", "1", "-q"]).exit_code == 0
    before = snapshot(out)
    (inputs / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<<")
    result = runner.invoke(main, ["run", str(inputs), "--out", str(out), "--workers", "1", "-q", "--fail-fast"])
    assert result.exit_code == 1
    assert "broken.pdf" in result.output
    assert snapshot(out) == before  # the tables of the earlier run stay as they were


@pytest.mark.parametrize(
    "extra, files, code",
    [
        ([], {}, 0),
        ([], {"empty.txt": b""}, 1),
        ([], {"renamed.pdf": b"<html><body>Vorlage</body></html>"}, 1),
        (["--workers", "0"], {}, 2),
        (["--ocr", "sometimes"], {}, 2),
        (["--max-pages", "0"], {}, 2),
        (["--no-such-option"], {}, 2),
        (["--format", "docx"], {}, 2),
    ],
    ids=["ok", "empty-file", "html-as-pdf", "workers-0", "bad-ocr", "max-pages-0", "unknown-option", "bad-format"],
)
def test_exit_codes(inputs: Path, tmp_path: Path, extra: list[str], files: dict[str, bytes], code: int) -> None:
    for name, data in files.items():
        (inputs / name).write_bytes(data)
    result = CliRunner().invoke(
        main, ["run", str(inputs), "--out", str(tmp_path / "out"), "--workers", "1", "--no-cache", *extra]
    )
    assert result.exit_code == code, result.output
    failed = [line for line in result.output.splitlines() if line.startswith("fehlgeschlagen: ")]
    for name in files:  # named with the reason
        assert any(f"/{name}: " in line for line in failed), result.output


def test_temporary_files_of_a_killed_run_are_removed(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    stale = [
        out / ".documents.csv.k2j3.tmp",
        out / "text" / ".0123456789abcdef.txt.x8a1.tmp",
        out / "cache" / ".0123456789abcdef-0.1.0-abc.json.q9z0.tmp",
    ]
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("half")
    keep = out / "notes.txt"
    keep.write_text("mine")
    result = CliRunner().invoke(main, ["run", str(inputs), "--out", str(out), "--workers", "1", "-q"])
    assert result.exit_code == 0, result.output
    assert not any(p.exists() for p in stale)
    assert keep.read_text() == "mine"
