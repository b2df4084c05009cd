"""Fields as the entries of an outline quoted under a lead-in: a block of lines each opened by
a number of three levels or more sharing its first levels, the last level counting up from 1
("2.3.1  Sprache und frühkindliche Bildung" / "2.3.2  Schule, Ausbildung und Beruf" / …), as a
document quotes the structure of a draft it speaks of. The numbers are the draft's, not the
document's own: the section they stand in is numbered otherwise, so they are no sub-headings of
it. One field a line; the block ends at a blank line, and a line of another kind in it (a
paragraph under a heading) makes it no list of entries."""

from __future__ import annotations

import re

from .items import item_candidates
from .text import PAGE_REF, Candidate, FieldText

_ENTRY = re.compile(r"[ \t]*(?P<num>\d{1,2}(?:\.\d{1,2}){2,3})\.?[ \t]+(?=[A-ZÄÖÜ])")
_LEAST = 2
_HEADING_NUMBER = re.compile(r"[ \t]*(?P<num>\d{1,2}(?:\.\d{1,2})*)\.?[ \t]+[A-ZÄÖÜ]")


def _own_heading(line: str, prefix: list[str]) -> bool:
    """Whether ``line`` is a heading numbered on a level above the entries' last one (their
    prefix "2.3" or shorter): the document's own next section, no entry."""
    m = _HEADING_NUMBER.match(line)
    return m is not None and len(m.group("num").split(".")) <= len(prefix)


def outline_entries(ft: FieldText, first: int) -> list[Candidate] | None:
    """The fields of a block of outline entries starting at line ``first``; None where the block
    is not one (a line of another kind, a number out of order, a page reference of a table of
    contents, fewer than two entries)."""
    rows = ft.rows
    spans: list[tuple[int, int]] = []
    prefix: list[str] | None = None
    k = first
    spaced = False  # an export set a blank line after every entry
    while k < len(rows):
        if ft.blank(k):
            nxt = k + 1 < len(rows) and _ENTRY.match(rows[k + 1].text)
            if not nxt or (len(spans) > 1 and not spaced):
                break
            spaced = True
            k += 1
            continue
        m = _ENTRY.match(rows[k].text)
        if m is None and len(spans) >= _LEAST and _own_heading(rows[k].text, prefix or []):
            break  # the document's next section right under the last entry: an export lost the blank line
        if m is None or PAGE_REF.search(rows[k].text):
            return None
        parts = m.group("num").split(".")
        if prefix is None:
            prefix = parts[:-1]
        if parts[:-1] != prefix or int(parts[-1]) != len(spans) + 1:
            return None
        spans.append((rows[k].start + m.end(), rows[k].end))
        k += 1
    if len(spans) < _LEAST:
        return None
    found = item_candidates(ft, spans)
    return found if len(found) == len(spans) else None
