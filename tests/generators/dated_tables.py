"""A generator of Beratungsfolge tables whose rows are anchored on their date line, as text
exports of a city's submission form give them (single spaces, cells on lines of their own).

The axes: the header (heading and column words on one line, with attribute words before "am";
the heading on its own line over the column words; the column words wrapped over three lines),
the separator between a body and its date (one space or a gap), a body name wrapped over the
lines above its date line (at a word, or inside a word at a hyphen), the TOP number on the
date line or on a line of its own, an "x" under ö/nö on the date line or below it, a result
cell on the date line or on the lines below it (wrapped at a hyphen, lower-case rest), blank
lines between rows, page furniture between rows, and what follows the table: a request line and
a sentence that names a body and a date, which must yield nothing.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from hypothesis import strategies as st

# (name, a wrapped form: the lines above the date line, the part on the date line)
BODIES = [
    ("Gemeinderat", None),
    ("Hauptausschuss", None),
    ("Planungsausschuss", None),
    ("Jugendhilfeausschuss", None),
    ("Ortschaftsrat Grötzingen", None),
    ("Gemeinderätliche Kommission KEG", (["Gemeinderätliche", "Kommission KEG"], "")),
    ("Ausschuss für Umwelt und Gesundheit", (["Ausschuss für Umwelt und"], "Gesundheit")),
    ("Ausschuss II – Ortsverwaltung Grötzingen", (["Ausschuss II – Ortsverwal-", "tung Grötzingen"], "")),
    ("Ausschuss für öffentliche Einrichtungen", (["Ausschuss für öffentliche", "Einrichtungen"], "")),
]
RESULTS = [
    ["vorberaten"],
    ["genehmigt"],
    ["Zustimmung"],
    ["Einstimmig zugestimmt"],
    ["Zustimmung vorbehaltlich der Ver-", "ringerung des Zuschussbedarfs um", "200.000 € durch Sponsoren."],
]
HEADERS = {
    "attributes": ["Beratungsfolge dieser Vorlage am TOP ö nö Ergebnis"],
    "own_line": ["Beratungsfolge dieser Vorlage", "Gremium Termin TOP ö nö Ergebnis"],
    "wrapped": ["Beratungsfolge dieser Vorlage", "Gremium Termin TOP", "ö nö", "Ergebnis"],
    "sitzung": ["Beratungsfolge Sitzung am TOP ö nö Ergebnis"],
}
BEFORE = (
    "BESCHLUSSVORLAGE\nSTADT MUSTERSTADT\nDer Oberbürgermeister\nVorlage Nr.: 2016/0284\n"
    "Verantwortlich: Dez. 1\nTemporäre Ersatzinfrastruktur für Sportveranstaltungen\n\n"
)
AFTER = (
    "\nAntrag an den Gemeinderat / Ausschuss\n\n"
    "Der Gemeinderat beschließt nach Vorberatung im Hauptausschuss am 03.02.2015 die Vergabe der\n"
    "Arbeiten an die Firma Muster GmbH zum Angebot vom 26.06.2013.\n"
)
FURNITURE = "Seite 1 von 2\f- 2 -"  # a page's number, the break, the next page's number


@dataclass(frozen=True)
class Row:
    body: int  # index into BODIES
    wrapped: bool
    date: datetime.date
    top: str
    top_below: bool
    mark: str  # "", "same" or "below"
    result: int  # -1: none, else index into RESULTS
    result_below: bool
    gap: bool  # two spaces between the body and the date
    blank_after: int


@dataclass(frozen=True)
class DatedTable:
    header: str
    rows: tuple[Row, ...]
    furniture_after: int  # the row after which a page's furniture stands (-1: none)

    def text(self) -> str:
        out = [*HEADERS[self.header]]
        for k, r in enumerate(self.rows):
            out.extend(_row_lines(r))
            out.extend([" "] * r.blank_after)
            if k == self.furniture_after:
                out.append(FURNITURE)
        return BEFORE + "\n".join(out) + "\n" + AFTER

    def expected(self) -> list[tuple[str, str]]:
        return [(BODIES[r.body][0], r.date.isoformat()) for r in self.rows]


def _row_lines(r: Row) -> list[str]:
    """The lines of one row: wrapped name lines, the date line, lines spilled below it."""
    name, wrap = BODIES[r.body]
    above, own = wrap if (r.wrapped and wrap is not None) else ([], name)
    cells = [r.date.strftime("%d.%m.%Y")]
    if not r.top_below:
        cells.append(r.top)
    result = RESULTS[r.result] if r.result >= 0 else []
    if r.mark == "same":
        cells.append("x")
    if result and not r.result_below:
        cells.append(result[0])
    sep = "  " if r.gap and own else " "
    lines = [*above, (own + sep if own else "") + " ".join(cells) + " "]
    if r.top_below:
        lines.append(r.top)
    if r.mark == "below":
        lines.extend(["  ", "x"])
    spill = result if r.result_below else result[1:]
    return lines + spill


@st.composite
def rows(draw: st.DrawFn) -> Row:
    return Row(
        body=draw(st.integers(0, len(BODIES) - 1)),
        wrapped=draw(st.booleans()),
        date=draw(st.dates(datetime.date(2013, 1, 1), datetime.date(2026, 12, 31))),
        top=draw(st.sampled_from(["1", "6", "11", "10.1", "22"])),
        top_below=draw(st.booleans()),
        mark=draw(st.sampled_from(["", "same", "below"])),
        result=draw(st.integers(-1, len(RESULTS) - 1)),
        result_below=draw(st.booleans()),
        gap=draw(st.booleans()),
        blank_after=draw(st.integers(0, 2)),
    )


@st.composite
def dated_tables(draw: st.DrawFn) -> DatedTable:
    table_rows = draw(st.lists(rows(), min_size=1, max_size=5, unique_by=lambda r: r.date))
    return DatedTable(
        header=draw(st.sampled_from(sorted(HEADERS))),
        rows=tuple(table_rows),
        furniture_after=draw(st.integers(-1, len(table_rows) - 2)),
    )
