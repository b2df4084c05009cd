"""Map documents over a local process pool or a Dask cluster.

Both executors yield ``(job, result)`` pairs as documents finish, with the result dicts
of :func:`pipeline.run.jobs.process_file`; the assembler sorts rows, so the outputs are
the same bytes whatever the executor, the number of workers or the finishing order.

The process pool guards every document: a wall-clock limit (``Settings.doc_timeout``,
counted from the moment a worker starts the document) and an address-space limit per
worker (``Settings.doc_memory_mb``). A document that hangs, exhausts memory or kills its
worker becomes one ``errors`` row (``timeout``, ``out_of_memory``, ``worker_crashed``)
and the other documents go on: a hung worker is killed with the pool, which is rebuilt;
when a worker dies, the documents it may have been running are retried one at a time to
find the one that kills it.

On Linux the workers are forked from a fork server (``forkserver``) that has imported the
readers, the extractors and spaCy once (:mod:`pipeline.run.preload`): a worker starts in
milliseconds with all of it in memory, a pool rebuilt after a hung document as well, and,
the server being a fresh single-threaded process, no thread of the main process (the table
writers' import, the progress bar) can leave a worker a lock it held. Elsewhere they are
spawned. A worker ends when the main process ends, however it ends: it watches a pipe only
the main process holds open (its parent is the server, so the kernel's parent-death signal
would not reach it).
"""

from __future__ import annotations

import dataclasses
import gc
import multiprocessing
import multiprocessing.forkserver
import os
import resource
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from ..errors import InternalError, OutOfMemory, Timeout, Unreadable, VorlagenError, WorkerCrashed
from ..ingest.readers import input_bytes
from ..ingest.slots import share
from ..settings import Settings
from .jobs import MEMORY_MESSAGE, Job, Result, failed_result, process_file

Work = Callable[[str, str, Settings, "bytes | None"], Result]
Pair = tuple[Job, Result]

# forkserver where there is one (Linux): workers forked from a server that has loaded the
# readers and extractors (PRELOAD); the server ends when the main process and its workers are gone
START_METHOD = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
PRELOAD = ["pipeline.run.preload"]
POLL = 0.5  # seconds between checks of the running documents' clocks
EXIT_WAIT = 30.0  # seconds to wait for the exit code of a worker whose pool broke
PR_SET_PDEATHSIG = 1
# a worker's cycle collector: its first generation collected after 10,000 new objects, not 700. A
# document's lines, cells and matches are many small objects that die with it; the collections
# the default set off walked the readers' caches again and again (~5 % of the extract stage, ~2 % now)
WORKER_GC_THRESHOLDS = (10_000, 20, 20)


# --- the worker side ----------------------------------------------------------------

_STARTS: Any = None  # shared array: monotonic start time of each job, by job index


def init_worker(starts: Any, memory_mb: int, slots: Any, pages: Any = None, parent: Any = None) -> None:
    """Set up a pool worker: shared clock, tesseract slots and page counter, Ctrl-C left to
    the parent, memory limit; ``parent``, the reading end of a pipe only the main process
    holds open, is watched so that the worker ends with it."""
    global _STARTS
    _STARTS = starts
    share(slots)
    if pages is not None:
        from ..ingest import ocr

        ocr.PAGES_DONE = pages
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops the pool on Ctrl-C
    gc.set_threshold(*WORKER_GC_THRESHOLDS)
    die_with_parent()
    if parent is not None:
        threading.Thread(target=end_with, args=(parent,), name="parent-watch", daemon=True).start()
    if memory_mb > 0:
        limit_address_space(memory_mb)


def die_with_parent() -> None:
    """Ask Linux to kill this worker when its parent dies (no orphans after SIGKILL)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


def end_with(parent: Any) -> None:
    """Wait until the main process closes its end of the pipe (it ends, or kills the pool),
    then end this worker at once."""
    try:
        parent.poll(None)
    except (OSError, EOFError):
        pass
    os._exit(1)


def limit_address_space(memory_mb: int) -> None:
    """Cap the worker's address space: allocations beyond it raise MemoryError."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = memory_mb * 1024 * 1024
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def run_job(work: Work, key: int, path: str, source_path: str, settings: Settings, data: bytes | None) -> Result:
    """One document in a worker: stamp its start for the parent's clock, then process it."""
    _STARTS[key] = time.monotonic()
    try:
        return work(path, source_path, settings, data)
    except MemoryError:
        return failed_result(OutOfMemory(MEMORY_MESSAGE), source_path, None)


