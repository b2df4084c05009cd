"""consultation_misses: the Beratungsfolge rows the family saw and did not read.

Asked after the readers, with the consultations they read (a pure function of the document,
its records and its view); each miss names the layout that stopped short:

- ``consultation_columns_unpaired``: a Beratungsfolge exported column by column (all names,
  then all dates, statuses, roles) whose blocks differ in count, so the reader paired nothing
  (:func:`.columns.unpaired`); the two below are not raised inside it;
- ``consultation_heading_without_rows``: "Beratungsfolge" (or a table header "Gremium ·
  Datum · Zuständigkeit") with rows under it that name a body next to a date or status
  (:func:`.blocks.blocks`), or dated rows the table model rejected for want of a name
  (``Table.rejected``, with the model's reason: "kein Gremium", the body's cell holding
  another column's), and no consultation at all; a rejected name without a head word ("NVEG
  GmbH & Co. KG") is the model's refusal of a line that is no consultation, and no miss;
- ``consultation_row_unused``: such a row that no consultation covers, where others were
  found ("Jugendhilfeausschuss 12.O3.2018 Vorberatung" with a garbled date);
- ``body_date_unused``: a short line near the top naming a body and a date, nothing but
  status words after it ("Kurzübersicht zur Bekanntgabe im Kommunalausschuss am
  04.02.2021"), whose date no consultation used and which is not the document's date;
- ``consultation_date_unread``: a consultation without a date whose line holds a token with
  the shape of a date that could not be read ("12.O3.2O18": OCR's O for 0, l for 1);
- a drawn box (box-drawing glyphs or an ASCII grid) whose rows name a body with a date or a
  status and from which no consultation was read (:mod:`.boxed`): the box's
  ``consultation_heading_without_rows`` where none was read, else its rows'
  ``consultation_row_unused``.

A miss is never raised for a row a consultation covers (by span, date or body). Words: the
family's own (``resources/bodies.yaml`` through :mod:`.vocab`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from extractors.misses import Miss, clip
from extractors.resources import Resources
from pipeline.document import Document
from pipeline.lang.de.dates import TIME_OF_DAY, WEEKDAYS, WEEKDAYS_SHORT
from pipeline.records import Consultation, Metadata, Record
from pipeline.structure import HEADER_CHARS, Line, View
from pipeline.structure.calendars import month_of
from pipeline.structure.tables import UNNAMED

from .blocks import SPOILT_DATE, blocks, body_words, date_tokens, spoilt_dates
from .boxed import boxed_misses
from .boxes import not_held
from .columns import unpaired
from .headers import attributed_header, column_kind
from .legends import legend_pair
from .model import column_words
from .unread import LETTER_DATE, body_then_date, dated_rows, flat_heading, header_rows
from .vocab import Vocab, squash
from .vocab import vocab as read_vocab

TOP_WORDS = 14  # a header line, not a line of prose
BETWEEN_WORDS = 5  # words between a body and its date on a line near the top
LABEL_REACH = 6  # lines after a label (blank ones not counted) where its value may stand
STACKED = 3  # dates set one under the other, and body names before them, that make a column each
STACK_REACH = 25  # lines (blank ones not counted) before the dates where the names' column may stand
NAME_WORDS = 6  # a body's name set as a cell of its own is short

_DIGIT = re.compile(r"\d")
WORD = re.compile(r"[A-Za-zÄÖÜäöüß][\wÄÖÜäöüß-]*")
DIGIT_DOT = re.compile(r"\d\s?[.,]")  # every date has one
_TIME = re.compile(rf"(?<!\w){TIME_OF_DAY}|\bUhr\b", re.I)
_QUIET = re.compile(
    r"\b(?:TOP|TO|Nr\.?|Sitzung|Sitzungssaal|Saal|Raum|am|vom|den|im|in|der|des|"
    + "(?:"
    + "|".join(WEEKDAYS_SHORT)
    + ")|"
    + "|".join(WEEKDAYS)
    + r")\b\.?|[ÖN]\b",
    re.I,
)


@dataclass
class Read:
    """The consultations read, as the misses compare a line with them."""

    consultations: list[Consultation]
    dates: set[str]
    bodies: list[str]
    doc_date: str | None

    @classmethod
    def of(cls, records: Sequence[Record]) -> Read:
        meta = next((r for r in records if isinstance(r, Metadata)), None)
        date = meta.fields.get("doc_date") if meta is not None else None
        cons = [r for r in records if isinstance(r, Consultation)]
        return cls(
            cons,
            {c.meeting_date for c in cons if c.meeting_date},
            [squash(c.body) for c in cons if c.body],
            date.value if date is not None else None,
        )

    def filled(self, start: int, end: int, kinds: tuple[str, ...]) -> bool:
        """Whether the consultations read within ``start``-``end`` all have the cells of ``kinds`` that
        one reader left out (another read them: a column of roles whose wrapped cells it could not
        count)."""
        inside = [c for c in self.consultations if start <= c.span.start < end]
        return bool(kinds) and bool(inside) and all(getattr(c, k) is not None for c in inside for k in kinds)

    def overlaps(self, start: int, end: int) -> bool:
        return any(c.span.start < end and start < c.span.end for c in self.consultations)

    def months_read(self, lines: Iterable[Line], v: Vocab) -> bool:
        """Whether the dated lines among ``lines`` are some and all a calendar's month headings over
        meetings read in that month ("Februar 2027"): no dates' column an export set under the names."""
        dated = [ln for ln in lines if date_tokens(ln.text)]
        return bool(dated) and all(month_of(ln.text) is not None and self.covers(ln, v) for ln in dated)

    def covers(self, line: Line, v: Vocab) -> bool:
        """Whether a consultation accounts for a line: its evidence overlaps it, or the line's
        dates or body names are all among the consultations'; a month alone on its line (a
        calendar's heading) where a consultation read falls in that month."""
        if self.overlaps(line.start, line.end):
            return True
        dates = [iso for _, _, iso in date_tokens(line.text)]
        if dates and all(d in self.dates for d in dates):
            return True
        if month_of(line.text) is not None and dates and any(d.startswith(f"{dates[0]}-") for d in self.dates):
            return True  # a calendar's month heading ("März 2027") over meetings read in that month
        names = body_words(line.text, v)
        return bool(names) and not dates and all(any(squash(n)[:-3] in b for b in self.bodies) for n in names)


