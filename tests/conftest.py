"""Shared fixtures: one pipeline run over the sample corpus (text and PDF renderings).

Plain helpers and paths are in tests/helpers.py, which the test files import.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests.helpers import GOLD, RAW, RENDERINGS, ROOT, SEED_TEXTS, SHARED, run_into, seed_folder

__all__ = ["GOLD", "RAW", "RENDERINGS", "ROOT", "SEED_TEXTS", "SHARED", "seed_folder"]

# The generators draw the same examples on every run, so that a run of the test command
# passes or fails for the code, not for the draw; `pytest --hypothesis-profile=explore`
# draws new ones (and keeps failures in .hypothesis/ to replay them). No example has a time limit
# and no draw is judged too slow: on a loaded machine a timing check would fail a test for the
# machine, not for the code.
_UNTIMED = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
settings.register_profile("repeatable", derandomize=True, database=None, **_UNTIMED)
settings.register_profile("explore", derandomize=False, **_UNTIMED)
settings.load_profile("repeatable")


def _draws_from_the_strategies_alone() -> None:
    """Hypothesis mixes the literals of the project's modules that a process has imported so far
    into its draws. Which modules a test worker has imported depends on the test files it ran
    before, and that on the scheduling of the workers: the same test could draw other examples in
    another run, and any edit of a literal anywhere in the code changed the draws of every test.
    The draws come from the strategies alone (Hypothesis's own constants stay)."""
    from hypothesis.internal.conjecture import providers

    empty = providers._local_constants
    if hasattr(providers, "_get_local_constants"):
        providers._get_local_constants = lambda: empty


_draws_from_the_strategies_alone()


@pytest.fixture(autouse=True)
def keep_ctrl_c() -> Iterator[None]:
    """A `vorlagen run` called in this process leaves Ctrl-C to end the process at once (as
    after a run from the shell); the test session gets its own handler back."""
    before = signal.getsignal(signal.SIGINT)
    yield
    signal.signal(signal.SIGINT, before)


@pytest.fixture(scope="session")
def sample_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Outputs of `vorlagen run` on the seed texts and both PDF renderings."""
    out = tmp_path_factory.mktemp("sample-out")
    run_into(out, [p for paths in RENDERINGS.values() for p in paths])
    return out


@pytest.fixture(scope="session")
def rendering_outs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One output folder per rendering (text, grid, plain), for scores per layout."""
    outs = {}
    for name, paths in RENDERINGS.items():
        out = tmp_path_factory.mktemp(f"out-{name}")
        run_into(out, paths)
        outs[name] = out
    return outs
