"""The Beratungsfolge block: where a Beratungsfolge stands and which lines belong to it.

The consultations family's one definition of the block, which the review asks (it reads no block
of its own): the heading or the column header, the lines after it up to the block's end, at most
MAX_BLOCK_LINES (the limit of the table reader too). The shapes the block is told by (a body
named by its head word, a date, also one spoilt by OCR, a line of prose) are here as well.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from pipeline.lang.de import markers
from pipeline.lang.de.dates import DATE_LIKE, find_dates, may_hold_date
from pipeline.structure import Line

from .flat import inline_title, wrapped_flat
from .headers import attributed_header, column_words_only, header, opens_header
from .tables import MAX_BLOCK_LINES
from .vocab import Vocab

PROSE_CHARS = 160  # a line this long is prose, and ends a Beratungsfolge block
SENTENCE_LINES = 4  # lines more a sentence under the heading may be wrapped over
HEADER_CELLS = 8  # column words of a header set one per line
_NUMBERED_HEADING = re.compile(r"^\s*(?:\d{1,2}|" + markers.ROMAN + r"|[A-H])[.)]\s+[A-ZÄÖÜ][\wäöüß ,/&-]{2,60}:?\s*$")

_FINAL_DOT = re.compile(r"(?<=\d)\.(?=\s|$)")  # a date's dot that also ends a sentence


def body_words(text: str, v: Vocab, executive: bool = True) -> list[str]:
    """Words of ``text`` that name a body by their head ("Bezirksausschusses", "Stadtrat"),
    not compounds that only begin with one ("Stadtratsanfrage")."""
    return list(_body_words(text, v, executive))


@functools.lru_cache(maxsize=16384)  # the block readers and the misses ask of the same lines
def _body_words(text: str, v: Vocab, executive: bool) -> tuple[str, ...]:
    out: list[str] = []
    last = -1
    for hit in body_pattern(v, executive).finditer(text):
        start, end = hit.start(), hit.end()
        while start > 0 and WORD_CHAR.match(text[start - 1]):
            start -= 1
        while end < len(text) and WORD_CHAR.match(text[end]):
            end += 1
        if start != last and end - hit.end() <= 3:  # the head ends the word, but for an ending
            out.append(text[start:end])
            last = start
    return tuple(out)


WORD_CHAR = re.compile(r"[\wÄÖÜäöüß-]")


_BODY_PATTERNS: dict[tuple[int, bool], re.Pattern[str]] = {}


def body_pattern(v: Vocab, executive: bool) -> re.Pattern[str]:
    """The body-type patterns of the vocabulary in one alternation (without the executive)."""
    key = (id(v), executive)
    if key not in _BODY_PATTERNS:
        parts = [
            f"(?{'i' if p.flags & re.I else '-i'}:{p.pattern})"
            for kind, p in v.body_types
            if executive or kind != "executive"
        ]
        _BODY_PATTERNS[key] = re.compile("|".join(parts))
    return _BODY_PATTERNS[key]


def column_prefilter(v: Vocab) -> re.Pattern[str]:
    """A word naming the body column ("Gremium", "Beratungsfolge"): no table header lacks one."""
    key = (id(v), "columns")
    if key not in _COLUMN_PATTERNS:
        parts = [f"(?{'i' if p.flags & re.I else '-i'}:{p.pattern})" for kind, p in v.columns if kind == "body"]
        _COLUMN_PATTERNS[key] = re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])")
    return _COLUMN_PATTERNS[key]


_COLUMN_PATTERNS: dict[tuple[int, str], re.Pattern[str]] = {}


def date_tokens(text: str) -> list[tuple[int, int, str | None]]:
    """Dates (start, end, ISO) of a line; spoilt ones that still look like dates with ISO None."""
    return list(_date_tokens(text))


@functools.lru_cache(maxsize=16384)  # the block readers and the misses ask of the same lines
def _date_tokens(text: str) -> tuple[tuple[int, int, str | None], ...]:
    if not may_hold_date(text):  # a spoilt date is counted only with four digits, as a date needs them
        return ()
    found: list[tuple[int, int, str | None]] = [(d.start, d.end, d.iso) for d in find_dates(text, months=True)]
    probe = _FINAL_DOT.sub(" ", text)  # "am 12.O5.2021." ends a sentence
    for m in DATE_LIKE.finditer(probe):
        if sum(ch.isdigit() for ch in m.group(0)) >= 4 and not any(s <= m.start() < e for s, e, _ in found):
            found.append((m.start(), m.end(), None))
    return tuple(sorted(found, key=lambda t: t[0]))


# a token with the shape of a date: digits or their OCR look-alikes (O, o, l, I, |) around dots
SPOILT_DATE = re.compile(r"(?<![\w.])[\dOolI|]{1,2}\s?[.,]\s?[\dOolI|]{1,2}\s?[.,]\s?[\dOolI|]{2,4}(?![\w.])")


def spoilt_dates(text: str) -> list[str]:
    """Tokens of a line with the shape of a date that OCR spoilt ("12.O3.2O18": O for 0, l for 1).

    >>> spoilt_dates("Sozialausschuss O6.l2.2Ol7 öffentlich, am 12.03.2018")
    ['O6.l2.2Ol7']
    """
    return [m.group(0) for m in SPOILT_DATE.finditer(text) if re.search(r"[OolI|]", m.group(0))]


@functools.lru_cache(maxsize=16384)  # the block readers and the misses ask of the same lines
def prose(text: str, v: Vocab) -> bool:
    """Whether a line is part of a sentence: seven words or more, three of them (not status
    words) in lower case ("Im Mai 2018 wurde dem Sozialausschuss ein Bericht vorgestellt.")."""
    words_ = text.split()
    if len(words_) < 7:
        return False
    rest = text
    for _, p in [*v.roles, *v.public]:
        rest = p.sub(" ", rest)
    return sum(1 for w in rest.split() if w[:1].islower()) >= 3


def blocks(every: list[Line], v: Vocab) -> Iterator[tuple[Line, list[Line]]]:
    """(heading or header line, the lines of its block) for each Beratungsfolge: the lines after
    a "Beratungsfolge" heading or a column header up to a section heading, another
    Beratungsfolge, prose, a numbered heading, two blank lines or MAX_BLOCK_LINES lines."""
    taken = -1
    for i, line in enumerate(every):
        if i <= taken:
            continue
        text = line.text
        head = v.title.match(text)
        if head is None and not opens_header(text, v):  # neither a header nor a column word per line
            if found := inline_title(text, v):  # the header block of the document on one line
                seg = Line(line.start + found[0].start, line.start + found[0].end, found[0].text)
                yield seg, [seg]
            continue
        if head is not None:
            rest = line.text[head.end() :]
            if len(rest.strip()) > 80 and "\t" not in rest:
                if found := inline_title(line.text, v, anywhere=True):  # the Beratungsfolge flattened into its line
                    seg = found[0]
                    yield line, [Line(line.start + seg.start, line.start + seg.end, seg.text)]
                continue  # else "Beratungsfolge" opening a sentence
            if wrapped := wrapped_flat(line, every[i + 1 :], head.end(), v):
                yield line, [wrapped[0]]
                taken = i + wrapped[1]
                continue
            # the heading's rest is a row, unless it is the table's column words ("dieser Vorlage am TOP ö nö")
            first = [Line(line.start + head.end(), line.end, rest)] if rest.strip() else []
            # or the heading's attribute words ("Beratungsfolge dieser Vorlage")
            if first and (
                column_words_only(line.text, v)
                or ((hdr := attributed_header(line.text, v)) is not None and hdr.end >= len(line.text.rstrip()))
            ):
                first = []
        elif len(line.text) <= 200 and column_prefilter(v).search(line.text) and header(line.text, v) is not None:
            first = []
        elif (header_end := wrapped_header(every, i, v)) is not None:  # one column word per line
            yield line, block_lines(every[header_end + 1 :], v)
            taken = header_end
            continue
        elif found := inline_title(line.text, v):  # the header block of the document on one line
            seg = Line(line.start + found[0].start, line.start + found[0].end, found[0].text)
            yield seg, [seg]
            continue
        else:
            continue
        block = first + block_lines(every[i + 1 :], v)
        taken = i + len(block) - len(first)
        yield line, block


def wrapped_header(every: list[Line], i: int, v: Vocab) -> int | None:
    """Where a table header set one column word per line ends ("Datum der Beratung" / "" /
    "Zuständigkeit" / "" / "Abstimmungsergeb.", as an export of a ruled table gives it): the index
    of its last line, when two or more such lines, blank lines between them, read as a header
    with a body and a date column; None otherwise."""
    if not column_words_only(every[i].text, v) or not every[i].text.strip():
        return None
    words, last = [every[i].text.strip()], i
    for k in range(i + 1, min(len(every), i + 1 + 2 * HEADER_CELLS)):
        text = every[k].text.strip()
        if not text:
            continue
        if not column_words_only(text, v) or len(words) == HEADER_CELLS:
            break
        words.append(text)
        last = k
    hdr = header("\t".join(words), v) if len(words) >= 2 else None
    return last if hdr is not None and {"body", "date"} <= set(hdr.kinds) else None


def block_lines(following: list[Line], v: Vocab) -> list[Line]:
    """The lines of a Beratungsfolge block after its heading or header line."""
    out: list[Line] = []
    blanks = 0
    for k, ln in enumerate(following[:MAX_BLOCK_LINES]):
        text = ln.text.strip()
        if not text:
            blanks += 1
            if blanks >= 2 and out:
                break
            continue
        blanks = 0
        if any(p.match(ln.text) for p in v.stops) or v.title.match(ln.text):
            break
        if not out and text[:1] == "(" and text.endswith((")", ").")) and not date_tokens(text):
            continue  # a note in brackets under the heading ("(Das Datum steht in der Spalte der … Befassung.)")
        if (len(text) > PROSE_CHARS or prose(text, v)) and (len(text) > PROSE_CHARS or not opens_header(ln.text, v)):
            if not out:  # "Die Vorlage wird im Sozialausschuss am ... vorberaten ...": the heading's sentence,
                sentence = [ln]  # maybe wrapped over lines up to a blank one ("dem Sozial- und" / "Hauptausschuss")
                for more in following[k + 1 : k + 1 + SENTENCE_LINES]:
                    if not more.text.strip():
                        break
                    sentence.append(more)
                joined = " ".join(x.text for x in sentence)
                if (date_tokens(joined) or spoilt_dates(joined)) and body_words(joined, v):
                    out.extend(sentence)
            break
        if _NUMBERED_HEADING.match(text) and not date_tokens(text) and not body_words(text, v):
            break
        out.append(ln)
    return out
