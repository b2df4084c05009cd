"""Fetch council documents from OParl 1.0/1.1 systems and link them to the extraction.

- :func:`fetch` walks system → bodies → papers and downloads the files of kept papers into
  ``<out>/<body>/`` with a ``manifest.csv`` per body (see :mod:`pipeline.oparl.manifest`);
- :func:`manifest_links` maps fetched files (as the runner names them) to their OParl paper
  and consultations;
- :func:`compare_consultations` lists where a document's Beratungsfolge and the paper's
  consultations disagree; :func:`link_tables` adds both to a chunk of output tables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import ChecksumMismatch, ForeignHost, HttpError, NotOParl, OParlError, UnsafePath
from .manifest import MANIFEST_NAME, STATE_NAME, manifest_links

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "ChecksumMismatch",
    "ForeignHost",
    "HttpError",
    "MANIFEST_NAME",
    "NotOParl",
    "OParlError",
    "STATE_NAME",
    "UnsafePath",
    "compare_consultations",
    "link_tables",
    "manifest_links",
]


def compare_consultations(
    documents_df: pd.DataFrame, consultations_df: pd.DataFrame, links: dict[str, dict[str, Any]]
) -> pd.DataFrame:
    """See :func:`pipeline.oparl.compare.compare_consultations` (pandas is imported on use)."""
    from .compare import compare_consultations as compare

    return compare(documents_df, consultations_df, links)


def link_tables(frames: dict[str, pd.DataFrame], links: dict[str, dict[str, Any]]) -> None:
    """Documents fetched through OParl get their paper URL, and a table of disagreements
    between the Beratungsfolge read from the PDF and the paper's consultations in the API."""
    docs = frames["documents"]
    docs["oparl_paper"] = docs["source_path"].map(lambda p: links.get(p, {}).get("oparl_paper")).astype("string")
    frames["oparl_issues"] = compare_consultations(docs, frames["consultations"], links)
