"""Where the text path spends its time: ms per page for each stage of ingest and extract.

Runs the production path (``read_document`` and ``extract_document``, as a worker runs them)
over the benchmark's all-different corpus (``bench/corpus.py``: the generated submissions and
the text-layer PDFs of the shared corpora), with timers wrapped around the stages:

  ingest     reading the bytes, hashing them, pdfium opening the file and loading (and closing)
             its pages, pdfium's page text (runs and boxes), the layout reader's lines, the
             ruled-table reader, the Document
  extract    the structure view, each extractor of the registry, the review, rows and
             confidence, the documents row

Every round reads every document anew and starts with empty function caches in the extractor
modules (nothing is carried from one document to the same document of an earlier round), so a
round costs what a run over unseen documents costs. Times are CPU times of this process
(``time.process_time``), medians over rounds, so that other work on the machine counts little.
``--startup`` times a worker's start in a fresh interpreter: imports, resources, the gazetteer,
spaCy, and the first document.

    python bench/profile_extract.py                   # table of ms/page by stage
    python bench/profile_extract.py --startup         # plus a worker's start-up
    python bench/profile_extract.py --profile         # plus the top functions by own time
    python bench/profile_extract.py --seeds           # the ten seed renderings instead
    python bench/profile_extract.py DIR FILE ...      # these files (and the files under these folders)
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import inspect
import json
import pstats
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

RAW = ROOT / "data" / "raw"
TEXT_ARGS = ("text", "line", "raw")
INGEST = ("read bytes", "hash", "pdfium open + pages", "pdfium text", "layout lines", "ruled tables", "document")


class Stages:
    """CPU seconds per stage, counted at the outermost timed call only."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self.depth = 0

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def timed(*args: Any, **kw: Any) -> Any:
            if self.depth:
                return fn(*args, **kw)
            self.depth += 1
            t = time.process_time()
            try:
                return fn(*args, **kw)
            finally:
                self.spent[name] = self.spent.get(name, 0.0) + time.process_time() - t
                self.calls[name] = self.calls.get(name, 0) + 1
                self.depth -= 1

        return timed


def drained(extractor: Callable[..., Any], *args: Any, **kw: Any) -> list[Any]:
    """An extractor's records as a list: a generator's work is done when it is drained."""
    return list(extractor(*args, **kw))


@contextmanager
def timers(stages: Stages) -> Iterator[None]:
    """Wrap the stages' functions where the production path looks them up; undo on exit."""
    from extractors import REGISTRY
    from pipeline.document import Document
    from pipeline.extract import rows
    from pipeline.ingest import readers

    saved: list[tuple[Any, str, Any]] = []

    def patch(owner: Any, attr: str, name: str) -> None:
        saved.append((owner, attr, getattr(owner, attr)))
        setattr(owner, attr, stages.wrap(name, getattr(owner, attr)))

    import pypdfium2 as pdfium

    patch(readers, "file_digest", "hash")
    patch(readers, "open_pdf", "pdfium open + pages")
    patch(pdfium.PdfDocument, "get_page", "pdfium open + pages")  # pdf[i]: pdfium loads the page
    patch(pdfium.PdfDocument, "close", "pdfium open + pages")
    patch(readers, "pdfium_glyphs", "pdfium text")
    patch(readers, "page_text", "layout lines")
    patch(readers, "ruled_page_text", "ruled tables")
    saved.append((Document, "from_pages", Document.__dict__["from_pages"]))
    Document.from_pages = classmethod(stages.wrap("document", Document.from_pages.__func__))  # type: ignore[method-assign]
    patch(rows, "view", "structure view")
    patch(rows, "review_rows", "review")
    patch(rows, "records_to_rows", "rows + confidence")
    patch(rows, "assess_fields", "rows + confidence")
    patch(rows, "document_row", "documents row")
    registry = list(REGISTRY)
    REGISTRY[:] = [(name, stages.wrap(name, functools.partial(drained, fn))) for name, fn in registry]
    try:
        yield
    finally:
        REGISTRY[:] = registry
        for owner, attr, value in reversed(saved):
            setattr(owner, attr, value)


def clear_caches() -> None:
    """Empty the function caches keyed by a document's text (a line, a date, the text): they
    hit on the same document of an earlier round as they never would on an unseen one. The
    caches of compiled patterns and resources stay, as they stay in a worker."""
    for name, module in list(sys.modules.items()):
        if not name.startswith(("extractors", "pipeline")):
            continue
        for value in vars(module).values():
            if isinstance(value, functools._lru_cache_wrapper) and value.__module__ == name:
                params = list(inspect.signature(value.__wrapped__).parameters)  # type: ignore[attr-defined]
                if params and params[0] in TEXT_ARGS:
                    value.cache_clear()


def one_round(paths: list[Path]) -> tuple[dict[str, float], int]:
    """CPU seconds per stage over all documents, and their pages."""
    from pipeline.extract.rows import extract_document
    from pipeline.ingest.readers import read_document
    from pipeline.settings import Settings

    settings = Settings(ocr="never", workers=1)
    stages = Stages()
    pages = 0
    clear_caches()
    with timers(stages):
        for path in paths:
            t = time.process_time()
            data = path.read_bytes()
            stages.spent["read bytes"] = stages.spent.get("read bytes", 0.0) + time.process_time() - t
            t = time.process_time()
            doc, _ = read_document(path, str(path), settings, data)
            stages.spent["ingest"] = stages.spent.get("ingest", 0.0) + time.process_time() - t
            pages += doc.n_pages
            t = time.process_time()
            extract_document(doc)
            stages.spent["extract"] = stages.spent.get("extract", 0.0) + time.process_time() - t
    return stages.spent, pages


