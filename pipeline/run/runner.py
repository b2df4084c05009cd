"""Wire the stages: inputs → per-document results (cached) → tables on disk.

Each input file is a job (``jobs.py``) whose result is cached per document (``cache.py``);
the jobs run serially, in a process pool or on a Dask cluster (``executors.py``), and the
assembler writes the tables (``assemble.py``). A run reads as its stages, over one state
(``_Run``): :func:`plan_run` (inputs, jobs, the earlier documents that stay, the run's key),
:func:`current_summary` (freshness: the recorded summary when nothing changed),
:func:`execute_run` (the jobs and the tables), :func:`summarise` and :func:`record`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..errors import NothingToRead, Skipped, VorlagenError, error_row
from ..output.formats import DEFAULT_FORMATS
from ..settings import Settings
from ..sources import at_root, current_root, relative_source
from . import freshness
from .cache import Cache, code_digest
from .jobs import Job, Result, parts, plan_jobs, process_file

if TYPE_CHECKING:
    from ..output.corrections import Correction
    from .assemble import Assembler
    from .corpus import Entry
    from .stated import Stated

Row = dict[str, Any]

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
    jobs: list[Job],
    settings: Settings,
    cache: Cache,
    executor: str = "auto",
    scheduler: str | None = None,
    pages: Any = None,
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
    for job, result in execute(todo, settings, executor, scheduler, pages):
        cache.put(result)
        yield attach(result, job)


def attach(result: Result, job: Job) -> Result:
    """Put the job's paths on a result (a cached result may come from another path)."""
    for one in (result, *result.get("parts", ())):  # a bundle's parts: pipeline/extract/bundles.py
        one["source_path"] = job.source_path
        for row in one.get("tables", {}).get("documents", []):
            row["source_path"] = job.source_path
            row["duplicate_paths"] = ";".join(job.duplicates) or None
        for err in one.get("errors", []):
            err["source_path"] = job.source_path
    return result


def execute(
    jobs: list[Job], settings: Settings, executor: str, scheduler: str | None, pages: Any = None
) -> Iterable[tuple[Job, Result]]:
    """The jobs' results; ``pages`` (a shared counter) counts the pages read by OCR."""
    if not jobs:
        return
    if executor == "dask":
        from .executors import run_dask

        yield from run_dask(jobs, settings, scheduler)
    elif executor == "process" or (executor == "auto" and settings.workers > 1 and len(jobs) > 1):
        from .executors import run_pool

        yield from run_pool(jobs, settings, None, pages)
    else:
        from ..ingest import ocr

        ocr.PAGES_DONE = pages
        try:
            for job in jobs:
                yield job, process_file(job.path, job.source_path, settings)
        finally:
            ocr.PAGES_DONE = None


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


# For tests of an interrupted run: with VORLAGEN_TEST_HOLD_AFTER=N in the environment, a run
# pauses after its N-th document (cached or computed) and writes HELD_FILE into --out while it
# waits, so that a signal reaches it at a known point (tests/run/test_interrupt.py).
HOLD_AFTER = "VORLAGEN_TEST_HOLD_AFTER"
HELD_FILE = ".held"
HOLD_SECONDS = 300.0


def hold(out: Path, done: int) -> None:
    """Pause after the ``done``-th document when the environment asks for it (tests only)."""
    if os.environ.get(HOLD_AFTER) != str(done):
        return
    ready = out / HELD_FILE
    ready.write_text(f"{os.getpid()}\n")
    try:
        time.sleep(HOLD_SECONDS)
    finally:
        ready.unlink(missing_ok=True)


