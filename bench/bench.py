"""Benchmark: the pipeline against bare pdftotext and bare tesseract on the same inputs.

Builds a corpus of N distinct text-layer PDFs (the seed renderings, each copy made unique
by a trailing comment so it is hashed and processed anew) and M scanned pages, then runs
in this one invocation:

  baseline  pdftotext -layout on every text PDF (sequential)
  pipeline  cold with 1 worker, cold with all cores, warm (cache), and cold on 100 docs
  baseline  tesseract -l deu on the scanned pages rendered at 300 dpi (sequential)
  pipeline  OCR of the same scanned pages with 1 worker and with 2
  readers   ms/page of the extract stage and of its second readers (spaCy, pdfplumber),
            in this process, with how many documents each ran on (bench/readers.py)

and prints pages/s, s/page, ratios to the baselines, scaling efficiency and peak RSS.

The copies share their text, so the extractors' small per-line caches hit more often than
on a corpus of different documents; ``bench/profile_extract.py`` clears them every round and
gives the cost of unseen documents. The corpus and outputs go to a temporary folder inside
the project folder (``--work``), on the disk where a run writes its outputs: creating files
in /tmp can cost ten times more on some machines (mounted differently), which is not the
pipeline's cost.

    python bench/bench.py --docs 1000 --scan-docs 5
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"

RUNNER = """
import json, resource, sys, time
from pathlib import Path
from pipeline.run.runner import run
from pipeline.settings import Settings
inp, out, workers, cache, ocr = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1", sys.argv[5]
t = time.perf_counter()
summary = run([Path(inp)], Path(out), Settings(workers=workers, ocr=ocr), use_cache=cache, progress=False)
wall = time.perf_counter() - t
rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({"wall": wall, "rss_mb": rss / 1024, "docs": summary.documents, "errors": summary.errors}))
"""


def count_pages(paths: list[Path]) -> int:
    import pypdfium2 as pdfium

    total = 0
    for p in paths:
        pdf = pdfium.PdfDocument(p)
        total += len(pdf)
        pdf.close()
    return total


def make_corpus(folder: Path, n_docs: int) -> list[Path]:
    sources = sorted((RAW / "pdf").glob("*/*.pdf"))
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n_docs):
        src = sources[i % len(sources)]
        target = folder / f"{i:05d}_{src.parent.name}_{src.name}"
        target.write_bytes(src.read_bytes() + f"\n%bench-copy-{i}\n".encode())
        out.append(target)
    return out


def timed(cmd: list[str], **kw: object) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)  # type: ignore[call-overload]
    return time.perf_counter() - t


def pipeline(inp: Path, out: Path, workers: int, cache: bool, ocr: str = "auto") -> dict[str, float]:
    """One run in a fresh interpreter; ``wall`` counts from its start (imports included) to
    its end, as a user's ``vorlagen run`` would; ``run`` is the time inside run() alone."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    t = time.perf_counter()
    res = subprocess.run(
        [sys.executable, "-c", RUNNER, str(inp), str(out), str(workers), "1" if cache else "0", ocr],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    wall = time.perf_counter() - t
    figures = json.loads(res.stdout.strip().splitlines()[-1])
    figures["run"], figures["wall"] = figures["wall"], wall
    return figures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--docs",
        type=int,
        default=1000,
        help="distinct text-layer PDFs (default 1,000, ~4,300 pages; 0 skips the text part)",
    )
    ap.add_argument("--scan-docs", type=int, default=5, help="scanned seed PDFs to OCR (default 5, all seeds)")
    ap.add_argument("--keep", type=Path, default=None, help="keep the corpus and outputs here")
    ap.add_argument(
        "--work",
        type=Path,
        default=ROOT,
        help="folder for the temporary corpus and outputs (default: the project folder, where a run's "
        "outputs go; /tmp may be another file system with other costs)",
    )
    args = ap.parse_args()
    cores = os.cpu_count() or 1
    work = args.keep or Path(tempfile.mkdtemp(prefix=".bench-", dir=args.work))
    rows: list[tuple[str, str]] = []

    def report(name: str, value: str) -> None:
        rows.append((name, value))
        print(f"{name:<44} {value}", flush=True)

    print(f"machine: {cores} cores, Python {sys.version.split()[0]}, {sys.platform}; work folder {work}")
    if args.docs > 0:
        corpus = make_corpus(work / "text", args.docs)
        pages = count_pages(corpus)
        print(f"corpus: {len(corpus)} text-layer PDFs, {pages} pages")

        base = sum(timed(["pdftotext", "-layout", str(p), "-"]) for p in corpus)
        report("baseline pdftotext -layout (1 process)", f"{pages / base:8.1f} pages/s")
        cold1 = pipeline(work / "text", work / "out1", 1, cache=False)
        report(
            "pipeline cold, 1 worker",
            f"{pages / cold1['wall']:8.1f} pages/s  ({pages / cold1['wall'] / (pages / base):.2f}× pdftotext)"
            f"  RSS {cold1['rss_mb']:.0f} MB",
        )
        coldn = pipeline(work / "text", work / "outn", cores, cache=True)
        report(
            f"pipeline cold, {cores} workers (default)",
            f"{pages / coldn['wall']:8.1f} pages/s  ({pages / coldn['wall'] / (pages / base):.2f}× pdftotext)"
            f"  RSS {coldn['rss_mb']:.0f} MB",
        )
        report("scaling efficiency", f"{cold1['wall'] / coldn['wall'] / cores:8.0%}")
        warm = pipeline(work / "text", work / "outn", cores, cache=True)
        report("pipeline warm (cached)", f"{warm['wall']:8.2f} s = {warm['wall'] / coldn['wall']:.1%} of cold")
        corpus[0].write_bytes(corpus[0].read_bytes() + b"%changed\n")
        one = pipeline(work / "text", work / "outn", cores, cache=True)
        report("re-run after one file changed", f"{one['wall']:8.2f} s = {one['wall'] / coldn['wall']:.1%} of cold")
        small = make_corpus(work / "text100", min(100, args.docs))
        cold100 = pipeline(work / "text100", work / "out100", cores, cache=False)
        report(
            f"peak RSS {len(small)} vs {len(corpus)} docs", f"{cold100['rss_mb']:.0f} MB vs {coldn['rss_mb']:.0f} MB"
        )
        # the second readers, timed in this process on the seed renderings and texts
        sys.path.insert(0, str(ROOT / "bench"))
        import readers

        readers.report(readers.measure(readers.inputs([ROOT / "tests" / "unseen" / "docs"])), report)

    scans = sorted((RAW / "scan").glob("*.pdf"))[: args.scan_docs]
    if scans and shutil.which("tesseract") and shutil.which("pdftoppm"):
        scan_dir = work / "scan"
        scan_dir.mkdir(exist_ok=True)
        for s in scans:
            shutil.copy(s, scan_dir / s.name)
        n_scan = count_pages(scans)
        images = []
        for s in scans:
            subprocess.run(["pdftoppm", "-r", "300", "-gray", str(s), str(scan_dir / s.stem)], check=True)
            images += sorted(scan_dir.glob(f"{s.stem}*.pgm"))
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        bare = sum(timed(["tesseract", str(img), "-", "-l", "deu"], env=env) for img in images)
        for img in images:
            img.unlink()
        report("baseline tesseract -l deu (1 thread)", f"{bare / n_scan:8.2f} s/page over {n_scan} pages")
        ocr1 = pipeline(scan_dir, work / "ocr1", 1, cache=False)
        report("pipeline OCR, 1 worker", f"{ocr1['wall'] / n_scan:8.2f} s/page ({ocr1['wall'] / bare:.2f}× tesseract)")
        ocr2 = pipeline(scan_dir, work / "ocr2", max(2, cores), cache=False)
        report(
            f"pipeline OCR, {max(2, cores)} workers",
            f"{ocr2['wall'] / n_scan:8.2f} s/page ({ocr1['wall'] / ocr2['wall']:.2f}× faster than 1)",
        )
    elif scans:
        report("OCR", "skipped (tesseract or pdftoppm missing)")
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
