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
    while k < len(rows) and rows[k].text.strip():
        text = rows[k].text
        lead = len(text) - len(text.lstrip())
        n = run_in_heading(ft, text[lead:]) if after_sentence else None
        if n is not None:
            spans.append((rows[k].start + lead, rows[k].start + lead + n))
        elif k == first:
            return []
        after_sentence = text.rstrip().endswith(".")
        k += 1
    return item_candidates(ft, spans) if len(spans) >= 2 else []