# --- the parent side ----------------------------------------------------------------


def start_fork_server() -> None:
    """Start the fork server (once) with the readers and extractors preloaded (PRELOAD), whatever folder the run
    starts in. The server is a ``python -c`` interpreter, which puts the working folder first on its
    import path and, up to Python 3.12, is not given this process's path: a folder there holding
    packages of the same names (a checkout of another version of the project) would have the
    workers read with that code. ``PYTHONSAFEPATH`` (Python 3.11) leaves the working folder out."""
    multiprocessing.get_context("forkserver").set_forkserver_preload(PRELOAD)
    saved = os.environ.get("PYTHONSAFEPATH")
    os.environ["PYTHONSAFEPATH"] = "1"
    try:
        multiprocessing.forkserver.ensure_running()
    finally:
        if saved is None:
            del os.environ["PYTHONSAFEPATH"]
        else:
            os.environ["PYTHONSAFEPATH"] = saved


def start_early(settings: Settings, executor: str) -> None:
    """Start the fork server at the beginning of a run that will read its documents in a pool,
    so that its imports and warm-up (~1.2 s on one core) go on while this process plans the run
    (finds and hashes the inputs, loads the earlier tables); the pool finds it running, or
    waits for it less. Nothing changes in what the workers read or write."""
    if START_METHOD != "forkserver" or executor not in ("auto", "process") or settings.workers < 2:
        return
    start_fork_server()


class Pool:
    """A ProcessPoolExecutor whose workers can all be killed at once."""

    def __init__(self, size: int, starts: Any, memory_mb: int, slots: int, pages: Any = None) -> None:
        ctx = multiprocessing.get_context(START_METHOD)
        if START_METHOD == "forkserver":
            start_fork_server()
        self.size = size
        # the workers watch the reading end; this process alone holds the writing end
        watched, self.alive = ctx.Pipe(duplex=False)
        # a new semaphore with each pool: a killed worker may have died holding a slot
        self.executor = ProcessPoolExecutor(
            size,
            mp_context=ctx,
            initializer=init_worker,
            initargs=(starts, memory_mb, ctx.BoundedSemaphore(slots), pages, watched),
        )
        self.processes: dict[int, Any] = {}

    def submit(self, *args: Any) -> Future[Result]:
        future = self.executor.submit(run_job, *args)
        self.processes.update(self.executor._processes or {})
        return future

    def exit_code(self) -> int | None:
        """The exit code of a worker that died on its own (None while all live).

        The pool's manager thread reaps the workers of a broken pool itself: a child it has
        reaped but whose code it has not yet recorded looks alive here (``waitpid`` answers
        ECHILD), so the thread is waited for first, then each worker, within EXIT_WAIT
        seconds in all (a dying worker may be slow to go on a busy machine).
        """
        deadline = time.monotonic() + EXIT_WAIT
        manager: Any = getattr(self.executor, "_executor_manager_thread", None)
        if manager is not None:
            manager.join(timeout=EXIT_WAIT)
        return first_exit_code(self.processes.values(), deadline)

    def kill(self) -> None:
        """Kill every worker (a hung one ignores everything else) and release the pool."""
        self.processes.update(self.executor._processes or {})
        for proc in self.processes.values():
            if proc.is_alive():
                proc.kill()
        for proc in self.processes.values():
            proc.join(timeout=5)
        # The pool's manager thread joins the feeder thread of the queue of jobs on its way out; a
        # feeder blocked on a pipe that no dead worker will empty would hold it, and with it this
        # shutdown, forever. The jobs in that pipe are the killed pool's, which the caller has put
        # back or failed.
        call_queue: Any = getattr(self.executor, "_call_queue", None)
        if call_queue is not None:
            call_queue.cancel_join_thread()
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.alive.close()


def first_exit_code(processes: Iterable[Any], deadline: float) -> int | None:
    """The first exit code among ``processes`` that is a death of its own (not 0, not the
    pool's SIGTERM), waiting for each until ``deadline`` (``time.monotonic``)."""
    for proc in processes:
        proc.join(timeout=max(0.0, deadline - time.monotonic()))
        code = proc.exitcode
        while code is None and time.monotonic() < deadline:  # reaped by another thread, not yet recorded
            time.sleep(0.01)
            code = proc.exitcode
        if code not in (None, 0, -signal.SIGTERM):
            return int(code)
    return None


