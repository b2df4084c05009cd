"""The words and shapes of the review's signs of the whole document: the head of a submission
(``pipeline/extract/resources/review.yaml``, read by :mod:`pipeline.extract.bundles`), a sign
and the first line a sign points at. The families' words are their own (each reports its own
misses, :mod:`extractors.misses`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from ..document import Document, Span
from ..structure import View

WORDS_FILE = Path(__file__).parent / "resources" / "review.yaml"


@functools.lru_cache(maxsize=1)
def words() -> dict[str, re.Pattern[str]]:
    """The patterns of review.yaml, one alternation per kind."""
    from extractors.resources import checked_entries
    from extractors.resources.specs import PATTERN, TEXT, Entries, Schema

    from ..errors import ResourceError

    kinds: dict[str, list[str]] = {}
    for entry in checked_entries(WORDS_FILE, Schema({"entries": Entries({"kind": TEXT, "pattern": PATTERN})})):
        kinds.setdefault(entry["kind"], []).append(entry["pattern"])
    needed = {"submission_head"}
    if missing := needed - set(kinds):
        raise ResourceError(f"review.yaml: no entries of kind {', '.join(sorted(missing))}")
    return {k: re.compile("|".join(f"(?:{p})" for p in ps), re.I | re.M) for k, ps in kinds.items()}


@dataclass(frozen=True)
class Sign:
    span: Span
    what: str  # the message of this one sign


def first_line(doc: Document, sv: View, start: int = 0, end: int | None = None, width: int = 160) -> Span:
    """The first non-blank line of ``text[start:end]`` (its first ``width`` characters, cut
    at a space), read from the structure view ``sv``, or an empty span at ``start``."""
    for ln in sv.lines_in(start, end):
        if ln.text.strip():
            stop = ln.end
            if ln.end - ln.start > width:
                cut = doc.text.rfind(" ", ln.start, ln.start + width)
                stop = cut if cut > ln.start else ln.start + width
            return doc.span(ln.start, stop)
    return Span(start, start, doc.page_at(start), "")


__all__ = ["Sign", "first_line", "words"]