def misses(doc: Document, records: Sequence[Record], res: Resources, sv: View) -> Iterator[Miss]:
    """The family's misses in a document, given every record read from it."""
    v = read_vocab(res)
    read = Read.of(records)
    every = sv.lines
    found = list(blocks(every, v))
    columns = [
        (a, b)
        for a, b, left_out in unpaired(doc, v, sv)
        if not read.filled(a, b, left_out) and not read.months_read(sv.lines_in(a, b), v)
    ]
    for a, b in columns:
        yield Miss(
            "consultation_columns_unpaired",
            doc.span(a, b),
            "Beratungsfolge spaltenweise exportiert: die Blöcke sind unterschiedlich lang, nicht alles zugeordnet",
        )
    flagged: list[Line] = []
    for head, block in found:
        candidates = row_lines(block, v)
        flagged += (held := [ln for ln in candidates if not_held(ln.text, doc.text, v)])  # no row missed, no flag
        rows = [
            ln
            for ln in candidates
            if not read.covers(ln, v)
            and not any(a <= ln.start < b for a, b in columns)
            and not cell_of_read_row(block, ln, read, v)
            and ln not in held
        ]
        if not rows and not read.consultations:
            rows = spoilt_rows(block, v)
        if rows:
            yield from unread_rows(doc, read, head, rows)
            flagged += rows
    for table in sv.tables(column_words(res)):
        rows = [
            Line(row.start, row.end, doc.text[row.start : row.end])
            for row in table.rejected
            if row.first("date") is not None and row.reason != UNNAMED
        ]
        rows = [
            ln
            for ln in rows
            if not read.covers(ln, v)
            and not any(a <= ln.start < b for a, b in columns)
            and not any(f.start < ln.end and ln.start < f.end for f in flagged)
        ]
        if rows:
            reasons = {row.reason for row in table.rejected if row.reason and row.reason != UNNAMED}
            end = doc.text.find("\n", table.start)
            end = len(doc.text) if end < 0 else end
            head = Line(table.start, end, doc.text[table.start : end])
            yield from unread_rows(doc, read, head, rows, ", ".join(sorted(reasons)))
            flagged += rows
    unread = [*header_rows(doc, every, read, v, flagged, quiet), *flat_heading(doc, every, read, v, flagged, quiet)]
    yield from unread
    if not read.consultations and not columns and not flagged and not unread:
        yield from stacked(doc, every, v)
        yield from dated_rows(doc, every, read, v)
    in_blocks = {ln.start for _, block in found for ln in block}
    yield from top_lines(doc, sv, read, v, in_blocks)
    yield from body_then_date(doc, every, read, v, quiet)
    yield from dates_unread(doc, read, every)
    yield from labelled_meeting(doc, every, read, v)
    yield from boxed_misses(doc, sv, read, v, has_status)


