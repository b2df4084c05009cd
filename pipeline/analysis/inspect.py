"""Human-readable account of one document: every value with how it was found and its evidence.

Each value shows the method that found it, its confidence (the same assessment its row gets,
:mod:`pipeline.extract.confidence`) and, when a resource entry produced it, that entry's id::

    consultations: body=Sozialausschuss, body_type=committee, meeting_date=2017-04-26, ...
        method=table.tab confidence=0.96 rule_id=committee  p.1 [251:291] «Sozialausschuss 26.04.2017 Vorberatung Ö»
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..document import Document, Span
from ..extract.confidence import Assessment, assess, assess_fields
from ..extract.rows import extract_file
from ..ingest.readers import read_document
from ..records import Metadata, Record, SteeringGroup
from ..schema import ASSESSED_FIELDS
from ..settings import Settings
from ..sources import relative_source


def evidence(span: Span | None, width: int = 90) -> str:
    if span is None:
        return "(inferred, no evidence)"
    snippet = " ".join(span.snippet.split())
    if len(snippet) > width:
        snippet = snippet[: width - 1] + "…"
    return f"p.{span.page} [{span.start}:{span.end}] «{snippet}»"


def judged(a: Assessment | None, rule_id: str) -> str:
    """How a value was found: "method=table.tab confidence=0.96 rule_id=committee" (each part
    only when known)."""
    parts = [f"method={a.method} confidence={a.confidence}"] if a is not None else []
    if rule_id:
        parts.append(f"rule_id={rule_id}")
    return " ".join(parts)


def describe(path: Path, settings: Settings) -> str:
    """What the pipeline extracts from one file, as text."""
    whole, problems = read_document(path, relative_source(path), settings)
    out = [
        f"{whole.source_path}  doc_id {whole.doc_id}  {whole.n_pages} Seite(n), {whole.text_source}"
        + (f", OCR-Konfidenz {whole.ocr_confidence}" if whole.ocr_confidence is not None else "")
    ]
    for p in problems:
        out.append(f"  ! Seite {p.page}: {p.error.error_type}: {p.error}")
    read = extract_file(whole)
    for doc, _, errors, records in read:
        if len(read) > 1:  # a bundle split into its submissions (pipeline/extract/bundles.py)
            first, last = doc.pages[0].number, doc.pages[-1].number
            out.append(
                f"== Vorlage {doc.doc_id.rpartition('-')[2]} von {len(read)}: S. {first}–{last}, doc_id {doc.doc_id}"
            )
        out.extend(described(doc, errors, records))
    return "\n".join(out)


def described(doc: Document, errors: list[dict[str, Any]], records: list[Record]) -> list[str]:
    """The values of one document read from a file, each with how it was found and its evidence."""
    assessed, fields = assess(doc, records), assess_fields(doc, records)
    out: list[str] = []
    for e in errors:
        out.append(f"  ! {e['error_type']}: {e['message']}")
    for rec in records:
        if isinstance(rec, Metadata):
            out.append("documents")
            for name, f in rec.fields.items():
                how = judged(fields.get(name) if name in ASSESSED_FIELDS else None, f.rule_id)
                out.append(f"  {name:<18} {f.value[:70]!s:<72} {how + '  ' if how else ''}{evidence(f.span)}")
            continue
        values = {k: v for k, v in rec.values().items() if v not in (None, "", ())}
        out.append(f"{rec.table}: " + ", ".join(f"{k}={v}" for k, v in values.items()))
        out.append(f"    {judged(assessed.get(id(rec)), rec.rule_id)}  {evidence(rec.span)}")
        if isinstance(rec, SteeringGroup):
            for m in rec.members:
                out.append(
                    f"    Mitglied: {m.member} ({m.sector}{', Vorsitz' if m.is_chair else ''})  "
                    f"{judged(assessed.get(id(m)), m.rule_id)}  {evidence(m.span, 60)}"
                )
    return out
