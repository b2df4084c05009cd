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

The paragraphs may stand apart by blank lines too (one, or more where a page break was), each
ending a sentence and each opening with a run-in heading; the list then ends at the first
paragraph that opens otherwise ("Die Öffnung der Verwaltung wird nicht mehr … geführt."), which
is no field. A blank line inside a sentence (an export's, before a line going on in lower case)
parts no paragraphs. In the middle of the list, a heading of lower-case words without a finite
verb ("Bezahlbar wohnen, gut ankommen. …") is a field's name too, when a heading follows it.
A page break inside a paragraph's sentence parts no paragraphs, and the next page may set them
apart otherwise. Under a heading that names the fields, the paragraphs may follow a sentence of
its own that names them too ("Das Konzept ordnet seine Maßnahmen fünf Handlungsfeldern zu.").
"""

from __future__ import annotations

from extractors.base import clean_label

from .items import MARKER, item_candidates, run_in_heading
from .text import Candidate, FieldText


def headed_paragraphs(ft: FieldText, first: int) -> list[Candidate]:
    """The run-in headings of the unmarked paragraphs from line ``first``; none unless every
    paragraph of the block opens with one."""
    rows = ft.rows
    spans: list[tuple[int, int]] = []
    pending: list[Candidate] = []  # loose headings, kept when a heading follows them
    loose: list[Candidate] = []
    after_sentence = True
    apart: bool | None = None  # whether blank lines part the paragraphs, as between the first two
    k = first
    while k < len(rows):
        blank = ft.blank(k)
        if blank:
            nxt = _next_filled(ft, k)
            if nxt is None:
                break
            page = "\f" in ft.text[rows[k].start : rows[nxt].start + 1]
            if not after_sentence and (rows[nxt].text.lstrip()[:1].islower() or page):
                k = nxt + 1  # an export's blank line inside a sentence, or a page break
                after_sentence = rows[nxt].text.rstrip().endswith(".")
                apart = None if page else apart  # the next page may set its paragraphs otherwise
                continue
            if not after_sentence or (_heading_at(ft, nxt) is None and not (spans and _loose_at(ft, nxt))):
                break
            if apart is False and nxt - k < 2 and _headings_after(ft, nxt) < 2:
                break  # a list of paragraphs set close ends at a blank line, unless it goes on (a page break's)
            apart = True if apart is None else apart
            k = nxt
        if not blank and k > first and "\f" in ft.text[rows[k - 1].start : rows[k].start + len(rows[k].text)]:
            apart = None  # a page break closed up inside a sentence: the next page may set its paragraphs otherwise
        n = _heading_at(ft, k) if after_sentence else None
        if not blank and k > first and apart is None and n is not None:
            apart = False
        m = _loose_at(ft, k) if after_sentence and n is None and spans else None
        if n is not None:
            spans.append((rows[k].start + n[0], rows[k].start + n[1]))
            loose += pending
            pending = []
        elif m is not None:
            s, e = rows[k].start + m[0], rows[k].start + m[1]
            pending.append(Candidate(s, e, clean_label(ft.text[s:e]), "list"))
        elif k == first:
            return []
        elif after_sentence and MARKER.match(rows[k].text):
            break  # a numbered heading or a list after the paragraphs ("3. Steuerungsgruppe")
        after_sentence = rows[k].text.rstrip().endswith(".")
        k += 1
    return sorted(item_candidates(ft, spans) + loose) if len(spans) >= 2 else []


def headed_after_lead(ft: FieldText, first: int, most: int = 3) -> list[Candidate]:
    """The run-in headings of the paragraphs after a sentence of its own at line ``first`` that
    names the fields, under a heading that names them too ("2. Handlungsfelder" / "Das Konzept
    ordnet seine Maßnahmen fünf Handlungsfeldern zu." / "Ankommen und Beratung. …"): the
    sentence ends at the end of one of its ``most`` lines, the paragraphs start on the next."""
    rows = ft.rows
    for k in range(first, min(len(rows), first + most)):
        if ft.blank(k):
            return []
        if rows[k].text.rstrip().endswith("."):
            break
    else:
        return []
    if ft.layout.unit_at(rows[first].start) != ft.layout.unit_at(rows[k].end - 1):
        return []  # more than one sentence
    if not any(rows[first].start <= m.start() < rows[k].end for m in (*ft.nouns, *ft.weak)):
        return []
    nxt = k + 1 if not ft.blank(k + 1) else _next_filled(ft, k + 1)
    return headed_paragraphs(ft, nxt) if nxt is not None and nxt < len(rows) else []


def _headings_after(ft: FieldText, k: int) -> int:
    """How many paragraphs set close from line ``k`` to the next blank line open with a run-in
    heading (a loose one counts where a heading follows it)."""
    count = 0
    after_sentence = True
    while k < len(ft.rows) and not ft.blank(k):
        if after_sentence and (_heading_at(ft, k) is not None or count and _loose_at(ft, k) is not None):
            count += 1
        after_sentence = ft.rows[k].text.rstrip().endswith(".")
        k += 1
    return count


def _heading_at(ft: FieldText, k: int, loose: bool = False) -> tuple[int, int] | None:
    """Where on line ``k`` the run-in heading opening it starts and ends, or None; the sentence
    after it is read on to the paragraph's end, the heading ends on its line."""
    line = ft.rows[k]
    lead = len(line.text) - len(line.text.lstrip())
    stop = _paragraph_end(ft, k)
    end = ft.rows[stop].start if stop < len(ft.rows) else len(ft.text)
    n = run_in_heading(ft, " ".join(ft.text[line.start + lead : end].split()), loose)  # blank lines closed up
    head = line.text[lead : lead + n] if n is not None else ""
    if not head or len(head) != n or " ".join(head.split()) != head:
        return None  # the heading ends on its line, as it stands there
    return (lead, lead + len(head))


def _loose_at(ft: FieldText, k: int) -> tuple[int, int] | None:
    """A heading of lower-case words on line ``k`` ("Bezahlbar wohnen, gut ankommen. …")."""
    return _heading_at(ft, k, loose=True)


def _paragraph_end(ft: FieldText, k: int) -> int:
    """The blank line that ends the paragraph holding line ``k``: not one inside a sentence, where
    the next line goes on in lower case."""
    while k < len(ft.rows):
        if ft.blank(k):
            nxt = _next_filled(ft, k)
            prev = ft.rows[k - 1].text.rstrip()
            if nxt is None or prev.endswith((".", ":", "!", "?")) or not ft.rows[nxt].text.lstrip()[:1].islower():
                return k
            k = nxt
        k += 1
    return k


def _next_filled(ft: FieldText, blank: int) -> int | None:
    """The line after the blank line(s) at ``blank``, four at most (a page break's, its furniture
    left out)."""
    k = blank
    while k < min(len(ft.rows), blank + 4) and ft.blank(k):
        k += 1
    return k if k < len(ft.rows) and not ft.blank(k) else None
