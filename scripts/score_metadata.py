"""Precision and recall of document metadata against weak gold of OParl papers.

The gold is a JSON lines file with one paper per line (``source``: the input's file name,
``reference``: the printed number such as "DS 53/2025" or "DS 55/2021 2. Ergänzung", ``title``:
the paper's name), as in ``../shared/corpus/nordstemmen/gold.jsonl``; the municipality is one
for the whole set (``--municipality``). Scored per field: precision = right / extracted,
recall = right / gold. Values are compared loosely: case, punctuation, soft and wrapped hyphens
and white space do not count, and a number may leave out its label ("53/2025" for "DS 53/2025");
``subject~`` counts a subject as right when it is similar to the gold title (the gold rules'
similarity, 0.8), ``doc_type`` compares with the ``paperType`` where the gold has one. The
municipality is also counted as right, empty or wrong (wrong must be 0). With ``--show N`` the
first N misses of each field are printed.

Example:

    .venv/bin/python scripts/score_metadata.py /tmp/out/nord ../shared/corpus/nordstemmen/gold.jsonl \
        --municipality Nordstemmen --show 10
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.analysis.evaluate import similar  # noqa: E402

_LABEL = re.compile(r"^(?:ds|drs|drucksache|vorlage)\s+")


def norm(value: str | None) -> str:
    """Case, punctuation, soft hyphens, hyphens at line ends and white space left out."""
    text = (value or "").replace("\u00ad", "")
    text = re.sub(r"(?<=[a-zäöüß])-\s*\n\s*(?=[a-zäöüß])", "", text)
    return re.sub(r"\W+", " ", text.casefold()).strip()


def number_key(value: str | None) -> str:
    return _LABEL.sub("", norm(value))


def score(out: Path, gold: Path, municipality: str, show: int) -> dict[str, tuple[float, float, int, int, int]]:
    with open(out / "documents.csv", encoding="utf-8", newline="") as f:
        rows = {Path(r["source_path"]).name: r for r in csv.DictReader(f)}
    fields: dict[str, tuple[Any, Any]] = {
        "municipality": (lambda g: municipality, norm),
        "doc_number": (lambda g: g["reference"], number_key),
        "subject": (lambda g: g["title"], norm),
        "subject~": (lambda g: g["title"], None),
        "doc_type": (lambda g: g.get("paperType") or "", norm),
    }
    result: dict[str, tuple[float, float, int, int, int]] = {}
    for name, (expected_of, key) in fields.items():
        right = extracted = total = 0
        misses: list[str] = []
        with open(gold, encoding="utf-8") as f:
            for line in f:
                g = json.loads(line)
                expected = expected_of(g)
                if not expected:
                    continue
                got = rows.get(g["source"], {}).get(name.rstrip("~"), "")
                total += 1
                if got:
                    extracted += 1
                ok = bool(got) and (similar(got, expected, 0.8) > 0 if key is None else key(got) == key(expected))
                right += ok
                if not ok and len(misses) < show:
                    misses.append(f"  {g['source']}: {got!r} (gold {expected!r})")
        p = right / extracted if extracted else 0.0
        r = right / total if total else 0.0
        result[name] = (p, r, right, extracted, total)
        print(f"{name:13s} P {p:.3f} R {r:.3f}  ({right} right, {extracted} extracted, {total} gold)")
        for m in misses:
            print(m)
    right, extracted, total = result["municipality"][2:]
    print(f"municipality  right {right}, empty {total - extracted}, wrong {extracted - right} of {total}")
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="output folder of `vorlagen run` (with documents.csv)")
    ap.add_argument("gold", type=Path, help="gold JSON lines")
    ap.add_argument("--municipality", default="Nordstemmen", help="the municipality of every paper")
    ap.add_argument("--show", type=int, default=0, help="print the first N misses of each field")
    args = ap.parse_args(argv)
    score(args.out, args.gold, args.municipality, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
