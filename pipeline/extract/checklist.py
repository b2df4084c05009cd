"""The documents to check, worst first: review rows and values of low confidence.

Read from the output tables (``review`` and the confidence columns), so that ``vorlagen
review`` and the report's "Zu prüfen" section show the same list. A document comes first
when it has more distinct reasons, then when its lowest confidence is lower.

    >>> from pipeline.output.tables import frame
    >>> frames = {"documents": frame("documents", [{"doc_id": "a", "source_path": "a.pdf"}]),
    ...           "review": frame("review", [{"doc_id": "a", "seq": 1, "reason": "no_municipality",
    ...                                       "page": 1, "char_start": 0, "char_end": 0, "snippet": ""}])}
    >>> [(d.source_path, [e.reason for e in d.entries]) for d in checklist(frames)]
    [('a.pdf', ['no_municipality'])]
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from ..schema import ASSESSED_FIELDS, FACT_TABLES, REVIEW_REASONS, REVIEW_THRESHOLD

LOW_CONFIDENCE = "low_confidence"  # a value whose confidence is below the threshold (not a review reason)
# The column that names a row's value, per table.
VALUE_COLUMN = {
    "consultations": "body",
    "action_fields": "label",
    "costs": "raw_text",
    "steering_groups": "group_name",
    "steering_group_members": "member",
    "facilitators": "organisation",
}


@dataclass
class Entry:
    """One thing to check in a document, with the table row that holds its evidence."""

    reason: str  # a review reason or "low_confidence"
    table: str  # "review", a fact table, or "documents" (a metadata field)
    row: int  # position of the row in its table
    page: int | None
    char_start: int | None
    char_end: int | None
    snippet: str
    message: str
    confidence: float | None = None


@dataclass
class DocToCheck:
    doc_id: str
    source_path: str
    row: int  # position in the documents table
    entries: list[Entry] = field(default_factory=list)
    min_confidence: float | None = None

    @property
    def reasons(self) -> list[str]:
        return list(dict.fromkeys(e.reason for e in self.entries))


def number(value: Any) -> float | None:
    if value is None or value is pd.NA:
        return None
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def whole(value: Any) -> int | None:
    f = number(value)
    return None if f is None else int(f)


def text(value: Any) -> str:
    return "" if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)) else str(value)


def checklist(frames: dict[str, pd.DataFrame], threshold: float = REVIEW_THRESHOLD) -> list[DocToCheck]:
    """Documents with review rows or values below ``threshold``, worst first."""
    docs = frames.get("documents")
    if docs is None or docs.empty:
        return []
    found: dict[str, DocToCheck] = {}
    for i, r in enumerate(docs.to_dict("records")):
        found.setdefault(str(r["doc_id"]), DocToCheck(str(r["doc_id"]), text(r.get("source_path")), i))
    order = list(REVIEW_REASONS)

    def doc(doc_id: Any) -> DocToCheck | None:
        return found.get(str(doc_id))

    review = frames.get("review")
    if review is not None:
        for i, r in enumerate(review.to_dict("records")):
            d = doc(r["doc_id"])
            if d is not None:
                d.entries.append(
                    Entry(
                        str(r["reason"]),
                        "review",
                        i,
                        whole(r.get("page")),
                        whole(r.get("char_start")),
                        whole(r.get("char_end")),
                        text(r.get("snippet")),
                        text(r.get("message")),
                    )
                )
    for name in FACT_TABLES:
        df = frames.get(name)
        if df is None or "confidence" not in df.columns:
            continue
        for i, r in enumerate(df.to_dict("records")):
            d, conf = doc(r["doc_id"]), number(r.get("confidence"))
            if d is None or conf is None:
                continue
            d.min_confidence = conf if d.min_confidence is None else min(d.min_confidence, conf)
            if conf < threshold:
                value = text(r.get(VALUE_COLUMN[name])) or text(r.get("name"))
                d.entries.append(
                    Entry(
                        LOW_CONFIDENCE,
                        name,
                        i,
                        whole(r.get("page")),
                        whole(r.get("char_start")),
                        whole(r.get("char_end")),
                        text(r.get("snippet")),
                        f"{name}: «{value}» (Methode {text(r.get('method')) or '?'}, Konfidenz {conf:.2f})",
                        conf,
                    )
                )
    for i, r in enumerate(docs.to_dict("records")):
        d = doc(r["doc_id"])
        if d is None:
            continue
        for name in ASSESSED_FIELDS:
            conf = number(r.get(f"{name}_confidence"))
            if conf is None:
                continue
            d.min_confidence = conf if d.min_confidence is None else min(d.min_confidence, conf)
            if conf < threshold:
                d.entries.append(
                    Entry(
                        LOW_CONFIDENCE,
                        "documents",
                        i,
                        None,
                        None,
                        None,
                        "",
                        f"{name}: «{text(r.get(name))}» (Methode {text(r.get(f'{name}_method')) or '?'}, "
                        f"Konfidenz {conf:.2f})",
                        conf,
                    )
                )
    out = [d for d in found.values() if d.entries]
    for d in out:
        d.entries.sort(
            key=lambda e: (
                e.reason == LOW_CONFIDENCE,
                order.index(e.reason) if e.reason in order else 0,
                e.char_start if e.char_start is not None else -1,
                e.table,
                e.row,
            )
        )
    return sorted(
        out,
        key=lambda d: (
            -len(d.reasons),
            d.min_confidence if d.min_confidence is not None else 1.0,
            d.source_path,
            d.doc_id,
        ),
    )
