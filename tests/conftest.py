"""Shared fixtures: one pipeline run over the sample corpus (text and PDF renderings)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.runner import run
from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
GOLD = ROOT / "tests" / "gold"
SHARED = ROOT.parent / "shared"
SEED_TEXTS = sorted(RAW.glob("*.txt"))
RENDERINGS = {"text": SEED_TEXTS, "grid": sorted((RAW / "pdf" / "grid").glob("*.pdf")),
              "plain": sorted((RAW / "pdf" / "plain").glob("*.pdf"))}


def seed_folder(folder: Path, n: int) -> Path:
    """``folder`` holding copies of the first ``n`` seed texts."""
    folder.mkdir(parents=True)
    for seed in SEED_TEXTS[:n]:
        shutil.copy(seed, folder / seed.name)
    return folder


@pytest.fixture(scope="session")
def sample_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Outputs of `vorlagen run` on the seed texts and both PDF renderings."""
    out = tmp_path_factory.mktemp("sample-out")
    inputs = [p for paths in RENDERINGS.values() for p in paths]
    run(inputs, out, Settings(workers=1), use_cache=False, progress=False)
    return out


@pytest.fixture(scope="session")
def rendering_outs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One output folder per rendering (text, grid, plain), for scores per layout."""
    outs = {}
    for name, paths in RENDERINGS.items():
        out = tmp_path_factory.mktemp(f"out-{name}")
        run(list(paths), out, Settings(workers=1), use_cache=False, progress=False)
        outs[name] = out
    return outs