@dataclass
class RunSummary:
    documents: int
    rows: dict[str, int]
    errors: int
    seconds: float
    failed_paths: list[str]
    up_to_date: bool = False  # the outputs were current: nothing was read or written
    skipped: int = 0  # files in input folders that are not documents (rows in errors, not failures)
    out: Path | None = None
    formats: tuple[str, ...] = ()
    corrected: int = 0  # corrections of corrections.yaml applied (or already in the tables)
    unmatched: list[str] = field(default_factory=list)  # corrections that no longer find their row
    vanished: list[str] = field(default_factory=list)  # documents whose file is gone from a folder read again
    migrated: int = 0  # corrections of an older file completed with their document's path and number
    reasons: dict[str, str] = field(default_factory=dict)  # failed path -> what went wrong

    def failures(self) -> list[str]:
        """Each failed file with its reason (the errors row's message)."""
        return [f"{p}: {self.reasons[p]}" if self.reasons.get(p) else p for p in self.failed_paths]

    def line(self) -> str:
        """The summary of a run, for people.

        >>> RunSummary(3, {"documents": 3, "consultations": 5}, 1, 2.25, [], corrected=2, unmatched=["x"]).line()
        '3 Dokumente; Beratungsfolge 5; 1 Fehler; 2 Korrekturen angewendet, 1 ohne ihre Zeile; 2,2 s'
        """
        from ..output.labels import table_title

        rows = ", ".join(f"{table_title(k)} {v}" for k, v in self.rows.items() if k not in ("documents", "errors"))
        parts = [f"{self.documents} Dokumente", *([rows] if rows else []), f"{self.errors} Fehler"]
        if self.skipped:
            parts.append(f"{self.skipped} übersprungen")
        if self.corrected or self.unmatched:
            lost = f", {len(self.unmatched)} ohne ihre Zeile" if self.unmatched else ""
            parts.append(f"{self.corrected} Korrektur{'en' if self.corrected != 1 else ''} angewendet{lost}")
        fresh = " (Ausgaben schon aktuell)" if self.up_to_date else ""
        parts.append(f"{self.seconds:.1f} s{fresh}".replace(".", ","))
        return "; ".join(parts)

    def where(self) -> str:
        """Where the tables went, for the line under the summary."""
        skipped = " (übersprungene Dateien: errors.csv, error_type skipped)" if self.skipped else ""
        return f"Ausgabe: {self.out} ({', '.join(self.formats)}){skipped}"

    def notes(self) -> list[str]:
        """What a person must know besides the counts: corrections without their row, a file
        gone from a folder, an older corrections file completed (one line each)."""
        from ..output.corrections import CORRECTIONS_NAME

        lines = [f"Korrektur ohne ihre Zeile (vorlagen corrections {self.out}): {lost}" for lost in self.unmatched]
        lines += [f"nicht mehr vorhanden, aus dem Bestand genommen: {path}" for path in self.vanished]
        if self.migrated:
            lines.append(
                f"{CORRECTIONS_NAME}: {self.migrated} Korrektur(en) um Pfad, Nummer und Kommune ihres Dokuments"
                f" ergänzt (die alte Fassung liegt daneben als {CORRECTIONS_NAME}.bak)"
            )
        return lines


def rebuild(out: Path, remove: Iterable[str] = ()) -> tuple[RunSummary, list[Any]]:
    """Write the tables of ``out`` again from themselves, without the documents ``remove``
    names (a doc_id, a source path, or a file or folder however spelt); the entries removed."""
    from . import corpus

    with at_root(corpus.root(out)):
        return rebuild_at_root(out, remove)


