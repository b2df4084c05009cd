"""Compare municipalities (placeholder until the compare stage lands)."""

from __future__ import annotations

import pandas as pd


def compare_frames(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    return {}
