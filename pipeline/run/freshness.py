"""Is the output folder already what this run would write? Then the run can stop early.

A run records, in ``<out>/cache/run.json``, a key of everything its outputs depend on
(the inputs' content hashes and paths, the pipeline version and code digest, the
settings, the formats, OParl manifests beside the inputs) and the size and modification
time of every file it wrote. A re-run whose key is the same, whose outputs are untouched
and whose documents are all in the per-document cache has nothing to do: its outputs
would be byte for byte the files already there. Anything else (a new, changed or
removed file, an edited output, a failure that may not recur) runs the stages as usual.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cache import Cache
    from .jobs import Job

RECORD = "run.json"
# failures that may not recur (a slow machine, a fixed permission, tesseract installed since):
# a run that had one is always done again in full
TRANSIENT_ERRORS = frozenset(
    {"timeout", "out_of_memory", "worker_crashed", "ocr_unavailable", "unreadable", "internal_error"}
)


def run_key(
    jobs: list[Job],
    early_errors: list[dict[str, Any]],
    settings_key: str,
    code: str,
    version: str,
    formats: tuple[str, ...],
    earlier: list[list[Any]] | None = None,
    stated: dict[str, tuple[str, str]] | None = None,
) -> str:
    """A digest of everything the outputs of a run depend on; ``stated``: the municipality
    stated for the inputs (:func:`pipeline.run.stated.stated_for`)."""
    from ..oparl.manifest import MANIFEST_NAME

    manifests = sorted({str(Path(j.path).parent / MANIFEST_NAME) for j in jobs})
    payload = {
        "version": version,
        "code": code,
        "settings": settings_key,
        "formats": sorted(formats),
        "jobs": [[j.source_path, j.doc_id, sorted(j.duplicates)] for j in jobs],
        "early_errors": sorted(json.dumps(e, sort_keys=True, default=str) for e in early_errors),
        "manifests": {m: file_sha(Path(m)) for m in manifests if os.path.isfile(m)},
        "earlier": earlier or [],  # documents of earlier runs kept in the folder
    }
    if stated:  # the option, a vorlagen.yaml or an OParl body; runs that state nothing keep their keys
        payload["stated"] = sorted([path, *what] for path, what in stated.items())
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def file_sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def output_state(out: Path) -> dict[str, list[int]]:
    """Size and modification time of every output file (the cache folder aside)."""
    state: dict[str, list[int]] = {}
    for root, dirs, files in os.walk(out):
        dirs[:] = sorted(d for d in dirs if not (root == str(out) and d == "cache"))
        for name in files:
            if name.startswith(".") and name.endswith(".tmp"):
                continue
            path = os.path.join(root, name)
            st = os.stat(path)
            state[os.path.relpath(path, out)] = [st.st_size, st.st_mtime_ns]
    return dict(sorted(state.items()))


def up_to_date(out: Path, key: str, jobs: list[Job], cache: Cache) -> dict[str, Any] | None:
    """The recorded summary when the outputs in ``out`` are current for ``key``, else None."""
    if cache.folder is None:
        return None
    try:
        record = json.loads((cache.folder / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if record.get("key") != key or record.get("transient_errors"):
        return None
    failed = set(record.get("uncached", []))  # documents that failed, the same way every time
    if any(j.doc_id and j.doc_id not in failed and not cache.has(j.doc_id) for j in jobs):
        return None  # a cache entry was removed: do the work
    if record.get("outputs") != output_state(out):
        return None
    summary: dict[str, Any] = record.get("summary", {})
    return summary


def record_run(
    out: Path, key: str, jobs: list[Job], cache: Cache, summary: dict[str, Any], errors: list[dict[str, Any]]
) -> None:
    """Note the key and the written outputs, so that an unchanged re-run can stop early."""
    if cache.folder is None:
        return
    from ..atomic import write_text

    transient = sorted({e["error_type"] for e in errors if e.get("error_type") in TRANSIENT_ERRORS})
    uncached = sorted({j.doc_id for j in jobs if j.doc_id and not cache.has(j.doc_id)})
    record = {
        "key": key,
        "transient_errors": transient,
        "uncached": uncached,
        "summary": summary,
        "outputs": output_state(out),
    }
    write_text(cache.folder / RECORD, json.dumps(record, sort_keys=True, indent=1))