def rebuild_at_root(out: Path, remove: Iterable[str]) -> tuple[RunSummary, list[Any]]:
    from .. import oparl
    from ..extract.bundles import file_id
    from ..output import corrections
    from ..output.files import present_formats
    from . import corpus
    from .assemble import Assembler, Linker

    started = time.perf_counter()
    entries = corpus.load(out)
    if not entries:
        raise NothingToRead(f"{out} enthält keine Tabellen: zuerst `vorlagen run … --out {out}`")
    names = [n.rstrip("/") for n in remove]

    def named(e: corpus.Entry, n: str) -> bool:
        return (
            n in (e.doc_id, file_id(e.doc_id))
            or corpus.within(e.source_path, n)
            or corpus.within(e.source_path, relative_source(Path(n)))
        )

    unknown = [n for n in names if not any(named(e, n) for e in entries)]
    if unknown:
        raise NothingToRead(f"nicht im Korpus von {out}: {', '.join(unknown)}")
    removed = [e for e in entries if any(named(e, n) for n in names)]
    keep = [e for e in entries if e not in removed]
    formats = present_formats(out)
    asm = Assembler(out, linker=Linker(oparl.manifest_links, oparl.link_tables))
    try:
        earlier, errors = corpus.earlier_results(out, keep)
        fixes = corrections.load(out)
        migrated = len(corrections.migrate(out, fixes))
        asm.corrections, asm.from_tables = fixes, {r["doc_id"] for r in earlier}
        for result in earlier:
            asm.add(result)
        for row in errors:
            asm.add_error(row)
        counts = asm.finish(formats)
        corpus.write(
            out,
            (
                (p, d, ";".join(e.duplicates) or None)
                for p, d in asm.query("SELECT source_path, doc_id FROM results WHERE source_path IS NOT NULL")
                for e in keep
                if e.source_path == p
            ),
            asm.errors,
            current_root(),
        )
    finally:
        asm.close()
    refresh_derived(out)
    skipped = sum(e["error_type"] == Skipped.error_type for e in asm.errors)
    summary = RunSummary(
        counts.get("documents", 0),
        counts,
        counts.get("errors", 0) - skipped,
        time.perf_counter() - started,
        [],
        skipped=skipped,
        out=out,
        formats=formats,
        migrated=migrated,
        **correction_counts(asm.outcomes),
    )
    return summary, removed


def correction_counts(outcomes: list[Any]) -> dict[str, Any]:
    """The summary's counts of the corrections applied and those that no longer find their row."""
    return {"corrected": sum(o.found for o in outcomes), "unmatched": [o.describe() for o in outcomes if not o.found]}


def page_counter() -> Any:
    """A counter the pool's workers share with this process (pages read by OCR), in shared
    memory without a lock: a lock is a named semaphore, which a run ended by Ctrl-C (by its
    signal, without the interpreter's clean-up) would leave to the resource tracker's warning
    about leaked semaphores. Two workers counting at the same instant may count one page
    once; the count is shown, never stored."""
    import multiprocessing

    from .executors import START_METHOD

    return multiprocessing.get_context(START_METHOD).Value("q", 0, lock=False)


def with_present_formats(out: Path, formats: tuple[str, ...]) -> tuple[str, ...]:
    """The requested formats and those an earlier run left in ``out`` (rewritten, never stale)."""
    from ..output.files import present_formats

    present = present_formats(out)
    return (*formats, *(f for f in present if f not in formats))


def refresh_derived(out: Path) -> None:
    """Rewrite the HTML report an earlier ``vorlagen report`` left in ``out``, from the new tables."""
    from ..analysis.report import write_report
    from ..output.store import read_tables

    target = out / REPORT_NAME
    if target.exists():
        write_report(read_tables(out), target, source=out.as_posix())


REPORT_NAME = "report.html"