def unread_rows(doc: Document, read: Read, head: Line, rows: list[Line], why: str = "") -> Iterator[Miss]:
    """The misses of a block's rows that no consultation covers: one at the heading when none was
    read, else one per row (``why``: the table model's reasons for rejecting them)."""
    because = f" ({why})" if why else ""
    if not read.consultations:
        yield Miss(
            "consultation_heading_without_rows",
            doc.span(head.start, head.end),
            f"Beratungsfolge mit {len(rows)} Zeile(n), die ein Gremium mit Datum oder Status nennen, z. B. "
            f"«{clip(rows[0].text)}»{because}; keine Beratung erfasst",
        )
        return
    for ln in rows:
        yield Miss(
            "consultation_row_unused",
            doc.span(ln.start, ln.end),
            f"Zeile der Beratungsfolge, die keine erfasste Beratung abdeckt{because}",
        )


# --- the Beratungsfolge block -------------------------------------------------------


def spoilt_rows(block: list[Line], v: Vocab) -> list[Line]:
    """The lines of a block with a date OCR spoilt ("O6.l2.2Ol7"), where the block names a body
    (stacked columns: the bodies, then their dates): rows that were not read."""
    if not any(body_words(ln.text, v) for ln in block):
        return []
    return [ln for ln in block if spoilt_dates(ln.text)]


def row_lines(block: list[Line], v: Vocab) -> list[Line]:
    """Lines of a block that read as a consultation (not its column words): a date or status, and a body on the line,
    on a neighbour without a date of its own, or in the words a wrap cut apart
    ("Sozialaus" above, "schuss" below)."""
    rows = []
    dated = [bool(date_tokens(ln.text)) for ln in block]
    for i, ln in enumerate(block):
        if not (dated[i] or has_status(ln.text, v)) or (not dated[i] and legend_pair(ln.text)):
            continue  # a legend's pair under the table ("Beschl. = Beschluss") is none of its rows
        if not dated[i] and (hdr := attributed_header(ln.text, v)) is not None and hdr.end >= len(ln.text.rstrip()):
            continue  # the table's header ("Gremium Termin TOP ö nö Ergebnis"), not a row
        prev = block[i - 1].text if i > 0 and not dated[i - 1] else ""
        nxt = block[i + 1].text if i + 1 < len(block) and not dated[i + 1] else ""
        texts = [ln.text, prev, nxt, joined(prev, ln.text), joined(ln.text, nxt), joined(prev, nxt)]
        if any(t and body_words(t, v) for t in texts):
            rows.append(ln)
    return rows