def crash_error(exit_code: int | None) -> VorlagenError:
    """A worker death as an error: SIGKILL from outside is the kernel's OOM killer."""
    if exit_code == -signal.SIGKILL:
        return OutOfMemory("der Arbeitsprozess wurde beim Lesen des Dokuments wegen Speichermangels beendet (SIGKILL)")
    if exit_code is not None and exit_code < 0:
        name = signal.Signals(-exit_code).name if -exit_code in signal.valid_signals() else str(-exit_code)
        return WorkerCrashed(f"der Arbeitsprozess endete beim Lesen des Dokuments mit Signal {name}")
    return WorkerCrashed(f"der Arbeitsprozess endete beim Lesen des Dokuments (Exit-Code {exit_code})")


def error_result(job: Job, exc: VorlagenError) -> Result:
    return failed_result(exc, job.source_path, job.doc_id)


def run_pool(
    jobs: list[Job], settings: Settings, work: Work | None = None, pages: Any = None
) -> Generator[Pair, None, None]:
    """Process documents in a pool of ``settings.workers`` processes, guarded per document.

    ``work`` replaces :func:`process_file` (it must be importable by the workers); ``pages``,
    a shared counter, counts the pages the workers read by OCR. A round: keep the pool fed,
    hand on what finished, then deal with a broken pool (the suspects run alone) or with the
    documents past their time (their pool is killed, the others run again).
    """
    run = Guarded(jobs, settings, work or process_file, pages)
    try:
        while run.queue or run.suspects or run.running:
            run.feed()
            broken = yield from run.finished()
            if broken or (run.pool is not None and run.pool.executor._broken):
                yield from run.crashed()
            else:
                yield from run.timed_out()
    finally:
        run.retire()


class Guarded:
    """The state of :func:`run_pool`: the documents waiting (``queue``), those that were
    running when a worker died (``suspects``, retried one at a time), those running, by
    future, and the pool. Documents are known by their index in ``jobs``."""

    def __init__(self, jobs: list[Job], settings: Settings, work: Work, pages: Any) -> None:
        self.jobs, self.settings, self.work, self.pages = jobs, settings, work, pages
        self.size = max(1, min(settings.workers, len(jobs)))
        # documents are the unit of parallelism; a document may OCR as many pages at once as
        # there are cores, but all workers together run at most that many tesseract processes,
        # so cores left idle by the last documents go to their pages
        self.inner = dataclasses.replace(settings, workers=settings.workers)
        self.starts = multiprocessing.get_context(START_METHOD).RawArray("d", len(jobs))
        self.queue: deque[int] = deque(range(len(jobs)))
        self.suspects: deque[int] = deque()
        self.running: dict[Future[Result], int] = {}
        self.pool: Pool | None = None

    def retire(self) -> None:
        """Kill the pool; what ran in it is forgotten (the caller has put it back or failed it)."""
        if self.pool is not None:
            self.pool.kill()
        self.pool = None
        self.running.clear()

    def feed(self) -> None:
        """Start a pool of the size wanted (a single worker while there are suspects) and
        submit documents to it: two per worker in flight, so a worker never waits for the
        next one; suspects run alone to find the document that kills its worker."""
        want = 1 if self.suspects else self.size
        if self.pool is not None and self.pool.size != want and not self.running:
            self.retire()  # switch between the full pool and a single worker
        if self.pool is None:
            self.pool = Pool(want, self.starts, self.settings.doc_memory_mb, self.settings.workers, self.pages)
        pool, source = self.pool, self.suspects if self.suspects else self.queue
        limit = pool.size if source is self.suspects else 2 * pool.size
        while source and len(self.running) < limit and pool.size == want:
            key = source.popleft()
            self.starts[key] = 0.0
            job = self.jobs[key]
            try:
                self.running[pool.submit(self.work, key, job.path, job.source_path, self.inner, job.data)] = key
            except BrokenProcessPool:
                source.appendleft(key)
                break

    def finished(self) -> Generator[Pair, None, bool]:
        """Wait until a document finishes (or the next one's clock is due) and hand on the
        results; whether the pool broke (its documents stay in ``running``)."""
        timeout = next_check(self.running, self.starts, self.settings.doc_timeout)
        done, _ = wait(self.running, timeout=timeout, return_when=FIRST_COMPLETED)
        broken = False
        for future in done:
            key = self.running.pop(future)
            exc = future.exception()
            if isinstance(exc, BrokenProcessPool):
                broken = True
                self.running[future] = key  # decided by crashed(), with the others
            elif exc is not None:
                yield self.jobs[key], self.failed(key, InternalError(f"{type(exc).__name__}: {exc}"))
            else:
                yield self.jobs[key], future.result()
        return broken

    def crashed(self) -> Iterator[Pair]:
        """A worker died: a document alone in a single worker is the one that kills it (an
        errors row); otherwise all that were running become suspects."""
        assert self.pool is not None
        keys = sorted(self.running.values())
        if self.pool.size == 1 and len(keys) == 1:
            error = crash_error(self.pool.exit_code())
            self.retire()
            yield self.jobs[keys[0]], self.failed(keys[0], error)
        else:
            self.retire()
            self.suspects.extend(keys)

    def timed_out(self) -> Iterator[Pair]:
        """Documents past ``doc_timeout``: their pool is killed and each gives an errors row;
        the innocent ones running beside them go back to the front of the queue."""
        late = [key for key in self.running.values() if overdue(key, self.starts, self.settings.doc_timeout)]
        if not late:
            return
        back = sorted(k for k in self.running.values() if k not in late)
        self.retire()
        self.queue.extendleft(reversed(back))  # innocent: run again from the start
        message = f"das Dokument dauerte länger als {self.settings.doc_timeout:g} s; sein Arbeitsprozess wurde beendet"
        for key in late:
            yield self.jobs[key], self.failed(key, Timeout(message))

    def failed(self, key: int, exc: VorlagenError) -> Result:
        return error_result(self.jobs[key], exc)


