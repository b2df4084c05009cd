"""Write a file under a temporary name beside it and rename it into place.

An interrupted run (Ctrl-C, a killed process, a full disk) leaves the previous file intact;
readers never see half a file. No heavy imports here: the cache and the run record use it.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Iterator
from pathlib import Path

_SERIAL = itertools.count()  # temporary names: this process's id and a number of its own


def temporary(target: Path) -> tuple[int, str]:
    """A new, empty file beside ``target`` (its folder made when missing), open for writing
    (mode 0600 until it is complete), and its name: ``.{target's name}.{pid}-{n}.tmp``, which a
    run that was killed leaves and the next one removes. Cheaper than ``tempfile.mkstemp``
    (no random names, no folder check when the folder is there): a run writes two files a
    document (its text and its cache entry)."""
    while True:
        tmp = os.path.join(target.parent, f".{target.name}.{os.getpid()}-{next(_SERIAL)}.tmp")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), tmp
        except FileExistsError:  # left by an earlier process of the same id: take the next number
            continue
        except FileNotFoundError:
            target.parent.mkdir(parents=True, exist_ok=True)


def commit(tmp: str, target: Path) -> None:
    """Put the complete temporary file ``tmp`` in place of ``target``, readable by all."""
    os.chmod(tmp, 0o644)  # outputs are meant to be shared
    os.replace(tmp, target)


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it into place on success."""
    fd, tmp = temporary(target)
    os.close(fd)
    try:
        yield Path(tmp)
        commit(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_text(target: Path, text: str) -> None:
    """``text`` as UTF-8, as it is (no newline translation), written atomically."""
    fd, tmp = temporary(target)
    try:
        with open(fd, "wb") as fh:
            fh.write(text.encode("utf-8"))
            if hasattr(os, "fchmod"):  # not on every platform: commit() sets the mode by path there
                os.fchmod(fd, 0o644)
        if hasattr(os, "fchmod"):
            os.replace(tmp, target)
        else:
            commit(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_text_if_changed(target: Path, text: str) -> None:
    """write_text, skipped when the file already holds exactly this text (re-runs touch nothing)."""
    try:
        if target.read_bytes() == text.encode("utf-8"):
            return
    except OSError:
        pass
    write_text(target, text)
