"""The Beratungsfolge rows left outside the block: dated lines the block readers never looked at.

Three signs of the consultations family's misses (:mod:`.misses`), each a row whose date no
consultation has, found where the block (:func:`.blocks.blocks`) stopped short of it:

- :func:`header_rows`: a line under a header whose first column is the bodies' ("Gremium
  Termin TOP ö nö Ergebnis", "Beratungsfolge Sitzungstermin Stand", a vote table's "Gremium Ja
  Nein"), within REACH lines and before prose or a section, that holds a full date and names a
  body on itself or on the lines just above it: a row set over blank lines ("Gemeinderat" / "" /
  "23.05.2017 8", after which the block ended), a date wrapped before its year ("25. Januar" /
  "2023"), the meeting date of a vote table ("Fachausschuss Finanzen 09.08.2011 x x");
- :func:`flat_heading`: the heading with its table flattened into its line, two bodies and two
  dates or more after it ("Beratungsfolge Sitzungsdatum ö nö Ausschuss für Soziales 10.09.2020 x
  Verwaltungsausschuss 22.09.2020 x …"), more dates than the consultations read from the line;
- :func:`body_then_date`: a short line near the top naming a body, and the next line opening
  with a date and nothing but times and status words after it ("Niederschrift 25. Sitzung
  Hauptausschuss" / "11. Januar 2022, 16:30 Uhr");
- :func:`dated_rows`: where nothing was read, two lines or more one under the other near the
  top, each with a date (read or spoilt) and few words, one naming a body at its start: a
  Beratungsfolge whose heading and status words a broken text layer spoilt ("Beratunggsfolge",
  "Rat 19.07.2012 Unterricchtung").

Never raised for a date a consultation has, the document's date, a letter's date ("Karlsruhe,
den 12.03.2018") or a line a consultation's evidence covers.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from extractors.misses import Miss, clip
from pipeline.document import Document
from pipeline.lang.de import markers
from pipeline.lang.de.dates import WEEKDAYS, WEEKDAYS_SHORT
from pipeline.structure import HEADER_CHARS, Line

from .blocks import PROSE_CHARS, body_words, date_tokens, prose, spoilt_dates
from .headers import column_kind, column_words_only, header
from .legends import spelled
from .vocab import Vocab

if TYPE_CHECKING:
    from .misses import Read

REACH = 12  # lines (blank ones not counted) under a header where its rows may stand
LOOK_BACK = 2  # undated lines above a date where its row's body may stand (a name wrapped, a cell above)
ROW_WORDS = 14  # a row of a table, not a line of prose
HEADER_WORDS = 10  # a header line is short
Quiet = Callable[[str, Vocab], bool]  # whether a text holds nothing but status words (misses.quiet)
STACK = 2  # dated lines one under the other that make a table
_YEAR = re.compile(r"\s*(?:19|20)\d\d\s*$")  # a year alone: the end of a date wrapped before it
_WEEKDAY = re.compile(r"\s*(?:" + "|".join(WEEKDAYS) + "|(?:" + "|".join(WEEKDAYS_SHORT) + r")\b\.?),?\s*")
LETTER_DATE = re.compile(r",\s*(?:den\s*)?$|\bden\s*$|\b(?:Datum|Stand|Druckdatum|erstellt)\s*:?\s*$", re.I)


@functools.lru_cache(maxsize=16384)  # asked of each line as a header and again under the headers above it
def opens_body_column(text: str, v: Vocab) -> bool:
    """Whether a short line opens with the heading or the bodies' column word ("Gremium Ja
    Nein", "Beratungsfolge dieser Vorlage")."""
    words = text.split()
    if not words or len(words) > HEADER_WORDS or not text.lstrip()[:1].isupper():
        return False
    if v.title.match(text) is not None:
        return True
    return column_kind(words[0], v, partial=False) == "body" and not body_words(words[0], v)  # not "Ausschuss für"


def _unused(iso: str | None, read: Read) -> bool:
    return iso is not None and len(iso) == len("2017-05-23") and iso not in read.dates and iso != read.doc_date


def _row_date(ln: Line, nxt: Line | None) -> tuple[str, str] | None:
    """The first full date of a row (its ISO form and as written), also one wrapped before its
    year onto the next line ("25. Januar" / "2023"); None for a letter's date."""
    for start, end, iso in date_tokens(ln.text):
        if iso is not None and len(iso) == len("2017-05-23") and not LETTER_DATE.search(ln.text[:start]):
            return iso, ln.text[start:end]
    if nxt is not None and _YEAR.match(nxt.text):
        joined = ln.text.rstrip() + " " + nxt.text.strip()
        for start, end, iso in date_tokens(joined):
            if iso is not None and len(iso) == len("2017-05-23") and end > len(ln.text.rstrip()):
                return iso, joined[start:end]
    return None


