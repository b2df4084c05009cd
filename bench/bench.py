"""Benchmark: the pipeline against bare pdftotext and bare tesseract on the same inputs.

By default the corpus is all different (``bench/corpus.py``: a few hundred generated
submissions with every generator family's layouts, rendered as text-layer PDFs and cached in
``.bench-corpus/``, plus the text-layer PDFs of ``../shared/corpus/``); ``--corpus copies``
takes N copies of the seed renderings instead (each made unique by a trailing comment, so it
is hashed and processed anew, but sharing its text with nine hundred others). Then, in this
one invocation, ``--rounds`` interleaved rounds of

  baseline  pdftotext -layout on every text PDF (sequential, one process per file)
  pipeline  cold with all cores, warm (cached, nothing changed), cold with 1 worker

each in a fresh interpreter (imports counted), wall and CPU time (``getrusage``) beside each
other; the medians of the rounds are printed with the ratios measured within each round, so
that a loaded machine slows the baseline and the pipeline alike. After the rounds:

  re-run    one file changed; cold on 100 documents for peak RSS
  stages    CPU ms/page of ingest and extract by stage, in this process (bench/profile_extract.py)
  readers   spaCy's share and calls (bench/readers.py)
  OCR       tesseract -l deu on the scanned seeds at 300 dpi against the pipeline's OCR with
            1 worker and with 2 (``--scan-docs``; bench/ocr_bench.py goes page by page)

``--against DIR`` runs the pipeline of another checkout (its code, this benchmark) in the same
rounds, cold with all cores and with 1 worker, right after this one's: a before/after on the
same machine at the same moment.

The runs keep the bytecode of the modules they import in the work folder (compiled by an untimed
run of each checkout before the rounds), as an installed project keeps it beside its sources,
even where the environment says PYTHONDONTWRITEBYTECODE; ``--no-bytecode`` has every run compile
what the environment leaves uncompiled, as the figures before this option did.

The outputs go to a temporary folder inside the project folder (``--work``), on the disk where
a run writes its outputs: creating files in /tmp can cost ten times more on some machines.

    python bench/bench.py                         # all-different corpus, 3 rounds, OCR of 5 scans
    python bench/bench.py --scan-docs 0 --rounds 1
    python bench/bench.py --corpus copies --docs 1000
    python bench/bench.py --against ../main --scan-docs 0 --no-stages   # before/after
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"

RUNNER = """
import json, resource, sys, time
from pathlib import Path
from pipeline.run.runner import run
from pipeline.settings import Settings
inp, out, workers, cache, ocr = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1", sys.argv[5]
inputs = [Path(p) for p in Path(inp).read_text().splitlines()] if inp.endswith(".list") else [Path(inp)]
t = time.perf_counter()
summary = run(inputs, Path(out), Settings(workers=workers, ocr=ocr), use_cache=cache, progress=False)
wall = time.perf_counter() - t
from multiprocessing import forkserver
server = forkserver._forkserver._forkserver_pid
server_cpu = 0.0
if server:  # the fork server's own CPU (its imports, the warm-up), apart from the workers it reaped
    import os
    fields = open(f"/proc/{server}/stat").read().rsplit(")", 1)[1].split()
    server_cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
forkserver._forkserver._stop()  # reaped, so that its workers' CPU (it reaped them) counts among the children's
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": wall, "rss_mb": me.ru_maxrss / 1024, "worker_rss_mb": kids.ru_maxrss / 1024,
                  "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
                  "main_cpu": me.ru_utime + me.ru_stime, "server_cpu": server_cpu,
                  "docs": summary.documents, "errors": summary.errors}))
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


def children_cpu() -> float:
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def pdftotext_loop(paths: list[Path]) -> dict[str, float]:
    """Bare ``pdftotext -layout`` over the files, one process each, one after the other."""
    cpu = children_cpu()
    wall = sum(timed(["pdftotext", "-layout", str(p), "-"]) for p in paths)
    return {"wall": wall, "cpu": children_cpu() - cpu}


