"""Run the extractor registry over a document and turn records into table rows.

A failing extractor costs only its own table for that document: the error becomes an
``errors`` row and the other extractors still run. Every row gets the method that found it
and its confidence (:mod:`pipeline.extract.confidence`); the document's signs of facts that were
not captured become ``review`` rows (:mod:`pipeline.extract.review`). All of it is part of the
per-document result, so it is cached with the rows.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pipeline.lang.guess import guess_language

from .. import __version__
from ..decision import decision, inferred
from ..document import Document
from ..errors import ExtractorFailed, error_row
from ..records import ActionField, Consultation, Facilitator, Metadata, Record, SteeringGroup, provenance
from ..schema import ASSESSED_FIELDS
from ..structure import View, view
from .confidence import Assessment, assess, assess_fields
from .relevance import about_the_field, relevance

if TYPE_CHECKING:
    from extractors.base import Extractor

Row = dict[str, Any]


def document_date(meta: Metadata | None) -> str | None:
    """The document's date (ISO) as the metadata family read it, or None."""
    found = meta.fields.get("doc_date") if meta is not None else None
    return found.value if found is not None else None


# The inputs an extractor may declare it requires (``extractors.base.requires``), by name: each
# read from what the extractors before it found (the metadata family runs first).
STAGE_INPUTS: dict[str, Callable[[Metadata | None], object]] = {"doc_date": document_date}


def handed(extractor: Extractor, meta: Metadata | None) -> dict[str, object]:
    """The keyword arguments the extract stage hands an extractor: the inputs it requires."""
    from extractors.base import required

    return {name: STAGE_INPUTS[name](meta) for name in required(extractor)}


def document_row(doc: Document, meta: Metadata | None, fields: dict[str, Assessment] | None = None) -> Row:
    row: Row = {
        "doc_id": doc.doc_id,
        "source_path": doc.source_path,
        "sha256": doc.sha256,
        "n_pages": doc.n_pages,
        "text_source": doc.text_source,
        "ocr_confidence": doc.ocr_confidence,
        "pipeline_version": __version__,
        "language": guess_language(doc.text),
    }
    if meta is not None:
        row.update(meta.values())
    row.update(relevance(doc.text, row).values())
    for name, a in (fields or {}).items():
        if name in ASSESSED_FIELDS:
            row[f"{name}_method"] = a.method
            row[f"{name}_confidence"] = a.confidence
    return row


def extract_document(doc: Document) -> tuple[dict[str, list[Row]], list[Row], list[Record]]:
    """All tables' rows for one document, the extract errors, and the raw records."""
    from extractors import REGISTRY, load_resources

    res = load_resources()
    view_failed: Exception | None = None
    try:  # the structure view, built once and handed to every extractor and the review
        sv = view(doc)
    except Exception as exc:  # a bug in it costs each extractor that reads it, as that extractor's error
        view_failed = exc
    records: list[Record] = []
    errors: list[Row] = []
    meta: Metadata | None = None
    failed: list[str] = []
    for name, extractor in REGISTRY:
        try:  # with the inputs it requires, read by the extractors before it (the document's date)
            if view_failed is not None:
                raise view_failed
            found = list(extractor(doc, res, sv, **handed(extractor, meta)))
        except Exception as exc:  # an extractor bug must not lose the document
            where = traceback.extract_tb(exc.__traceback__)[-1].name
            errors.append(
                error_row(
                    ExtractorFailed(f"{name}: {type(exc).__name__}: {exc} [{where}]"), doc.source_path, doc.doc_id
                )
            )
            failed.append(name)
            continue
        for rec in found:
            if isinstance(rec, Metadata):
                meta = rec
            else:
                records.append(rec)
    if meta is not None:
        records.insert(0, meta)
    documents = document_row(doc, meta, assess_fields(doc, records))
    records = about_concept(doc, records, documents)
    tables = records_to_rows(doc, records)
    tables["documents"] = [documents]
    try:
        if view_failed is not None:
            raise view_failed
        tables["review"] = review_rows(doc, records, sv, failed)
    except Exception as exc:  # a bug in the review must not lose the extracted rows
        errors.append(error_row(ExtractorFailed(f"review: {type(exc).__name__}: {exc}"), doc.source_path, doc.doc_id))
    return tables, errors, records


