"""Measure how often each extraction method is right, for the base rates of pipeline/extract/confidence.py.

Runs the pipeline over the corpora that have gold facts, judges every output row with the
matching of ``vorlagen evaluate`` (pipeline/analysis/evaluate.py), and prints per target (table or
metadata field) and method: rows, rows right, share right, and the smoothed base rate the
confidence model starts from. Then the calibration of the confidence the run wrote (rows per
bucket, share right, ECE), per corpus and pooled.

Corpora: ``sample`` (data/raw: five seed texts, their ten PDF renderings and, unless
--no-scans, the five scans, against tests/gold) and ``unseen`` (tests/unseen/docs against
tests/unseen/gold). With --write the pooled counts replace the base counts,
pipeline/extract/resources/base_counts.tsv; run again afterwards to see the calibration of the
new rates (a changed resource file invalidates the cache, so the documents are read again).

Example:

    .venv/bin/python scripts/calibrate.py --workers 2
    .venv/bin/python scripts/calibrate.py --write && .venv/bin/python scripts/calibrate.py
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.analysis.evaluate import evaluate  # noqa: E402
from pipeline.extract.calibration import Calibration, Judged  # noqa: E402
from pipeline.extract.confidence import BASE_COUNTS_FILE, PRIOR, PRIOR_WEIGHT, format_base_counts  # noqa: E402
from pipeline.run.runner import run  # noqa: E402
from pipeline.settings import Settings  # noqa: E402

RAW = ROOT / "data" / "raw"


def corpora(scans: bool, unseen: bool) -> dict[str, tuple[list[Path], Path]]:
    sample = sorted(RAW.glob("*.txt")) + [RAW / "pdf"] + ([RAW / "scan"] if scans else [])
    out = {"sample": (sample, ROOT / "tests" / "gold")}
    if unseen:
        out["unseen"] = ([ROOT / "tests" / "unseen" / "docs"], ROOT / "tests" / "unseen" / "gold")
    return out


def smoothed(right: int, rows: int) -> float:
    return (right + PRIOR * PRIOR_WEIGHT) / (rows + PRIOR_WEIGHT)


def method_table(counts: dict[tuple[str, str], tuple[int, int]]) -> str:
    lines = [f"{'target':<34}{'method':<18}{'rows':>6}{'right':>7}{'share':>8}{'base':>8}"]
    for (target, method), (right, rows) in counts.items():
        lines.append(f"{target:<34}{method:<18}{rows:>6}{right:>7}{right / rows:>8.3f}{smoothed(right, rows):>8.3f}")
    return "\n".join(lines)


def write_counts(counts: dict[tuple[str, str], tuple[int, int]], target: Path = BASE_COUNTS_FILE) -> None:
    """Replace the base counts (pipeline/extract/resources/base_counts.tsv)."""
    target.write_text(format_base_counts(counts), encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=Path("/tmp/vorlagen-calibrate"), help="output folder (one per corpus)")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--no-scans", action="store_true", help="leave out the scans (no OCR, much faster)")
    ap.add_argument("--no-unseen", action="store_true", help="leave out tests/unseen")
    ap.add_argument("--write", action="store_true", help="write the pooled counts into base_counts.tsv")
    args = ap.parse_args()

    pooled: list[Judged] = []
    for name, (inputs, gold) in corpora(not args.no_scans, not args.no_unseen).items():
        out = args.out / name
        run(inputs, out, Settings(workers=args.workers), progress=False)
        judged = evaluate(out, gold).judged
        pooled += judged
        cal = Calibration(judged)
        print(f"== {name}: {len(judged)} rows\n{method_table(cal.by_method())}\n\n{cal.table()}\n")
    cal = Calibration(pooled)
    print(f"== pooled: {len(pooled)} rows\n{method_table(cal.by_method())}\n\n{cal.table()}")
    if args.write:
        write_counts(cal.by_method())
        print(f"\nwritten: {BASE_COUNTS_FILE.relative_to(ROOT)} (run again to see the calibration of the new rates)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
