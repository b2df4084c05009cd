"""Fields as paragraphs each opened by a run-in heading, without a mark before them, after a
lead-in::

    Das Programm setzt in vier Handlungsfeldern an:

    Ankommen und Orientierung. Beratung in allen Rathäusern nach
    einheitlichen Standards.
    Sprache und Bildung. Kursplätze für Eltern mit Kinderbetreuung.

A paragraph starts at a line that opens with a run-in heading (:func:`.items.run_in_heading`)
right after a line ending a sentence, or at the block's first line; the lines after it go on
with it. The block's first line must open one, and two paragraphs at least make the list, which
ends at a blank line. The fields are the headings.

The paragraphs may stand apart by blank lines too (one, or two where a page break was), each
ending a sentence and each opening with a run-in heading; the list then ends at the first
paragraph that opens otherwise ("Die Öffnung der Verwaltung wird nicht mehr … geführt."), which
is no field.
"""

from __future__ import annotations

from .items import item_candidates, run_in_heading
from .text import Candidate, FieldText


def headed_paragraphs(ft: FieldText, first: int) -> list[Candidate]:
    """The run-in headings of the unmarked paragraphs from line ``first``; none unless every
    paragraph of the block opens with one."""
    rows = ft.rows
    spans: list[tuple[int, int]] = []
    after_sentence = True
    k = first
    while k < len(rows):
        if not rows[k].text.strip():
            nxt = _next_filled(ft, k) if after_sentence else None
            if nxt is None or _heading_at(ft, nxt) is None:
                break
            k = nxt
        n = _heading_at(ft, k) if after_sentence else None
        if n is not None:
            spans.append((rows[k].start + n[0], rows[k].start + n[1]))
        elif k == first:
            return []
        after_sentence = rows[k].text.rstrip().endswith(".")
        k += 1
    return item_candidates(ft, spans) if len(spans) >= 2 else []


def _heading_at(ft: FieldText, k: int) -> tuple[int, int] | None:
    """Where on line ``k`` the run-in heading opening it starts and ends, or None; the sentence
    after it is read on to the paragraph's end (a blank line), the heading ends on its line."""
    line = ft.rows[k]
    lead = len(line.text) - len(line.text.lstrip())
    end = next((ft.rows[j].start for j in range(k + 1, len(ft.rows)) if ft.blank(j)), len(ft.text))
    n = run_in_heading(ft, ft.text[line.start + lead : end])
    return (lead, lead + n) if n is not None and lead + n <= len(line.text) else None


def _next_filled(ft: FieldText, blank: int) -> int | None:
    """The line after the blank line(s) at ``blank``, two at most (a page break's)."""
    k = blank
    while k < min(len(ft.rows), blank + 2) and ft.blank(k):
        k += 1
    return k if k < len(ft.rows) and not ft.blank(k) else None
