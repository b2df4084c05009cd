"""Train the member-candidate model of ``extractors/steering/learned.py`` and write its weights.

The training data are the candidates the steering reader proposes on generated passages (the
families of ``tests/generators``: steering_pool, steering_far with its negatives,
steering_distractors, steering_candidates) and on the seed texts (``data/raw/*.txt`` against
``tests/gold``), each labelled a member when the scoring's matching pairs it with a member the
generator or the gold names. The draws are derandomized, the model is logistic regression over
hashed features trained by full-batch gradient descent with a fixed iteration count, and the
weights are rounded: the same file on every run.

The threshold below which a weak candidate is dropped is chosen by cross-validation on the
training data (folds by passage, fixed): the highest probability at which the candidates the
held-out folds would drop are still non-members at ``PURITY`` or better.

Example:

    .venv/bin/python scripts/train_member_model.py            # writes the weights
    .venv/bin/python scripts/train_member_model.py --check    # exit 1 when the shipped file differs
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hypothesis import strategies as st  # noqa: E402

from bench.corpus import examples as draws  # noqa: E402
from extractors import load_resources, steering  # noqa: E402
from extractors.resources import Resources  # noqa: E402
from extractors.steering import learned  # noqa: E402
from extractors.steering.rules import MemberRow  # noqa: E402
from pipeline.analysis.evaluate import assign, member_score  # noqa: E402
from pipeline.document import Document  # noqa: E402
from pipeline.ingest.readers import read_document  # noqa: E402
from pipeline.records import SteeringGroup  # noqa: E402
from pipeline.settings import Settings  # noqa: E402
from pipeline.structure import view  # noqa: E402
from pipeline.structure.prose import Layout  # noqa: E402
from tests.generators import steering_candidates, steering_distractors, steering_far, steering_pool  # noqa: E402
from tests.helpers import document  # noqa: E402

OUT = ROOT / "extractors" / "steering" / learned.WEIGHTS
ITERATIONS = 2000
RATE = 1.0
L2 = 1e-3
FOLDS = 5
PURITY = 0.97  # of the candidates dropped in cross-validation, the share that must be non-members
SURE = 0.2  # the highest threshold: a candidate is dropped only when the model holds it at least 80% none
DIGITS = 4  # the weights' rounding

Example = tuple[list[str], int, int, bool]  # features, label (1: member), passage number, weak form


def drawn(generate: Callable[[Any], tuple[str, tuple[str, ...]]], n: int) -> list[Any]:
    """``n`` draws of a generator, the same on every run (derandomized, no database), each once."""
    return draws(st.composite(lambda draw: generate(draw))(), n)


def passages(scale: int) -> Iterator[tuple[str, tuple[str, ...]]]:
    """The generated passages (text, gold member names), family by family."""

    def pool(draw: Any) -> tuple[str, tuple[str, ...]]:
        text, _, members = steering_pool.passage(draw)
        return text, tuple(m for m, _ in members)

    def family(gen: Callable[[Any], Any]) -> Callable[[Any], tuple[str, tuple[str, ...]]]:
        def draw_one(draw: Any) -> tuple[str, tuple[str, ...]]:
            text, exp = gen(draw)
            return text, tuple(m for ms in exp.members.values() for m, _ in ms)

        return draw_one

    def negative(name: str) -> Callable[[Any], tuple[str, tuple[str, ...]]]:
        return lambda draw: (steering_far.negative(draw, name), ())

    yield from drawn(pool, 12 * scale)
    for gens in (steering_far.GENERATORS, steering_distractors.GENERATORS, steering_candidates.GENERATORS):
        for gen in gens.values():
            yield from drawn(family(gen), 3 * scale)
    for name in steering_far.FAMILIES:
        yield from drawn(negative(name), scale)


def seeds() -> Iterator[tuple[Document, tuple[str, ...]]]:
    """The seed texts and the members their gold names."""
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        gold = json.loads((ROOT / "tests" / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        doc, _ = read_document(path, str(path), Settings())
        yield doc, tuple(m["member"] for g in gold.get("steering_groups", []) for m in g.get("members", []))


def candidates(doc: Document, gold: tuple[str, ...], res: Resources) -> list[tuple[list[str], int, bool]]:
    """The candidates the reader proposes in a document that reach its output, with their labels."""
    seen: list[tuple[MemberRow, str]] = []
    find, accept = steering.find_members, learned.accept

    def recorded(layout: Layout, *args: Any) -> Any:
        found = find(layout, *args)
        seen.extend((r, layout.flat.text) for r in found[0])
        return found

    # every candidate the rules accept, the model's own opinion left out
    steering.find_members, learned.accept = recorded, lambda rows, _text, _res: rows  # type: ignore[assignment]
    try:
        groups = [g for g in steering.extract(doc, res, view(doc)) if isinstance(g, SteeringGroup)]
    finally:
        steering.find_members, learned.accept = find, accept
    kept = {m.member.casefold() for g in groups for m in g.members}
    unique: dict[tuple[int, int, str], tuple[MemberRow, str]] = {}
    for row, text in seen:
        if row.value.casefold() in kept:
            unique.setdefault((row.start, row.end, row.value), (row, text))
    rows = list(unique.values())
    pairs = assign([{"member": m} for m in gold], [{"member": r.value} for r, _ in rows], member_score)
    right = {o for _, o in pairs}
    return [(learned.features(r, text, res), int(k in right), learned.weak(r, res)) for k, (r, text) in enumerate(rows)]


def examples(scale: int) -> list[Example]:
    res = load_resources()
    out: list[Example] = []
    docs = [(document(text), gold) for text, gold in passages(scale)] + list(seeds())
    for n, (doc, gold) in enumerate(docs):
        out += [(f, y, n, weak) for f, y, weak in candidates(doc, gold, res)]
    return out


def design(data: list[Example]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The hashed feature indices (one row per example, as flat index and row offsets) and labels."""
    index = [sorted({learned.bucket(f) for f in feats}) for feats, *_ in data]
    offsets = np.cumsum([0] + [len(i) for i in index])
    return np.array([b for i in index for b in i], dtype=np.int64), offsets, np.array([e[1] for e in data], float)


