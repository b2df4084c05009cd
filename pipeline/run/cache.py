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
    import extractors

    digest = hashlib.sha256()
    roots = (Path(__file__).parents[1], Path(extractors.__file__).parent)
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.suffix in (".py", ".yaml") and "__pycache__" not in path.parts:
                digest.update(path.relative_to(root.parent).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


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
