"""A generator of Beratungsfolge tables as text exports set them one cell per line: the
header's column words stacked on lines of their own, then the cells either in row order
(body, date, role, body, date, role ...) or column by column (the block of names, the block
of dates, the block of statuses or roles, a column word between blocks), as pdftotext and pdfminer.six
give a table the PDF draws.

The axes: the header (bodies first or dates first, a heading over the column words, or the
heading alone over the names and the other column words after them), the
form (rows or columns), blank lines between cells, a column word before the roles' block, the role on the date's
line after a gap,
body names wrapped over lines (at an open end, before a lower-case word, before a bracket, inside
a quotation, or with no sign at all, which only a row standing alone can join),
a column word just above the heading (the form's "Datum" over its value), and the text
after the table: a label line and a sentence that names a body and a date,
which must yield nothing.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from hypothesis import strategies as st

# (name, its lines as an export wraps it in a narrow column)
BODIES = [
    ("Gemeinderat", ["Gemeinderat"]),
    ("Hauptausschuss", ["Hauptausschuss"]),
    ("Jugendhilfeausschuss", ["Jugendhilfeausschuss"]),
    ("Ortschaftsrat Grötzingen", ["Ortschaftsrat Grötzingen"]),
    ("Sozial- und Gesundheitsausschuss", ["Sozial- und", "Gesundheitsausschuss"]),
    ("Ausschuss für Soziales, Integration und Senioren", ["Ausschuss für", "Soziales, Integration", "und Senioren"]),
    ("Rat der Stadt Lingen (Ems)", ["Rat der Stadt Lingen", "(Ems)"]),
    ("Ausschuss für Umwelt, Klimaschutz und Mobilität", ["Ausschuss für Umwelt,", "Klimaschutz und Mobilität"]),
    # wrapped where no open end, lower-case start or bracket shows it: one row's name only where
    # the row stands alone (one date in its group); a quotation left open goes on
    (
        'Sozialausschuss und Betriebsausschuss "Heime des Kreises"',
        ["Sozialausschuss", "und", "Betriebsausschuss", '"Heime des', 'Kreises"'],
    ),
]
UNSIGNALLED = {len(BODIES) - 1}  # the bodies whose lines show no wrap
STATUS = ["öffentlich", "nichtöffentlich"]
ROLES = ["Vorberatung", "Entscheidung", "Kenntnisnahme", "Beschluss"]
# the header's column words, one per line; whether the bodies' column comes before the dates'
HEADERS = {
    "termin": (["Beratungsfolge", "Termin", "Zuständigkeit"], True),
    "sitzung": (["Beratungsfolge", "Gremium", "Sitzung am"], True),
    "datum": (["Beratungsfolge:", "Datum", "Gremium", "Zuständigkeit"], False),
    "sitzungsdatum": (["Beratungsfolge", "Sitzungsdatum", "Zuständigkeit"], True),
    "status": (["Beratungsfolge", "Status", "Datum"], True),  # a status column before the dates
}
BEFORE = "BESCHLUSSVORLAGE\nSTADT MUSTERSTADT\nVorlage Nr.: 2020/0117\nDatum: 02.03.2020\n\n"
AFTER = (
    "Betreff:\nIntegrationskonzept der Stadt Musterstadt\nSachverhalt:\n"
    "Der Gemeinderat hat am 03.02.2015 nach Vorberatung im Hauptausschuss die Verwaltung beauftragt.\n"
)


@dataclass(frozen=True)
class CellTable:
    header: str
    columns: bool  # column by column (else one row after the other)
    bodies: tuple[int, ...]
    dates: tuple[datetime.date, ...]
    roles: tuple[int, ...] | None  # None: the table has no roles' cells
    blank: bool  # a blank line between cells
    role_word: bool  # the roles' column word again before their block (column by column only)
    drop_date: int = -1  # a negative: the date cell of this row left out
    above: bool = False  # the form's date and its label just above the heading ("27.10.17" / "Datum")
    role_on_date: bool = False  # the role on the date's line after a gap (one row after the other only)
    late: bool = False  # the heading alone over the names, the other column words after them (as pdfminer.six)
    # (one row after the other: the date's column word after the first row's name and status)

    def text(self) -> str:
        words, body_first = HEADERS[self.header]
        cells: list[list[str]] = []
        names = [BODIES[b][1] for b in self.bodies]
        dates = [[d.strftime("%d.%m.%Y")] for d in self.dates]
        if self.drop_date >= 0:
            dates = [d for k, d in enumerate(dates) if k != self.drop_date]
        roles = [[ROLES[r]] for r in self.roles] if self.roles is not None else []
        status = [[STATUS[k % 2]] for k in range(len(names))] if "Status" in words else []
        late = self.late and self.columns and body_first
        late_date = self.late and not self.columns and self.header == "status"
        if self.columns:
            blocks = [names, dates] if body_first else [dates, names]
            cells = [
                *blocks[0],
                *([[w] for w in words[1:] if w != "Zuständigkeit" or roles] if late else []),
                *status,
                *blocks[1],
            ]
            if roles and self.role_word:
                cells.append(["Zuständigkeit"])
            cells.extend(roles)
        else:
            for k in range(len(names)):
                pair = [names[k], dates[k]] if body_first else [dates[k], names[k]]
                if roles and self.role_on_date and body_first:
                    dates[k] = [dates[k][0] + "  " + roles[k][0]]
                    pair = [names[k], dates[k]] if body_first else [dates[k], names[k]]
                if status:
                    pair = [names[k], status[k], *([[words[-1]]] if late_date and k == 0 else []), dates[k]]
                cells.extend(pair)
                if roles and not (self.role_on_date and body_first):
                    cells.append(roles[k])
        sep = "\n\n" if self.blank else "\n"
        head = (
            words[0]
            if late
            else sep.join(w for w in words[: -1 if late_date else None] if w != "Zuständigkeit" or roles)
        )
        return (
            BEFORE
            + ("27.10.17\nDatum\n" if self.above else "")
            + head
            + sep
            + sep.join("\n".join(c) for c in cells)
            + "\n\n"
            + AFTER
        )

    def expected(self) -> list[tuple[str, str]]:
        if self.columns and len(self.dates) > 1 and UNSIGNALLED & set(self.bodies):
            return []  # a name wrapped without a sign among other names: the blocks do not pair
        return [(BODIES[b][0], d.isoformat()) for b, d in zip(self.bodies, self.dates, strict=True)]


@st.composite
def cell_tables(draw: st.DrawFn, negative: bool = False) -> CellTable:
    n = draw(st.integers(2 if negative else 1, 5))
    header = draw(st.sampled_from(sorted(HEADERS)))
    return CellTable(
        header=header,
        columns=draw(st.booleans()) or negative,
        bodies=tuple(draw(st.lists(st.integers(0, len(BODIES) - 1), min_size=n, max_size=n))),
        dates=tuple(
            draw(
                st.lists(
                    st.dates(datetime.date(2013, 1, 1), datetime.date(2026, 12, 31)),
                    min_size=n,
                    max_size=n,
                    unique=True,
                )
            )
        ),
        roles=tuple(draw(st.lists(st.integers(0, len(ROLES) - 1), min_size=n, max_size=n)))
        if draw(st.booleans()) or HEADERS[header][0][-1] == "Zuständigkeit"
        else None,
        blank=draw(st.booleans()),
        role_word=draw(st.booleans()),
        drop_date=draw(st.integers(0, n - 1)) if negative else -1,
        late=draw(st.booleans()),
        above=draw(st.booleans()),
        role_on_date=draw(st.booleans()),
    )