def fit(flat: np.ndarray, offsets: np.ndarray, y: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Logistic regression by full-batch gradient descent over the examples ``rows``."""
    w = np.zeros(learned.BUCKETS)
    lengths = np.diff(offsets)[rows]
    idx = np.concatenate([flat[offsets[r] : offsets[r + 1]] for r in rows])
    owner = np.repeat(np.arange(len(rows)), lengths)
    target = y[rows]
    pos = max(target.sum(), 1.0)
    neg = max(len(target) - target.sum(), 1.0)
    weight = np.where(target == 1, len(target) / (2 * pos), len(target) / (2 * neg))  # classes balanced
    for _ in range(ITERATIONS):
        z = np.bincount(owner, weights=w[idx], minlength=len(rows))
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = weight * (p - target) / len(rows)
        grad = np.bincount(idx, weights=err[owner], minlength=learned.BUCKETS) + L2 * w
        w -= RATE * grad
    return w


def predict(w: np.ndarray, flat: np.ndarray, offsets: np.ndarray, rows: np.ndarray) -> np.ndarray:
    z = np.array([w[flat[offsets[r] : offsets[r + 1]]].sum() for r in rows])
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def threshold(
    flat: np.ndarray, offsets: np.ndarray, y: np.ndarray, passage: np.ndarray, weak: np.ndarray
) -> tuple[float, dict[str, Any]]:
    """The highest threshold at which the weak candidates the held-out folds drop are non-members
    at ``PURITY`` or better (folds by passage number)."""
    probs = np.zeros(len(y))
    for k in range(FOLDS):
        test = np.flatnonzero(passage % FOLDS == k)
        train = np.flatnonzero(passage % FOLDS != k)
        probs[test] = predict(fit(flat, offsets, y, train), flat, offsets, test)
    best, stats = 0.0, {"dropped": 0, "members_dropped": 0}
    for t in [round(0.01 * k, 2) for k in range(1, round(100 * SURE) + 1)]:
        drop = weak & (probs < t)
        if drop.sum() and (y[drop] == 0).mean() >= PURITY:
            best = t
            stats = {"dropped": int(drop.sum()), "members_dropped": int((y[drop] == 1).sum())}
    return best, stats


def train(scale: int) -> dict[str, Any]:
    data = examples(scale)
    flat, offsets, y = design(data)
    passage = np.array([e[2] for e in data])
    weak = np.array([e[3] for e in data])  # only the forms the model may drop are held to the threshold
    w = fit(flat, offsets, y, np.arange(len(y)))
    cut, stats = threshold(flat, offsets, y, passage, weak)
    digest = hashlib.sha256(json.dumps([[sorted(e[0]), e[1], e[3]] for e in data]).encode()).hexdigest()
    return {
        "about": "logistic regression over hashed member-candidate features; scripts/train_member_model.py",
        "buckets": learned.BUCKETS,
        "candidates": len(y),
        "members": int(y.sum()),
        "data_sha256": digest,
        "threshold": cut,
        "cross_validation": stats,
        "weights": [[int(i), round(float(w[i]), DIGITS)] for i in np.flatnonzero(np.round(w, DIGITS))],
    }


def dump(model: dict[str, Any]) -> str:
    return json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the shipped weights, write nothing")
    ap.add_argument("--scale", type=int, default=40, help="draws per family (x3) and per negative family")
    args = ap.parse_args(argv)
    text = dump(train(args.scale))
    if args.check:
        same = OUT.read_text(encoding="utf-8") == text
        print("the shipped weights are what the script trains" if same else "the shipped weights differ")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