def _under(lines: list[Line], i: int, v: Vocab) -> list[Line]:
    """The lines under a header up to REACH, prose, a section heading or another heading."""
    out: list[Line] = []
    for ln in lines[i + 1 : i + 1 + REACH]:
        text = ln.text.strip()
        if len(text) > PROSE_CHARS or prose(text, v) or any(p.match(ln.text) for p in v.stops):
            break
        if v.title.match(ln.text) or opens_body_column(ln.text, v):
            break
        out.append(ln)
    return out


def header_rows(
    doc: Document, every: list[Line], read: Read, v: Vocab, seen: Sequence[Line], quiet: Quiet
) -> Iterator[Miss]:
    """Dated lines under a header of the bodies' column that name a body (on the line or the
    LOOK_BACK undated lines above it), or the first line under a header of a body and a date
    column, and whose date no consultation has."""
    lines = [ln for ln in every if ln.text.strip()]
    done: set[int] = {ln.start for ln in seen}
    for i, head in enumerate(lines):
        if not opens_body_column(head.text, v):
            continue
        under = _under(lines, i, v)
        for k, ln in enumerate(under):
            if ln.start in done or len(ln.text.split()) > ROW_WORDS or read.overlaps(ln.start, ln.end):
                continue
            found = _row_date(ln, under[k + 1] if k + 1 < len(under) else None)
            if found is None or not _unused(found[0], read):
                continue
            above = [x for x in under[max(0, k - LOOK_BACK) : k] if not date_tokens(x.text)]
            named = body_words(ln.text, v) or any(body_words(x.text, v) for x in above)
            if not named and not (k == 0 and first_row(head, ln, v, quiet)):
                continue
            done.add(ln.start)
            yield _row_miss(doc, read, head, ln, found[1])


def first_row(head: Line, ln: Line, v: Vocab, quiet: Quiet) -> bool:
    """Whether a line right under a header of a body and a date column reads as its row whatever
    the body's name ("OR Grötzingen – AK Baggersee 16.11.2022 1 x"): a capitalised name, then the
    date, then nothing but TOP numbers, marks and status words."""
    hdr = header(head.text, v)
    if hdr is None or not {"body", "date"} <= set(hdr.kinds):
        return False
    dates = date_tokens(ln.text)
    return bool(dates) and ln.text[: dates[0][0]].strip()[:1].isupper() and quiet(ln.text[dates[0][1] :], v)


def _row_miss(doc: Document, read: Read, head: Line, ln: Line, date: str) -> Miss:
    if not read.consultations:
        return Miss(
            "consultation_heading_without_rows",
            doc.span(head.start, head.end),
            f"unter «{clip(head.text, 50)}» steht eine Zeile mit Gremium und dem Datum {date} "
            f"(«{clip(ln.text, 50)}»); keine Beratung erfasst",
        )
    return Miss(
        "consultation_row_unused",
        doc.span(ln.start, ln.end),
        f"Zeile unter «{clip(head.text, 50)}» mit dem Datum {date}, das keine erfasste Beratung hat",
    )


def flat_heading(
    doc: Document, every: list[Line], read: Read, v: Vocab, seen: Sequence[Line], quiet: Quiet
) -> Iterator[Miss]:
    """A heading line whose rest holds STACK rows' dates or more (a full date followed by a mark, a
    status word, the next body or the line's end, or after a weekday's abbreviation; not one in prose:
    "Der Rat hat am 01.01.2020 das Konzept beschlossen" is none), more of them than consultations read
    from the line and one no consultation's: its rows flattened into the line and not all read. A body
    may be named by an abbreviation the paper's legend spells out ("BIA – 11. 05. 2027")."""
    done = {ln.start for ln in seen}
    for ln in every:
        if ln.start in done or (end := _heading_end(ln.text, v)) is None:
            continue
        rest = ln.text[end:]
        isos = [
            iso
            for start, end, iso in date_tokens(rest)
            if (_row_end(rest, end, v, quiet) or _after_weekday(rest, start)) and iso and len(iso) == 10
        ]
        named = len(body_words(rest, v)) + sum(spelled(w, doc.text, v) for w in _ABBREVIATION.findall(rest))
        if len(isos) < STACK or named < STACK or not any(_unused(iso, read) for iso in isos):
            continue
        taken = sum(c.span.start < ln.end and ln.start < c.span.end for c in read.consultations)
        if taken >= len(isos):
            continue
        yield Miss(
            "consultation_heading_without_rows" if not read.consultations else "consultation_row_unused",
            doc.span(ln.start, ln.end),
            f"Beratungsfolge in eine Zeile geflossen: {len(isos)} Daten nach der Überschrift, "
            f"{taken} Beratung(en) daraus erfasst («{clip(rest, 60)}»)",
        )


