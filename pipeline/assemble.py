"""Collect per-document results into tables and write them, deterministically.

Results arrive in any order (pool, cache, cluster); rows are sorted by source path and
in-document order before writing, so the same inputs always give the same bytes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from .schema import EXTRACTED_TABLES, TABLES
from .atomic import write_text_if_changed

if TYPE_CHECKING:  # pandas is imported when tables are built, not for a run that has nothing to do
    import pandas as pd

Row = dict[str, Any]


class Assembler:
    """Append rows as documents finish; texts go to disk at once, tables at the end."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.rows: dict[str, list[Row]] = {name: [] for name in ("documents", *EXTRACTED_TABLES)}
        self.errors: list[Row] = []

    def add_error(self, row: Row) -> None:
        self.errors.append(row)

    def add(self, result: dict[str, Any]) -> None:
        text = result.get("text")
        if text is not None and result.get("doc_id"):
            write_text_if_changed(self.out / "text" / f"{result['doc_id']}.txt", text)
        for name, rows in result.get("tables", {}).items():
            self.rows.setdefault(name, []).extend(rows)
        self.errors.extend(result.get("errors", []))

    def prune_texts(self, keep: set[str]) -> None:
        """Remove texts of documents that are no longer part of the output."""
        folder = self.out / "text"
        if folder.is_dir():
            for path in folder.glob("*.txt"):
                if path.stem not in keep:
                    path.unlink()

    def frames(self) -> dict[str, pd.DataFrame]:
        from .tables import frame

        docs = sorted(self.rows["documents"], key=lambda r: r["source_path"])
        order = {r["doc_id"]: i for i, r in enumerate(docs)}
        frames = {"documents": frame("documents", docs)}
        for name in EXTRACTED_TABLES:
            key = ("group_id", "seq") if name == "steering_group_members" else ("seq",) if name != "steering_groups" else ("group_id",)
            rows = sorted(self.rows.get(name, []),
                          key=lambda r: (order.get(r["doc_id"], len(order)), *[natural(r[k]) for k in key]))
            frames[name] = frame(name, rows)
        errors = sorted(self.errors, key=lambda r: (r["source_path"], r.get("stage") or "", r.get("message") or ""))
        frames["errors"] = frame("errors", errors)
        return frames

    def finish(self, formats: tuple[str, ...]) -> dict[str, int]:
        frames = self.frames()
        link_oparl(frames)
        from .compare import compare_frames

        from .store import write_tables

        frames.update(compare_frames(frames))
        write_tables(frames, self.out, formats)
        from .exports import write_datapackage, write_datasette_metadata

        if "csv" in formats:
            write_datapackage(self.out, frames)
        if "sqlite" in formats:
            write_datasette_metadata(self.out, frames)
        self.prune_texts({str(d) for d in frames["documents"]["doc_id"]})
        return {name: len(df) for name, df in frames.items() if name in TABLES or name == "municipalities"}


def link_oparl(frames: dict[str, pd.DataFrame]) -> None:
    """Documents fetched through OParl get their paper URL, and a table of disagreements
    between the Beratungsfolge read from the PDF and the paper's consultations in the API."""
    docs = frames["documents"]
    if docs.empty:
        return
    from .oparl import compare_consultations, manifest_links

    links = manifest_links(list(docs["source_path"]))
    if not links:
        return
    docs["oparl_paper"] = docs["source_path"].map(lambda p: links.get(p, {}).get("oparl_paper")).astype("string")
    frames["oparl_issues"] = compare_consultations(docs, frames["consultations"], links)


def natural(value: Any) -> Any:
    """Sort key that orders 'abc-10' after 'abc-9'."""
    if isinstance(value, str) and "-" in value:
        head, _, tail = value.rpartition("-")
        return (head, int(tail)) if tail.isdigit() else (value, 0)
    return value