def input_list(folder: Path, name: str, paths: list[Path]) -> Path:
    """A file naming the inputs of a run, one path a line (the runner reads it)."""
    listed = folder / f"{name}.list"
    listed.write_text("".join(f"{p}\n" for p in paths))
    return listed


# Where the runs keep the bytecode of the modules they import (``bytecode_cache``); None: each run
# compiles what the environment leaves uncompiled (PYTHONDONTWRITEBYTECODE), as before --no-bytecode
PYCACHE: Path | None = None


def bytecode_cache(folder: Path) -> None:
    """Let the runs keep the bytecode of the modules they import in ``folder``, as an installed
    project keeps it beside its sources, whatever the environment says (PYTHONDONTWRITEBYTECODE
    would have every run compile the project's modules anew: ~0.45 CPU-s in the fork server and
    ~0.2 in the main process). Outside the checkouts, so that no one's tree is written to."""
    global PYCACHE
    PYCACHE = folder
    folder.mkdir(parents=True, exist_ok=True)


def compile_once(listed: Path, work: Path, cores: int, code: Path = ROOT) -> None:
    """An untimed run of ``code`` over a few documents with all cores and with 1 worker, so that
    the bytecode of every module a run imports (main process, fork server, workers) is in
    PYCACHE before the timed rounds."""
    if PYCACHE is None:
        return
    few = input_list(work, f"few-{code.name}", [Path(p) for p in listed.read_text().splitlines()[:4]])
    pipeline(few, work / f"compile-{code.name}-n", cores, cache=False, code=code)
    pipeline(few, work / f"compile-{code.name}-1", 1, cache=False, code=code)


def pipeline(inp: Path, out: Path, workers: int, cache: bool, ocr: str = "auto", code: Path = ROOT) -> dict[str, float]:
    """One run in a fresh interpreter, of the code in ``code``; ``wall`` counts from its start
    (imports included) to its end, as a user's ``vorlagen run`` would; ``run`` is the time
    inside run() alone."""
    env = dict(os.environ, PYTHONPATH=str(code))
    if PYCACHE is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    t = time.perf_counter()
    res = subprocess.run(
        [sys.executable, "-c", RUNNER, str(inp), str(out), str(workers), "1" if cache else "0", ocr],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=code,
    )
    wall = time.perf_counter() - t
    figures = json.loads(res.stdout.strip().splitlines()[-1])
    figures["run"], figures["wall"] = figures["wall"], wall
    return figures


def median(values: list[float]) -> float:
    return statistics.median(values)


def cpu_split(runs: list[dict[str, float]], pages: int) -> str:
    """CPU ms/page of a run by process: the main process (planning, staging the results, the
    tables and the comparison; with 1 worker also the reading), the fork server's own (its
    imports and warm-up) and the rest (the workers, and the Tesseract processes they start)."""
    main = median([x["main_cpu"] for x in runs])
    server = median([x["server_cpu"] for x in runs])
    rest = median([x["cpu"] - x["main_cpu"] - x["server_cpu"] for x in runs])
    ms = [1000 * x / pages for x in (main, server, rest)]
    return f"main {ms[0]:.2f}, fork server {ms[1]:.2f}, workers {ms[2]:.2f} ms/page"


def text_inputs(args: argparse.Namespace, work: Path) -> list[Path]:
    """The text-layer PDFs of the chosen corpus."""
    if args.corpus == "copies":
        return make_corpus(work / "text", args.docs)
    sys.path.insert(0, str(ROOT / "bench"))
    import corpus

    paths = corpus.build(args.docs or corpus.DOCS)
    return paths + ([] if args.no_real else corpus.real_pdfs())