_ABBREVIATION = re.compile(r"\b[A-ZÄÖÜ]{2,5}\b")  # a body's abbreviation ("KT", "BIA"), spelled out by a legend
_BARS = re.compile("[" + markers.DRAWN_BARS + "|]")
HEAD_CELLS = 40  # characters of a drawn box's line where the heading's cell may stand


def _heading_end(text: str, v: Vocab) -> int | None:
    """Where the Beratungsfolge's heading ends in a line it opens, or that a drawn box's first cells
    open ("│ lfd. │ Beratungsfolge │ Termin …": bars and column words before it); None where none does."""
    if (head := v.title.match(text)) is not None:
        return head.end()
    if not _BARS.match(text.lstrip()):
        return None
    for bar in _BARS.finditer(text, 0, HEAD_CELLS):
        if (head := v.title.match(text[bar.end() :])) is not None:
            before = _BARS.sub(" ", text[: bar.start()]).strip()
            return bar.end() + head.end() if not before or column_words_only(before, v) else None
    return None


_SHORT_WEEKDAY = re.compile(r"(?:^|\s)(?:" + "|".join(WEEKDAYS_SHORT) + r")\.?,?\s*$")


def _after_weekday(text: str, start: int) -> bool:
    """Whether the date starting at ``start`` stands right after a weekday's abbreviation, as a table's
    date cell sets it ("Mi 14.04.2027 Landratsamt"), whatever column follows.

    >>> _after_weekday("Anhörung Mi 14.04.2027 Landratsamt", 12), _after_weekday("am 14.04.2027 das", 3)
    (True, False)
    """
    return _SHORT_WEEKDAY.search(text, 0, start) is not None


def _row_end(text: str, end: int, v: Vocab, quiet: Quiet) -> bool:
    """Whether a date ending at ``end`` ends a row's cell: the line ends, or a mark, a status word
    or a body's name follows it, or a drawn box's bar."""
    after = text[end:].split()
    return not after or _BARS.fullmatch(after[0]) is not None or quiet(after[0], v) or bool(body_words(after[0], v))


def _top(doc: Document, every: list[Line]) -> list[Line]:
    """The lines with text near the top of the first page."""
    first_page_end = doc.pages[0].start + len(doc.pages[0].text) if doc.pages else len(doc.text)
    limit = min(HEADER_CHARS, first_page_end)
    return [ln for ln in every if ln.start < limit and ln.text.strip()]


def body_then_date(doc: Document, every: list[Line], read: Read, v: Vocab, quiet: Quiet) -> Iterator[Miss]:
    """A short line near the top naming a body, the next opening with a date no consultation has,
    nothing but times and status words after it (the first such pair only)."""
    lines = _top(doc, every)
    for ln, nxt in zip(lines, lines[1:], strict=False):
        dates = date_tokens(nxt.text)  # the rarest condition first: the next line holds a date
        if not dates or len(ln.text.split()) > ROW_WORDS or date_tokens(ln.text) or prose(ln.text, v):
            continue
        if not body_words(ln.text, v, executive=False) or read.overlaps(ln.start, nxt.end):
            continue
        lead = _WEEKDAY.match(nxt.text)
        at = {len(nxt.text) - len(nxt.text.lstrip()), lead.end() if lead else -1}  # a weekday may stand first
        if dates[0][0] not in at or not _unused(dates[0][2], read):
            continue
        if not quiet(nxt.text[dates[0][1] :], v):
            continue  # a sentence goes on after the date
        yield Miss(
            "body_date_unused",
            doc.span(ln.start, nxt.end),
            f"«{clip(ln.text, 60)}», darunter das Datum {nxt.text[dates[0][0] : dates[0][1]]}, "
            "das keine erfasste Beratung hat",
        )
        return


def dated_rows(doc: Document, every: list[Line], read: Read, v: Vocab) -> Iterator[Miss]:
    """Where no consultation was read: STACK lines or more one under the other near the top, each
    short with a date (or one spoilt), one naming a body at its start, their dates unused."""
    lines = _top(doc, every)
    run: list[Line] = []
    for ln in [*lines, Line(len(doc.text), len(doc.text), "")]:
        if ln.text and len(ln.text.split()) <= ROW_WORDS and (date_tokens(ln.text) or spoilt_dates(ln.text)):
            run.append(ln)
            continue
        named = [x for x in run if (names := body_words(x.text, v)) and x.text.lstrip().startswith(names[0])]
        isos = [iso for x in run for _, _, iso in date_tokens(x.text)]
        if len(run) >= STACK and named and not any(iso in read.dates or iso == read.doc_date for iso in isos):
            yield Miss(
                "body_date_unused",
                doc.span(run[0].start, run[-1].end),
                f"{len(run)} Zeilen mit Datum untereinander, z. B. «{clip(named[0].text, 60)}»; keine Beratung erfasst",
            )
            return
        run = []
