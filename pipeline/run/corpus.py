"""The corpus of an output folder: the documents it holds, kept across runs.

A run into a folder that already holds tables joins its documents to the earlier ones
(``vorlagen run city-b --out same`` after ``vorlagen run city-a --out same`` gives both
cities). An earlier document is replaced by this run when the run reads it again: the same
path, the same content under another path, or a path inside a folder this run reads (a file
deleted from that folder leaves the corpus with it). ``--replace`` starts the folder afresh;
``vorlagen remove DOC`` takes documents out.

``<out>/corpus.json`` lists the documents (source path, doc_id) and the files that gave only
errors rows; the earlier documents' rows are read back from the CSV tables, so a document
stays in the corpus after its file is gone, and a correction made since is kept. A file gone
from a folder that a run reads again leaves the corpus, and the run names it (:func:`gone`).

Source paths are relative to the corpus root (:func:`pipeline.sources.relative_source`): the
working folder of the first run into ``out``, kept in corpus.json relative to ``out`` (``root``),
so that a run started in another folder, or naming its inputs another way (``./stadt``, an
absolute path), gives the same source paths and replaces the same documents.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..atomic import write_text

if TYPE_CHECKING:
    import pandas as pd

    from .jobs import Job

CORPUS_NAME = "corpus.json"
Row = dict[str, Any]


@dataclass(frozen=True)
class Entry:
    """A file of the corpus: a document (with its doc_id) or a file that gave only errors rows."""

    source_path: str
    doc_id: str | None = None
    duplicates: tuple[str, ...] = field(default=())


def load(out: Path) -> list[Entry]:
    """The corpus of ``out``: from corpus.json, or from the tables of an older version's run."""
    try:
        data = json.loads((out / CORPUS_NAME).read_text(encoding="utf-8"))
        return [
            *(Entry(d["source_path"], d["doc_id"], tuple(d.get("duplicates", ()))) for d in data["documents"]),
            *(Entry(p) for p in data.get("failed", [])),
        ]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    entries: list[Entry] = []
    seen: set[str] = set()
    for name in ("documents", "errors"):
        try:
            with open(out / f"{name}.csv", encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    if row.get("source_path") and row["source_path"] not in seen:
                        seen.add(row["source_path"])
                        dups = tuple(p for p in (row.get("duplicate_paths") or "").split(";") if p)
                        doc_id = (row.get("doc_id") or None) if name == "documents" else None
                        entries.append(Entry(row["source_path"], doc_id, dups))
        except OSError:
            continue
    return entries


def root(out: Path) -> str:
    """The corpus root of ``out`` (absolute): as corpus.json names it, else the working folder."""
    try:
        named = json.loads((out / CORPUS_NAME).read_text(encoding="utf-8"))["root"]
        return os.path.normpath(os.path.join(os.path.abspath(out), str(named)))
    except (OSError, ValueError, KeyError, TypeError):
        return os.getcwd()


def within(path: str, folder: str) -> bool:
    """
    >>> within("stadt-a/x.pdf", "stadt-a"), within("stadt-ab/x.pdf", "stadt-a"), within("a.pdf", "a.pdf")
    (True, False, True)
    >>> within("stadt-a/x.pdf", "."), within("../x.pdf", ".")
    (True, False)
    """
    if folder in (".", ""):  # the corpus root itself
        return not (path.startswith("../") or path.startswith("/"))
    return path == folder or path.startswith(folder.rstrip("/") + "/")


def kept(entries: list[Entry], jobs: list[Job], errors: Iterable[Row], roots: Iterable[str]) -> list[Entry]:
    """The earlier entries this run does not read again."""
    again = read_again(jobs, errors)
    folders = list(roots)
    return [e for e in entries if not again(e) and not any(within(e.source_path, f) for f in folders)]


def gone(entries: list[Entry], jobs: list[Job], errors: Iterable[Row], roots: Iterable[str]) -> list[str]:
    """The source paths of the earlier entries inside a folder this run reads that the run
    does not find again (their files were deleted or moved): they leave the corpus."""
    again = read_again(jobs, errors)
    folders = list(roots)
    return sorted(e.source_path for e in entries if not again(e) and any(within(e.source_path, f) for f in folders))


def read_again(jobs: list[Job], errors: Iterable[Row]) -> Callable[[Entry], bool]:
    """Whether this run reads an earlier entry again: the same path (or a duplicate's), or the
    same content."""
    from ..extract.bundles import file_id  # with the view: not imported before a run reads a document

    paths = {j.source_path for j in jobs} | {p for j in jobs for p in j.duplicates}
    paths |= {e["source_path"] for e in errors}
    ids = {j.doc_id for j in jobs if j.doc_id}
    return lambda e: (
        e.source_path in paths
        or bool(paths.intersection(e.duplicates))
        or (e.doc_id is not None and file_id(e.doc_id) in ids)
    )


def key(entries: list[Entry]) -> list[list[Any]]:
    """What the outputs depend on of the entries kept (for the run's freshness key)."""
    return sorted([e.source_path, e.doc_id or ""] for e in entries)


def records(df: pd.DataFrame) -> list[Row]:
    """A frame's rows as dicts of Python values, None for missing."""
    columns = {c: df[c].to_numpy(dtype=object, na_value=None).tolist() for c in df.columns}
    return [dict(zip(columns, values)) for values in zip(*columns.values())]


def earlier_results(out: Path, entries: list[Entry]) -> tuple[list[Row], list[Row]]:
    """The results (tables per document, as a run's results have them) and the errors rows of
    the kept entries, read back from the CSV tables in ``out``."""
    if not entries:  # a cold run: no pandas before the workers start (the writers' thread imports it)
        return [], []
    from ..output.store import read_tables
    from ..schema import EXTRACTED_TABLES

    frames = read_tables(out, ("documents", *EXTRACTED_TABLES, "errors"))
    wanted = {e.source_path for e in entries}
    docs = frames.get("documents")
    results: list[Row] = []
    if docs is not None:
        docs = docs[docs["source_path"].isin(wanted)]
        ids = set(docs["doc_id"].dropna())
        by_doc: dict[str, dict[str, list[Row]]] = {}
        for name in EXTRACTED_TABLES:
            df = frames.get(name)
            if df is None or df.empty:
                continue
            for row in records(df[df["doc_id"].isin(ids)]):
                by_doc.setdefault(row["doc_id"], {}).setdefault(name, []).append(row)
        for row in records(docs):
            tables = {"documents": [row], **by_doc.get(row["doc_id"], {})}
            results.append(
                {
                    "doc_id": row["doc_id"],
                    "source_path": row["source_path"],
                    "tables": tables,
                    "errors": [],
                    "text": None,
                }
            )
    errors = frames.get("errors")
    kept_errors = records(errors[errors["source_path"].isin(wanted)]) if errors is not None else []
    return results, kept_errors


def write(
    out: Path, documents: Iterable[tuple[str, str, str | None]], errors: Iterable[Row], base: str | None = None
) -> None:
    """``out/corpus.json``: the documents (source path, doc_id, duplicate paths), the files
    that gave only errors rows, and the corpus root ``base`` (relative to ``out``)."""
    docs = sorted(set(documents))  # a bundle's parts share their file's path
    have = {p for p, _, _ in docs}
    failed = sorted({e["source_path"] for e in errors if e["source_path"] not in have})
    data: dict[str, Any] = {
        "documents": [
            {"source_path": p, "doc_id": d, **({"duplicates": dups.split(";")} if dups else {})} for p, d, dups in docs
        ],
        "failed": failed,
    }
    if base is not None:
        data["root"] = Path(os.path.relpath(base, os.path.abspath(out))).as_posix()
    write_text(out / CORPUS_NAME, json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def input_roots(inputs: Iterable[Path]) -> list[str]:
    """The folders among the inputs, as source paths name them."""
    from ..sources import relative_source

    return [relative_source(p) for p in inputs if os.path.isdir(p)]
