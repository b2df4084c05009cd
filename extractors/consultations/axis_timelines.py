"""consultation axis timelines: a Beratungsfolge drawn as a timeline across the page, the meetings' dates over an
axis of nodes and the bodies under them, each meeting a column (method ``timeline.axis``):

       Di 04.05.2027           Mo 10.05.2027           Mi 19.05.2027
     ──●───────────────────────●───────────────────────●──────────►
       Beirat für              Jugendgemeinderat       Ausschuss für Bil-
       Integration             Esslingen               dung und Soziales
       Stellungnahme · ö       Kenntnisnahme · ö       Vorberatung · ö

The axis is a line of a rule's signs with two nodes or more on it ("●", "◆", "○"), maybe an arrow at its end; the
line above it holds the dates, one a cell, each opening a column that runs to the next one's; the lines under it,
up to a blank line, hold each column's label: the body's name, wrapped and maybe hyphenated within its column, over
the line of its role and status (parted by a middle dot or a comma). An axis broken into rows ("──►" / "►──") is
read row by row. A column whose label names no body by its head word (a conference, a press talk) is no meeting.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

from pipeline.document import Document
from pipeline.lang.de import markers
from pipeline.lang.de.dates import WEEKDAY, calendar_date
from pipeline.records import Consultation
from pipeline.structure import View

from .flat import namelike
from .vocab import Vocab, clean_body, consultation, headed, status

_RULE_SIGNS = markers.DRAWN_RULES + "-="
_CELL = re.compile(r"\S+(?:[ ]\S+)*")  # a cell: words one space apart
_LABEL_LINES = 6
_AXIS_SIGNS = 10  # an axis's signs at least
_NEAR = 6  # lines above or below an axis that may hold its dates
_CONNECTOR = re.compile(r"[│┆┊|]")  # a line that ties a label to its node
_DAY_MONTH = re.compile(r"(?:" + WEEKDAY + r"[ ]+)?(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.")
_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?![\d.])")
_PARTS = re.compile(r"[ \t]*[" + markers.MIDDLE_DOT + r",;|][ \t]*")  # what parts a label's role from its status


def from_axis_timelines(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The meetings of every axis with its dates (see the module's docstring)."""
    if not node_drawn(sv.text):
        return  # no node drawn: no axis
    lines = [(ln.start, ln.text) for ln in sv.lines]
    axes = [k for k, (_, t) in enumerate(lines) if _axis(t)]
    filled = any(node(ch) == "filled" for k in axes for ch in lines[k][1])
    near = sorted({j for k in axes for j in range(max(k - _NEAR, 0), min(k + _NEAR + 1, len(lines)))} - set(axes))
    for j in near:
        start, head = lines[j]
        cells = [(m.start(), m.end()) for m in _CELL.finditer(head)]
        dates = [_date(doc.text, start + a, start + b, lines, j, v) for a, b in cells]
        if not cells or any(d is None for d in dates):
            continue
        label = _label(lines, j + 1)
        axis = lines[min(axes, key=lambda k: abs(k - j))][1]
        for n, (a, _) in enumerate(cells):
            b = cells[n + 1][0] if n + 1 < len(cells) else None
            if filled and _hollow(axis[a:b]):
                continue  # a node drawn hollow among filled ones: a step that is no sitting ("○ bereits erfolgt")
            column = [(s + a, _CONNECTOR.sub(" ", t[a:b] if b is not None else t[a:])) for s, t in label]
            date = dates[n]
            rec = _meeting(doc, v, column, date) if date is not None else None
            if rec is not None:
                yield rec


def _axis(text: str) -> bool:
    """Whether a line is a timeline's axis: a rule's signs, nodes and arrows only, two nodes at least."""
    drawn = text.strip()
    if len(drawn) < _AXIS_SIGNS or any(ch not in _RULE_SIGNS and node(ch) is None for ch in drawn):
        return False
    return sum(node(ch) in ("filled", "hollow") for ch in drawn) >= 2


_NODES = frozenset({"filled", "hollow"})
_SYMBOL = re.compile(r"[^\x00-\x7f\w\s]")  # a glyph no ASCII character, letter, digit or space: maybe a node