def stacked(doc: Document, every: list[Line], v: Vocab) -> Iterator[Miss]:
    """A Beratungsfolge whose columns an export set one under the other where no heading or column
    word opens it (so no block reader looked): a run of STACKED lines or more that hold a date and
    nothing else (blank lines between them), and before it, within STACK_REACH lines, a run as
    long of short lines naming a body ("Stadtvorstand" / "Sozialausschuss" / … then "20.02.2017"
    / "25.04.2017" / …); asked where no consultation was read."""
    text = [ln for ln in every if ln.text.strip()]
    i = 0
    while i < len(text):
        dates = list(_run(text, i, _date_only))
        if len(dates) < STACKED:
            i += max(1, len(dates))
            continue
        before = text[max(0, i - STACK_REACH) : i]
        names = [ln for ln in before if len(ln.text.split()) <= NAME_WORDS and body_words(ln.text, v)]
        if len(names) >= STACKED:
            yield Miss(
                "consultation_columns_unpaired",
                doc.span(names[0].start, dates[-1].end),
                f"{len(names)} Gremien und {len(dates)} Daten untereinander gesetzt (spaltenweise exportiert, "
                f"z. B. «{clip(names[0].text, 40)}», «{dates[0].text.strip()}»); keine Beratung erfasst",
            )
            return
        i += len(dates)


def _run(lines: list[Line], i: int, keep: Callable[[str], bool]) -> Iterator[Line]:
    """The lines from ``i`` on as long as ``keep`` holds for them."""
    for ln in lines[i:]:
        if not keep(ln.text):
            return
        yield ln


def _date_only(text: str) -> bool:
    """Whether a line holds one full date and nothing else ("20.02.2017")."""
    if not _DIGIT.search(text):  # a full date has its year in digits: most lines are out at once
        return False
    found = date_tokens(text)
    if len(found) != 1 or found[0][2] is None or len(found[0][2]) != len("2017-02-20"):
        return False  # none, several, or a month ("April 2017")
    return len(text.strip()) == found[0][1] - found[0][0]


def cell_of_read_row(block: list[Line], ln: Line, read: Read, v: Vocab) -> bool:
    """Whether a line with a status word only (no date, no body of its own) stands next to a line
    a consultation covers: a cell of that row set on a line of its own ("öffentlich" under
    "Beratung"), or a column word of the header above it ("ö" / "nö" over the first body)."""
    if date_tokens(ln.text) or body_words(ln.text, v):
        return False
    i = block.index(ln)
    near = block[max(0, i - 1) : i] + block[i + 1 : i + 2]
    return any(read.overlaps(x.start, x.end) for x in near)


def top_lines(doc: Document, sv: View, read: Read, v: Vocab, skip: set[int]) -> Iterator[Miss]:
    """Short lines near the top that name a body and a date no consultation used; not a line of a
    paragraph whose sentence runs over it (:func:`in_prose`)."""
    first_page_end = doc.pages[0].start + len(doc.pages[0].text) if doc.pages else len(doc.text)
    limit = min(HEADER_CHARS, first_page_end)
    for ln in sv.lines:
        if ln.start >= limit:
            break
        if not DIGIT_DOT.search(ln.text):  # every date has a digit and a dot: most lines are out at once
            continue
        if ln.start in skip or len(ln.text.split()) > TOP_WORDS or read.overlaps(ln.start, ln.end):
            continue
        dates = date_tokens(ln.text)
        spoilt = [] if dates else spoilt_dates(ln.text)
        names = (
            [m for m in WORD.finditer(ln.text) if body_words(m.group(0), v, executive=False)] if dates or spoilt else []
        )
        if spoilt and not names and _SITTING_OF.search(ln.text):  # "Sitzung des Bezirksamtes am Di., 2O.O4.2O27"
            names = [m for m in WORD.finditer(ln.text) if body_words(m.group(0), v)]  # a board's sitting too
        if names and dates and (found := _unused_date(doc, sv, ln, dates, names, read, v)) is not None:
            yield found
        elif names and spoilt and not read.consultations:  # "Beschluss des Sozialausschusses vom 1O.06.2O27"
            said = f"{names[0].group(0)} mit dem Datum {spoilt[0]} (nicht lesbar), das keine erfasste Beratung hat"
            yield Miss("body_date_unused", doc.span(ln.start, ln.end), said)


