"""The document model: a document's text, its pages, and spans pointing into it.

The text of a document is the NFC-normalised text of its pages joined by a form feed.
Every extracted value carries a :class:`Span` with offsets into that text, so that
``doc.text[span.start:span.end] == span.snippet`` holds everywhere.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

TextSource = Literal["text_layer", "ocr", "plain_text"]

PAGE_SEPARATOR = "\f"


@dataclass(frozen=True)
class Page:
    """One page of a document, with where its text starts in the document text."""

    number: int  # 1-based
    text: str
    source: TextSource
    start: int = 0  # offset of the page's first character in Document.text
    ocr_confidence: float | None = None  # mean word confidence, 0-100, OCR pages only


@dataclass(frozen=True)
class Span:
    """Evidence for a value: where it stands in the document text."""

    start: int
    end: int
    page: int
    snippet: str


@dataclass(frozen=True)
class Repair:
    """A change made to OCR text at ingest: ``text[start:end]`` was read as ``before``."""

    start: int
    end: int
    before: str
    kind: str  # which repair (pipeline.ingest.ocr_text): speck, page_number, date, lost_space, ...

    def shifted(self, by: int) -> Repair:
        return Repair(self.start + by, self.end + by, self.before, self.kind)


@dataclass
class Document:
    """A document after ingest: identity, pages, and the joined text."""

    doc_id: str
    source_path: str
    sha256: str
    pages: list[Page]
    text: str = ""
    warnings: list[str] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)  # OCR repairs, offsets into ``text``
    unsure: list[tuple[int, int]] = field(default_factory=list)  # numbers OCR read unsure, offsets into ``text``
    _page_starts: list[int] = field(default_factory=list, repr=False)

    @classmethod
    def from_pages(
        cls,
        doc_id: str,
        source_path: str,
        sha256: str,
        pages: list[tuple[str, TextSource, float | None]],
        repairs: dict[int, list[Repair]] | None = None,
        unsure: dict[int, list[tuple[int, int]]] | None = None,
    ) -> Document:
        """Build a document from (text, source, confidence) per page, normalising to NFC.

        ``repairs`` are those made to the text of a page (by its 0-based index), ``unsure`` the
        ranges of the numbers that OCR read unsure there, with offsets into that page's (NFC)
        text; the document keeps them with offsets into its text.
        """
        built: list[Page] = []
        offset = 0
        moved: list[Repair] = []
        doubts: list[tuple[int, int]] = []
        for number, (text, source, conf) in enumerate(pages, start=1):
            text = normalize_text(text)
            built.append(Page(number, text, source, offset, conf))
            moved.extend(r.shifted(offset) for r in (repairs or {}).get(number - 1, []))
            doubts.extend((a + offset, b + offset) for a, b in (unsure or {}).get(number - 1, []))
            offset += len(text) + len(PAGE_SEPARATOR)
        doc = cls(doc_id, source_path, sha256, built, repairs=moved, unsure=doubts)
        doc.text = PAGE_SEPARATOR.join(p.text for p in built)
        doc._page_starts = [p.start for p in built]
        return doc

    @property
    def n_pages(self) -> int:
        return len(self.pages)

    @property
    def text_source(self) -> str:
        """`text_layer`, `ocr`, `plain_text`, or `mixed` when pages differ."""
        sources = {p.source for p in self.pages}
        if not sources:
            return "text_layer"
        if len(sources) == 1:
            return next(iter(sources))
        return "mixed"

    @property
    def ocr_confidence(self) -> float | None:
        confs = [p.ocr_confidence for p in self.pages if p.ocr_confidence is not None]
        return round(sum(confs) / len(confs), 1) if confs else None

    def page_at(self, offset: int) -> int:
        """The 1-based page number holding the character at ``offset`` (of the file: a part of
        a file, :meth:`part`, keeps its pages' numbers)."""
        if not self._page_starts:
            return 1
        return self.pages[max(0, bisect.bisect_right(self._page_starts, offset) - 1)].number

    def part(self, doc_id: str, first: int, stop: int) -> Document:
        """The document of the pages ``first:stop`` (0-based) alone, as one submission of a file
        holding several: its own text and offsets, the pages' numbers in the file, the OCR
        repairs made there."""
        pages = self.pages[first:stop]
        begin = pages[0].start
        end = pages[-1].start + len(pages[-1].text)
        built = [Page(p.number, p.text, p.source, p.start - begin, p.ocr_confidence) for p in pages]
        repairs = [r.shifted(-begin) for r in self.repairs if begin <= r.start and r.end <= end]
        unsure = [(a - begin, b - begin) for a, b in self.unsure if begin <= a and b <= end]
        text = self.text[begin:end]
        part = Document(doc_id, self.source_path, self.sha256, built, text, list(self.warnings), repairs, unsure)
        part._page_starts = [p.start for p in built]
        return part

    def span(self, start: int, end: int) -> Span:
        """A span over ``text[start:end]``, trimmed of surrounding whitespace."""
        start = max(0, start)
        end = min(len(self.text), end)
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return Span(start, end, self.page_at(start), self.text[start:end])


def normalize_text(text: str) -> str:
    """NFC, unified line ends, no NUL bytes; nothing else is changed.

    >>> normalize_text("Bu\\u0308rger\\r\\n")
    'Bürger\\n'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return unicodedata.normalize("NFC", text)