def find_inputs(
    inputs: list[Path], on_error: Callable[[Path, VorlagenError], None], image_folders: bool = False
) -> tuple[list[Path], list[Row]]:
    """The files to read under ``inputs`` and the errors rows of the files skipped there.

    Raises :class:`NothingToRead` (before anything is written) for a path that does not exist
    and for inputs that hold no file to read."""
    from ..ingest.readers import iter_inputs
    from ..oparl.manifest import MANIFEST_NAME, STATE_NAME

    missing = [p for p in inputs if not (p.exists() or p.is_symlink())]
    if missing:
        raise NothingToRead("; ".join(f"{p}: Datei oder Ordner nicht gefunden" for p in missing))
    skipped: list[Row] = []

    def skip(p: Path, reason: str) -> None:
        skipped.append(error_row(Skipped(reason), relative_source(p), None))

    paths = iter_inputs(inputs, on_error, image_folders, skip, frozenset({MANIFEST_NAME, STATE_NAME}))
    if not paths:
        named = ", ".join(str(p) for p in inputs)
        if skipped:
            kinds = sorted({r["message"] for r in skipped})
            raise NothingToRead(
                f"kein lesbares Dokument in {named}: {len(skipped)} Datei(en) übersprungen ({' | '.join(kinds)})"
            )
        raise NothingToRead(f"kein Dokument in {named}: der Ordner ist leer")
    return paths, sorted(skipped, key=lambda r: r["source_path"])


def run(
    inputs: list[Path],
    out: Path,
    settings: Settings,
    use_cache: bool = True,
    executor: str = "auto",
    scheduler: str | None = None,
    progress: bool | str | None = True,
    formats: tuple[str, ...] = DEFAULT_FORMATS,
    fail_fast: bool = False,
    image_folders: bool = False,
    replace: bool = False,
) -> RunSummary:
    """Run every stage over the inputs and write all tables to ``out``; with ``image_folders`` the
    page images directly in a folder are one document.

    The documents of earlier runs into ``out`` stay, unless this run reads them again or
    ``replace`` is set (:mod:`pipeline.run.corpus`); every format already in ``out`` is
    rewritten with the requested ones, so that no file there is stale.

    ``progress``: True or "bar" for a progress bar, "lines" for a plain line every few
    seconds, False or None for nothing. Source paths are relative to the corpus root of
    ``out`` (:func:`pipeline.run.corpus.root`)."""
    from . import corpus

    with at_root(corpus.root(out)):
        return run_at_root(
            inputs, out, settings, use_cache, executor, scheduler, progress, formats, fail_fast, image_folders, replace
        )


@dataclass
class _Run:
    """The state of one run as its stages hand it on: what was planned, the assembler that
    collects the tables, and the run's key (:mod:`pipeline.run.freshness`)."""

    out: Path
    started: float
    asm: Assembler
    jobs: list[Job]
    keep: list[Entry]  # the documents of earlier runs that stay (pipeline/run/corpus.py)
    vanished: list[str]
    formats: tuple[str, ...]
    cache: Cache
    stated: Stated  # the municipality stated for each job (pipeline/run/stated.py)
    key: str
    fixes: list[Correction]  # the corrections of corrections.yaml
    migrated: int


def run_at_root(
    inputs: list[Path],
    out: Path,
    settings: Settings,
    use_cache: bool,
    executor: str,
    scheduler: str | None,
    progress: bool | str | None,
    formats: tuple[str, ...],
    fail_fast: bool,
    image_folders: bool,
    replace: bool,
) -> RunSummary:
    """:func:`run` with the source paths relative to the corpus root set: plan the jobs, return
    the recorded summary when the outputs are current, else execute the jobs, assemble the
    tables and record the run."""
    if cold(out, use_cache) and (len(inputs) > 1 or any(p.is_dir() for p in inputs)):
        from .executors import start_early

        start_early(settings, executor)  # its start-up overlaps the planning
    st = plan_run(inputs, out, settings, use_cache, formats, image_folders, replace)
    fresh = current_summary(st)
    if fresh is not None:
        return fresh
    counts, documented = execute_run(st, settings, executor, scheduler, progress, fail_fast)
    summary, failed, reasons = summarise(st, counts, documented)
    record(st, summary, counts, failed, reasons)
    return summary


def cold(out: Path, use_cache: bool) -> bool:
    """Whether no run has recorded its outputs in ``out`` (or the cache is off): the documents
    are read, none can be current."""
    return not use_cache or not (out / "cache" / freshness.RECORD).exists()


