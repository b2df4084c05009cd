"""The documents to check, worst first: review rows and values of low confidence.

Read from the output tables (``review`` and the confidence columns), so that ``vorlagen
review`` and the report's "Zu prüfen" section show the same list. The documents the
comparison counts come first (the caller names them: ``pipeline.analysis.compare.taken``),
the others after them, each saying why it is not counted. Within each part a document comes
first when its most consequential sign (:data:`CONSEQUENCE`) weighs more, then when it has
more distinct reasons, then when its lowest confidence is lower; a document's signs follow
the same order.

    >>> from pipeline.output.tables import frame
    >>> frames = {"documents": frame("documents", [{"doc_id": "a", "source_path": "a.pdf"}]),
    ...           "review": frame("review", [{"doc_id": "a", "seq": 1, "reason": "no_municipality",
    ...                                       "page": 1, "char_start": 0, "char_end": 0, "snippet": ""}])}
    >>> [(d.source_path, [e.reason for e in d.entries]) for d in checklist(frames)]
    [('a.pdf', ['no_municipality'])]
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

import pandas as pd

from ..schema import ASSESSED_FIELDS, FACT_TABLES, REVIEW_REASONS, REVIEW_THRESHOLD

LOW_CONFIDENCE = "low_confidence"  # a value whose confidence is below the threshold (not a review reason)
# The signs by what they put at stake in the comparison, most first: a file read wrongly or not at
# all, a submission not placed or mixed with another, a number quoted that is computed or missing,
# then facts missed (fields, costs, groups, consultations), last values of low confidence.
CONSEQUENCE = (
    "extractor_failed",
    "no_municipality",
    "several_submissions",
    "page_unread",
    "low_ocr_confidence",
    "total_computed",
    "amount_without_cost",
    "financial_impact_without_amount",
    "action_fields_without_labels",
    "group_without_members",
    "steering_group_without_members",
    "steering_group_members_not_found",
    "consultation_heading_without_rows",
    "consultation_columns_unpaired",
    "consultation_date_unread",
    "consultation_row_unused",
    "body_date_unused",
    LOW_CONFIDENCE,
)
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
    field: str = ""  # the metadata field of a "documents" entry


@dataclass
class DocToCheck:
    doc_id: str
    source_path: str
    row: int  # position in the documents table
    entries: list[Entry] = field(default_factory=list)
    min_confidence: float | None = None
    left_out: str = ""  # why the comparison does not count the document ("" when it does)

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


VALUE_CHARS = 120  # a value longer than this (a whole Beschlussvorschlag) is cut in a message


def short(value: str) -> str:
    """A value for a message: on one line, cut with "…" after :data:`VALUE_CHARS` characters."""
    flat = " ".join(value.split())
    return flat if len(flat) <= VALUE_CHARS else flat[: VALUE_CHARS - 1] + "…"


def decimal(value: float) -> str:
    """A confidence as German writes it: ``0,45``."""
    return f"{value:.2f}".replace(".", ",")


def weight(reason: str) -> int:
    """The place of a sign in :data:`CONSEQUENCE` (a reason of a newer version: before the last)."""
    return CONSEQUENCE.index(reason) if reason in CONSEQUENCE else len(CONSEQUENCE) - 1


@dataclass(frozen=True)
class Sighting:
    """A value of a document as the checklist reads it: its ``confidence`` (None for a review
    row) and, for a review row or a confidence below the threshold, the ``entry`` to check."""

    doc_id: str
    confidence: float | None
    entry: Entry | None


def _position(r: dict[str, Any]) -> tuple[int | None, int | None, int | None, str]:
    """A row's page, char offsets and snippet."""
    return whole(r.get("page")), whole(r.get("char_start")), whole(r.get("char_end")), text(r.get("snippet"))


def review_sightings(frames: dict[str, pd.DataFrame]) -> Iterator[Sighting]:
    """Each row of the review table, an entry with its reason and message.

    >>> from pipeline.output.tables import frame
    >>> review = frame("review", [{"doc_id": "a", "seq": 1, "reason": "page_unread", "page": 2,
    ...                            "char_start": 5, "char_end": 9, "snippet": "", "message": "Seite 2"}])
    >>> [(s.doc_id, s.entry.reason, s.entry.page) for s in review_sightings({"review": review})]
    [('a', 'page_unread', 2)]
    """
    review = frames.get("review")
    if review is None:
        return
    for i, r in enumerate(review.to_dict("records")):
        entry = Entry(str(r["reason"]), "review", i, *_position(r), text(r.get("message")))
        yield Sighting(str(r["doc_id"]), None, entry)


