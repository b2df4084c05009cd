"""Write a file under a temporary name beside it and rename it into place.

An interrupted run (Ctrl-C, a killed process, a full disk) leaves the previous file intact;
readers never see half a file. No heavy imports here: the cache and the run record use it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it into place on success."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; outputs are meant to be shared
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_text(target: Path, text: str) -> None:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8", newline="")


def write_text_if_changed(target: Path, text: str) -> None:
    """write_text, skipped when the file already holds exactly this text (re-runs touch nothing)."""
    try:
        if target.read_bytes() == text.encode("utf-8"):
            return
    except OSError:
        pass
    write_text(target, text)