@functools.lru_cache(maxsize=4)
def node_drawn(text: str) -> bool:
    """Whether a node (filled or hollow) is drawn anywhere in a text: a timeline is looked for only where one is."""
    return any(node(ch) in _NODES for ch in set(_SYMBOL.findall(text)))


def node(ch: str) -> str | None:
    """What a glyph on an axis is by its Unicode name: a node drawn filled ("BLACK CIRCLE", "FISHEYE") or hollow
    ("WHITE DIAMOND"), an arrow ("BLACK RIGHT-POINTING POINTER"), else None."""
    if unicodedata.category(ch) not in ("So", "Sm"):
        return None
    name = unicodedata.name(ch, "")
    if any(w in name for w in ("POINTING", "POINTER", "ARROW")):
        return "arrow"
    if not any(w in name for w in ("CIRCLE", "DIAMOND", "SQUARE", "FISHEYE", "BULLSEYE", "LOZENGE")):
        return None
    return "hollow" if "WHITE" in name else "filled"


def _hollow(axis: str) -> bool:
    """Whether the nodes on a column's stretch of the axis are all drawn hollow (and there is one)."""
    nodes = [node(ch) for ch in axis if node(ch) in ("filled", "hollow")]
    return bool(nodes) and "filled" not in nodes


def _label(lines: list[tuple[int, str]], k: int) -> list[tuple[int, str]]:
    """The label lines from line ``k`` on: up to a blank line or an axis (an axis right under the dates passed
    over), connector lines ("│") ending a column's label where they stand."""
    label: list[tuple[int, str]] = []
    for j in range(k, min(k + _LABEL_LINES + 1, len(lines))):
        text = lines[j][1]
        if _axis(text) and not label and j == k:
            continue
        if not text.strip() or _axis(text) or not _CONNECTOR.sub("", text).strip():
            break
        label.append(lines[j])
    return label


def _date(text: str, a: int, b: int, lines: list[tuple[int, str]], j: int, v: Vocab) -> tuple[int, int, str] | None:
    """The date of a cell of the dates' line, alone in it (its weekday beside it); a day and month without a
    year of the year the timeline's caption names, on the lines above."""
    found = v.tokens.dates(text, a, b)
    if len(found) == 1:
        return found[0]
    m = _DAY_MONTH.fullmatch(text, a, b)
    year = _caption_year(lines, j) if m is not None else None
    iso = calendar_date(f"{m['d']}.{m['m']}.{year}") if m is not None and year is not None else None
    return (m.start("d"), m.end(), iso) if m is not None and iso is not None else None


def _caption_year(lines: list[tuple[int, str]], j: int) -> int | None:
    """The one year of the nearest line above line ``j`` that names a year, within the timeline's lines."""
    for k in range(j - 1, max(j - _NEAR * 2, -1), -1):
        years = _YEAR.findall(lines[k][1])
        if years:
            return int(years[0]) if len(set(years)) == 1 else None
    return None


def _meeting(doc: Document, v: Vocab, column: list[tuple[int, str]], date: tuple[int, int, str]) -> Consultation | None:
    """The meeting of a column's label lines and its date, else None."""
    column = [(s, t.rstrip()) for s, t in column if t.strip()]
    if not column:
        return None
    role, public, name = None, None, column
    while len(name) > 1 and (said := _said(name[-1][1], v)) is not None:  # the status's and role's lines
        role, public, name = role or said[0], public if public is not None else said[1], name[:-1]
    body = clean_body("\n".join(t.strip() for _, t in name))
    if not body or not headed(body, v) or not namelike(body):
        return None
    return consultation(
        body,
        v,
        span=doc.span(date[0], column[-1][0] + len(column[-1][1])),
        meeting_date=date[2],
        role=role,
        public=public,
        method="timeline.axis",
    )


def _said(text: str, v: Vocab) -> tuple[str | None, bool | None] | None:
    """The role and status a label's last line gives ("Stellungnahme · ö"), else None."""
    parts = [p for p in _PARTS.split(text.strip(" \t·,;")) if p]
    read = [status(p, v) for p in parts]
    if not parts or any(r is None for r in read):
        return None
    role = next((r[0] for r in read if r is not None and r[0] is not None), None)
    public = next((r[1] for r in read if r is not None and r[1] is not None), None)
    return role, public