def fact_sightings(frames: dict[str, pd.DataFrame], threshold: float, shown: Mapping[str, str]) -> Iterator[Sighting]:
    """The confidence of each row of a fact table, an entry naming its value where it is below
    ``threshold``; ``shown`` names the tables in messages.

    >>> from pipeline.output.tables import frame
    >>> costs = frame("costs", [{"doc_id": "a", "raw_text": "4.200 €", "confidence": 0.3, "method": "prose"}])
    >>> [(s.confidence, s.entry.message) for s in fact_sightings({"costs": costs}, 0.5, {"costs": "Kosten"})]
    [(0.3, 'Kosten: «4.200 €» (Methode prose, Konfidenz 0,30)')]
    """
    for name in FACT_TABLES:
        df = frames.get(name)
        if df is None or "confidence" not in df.columns:
            continue
        for i, r in enumerate(df.to_dict("records")):
            conf = number(r.get("confidence"))
            if conf is None:
                continue
            entry = None
            if conf < threshold:
                value = short(text(r.get(VALUE_COLUMN[name])) or text(r.get("name")))
                message = (
                    f"{shown.get(name, name)}: «{value}» (Methode {text(r.get('method')) or '?'}, "
                    f"Konfidenz {decimal(conf)})"
                )
                entry = Entry(LOW_CONFIDENCE, name, i, *_position(r), message, conf)
            yield Sighting(str(r["doc_id"]), conf, entry)


def field_sightings(docs: pd.DataFrame, threshold: float, shown: Mapping[str, str]) -> Iterator[Sighting]:
    """The confidence of each assessed metadata field of each document, an entry naming its
    value where it is below ``threshold``.

    >>> from pipeline.output.tables import frame
    >>> docs = frame("documents", [{"doc_id": "a", "doc_number": "0815/2024", "doc_number_confidence": 0.2}])
    >>> [(s.entry.field, s.entry.message) for s in field_sightings(docs, 0.5, {}) if s.entry]
    [('doc_number', 'doc_number: «0815/2024» (Methode ?, Konfidenz 0,20)')]
    """
    for i, r in enumerate(docs.to_dict("records")):
        for name in ASSESSED_FIELDS:
            conf = number(r.get(f"{name}_confidence"))
            if conf is None:
                continue
            entry = None
            if conf < threshold:
                message = (
                    f"{shown.get(name, name)}: «{short(text(r.get(name)))}» "
                    f"(Methode {text(r.get(f'{name}_method')) or '?'}, Konfidenz {decimal(conf)})"
                )
                entry = Entry(LOW_CONFIDENCE, "documents", i, None, None, None, "", message, conf, name)
            yield Sighting(str(r["doc_id"]), conf, entry)


def entry_order(e: Entry) -> tuple[int, int, int, str, int]:
    """A document's signs: the most consequential first, then in the order of the review reasons,
    then by where they stand in the text and in their table."""
    rank = _REASON_ORDER.index(e.reason) if e.reason in _REASON_ORDER else 0
    return weight(e.reason), rank, e.char_start if e.char_start is not None else -1, e.table, e.row


def doc_order(d: DocToCheck) -> tuple[bool, int, int, float, str, str]:
    """The documents: counted ones first, then by their most consequential sign, the number of
    their reasons (more first) and their lowest confidence (lower first)."""
    lowest = d.min_confidence if d.min_confidence is not None else 1.0
    return bool(d.left_out), min(weight(r) for r in d.reasons), -len(d.reasons), lowest, d.source_path, d.doc_id


_REASON_ORDER = list(REVIEW_REASONS)


def checklist(
    frames: dict[str, pd.DataFrame],
    threshold: float = REVIEW_THRESHOLD,
    left_out: Mapping[str, str] | None = None,
    names: Mapping[str, str] | None = None,
) -> list[DocToCheck]:
    """Documents with review rows or values below ``threshold``, counted ones first, the most
    consequential first (:func:`doc_order`, :func:`entry_order`); ``left_out`` maps the doc_id
    of each document the comparison does not count to why (a German note), ``names`` the tables
    and fields to the names a message gives them (``pipeline.output.labels.value_names``)."""
    docs = frames.get("documents")
    if docs is None or docs.empty:
        return []
    why, shown = left_out or {}, names or {}
    found: dict[str, DocToCheck] = {}
    for i, r in enumerate(docs.to_dict("records")):
        doc_id = str(r["doc_id"])
        found.setdefault(doc_id, DocToCheck(doc_id, text(r.get("source_path")), i, left_out=why.get(doc_id, "")))
    sightings = chain(
        review_sightings(frames), fact_sightings(frames, threshold, shown), field_sightings(docs, threshold, shown)
    )
    for s in sightings:
        d = found.get(s.doc_id)
        if d is None:
            continue
        if s.confidence is not None:
            d.min_confidence = s.confidence if d.min_confidence is None else min(d.min_confidence, s.confidence)
        if s.entry is not None:
            d.entries.append(s.entry)
    out = [d for d in found.values() if d.entries]
    for d in out:
        d.entries.sort(key=entry_order)
    return sorted(out, key=doc_order)