CONCEPT_FACTS = (ActionField, SteeringGroup, Facilitator)


def about_concept(doc: Document, records: list[Record], documents: Row) -> list[Record]:
    """The records without the concept's facts (fields, steering group and members, facilitator)
    where neither the subject nor the decision proposal names the policy's field
    (:func:`pipeline.extract.relevance.about_the_field`): a document about another matter (a
    seniors' concept, a building) has its own fields, working group and moderator, which are
    not those of the concept the comparison is for."""
    if about_the_field(doc.text, documents):
        return records
    return [r for r in records if not isinstance(r, CONCEPT_FACTS)]


def extract_file(doc: Document) -> list[tuple[Document, dict[str, list[Row]], list[Row], list[Record]]]:
    """The documents of one file with their tables' rows, extract errors and records: one per submission
    where the file is a bundle that is split (:mod:`pipeline.extract.bundles`), else the file
    whole. A part is kept only if its header states the number of its head; the documents
    rows say which part of the file each is (``part``) and whether the file is a bundle."""
    from .bundles import plan, split

    found = plan(doc)
    if found.parts:
        done = [(part, *extract_document(part)) for part in split(doc, found.parts)]
        if all(own_head(tables, p.number) for (_, tables, _, _), p in zip(done, found.parts, strict=True)):
            for n, (_, tables, _, _) in enumerate(done, start=1):
                tables["documents"][0].update(part=n, bundle=True)
            return done
    tables, errors, records = extract_document(doc)
    bundle = any(r["reason"] == "several_submissions" for r in tables.get("review", []))
    tables["documents"][0]["bundle"] = bundle
    return [(doc, tables, errors, records)]


def own_head(tables: dict[str, list[Row]], number: str) -> bool:
    """Whether a part's header states the number of its head, with its subject or date."""
    row = tables["documents"][0]
    stated = re.sub(r"\s+", "", row.get("doc_number") or "").casefold()
    return stated == number.casefold() and bool(row.get("subject") or row.get("doc_date"))


def review_rows(doc: Document, records: list[Record], sv: View, failed: list[str]) -> list[Row]:
    """The document's review rows (signs of facts not captured), numbered in document order."""
    from .review import review_document

    return [
        {"doc_id": doc.doc_id, "seq": seq, "reason": item.reason, **provenance(item.span), "message": item.message}
        for seq, item in enumerate(review_document(doc, records, sv, failed), start=1)
    ]


def records_to_rows(doc: Document, records: list[Record]) -> dict[str, list[Row]]:
    """Rows per table, in document order, with doc_id, seq, group ids, provenance, method and
    confidence. A :class:`Metadata` record among ``records`` is context for the confidence only."""
    assessed = assess(doc, records)

    def judged(rec: Record) -> Row:
        a = assessed[id(rec)]
        return {"method": a.method, "confidence": a.confidence}

    records = [r for r in records if not isinstance(r, Metadata)]
    tables: dict[str, list[Row]] = {}
    ordered = sorted(records, key=lambda r: (r.table, r.span.start, r.span.end))
    groups = [r for r in ordered if isinstance(r, SteeringGroup)]
    decided = decision([r for r in ordered if isinstance(r, Consultation)])  # pipeline/decision.py
    for rec in ordered:
        if isinstance(rec, SteeringGroup):
            continue
        rows = tables.setdefault(rec.table, [])
        rows.append({"doc_id": doc.doc_id, "seq": len(rows) + 1, **rec.values(), **provenance(rec.span), **judged(rec)})
        if isinstance(rec, Consultation):
            rows[-1].update(is_decision=rec is decided, decision_inferred=inferred(rec) if rec is decided else None)
    for n, group in enumerate(groups, start=1):
        group_id = f"{doc.doc_id}-{n}"
        tables.setdefault("steering_groups", []).append(
            {"doc_id": doc.doc_id, "group_id": group_id, **group.values(), **provenance(group.span), **judged(group)}
        )
        members = tables.setdefault("steering_group_members", [])
        for seq, member in enumerate(sorted(group.members, key=lambda m: m.span.start), start=1):
            members.append(
                {
                    "doc_id": doc.doc_id,
                    "group_id": group_id,
                    "seq": seq,
                    **member.values(),
                    **provenance(member.span),
                    **judged(member),
                }
            )
    return tables
