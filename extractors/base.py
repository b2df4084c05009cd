"""Shared helpers for extractors: sections, labels, de-hyphenation.

Lines and their cells come from the structure view (``pipeline.structure``).

Extractors are functions ``(Document, Resources, View) -> Iterable[Record]``: the extract stage
builds the document's structure view once and hands it to each (``sv``, required: a caller that
has only the document builds it with ``pipeline.structure.view``). They never open files and never
rewrite the document text: cleaning applies to extracted values only.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol, TypeVar

from extractors.resources import Resources, typed
from pipeline.document import Document
from pipeline.lang.de import markers
from pipeline.records import Record
from pipeline.structure import View


class Extractor(Protocol):
    def __call__(self, doc: Document, res: Resources, sv: View) -> Iterable[Record]: ...


E = TypeVar("E", bound=Callable[..., Iterable[Record]])


def requires(*inputs: str) -> Callable[[E], E]:
    """Declares the inputs of the extract stage an extractor takes beside the view, by the names
    of its keyword arguments (``@requires("doc_date")``: the document's date as the metadata
    family reads it, which runs first); the stage hands in what :func:`required` names."""

    def declare(extractor: E) -> E:
        extractor.requires = inputs  # type: ignore[attr-defined]
        return extractor

    return declare


def required(extractor: Callable[..., Iterable[Record]]) -> tuple[str, ...]:
    """The inputs an extractor declared with :func:`requires` (none: the document, resources, view)."""
    return tuple(getattr(extractor, "requires", ()))


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
    return _BROKEN.sub(r"\1\2", value) if "-" in value else value


_QUOTES = "„“”\"'‚‘’«»"
_NO_QUOTES = str.maketrans("", "", _QUOTES)
_SPACES = re.compile(r"\s+")
_NUMBERING = re.compile(
    r"^\s*(?:"
    + markers.charset(markers.ITEM_MARKS)
    + r"|\(?\d{1,2}[.)]|\(?[a-zA-Z][.)](?=\s)|"
    + markers.ROMAN
    + r"\.(?=\s))\s*"
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
    value = _SPACES.sub(" ", dehyphenate(value.translate(_NO_QUOTES)))
    return value.strip(" \t.,;:–-")


def collapse(value: str) -> str:
    """Whitespace folded to single spaces, markup removed, de-hyphenated."""
    return " ".join(dehyphenate(value.replace("**", "")).split())  # str.split's whitespace is re's \s


def find_heading(doc: Document, pattern: re.Pattern[str], start: int = 0) -> Iterator[re.Match[str]]:
    """Matches of a heading pattern that start a line."""
    for m in pattern.finditer(doc.text, start):
        line_start = doc.text.rfind("\n", 0, m.start()) + 1
        if not doc.text[line_start : m.start()].strip(" \t" + markers.LABEL_MARKS + "#-"):
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


def section_patterns(res: Resources) -> list[tuple[str, re.Pattern[str]]]:
    """The headings of ``sections.yaml``, each at the start of a line (compiled once per resources)."""
    return res.compiled(_section_patterns)


def _section_patterns(res: Resources) -> list[tuple[str, re.Pattern[str]]]:
    sections = typed.sections(res)
    flags = sections.flags | re.M
    return [
        (
            e.id,
            re.compile(
                r"^[ \t"
                + markers.escaped(markers.LABEL_MARKS + "#-")
                + r"]*(?:\*\*)?(?:"
                + e.pattern
                + r")(?:\*\*)?[ \t]*:?",
                flags,
            ),
        )
        for e in sections.entries
    ]


def find_sections(doc: Document, res: Resources) -> list[Section]:
    """Headed sections in document order; a heading must start a line."""
    return list(_sections(doc.text, res))


@functools.lru_cache(maxsize=8)
def _sections(text: str, res: Resources) -> tuple[Section, ...]:
    heads: list[tuple[int, int, str]] = []
    for (sid, pattern), after_newline in zip(section_patterns(res), _after_newline(res)):
        heads.extend((start, end, sid) for start, end in _line_start_matches(text, pattern, after_newline))
    heads.sort()
    out: list[Section] = []
    for i, (start, body, sid) in enumerate(heads):
        if out and start < out[-1].body_start:
            continue
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        out.append(Section(sid, start, body, end))
    # re-link ends after dropping overlaps
    return tuple(
        Section(s.id, s.head_start, s.body_start, out[i + 1].head_start if i + 1 < len(out) else len(text))
        for i, s in enumerate(out)
    )


@functools.lru_cache(maxsize=8)
def _after_newline(res: Resources) -> list[re.Pattern[str]]:
    """The section patterns with a newline or a page break instead of their leading ``^``: the
    regex engine skips from line start to line start instead of trying every position. A page
    opens a line too: a PDF's page text begins after the form feed that joins it to the page
    before, where a heading at the top of a page ("\\fBegründung:") stands."""
    return [
        re.compile("[\n\f]" + pattern.pattern.removeprefix("^"), pattern.flags) for _, pattern in section_patterns(res)
    ]


def _line_start_matches(
    text: str, pattern: re.Pattern[str], after_newline: re.Pattern[str]
) -> Iterator[tuple[int, int]]:
    """(start, end) of the matches ``pattern.finditer(text)`` gives for a ``^``-anchored
    multi-line pattern (a page break opening a line as a newline does), found with its
    ``after_newline`` form."""
    taken = 0
    m = pattern.match(text)
    if m:
        yield m.start(), m.end()
        taken = m.end()
    # a match may end just after a newline: the line it opens can hold the next match
    while (m := after_newline.search(text, max(taken - 1, 0))) is not None:
        yield m.start() + 1, m.end()
        taken = m.end()


def first_section(sections: list[Section], sid: str) -> Section | None:
    return next((s for s in sections if s.id == sid), None)
