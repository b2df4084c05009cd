"""Shared helpers for extractors: sections, lines, labels, de-hyphenation.

Extractors are functions ``(Document, Resources) -> Iterable[Record]``. They never open
files and never rewrite the document text: cleaning applies to extracted values only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator, NamedTuple, Protocol

from pipeline.document import Document
from pipeline.records import Record

from .resources import Resources


class Extractor(Protocol):
    def __call__(self, doc: Document, res: Resources) -> Iterable[Record]: ...


class Line(NamedTuple):
    """A line of the document text with its offsets."""

    start: int
    end: int
    text: str

    @property
    def cells(self) -> list[tuple[int, int, str]]:
        """Tab-separated cells as (start, end, text), offsets into the document text."""
        out = []
        pos = self.start
        for part in self.text.split("\t"):
            out.append((pos, pos + len(part), part))
            pos += len(part) + 1
        return out


def lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The lines of ``text[start:end]``, empty ones included (form feeds break lines too).

    >>> [ln.text for ln in lines("a\\nb\\fc", 2)]
    ['b', 'c']
    """
    end = len(text) if end is None else end
    chunk = text[start:end]
    if "\f" in chunk:
        chunk = chunk.replace("\f", "\n")  # same length: offsets stay valid
    out = []
    pos = start
    for part in chunk.split("\n"):
        out.append(Line(pos, pos + len(part), text[pos:pos + len(part)]))
        pos += len(part) + 1
    return out




# Words after an Ergänzungsstrich: "Kinder- und Jugendhilfe" keeps its hyphen.
_CONJ = r"(?:und|oder|bzw\.?|sowie|bis|als\s+auch|u\.)"
_BROKEN = re.compile(r"(\w)-[ \t]*\n?[ \t]*(?!" + _CONJ + r"\b)([a-zäöüß])")


def dehyphenate(value: str) -> str:
    """Join words broken at a line end, keep Ergänzungsstriche.

    >>> dehyphenate("Kinder- und Jugendhilfeaus- schuss")
    'Kinder- und Jugendhilfeausschuss'
    >>> dehyphenate("Gesund-\\nheit und Senioren")
    'Gesundheit und Senioren'
    """
    return _BROKEN.sub(r"\1\2", value)


_QUOTES = "„“”\"'‚‘’«»"
_NUMBERING = re.compile(
    r"^\s*(?:[-–•▪■●*·]|\(?\d{1,2}[.)]|\(?[a-zA-Z][.)](?=\s)|[IVX]{1,4}\.(?=\s))\s*"
)


def clean_label(value: str) -> str:
    """A label without numbering, bullets, quotes, markup and surrounding punctuation.

    >>> clean_label('- A. Sprache/Sprachförderung,')
    'Sprache/Sprachförderung'
    >>> clean_label('Handlung „Zugang zu Kultur“.')
    'Handlung Zugang zu Kultur'
    """
    value = value.replace("**", "")
    for _ in range(2):
        value = _NUMBERING.sub("", value)
    value = "".join(ch for ch in value if ch not in _QUOTES)
    value = re.sub(r"\s+", " ", dehyphenate(value))
    return value.strip(" \t.,;:–-")


def collapse(value: str) -> str:
    """Whitespace folded to single spaces, markup removed, de-hyphenated."""
    return re.sub(r"\s+", " ", dehyphenate(value.replace("**", ""))).strip()


def find_heading(doc: Document, pattern: re.Pattern[str], start: int = 0) -> Iterator[re.Match[str]]:
    """Matches of a heading pattern that start a line."""
    for m in pattern.finditer(doc.text, start):
        line_start = doc.text.rfind("\n", 0, m.start()) + 1
        if not doc.text[line_start:m.start()].strip(" \t■•*#-"):
            yield m


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets narrowed to exclude surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass(frozen=True)
class Section:
    """A headed part of a document: the heading and the body up to the next heading."""

    id: str
    head_start: int
    body_start: int
    end: int


_SECTION_CACHE: dict[int, list[tuple[str, re.Pattern[str]]]] = {}


def section_patterns(res: Resources) -> list[tuple[str, re.Pattern[str]]]:
    key = id(res)
    if key not in _SECTION_CACHE:
        _SECTION_CACHE[key] = [
            (e["id"], re.compile(r"^[ \t■•*#\-]*(?:\*\*)?(?:" + e["pattern"] + r")(?:\*\*)?[ \t]*:?", re.I | re.M))
            for e in res["sections"]["entries"]
        ]
    return _SECTION_CACHE[key]


def find_sections(doc: Document, res: Resources) -> list[Section]:
    """Headed sections in document order; a heading must start a line."""
    heads: list[tuple[int, int, str]] = []
    for sid, pattern in section_patterns(res):
        for m in pattern.finditer(doc.text):
            heads.append((m.start(), m.end(), sid))
    heads.sort()
    out: list[Section] = []
    for i, (start, body, sid) in enumerate(heads):
        if out and start < out[-1].body_start:
            continue
        end = heads[i + 1][0] if i + 1 < len(heads) else len(doc.text)
        out.append(Section(sid, start, body, end))
    # re-link ends after dropping overlaps
    return [Section(s.id, s.head_start, s.body_start, out[i + 1].head_start if i + 1 < len(out) else len(doc.text))
            for i, s in enumerate(out)]


def first_section(sections: list[Section], sid: str) -> Section | None:
    return next((s for s in sections if s.id == sid), None)