def overdue(key: int, starts: Any, timeout: float) -> bool:
    started = starts[key]
    return bool(started) and time.monotonic() - started > timeout


def next_check(running: dict[Future[Result], int], starts: Any, timeout: float) -> float:
    """Seconds until the next running document reaches its limit (at most POLL)."""
    now = time.monotonic()
    left = [starts[k] + timeout - now for k in running.values() if starts[k]]
    return max(0.01, min([POLL, *left]))


# --- Dask -----------------------------------------------------------------------------


def run_dask(jobs: list[Job], settings: Settings, scheduler: str | None) -> Iterator[Pair]:
    """Process documents on a Dask cluster (``scheduler`` address, or a local cluster).

    File bytes travel with the task, so workers need no shared file system. A worker that
    dies on a document (Dask retries it once) gives a ``worker_crashed`` row. Dask's own
    worker memory limit applies; ``doc_timeout`` is not enforced here.
    """
    import dask
    from distributed import Client, LocalCluster, as_completed
    from distributed.scheduler import KilledWorker

    cluster = None
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        if scheduler:
            client = Client(scheduler)
        else:
            n = max(1, min(settings.workers, len(jobs)))
            cluster = LocalCluster(
                n_workers=n,
                threads_per_worker=1,
                processes=True,
                memory_limit=f"{settings.doc_memory_mb}MB" if settings.doc_memory_mb > 0 else None,
                dashboard_address=None,
            )
            client = Client(cluster)
    try:
        inner = dataclasses.replace(settings, workers=1)
        window = 2 * max(1, sum(client.nthreads().values()))
        todo = deque(jobs)
        owner: dict[Any, Job] = {}
        finished = as_completed()

        def submit() -> Iterator[Pair]:
            while todo and len(owner) < window:
                job = todo.popleft()
                try:
                    data = job.data if job.data is not None else input_bytes(Path(job.path))
                except OSError as exc:
                    yield job, error_result(job, Unreadable(exc.strerror or str(exc)))
                    continue
                future = client.submit(process_file, job.path, job.source_path, inner, data, pure=False)
                owner[future.key] = job
                finished.add(future)

        yield from submit()
        for future in finished:
            job = owner.pop(future.key)
            try:
                result = future.result()
            except KilledWorker as exc:
                result = error_result(job, WorkerCrashed(f"Dask workers died running the document: {exc}"))
            except Exception as exc:
                result = error_result(job, InternalError(f"{type(exc).__name__}: {exc}"))
            future.release()
            yield job, result
            yield from submit()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