def measure(paths: list[Path], rounds: int) -> dict[str, Any]:
    """Median ms/page per stage over ``rounds`` rounds (after one round to warm the imports)."""
    one_round(paths[:5])
    results = [one_round(paths) for _ in range(rounds)]
    pages = results[0][1]
    names = list(dict.fromkeys(n for spent, _ in results for n in spent))
    ms = {n: 1000 * statistics.median(spent.get(n, 0.0) for spent, _ in results) / pages for n in names}
    return {"documents": len(paths), "pages": pages, "rounds": rounds, "ms": ms}


def table(figures: dict[str, Any], say: Callable[[str], None] = print) -> None:
    """The stages as a table: ms/page and share of ingest + extract."""
    from extractors import REGISTRY

    ms = figures["ms"]
    total = ms["ingest"] + ms["extract"]
    say(
        f"{figures['documents']} documents, {figures['pages']} pages; CPU ms/page, median of {figures['rounds']} rounds"
    )
    say(f"{'stage':<28}{'ms/page':>9}{'share':>8}")

    def line(name: str, value: float, indent: str = "  ") -> None:
        say(f"{indent + name:<28}{value:>9.2f}{value / total:>8.1%}")

    line("ingest", ms["ingest"], "")
    ingest_parts = [n for n in INGEST if n != "read bytes"]
    for name in ingest_parts:
        line(name, ms.get(name, 0.0))
    line("other", ms["ingest"] - sum(ms.get(n, 0.0) for n in ingest_parts))
    line("extract", ms["extract"], "")
    extract_parts = ["structure view", *[n for n, _ in REGISTRY], "review", "rows + confidence", "documents row"]
    for name in extract_parts:
        line(name, ms.get(name, 0.0))
    line("other", ms["extract"] - sum(ms.get(n, 0.0) for n in extract_parts))
    say(f"{'read bytes (before ingest)':<28}{ms.get('read bytes', 0.0):>9.2f}")
    say(f"{'total':<28}{total:>9.2f}   (~{1000 / total:.0f} pages/s on one core)")


STARTUP = """
import json, sys, time
t0 = time.process_time(); w0 = time.perf_counter()
out = {}
def mark(name):
    global t0
    t = time.process_time(); out[name] = t - t0; t0 = t
import pipeline.run.jobs, pipeline.ingest.readers, pipeline.extract.rows, pipeline.structure
mark("imports")
from extractors import load_resources
res = load_resources()
mark("resources")
from extractors.metadata.gazetteer import gazetteer
gazetteer(res)
mark("gazetteer")
import spacy
spacy.blank("de")
mark("spaCy (import, blank de)")
from pathlib import Path
from pipeline.run.jobs import process_file
from pipeline.settings import Settings
process_file(sys.argv[1], sys.argv[1], Settings(ocr="never", workers=1))
mark("first document")
out["wall"] = time.perf_counter() - w0
print(json.dumps(out))
"""


def startup(first: Path, rounds: int = 3) -> dict[str, float]:
    """Median CPU seconds of a worker's start-up steps in fresh interpreters."""
    runs = []
    for _ in range(rounds):
        res = subprocess.run(
            [sys.executable, "-c", STARTUP, str(first)], capture_output=True, text=True, check=True, cwd=ROOT
        )
        runs.append(json.loads(res.stdout.strip().splitlines()[-1]))
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def corpus_inputs(real: bool = True) -> list[Path]:
    import corpus

    return corpus.build() + (corpus.real_pdfs() if real else [])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3, help="rounds; the median counts (default 3)")
    ap.add_argument("--seeds", action="store_true", help="the seed renderings instead of the all-different corpus")
    ap.add_argument("--no-real", action="store_true", help="leave out the shared corpora's PDFs")
    ap.add_argument("--every", type=int, default=1, help="every n-th document only (default 1: all)")
    ap.add_argument("inputs", nargs="*", type=Path, help="files or folders to read instead of the corpus")
    ap.add_argument("--startup", action="store_true", help="also time a worker's start-up")
    ap.add_argument("--profile", action="store_true", help="run cProfile over one more round and print the top")
    ap.add_argument("--top", type=int, default=40, help="functions to print (default 40)")
    ap.add_argument("--sort", default="tottime", help="pstats sort key (default tottime)")
    args = ap.parse_args()

    if args.inputs:
        paths = [f for p in args.inputs for f in (files_under(p) if p.is_dir() else [p])]
    elif args.seeds:
        paths = sorted((RAW / "pdf").glob("*/*.pdf"))
    else:
        paths = corpus_inputs(not args.no_real)
    paths = paths[:: args.every]
    table(measure(paths, args.rounds))
    if args.startup:
        for name, seconds in startup(paths[0]).items():
            print(f"start-up {name:<28}{1000 * seconds:>9.0f} ms")
    if args.profile:
        prof = cProfile.Profile()
        prof.runcall(one_round, paths)
        pstats.Stats(prof).sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
