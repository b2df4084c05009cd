"""Source paths: how the tables name an input file, relative to the corpus root of a run.

A model every stage shares (ingest reads a file by it, the run plans its jobs by it, OParl's
manifest and the inspection name files by it), so it lives below them: no stage reaches up into
the run for it. The root of the run under way is set by :func:`at_root`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT: str | None = None  # the corpus root of the run under way (:func:`at_root`); None: the working folder


def relative_source(path: Path, root: str | None = None) -> str:
    """The path as the tables store it: normalised, relative to the corpus root (``root``, else
    the root of the run under way, else the working folder), '/'-separated; absolute only where
    no relative path leads there (another drive). The same file gives the same source path
    whatever folder a run starts in and however it is spelt (``./a``, ``a/../a``, absolute).

    >>> relative_source(Path("/data/stadt/./a.pdf"), "/data"), relative_source(Path("/x/b.txt"), "/data/out")
    ('stadt/a.pdf', '../../x/b.txt')
    """
    absolute = os.path.abspath(path)
    try:
        return Path(os.path.relpath(absolute, root or current_root())).as_posix()
    except ValueError:
        return Path(absolute).as_posix()


def current_root() -> str:
    """The corpus root source paths are relative to now."""
    return ROOT or os.getcwd()


@contextmanager
def at_root(root: str) -> Iterator[None]:
    """Source paths relative to ``root`` while the block runs (a run into an output folder that
    has its corpus root)."""
    global ROOT
    before, ROOT = ROOT, root
    try:
        yield
    finally:
        ROOT = before
