"""The process pool and Dask executors: guards per document, and the same bytes as a serial run.

The guard tests replace the per-document function by ``scripted_work`` (it must be
importable by the workers, so it lives here at module level): the file's name says how
the document misbehaves, every other file gives a small result of its own.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from pipeline.ingest import slots
from pipeline.run.executors import START_METHOD, crash_error, first_exit_code, run_pool
from pipeline.run.runner import Job, Result, process_file
from pipeline.settings import Settings
from tests.helpers import RENDERINGS, run_into

ALL_SEEDS = [p for paths in RENDERINGS.values() for p in paths]
OUTPUTS = ("*.csv", "text/*.txt")


HANG_SECONDS = 600.0  # a hung document would end by itself after this long


def scripted_work(path: str, source_path: str, settings: Settings, data: bytes | None = None) -> Result:
    """Misbehave as the file name says; otherwise return a result naming the worker."""
    name = Path(path).stem
    if name.startswith("hang"):
        time.sleep(HANG_SECONDS)
    elif name.startswith("segfault"):
        os.kill(os.getpid(), signal.SIGSEGV)
    elif name.startswith("exit"):
        os._exit(3)
    elif name.startswith("oom_killed"):
        os.kill(os.getpid(), signal.SIGKILL)  # what the kernel's OOM killer does
    elif name.startswith("allocate"):
        bytearray(8 * 1024**3)  # beyond the worker's address-space limit
    elif name.startswith("raise"):
        raise RuntimeError("a bug outside the guard of process_file")
    elif name.startswith("sleep"):
        time.sleep(1.0)
    elif name.startswith("hold_slot"):  # holds a tesseract slot until the other document saw it taken
        with slots.slot():
            marker = Path(path).with_name("slot_seen")
            deadline = time.monotonic() + 20
            while not marker.exists() and time.monotonic() < deadline:
                time.sleep(0.01)
    elif name.startswith("count_slots"):  # the free slots once the other worker has taken one
        sem = slots._SLOTS
        deadline = time.monotonic() + 20
        while sem.get_value() == settings.workers and time.monotonic() < deadline:
            time.sleep(0.01)
        free = sem.get_value()
        Path(path).with_name("slot_seen").touch()
        return {
            "doc_id": name,
            "source_path": source_path,
            "errors": [],
            "text": None,
            "tables": {"slots": [{"free": free}]},
        }
    elif name.startswith("limits"):
        return {
            "doc_id": name,
            "source_path": source_path,
            "errors": [],
            "text": None,
            "tables": {"limits": [{"as": resource.getrlimit(resource.RLIMIT_AS)[0], "workers": settings.workers}]},
        }
    return {
        "doc_id": name,
        "source_path": source_path,
        "errors": [],
        "text": Path(path).read_text(),
        "tables": {"documents": [{"doc_id": name, "pid": os.getpid()}]},
    }


def make_jobs(folder: Path, names: list[str]) -> list[Job]:
    jobs = []
    for name in names:
        path = folder / f"{name}.txt"
        path.write_text(f"Inhalt von {name}\n", encoding="utf-8")
        jobs.append(Job(str(path), path.name, name))
    return jobs


def collect(jobs: list[Job], settings: Settings) -> dict[str, Result]:
    results: dict[str, Result] = {}
    for job, result in run_pool(jobs, settings, scripted_work):
        assert job.doc_id not in results, f"{job.doc_id} yielded twice"
        results[str(job.doc_id)] = result
    return results


@dataclass
class Misbehaviour:
    name: str
    error_type: str
    message: str


MISBEHAVIOURS = [
    Misbehaviour("hang", "timeout", "länger als 3 s"),
    Misbehaviour("segfault", "worker_crashed", "SIGSEGV"),
    Misbehaviour("exit", "worker_crashed", "Exit-Code 3"),
    Misbehaviour("oom_killed", "out_of_memory", "SIGKILL"),
    Misbehaviour("allocate", "out_of_memory", "Speicher"),
    Misbehaviour("raise", "internal_error", "RuntimeError"),
]


@pytest.mark.parametrize("case", MISBEHAVIOURS, ids=lambda c: c.name)
def test_one_bad_document_costs_one_errors_row(tmp_path: Path, case: Misbehaviour) -> None:
    good = [f"good{i}" for i in range(5)]
    jobs = make_jobs(tmp_path, good[:2] + [case.name] + good[2:])
    settings = Settings(workers=2, doc_timeout=3.0, doc_memory_mb=1024)
    started = time.monotonic()
    results = collect(jobs, settings)
    assert sorted(results) == sorted(good + [case.name])
    for name in good:
        assert results[name]["errors"] == [], name
        assert results[name]["text"] == f"Inhalt von {name}\n"
    bad = results[case.name]
    assert [e["error_type"] for e in bad["errors"]] == [case.error_type]
    assert case.message in bad["errors"][0]["message"]
    assert bad["errors"][0]["source_path"] == f"{case.name}.txt"
    assert bad["tables"] == {} and bad["text"] is None
    assert time.monotonic() - started < HANG_SECONDS  # the hung worker was stopped, not waited for
    assert multiprocessing.active_children() == []  # no worker left behind


def test_several_bad_documents_in_one_run(tmp_path: Path) -> None:
    names = ["good0", "hang", "good1", "segfault", "good2", "allocate", "good3", "exit", "good4"]
    results = collect(make_jobs(tmp_path, names), Settings(workers=3, doc_timeout=3.0, doc_memory_mb=1024))
    assert {n: [e["error_type"] for e in r["errors"]] for n, r in results.items()} == {
        "good0": [],
        "good1": [],
        "good2": [],
        "good3": [],
        "good4": [],
        "hang": ["timeout"],
        "segfault": ["worker_crashed"],
        "allocate": ["out_of_memory"],
        "exit": ["worker_crashed"],
    }
    assert multiprocessing.active_children() == []


def test_clock_starts_when_the_worker_starts_the_document(tmp_path: Path) -> None:
    # three 1 s documents on one worker with a 2 s limit: none may time out
    jobs = make_jobs(tmp_path, ["sleep0", "sleep1", "sleep2"])
    results = collect(jobs, Settings(workers=1, doc_timeout=2.0))
    assert all(r["errors"] == [] for r in results.values()), results


def test_workers_get_the_memory_limit_and_every_core_for_pages(tmp_path: Path) -> None:
    jobs = make_jobs(tmp_path, ["limits0", "limits1"])
    results = collect(jobs, Settings(workers=4, doc_memory_mb=700))
    for result in results.values():
        row = result["tables"]["limits"][0]
        assert row["as"] == 700 * 1024 * 1024
        assert row["workers"] == 4  # a document may OCR on every core, within the shared slots


def test_workers_share_one_count_of_tesseract_slots(tmp_path: Path) -> None:
    # one worker holds a slot; the other sees one of the pool's three slots taken
    jobs = make_jobs(tmp_path, ["count_slots", "hold_slot"])
    results = collect(jobs, Settings(workers=3))
    assert results["count_slots"]["tables"]["slots"] == [{"free": 2}]
    assert results["hold_slot"]["errors"] == []


def test_closing_the_results_stops_the_workers(tmp_path: Path) -> None:
    jobs = make_jobs(tmp_path, ["good0", "hang", "hang2"])
    results = run_pool(jobs, Settings(workers=3, doc_timeout=600.0), scripted_work)
    job, _ = next(results)
    assert job.doc_id == "good0"
    started = time.monotonic()
    results.close()  # what the runner does on --fail-fast, an error or Ctrl-C
    assert time.monotonic() - started < HANG_SECONDS  # the hung workers were stopped, not waited for
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize(
    "code, error_type, words",
    [
        (-signal.SIGKILL, "out_of_memory", "SIGKILL"),
        (-signal.SIGSEGV, "worker_crashed", "SIGSEGV"),
        (-signal.SIGABRT, "worker_crashed", "SIGABRT"),
        (1, "worker_crashed", "Exit-Code 1"),
        (None, "worker_crashed", "Exit-Code None"),
    ],
    ids=["sigkill", "sigsegv", "sigabrt", "exit-1", "unknown"],
)
def test_crash_error_names_the_cause(code: int | None, error_type: str, words: str) -> None:
    error = crash_error(code)
    assert error.error_type == error_type
    assert words in str(error)


def test_exit_code_of_a_worker_reaped_by_the_pools_own_thread() -> None:
    # the race behind "exit code None": the pool's manager thread reaps a dead worker and
    # records its code a moment later; in between, the main thread's waitpid answers ECHILD
    proc = multiprocessing.get_context("spawn").Process(target=os._exit, args=(3,))
    proc.start()
    reaped = threading.Event()

    def manager() -> None:
        _, status = os.waitpid(proc.pid, 0)
        reaped.set()
        time.sleep(0.3)
        proc._popen.returncode = os.waitstatus_to_exitcode(status)  # type: ignore[attr-defined]

    thread = threading.Thread(target=manager)
    thread.start()
    assert reaped.wait(30)
    assert proc.exitcode is None  # the window: reaped, not yet recorded
    assert first_exit_code([proc], time.monotonic() + 10) == 3
    thread.join()


# --- the same bytes whatever the executor ----------------------------------------------


def output_bytes(out: Path) -> dict[str, bytes]:
    files = sorted(p for pattern in OUTPUTS for p in out.glob(pattern))
    assert files, f"no outputs in {out}"
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in files}


@pytest.fixture(scope="module")
def serial_outputs(sample_out: Path) -> dict[str, bytes]:
    """The serial run of conftest (seed texts and both PDF renderings, one worker)."""
    return output_bytes(sample_out)


@pytest.mark.slow
def test_process_pool_and_reversed_inputs_give_the_serial_bytes(
    tmp_path: Path, serial_outputs: dict[str, bytes]
) -> None:
    run_into(tmp_path, reversed(ALL_SEEDS), formats=("csv",), executor="process", workers=2)
    assert output_bytes(tmp_path) == serial_outputs


@pytest.mark.slow
def test_dask_cluster_gives_the_serial_bytes(tmp_path: Path, serial_outputs: dict[str, bytes]) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        run_into(tmp_path, ALL_SEEDS, formats=("csv",), executor="dask", scheduler=cluster.scheduler_address, workers=2)
    assert output_bytes(tmp_path) == serial_outputs


@pytest.mark.slow
def test_dask_without_a_scheduler_starts_a_local_cluster(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from pipeline.run.executors import run_dask

    seeds = RENDERINGS["text"][:2]
    jobs = [Job(str(p), p.name, None) for p in seeds] + [Job(str(tmp_path / "gone.txt"), "gone.txt", None)]
    results = {job.source_path: result for job, result in run_dask(jobs, Settings(workers=2), None)}
    assert sorted(results) == sorted([p.name for p in seeds] + ["gone.txt"])
    for p in seeds:
        expected: Any = process_file(str(p), p.name, Settings(workers=1))
        assert results[p.name] == expected
    assert [e["error_type"] for e in results["gone.txt"]["errors"]] == ["unreadable"]


@pytest.mark.parametrize(
    "executor, workers, n_jobs, expected",
    [
        ("auto", 1, 5, "serial"),
        ("auto", 4, 1, "serial"),
        ("auto", 4, 5, "pool"),
        ("process", 1, 1, "pool"),  # a single guarded worker: the only way to get timeouts with one core
        ("serial", 4, 5, "serial"),
        ("dask", 1, 5, "dask"),
    ],
    ids=["auto-1-worker", "auto-1-job", "auto-pool", "process-1-worker", "serial", "dask"],
)
def test_execute_picks_the_executor(
    monkeypatch: pytest.MonkeyPatch, executor: str, workers: int, n_jobs: int, expected: str
) -> None:
    import pipeline.run.executors
    import pipeline.run.runner

    calls: list[str] = []

    def fake(name: str) -> Any:
        def run_fake(jobs: list[Job], *args: Any) -> Any:
            calls.append(name)
            return iter([])

        return run_fake

    monkeypatch.setattr(pipeline.run.executors, "run_pool", fake("pool"))
    monkeypatch.setattr(pipeline.run.executors, "run_dask", fake("dask"))

    def serial(*args: Any) -> Result:
        calls.append("serial")
        return {}

    monkeypatch.setattr(pipeline.run.runner, "process_file", serial)
    jobs = [Job(f"{i}.txt", f"{i}.txt", str(i)) for i in range(n_jobs)]
    list(pipeline.run.runner.execute(jobs, Settings(workers=workers), executor, None))
    assert set(calls) == {expected}


# A run with two workers while the main process imports the table writers in a thread and
# shows progress lines; it prints its process id and those of its workers' parents.
TWO_WORKER_RUN = """
import os, sys
from pathlib import Path
from pipeline.run import executors
from pipeline.run.runner import run
from pipeline.settings import Settings

