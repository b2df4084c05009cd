"""A running head glued to the first line of its page's text.

Some exports set the head of a page (the paper's number or one of its first page's lines, then
the page number) on one line with the first line of the page's text: "Vorlage 5/0142/2026 - 2
3. Lenkungsgruppe Integration – Steckbrief". The page break stays transparent when that line is
read as two: the head with its page number, which is page furniture, and the text after it,
which opens the page as a line of its own (a heading is read as a heading again).

A rule drawn with hyphens and the next line's text glued to its end ("----------2. Gremien"
without a space) is cut the same way, the rule furniture, wherever it stands.

A page number in dashes that opens a page ("- 2 -") and that pdftotext joined to the page's first word,
its closing dash taken for a hyphen ("-2Drittes Handlungsfeld: …"), is cut off the same way: the number
must be that page's, at the page's top, and the text after it open with a capital and a letter.

A line is such a head only where a page's head stands: at the top of a page (after a form feed)
or after a page number on a line of its own ("Seite 1 von 3"); its first part repeats the
paper's number or a line of its first page's head, and a page number in dashes or words
("- 2 -", "- 2", "Seite 2") stands between that part and the text, which opens with a capital or
a digit. A line of text that names the paper's number ("Vorlage 5/0142/2026 - 2 Seiten -
liegt bei") is no head: it stands elsewhere, or its rest opens in lower case.
"""

from __future__ import annotations

import re

from .furniture import (
    _LETTERED,
    _SENTENCE_END,
    _SLASHED_NUMBER,
    FIRST_PAGE_HEAD,
    HEAD_CHARS,
    RUNNING_NUMBER_WORDS,
    WORDED_PAGE_NUMBER,
    _page_of,
    _words,
    _year_span,
    is_page_number,
)
from .lines import Line

# a head, a page number in dashes or words, and the text of the page: "Vorlage 5/0142/2026 - 2 3. Lenkungsgruppe"
_GLUED = re.compile(
    r"[ \t]*(?P<head>[^\t]*?\S)[ \t]+"
    r"(?P<page>[-–—][ \t]*\d{1,3}(?:[ \t]*[-–—](?=[ \t]))?"
    r"|(?:Seite|Blatt)[ \t]+\d{1,3}(?:[ \t]+(?:von|/)[ \t]*\d{1,3})?)"
    r"[ \t]+(?P<rest>[A-ZÄÖÜ\d].*)"
)

# a rule drawn across the page with the next line's text glued to its end, no space between
# ("----------Steuerungsgruppe", as pdftotext may set a rule and a heading on one line; a heading's
# underline and the paragraph under it, "---------Gesundheitslotsinnen …"; a table's rule of a dashed run
# a column, its runs the columns' widths, is the table's to read): the rule
# (the "page" part) is cut off as furniture, the text a line of its own; the rule's last glyph
# stands where the line break the export left out would (as the space after a head's page number)
_GLUED_RULE = re.compile(r"(?P<page>[ \t]*-{7,})-(?P<rest>[A-ZÄÖÜ][^\W\d_][^\t]*)")


# a page number in dashes joined to the page's first word where an export took its closing dash for a hyphen
# ("-2Drittes …"); the number's last digit stands where the line break the export left out would (as a glued
# rule's last glyph)
_JOINED_NUMBER = re.compile(r"(?P<n>(?P<page>[ \t]*[-–—][ \t]*\d{0,2})\d)(?P<rest>[A-ZÄÖÜ][^\W\d_][^\t]*)")


def split_glued(lines: list[Line], page_breaks: list[int]) -> tuple[list[Line], frozenset[int]]:
    """``lines`` with each running head glued to its page's first line of text cut off it (the
    head and its page number one line, the text the next), and the indices of the heads in the
    new list.

    >>> from .lines import line_index
    >>> text = "Vorlage 0815/2025\\nBetreff: Teilhabe\\n\\fVorlage 0815/2025 - 2 - 2. Gremien\\nText"
    >>> every, heads = split_glued(line_index(text)[1], [text.index("\\f") + 1])
    >>> [every[i].text for i in sorted(heads)], every[max(heads) + 1].text
    (['Vorlage 0815/2025 - 2 -'], '2. Gremien')
    """
    glued = _glued(lines, page_breaks) | {i: m for i, ln in enumerate(lines) if (m := _GLUED_RULE.fullmatch(ln.text))}
    glued |= _joined_numbers(lines, page_breaks)
    if not glued:
        return lines, frozenset()
    out: list[Line] = []
    heads: set[int] = set()
    for i, ln in enumerate(lines):
        m = glued.get(i)
        if m is None:
            out.append(ln)
            continue
        heads.add(len(out))
        out.append(Line(ln.start, ln.start + m.end("page"), ln.text[: m.end("page")]))
        out.append(Line(ln.start + m.start("rest"), ln.end, m.group("rest")))
    return out, frozenset(heads)


def _glued(lines: list[Line], page_breaks: list[int]) -> dict[int, re.Match[str]]:
    """The lines that open a page with a running head glued to its text, and their cut."""
    filled = [i for i, ln in enumerate(lines) if ln.text.strip()]
    pages = _page_of(lines, page_breaks)
    head = [i for i in filled[:FIRST_PAGE_HEAD] if lines[i].start < HEAD_CHARS and pages[i] == 1]
    titles = {_words(lines[i].text) for i in head}
    numbers = {n for i in head for n in _SLASHED_NUMBER.findall(lines[i].text) if not _year_span(n)} | {
        w for i in head for w in lines[i].text.split() if _LETTERED.fullmatch(w)
    }
    out: dict[int, re.Match[str]] = {}
    for before, i in zip([None, *filled], filled, strict=False):
        if i in head or not _DIGIT.search(lines[i].text):
            continue
        top = pages[i] > 1 and (before is None or pages[before] != pages[i])
        # (a bare number above may be a cell of a column: only a page number in dashes or words)
        after_number = before is not None and is_page_number(lines[before].text) and _WORDED.search(lines[before].text)
        m = _GLUED.fullmatch(lines[i].text) if top or after_number else None
        if m is None:
            continue
        text = m.group("head")
        words = [w.strip(",;:()") for w in text.split()]
        named = len(words) <= RUNNING_NUMBER_WORDS and any(w in numbers for w in words)
        named = named and not any(w[:1].islower() for w in words)  # "zur Drucksache 0815/2025" is prose
        if (named or _words(text) in titles) and not _SENTENCE_END.search(text):
            out[i] = m
    return out


def _joined_numbers(lines: list[Line], page_breaks: list[int]) -> dict[int, re.Match[str]]:
    """The first lines of pages that open with a page number in dashes joined to their first word
    ("-2Drittes Handlungsfeld: …"), and their cut: the number is the page's own, or the one after the
    number the text before the break ends with ("Seite 1 von 2"; an export's pages need not be the paper's)."""
    pages = _page_of(lines, page_breaks)
    out: dict[int, re.Match[str]] = {}
    filled = [i for i, ln in enumerate(lines) if ln.text.strip()]
    for before, i in zip(filled, filled[1:]):
        if pages[i] == pages[before] or (m := _JOINED_NUMBER.fullmatch(lines[i].text)) is None:
            continue
        named = WORDED_PAGE_NUMBER.search(lines[before].text)
        last = int(d.group()) if named and (d := _DIGIT.search(named.group())) else -1
        if int(m["n"].strip(" \t-–—")) in (pages[i], last + 1):
            out[i] = m
    return out


_DIGIT = re.compile(r"\d{1,3}")
_WORDED = re.compile(r"[^\d\s]")  # "Seite 1 von 3", "- 1 -": more than a bare number