def plan_run(
    inputs: list[Path],
    out: Path,
    settings: Settings,
    use_cache: bool,
    formats: tuple[str, ...],
    image_folders: bool,
    replace: bool,
) -> _Run:
    """The run's plan: its inputs (a missing one or a broken corrections file stops it before it
    writes anything), the jobs, the earlier documents that stay, the cache and the run's key."""
    from .. import oparl
    from ..output import corrections
    from . import corpus
    from .assemble import Assembler, Linker
    from .stated import stated_for

    started = time.perf_counter()
    early: list[Row] = []
    paths, skipped = find_inputs(
        inputs, lambda p, exc: early.append(error_row(exc, relative_source(p), None)), image_folders
    )
    fixes = corrections.load(out)  # a broken file stops the run before it writes anything
    migrated = len(corrections.migrate(out, fixes))  # an older file: completed before the run's key is made
    clear_leftovers(out)
    asm = Assembler(out, linker=Linker(oparl.manifest_links, oparl.link_tables))
    for row in (*early, *skipped):
        asm.add_error(row)
    jobs = plan_jobs(paths, asm.add_error)
    entries = [] if replace else corpus.load(out)
    keep = corpus.kept(entries, jobs, asm.errors, corpus.input_roots(inputs))
    vanished = corpus.gone(entries, jobs, asm.errors, corpus.input_roots(inputs))
    formats = with_present_formats(out, formats)
    cache = Cache(out / "cache" if use_cache else None, settings.cache_key())
    stated = stated_for(jobs, settings.municipality)  # put on each result of this run (pipeline/run/stated.py)
    key = freshness.run_key(
        jobs, asm.errors, cache.settings_key, code_digest(), __version__, formats, corpus.key(keep), stated
    )
    return _Run(out, started, asm, jobs, keep, vanished, formats, cache, stated, key, fixes, migrated)


def clear_leftovers(out: Path) -> None:
    """Make ``out`` and remove what a killed run left there: temporary files, a test's hold mark."""
    out.mkdir(parents=True, exist_ok=True)
    for stale in (*out.glob(".*.tmp"), *out.glob("text/.*.tmp"), *out.glob("cache/.*.tmp")):
        stale.unlink(missing_ok=True)  # left by a run that was killed while writing
    (out / HELD_FILE).unlink(missing_ok=True)  # left by a test's run that was killed while it held


def current_summary(st: _Run) -> RunSummary | None:
    """The summary recorded by the run that wrote the current outputs, when nothing changed."""
    recorded = freshness.up_to_date(st.out, st.key, st.jobs, st.cache)
    if recorded is None:
        return None
    return RunSummary(
        recorded["documents"],
        dict(recorded["rows"]),
        recorded["errors"],
        time.perf_counter() - st.started,
        recorded["failed_paths"],
        up_to_date=True,
        skipped=recorded.get("skipped", 0),
        corrected=recorded.get("corrected", 0),
        unmatched=recorded.get("unmatched", []),
        reasons=recorded.get("reasons", {}),
        out=st.out,
        formats=st.formats,
    )


def execute_run(
    st: _Run,
    settings: Settings,
    executor: str,
    scheduler: str | None,
    progress: bool | str | None,
    fail_fast: bool,
) -> tuple[dict[str, int], set[str]]:
    """Execute the jobs (results of earlier runs first), the tables written and the corpus
    recorded; the counts of rows and the source paths with a document row. The staging
    database goes at the end, also on errors and Ctrl-C."""
    from . import corpus

    asm = st.asm
    try:
        earlier, earlier_errors = corpus.earlier_results(st.out, st.keep)
        asm.corrections, asm.from_tables = st.fixes, {r["doc_id"] for r in earlier}
        for result in earlier:
            asm.add(result)
        for row in earlier_errors:
            asm.add_error(row)
        collect(st, settings, executor, scheduler, progress, fail_fast)
        counts = asm.finish(st.formats)
        documented = asm.documented(e["source_path"] for e in asm.errors)
        duplicates = {j.source_path: j.duplicates for j in st.jobs} | {
            e.source_path: list(e.duplicates) for e in st.keep
        }
        corpus.write(
            st.out,
            (
                (p, d, ";".join(duplicates.get(p, [])) or None)
                for p, d in asm.query("SELECT source_path, doc_id FROM results WHERE source_path IS NOT NULL")
            ),
            asm.errors,
            current_root(),
        )
    finally:
        asm.close()  # the staging database goes, also on errors and Ctrl-C
    return counts, documented


