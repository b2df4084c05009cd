"""The per-body manifest (what was fetched, from which paper) and the resume state.

``<out>/<body>/manifest.csv`` has one row per file of a kept paper; ``file_path`` and
``text_path`` are relative to the manifest's folder. ``<out>/<body>/.oparl-state.json``
remembers validators and hashes per file and when the last complete walk started.

Row status: ``downloaded``; ``unchanged`` (checked by checksum, conditional request or
modification time); ``stale`` (could not be revalidated, the earlier copy is kept);
``text_only`` (the file failed, File.text was saved); ``error``; ``skipped`` (on a host that
is not allowed); ``no_file`` (the paper has no file).
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MANIFEST_NAME = "manifest.csv"
STATE_NAME = ".oparl-state.json"
COLUMNS = (
    "paper_id",
    "paper_web",
    "reference",
    "name",
    "date",
    "paper_type",
    "paper_modified",
    "file_role",
    "file_id",
    "file_name",
    "mime_type",
    "file_url",
    "file_path",
    "text_path",
    "size",
    "sha256",
    "sha1",
    "retrieved_at",
    "checked_at",
    "status",
    "error",
    "consultations",
    "body_id",
    "body_name",
)
LINKED_STATUS = ("downloaded", "unchanged", "stale", "text_only")
Row = dict[str, str]


def atomic_write(target: Path, content: str) -> None:
    """Write under a temporary name beside ``target`` and rename it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")  # not mkstemp: keep the umask's mode
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            fh.write(content)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@dataclass
class Manifest:
    path: Path
    rows: dict[tuple[str, str], Row] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Manifest:
        manifest = cls(path)
        if path.exists():
            with open(path, encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    manifest.put({k: row.get(k) or "" for k in COLUMNS})
        return manifest

    def get(self, paper_id: str, file_id: str) -> Row | None:
        return self.rows.get((paper_id, file_id))

    def put(self, row: dict[str, Any]) -> None:
        clean = {k: "" if row.get(k) is None else str(row[k]) for k in COLUMNS}
        self.rows[(clean["paper_id"], clean["file_id"])] = clean

    def save(self) -> None:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(self.rows.values())
        atomic_write(self.path, buf.getvalue())


@dataclass
class State:
    """What a later run needs to resume and to ask only for changes."""

    path: Path
    body_id: str = ""
    last_complete: str | None = None  # start time (UTC) of the last walk that finished
    filters: str = ""
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    retry_papers: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> State:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(path)  # no state or a damaged one: files are re-checked by hash
        if not isinstance(data, dict):
            return cls(path)
        return cls(
            path,
            str(data.get("body_id") or ""),
            data.get("last_complete") or None,
            str(data.get("filters") or ""),
            dict(data.get("files") or {}),
            [str(u) for u in data.get("retry_papers") or []],
        )

    def save(self) -> None:
        data = {
            "body_id": self.body_id,
            "last_complete": self.last_complete,
            "filters": self.filters,
            "retry_papers": self.retry_papers,
            "files": self.files,
        }
        atomic_write(self.path, json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True))


def link_of(row: Row, manifest: Path, kind: str) -> dict[str, Any]:
    from ..sources import relative_source

    try:
        consultations = json.loads(row["consultations"]) if row["consultations"] else []
    except ValueError:
        consultations = []
    return {
        "oparl_paper": row["paper_id"],
        "paper_web": row["paper_web"],
        "reference": row["reference"],
        "name": row["name"],
        "date": row["date"],
        "paper_type": row["paper_type"],
        "file_url": row["file_url"],
        "file_role": row["file_role"],
        "kind": kind,
        "body_id": row["body_id"],
        "body_name": row["body_name"],
        "consultations": consultations,
        "manifest": relative_source(manifest),
    }


def manifest_files(folder: Path) -> dict[Path, dict[str, Any]]:
    """Every fetched file (and File.text companion) listed in ``folder``'s manifest → its link."""
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return {}
    out: dict[Path, dict[str, Any]] = {}
    for row in Manifest.load(path).rows.values():
        if row["status"] not in LINKED_STATUS:
            continue
        for column, kind in (("file_path", "file"), ("text_path", "text")):
            if row[column] and (folder / row[column]).is_file():
                out[folder / row[column]] = link_of(row, path, kind)
    return out


def manifest_links(paths: Iterable[str | Path]) -> dict[str, dict[str, Any]]:
    """Map fetched files to their OParl paper and consultations.

    ``paths`` are files (e.g. ``documents.source_path``) or folders (searched for manifests).
    Keys are the paths as the runner names them (relative to the working folder, posix);
    files without a manifest row are left out.
    """
    from ..sources import relative_source

    cache: dict[Path, dict[Path, dict[str, Any]]] = {}

    def index(folder: Path) -> dict[Path, dict[str, Any]]:
        key = folder.resolve()
        if key not in cache:
            cache[key] = {p.resolve(): link for p, link in manifest_files(folder).items()}
        return cache[key]

    out: dict[str, dict[str, Any]] = {}
    for given in paths:
        p = Path(given)
        if p.is_dir():
            for m in sorted(p.rglob(MANIFEST_NAME)):
                for file, link in manifest_files(m.parent).items():
                    out[relative_source(file)] = link
        elif p.is_file():
            found = index(p.parent).get(p.resolve())
            if found is not None:
                out[relative_source(p)] = found
    return out
