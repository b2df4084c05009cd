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


def _underlined(ft: FieldText, k: int) -> tuple[str, int] | None:
    """The glyph of the rule under line ``k`` and the rule's line, where ``k`` is a heading
    underlined: a filled line that is no rule, the rule right under it (or after one blank line:
    a PDF's text layer sets one between them) about as long as its text (two thirds at least, and
    not more than a few glyphs longer)."""
    rows = ft.rows
    if k + 1 >= len(rows) or ft.blank(k) or _RULE.fullmatch(rows[k].text):
        return None
    under = k + 2 if ft.blank(k + 1) and k + 2 < len(rows) else k + 1
    rule = _RULE.fullmatch(rows[under].text)
    if rule is None:
        return None
    heading, drawn = len(rows[k].text.strip()), len(rows[under].text.strip())
    return (rule.group(1), under) if 2 * heading <= 3 * drawn <= 3 * heading + 12 else None


def underlined_headings(ft: FieldText, first: int) -> list[Candidate] | None:
    """The fields underlined alike from line ``first``; None unless that line is a heading
    underlined, nothing unless two headings at least are there and every one reads as a name."""
    opening = _underlined(ft, first)
    if opening is None:
        return None
    glyph, k = opening[0], opening[1] + 1
    rows = ft.rows
    heads = [first]
    last = k
    while k < len(rows) and k - last <= _REACH:
        mark = _underlined(ft, k)
        if mark is not None:
            if mark[0] != glyph:
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
