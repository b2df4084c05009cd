"""Collect per-document results into tables and write them, deterministically.

Results arrive in any order (pool, cache, cluster). Each is put in a staging database on
disk as it comes, its rows sorted in document order; at the end the documents are read
back by source path and their rows written in chunks (:class:`pipeline.output.store.TableWriter`),
so the same inputs always give the same bytes and memory does not grow with the corpus.
What stays in memory to the end: the errors, and the few columns of each table that the
comparison across municipalities reads (:data:`pipeline.analysis.compare.INPUT_COLUMNS`).
"""

from __future__ import annotations

import gc
import os
import pickle
import sqlite3
import tempfile
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..atomic import write_text_if_changed
from ..schema import EXTRACTED_TABLES, TABLES

if TYPE_CHECKING:  # pandas is imported when tables are built, not for a run that has nothing to do
    import pandas as pd

Row = dict[str, Any]
CHUNK_ROWS = 2000  # rows (all tables together) built into frames and written at a time


def row_key(name: str) -> tuple[str, ...]:
    """The columns that order a table's rows within one document."""
    if name == "steering_group_members":
        return ("group_id", "seq")
    return ("group_id",) if name == "steering_groups" else ("seq",)


def sort_rows(name: str, rows: list[Row]) -> list[Row]:
    if name == "documents":
        return rows  # one per document
    key = row_key(name)
    return sorted(rows, key=lambda r: [natural(r[k]) for k in key])


Links = dict[str, dict[str, Any]]  # source path -> what a source system says of the document


@dataclass(frozen=True)
class Linker:
    """How documents are tied to a source system's records (OParl papers): the links of the
    documents' paths, and what the links add to a chunk of tables. The runner passes it in."""

    links: Callable[[list[str]], Links]
    apply: Callable[[dict[str, pd.DataFrame], Links], None]


REPAIRS_SUFFIX = ".ocr-repairs.tsv"


def repairs_tsv(text: str, repairs: list[list[Any]]) -> str:
    """The OCR repairs of a document as a TSV beside its text: offsets into the text, what the
    repair made of the characters read (``after``), and what they were read as (``before``)."""

    def cell(s: str) -> str:
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\f", "\\f")

    rows = ["start\tend\tkind\tbefore\tafter"]
    rows += [f"{a}\t{b}\t{kind}\t{cell(before)}\t{cell(text[a:b])}" for a, b, before, kind in repairs]
    return "\n".join(rows) + "\n"


