"""Wire the stages: inputs → per-document results (cached) → tables on disk.

The per-document function :func:`process_file` is pure (bytes + settings → result dict),
so it can run serially, in a process pool or on a Dask cluster with identical output.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from . import __version__, freshness
from .errors import VorlagenError
from .settings import Settings

Result = dict[str, Any]


def relative_source(path: Path) -> str:
    """The path as users name it: relative to the working folder when inside it."""
    try:
        return Path(os.path.relpath(path)).as_posix() if not str(os.path.relpath(path)).startswith("..") else path.as_posix()
    except ValueError:
        return path.as_posix()


def error_row(source_path: str, doc_id: str | None, exc: VorlagenError | Exception, stage: str | None = None) -> dict[str, Any]:
    error_type = getattr(exc, "error_type", "internal_error")
    return {
        "source_path": source_path, "doc_id": doc_id,
        "stage": stage or getattr(exc, "stage", "ingest"),
        "error_type": error_type, "message": str(exc) or type(exc).__name__,
    }


def process_file(path: str, source_path: str, settings: Settings, data: bytes | None = None) -> Result:
    """Ingest and extract one file. Never raises for a bad input: errors are in the result."""
    from .extract import extract_document
    from .ingest import file_digest, read_document

    doc_id: str | None = None
    try:
        if data is None:
            data = Path(path).read_bytes()
    except OSError as exc:  # permissions, a symlink loop, a file removed since planning
        return failed_result(source_path, None, "unreadable", exc.strerror or str(exc))
    try:
        doc_id = file_digest(data)[0] if data else None
        doc, problems = read_document(Path(path), source_path, settings, data)
    except VorlagenError as exc:
        return {"doc_id": doc_id, "source_path": source_path, "tables": {}, "errors": [error_row(source_path, doc_id, exc)], "text": None}
    except MemoryError:
        return failed_result(source_path, doc_id, "out_of_memory",
                             "the document needs more memory than the per-document limit")
    except Exception as exc:  # a reader bug or a PDF that crashes the parser
        return {"doc_id": doc_id, "source_path": source_path, "tables": {},
                "errors": [{"source_path": source_path, "doc_id": doc_id, "stage": "ingest",
                            "error_type": "corrupt_pdf" if str(path).lower().endswith(".pdf") else "internal_error",
                            "message": f"{type(exc).__name__}: {exc}"}], "text": None}
    try:
        tables, errors, _ = extract_document(doc)
    except Exception as exc:  # a bug outside the extractors' own guard must not stop the run
        return failed_result(source_path, doc.doc_id, "internal_error", f"{type(exc).__name__}: {exc}", "extract")
    errors = [error_row(source_path, doc.doc_id, p.error) | {"message": f"page {p.page}: {p.error}"} for p in problems] + errors
    return {"doc_id": doc.doc_id, "source_path": source_path, "tables": tables, "errors": errors, "text": doc.text}


def failed_result(source_path: str, doc_id: str | None, error_type: str, message: str,
                  stage: str = "ingest") -> Result:
    """The result of a document that produced no tables, only one errors row."""
    return {"doc_id": doc_id, "source_path": source_path, "tables": {}, "text": None,
            "errors": [{"source_path": source_path, "doc_id": doc_id, "stage": stage,
                        "error_type": error_type, "message": message}]}


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of the source and resource files that shape per-document results."""
    import extractors

    digest = hashlib.sha256()
    roots = (Path(__file__).parent, Path(extractors.__file__).parent)
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.suffix in (".py", ".yaml") and "__pycache__" not in path.parts:
                digest.update(path.relative_to(root.parent).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


@dataclass
class Cache:
    """Per-document results keyed by content hash, pipeline version, code and settings.

    The code digest covers the extractors, their YAML resources and the pipeline modules,
    so a changed rule never mixes with results cached under the old one.
    """

    folder: Path | None
    settings_key: str

    def path(self, doc_id: str) -> Path | None:
        if self.folder is None:
            return None
        return self.folder / f"{doc_id}-{__version__}-{code_digest()}-{self.settings_key}.json"

    def has(self, doc_id: str) -> bool:
        p = self.path(doc_id)
        return p is not None and p.is_file()

    def get(self, doc_id: str) -> Result | None:
        p = self.path(doc_id)
        if p is None or not p.exists():
            return None
        try:
            return json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, result: Result) -> None:
        p = self.path(result["doc_id"]) if result.get("doc_id") else None
        if p is None or result.get("text") is None:
            return  # unreadable files are retried on the next run
        from .atomic import write_text

        write_text(p, json.dumps(result, ensure_ascii=False, sort_keys=True))