def text_part(args: argparse.Namespace, work: Path, cores: int, report: Callable[[str, str], None]) -> None:
    paths = text_inputs(args, work)
    pages = count_pages(paths)
    listed = input_list(work, "all", paths)
    print(f"corpus: {args.corpus}, {len(paths)} text-layer PDFs, {pages} pages; {args.rounds} interleaved rounds")
    for code in (ROOT, *([args.against] if args.against else [])):
        compile_once(listed, work, cores, code)
    runs: dict[str, list[dict[str, float]]] = {"pdftotext": [], "coldn": [], "warm": [], "cold1": []}
    runs |= {"againstn": [], "againstwarm": [], "against1": []} if args.against else {}
    for r in range(args.rounds):
        runs["pdftotext"].append(pdftotext_loop(paths))
        runs["coldn"].append(pipeline(listed, work / f"outn{r}", cores, cache=True))
        runs["warm"].append(pipeline(listed, work / f"outn{r}", cores, cache=True))
        runs["cold1"].append(pipeline(listed, work / f"out1{r}", 1, cache=False))
        base, coldn, cold1 = runs["pdftotext"][-1], runs["coldn"][-1], runs["cold1"][-1]
        against = ""
        if args.against:
            runs["againstn"].append(pipeline(listed, work / f"againstn{r}", cores, True, code=args.against))
            runs["againstwarm"].append(pipeline(listed, work / f"againstn{r}", cores, True, code=args.against))
            runs["against1"].append(pipeline(listed, work / f"against1{r}", 1, False, code=args.against))
            against = (
                f"; against: {cores} workers {pages / runs['againstn'][-1]['wall']:.0f}, "
                f"1 worker {pages / runs['against1'][-1]['wall']:.0f} pages/s"
            )
        print(
            f"  round {r + 1}: pdftotext {pages / base['wall']:.0f}, {cores} workers {pages / coldn['wall']:.0f}, "
            f"1 worker {pages / cold1['wall']:.0f} pages/s; warm {runs['warm'][-1]['wall']:.2f} s{against}",
            flush=True,
        )

    def rate(name: str) -> str:
        walls = [x["wall"] for x in runs[name]]
        cpus = [x["cpu"] for x in runs[name]]
        return f"{pages / median(walls):8.1f} pages/s  (CPU {1000 * median(cpus) / pages:.2f} ms/page)"

    def ratio(name: str) -> str:
        ratios = [b["wall"] / x["wall"] for b, x in zip(runs["pdftotext"], runs[name])]
        return f"{median(ratios):.2f}× pdftotext ({min(ratios):.2f}–{max(ratios):.2f})"

    report("baseline pdftotext -layout (1 process)", rate("pdftotext"))
    for name, label in (("coldn", f"pipeline cold, {cores} workers (default)"), ("cold1", "pipeline cold, 1 worker")):
        rss = median([x["rss_mb"] for x in runs[name]])
        worker = median([x["worker_rss_mb"] for x in runs[name]])
        report(label, f"{rate(name)}  {ratio(name)}  peak RSS {rss:.0f} MB (worker {worker:.0f} MB)")
    for name, label in (("coldn", f"{cores} workers"), ("cold1", "1 worker")):
        report(f"  CPU by process, {label}", cpu_split(runs[name], pages))
    scaling = [c1["wall"] / cn["wall"] / cores for c1, cn in zip(runs["cold1"], runs["coldn"])]
    report("scaling efficiency", f"{median(scaling):8.0%}")
    if args.against:
        for name, label in (("againstn", f"{cores} workers"), ("against1", "1 worker")):
            report(f"against {args.against}, cold, {label}", f"{rate(name)}  {ratio(name)}")
            report(f"  CPU by process, against, {label}", cpu_split(runs[name], pages))
        mine = {"againstn": "coldn", "against1": "cold1"}
        for name, label in (("againstn", f"{cores} workers"), ("against1", "1 worker")):
            gains = [a["wall"] / x["wall"] for a, x in zip(runs[name], runs[mine[name]])]
            report(f"this code vs against, {label}", f"{median(gains):.2f}× ({min(gains):.2f}–{max(gains):.2f})")
        scaling = [c1["wall"] / cn["wall"] / cores for c1, cn in zip(runs["against1"], runs["againstn"])]
        report("scaling efficiency, against", f"{median(scaling):8.0%}")
    pairs = [("warm", "coldn", "")] + ([("againstwarm", "againstn", ", against")] if args.against else [])
    for warm, cold, label in pairs:
        shares = [w["wall"] / c["wall"] for w, c in zip(runs[warm], runs[cold])]
        report(
            f"re-run, nothing changed (warm / cold){label}",
            f"{median([w['wall'] for w in runs[warm]]):8.2f} s = {median(shares):.1%} of cold"
            f" (CPU {median([w['cpu'] for w in runs[warm]]):.2f} s)",
        )

    changed = work / paths[0].name
    changed.write_bytes(paths[0].read_bytes() + b"%changed\n")
    one = pipeline(input_list(work, "changed", [changed, *paths[1:]]), work / "outn0", cores, cache=True)
    report(
        "re-run after one file changed", f"{one['wall']:8.2f} s = {one['wall'] / runs['coldn'][0]['wall']:.1%} of cold"
    )
    small = paths[:100]
    cold100 = pipeline(input_list(work, "small", small), work / "out100", cores, cache=False)
    report(
        f"peak RSS {len(small)} vs {len(paths)} docs",
        f"{cold100['rss_mb']:.0f} MB vs {median([x['rss_mb'] for x in runs['coldn']]):.0f} MB",
    )

    if args.stages:  # where the time goes, in this process
        sys.path.insert(0, str(ROOT / "bench"))
        import profile_extract
        import readers

        profile_extract.table(profile_extract.measure(paths, 1), print)
        profile_extract.clear_caches()  # spaCy's entities are cached by text: as on unseen documents
        readers.report(readers.measure(paths), report)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--corpus",
        choices=("different", "copies"),
        default="different",
        help="all-different documents (default) or copies of the seed renderings",
    )
    ap.add_argument(
        "--docs",
        type=int,
        default=None,
        help="generated documents (default 300, ~1,300 pages) or copies (default 1,000, ~4,300 pages); "
        "0 skips the text part",
    )
    ap.add_argument("--no-real", action="store_true", help="leave out the shared corpora's PDFs")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds, medians reported (default 3)")
    ap.add_argument("--no-stages", dest="stages", action="store_false", help="skip the in-process stage table")
    ap.add_argument("--scan-docs", type=int, default=5, help="scanned seed PDFs to OCR (default 5, all seeds)")
    ap.add_argument("--keep", type=Path, default=None, help="keep the outputs here")
    ap.add_argument(
        "--against",
        type=Path,
        default=None,
        help="another checkout whose pipeline runs in the same rounds (cold, all cores and 1 worker)",
    )
    ap.add_argument(
        "--work",
        type=Path,
        default=ROOT,
        help="folder for the temporary outputs (default: the project folder, where a run's "
        "outputs go; /tmp may be another file system with other costs)",
    )
    ap.add_argument(
        "--no-bytecode",
        dest="bytecode",
        action="store_false",
        help="let every run compile the modules the environment leaves uncompiled (PYTHONDONTWRITEBYTECODE) "
        "instead of keeping their bytecode in the work folder, as an installed project does",
    )
    args = ap.parse_args()
    if args.against is not None and not (args.against / "pipeline").is_dir():
        ap.error(f"--against {args.against}: no checkout of the project there (a folder with pipeline/)")
    if args.docs is None:
        args.docs = 1000 if args.corpus == "copies" else 300
    cores = os.cpu_count() or 1
    work = args.keep or Path(tempfile.mkdtemp(prefix=".bench-", dir=args.work))
    work.mkdir(parents=True, exist_ok=True)
    if args.bytecode:
        bytecode_cache(work / "pycache")
    rows: list[tuple[str, str]] = []

    def report(name: str, value: str) -> None:
        rows.append((name, value))
        print(f"{name:<44} {value}", flush=True)

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"machine: {cores} cores, load {load:.1f}, Python {sys.version.split()[0]}, {sys.platform}; work folder {work}"
    )
    print(
        f"bytecode: kept in {PYCACHE}, compiled by an untimed run of each checkout before the rounds"
        if PYCACHE is not None
        else "bytecode: compiled by every run where the environment keeps none (--no-bytecode)"
    )
    if args.docs > 0:
        text_part(args, work, cores, report)

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