parents = set()
submit = executors.Pool.submit

def watched(self, *args):
    future = submit(self, *args)
    parents.update(Path(f"/proc/{pid}/stat").read_text().split()[3] for pid in self.processes)
    return future

executors.Pool.submit = watched
run([Path(p) for p in sys.argv[2:]], Path(sys.argv[1]), Settings(workers=2), use_cache=False, progress="lines",
    formats=("csv",))
print(os.getpid(), *sorted(parents))
"""


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the workers' parents from /proc")
def test_two_workers_never_deadlock_and_fork_from_the_server(tmp_path: Path, serial_outputs: dict[str, bytes]) -> None:
    """Five runs of the seeds with two workers each end within the limit, with the bytes of a
    serial run; the workers are children of the fork server, not of the main process."""
    inputs = [str(p) for p in ALL_SEEDS]
    for i in range(5):
        out = tmp_path / f"pool{i}"
        done = subprocess.run(
            [sys.executable, "-c", TWO_WORKER_RUN, str(out), *inputs],
            capture_output=True,
            text=True,
            timeout=240,
            cwd=Path.cwd(),  # where the serial run ran: the same source paths
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        )
        assert done.returncode == 0, done.stderr
        main, *parents = done.stdout.split()
        assert parents and main not in parents
        if START_METHOD == "forkserver":
            assert len(set(parents)) == 1  # one server forks them all
        assert output_bytes(out) == serial_outputs
