"""Measure how often each extraction method is right, for the base rates of pipeline/confidence.py.

Runs the pipeline over the corpora that have gold facts, judges every output row with the
matching of ``vorlagen evaluate`` (pipeline/evaluate.py), and prints per target (table or
metadata field) and method: rows, rows right, share right, and the smoothed base rate the
confidence model starts from. Then the calibration of the confidence the run wrote (rows per
bucket, share right, ECE), per corpus and pooled.

Corpora: ``sample`` (data/raw: five seed texts, their ten PDF renderings and, unless
--no-scans, the five scans, against tests/gold) and ``unseen`` (tests/unseen/docs against
tests/unseen/gold). With --write the pooled counts replace the BASE_COUNTS table of
pipeline/confidence.py; run again afterwards to see the calibration of the new rates (the
changed module invalidates the cache, so the documents are read again).

Example:

    .venv/bin/python scripts/calibrate.py --workers 2
    .venv/bin/python scripts/calibrate.py --write && .venv/bin/python scripts/calibrate.py
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.analysis.evaluate import evaluate  # noqa: E402
from pipeline.extract.calibration import Calibration, Judged  # noqa: E402
from pipeline.extract.confidence import PRIOR, PRIOR_WEIGHT  # noqa: E402
from pipeline.run.runner import run  # noqa: E402
from pipeline.settings import Settings  # noqa: E402

RAW = ROOT / "data" / "raw"
MODULE = ROOT / "pipeline" / "confidence.py"


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


def write_counts(counts: dict[tuple[str, str], tuple[int, int]]) -> None:
    """Replace the BASE_COUNTS table between its markers in pipeline/confidence.py."""
    body = "".join(
        f"    ({target!r}, {method!r}): ({right}, {rows}),\n" for (target, method), (right, rows) in counts.items()
    )
    table = (
        "# BEGIN BASE_COUNTS\nBASE_COUNTS: dict[tuple[str, str], tuple[int, int]] = {\n" + body + "}\n# END BASE_COUNTS"
    )
    text = MODULE.read_text(encoding="utf-8")
    new, n = re.subn(r"# BEGIN BASE_COUNTS\n.*?# END BASE_COUNTS", lambda _: table, text, flags=re.S)
    if n != 1:
        raise SystemExit(f"{MODULE}: BASE_COUNTS markers not found")
    MODULE.write_text(new, encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=Path("/tmp/vorlagen-calibrate"), help="output folder (one per corpus)")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--no-scans", action="store_true", help="leave out the scans (no OCR, much faster)")
    ap.add_argument("--no-unseen", action="store_true", help="leave out tests/unseen")
    ap.add_argument("--write", action="store_true", help="write the pooled counts into pipeline/confidence.py")
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
        print(f"\nwritten: {MODULE.relative_to(ROOT)} (run again to see the calibration of the new rates)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