def in_prose(doc: Document, sv: View, ln: Line, at: int) -> bool:
    """Whether the sentence at ``at`` on line ``ln`` is one of running prose that the line holds only
    part of: it ends in a full stop (or "!", "?") and the line breaks off inside it, ending in a word
    in lower case or a hyphen ("… hat die Verwaltung am 11.12.2025 be-") or the next line going on in
    lower case ("… hat der Rat am 17.06.2019" / "beschlossen."), or the line goes on in lower case
    with a sentence opened above it ("(Bericht" / "im Sozialausschuss am 12.11.2026)."); not a
    heading over a sentence ("1. Ortsrat Heyersum: 28.07.2010" / "Durch den Bau …"). A date so
    mentioned tells of an earlier decision, not of a meeting the paper is put to (the reader leaves
    those: :mod:`.prose`).

    >>> from pipeline.structure import view
    >>> t = "Das Konzept hat der Rat am 17.06.2019\\nbeschlossen.\\n\\n1. Ortsrat Heyersum: 28.07.2010\\nDurch den Bau."
    >>> d = Document.from_pages("x", "x.txt", "x", [(t, "plain_text", None)])
    >>> sv = view(d)
    >>> [in_prose(d, sv, ln, ln.start + ln.text.find("20")) for ln in sv.lines if "20" in ln.text]
    [True, False]
    """
    lo, hi = sv.sentence_at(at)
    if not doc.text[lo:hi].rstrip().endswith((".", "!", "?")):
        return False
    if lo < ln.start and ln.text.lstrip()[:1].islower():
        return True
    last = ln.text.split()[-1] if ln.text.split() else ""
    after = doc.text[ln.end : hi].lstrip(" \t\n")
    return hi > ln.end and (last[:1].islower() or last.endswith("-") or after[:1].islower())


_SITTING_OF = re.compile(r"\bSitzung\s+(?:des|der)\s")  # a body's sitting: an executive's is a meeting too


def _unused_date(
    doc: Document,
    sv: View,
    ln: Line,
    dates: list[tuple[int, int, str | None]],
    names: list[re.Match[str]],
    read: Read,
    v: Vocab,
) -> Miss | None:
    """The first date of a line near the top that no consultation used, beside a body name with
    nothing but status words after them ("im Kommunalausschuss am 04.02.2021")."""
    for start, end, iso in dates:
        if iso is None or len(iso) != 10 or iso in read.dates or iso == read.doc_date:
            continue
        if LETTER_DATE.search(ln.text[:start]):
            continue  # "Erlangen, den 23.11.2022": the letter's date
        name = min(names, key=lambda m: abs(m.start() - start))
        lo, hi = sorted((name.end(), start))
        between = ln.text[lo:hi]
        if len(between.split()) > BETWEEN_WORDS or re.search(r"[.;!?]\s", between):
            continue
        if not quiet(ln.text[max(end, name.end()) :], v) or in_prose(doc, sv, ln, ln.start + start):
            continue  # a sentence goes on after the date: a mention, not a meeting
        return Miss(
            "body_date_unused",
            doc.span(ln.start, ln.end),
            f"{name.group(0)} mit dem Datum {doc.text[ln.start + start : ln.start + end]}, "
            "das keine erfasste Beratung hat",
        )
    return None


def labelled_meeting(doc: Document, every: list[Line], read: Read, v: Vocab) -> Iterator[Miss]:
    """A form near the top naming the meeting ("Gremium:" / "Sozialausschuss" ... "Sitzungsdatum:"
    / "05.12.2024", the values on the labels' lines or below them, as an export sets a form's
    cells one per line) whose date no consultation has."""
    first_page_end = doc.pages[0].start + len(doc.pages[0].text) if doc.pages else len(doc.text)
    lines = [ln for ln in every if ln.start < min(HEADER_CHARS, first_page_end) and ln.text.strip()]
    body: tuple[Line, str] | None = None
    date: tuple[Line, int, int, str] | None = None  # the line, where the date stands, its ISO form ("" spoilt)
    for k, ln in enumerate(lines):
        kind, value = _label(ln.text, v)
        below = [ln, *lines[k + 1 : k + 1 + LABEL_REACH]] if not value.strip() else [ln]
        if kind == "body" and body is None:
            named = next((x for x in below[: 2 if len(below) > 1 else 1] if body_words(x.text, v)), None)
            said = value if named is ln and value.strip() else named.text if named is not None else ""
            body = (named, " ".join(said.split())) if named is not None else None
        elif kind == "date" and date is None:
            date = next(((x, s, e, iso) for x in below for s, e, iso in date_tokens(x.text) if iso), None)
            date = date or next(((x, *_spoilt_at(x.text)) for x in below if spoilt_dates(x.text)), None)
    if body is None or date is None:
        return
    (named, name), (at, s, e, iso) = body, date
    lo, hi = min(named.start, at.start), max(named.end, at.end)
    if (iso and (len(iso) != 10 or iso in read.dates)) or read.overlaps(lo, hi):
        return
    unread = "" if iso else " (nicht lesbar)"
    yield Miss(
        "body_date_unused",
        doc.span(at.start + s, at.start + e),
        f"der Kopf nennt «{clip(name, 60)}» und die Sitzung am {at.text[s:e]}{unread}; "
        "keine Beratung an diesem Tag erfasst",
    )


