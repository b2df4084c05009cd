"""Calibration: does the confidence a row claims match how often such rows are right?

Rows judged against gold (:func:`pipeline.analysis.evaluate.judge_document`) are put in confidence
buckets; in each, the share of right rows is set beside the mean confidence. The expected
calibration error (ECE) sums the gaps over equal-width bins, weighted by their rows:

    ECE = Σ_b (n_b / N) · |share right_b − mean confidence_b|

    >>> cal = Calibration([Judged("costs", "costs", 0.9, True), Judged("costs", "costs", 0.9, False)])
    >>> round(cal.ece(), 3)
    0.4
"""

from __future__ import annotations

from dataclasses import dataclass

BUCKETS = (0.0, 0.5, 0.7, 0.9, 1.0)
ECE_BINS = 10


@dataclass(frozen=True)
class Judged:
    """One output row (or metadata field) with its claimed confidence and whether it is right."""

    target: str  # a table, or documents.<field>
    method: str
    confidence: float | None
    right: bool


@dataclass
class Calibration:
    """Claimed confidence against the share of rows that are right."""

    rows: list[Judged]

    @property
    def rated(self) -> list[Judged]:
        return [j for j in self.rows if j.confidence is not None]

    def buckets(self, edges: tuple[float, ...] = BUCKETS) -> list[tuple[float, float, int, float, float]]:
        """(low, high, rows, share right, mean confidence) per bucket; the last bucket includes 1."""
        out = []
        for i, (lo, hi) in enumerate(zip(edges, edges[1:])):
            last = i == len(edges) - 2
            inside = [j for j in self.rated if lo <= (j.confidence or 0.0) < hi or (last and j.confidence == hi)]
            n = len(inside)
            out.append(
                (
                    lo,
                    hi,
                    n,
                    sum(j.right for j in inside) / n if n else 0.0,
                    sum(j.confidence or 0.0 for j in inside) / n if n else 0.0,
                )
            )
        return out

    def ece(self, bins: int = ECE_BINS) -> float:
        """Expected calibration error: Σ over equal-width bins of share × |right − confidence|."""
        rated = self.rated
        if not rated:
            return 0.0
        edges = tuple(i / bins for i in range(bins + 1))
        return sum(n / len(rated) * abs(acc - conf) for _, _, n, acc, conf in self.buckets(edges) if n)

    def by_method(self) -> dict[tuple[str, str], tuple[int, int]]:
        """(target, method) → (rows right, rows), with method "*" pooling each target."""
        counts: dict[tuple[str, str], list[int]] = {}
        for j in self.rows:
            for key in ((j.target, j.method), (j.target, "*")):
                c = counts.setdefault(key, [0, 0])
                c[0] += j.right
                c[1] += 1
        return {k: (r, n) for k, (r, n) in sorted(counts.items())}

    def table(self) -> str:
        rated = self.rated
        if not rated:
            return "Kalibrierung: die Ausgabe hat keine Spalte confidence"
        lines = [f"{'Konfidenz':<24}{'Zeilen':>6}{'richtig':>8}{'Konf.':>8}"]
        for lo, hi, n, acc, conf in self.buckets():
            share = f"{acc:>8.3f}{conf:>8.3f}" if n else f"{'–':>8}{'–':>8}"
            lines.append(f"{f'{lo:.1f}-{hi:.1f}':<24}{n:>6}{share}")
        lines.append(f"ECE ({ECE_BINS} Klassen)            {self.ece():.3f}   über {len(rated)} Zeilen")
        return "\n".join(lines)
