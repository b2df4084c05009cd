"""Fields as headings underlined with a rule, after a lead-in: part of the ``list`` family::

    Die vier Handlungsfelder

    Sprache und Schule – von der Krippe bis zum Abschluss
    =====================================================
    Lesepaten und Elterncafés in allen Stadtteilen.

    Arbeit im Ort
    =============
    Praktikumsbörse mit dem Gewerbeverein.

    Steuerungsgruppe
    ----------------

A heading underlined is a line of its own with a rule right under it, one glyph repeated about as
long as the heading ("=====", "-----", "~~~~~"). The headings from the list's first line on that
are underlined with the same glyph are the fields, the paragraphs between them their
descriptions; a heading underlined with another glyph is one of another level (the steering
group's section after the fields) and ends the list, as do text that no such heading follows
within a few paragraphs and a line that ends a list (a signature). Two headings at least make
the list. A heading is a name whole: a subtitle after a dash is part of it, as the heading
stands on its line alone (the name before the dash is what must read as a field's).
"""

from __future__ import annotations

import re

from extractors.base import clean_label

from .items import ends_list
from .text import Candidate, FieldText, is_sentence, label_of
from .vocab import is_structure

# a rule of one glyph repeated under a heading
_RULE = re.compile(r"[ \t]*([=\-~_*#+])\1{2,}[ \t]*")
_REACH = 12  # lines of description at most between two headings


def _underlined(ft: FieldText, k: int) -> tuple[str, int, int] | None:
    """The glyph of the rule under line ``k``, the rule's line and its length where it is longer than
    about the heading's (0 where not), where ``k`` is a heading underlined: a filled line that is no
    rule, the rule right under it (or after one blank line: a PDF's text layer sets one between them)
    two thirds of its text at least."""
    rows = ft.rows
    if k + 1 >= len(rows) or ft.blank(k) or _RULE.fullmatch(rows[k].text):
        return None
    under = k + 2 if ft.blank(k + 1) and k + 2 < len(rows) else k + 1
    rule = _RULE.fullmatch(rows[under].text)
    if rule is None:
        return None
    heading, drawn = len(rows[k].text.strip()), len(rows[under].text.strip())
    if 2 * heading > 3 * drawn:
        return None
    return rule.group(1), under, 0 if 3 * drawn <= 3 * heading + 12 else drawn


def underlined_headings(ft: FieldText, first: int) -> list[Candidate] | None:
    """The fields underlined alike from line ``first``; None unless that line is a heading
    underlined, nothing unless two headings at least are there and every one reads as a name."""
    opening = _underlined(ft, first)
    if opening is None:
        return None
    glyph, k, width = opening[0], opening[1] + 1, opening[2]
    rows = ft.rows
    heads = [first]
    last = k
    while k < len(rows) and k - last <= _REACH:
        mark = _underlined(ft, k)
        if mark is not None:
            if mark[0] != glyph or mark[2] != width:
                break
            heads.append(k)
            k = last = mark[1] + 1
            continue
        if not ft.blank(k) and ends_list(ft, rows[k].text):
            break
        k += 1
    found = []
    for h in heads:
        s, e = rows[h].start, rows[h].end
        s += len(rows[h].text) - len(rows[h].text.lstrip())
        label, name = clean_label(ft.text[s:e]), label_of(ft.text[s:e])  # the name without its subtitle
        if not name or is_sentence(name, ft.vocab) or is_structure(name, ft.vocab):
            return []
        found.append(Candidate(s, s + len(ft.text[s:e].rstrip()), label, "list"))
    return found if len(found) >= 2 else []


_LEAD = 3  # lines of a paragraph at most between a heading naming the fields and its underlined headings


def underlined_past_lead(ft: FieldText, first: int) -> list[Candidate] | None:
    """The fields underlined alike (:func:`underlined_headings`) right after a short paragraph at line
    ``first`` that names them with the plural noun ("2. Handlungsfelder" / "Das Programm ordnet seine
    Projekte sechs Handlungsfeldern zu. …" / "SPRACHE UND BILDUNG" / "______"), a blank line between
    them or none (an export that sets none); None where no such paragraph and heading are there."""
    k = first
    while k < len(ft.rows) and not ft.blank(k) and k - first < 2 * _LEAD and (k == first or not _underlined(ft, k)):
        k += 1
    if k == first or k >= len(ft.rows) or not (ft.blank(k) or _underlined(ft, k)):
        return None
    # (an export may break the paragraph's lines anew: as long as it holds no more than three of its longest)
    lengths = [len(ft.rows[j].text.strip()) for j in range(first, k)]
    if sum(lengths) + len(lengths) > _LEAD * max(lengths) or not ft.rows[k - 1].text.rstrip().endswith("."):
        return None
    start, end = ft.rows[first].start, ft.rows[k - 1].end
    if not any(start <= m.start() < end and not ft.vocab.singular.fullmatch(m.group(0)) for m in ft.nouns):
        return None
    nxt = ft.next_filled(k)
    return underlined_headings(ft, nxt) if nxt is not None else None
