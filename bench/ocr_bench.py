#!/usr/bin/env python3
"""Time the OCR path against bare tesseract on the same scanned pages.

The pages are rendered once at 300 dpi and written as PGM files; then
(a) bare ``tesseract PAGE.pgm stdout -l deu`` runs on them one after another,
(b) the pipeline's OCR (:func:`pipeline.ingest.ocr.ocr_pdf_pages`: render, deskew, rule removal,
    tesseract TSV, layout) runs with workers=1, and
(c) the same with workers=2, and
(d) bare tesseract again, two processes at a time: the speed-up the machine gives two
    workers at the moment (on a shared machine, less than 2x), to set (c) against.
Printed: seconds per page (wall and tesseract CPU), pipeline/bare ratios, the speed-up of
two workers over one, and peak resident memory of this process and of one tesseract (Linux).
With ``--rounds N`` (a)-(d) run N times, every other round in reverse order, and the medians
are printed (the ratios as medians of each round's ratio): on a machine shared with others,
one round's figures vary by ±20 %.
Also the pipeline's own work around tesseract in run (b), per page: rendering and
straightening (:func:`pipeline.ingest.ocr.render_page`), and clean-up plus layout
(:func:`pipeline.ingest.ocr.prepare_page`, :func:`pipeline.ingest.ocr.read_page`), against
tesseract (:func:`pipeline.ingest.ocr.run_tesseract`, one process per batch of pages, and one
more for a batch with parts read again: :func:`pipeline.ingest.ocr.reread`, timed with its process); and
the repairs of the OCR text (:mod:`pipeline.ingest.ocr_text`) on the pages of run (b): each
repair's time and edits per page, and reading tesseract's word list (once per process).

Example:
    .venv/bin/python bench/ocr_bench.py               # every page of data/raw/scan/*.pdf
    .venv/bin/python bench/ocr_bench.py --pages 4
    .venv/bin/python bench/ocr_bench.py --rounds 3
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.errors import VorlagenError  # noqa: E402
from pipeline.ingest import ocr, ocr_text  # noqa: E402
from pipeline.settings import Settings  # noqa: E402


@dataclass
class Timing:
    wall: float  # seconds
    child_cpu: float  # user + system seconds of child processes (tesseract)
    pages: int

    def per_page(self) -> tuple[float, float]:
        return self.wall / self.pages, self.child_cpu / self.pages


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def select_pages(pdfs: list[Path], limit: int | None) -> list[tuple[Path, list[int]]]:
    """(pdf, 0-based page indexes) for the first ``limit`` pages over all files."""
    chosen: list[tuple[Path, list[int]]] = []
    left = limit if limit is not None else sys.maxsize
    for path in pdfs:
        doc = pdfium.PdfDocument(str(path))
        n = min(len(doc), left)
        doc.close()
        if n > 0:
            chosen.append((path, list(range(n))))
            left -= n
    return chosen


@contextmanager
def stopwatch(names: list[str]) -> Iterator[tuple[dict[str, float], dict[str, int]]]:
    """Seconds spent in, and calls of, the named functions of :mod:`pipeline.ingest.ocr` while
    the block runs.

    The functions are wrapped in the module, where ocr_pdf_pages and the functions it calls
    look them up; with workers=1 every call runs in this thread, so the sums are wall time.
    """
    spent = dict.fromkeys(names, 0.0)
    calls = dict.fromkeys(names, 0)
    originals = {name: getattr(ocr, name) for name in names if hasattr(ocr, name)}  # older versions lack some

    def timed(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - start
                calls[name] += 1

        return wrapper

    for name, func in originals.items():
        setattr(ocr, name, timed(name, func))
    try:
        yield spent, calls
    finally:
        for name, func in originals.items():
            setattr(ocr, name, func)


def render_pgms(selection: list[tuple[Path, list[int]]], folder: Path, dpi: int) -> list[Path]:
    """Each page rendered as it is (grayscale, no clean-up) into a PGM file."""
    out: list[Path] = []
    for path, indexes in selection:
        doc = pdfium.PdfDocument(str(path))
        for i in indexes:
            target = folder / f"{path.stem}-{i + 1}.pgm"
            page = doc[i]
            gray = ocr.render_gray(page, dpi / 72)  # as the pipeline renders, not straightened
            target.write_bytes(f"P5\n{gray.shape[1]} {gray.shape[0]}\n255\n".encode() + gray.tobytes())
            page.close()
            out.append(target)
        doc.close()
    return out


def time_bare(pgms: list[Path], lang: str, dpi: int, parallel: int = 1) -> tuple[Timing, float]:
    """Bare tesseract on each PGM, ``parallel`` processes at a time; also the peak RSS (MiB)
    of the largest tesseract."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    cpu, start, peak = child_cpu(), time.perf_counter(), 0
    running: dict[int, Path] = {}

    def reap() -> None:
        nonlocal peak
        pid, status, usage = os.wait4(-1, 0)  # the only children now are these tesseracts
        pgm = running.pop(pid)
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            raise SystemExit(f"tesseract failed on {pgm} (exit {code})")
        peak = max(peak, usage.ru_maxrss)

    for pgm in pgms:
        if len(running) >= parallel:
            reap()
        proc = subprocess.Popen(
            ["tesseract", str(pgm), "stdout", "-l", lang, "--dpi", str(dpi)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        running[proc.pid] = pgm
    while running:
        reap()
    return Timing(time.perf_counter() - start, child_cpu() - cpu, len(pgms)), peak / 1024


def median_timing(timings: list[Timing]) -> Timing:
    """The median wall time and tesseract CPU over rounds (each on its own)."""
    return Timing(
        statistics.median(t.wall for t in timings),
        statistics.median(t.child_cpu for t in timings),
        timings[0].pages,
    )


def time_repairs(texts: list[str], lang: str, rounds: int = 5) -> tuple[float, dict[str, tuple[float, float]]]:
    """Seconds to read tesseract's word list, and per repair (seconds, edits) per page, the
    best of ``rounds`` runs over all pages (the lexicon of each document as the ingest builds it)."""
    start = time.perf_counter()
    ocr_text.tesseract_words.__wrapped__(lang)  # uncached: the cost of the first document in a process
    load = time.perf_counter() - start
    lex = ocr_text.lexicon(texts, lang)
    per: dict[str, tuple[float, float]] = {}
    for repair in ocr_text.REPAIRS:
        best, edits = float("inf"), 0
        for _ in range(rounds):
            start = time.perf_counter()
            edits = sum(len(list(repair(text, lex))) for text in texts)
            best = min(best, time.perf_counter() - start)
        per[repair.__name__] = (best / len(texts), edits / len(texts))
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for text in texts:
            ocr_text.repair_text(text, lex)
        best = min(best, time.perf_counter() - start)
    per["all (repair_text)"] = (best / len(texts), sum(e for _, e in per.values()) / 1)
    return load, per


def time_pipeline(
    selection: list[tuple[Path, list[int]]], settings: Settings, texts: list[str] | None = None
) -> tuple[Timing, list[float]]:
    """Run the OCR path over every selected page; returns the timing and page confidences
    (and the page texts in ``texts``)."""
    confs: list[float] = []
    pages = 0
    cpu, start = child_cpu(), time.perf_counter()
    for path, indexes in selection:
        doc = pdfium.PdfDocument(str(path))
        for result in ocr.ocr_pdf_pages(doc, indexes, settings):
            if isinstance(result, VorlagenError):
                print(f"  {path.name}: {result.error_type}: {result}", file=sys.stderr)
            else:
                if texts is not None:
                    texts.append(result[0])
                if result[1] is not None:
                    confs.append(result[1])
        doc.close()
        pages += len(indexes)
    return Timing(time.perf_counter() - start, child_cpu() - cpu, pages), confs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "inputs",
        nargs="*",
        type=Path,
        default=sorted((REPO / "data/raw/scan").glob("*.pdf")),
        help="scanned PDFs (default: data/raw/scan/*.pdf)",
    )
    parser.add_argument("--pages", type=int, default=None, help="only the first N pages over all files")
    parser.add_argument("--lang", default="deu")
    parser.add_argument("--dpi", type=int, default=300)
    parser.add_argument(
        "--rounds", type=int, default=1, help="repeat (a)-(d), in alternating order, and print medians (default 1)"
    )
    args = parser.parse_args(argv)

    selection = select_pages(list(args.inputs), args.pages)
    n = sum(len(ix) for _, ix in selection)
    if n == 0:
        parser.error("no pages to OCR")
    print(
        f"{n} pages from {len(selection)} files, {args.dpi} dpi, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.2f}"
    )
    base = Settings(ocr_lang=args.lang, ocr_dpi=args.dpi, workers=1)
    runs: dict[str, list[Timing]] = {"bare1": [], "one": [], "two": [], "bare2": []}
    ratios: dict[str, list[float]] = {"one": [], "two": [], "scale": [], "bare_scale": []}
    texts: list[str] = []
    confs: list[float] = []
    with tempfile.TemporaryDirectory(prefix="ocr-bench-") as tmp:
        start = time.perf_counter()
        pgms = render_pgms(selection, Path(tmp), args.dpi)
        render = (time.perf_counter() - start) / n
        # ocr_image: before batches; reread: the parts read again, their tesseract process included
        stages = ["render_page", "prepare_page", "read_page", "run_tesseract", "ocr_image", "reread", "down_columns"]
        spent, calls = dict.fromkeys(stages, 0.0), dict.fromkeys(stages, 0)
        for r in range(args.rounds):
            order = ["bare1", "one", "two", "bare2"]
            for name in order if r % 2 == 0 else order[::-1]:  # alternated: a drifting load evens out
                if name.startswith("bare"):
                    timing, tesseract_mib = time_bare(pgms, args.lang, args.dpi, parallel=int(name[-1]))
                elif name == "one":
                    with stopwatch(stages) as (seconds, count):
                        timing, confs = time_pipeline(selection, base, texts if r == 0 else None)
                    for stage in stages:
                        spent[stage] += seconds[stage]
                        calls[stage] += count[stage]
                else:
                    timing, _ = time_pipeline(selection, replace(base, workers=2))
                runs[name].append(timing)
            t = {name: timings[-1].wall for name, timings in runs.items()}
            ratios["one"].append(t["one"] / t["bare1"])
            ratios["two"].append(t["two"] / t["bare1"])
            ratios["scale"].append(t["one"] / t["two"])
            ratios["bare_scale"].append(t["bare1"] / t["bare2"])
            if args.rounds > 1:
                print(
                    f"  round {r + 1}: pipeline/bare {ratios['one'][-1]:.2f}x, workers=2 {ratios['two'][-1]:.2f}x, "
                    f"speed-up 2 vs 1: pipeline {ratios['scale'][-1]:.2f}x, bare {ratios['bare_scale'][-1]:.2f}x"
                )
    load, repairs = time_repairs(texts, args.lang) if texts else (0.0, {})
    bare, one, two, bare2 = (median_timing(runs[name]) for name in ("bare1", "one", "two", "bare2"))
    ratio = {name: statistics.median(values) for name, values in ratios.items()}

    print(f"render to PGM (once)             {render:6.2f} s/page")
    median = f" (medians of {args.rounds} rounds)" if args.rounds > 1 else ""
    rows = [
        ("(a) bare tesseract, sequential", bare),
        ("(b) pipeline OCR, workers=1", one),
        ("(c) pipeline OCR, workers=2", two),
        ("(d) bare tesseract, 2 at a time", bare2),
    ]
    for label, t in rows:
        wall, cpu = t.per_page()
        print(f"{label:32s} {wall:6.2f} s/page wall   {cpu:6.2f} s/page tesseract CPU{median}")
    n *= args.rounds  # the stopwatch ran over every round of (b)
    around = spent["prepare_page"] + spent["read_page"]
    if calls["ocr_image"]:  # a version that cleaned up, ran tesseract and read one page in ocr_image
        around += spent["ocr_image"] - spent["run_tesseract"]
    render, around = spent["render_page"] / n, around / n
    print(f"  of (b): render + straighten    {render:6.3f} s/page")
    print(f"          clean-up + layout      {around:6.3f} s/page")
    print(
        f"          all but tesseract      {render + around:6.3f} s/page "
        f"(tesseract {spent['run_tesseract'] / n:.2f} s/page, {calls['run_tesseract'] / args.rounds:g} processes "
        f"for {n // args.rounds} pages)"
    )
    if calls["reread"]:
        print(
            f"          of which read again    {spent['reread'] / n:6.3f} s/page "
            f"(columns, margins and numbers read unsure found, cropped and read in one tesseract process a batch; "
            f"{calls['down_columns'] / args.rounds:g} pages looked at)"
        )
    print(
        f"pipeline/bare, workers=1         {ratio['one']:6.2f}x wall   "
        f"{one.child_cpu / bare.child_cpu:6.2f}x tesseract CPU"
    )
    repair_s = repairs.get("all (repair_text)", (0.0, 0.0))[0]
    print(
        f"pipeline+repairs/bare, workers=1 {(one.wall + repair_s * one.pages) / bare.wall:6.2f}x wall "
        f"(repairs {repair_s * 1000:.1f} ms/page, word list read once {load:.2f} s)"
    )
    print(f"pipeline/bare, workers=2         {ratio['two']:6.2f}x wall")
    print(
        f"speed-up workers 2 vs 1          {ratio['scale']:6.2f}x   "
        f"(bare tesseract 2 at a time vs 1: {ratio['bare_scale']:.2f}x, what the machine gives now)"
    )
    if confs:
        print(f"mean page confidence             {sum(confs) / len(confs):6.1f}")
    if repairs:
        print("OCR text repairs (pipeline.ingest.ocr_text), per page:")
        for name, (seconds, edits) in repairs.items():
            if name != "all (repair_text)":
                print(f"  {name:28s} {seconds * 1000:7.2f} ms  {edits:5.2f} edits")
        print(f"  {'all (repair_text)':28s} {repair_s * 1000:7.2f} ms")
    print(
        f"peak RSS: this process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB "
        f"(pages rendered and cleaned in it), one tesseract {tesseract_mib:.0f} MiB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