def collect(
    st: _Run, settings: Settings, executor: str, scheduler: str | None, progress: bool | str | None, fail_fast: bool
) -> None:
    """Run the jobs and add each result to the assembler as it comes, with the progress shown;
    the first error stops the run when ``fail_fast`` is set."""
    from .progress import BAR, Progress
    from .stated import apply_stated

    mode = BAR if progress is True else progress or None
    pages = page_counter() if mode else None
    results = run_jobs(st.jobs, settings, st.cache, executor, scheduler, pages)
    if settings.workers > 1 and len(st.jobs) > 1 and executor in ("auto", "process"):
        warm_writers()
    bar = Progress(len(st.jobs), mode, pages=pages, names=[j.source_path for j in st.jobs])
    try:
        for done, result in enumerate(results, start=1):
            st.asm.add(apply_stated(result, st.stated))
            bar.update(1, result["source_path"])
            hold(st.out, done)
            errors = [e for one in (result, *parts(result)) for e in one["errors"]]
            if fail_fast and errors:
                raise VorlagenError(f"{result['source_path']}: {errors[0]['message']}")
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()  # stops pool workers and a Dask cluster at once, also on errors and Ctrl-C
        bar.close()


def summarise(st: _Run, counts: dict[str, int], documented: set[str]) -> tuple[RunSummary, list[str], dict[str, str]]:
    """The run's summary, the files of this run that failed and what went wrong with each; the
    HTML report of an earlier ``vorlagen report`` is written again from the new tables."""
    asm = st.asm
    earlier_paths = {e.source_path for e in st.keep}
    failed = sorted(
        {
            e["source_path"]
            for e in asm.errors
            if e["error_type"] != Skipped.error_type
            and e["source_path"] not in earlier_paths
            and (e.get("stage") == "ingest" or e["source_path"] not in documented)
        }
    )
    reasons: dict[str, str] = {}
    for e in sorted(asm.errors, key=lambda r: (r["source_path"], r.get("stage") or "", r.get("message") or "")):
        if e["source_path"] in failed:
            reasons.setdefault(e["source_path"], e.get("message") or e["error_type"])
    refresh_derived(st.out)
    skipped = sum(e["error_type"] == Skipped.error_type for e in asm.errors)
    summary = RunSummary(
        counts.get("documents", 0),
        counts,
        counts.get("errors", 0) - skipped,
        time.perf_counter() - st.started,
        failed,
        skipped=skipped,
        out=st.out,
        formats=st.formats,
        migrated=st.migrated,
        reasons=reasons,
        vanished=st.vanished,
        **correction_counts(asm.outcomes),
    )
    return summary, failed, reasons


def record(st: _Run, summary: RunSummary, counts: dict[str, int], failed: list[str], reasons: dict[str, str]) -> None:
    """Record the run under its key, so that the same run again finds its outputs current."""
    freshness.record_run(
        st.out,
        st.key,
        st.jobs,
        st.cache,
        {
            "documents": summary.documents,
            "rows": list(counts.items()),
            "errors": summary.errors,
            "failed_paths": failed,
            "skipped": summary.skipped,
            "corrected": summary.corrected,
            "unmatched": summary.unmatched,
            "reasons": reasons,
        },
        st.asm.errors,
    )
