"""consultation cards: a Beratungsfolge set as cards between rules, as a council information system's page shows
its meetings and a browser prints them, each value maybe after an icon (method ``card``):

    \uf073  Mi., 12.05.2027   \uf017  17:00 Uhr
    \uf19c  Integrationsrat
    \uf0e3  Anhörung            \uf09c  öffentlich       \uf3c5  Rathaus I, Ratssaal
    ──────────────────────────────────────────────
    \uf073  Do., 20.05.2027   \uf017  16:30 Uhr
    \uf19c  Ausschuss für Generationen, Soziales und Integration
    \uf0e3  Vorberatung         \uf023  nicht öffentlich \uf3c5  Rathaus I, Ratssaal

A card is the lines between two rules: its first line holds its one date (the weekday and the time beside it), one
line is the body's name alone, named by its head word, and the lines after it hold the role, the status and the
room. An icon (a private-use glyph of an icon font, a symbol, or the replacement character a text layer writes for
a glyph it cannot map) is read as a blank. Read where two cards or more follow one another, parted by rules: dated
lines between rules that name no body (a timetable's steps) are none.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from pipeline.document import Document
from pipeline.records import Consultation
from pipeline.structure import Line, View
from pipeline.structure.tables import rule_across
from pipeline.structure.tokens import Cell, row_cells

from .date_blocks import block_runs
from .flat import namelike
from .forms import led
from .vocab import Vocab, clean_body, consultation, headed

_CARD_LINES = 4  # a card's lines at most: the date's, the body's and two of role, status and room
_NAME_WORDS = 12
_ICONS = ("Co", "So")  # the Unicode categories of an icon font's glyphs and of symbols


def from_cards(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The meetings of a run of two cards or more (see the module's docstring)."""

    def read(lines: list[Line], k: int) -> tuple[Consultation, int] | None:
        end = next((j for j in range(k + 2, min(k + _CARD_LINES + 1, len(lines))) if rule_across(lines[j].text)), None)
        if end is None:  # the last card: under a rule, over none
            if not (k and rule_across(lines[k - 1].text)):
                return None
            end = _last_card_end(lines, k, v)
        rec = _card(doc, v, [_blanked(ln) for ln in lines[k:end]])
        after = end
        while after < len(lines) and rule_across(lines[after].text):
            after += 1  # the rule, maybe wrapped over two lines by a PDF's text layer
        return None if rec is None else (rec, after - k)

    yield from block_runs(sv, read)


def _last_card_end(lines: list[Line], k: int, v: Vocab) -> int:
    """Where the last card, under a rule and over none, ends: after the lines of its role, status and room,
    indented as the card's lines are or holding a role or a status."""
    end = k + 2
    while end < min(k + _CARD_LINES, len(lines)) and _value_line(_blanked(lines[end]), lines[k], v):
        end += 1
    return end


def _value_line(line: Line, first: Line, v: Vocab) -> bool:
    """Whether a line goes on with a card: indented as its first line, or a role or status among its cells."""
    if line.text[:1].isspace() and first.text[:1].isspace():
        return True
    return any(c.kind in ("role", "public") for c in row_cells(line, v.tokens)[1])


def _card(doc: Document, v: Vocab, lines: list[Line]) -> Consultation | None:
    """The meeting of a card's lines, else None."""
    typed = [row_cells(ln, v.tokens)[1] for ln in lines]
    dates = [c for cells in typed for c in cells if c.kind == "date"]
    if len(dates) != 1 or not any(c.kind == "date" for c in typed[0]):
        return None
    names = [k for k, cells in enumerate(typed[1:], 1) if _name(lines[k].text, cells, v)]
    if len(names) != 1:
        return None
    body = clean_body(lines[names[0]].text.strip())
    rest = [c for cells in typed[names[0] + 1 :] for c in cells]
    role = next((c.value for c in rest if c.kind == "role"), None)
    public = next((c.public for c in rest if c.public is not None), None)
    return consultation(
        body,
        v,
        span=doc.span(dates[0].start, lines[-1].end),
        meeting_date=dates[0].value,
        role=role,
        public=public,
        method="card",
    )


def _name(text: str, cells: list[Cell], v: Vocab) -> bool:
    """Whether a card's line is a body's name alone."""
    name = text.strip()
    if len(cells) != 1 or cells[0].kind != "text" or len(name.split()) > _NAME_WORDS:
        return False
    return headed(name, v) and namelike(name) and not led(name, v)


def _blanked(line: Line) -> Line:
    """The line with its icons set as blanks, the offsets kept."""
    text = "".join(" " if ch == "\ufffd" or unicodedata.category(ch) in _ICONS else ch for ch in line.text)
    return line if text == line.text else Line(line.start, line.end, text)