def _spoilt_at(text: str) -> tuple[int, int, str]:
    """Where the first spoilt date of a line stands (start, end) and its ISO form: none."""
    m = next(m for m in SPOILT_DATE.finditer(text) if m.group(0) in spoilt_dates(text))
    return m.start(), m.end(), ""


def _label(text: str, v: Vocab) -> tuple[str | None, str]:
    """The kind of a form's label that opens a line ("Gremium:", "Sitzungsdatum: 05.12.2024",
    "Termin:") and the value after it on the line."""
    for kind, pattern in v.key_values:
        if (m := pattern.fullmatch(text)) is not None:
            return kind, m["v"] or ""
    if text.rstrip().endswith(":") and column_kind(text, v, partial=False) in ("body", "date"):
        return column_kind(text, v, partial=False), ""  # a column word as a label: "Termin:", its value below
    label, colon, value = text.partition(":")
    if colon and label.strip() and column_kind(label.strip() + ":", v, partial=False) == "date":
        return "date", value  # a date column's word as a label before its value: "Termin:  2O.O4.2O27, 18:30 Uhr"
    return None, ""


def dates_unread(doc: Document, read: Read, every: list[Line]) -> Iterator[Miss]:
    """Consultations without a date whose line (or the next) holds a date that was not read."""
    starts = [ln.start for ln in every]
    for c in read.consultations:
        if c.meeting_date:
            continue
        i = max(0, _line_index(starts, c.span.start))
        for ln in every[i : i + 2]:
            m = SPOILT_DATE.search(ln.text)
            if m and re.search(r"[OolI|]", m.group(0)):
                yield Miss(
                    "consultation_date_unread",
                    doc.span(ln.start, ln.end),
                    f"{c.body}: ein Datum «{m.group(0)}» steht in der Zeile, wurde aber nicht gelesen",
                )
                break


def _line_index(starts: list[int], offset: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= offset:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


# --- words of a row -----------------------------------------------------------------


def has_status(text: str, v: Vocab) -> bool:
    return any(p.search(text) for _, p in v.roles) or any(p.search(text) for _, p in v.public)


def quiet(text: str, v: Vocab) -> bool:
    """Whether ``text`` holds nothing but status and role words, times, TOP numbers, weekdays."""
    rest = _TIME.sub(" ", text)
    for _, p in [*v.roles, *v.public]:
        rest = p.sub(" ", rest)
    rest = _QUIET.sub(" ", rest)
    rest = re.sub(r"\b\d{1,3}(?:\.\d{1,3})*[a-z]?\b", " ", rest)
    return sum(ch.isalpha() for ch in rest) <= 2


def joined(a: str, b: str) -> str:
    """Two lines as one word where a wrap cut it: "Jugendhilfe-" and "ausschuss" → "Jugendhilfeausschuss".

    >>> joined("Kinder- und Jugendhilfe-", " ausschuss 12.03.2018")
    'Kinder- und Jugendhilfeausschuss 12.03.2018'
    """
    if not a.strip() or not b.strip():
        return ""
    a = a.rstrip()
    return (a[:-1] if a.endswith("-") and a[-2:-1].isalpha() else a) + b.lstrip()
