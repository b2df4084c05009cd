"""Human-readable account of one document: every value with its evidence."""

from __future__ import annotations

from pathlib import Path

from ..document import Span
from ..extract.rows import extract_document
from ..ingest.readers import read_document
from ..records import Metadata, SteeringGroup
from ..run.jobs import relative_source
from ..settings import Settings


def evidence(span: Span | None, width: int = 90) -> str:
    if span is None:
        return "(inferred, no evidence)"
    snippet = " ".join(span.snippet.split())
    if len(snippet) > width:
        snippet = snippet[: width - 1] + "…"
    return f"p.{span.page} [{span.start}:{span.end}] «{snippet}»"


def describe(path: Path, settings: Settings) -> str:
    """What the pipeline extracts from one file, as text."""
    doc, problems = read_document(path, relative_source(path), settings)
    _, errors, records = extract_document(doc)
    out = [f"{doc.source_path}  doc_id {doc.doc_id}  {doc.n_pages} page(s), {doc.text_source}"
           + (f", OCR confidence {doc.ocr_confidence}" if doc.ocr_confidence is not None else "")]
    for p in problems:
        out.append(f"  ! page {p.page}: {p.error.error_type}: {p.error}")
    for e in errors:
        out.append(f"  ! {e['error_type']}: {e['message']}")
    for rec in records:
        if isinstance(rec, Metadata):
            out.append("documents")
            for name, f in rec.fields.items():
                out.append(f"  {name:<18} {f.value[:70]!s:<72} {evidence(f.span)}")
            continue
        values = {k: v for k, v in rec.values().items() if v not in (None, "", ())}
        out.append(f"{rec.table}: " + ", ".join(f"{k}={v}" for k, v in values.items()))
        out.append(f"    {evidence(rec.span)}")
        if isinstance(rec, SteeringGroup):
            for m in rec.members:
                out.append(f"    member: {m.member} ({m.sector}{', chair' if m.is_chair else ''})  {evidence(m.span, 60)}")
    return "\n".join(out)
