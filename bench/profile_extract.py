"""Where the extract stage spends its time: ms per page for ingest and for each extractor.

Reads the seed documents once (the ten PDF renderings and the five texts), then times
ingest and each registered extractor, in registry order, over several rounds. Every round
works on fresh copies of the documents and starts with empty function caches in the
extractor modules, so a round costs what a run over unseen documents costs. Times are CPU
times of this process, so that other work on the machine does not count.

    python bench/profile_extract.py                 # table of ms/page
    python bench/profile_extract.py --profile       # plus the top functions by own time
    python bench/profile_extract.py --profile --only costs --sort cumulative
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import functools
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors import REGISTRY, load_resources  # noqa: E402
from pipeline.document import Document  # noqa: E402
from pipeline.ingest.readers import read_document  # noqa: E402
from pipeline.settings import Settings  # noqa: E402
from pipeline.structure import view  # noqa: E402

RAW = ROOT / "data" / "raw"


def inputs() -> list[tuple[Path, bytes]]:
    paths = sorted((RAW / "pdf").glob("*/*.pdf")) + sorted(RAW.glob("*.txt"))
    return [(p, p.read_bytes()) for p in paths]


def ingest(files: list[tuple[Path, bytes]]) -> list[Document]:
    settings = Settings(ocr="never", workers=1)
    return [read_document(path, str(path), settings, data)[0] for path, data in files]


def fresh(doc: Document) -> Document:
    """A copy whose text is a new string object (caches keyed by identity miss)."""
    return dataclasses.replace(doc, text="".join(list(doc.text)))


def clear_caches() -> None:
    """Empty the lru caches of the extractor modules."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("extractors"):
            continue
        for value in vars(module).values():
            if isinstance(value, functools._lru_cache_wrapper) and value is not load_resources:
                value.cache_clear()


def time_round(docs: list[Document], res: Any) -> dict[str, float]:
    """Seconds for the structure view and per extractor over all documents, run per document
    in registry order with the view handed in, as the extract stage runs them."""
    spent = {"view": 0.0, **{name: 0.0 for name, _ in REGISTRY}}
    for doc in docs:
        t = time.process_time()
        sv = view(doc)
        spent["view"] += time.process_time() - t
        for name, extractor in REGISTRY:
            t = time.process_time()
            list(extractor(doc, res, sv))
            spent[name] += time.process_time() - t
    return spent


def best_of(rounds: int, fn: Callable[[], dict[str, float]]) -> dict[str, float]:
    best: dict[str, float] = {}
    for _ in range(rounds):
        for name, seconds in fn().items():
            best[name] = min(best.get(name, seconds), seconds)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5, help="rounds; the fastest counts (default 5)")
    ap.add_argument("--warm", action="store_true", help="keep function caches between rounds")
    ap.add_argument("--profile", action="store_true", help="run cProfile over one round and print the top")
    ap.add_argument("--only", help="profile only this extractor (or 'ingest')")
    ap.add_argument("--top", type=int, default=30, help="functions to print (default 30)")
    ap.add_argument("--sort", default="tottime", help="pstats sort key (default tottime)")
    args = ap.parse_args()

    files = inputs()
    res = load_resources()
    docs = ingest(files)  # also imports and warms up pypdfium2 and the resources
    pdf_docs = [d for (p, _), d in zip(files, docs) if p.suffix == ".pdf"]
    txt_docs = [d for (p, _), d in zip(files, docs) if p.suffix != ".pdf"]
    pdf_files = [f for f in files if f[0].suffix == ".pdf"]
    pdf_pages = sum(d.n_pages for d in pdf_docs)
    time_round([fresh(d) for d in docs], res)  # imports dateparser and friends once

    def ingest_round() -> dict[str, float]:
        t = time.process_time()
        ingest(pdf_files)
        return {"ingest": time.process_time() - t}

    def extract_round(group: list[Document]) -> Callable[[], dict[str, float]]:
        def run() -> dict[str, float]:
            if not args.warm:
                clear_caches()
            return time_round([fresh(d) for d in group], res)

        return run

    ingest_s = best_of(args.rounds, ingest_round)["ingest"]
    pdf_s = best_of(args.rounds, extract_round(pdf_docs))
    txt_s = best_of(args.rounds, extract_round(txt_docs))

    print(
        f"{len(pdf_docs)} PDF renderings, {pdf_pages} pages; {len(txt_docs)} texts, "
        f"{sum(len(d.text) for d in txt_docs) // 1000}k chars; best of {args.rounds} rounds"
        f"{' (warm caches)' if args.warm else ''}"
    )
    print(f"{'stage':<16}{'PDF ms/page':>12}{'text ms/doc':>13}")
    print(f"{'ingest':<16}{1000 * ingest_s / pdf_pages:>12.2f}{'':>13}")
    for name in pdf_s:  # the view, then the extractors
        print(f"{name:<16}{1000 * pdf_s[name] / pdf_pages:>12.2f}{1000 * txt_s[name] / len(txt_docs):>13.2f}")
    total = sum(pdf_s.values())
    print(f"{'extract total':<16}{1000 * total / pdf_pages:>12.2f}{1000 * sum(txt_s.values()) / len(txt_docs):>13.2f}")
    print(
        f"{'end to end':<16}{1000 * (total + ingest_s) / pdf_pages:>12.2f}   "
        f"(~{pdf_pages / (total + ingest_s):.0f} pages/s on one core)"
    )

    if args.profile:
        clear_caches()
        group = [fresh(d) for d in docs]
        prof = cProfile.Profile()
        if args.only == "ingest":
            prof.runcall(ingest, pdf_files)
        else:
            chosen = [(n, e) for n, e in REGISTRY if args.only in (None, n)]
            if not chosen:
                ap.error(f"no extractor named {args.only!r}")
            for doc in group:
                sv = view(doc)
                for name, extractor in REGISTRY:
                    if (name, extractor) in chosen:
                        prof.runcall(lambda e, d, v: list(e(d, res, v)), extractor, doc, sv)
                    else:
                        list(extractor(doc, res, sv))  # keeps shared per-document state as in a run
        pstats.Stats(prof).sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
