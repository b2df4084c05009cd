"""consultation charts: a Beratungsfolge drawn as a flow chart, a box of box-drawing glyphs a meeting, the
boxes joined by arrows (method ``chart``):

    ┌────────────────────────┐    ┌────────────────────────┐
    │ Ortsteilrat Nord       │───►│ Ausschuss für Stadt-   │
    │ Mo 03.05.2027          │    │ entwicklung            │
    │ öffentlich · Anhörung  │    │ Mi 12.05.2027          │
    └────────────────────────┘    └───────────┬────────────┘
                                              ▼
                                  ┌────────────────────────┐
                                  │ ②  Stadtrat            │
                                  │ Di 08.06.2027 · 17 Uhr │
                                  └────────────────────────┘

A row of boxes is a line of their tops (one "┌───┐" a box, nothing else on it), lines of their insides and a line
of their bottoms; a PDF's text may wrap the line of tops or bottoms onto the next lines (one box's a line) and
close up the spaces that set the bars under the corners, so the boxes are counted, not measured: each line inside
a row of ``n`` boxes holds ``2 n`` bars, the text between the first two the first box's, between the third and
the fourth the second box's, and so on; the text between two boxes (their arrow, "───►") is none of theirs. A box
with rules inside it (a row's rule, "├───┤") or a top with joints for columns ("┬") is a table's, which the table
readers read.

A box names a meeting where its lines before the one day's date it holds name a body (its head word first, a
number or a circled digit before it dropped, a word hyphenated at a line's end joined again); the lines after the
date (and the date's line after it) give the role and the status, their parts set apart by middle dots or commas.
The boxes are read row by row, left to right; each but the first must be reached by an arrow (one between it and
the box before it in its row, or one on the lines between its row and the row above), two meetings at least, or
none is taken."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from pipeline.document import Document
from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import alternation
from pipeline.lang.de.dates import WEEKDAY, find_dates
from pipeline.records import Consultation
from pipeline.structure import FIRST_PAGES_CHARS, Line, View
from pipeline.structure.drawn import box_lines_joined

from .flat import namelike
from .vocab import Vocab, clean_body, consultation, headed, status

# a box's top: a corner, rules (a joint where an arrow comes in from above), a corner; its bottom likewise, a joint
# where an arrow leaves it
_TOP_LEFT = "┌┏╔"
_TOP = re.compile(f"[{_TOP_LEFT}][─━═┴┻╩]+[┐┓╗]")
_BOTTOM = re.compile("[└┗╚][─━═┬┳╦]+[┘┛╝]")
_BARS = markers.DRAWN_BARS
_BAR = re.compile("[" + _BARS + "]")
_ARROWS = frozenset(markers.ARROWS + markers.STEP_ARROWS + markers.DOWN_ARROWS + "▼▶")
_PARTS = re.compile("[" + re.escape(markers.MIDDLE_DOT + markers.BULLET) + ",;|\n]")
# "①  Kreistag", "1. Kreistag", and a circled number whose font maps to no character ("\ufffd Kreistag")
_LEAD = re.compile(rf"^[\s{markers.CIRCLED_DIGITS}{markers.UNMAPPED}]*(?:\d{{1,2}}[.)][ \t]+)?")
_BOX_LINES = 12  # the lines inside one row of boxes, at most
_BETWEEN = 6  # the lines with text between two rows of boxes (an arrow, a page's foot and head), at most
_NAME_WORDS = 12
_MIN_MEETINGS = 2

Box = tuple[Line, ...]  # a box's inner lines, each its text between its bars
Row = tuple[int, int, list[Box], bool]  # a row of boxes: its first and last line, its boxes, an arrow between them


def _only(pattern: re.Pattern[str], text: str, also: str = "") -> int:
    """How many tops (or bottoms) a line holds where it holds them alone (spaces between, and ``also``), else 0."""
    found = pattern.findall(text)
    return len(found) if found and not pattern.sub("", text).strip(" \t" + also) else 0


def _rows(every: Sequence[Line]) -> Iterator[Row]:
    """The rows of boxes of the first pages."""
    i = 0
    while i < len(every) and every[i].start < FIRST_PAGES_CHARS:
        row = _row(every, i)
        if row is None:
            i += 1
            continue
        yield row
        i = row[1] + 1


def _row(every: Sequence[Line], i: int) -> Row | None:
    """The row of boxes whose line of tops opens at line ``i`` (maybe wrapped over two lines), or None."""
    n = _only(_TOP, every[i].text)
    first = i + 1  # the first line inside the boxes
    while n and first < len(every) and (more := _only(_TOP, every[first].text)):
        n, first = n + more, first + 1  # the line of tops wrapped, maybe one top a line
    if not n:
        return None
    inner: list[list[Line]] = [[] for _ in range(n)]
    arrow = False
    for k in range(first, min(len(every), first + _BOX_LINES + 1)):
        line = every[k]
        # a line of bottoms, maybe a connector's bar that a PDF's line joined to it ("└──┬──┘ │")
        if (bottoms := _only(_BOTTOM, line.text, _BARS)) and inner[0]:
            # the line of bottoms wrapped, maybe one bottom a line
            while bottoms < n and k + 1 < len(every) and (more := _only(_BOTTOM, every[k + 1].text, _BARS)):
                bottoms, k = bottoms + more, k + 1
            return (i, k, [tuple(b) for b in inner], arrow) if bottoms == n else None
        bars = list(_BAR.finditer(line.text))
        if len(bars) != 2 * n or line.text[: bars[0].start()].strip():
            return None
        for j in range(n):
            a, b = bars[2 * j].end(), bars[2 * j + 1].start()
            inner[j].append(Line(line.start + a, line.start + b, line.text[a:b]))
            gap = line.text[b : bars[2 * j + 2].start()] if j + 1 < n else ""
            arrow = arrow or any(c in _ARROWS for c in gap)
    return None


def from_charts(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The meetings of the boxes of a flow chart (see the module's docstring)."""
    if not any(c in sv.text[:FIRST_PAGES_CHARS] for c in _TOP_LEFT):
        return  # no box (most papers)
    every, skip = box_lines_joined(sv.lines, sv.page_breaks())  # a rule a PDF broke in two joined again
    chart: list[Consultation] = []
    last = -1  # the last line of the chart's last row
    for first, end, boxes, arrow in _rows(every):
        found = [rec for box in boxes if (rec := _meeting(doc, box, v)) is not None]
        if not found:
            continue
        between = [ln.text for j, ln in enumerate(every[last + 1 : first], last + 1) if j not in skip]
        reached = any(c in _ARROWS for t in between for c in t)
        if chart and (sum(1 for t in between if t.strip()) > _BETWEEN or not reached) or len(found) > 1 and not arrow:
            break  # a row no arrow leads to, or boxes side by side without an arrow between them
        chart += found
        last = end
    if len(chart) >= _MIN_MEETINGS:
        yield from chart


