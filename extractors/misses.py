"""Misses: the facts a family saw in a document and could not read, beside the records it read.

A :class:`Miss` names its reason (a key of ``pipeline.schema.REVIEW_REASONS``), the span of
the evidence a reader would check, and a German message. Each family knows its own layouts,
so it says itself where one of them stopped short: the consultations family a Beratungsfolge
row its table model rejected, a heading with rows it read none of, columns it could not pair
(:mod:`extractors.consultations.misses`); the steering family a group read without the members
listed after it (:mod:`extractors.steering.misses`); the action fields a lead-in or list of
fields with no field read (:mod:`extractors.action_fields.misses`); the costs a financial impact
marked yes without a cost (:mod:`extractors.costs.misses`). A family's words for its misses are
the ``misses`` of its own YAML file (:func:`miss_words`). The review (``pipeline.extract.review``) merges the
families' misses with the signs of the whole document (OCR, unread pages, municipality,
failures) and sorts them; it keeps no reader of a family's layouts of its own.

    >>> from pipeline.document import Document
    >>> doc = Document.from_pages("x", "x.txt", "0" * 64, [("Beratungsfolge\\nRat 12.O3.2018", "plain_text", None)])
    >>> Miss("consultation_row_unused", doc.span(15, 29), "Zeile nicht gelesen").span.snippet
    'Rat 12.O3.2018'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from pipeline.document import Document, Span
from pipeline.records import Record
from pipeline.structure import View

from .resources import Resources, expand


@dataclass(frozen=True)
class Miss:
    """A fact a family saw and did not read: why (a review reason), where, and what (German)."""

    reason: str
    span: Span
    message: str


class MissReader(Protocol):
    """A family's reader of its misses: the document, every record read from it, the view."""

    def __call__(self, doc: Document, records: Sequence[Record], res: Resources, sv: View) -> Iterable[Miss]: ...


def clip(text: str, n: int = 70) -> str:
    """A text on one line, cut after ``n`` characters for a message.

    >>> clip("Kinder- und\\n  Jugendhilfeausschuss", 20)
    'Kinder- und Jugendh…'
    """
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def miss_words(res: Resources, name: str, kinds: Iterable[str]) -> list[re.Pattern[str]]:
    """The patterns ``kinds`` of the ``misses`` in a family's file ``name``, compiled with the
    file's flags, their placeholders ("{field_nouns}", "{establish}") filled with the family's own
    words (a loader: the family's ``build_words`` makes its dataclass of them)."""
    data = res[name]
    flags = res.flags(name) | re.M
    return [re.compile(expand(name, data, data["misses"][k]), flags) for k in kinds]


def overlaps(a: int, b: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``[a, b)`` meets one of ``spans``.

    >>> overlaps(5, 9, [(0, 6)]), overlaps(6, 9, [(0, 6)])
    (True, False)
    """
    return any(s < b and a < e for s, e in spans)


__all__ = ["Miss", "MissReader", "clip", "miss_words", "overlaps"]
