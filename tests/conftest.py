"""Shared fixtures: one pipeline run over the sample corpus (text and PDF renderings).

Plain helpers and paths are in helpers.py; the names below are imported from there for the
test files that still import them from conftest.
"""

from __future__ import annotations

import re
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from tests.helpers import GOLD, RAW, RENDERINGS, ROOT, SEED_TEXTS, SHARED, run_into, seed_folder

__all__ = ["GOLD", "RAW", "RENDERINGS", "ROOT", "SEED_TEXTS", "SHARED", "seed_folder"]

# The generators draw the same examples on every run, so that a run of the test command
# passes or fails for the code, not for the draw; `pytest --hypothesis-profile=explore`
# draws new ones (and keeps failures in .hypothesis/ to replay them).
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile("repeatable")


@pytest.hookimpl(hookwrapper=True, trylast=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """The draws of a parametrized test follow its file's name, test and parameters, not the
    folder the file is in: Hypothesis keys them by the test's id, which names the folder
    ("tests/<room>/test_<name>.py::test[p]"); the key is that id without the room's folder, so
    that moving a test file to another room draws the examples it drew before."""
    inner = getattr(getattr(getattr(item, "obj", None), "hypothesis", None), "inner_test", None)
    if inner is not None and getattr(inner, "_hypothesis_internal_add_digest", None) == item.nodeid.encode():
        inner._hypothesis_internal_add_digest = re.sub(r"^tests/\w+/", "tests/", item.nodeid).encode()
    yield


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