def _meeting(doc: Document, box: Box, v: Vocab) -> Consultation | None:
    """A box's meeting: the body its lines name before the one day's date, the role and status after it."""
    texts = [ln.text.strip() for ln in box]
    dated = [(k, d) for k, t in enumerate(texts) for d in find_dates(t) if d.precision == "day"]
    if len(dated) != 1 or dated[0][0] == 0:
        return None
    k, date = dated[0]
    if texts[k][: date.start].strip(" \t,") and not _weekday_only(texts[k][: date.start]):
        return None  # more than a weekday before the date: a sentence in a box
    names = [t for t in texts[:k] if t]
    body = clean_body(_LEAD.sub("", "\n".join(names)))
    if not body or not headed(body, v) or len(body.split()) > _NAME_WORDS or not namelike(body):
        return None
    role: str | None = None
    public: bool | None = None
    for part in _PARTS.split("\n".join([texts[k][date.end :], *texts[k + 1 :]])):
        said = _said(part.strip(), v) if part.strip() else None
        if said is not None:
            role, public = role or said[0], said[1] if public is None else public
    return consultation(
        body,
        v,
        span=doc.span(box[0].start, box[-1].end),
        meeting_date=date.iso,
        role=role,
        public=public,
        method="chart",
    )


# a role's noun and its genitive attribute: "Vorbereitung des Kreistagsbeschlusses"
_ATTRIBUTED = re.compile(rf"(\w+)[ \t]+(?:{alternation('linking_articles')})[ \t]+\w+", re.I)


def _said(part: str, v: Vocab) -> tuple[str | None, bool | None] | None:
    """The role and status a part of a box's lines states: its words, or its noun before a genitive attribute."""
    said = status(part, v)
    if said is None and (m := _ATTRIBUTED.fullmatch(part)) is not None:
        said = status(m[1], v)
    return said


_WEEKDAY = re.compile(rf"\s*(?:{WEEKDAY})[ \t.,]*")


def _weekday_only(text: str) -> bool:
    """Whether the text before a date is its weekday alone ("Mo", "Mittwoch,")."""
    return _WEEKDAY.fullmatch(text) is not None
