"""The per-document cache: results keyed by content hash, pipeline version, code and settings."""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from .. import __version__
from .jobs import Result


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of the source and resource files that shape per-document results."""
    digest = hashlib.sha256()
    for root, path in shaping_files():
        digest.update(path.relative_to(root.parent).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def shaping_files() -> list[tuple[Path, Path]]:
    """(package folder, file) of every module of ``pipeline`` and ``extractors`` and every file
    of their ``resources`` folders (YAML, the gazetteer, calibration tables), in order."""
    from importlib.util import find_spec

    spec = find_spec("extractors")  # found, not imported: the package's import costs a re-run ~0.3 s
    assert spec is not None and spec.origin is not None, "the extractors package is part of the install"
    found = []
    for root in (Path(__file__).parents[1], Path(spec.origin).parent):
        for path in sorted(root.rglob("*")):
            inner = path.relative_to(root).parts
            if "__pycache__" in inner or not path.is_file():
                continue
            if path.suffix in (".py", ".yaml") or "resources" in inner[:-1]:
                found.append((root, path))
    return found


@dataclass
class Cache:
    """Per-document results keyed by content hash, pipeline version, code and settings.

    The code digest covers the extractors, their YAML resources and the pipeline modules,
    so a changed rule never mixes with results cached under the old one.
    """

    folder: Path | None
    settings_key: str

    def path(self, doc_id: str) -> Path | None:
        if self.folder is None:
            return None
        return self.folder / f"{doc_id}-{__version__}-{code_digest()}-{self.settings_key}.json"

    def has(self, doc_id: str) -> bool:
        p = self.path(doc_id)
        return p is not None and p.is_file()

    def get(self, doc_id: str) -> Result | None:
        p = self.path(doc_id)
        if p is None or not p.exists():
            return None
        try:
            return json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, result: Result) -> None:
        p = self.path(result["doc_id"]) if result.get("doc_id") else None
        if p is None or result.get("text") is None:
            return  # unreadable files are retried on the next run
        from ..atomic import write_text

        write_text(p, json.dumps(result, ensure_ascii=False, sort_keys=True))
