"""What the second readers cost: spaCy and pdfplumber time per page, and how often they run.

The fast path reads text with pypdfium2 and regular expressions; spaCy reads only the
sentences around trigger words (steering groups, Handlungsfelder, facilitators, Beratungsfolge
blocks) and pdfplumber re-reads only a page whose table the fast reader left unread. This
module times both in-process, by wrapping their entry points with timers, over the seed
renderings and texts (and any other inputs given), and prints ms per page for the extract
stage and for each reader, with the share of documents on which each ran.

    python bench/readers.py                    # seed renderings and texts
    python bench/readers.py tests/unseen/docs  # other inputs as well
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RAW = ROOT / "data" / "raw"


class Timer:
    """Time spent inside wrapped calls (outermost calls only) and the documents that made one."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.calls = 0
        self.depth = 0
        self.docs: set[str] = set()
        self.current = ""

    def wrap(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def timed(*args: Any, **kw: Any) -> Any:
            if self.depth:
                return fn(*args, **kw)
            self.depth += 1
            self.calls += 1
            self.docs.add(self.current)
            t = time.perf_counter()
            try:
                return fn(*args, **kw)
            finally:
                self.seconds += time.perf_counter() - t
                self.depth -= 1

        return timed


def patch(timers: dict[str, Timer]) -> None:
    """Wrap the entry points of spaCy (Language.__call__/pipe, Tokenizer) and pdfplumber."""
    import spacy.language
    import spacy.tokenizer

    spacy_timer = timers["spaCy"]
    lang = spacy.language.Language
    lang.__call__ = spacy_timer.wrap(lang.__call__)  # type: ignore[method-assign]
    lang.pipe = spacy_timer.wrap(lang.pipe)  # type: ignore[method-assign]
    try:
        import pdfplumber
        import pdfplumber.page
    except ImportError:
        return
    plumber = timers["pdfplumber"]
    pdfplumber.open = plumber.wrap(pdfplumber.open)
    page = pdfplumber.page.Page
    for name in ("extract_words", "extract_tables", "find_tables", "extract_text"):
        setattr(page, name, plumber.wrap(getattr(page, name)))


def measure(paths: list[Path]) -> dict[str, float]:
    timers = {"spaCy": Timer(), "pdfplumber": Timer()}
    patch(timers)
    from pipeline.extract.rows import extract_document
    from pipeline.ingest.readers import read_document
    from pipeline.settings import Settings

    settings = Settings(ocr="never", workers=1)
    pages = 0
    t_ingest = t_extract = 0.0
    for path in paths:
        for timer in timers.values():
            timer.current = str(path)
        t = time.perf_counter()
        doc = read_document(path, str(path), settings, path.read_bytes())[0]
        t_ingest += time.perf_counter() - t
        pages += doc.n_pages
        t = time.perf_counter()
        extract_document(doc)
        t_extract += time.perf_counter() - t
    out = {
        "documents": len(paths),
        "pages": pages,
        "ingest_ms": 1000 * t_ingest / pages,
        "extract_ms": 1000 * t_extract / pages,
    }
    for name, timer in timers.items():
        out[f"{name}_ms"] = 1000 * timer.seconds / pages
        out[f"{name}_docs"] = len(timer.docs - {""})
        out[f"{name}_calls"] = timer.calls
    return out


def inputs(extra: list[Path]) -> list[Path]:
    paths = sorted((RAW / "pdf").glob("*/*.pdf")) + sorted(RAW.glob("*.txt"))
    for folder in extra:
        paths += sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".pdf", ".txt", ".md"))
    return paths


def report(figures: dict[str, float], say: Callable[[str, str], None]) -> None:
    n, pages = int(figures["documents"]), int(figures["pages"])
    say(
        f"ingest + extract, in-process ({n} docs, {pages} pages)",
        f"{figures['ingest_ms']:6.2f} + {figures['extract_ms']:6.2f} ms/page",
    )
    for name in ("spaCy", "pdfplumber"):
        say(
            f"  of which {name} (included above)",
            f"{figures[f'{name}_ms']:6.2f} ms/page, ran on {int(figures[f'{name}_docs'])}/{n} docs "
            f"({int(figures[f'{name}_calls'])} calls)",
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", type=Path, help="more inputs (folders of PDFs or texts)")
    args = ap.parse_args()
    report(measure(inputs(args.folders)), lambda k, v: print(f"{k:<52} {v}"))


if __name__ == "__main__":
    main()