class Assembler:
    """Stage rows as documents finish (texts go to disk at once); write tables at the end."""

    def __init__(self, out: Path, chunk_rows: int | None = None, linker: Linker | None = None) -> None:
        self.out = out
        self.chunk_rows = chunk_rows or CHUNK_ROWS
        self.linker = linker
        self.errors: list[Row] = []
        self.corrections: list[Any] = []  # pipeline.output.corrections.Correction, applied as rows are written
        self.from_tables: set[str] = set()  # doc_ids whose rows were read back from the tables
        self.outcomes: list[Any] = []
        self.staging: sqlite3.Connection | None = None
        self.staging_path: str | None = None

    def add_error(self, row: Row) -> None:
        self.errors.append(row)

    def add(self, result: dict[str, Any]) -> None:
        if result.get("parts"):  # a bundle split into its submissions: each is a document
            self.errors.extend(result.get("errors", []))
            for part in result["parts"]:
                self.add(part)
            return
        text = result.get("text")
        if text is not None and result.get("doc_id"):
            write_text_if_changed(self.out / "text" / f"{result['doc_id']}.txt", text)
            repairs = self.out / "text" / f"{result['doc_id']}{REPAIRS_SUFFIX}"
            if result.get("repairs"):
                write_text_if_changed(repairs, repairs_tsv(text, result["repairs"]))
            else:
                repairs.unlink(missing_ok=True)
        self.errors.extend(result.get("errors", []))
        if result.get("grams") is not None and result.get("doc_id"):  # the text's fingerprint, from the worker
            grams = array("I", result["grams"]).tobytes()
            self.stage().execute("INSERT INTO grams VALUES (?, ?)", (result["doc_id"], grams))
        tables = {
            name: sort_rows(name, rows)
            for name, rows in (result.get("tables") or {}).items()
            if rows and (name == "documents" or name in EXTRACTED_TABLES)
        }
        if not tables:
            return
        docs = tables.get("documents") or [{}]
        self.stage().execute(
            "INSERT INTO results VALUES (?, ?, ?)",
            (docs[0].get("source_path"), docs[0].get("doc_id"), pickle.dumps(tables, pickle.HIGHEST_PROTOCOL)),
        )

    def stage(self) -> sqlite3.Connection:
        """The staging database: a hidden file in the output folder, removed at the end."""
        if self.staging is None:
            self.out.mkdir(parents=True, exist_ok=True)
            fd, self.staging_path = tempfile.mkstemp(prefix=".staging-", suffix=".tmp", dir=self.out)
            os.close(fd)
            self.staging = sqlite3.connect(self.staging_path, isolation_level=None)
            self.staging.executescript("""
                PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
                CREATE TABLE results (source_path TEXT, doc_id TEXT, payload BLOB);
                CREATE TABLE compared (municipality TEXT, name TEXT, row BLOB);  -- rowid: output order
                CREATE TABLE grams (doc_id TEXT PRIMARY KEY ON CONFLICT REPLACE, grams BLOB);
            """)
        return self.staging

    def close(self) -> None:
        """Remove the staging database."""
        if self.staging is not None:
            self.staging.close()
            self.staging = None
        if self.staging_path is not None:
            Path(self.staging_path).unlink(missing_ok=True)
            self.staging_path = None

    def query(self, sql: str, *args: Any) -> Iterator[tuple[Any, ...]]:
        if self.staging is None:
            return iter(())
        return self.staging.execute(sql, args)

    def documented(self, paths: Iterable[str]) -> set[str]:
        """Those of ``paths`` that have a documents row."""
        return {p for p in set(paths) if next(iter(self.query("SELECT 1 FROM results WHERE source_path = ?", p)), None)}

    def chunks(self) -> Iterator[dict[str, list[Row]]]:
        """The staged rows in output order, a chunk of whole documents at a time.

        Documents come by source path, each with its rows in order; rows of results that
        have no documents row come last, ordered by their keys alone.
        """
        self.query("CREATE INDEX IF NOT EXISTS by_path ON results (source_path)")
        chunk: dict[str, list[Row]] = {}
        size = 0
        ordered = (
            "SELECT payload FROM results WHERE source_path IS NOT NULL ORDER BY source_path, length(doc_id), doc_id"
        )
        for (payload,) in self.query(ordered):
            for name, rows in pickle.loads(payload).items():
                chunk.setdefault(name, []).extend(rows)
                size += len(rows)
            if size >= self.chunk_rows:
                yield chunk
                chunk, size = {}, 0
        orphans: dict[str, list[Row]] = {}
        for (payload,) in self.query("SELECT payload FROM results WHERE source_path IS NULL"):
            for name, rows in pickle.loads(payload).items():
                orphans.setdefault(name, []).extend(rows)
        for name, rows in orphans.items():
            chunk.setdefault(name, []).extend(sort_rows(name, rows))
        yield chunk

    def prune_texts(self, keep: set[str]) -> None:
        """Remove texts of documents that are no longer part of the output."""
        folder = self.out / "text"
        if folder.is_dir():
            for path in folder.glob("*.txt"):
                if path.stem not in keep:
                    path.unlink()
            for path in folder.glob(f"*{REPAIRS_SUFFIX}"):
                if path.name.removesuffix(REPAIRS_SUFFIX) not in keep:
                    path.unlink()

    def finish(self, formats: tuple[str, ...]) -> dict[str, int]:
        """Write every table in every format; the row count of each table."""
        from ..analysis import compare  # noqa: F401  (imported before the freeze below)
        from ..output import store  # noqa: F401
        from ..output.exports import write_datapackage, write_datasette_metadata

        if "parquet" in formats:
            import pyarrow.parquet  # noqa: F401

        paths = [p for (p,) in self.query("SELECT source_path FROM results WHERE source_path IS NOT NULL")]
        links = self.linker.links(paths) if self.linker else {}
        gc.freeze()  # what lives now lives on: the collections below look at each chunk's objects only
        try:
            writer = self.write(formats, links)
        finally:
            gc.unfreeze()
        order = (
            "documents",
            *EXTRACTED_TABLES,
            "errors",
            "oparl_issues",
            "municipalities",
            "municipality_similarity",
            "timelines",
        )
        tables = {name: writer.empty[name] for name in order if name in writer.empty} | writer.empty
        if "csv" in formats:
            write_datapackage(self.out, tables)
        if "sqlite" in formats:
            write_datasette_metadata(self.out, tables)
        self.prune_texts({d for (d,) in self.query("SELECT doc_id FROM results WHERE source_path IS NOT NULL")})
        return {name: writer.rows[name] for name in tables if name in TABLES or name == "municipalities"}

    def write(self, formats: tuple[str, ...], links: Links) -> Any:
        """Every table through one writer, a chunk at a time; the closed writer."""
        from ..output.store import TableWriter
        from ..output.tables import frame

        submissions = self.submissions()
        corrections = self.resolve_corrections()
        with TableWriter(self.out, formats) as writer:
            for chunk in self.chunks():
                for r in chunk.get("documents", []):
                    r["submission_id"], r["submission_match"] = submissions.get(r.get("doc_id") or "", (None, None))
                if corrections:
                    from ..output.corrections import apply

                    self.outcomes.extend(apply(chunk, corrections, self.from_tables))
                frames = {"documents": frame("documents", chunk.get("documents", []))}
                for name in EXTRACTED_TABLES:
                    frames[name] = frame(name, chunk.get(name, []))
                if links and self.linker:
                    self.linker.apply(frames, links)
                for name, df in frames.items():
                    writer.write(name, df)
                self.stage_for_comparison(frames["documents"], chunk)
                del frames, chunk
                gc.collect()  # pandas frames hold reference cycles: free each chunk before the next
            errors = sorted(self.errors, key=lambda r: (r["source_path"], r.get("stage") or "", r.get("message") or ""))
            writer.write("errors", frame("errors", errors))
            self.compare(writer)
        return writer

    def staged_documents(self) -> Iterator[Row]:
        """The documents row of every staged document."""
        for (payload,) in self.query("SELECT payload FROM results WHERE source_path IS NOT NULL"):
            yield from (r for r in pickle.loads(payload).get("documents", []) if r.get("doc_id"))

    def resolve_corrections(self) -> list[Any]:
        """The corrections, each for the staged document it finds (its doc_id, else its file's
        path, number and municipality: :func:`pipeline.output.corrections.resolve`); those that
        find none are outcomes already."""
        if not self.corrections:
            return []
        from ..output.corrections import Outcome, resolve

        found, lost = resolve(self.corrections, sorted(self.staged_documents(), key=lambda r: r["source_path"]))
        self.outcomes.extend(Outcome(c, "no_document") for c in lost)
        return found

    def submissions(self) -> dict[str, tuple[str, str]]:
        """doc_id → (submission_id, how it joined) for every staged document
        (:mod:`pipeline.analysis.submissions`: same number, or near-identical text)."""
        from ..analysis.submissions import Doc, groups

        docs = [
            Doc(
                r["doc_id"],
                r.get("source_path") or "",
                r.get("municipality"),
                r.get("doc_number"),
                r.get("text_source"),
                bool(r.get("bundle")) and r.get("part") is None,
            )
            for r in self.staged_documents()
        ]

        def text(doc_id: str) -> str:
            path = self.out / "text" / f"{doc_id}.txt"
            return path.read_text(encoding="utf-8") if path.is_file() else ""

        def grams(doc_id: str) -> list[int] | None:
            for (blob,) in self.query("SELECT grams FROM grams WHERE doc_id = ?", doc_id):
                return array("I", blob).tolist()
            return None

        return groups(sorted(docs, key=lambda d: (d.source_path, d.doc_id)), text, grams)

    def stage_for_comparison(self, docs: pd.DataFrame, chunk: dict[str, list[Row]]) -> None:
        """Keep the columns the comparison reads, by municipality, in output order."""
        from ..analysis.compare import INPUT_COLUMNS, municipality_of

        where = municipality_of(docs)
        if not where:
            return
        self.stage().executemany(
            "INSERT INTO compared VALUES (?, ?, ?)",
            (
                (muni, name, pickle.dumps({c: r.get(c) for c in columns}, pickle.HIGHEST_PROTOCOL))
                for name, columns in INPUT_COLUMNS.items()
                for r in chunk.get(name, [])
                if (muni := where.get(r.get("doc_id") or "")) is not None
            ),
        )

    def compare(self, writer: Any) -> None:
        """The derived tables, computed for a batch of municipalities at a time: the
        comparison reads each municipality's own rows only, except for the similarity,
        which is computed from the municipalities table at the end."""
        import pandas as pd

        from ..analysis.compare import INPUT_COLUMNS, compare_frames, similarity_frame, sort_names
        from ..output.tables import frame

        sizes = dict(self.query("SELECT municipality, COUNT(*) FROM compared GROUP BY municipality"))
        if sizes:
            self.query("CREATE INDEX by_muni ON compared (municipality)")
        batches: list[list[str]] = [[]]
        size = 0
        for name in sort_names(sizes):
            if size >= self.chunk_rows:
                batches.append([])
                size = 0
            batches[-1].append(name)
            size += sizes[name]
        munis: list[pd.DataFrame] = []
        for batch in batches:
            staged = sorted(
                item
                for muni in batch
                for item in self.query("SELECT rowid, name, row FROM compared WHERE municipality = ?", muni)
            )  # output order
            rows: dict[str, list[Row]] = {name: [] for name in INPUT_COLUMNS}
            for _, name, row in staged:
                rows[name].append(pickle.loads(row))
            frames = {
                name: frame(name, rows[name], tuple(c for c in TABLES[name] if c.name in columns))
                for name, columns in INPUT_COLUMNS.items()
            }
            derived = compare_frames(frames)
            munis.append(derived["municipalities"])
            writer.write("municipalities", derived["municipalities"])
            writer.write("timelines", derived["timelines"])
            del frames, derived, rows, staged
            gc.collect()
        writer.write("municipality_similarity", similarity_frame(pd.concat(munis, ignore_index=True)))


def natural(value: Any) -> Any:
    """Sort key that orders 'abc-10' after 'abc-9'."""
    if isinstance(value, str) and "-" in value:
        head, _, tail = value.rpartition("-")
        return (head, int(tail)) if tail.isdigit() else (value, 0)
    return value