@dataclass
class Job:
    path: str
    source_path: str
    doc_id: str | None
    data: bytes | None = None
    duplicates: list[str] = field(default_factory=list)


def plan_jobs(paths: list[Path], on_error: Callable[[dict[str, Any]], None]) -> list[Job]:
    """Hash every file once; files with identical bytes become one job with both paths."""
    from .ingest import file_digest

    jobs: dict[str, Job] = {}
    order: list[Job] = []
    for p in paths:
        source = relative_source(p)
        try:
            data = p.read_bytes()
        except PermissionError:
            on_error({"source_path": source, "doc_id": None, "stage": "ingest", "error_type": "unreadable",
                      "message": "permission denied: the file cannot be read"})
            continue
        except OSError as exc:
            on_error({"source_path": source, "doc_id": None, "stage": "ingest", "error_type": "unreadable",
                      "message": f"{exc.strerror or exc}"})
            continue
        doc_id = file_digest(data)[0] if data else None
        if doc_id and doc_id in jobs:
            jobs[doc_id].duplicates.append(source)
            continue
        job = Job(str(p), source, doc_id)
        if doc_id:
            jobs[doc_id] = job
        order.append(job)
    return order


def run_jobs(jobs: list[Job], settings: Settings, cache: Cache, executor: str = "auto",
             scheduler: str | None = None) -> Iterator[Result]:
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
        return (f"{self.documents} documents, {rows}; {self.errors} errors; "
                f"{self.seconds:.1f} s{fresh}")


def run(inputs: list[Path], out: Path, settings: Settings, use_cache: bool = True,
        executor: str = "auto", scheduler: str | None = None, progress: bool = True,
        formats: tuple[str, ...] = ("csv", "parquet", "sqlite"), fail_fast: bool = False) -> RunSummary:
    """Run every stage over the inputs and write all tables to ``out``."""
    from .assemble import Assembler
    from .ingest import iter_inputs

    started = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    for stale in (*out.glob(".*.tmp"), *out.glob("text/.*.tmp"), *out.glob("cache/.*.tmp")):
        stale.unlink(missing_ok=True)  # left by a run that was killed while writing
    asm = Assembler(out)

    def walk_error(p: Path, exc: VorlagenError) -> None:
        asm.add_error(error_row(relative_source(p), None, exc))

    paths = iter_inputs(inputs, walk_error)
    jobs = plan_jobs(paths, asm.add_error)
    cache = Cache(out / "cache" if use_cache else None, settings.cache_key())
    key = freshness.run_key(jobs, asm.errors, cache.settings_key, code_digest(), __version__, formats)
    recorded = freshness.up_to_date(out, key, jobs, cache)
    if recorded is not None:
        return RunSummary(recorded["documents"], dict(recorded["rows"]), recorded["errors"],
                          time.perf_counter() - started, recorded["failed_paths"], up_to_date=True)
    results = run_jobs(jobs, settings, cache, executor, scheduler)
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
    failed = sorted({e["source_path"] for e in asm.errors
                     if e.get("stage") == "ingest" or e["source_path"] not in documented})
    summary = RunSummary(counts.get("documents", 0), counts, counts.get("errors", 0),
                         time.perf_counter() - started, failed)
    freshness.record_run(out, key, jobs, cache, {"documents": summary.documents, "rows": list(counts.items()),
                                                 "errors": summary.errors, "failed_paths": failed}, asm.errors)
    return summary
