"""Wire the stages: inputs → per-document results (cached) → tables on disk.

Each input file is a job (``jobs.py``) whose result is cached per document (``cache.py``);
the jobs run serially, in a process pool or on a Dask cluster (``executors.py``), and the
assembler writes the tables (``assemble.py``).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import VorlagenError, error_row
from ..settings import Settings
from . import freshness
from .cache import Cache, code_digest
from .jobs import Job, Result, plan_jobs, process_file, relative_source

__all__ = [
    "Cache",
    "Job",
    "Result",
    "RunSummary",
    "code_digest",
    "error_row",
    "plan_jobs",
    "process_file",
    "relative_source",
    "run",
    "run_jobs",
]


def run_jobs(
    jobs: list[Job], settings: Settings, cache: Cache, executor: str = "auto", scheduler: str | None = None
) -> Iterator[Result]:
    """Yield results (from cache or computed) in completion order."""
    todo: list[Job] = []
    for job in jobs:
        hit = cache.get(job.doc_id) if job.doc_id else None
        if hit is not None:
            hit["source_path"] = job.source_path
            yield attach(hit, job)
        else:
            todo.append(job)
    for job, result in execute(todo, settings, executor, scheduler):
        cache.put(result)
        yield attach(result, job)


def attach(result: Result, job: Job) -> Result:
    """Put the job's paths on a result (a cached result may come from another path)."""
    result["source_path"] = job.source_path
    for row in result.get("tables", {}).get("documents", []):
        row["source_path"] = job.source_path
        row["duplicate_paths"] = ";".join(job.duplicates) or None
    for err in result.get("errors", []):
        err["source_path"] = job.source_path
    return result


def execute(jobs: list[Job], settings: Settings, executor: str, scheduler: str | None) -> Iterable[tuple[Job, Result]]:
    if not jobs:
        return
    if executor == "dask":
        from .executors import run_dask

        yield from run_dask(jobs, settings, scheduler)
    elif executor == "process" or (executor == "auto" and settings.workers > 1 and len(jobs) > 1):
        from .executors import run_pool

        yield from run_pool(jobs, settings)
    else:
        for job in jobs:
            yield job, process_file(job.path, job.source_path, settings)


def warm_writers() -> None:
    """Import the table writers (pandas, pyarrow) in a background thread while the workers read
    the documents: the parent has little to do then, and the writing at the end, which runs
    alone, starts at once. An import the writing needs before the thread is done waits for it."""
    import threading

    def load() -> None:
        try:
            import pyarrow.parquet  # noqa: F401

            from ..analysis import compare  # noqa: F401  (pandas)
            from ..output import store  # noqa: F401
        except ImportError:  # reported where the writing imports it
            pass

    threading.Thread(target=load, name="warm-writers", daemon=True).start()


def linker(settings: Settings) -> Any:
    """The OParl links of the documents with the municipality stated for them (``stated.py``)."""
    from .. import oparl
    from .assemble import Linker
    from .stated import apply_stated, stated_links

    def links(paths: list[str]) -> dict[str, dict[str, Any]]:
        return stated_links(paths, settings.municipality, oparl.manifest_links(paths))

    def apply(frames: dict[str, Any], found: dict[str, dict[str, Any]]) -> None:
        fetched = {p: link for p, link in found.items() if "oparl_paper" in link}
        if fetched:
            oparl.link_tables(frames, fetched)
        apply_stated(frames["documents"], found)

    return Linker(links, apply)


@dataclass
class RunSummary:
    documents: int
    rows: dict[str, int]
    errors: int
    seconds: float
    failed_paths: list[str]
    up_to_date: bool = False  # the outputs were current: nothing was read or written

    def line(self) -> str:
        rows = ", ".join(f"{k} {v}" for k, v in self.rows.items() if k not in ("documents", "errors"))
        fresh = " (outputs up to date)" if self.up_to_date else ""
        return f"{self.documents} documents, {rows}; {self.errors} errors; {self.seconds:.1f} s{fresh}"


def run(
    inputs: list[Path],
    out: Path,
    settings: Settings,
    use_cache: bool = True,
    executor: str = "auto",
    scheduler: str | None = None,
    progress: bool = True,
    formats: tuple[str, ...] = ("csv", "parquet", "sqlite"),
    fail_fast: bool = False,
    image_folders: bool = False,
) -> RunSummary:
    """Run every stage over the inputs and write all tables to ``out``; with ``image_folders`` the
    page images directly in a folder are one document."""
    from ..ingest.readers import iter_inputs
    from .assemble import Assembler

    started = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    for stale in (*out.glob(".*.tmp"), *out.glob("text/.*.tmp"), *out.glob("cache/.*.tmp")):
        stale.unlink(missing_ok=True)  # left by a run that was killed while writing
    asm = Assembler(out, linker=linker(settings))

    def walk_error(p: Path, exc: VorlagenError) -> None:
        asm.add_error(error_row(exc, relative_source(p), None))

    paths = iter_inputs(inputs, walk_error, image_folders)
    jobs = plan_jobs(paths, asm.add_error)
    cache = Cache(out / "cache" if use_cache else None, settings.cache_key())
    key = freshness.run_key(jobs, asm.errors, cache.settings_key, code_digest(), __version__, formats)
    recorded = freshness.up_to_date(out, key, jobs, cache)
    if recorded is not None:
        return RunSummary(
            recorded["documents"],
            dict(recorded["rows"]),
            recorded["errors"],
            time.perf_counter() - started,
            recorded["failed_paths"],
            up_to_date=True,
        )
    results = run_jobs(jobs, settings, cache, executor, scheduler)
    if settings.workers > 1 and len(jobs) > 1 and executor in ("auto", "process"):
        warm_writers()
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(jobs), unit="doc", desc="vorlagen", leave=False)
    try:
        try:
            for result in results:
                asm.add(result)
                if bar is not None:
                    bar.update(1)
                if fail_fast and result["errors"]:
                    raise VorlagenError(f"{result['source_path']}: {result['errors'][0]['message']}")
        finally:
            close = getattr(results, "close", None)
            if close is not None:
                close()  # stops pool workers and a Dask cluster at once, also on errors and Ctrl-C
            if bar is not None:
                bar.close()
        counts = asm.finish(formats)
        documented = asm.documented(e["source_path"] for e in asm.errors)
    finally:
        asm.close()  # the staging database goes, also on errors and Ctrl-C
    failed = sorted(
        {e["source_path"] for e in asm.errors if e.get("stage") == "ingest" or e["source_path"] not in documented}
    )
    summary = RunSummary(
        counts.get("documents", 0), counts, counts.get("errors", 0), time.perf_counter() - started, failed
    )
    freshness.record_run(
        out,
        key,
        jobs,
        cache,
        {
            "documents": summary.documents,
            "rows": list(counts.items()),
            "errors": summary.errors,
            "failed_paths": failed,
        },
        asm.errors,
    )
    return summary
