"""Review: signs in a document of a fact that the extractors did not capture.

Runs after the extractors on the document and its records (a pure function) and gives at
most one :class:`ReviewItem` per reason (``schema.REVIEW_REASONS``), with the evidence of the
first sign and a message that counts the others. A sign is never raised for a fact that
was extracted: a Beratungsfolge line counts only when no consultation covers it (by span,
date or body), a Handlungsfeld list only when no action field was found, and so on.

- the misses of the families (:mod:`extractors.misses`, ``extractors.MISSES``), merged here
  by reason: the consultations family's Beratungsfolge rows it saw and did not read
  (:mod:`extractors.consultations.misses`), the steering family's groups without members
  (:mod:`extractors.steering.misses`), the action fields' announced lists
  (:mod:`extractors.action_fields.misses`) and the costs' financial impact without amount
  (:mod:`extractors.costs.misses`); in a document about an integration concept
  (:mod:`pipeline.extract.relevance`) also their misses of the comparison's facts
  (``extractors.CONCEPT_MISSES``);
- the signs of the whole document: ``low_ocr_confidence``, ``no_municipality``,
  ``extractor_failed``, ``page_unread`` and ``several_submissions`` (``review_signs``).

The review keeps no reader of a family's layouts and no copy of a family's words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from extractors.misses import Miss

from ..document import Document, Span
from ..records import Metadata, Record
from ..schema import REVIEW_REASONS
from ..structure import HEADER_CHARS, View
from .relevance import about_the_field
from .review_signs import concept_document, own_fields, several_submissions, unread_pages
from .review_text import Sign, first_line

LOW_OCR = 70.0  # mean OCR word confidence of a page below which its text needs a look


@dataclass(frozen=True)
class ReviewItem:
    """One row of the review: a reason, the first sign's evidence, a message counting the others."""

    reason: str
    span: Span
    message: str


# --- vocabulary ---------------------------------------------------------------------


_PLACE = re.compile(
    r"\b(?:Landeshauptstadt|Universitätsstadt|Hansestadt|Kreisstadt|Stadt|Gemeinde|Markt|Landkreis|Kreis)"
    r" {1,2}[A-ZÄÖÜ][\wäöüß.-]+"
)
_PLACE_DATE = re.compile(
    r"(?:^|\t)[ \t]*(?P<place>[A-ZÄÖÜ][\wäöüß.-]+(?:[ -][A-ZÄÖÜ][\wäöüß.-]+)?)"
    r"(?:,[ \t]*(?:den[ \t]+)?|[ \t]+den[ \t]+)\d{1,2}[ \t]?\.",
    re.M,
)


# --- the document's facts -----------------------------------------------------------


def municipality(records: Sequence[Record]) -> str | None:
    """The municipality the metadata family read, if any."""
    meta = next((r for r in records if isinstance(r, Metadata)), None)
    found = meta.fields.get("municipality") if meta is not None else None
    return found.value if found is not None else None


# --- the review ---------------------------------------------------------------------


# the families whose facts a document about another matter does not keep (rows.CONCEPT_FACTS)
_CONCEPT_FAMILIES = frozenset({"action_fields", "steering", "facilitators"})
_OWN_FIELDS = ("subject", "decision_proposal")


def review_document(
    doc: Document,
    records: Sequence[Record],
    sv: View,
    failed: Iterable[str] = (),
    low_ocr: float = LOW_OCR,
) -> list[ReviewItem]:
    """The review items of a document, one per reason, in document order; ``sv`` is the
    document's structure view, the one its extractors read."""
    failed = list(failed)
    if not doc.text.strip():
        return [ReviewItem("extractor_failed", doc.span(0, 0), failure_message(failed))] if failed else []
    from extractors import CONCEPT_MISSES, MISSES, load_resources

    res = load_resources()
    signs: dict[str, list[Sign]] = {reason: [] for reason in REVIEW_REASONS}
    if failed:
        signs["extractor_failed"].append(Sign(doc.span(0, 0), failure_message(failed)))
    if not municipality(records) and "metadata" not in failed:
        signs["no_municipality"].append(missing_municipality(doc, sv))
    signs["low_ocr_confidence"] += low_ocr_pages(doc, sv, low_ocr)
    # each family's misses; not those of the concept's facts where the document's subject or decision
    # proposal shows it is about another matter, whose fields and groups are never kept
    # (:func:`pipeline.extract.rows.about_concept`)
    own = own_fields(records)
    kept = not any(own.get(k) for k in _OWN_FIELDS) or about_the_field(doc.text, own)
    asked = [reader for family, reader in MISSES if kept or family not in _CONCEPT_FAMILIES]
    merge(signs, (reader(doc, records, res, sv) for reader in asked))
    signs["page_unread"] += unread_pages(doc, sv)
    signs["several_submissions"] += several_submissions(doc)
    if concept_document(doc, records):  # the comparison's facts: looked for in its documents only
        merge(signs, (reader(doc, records, res, sv) for _, reader in CONCEPT_MISSES))
    items = [item(reason, found) for reason, found in signs.items() if found]
    order = list(REVIEW_REASONS)
    return sorted(items, key=lambda it: (it.span.start, order.index(it.reason)))


def merge(signs: dict[str, list[Sign]], misses: Iterable[Iterable[Miss]]) -> None:
    """The families' misses added to the signs of their reasons, in the families' order."""
    for family in misses:
        for miss in family:
            signs[miss.reason].append(Sign(miss.span, miss.message))


def item(reason: str, found: list[Sign]) -> ReviewItem:
    first = min(found, key=lambda s: s.span.start)
    more = len(found) - 1
    return ReviewItem(reason, first.span, first.what + (f" (und {more} weitere)" if more else ""))


def failure_message(failed: list[str]) -> str:
    return (
        f"Auswertung {', '.join(failed)} bei diesem Dokument fehlgeschlagen (siehe errors.csv); ihre Tabellen sind leer"
    )


def missing_municipality(doc: Document, sv: View) -> Sign:
    """Where a reader would look for the municipality: "Stadt X", a letter's place and date, or the first line."""
    if m := _PLACE.search(doc.text):
        return Sign(doc.span(m.start(), m.end()), f"keine Kommune zugeordnet, obwohl der Text «{m.group(0)}» nennt")
    if m := _PLACE_DATE.search(doc.text, 0, HEADER_CHARS):
        return Sign(
            doc.span(m.start("place"), m.end("place")),
            f"keine Kommune zugeordnet; das Schreiben ist in «{m['place']}» datiert",
        )
    return Sign(first_line(doc, sv), "keine Kommune gefunden (gezeigt: die erste Zeile)")


def low_ocr_pages(doc: Document, sv: View, threshold: float) -> list[Sign]:
    low = [p for p in doc.pages if p.ocr_confidence is not None and p.ocr_confidence < threshold]
    return [
        Sign(
            first_line(doc, sv, p.start, p.start + len(p.text)),
            f"Seite {p.number} per Texterkennung gelesen, mittlere Wortkonfidenz {p.ocr_confidence:.0f} "
            f"(unter {threshold:.0f}): ihre Werte können falsch gelesen sein oder fehlen",
        )
        for p in low
    ]
