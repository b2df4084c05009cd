"""Page furniture: page numbers, running headers and footers, print notes.

Furniture is recognised so that a table or a sentence continues across a page break:
"Seite 2 von 5", "- 3 -", "3/5", a bare page number, and a line that stands at the top or
bottom of several pages with only its digits changing ("Vorlage Nr. 2017/1900 – Seite 2").
In plain text without form feeds only the page-number forms are recognised: a repeated line
in the middle of a text may be a table cell. There a page number may share its line with the
document's number ("Seite 1 von 2      Drucksache 0087/2023"), and the lines next to a page
number that repeat one of the document's first lines ("Magistratsvorlage      Nr. IV/27/2023")
are the next page's running header. A print note ("Gedruckt auf 100 Prozent Recyclingpapier",
"Druck vom 12.03.2024", "gedruckt am 12.03.2024 um 14:05 Uhr", "Ausdruck vom 12.03.2024") is
furniture wherever it stands on a line of its own, even on one page only.

A page break is transparent: a bare number at a page's edge is its page number when it is that
page's number ("2" as the last line of page 2 or the first of page 3), and a line that repeats
the paper's number or one of its first page's lines (its title) is the next page's running head
where it stands at a page's edge, beside other furniture, or inside a sentence that had not
ended ("… den Beirat zu beteiligen und" / "Vorlage 2016/0284" / "die Ergebnisse vorzustellen.").
A bare number beside such a running head is its page number.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from pipeline.lang.de import markers

from .lines import Line

PAGE_NUMBER = re.compile(
    r"[ \t]*(?:[-–—][ \t]*\d{1,3}[ \t]*[-–—]"  # - 3 -
    r"|(?:Seite|Blatt|S\.)[ \t]*\d{1,3}(?:[ \t]*(?:von|/|aus)[ \t]*\d{1,3})?"  # Seite 2 von 5
    r"|[-–—][ \t]*(?:Seite|Blatt)[ \t]*\d{1,3}(?:[ \t]*(?:von|/|aus)[ \t]*\d{1,3})?[ \t]*[-–—]"  # – Seite 2 von 5 –
    r"|\d{1,3}[ \t]*(?:/|von)[ \t]*\d{1,3}"  # 2/5, 2 von 5
    r"|\d{1,3})[ \t]*",
    re.I,
)
# a page number in words or dashes, which a cell of a line may hold beside the document's number
WORDED_PAGE_NUMBER = re.compile(
    r"[ \t]*(?:(?:Seite|Blatt)[ \t]*\d{1,3}(?:[ \t]*(?:von|/|aus)[ \t]*\d{1,3})?"
    r"|[-–—][ \t]*\d{1,3}[ \t]*[-–—])[ \t]*",
    re.I,
)
# a print note: "Gedruckt auf 100 Prozent Recyclingpapier", "Druck vom 12.03.2024", "gedruckt am
# 12.03.2024 um 14:05 Uhr", "Ausdruck vom 12.03.2024", "Druckdatum: 12.03.2024"
PRINT_NOTE = re.compile(
    r"[ \t]*(?:[Gg]edruckt[ \t]+auf(?:[ \t]+[\wäöüß%-]+){0,3}?[ \t]+[\wäöüß-]*papier"
    r"|(?:(?:Aus)?[Dd]ruck(?:datum|[ \t]+vom)?|[Gg]edruckt(?:[ \t]+am)?|Ausgedruckt(?:[ \t]+am)?):?"
    r"[ \t]*\d{1,2}\.[ \t]?\d{1,2}\.[ \t]?\d{2,4}"
    r"(?:,?[ \t]*(?:um[ \t]*)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*Uhr)?)?)[ \t.]*"
)
PAPER_NOTE = re.compile(r"papier", re.I)
_PRINT_TAIL = re.compile(r"[ \t](?:" + PRINT_NOTE.pattern + r")$")  # a print note ending a line
EDGE_LINES = 3  # non-blank lines at the top and bottom of a page that may be furniture
HEAD_LINES = 5  # the document's first non-blank lines, which a running header repeats
FIRST_PAGE_HEAD = 12  # the first page's lines a running head may repeat beside a page break (its title)
HEAD_CHARS = 2500  # ... within the document's first characters
RUNNING_NUMBER_WORDS = 5  # a running head naming the paper by its number: "Vorlage 2016/0284"
RUNNING_HEAD_LINES = 3  # a running head copies at most this many of the head's lines in a row
PROSE_LINE_WORDS = 8  # a line of prose set across the page's width, which a page break may cut
SHORT_CELL_WORDS = 6  # a cell beside a page number: a document number or type, not a sentence
_DIGITS = re.compile(r"\d+")
_DOC_NUMBER = re.compile(r"\d+[ \t]*/[ \t]*\d+|\d{4,}")
_SLASHED_NUMBER = re.compile(r"[\w-]*\d+/[\w/-]*\d[\w/-]*")  # a paper's number: "2016/0284", "IV/27/2023"
_LETTERED = re.compile(r"[^\W\d_]+/[\w/-]*\d+/[\w/-]*\d[\w/-]*")  # a number led by letters: "BV/2023/088"
_SPACED_PAGE_NUMBER = re.compile(r"[ \t](?:Seite|Blatt)[ \t]*\d{1,3}[ \t]*(?:von|/|aus)[ \t]*\d{1,3}[ \t]*$")
_SPACED_PAGE = re.compile(r"[ \t](?:Seite|Blatt)[ \t]*\d{1,3}[ \t]*$")
_NUMBERED_HEAD = re.compile(
    r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?|" + markers.ROMAN + r"\.)[ \t]+[A-ZÄÖÜ]"
)  # "4.4 Gesundheit"
_SENTENCE_END = re.compile(r"[.:;!?]\W*$")
_OPEN_END = re.compile(r"(?:\b[a-zäöüß][\w.]*|-)[ \t]*$")  # "Bezirksvertretung für", "Ortsverwal-"
_DIGIT = re.compile(r"\d")
_ROW_DATE = re.compile(r"[^:]*?\b\d{1,2}\.[ ]?\d{1,2}\.[ ]?(?:\d{4}|\d{2})\b")  # a date in a row, no label before it


# a page number in dashes run into the rule under it, as an export joins them ("- 1_______"): the
# number's closing dash lost in the rule's first stroke
_NUMBER_ON_RULE = re.compile(r"[ \t\f]*[-–—][ \t]*\d{1,3}[ \t]*[-–—]?[ \t]*_{10,}[ \t]*")


def is_page_number(text: str) -> bool:
    """Whether a line is a page number and nothing else.

    >>> [is_page_number(t) for t in ("Seite 2 von 5", "- 3 -", "12", "2017", "Seite", "3/5", "– Seite 1 von 2 –")]
    [True, True, True, False, False, True, True]
    """
    return bool(text.strip()) and PAGE_NUMBER.fullmatch(text) is not None


def furniture(lines: list[Line], page_breaks: list[int]) -> frozenset[int]:
    """Indices of the lines that are page furniture.

    ``page_breaks`` are the offsets where pages 2, 3, ... start (empty for plain text).
    """
    pages = _page_of(lines, page_breaks)
    found = {
        i
        for i, ln in enumerate(lines)
        if is_page_number(ln.text)
        and (_alone(lines, i, page_breaks) or _own_page_number(lines, i, pages))
        or _numbered_line(ln)
        or _NUMBER_ON_RULE.fullmatch(ln.text) is not None
    }
    found -= _counted(lines, found)
    notes = {i for i, ln in enumerate(lines) if PRINT_NOTE.fullmatch(ln.text.lstrip("\f")) or _noted_number(ln.text)}
    if len(page_breaks) >= 1:
        found |= _running(lines, page_breaks, found)
    found |= _repeated_head(lines, found)
    # a print date marks a page's edge; a note on the paper ("Gedruckt auf Recyclingpapier") may
    # stand at the top of a form inside the paper
    edges = found | {i for i in notes if not PAPER_NOTE.search(lines[i].text)}
    found |= notes
    found |= _running_head(lines, edges, found, pages)
    found |= _head_in_cut_word(lines, found, pages)
    found |= _numbered_feet_before(lines, found)
    found |= _rules_beside(lines, found)
    found |= _numbered_heads_after(lines, found)
    return frozenset(found)


# a rule drawn across the page with a glyph repeated ("______", "------", "======")
# (the rest of one an export wrapped onto a line of its own: "__")
_RULE_LINE = re.compile(r"[ \t\f]*(?:_{2,}|={2,}|-{10,}|" + markers.EM_DASH + "{10,})[ \t]*")


def is_rule(text: str) -> bool:
    """Whether a line is a rule drawn across the page ("______", "------", "======")."""
    return _RULE_LINE.fullmatch(text) is not None


def _rules_beside(lines: list[Line], found: set[int]) -> set[int]:
    """Rules drawn between a page's footer and the next page's header: the next filled line
    above or below is furniture, or a rule that is."""
    rules = [i for i, ln in enumerate(lines) if is_rule(ln.text)]
    out: set[int] = set()
    grew = True
    while grew:
        grew = False
        for i in rules:
            near = (_filled(lines, i, -1), _filled(lines, i, 1))
            if i not in out and any(j is not None and (j in found or j in out) for j in near):
                out.add(i)
                grew = True
    return out


def _numbered_heads_after(lines: list[Line], found: set[int]) -> set[int]:
    """A running head with its page number in dashes or words at its end ("Stadt X · Vorlage 12/2026
    - 2 -") on the first filled line after furniture (a footer, a rule under it)."""
    return {
        i
        for i, ln in enumerate(lines)
        if i not in found
        and _ends_numbered(ln.text)
        and RUNNING_HEAD_NUMBERED.fullmatch(ln.text)
        and (j := _filled(lines, i, -1)) is not None
        and j in found
    }


def _numbered_feet_before(lines: list[Line], found: set[int]) -> set[int]:
    """A page's foot with its page number in words at its end after a short name ("Stadt X – Der
    Oberbürgermeister      Seite 1 von 4") on the filled line before furniture (the paper's number
    and print date under it); a rule the export glued before it stays part of it."""
    out: set[int] = set()
    for i, ln in enumerate(lines):
        if i in found or not _ends_numbered(ln.text) or (m := _SPACED_PAGE_NUMBER.search(ln.text)) is None:
            continue
        before = _RULE_OPEN.sub("", ln.text[: m.start()])
        if (j := _filled(lines, i, 1)) is None or j not in found or _SENTENCE_END.search(before):
            continue
        if 0 < len(before.split()) <= SHORT_CELL_WORDS and not any(w[:1].islower() for w in before.split()):
            out.add(i)
    return out


_RULE_OPEN = re.compile(r"^[ \t\f]*(?:_{2,}|={2,}|-{10,})")  # a rule an export set on the line's start


def _noted_number(text: str) -> bool:
    """A line with the paper's number under a short name and a print note at its end
    ("Gemeinderatsdrucksache Nr. 38/2028      gedruckt am 21.02.2028 11:42"): a page's foot.

    >>> [_noted_number(t) for t in ("Drucksache Nr. 38/2028 gedruckt am 21.02.2028 11:42",
    ...                             "Der Rat hat 38/2028 gedruckt am 21.02.2028")]
    [True, False]
    """
    if not _DIGIT.search(text) or (m := _PRINT_TAIL.search(text)) is None:
        return False
    words = text[: m.start()].split()
    return (
        0 < len(words) <= RUNNING_NUMBER_WORDS
        and not any(w[:1].islower() for w in words)
        and _DOC_NUMBER.search(text[: m.start()]) is not None
        and not _SENTENCE_END.search(text[: m.start()])
    )


def _ends_numbered(text: str) -> bool:
    """Whether a line ends as a worded or dashed page number does (a digit or a dash, spaces
    after it): the lines that :data:`RUNNING_HEAD_NUMBERED` is tried on (its leading run of any
    characters would be tried at every position of every other line too)."""
    last = text.rstrip(" \t")[-1:]
    return bool(last) and (last.isdigit() or last in _NUMBER_DASHES)


_NUMBER_DASHES = "-\u2013" + markers.EM_DASH  # the dashes of WORDED_PAGE_NUMBER's "- 2 -"


# a running head with its page number in dashes or words at its end ("Stadt X · Vorlage 12/2026 - 2 -")
RUNNING_HEAD_NUMBERED = re.compile(r"[^\n]*\S[ \t]+" + WORDED_PAGE_NUMBER.pattern, re.I)


def _filled(lines: list[Line], i: int, step: int) -> int | None:
    j = i + step
    while 0 <= j < len(lines) and not lines[j].text.strip():
        j += step
    return j if 0 <= j < len(lines) else None


_CUT_WORD = re.compile(r"[a-zäöüß]{2}-$")  # "Integrationsb-": a word the line's end cut


def _head_in_cut_word(lines: list[Line], found: set[int], pages: list[int]) -> set[int]:
    """The first line of a page, short and no sentence, between a word the last page cut
    ("Integrationsb-", page furniture after it) and the word's lower-case rest ("eirat"): a running
    head nothing else marks, since no line of the text stands inside a word."""
    filled = [i for i, ln in enumerate(lines) if ln.text.strip() and i not in found]
    out: set[int] = set()
    for a, b, c in zip(filled, filled[1:], filled[2:], strict=False):
        if pages[a] == pages[b] or pages[b] != pages[c] or not _CUT_WORD.search(lines[a].text.rstrip()):
            continue
        text = lines[b].text.strip()
        if (
            lines[c].text.strip()[:1].islower()
            and not text[:1].islower()
            and len(text.split()) <= RUNNING_NUMBER_WORDS
            and not _SENTENCE_END.search(text)
            and not text.endswith("-")
        ):
            out.add(b)
    return out


def _page_of(lines: list[Line], page_breaks: list[int]) -> list[int]:
    """The number of the page (from 1) each line stands on."""
    out, page, cut = [], 1, iter(page_breaks)
    nxt = next(cut, None)
    for ln in lines:
        while nxt is not None and ln.start >= nxt:
            page += 1
            nxt = next(cut, None)
        out.append(page)
    return out


def _edge(lines: list[Line], i: int, pages: list[int], step: int) -> bool:
    """Whether only blank lines stand between line ``i`` and its page's end (``step`` 1) or start (-1)."""
    j = i + step
    while 0 <= j < len(lines) and pages[j] == pages[i]:
        if lines[j].text.strip():
            return False
        j += step
    return 0 <= j < len(lines)  # the document's own start or end is no page break


def _own_page_number(lines: list[Line], i: int, pages: list[int]) -> bool:
    """A bare number at its page's foot or head that is that page's number: "2" as the last line
    of page 2 (or the first of page 3), right after the page's last sentence. An excerpt's pages
    may be numbered from further on: a larger number as the last line before a page break ("3.
    Sozialamt" / "2" / form feed) is the page's number after a line of words that is no label
    (a value under "Anzahl:"), no cell of a column of numbers and no open line ("bis zu" / "7"
    goes on)."""
    text = lines[i].text.strip()
    if not text.isdigit() or int(text) < pages[i]:
        return False
    if int(text) == pages[i]:
        return _edge(lines, i, pages, 1) or _edge(lines, i, pages, -1)
    above = next((ln.text.strip() for ln in lines[i - 1 :: -1] if ln.text.strip()), "") if i else ""
    words = re.search(r"[^\W\d_]{3,}", above) is not None and not re.search(r"[:\d]\W*$", above)
    return words and not _OPEN_END.search(above) and _edge(lines, i, pages, 1)


def _running_head(lines: list[Line], edges: set[int], found: set[int], pages: list[int]) -> set[int]:
    """Lines after the first page's head that repeat up to RUNNING_HEAD_LINES of its first lines
    (the paper's title) or name its number ("Vorlage 2016/0284"), standing at a page's edge, beside
    furniture or inside a sentence that goes on after them; with a bare number beside them (their
    page number). A longer copy of the head (a summary repeated as the proposal) is text."""
    filled = [i for i, ln in enumerate(lines) if ln.text.strip()]
    head = [i for i in filled[:FIRST_PAGE_HEAD] if lines[i].start < HEAD_CHARS and i not in found and pages[i] == 1]
    first: dict[str, int] = {}  # a head line, and where it first stands
    numbers: dict[str, int] = {}  # a paper's number in the head, and where it first stands
    for i in head:
        first.setdefault(_words(lines[i].text), i)
        words = [w.strip(",;:()") for w in lines[i].text.split()]
        lettered = [w for w in words if _LETTERED.fullmatch(w) and w.count("/") >= 3]
        if len(words) <= RUNNING_NUMBER_WORDS:  # a number line, not a title with a year in it
            # the number's digits, and the whole word when letters and a slash lead it ("BV/2023/088")
            lettered = [*_SLASHED_NUMBER.findall(lines[i].text), *(w for w in words if _LETTERED.fullmatch(w))]
        # a number of four slashed parts led by letters ("DR/BV/112/2025/V-50") in a longer line of
        # the head too (a form's right-hand column beside the office), never a title's year
        for token in lettered:
            if not _year_span(token):
                numbers.setdefault(token, i)
    if not first:
        return set()
    rank = {i: n for n, i in enumerate(filled)}
    # a copy's words open as a head line's do (their first character, folded): most lines are out
    # before their words are normalised; a line naming a number holds it
    opens = {key[:1] for key in first}
    copies = [i for i in filled if i not in found and _opens(lines[i].text) in opens]
    copies = [i for i in copies if _copies_head(lines, filled, rank, first, i)]
    named = {
        i
        for i in filled
        if i not in found and any(n in lines[i].text for n in numbers) and _names_number(lines[i].text, numbers, i)
    }
    out: set[int] = set()
    for _ in range(RUNNING_HEAD_LINES):  # a head of several lines: each next to the edge or to another
        for i in sorted({*copies, *named}):
            n = rank[i]
            k = n - 1
            while k >= 0 and lines[filled[k]].text.strip().isdigit() and filled[k] not in edges:
                k -= 1
            m = n + 1
            while m < len(filled) and lines[filled[m]].text.strip().isdigit() and filled[m] not in edges:
                m += 1
            above = filled[k] if k >= 0 else None
            below = filled[m] if m < len(filled) else None
            # a copy of the head stands at the top of a page: after a page number or a page break
            # (or at a page's foot before a break); a line naming the number at either edge
            at_edge = above is not None and (above in edges or above in out or pages[above] != pages[i])
            at_edge |= below is not None and pages[below] != pages[i]
            at_edge |= i in named and below is not None and below in edges
            # inside a sentence that goes on after it, only a line that names the paper's number
            if at_edge or i in named and _inside(lines, filled, k, m, first):
                out.add(i)
                # a bare number between the sentence and the head is the page's number
                out |= {filled[j] for j in (*range(k + 1, n), *range(n + 1, m))}
    return out


def _year_span(token: str) -> bool:
    """A school or budget year ("2018/19", "2026/2027"), never a paper's number.

    >>> [_year_span(t) for t in ("2018/19", "2026/2027", "2016/0284", "31/2009", "1999/00")]
    [True, True, False, False, True]
    """
    m = re.fullmatch(r"((?:19|20)\d\d)/(\d\d|\d{4})", token)
    return m is not None and int(m.group(2)) % 100 == (int(m.group(1)) + 1) % 100


def _inside(lines: list[Line], filled: list[int], k: int, m: int, first: dict[str, int]) -> bool:
    """Between a line of prose as wide as a page's text that has not ended its sentence (and copies
    no head line itself) and the rest of that sentence (a noun may open it)."""
    if not (0 <= k and m < len(filled)):
        return False
    before = lines[filled[k]].text
    return (
        len(before.split()) >= PROSE_LINE_WORDS
        and not _SENTENCE_END.search(before)
        and first.get(_words(before), filled[k]) >= filled[k]
    )


def _opens(text: str) -> str:
    """The first character of a line's :func:`_words` (casefolding goes character by character)."""
    return text.lstrip()[:1].casefold()[:1]


def _words(text: str) -> str:
    """A line as a repeat compares it: runs of space as one, any case."""
    return " ".join(text.split()).casefold()


def _copies_head(lines: list[Line], filled: list[int], rank: dict[int, int], first: dict[str, int], i: int) -> bool:
    """Line ``i`` repeats a head line before it (with a word in it, no sentence's end), in a run of
    at most RUNNING_HEAD_LINES lines that copy the head line by line, and the page goes on with
    its own text: a line equal but for its digits to the one after the copied lines is the next
    row of a table whose name repeats the row before ("Gemeinderätliche" / "Kommission KEG" /
    "02.01.2013 1" under the same name over "01.01.2013 1"); lines the head goes on from with a
    date that no label names, or a copy whose last line is open (a lower-case word or a hyphen at
    its end) while the next line is no copy, are a table row's wrapped name."""
    key = _words(lines[i].text)
    h = first.get(key, i)
    if h >= i or not re.search(r"[^\W\d_]{3,}", key) or _SENTENCE_END.search(key):
        return False
    run = 1
    for step in (-1, 1):
        a, b = rank[i] + step, rank[h] + step
        while 0 <= a < len(filled) and 0 <= b < len(filled) and b != rank[i] and a != rank[h]:
            if _words(lines[filled[a]].text) != _words(lines[filled[b]].text):
                after = lines[filled[b]].text
                if step == 1 and (_key(lines[filled[a]].text) == _key(after) or _ROW_DATE.match(after)):
                    return False
                break
            run += 1
            a, b = a + step, b + step
        if step == 1 and _OPEN_END.search(lines[filled[a - 1]].text):
            return False  # the copy ends where its line goes on ("Bezirksvertretung für"): a cell's first part
    return run <= RUNNING_HEAD_LINES


def _names_number(text: str, numbers: dict[str, int], i: int) -> bool:
    """A short line naming the head's number before it ("Vorlage 2016/0284", "DS 2016/0284"); a line
    of prose that names it ("zur DS 31/2009", "12/2008 abgewogen werden.") is none. A print note after it
    is the head's too ("Kreis X · Vorlage 2016/0284      Druck: 18.05.2027").

    >>> _names_number("Kreis X · Vorlage 2016/0284   Druck: 18.05.2027", {"2016/0284": 2}, 40)
    True
    """
    note = _PRINT_TAIL.search(text)
    words = text[: note.start()].split() if note is not None and note.start() else text.split()
    if len(words) > RUNNING_NUMBER_WORDS or _SENTENCE_END.search(text) or any(w[:1].islower() for w in words):
        return False
    if not re.search(r"[^\W\d_]{2,}", text):  # a label names the paper: "2026/27" alone is a year
        return False
    return any(numbers.get(w.strip(",;:()"), i) < i for w in words)


def _numbered_line(line: Line) -> bool:
    """A line of cells, one of them a page number in words or dashes and the others short:
    "Seite 1 von 2      Drucksache 0087/2023", "Vorlage Nr. 101/2020      - 2 -"; or a line ending
    in "Seite n von m" after a short text with the paper's number, joined by single spaces.

    >>> _numbered_line(Line(0, 72, "Landkreis Ludwigslust-Parchim – Drucksache Nr. 2023/KT/0451 Seite 2 von 3"))
    True
    >>> _numbered_line(Line(0, 40, "Die Kosten nach Drucksache 12/2023 Seite 4"))
    False
    >>> _numbered_line(Line(0, 35, "Sitzungsvorlage SV 2027/163 Seite 1"))
    True
    """
    if not _DIGIT.search(line.text):  # a page number and a document number have digits: most lines are out at once
        return False
    cells = [t for _, _, t in line.columns]
    if len(cells) == 1 and (m := _SPACED_PAGE_NUMBER.search(line.text) or _SPACED_PAGE.search(line.text)):
        # joined by single spaces, as an export sets a footer: "Landkreis X – Drucksache Nr. 2023/KT/0451 Seite 2
        # von 3"; a page's number alone after a name with no word in lower case ("Sitzungsvorlage SV 2027/163 Seite 1")
        cells = [line.text[: m.start()], m.group().strip()]
        cells = [t for t in cells if t.strip()]
        if len(cells) < 2 or not _SLASHED_NUMBER.search(cells[0]):
            return False
        if "von" not in m.group() and "/" not in m.group() and any(w[:1].islower() for w in cells[0].split()):
            return False
    if len(cells) < 2 or not any(WORDED_PAGE_NUMBER.fullmatch(t) for t in cells):
        return False
    others = [t for t in cells if not WORDED_PAGE_NUMBER.fullmatch(t)]
    # the others name the document: short, and with a document number ("0087/2023", "2017001");
    # "2.1 Sprache      Seite 5" in a table of contents has none
    return all(len(t.split()) <= SHORT_CELL_WORDS for t in others) and any(_DOC_NUMBER.search(t) for t in others)


def _repeated_head(lines: list[Line], numbers: set[int]) -> set[int]:
    """Lines beside a page number (up to EDGE_LINES non-blank lines before or after it, each next
    to the number or to another such line) that repeat one of the document's first lines but for
    their digits: the running header of the next page. A repeat with other text between it and the
    number is the text's own, and a repeat after the number whose line is open (a lower-case word
    or a hyphen at its end) is a table row's wrapped name going on below."""
    if not numbers:
        return set()
    filled = [i for i, ln in enumerate(lines) if ln.text.strip()]
    first = min(numbers)
    head_lines = {i for i in filled[:HEAD_LINES] if i < first}  # the first page's top, before any page number
    head = {_key(lines[i].text) for i in head_lines}
    rank = {i: n for n, i in enumerate(filled)}
    out: set[int] = set()
    for i in numbers:
        if i not in rank:
            continue
        n = rank[i]
        for side in (filled[max(0, n - EDGE_LINES) : n][::-1], filled[n + 1 : n + 1 + EDGE_LINES]):
            taken = list(side)
            for k, j in enumerate(side):
                if j in head_lines or _key(lines[j].text) not in head or len(lines[j].text) > 120:
                    taken = side[:k]
                    break
            if taken and taken[-1] > i and _OPEN_END.search(lines[taken[-1]].text):
                taken = taken[:-1]  # the copy goes on below ("Bezirksvertretung für"): a cell's first part
            out.update(taken)
    return out


def _key(text: str) -> str:
    """A line as a running header compares it: digits as #, runs of space as one, any case."""
    return _DIGITS.sub("#", " ".join(text.split())).casefold()


NUMBER_RUN_LINES = 16  # bare numbers counting up closer than this are a numbered column, not pages


def _counted(lines: list[Line], found: set[int]) -> set[int]:
    """Bare numbers among ``found`` that count up a few lines apart ("1" / "Sprache und Bildung" /
    "2" / "Arbeit" ...): a table's number column set one cell per line, never page numbers (a
    page is longer).

    >>> from .lines import line_index
    >>> _, every = line_index("1\\n\\nSprache\\n\\n2\\n\\nArbeit\\n\\n3\\n\\nWohnen")
    >>> sorted(_counted(every, {0, 4, 8}))
    [0, 4, 8]
    """
    bare = {i: int(t) for i in found if (t := lines[i].text.strip()).isdigit() and len(t) <= 3}
    out: set[int] = set()
    for i, n in bare.items():
        for j, m in bare.items():
            if m == n + 1 and 0 < j - i < NUMBER_RUN_LINES:
                out |= {i, j}
    return out


def _alone(lines: list[Line], i: int, page_breaks: list[int]) -> bool:
    """A bare number is a page number only on its own between blank lines or at a page edge:
    in a table column "12" is a TOP number."""
    text = lines[i].text.strip()
    if not text.isdigit():
        return True
    before = i == 0 or not lines[i - 1].text.strip() or lines[i].start in page_breaks
    after = i + 1 == len(lines) or not lines[i + 1].text.strip() or lines[i + 1].start in page_breaks
    return before and after


def _running(lines: list[Line], page_breaks: list[int], found: set[int]) -> set[int]:
    """Lines at the edges of two or more pages that are equal but for their digits (``found``: the
    page numbers, which may stand between them and the edge)."""
    pages: list[list[int]] = [[]]
    cut = iter(page_breaks)
    nxt = next(cut, None)
    for i, ln in enumerate(lines):
        while nxt is not None and ln.start >= nxt:
            pages.append([])
            nxt = next(cut, None)
        if ln.text.strip():
            pages[-1].append(i)
    # a running header stands at the top of pages, a footer at their foot: a table header at the foot
    # of one page and repeated at the top of the next is no furniture
    edges: dict[int, list[tuple[str, str]]] = {}
    on_pages: dict[tuple[str, str], set[int]] = {}
    for n, page in enumerate(pages):
        for edge, part in (("top", page[:EDGE_LINES]), ("foot", page[-EDGE_LINES:])):
            for i in part:
                key = (edge, _key(lines[i].text))
                edges.setdefault(i, []).append(key)
                on_pages.setdefault(key, set()).add(n)
    running = {i for i, keys in edges.items() if any(len(on_pages[k]) >= 2 and len(k[1]) <= 120 for k in keys)}
    # each stands at the page's very edge, or next to another piece of furniture there: a line of
    # text below the head that two short pages happen to share is no furniture
    out: set[int] = set()
    for page in pages:
        for side in (page[:EDGE_LINES], page[-EDGE_LINES:][::-1]):
            for i in side:
                if i not in running and i not in found:
                    break
                out |= {i} & running
    return out


def padding(
    lines: list[Line],
    found: frozenset[int],
    open_only: bool = False,
    page_breaks: Collection[int] = (),
    rest_only: bool = False,
) -> frozenset[int]:
    """The blank lines around runs of furniture (a form feed's empty line among them), up to the
    text on either side: with the furniture they make the page break a reader steps over, so that
    a row, a wrapped name or a spilled cell goes on after it. With ``open_only``, only around a
    break after a line that ends no sentence (a list item, a row, a sentence cut by the break):
    after a full stop the blank line may end a paragraph, and before a numbered heading ("4.4
    Gesundheit und Pflege") it sets the heading apart. The empty line a form feed ends is kept
    where it ends before one of ``page_breaks`` (the prose layout reads the break from it). With
    ``rest_only``, only before a line that goes on in lower case.

    >>> from .lines import line_index
    >>> _, every = line_index("Gemeinderätliche\\n\\n- 1 -\\n\\fKommission KEG")
    >>> sorted(padding(every, frozenset({2})))
    [1, 3]
    >>> _, every = line_index("Ende.\\n\\n- 1 -\\n\\nNeu")
    >>> sorted(padding(every, frozenset({2}))), sorted(padding(every, frozenset({2}), open_only=True))
    ([1, 3], [])
    """
    if not found:  # no furniture: no blank line around it
        return frozenset()
    breaks = set(page_breaks)
    out: set[int] = set()
    block: list[int] = []  # a run of furniture and blank lines
    before = ""  # the text line before it
    for i, ln in enumerate([*lines, Line(0, 0, ".")]):  # a last text line closes the last block
        if i in found or i < len(lines) and not ln.text.strip():
            block.append(i)
            continue
        if any(j in found for j in block) and not (open_only and _closed(before, ln.text, rest_only)):
            out.update(j for j in block if j not in found and lines[j].end + 1 not in breaks)
        block, before = [], ln.text
    return frozenset(out)


def _closed(before: str, text: str, rest_only: bool) -> bool:
    """Whether a break between the text line ``before`` and ``text`` may end a paragraph: a sentence
    ends before it, or a numbered heading opens after it; with ``rest_only``, also where the text
    does not go on in lower case ("für" / "alle Ortsteile."; a capital line may be a head nothing
    marks: "Stadt X – Integrationskonzept" once)."""
    closed = bool(not before or _SENTENCE_END.search(before) or _NUMBERED_HEAD.match(text))
    return closed or rest_only and not text.strip()[:1].islower()
