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
a quotation, or with no sign at all, which only a row standing alone or blank lines between the
cells can join),
a column word just above the heading (the form's "Datum" over its value), and the text
after the table: a label line and a sentence that names a body and a date,
which must yield nothing.
"""

from __future__ import annotations

import dataclasses
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
# each role cell hyphenated over two lines in a narrow column (``CellTable.cut_roles``); the last one a compound
# whose deciding part is cut: "Beratung und Beschluss-" / "fassung" reads decision
CUT_ROLES = [
    ["Vor-", "beratung"],
    ["Entschei-", "dung"],
    ["Kenntnis-", "nahme"],
    ["Beratung und Beschluss-", "fassung"],
]
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
    # pdfminer.six's boxes (column by column, bodies first, blank lines between cells): the dates in boxes of
    # rows that follow one another, each box with its rows' roles and statuses after it; a name of one line
    # stands before the box its row opens, the names wrapped over lines come last in row order
    boxes: tuple[bool, ...] = ()  # per row: whether a new box opens there (a name of one line always opens one)
    # the bodies' column word as a label heading the table ("An:"), the names, the next section's label ("Betreff:")
    # set before the other column words, the roles with their status beside them ("Vorberatung Ö"), then
    # the label's value after the table
    label_head: str = ""
    # the public status as a mark under "ö" / "nö" columns set after the dates' column word ("ö" / "nö" / ...):
    # per row the mark ("x", "X", "☒", "✓") or "" for a row with none; one cell per line loses the empty cell,
    # so which column a mark stands in is unknown: it gives no status, and is never a name or a role
    marks: tuple[str, ...] = ()
    cut_roles: bool = False  # each role cell hyphenated over two lines (``CUT_ROLES``)
    # the header's words as other councils name them (``worded_tables``): the dates' column word a compound
    # ("Zieltermin"), attribute words after the heading ("Beratungsfolge dieser Vorlage"), and each role cell
    # opening with a preposition, an ordinal or a bracket ("zur Vorberatung", "2. Entscheidung", "(Beschluss)")
    date_word: str = ""
    heading: str = ""
    role_opener: str = ""

    def text(self) -> str:
        if self.boxes:
            return self._boxes()
        if self.label_head:
            return self._label_head()
        words, body_first = self._words()
        cells: list[list[str]] = []
        names = [BODIES[b][1] for b in self.bodies]
        dates = [[d.strftime("%d.%m.%Y")] for d in self.dates]
        if self.drop_date >= 0:
            dates = [d for k, d in enumerate(dates) if k != self.drop_date]
        roles = [[opened(ROLES[r], self.role_opener)] for r in self.roles] if self.roles is not None else []
        if self.cut_roles:
            roles = [CUT_ROLES[r] for r in self.roles or ()]
        status = [[STATUS[k % 2]] for k in range(len(names))] if "Status" in words else []
        if self.marks:
            words = [*words[:2], "ö", "nö", *words[2:]]
            status = [[m] if m else [] for m in self.marks]
        late = self.late and self.columns and body_first
        late_date = self.late and not self.columns and self.header == "status"
        if self.columns:
            blocks = [names, dates] if body_first else [dates, names]
            cells = [
                *blocks[0],
                *([[w] for w in words[1:] if w != "Zuständigkeit" or roles] if late else []),
                *([] if self.marks else status),
                *blocks[1],
                *([s for s in status if s] if self.marks else []),
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
                if self.marks:
                    pair = [*pair, *([status[k]] if status[k] else [])]
                elif status:
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

    def _words(self) -> tuple[list[str], bool]:
        """The header's column words, with the dates' compound and the heading's attribute words."""
        words, body_first = HEADERS[self.header]
        words = [self.date_word if self.date_word and w in DATE_WORDS else w for w in words]
        if self.heading:
            words = [self.heading + w[len("Beratungsfolge") :] if w.startswith("Beratungsfolge") else w for w in words]
        return words, body_first

    def _rest(self, k: int) -> list[str]:
        """The cells of row ``k`` after its date: its role and its status."""
        words = HEADERS[self.header][0]
        return [
            *([ROLES[self.roles[k]]] if self.roles is not None else []),
            *([STATUS[k % 2]] if "Status" in words else []),
        ]

    def _boxes(self) -> str:
        words = HEADERS[self.header][0]
        names = [BODIES[b][1] for b in self.bodies]
        dates = [d.strftime("%d.%m.%Y") for d in self.dates]
        cells: list[list[str]] = []
        k = 0
        while k < len(names):
            j = k + 1
            while j < len(names) and not (self.boxes[j] or len(names[j]) == 1):
                j += 1
            if len(names[k]) == 1:
                cells.append(names[k])
            cells.extend([d] for d in dates[k:j])
            for part in zip(*(self._rest(r) for r in range(k, j)), strict=True):
                cells.extend([x] for x in part)
            k = j
        cells.extend(n for n in names if len(n) > 1)
        head = "\n\n".join(w for w in words if w != "Zuständigkeit" or self.roles is not None)
        return BEFORE + head + "\n\n" + "\n\n".join("\n".join(c) for c in cells) + "\n\n" + AFTER

    def _label_head(self) -> str:
        words = [
            w for w in HEADERS[self.header][0][1:] if w not in ("Gremium", "Zuständigkeit") or self.roles is not None
        ]
        words = [w for w in words if w != "Gremium"]  # the heading is the bodies' column word
        names = ["\n".join(BODIES[b][1]) for b in self.bodies]
        dates = [d.strftime("%d.%m.%Y") for d in self.dates]
        rests = [" ".join(self._rest(k)) for k in range(len(dates))]
        label, value = AFTER.split("\n", 1)
        cells = [self.label_head, *names, label, *words, *dates, *(r for r in rests if r)]
        return BEFORE + "\n\n".join(cells) + "\n\n" + value

    def expected(self) -> list[tuple[str, str]]:
        if self.label_head and len(self.dates) > 1 and UNSIGNALLED & set(self.bodies):
            return []  # a name wrapped without a sign among other names: the blocks do not pair
        if self.columns and not self.blank and len(self.dates) > 1 and UNSIGNALLED & set(self.bodies):
            return []  # a name wrapped without a sign among other names, no blank line apart: the blocks do not pair
        return [(BODIES[b][0], d.isoformat()) for b, d in zip(self.bodies, self.dates, strict=True)]


@st.composite
def box_tables(draw: st.DrawFn) -> CellTable:
    """Tables as pdfminer.six sets them from their boxes (``CellTable.boxes``), or with the next
    section's label set beside their head (``CellTable.label_head``); bodies first."""
    table = draw(cell_tables())
    header = draw(st.sampled_from(sorted(h for h, (_, first) in HEADERS.items() if first)))
    n = len(table.bodies)
    if draw(st.booleans()):
        boxes = tuple(draw(st.lists(st.booleans(), min_size=n, max_size=n)))
        return dataclasses.replace(table, header=header, columns=True, blank=True, boxes=(True, *boxes[1:]))
    return dataclasses.replace(
        table, header=header, columns=True, label_head=draw(st.sampled_from(["An:", "Gremium:"]))
    )


@st.composite
def cut_role_tables(draw: st.DrawFn) -> CellTable:
    """Tables whose role cells are hyphenated over two lines (``CellTable.cut_roles``), in row order or
    column by column, with or without blank lines between cells."""
    table = draw(cell_tables())
    roles = table.roles if table.roles is not None else (0,) * len(table.bodies)
    return dataclasses.replace(table, roles=roles, cut_roles=True, role_on_date=False)


MARKS = ["x", "X", "☒", "✓", ""]
DATE_WORDS = ("Termin", "Sitzung am", "Datum", "Sitzungsdatum")
DATE_COMPOUNDS = ["Zieltermin", "Beratungstermine", "Sitzungstermine", "Beratungsdatum"]
HEADINGS = ["Beratungsfolge dieser Vorlage", "Beratungsweg des Antrags", "Beratungsfolge zur Vorlage"]
ROLE_OPENERS = ["zur", "2.", "("]


def opened(role: str, opener: str) -> str:
    """A role cell opening with a preposition, an ordinal or a bracket: "zur Vorberatung", "zum Beschluss",
    "2. Entscheidung", "(Kenntnisnahme)"."""
    if opener == "(":
        return f"({role})"
    if opener == "zur" and role == "Beschluss":
        return "zum Beschluss"
    return f"{opener} {role}" if opener else role


@st.composite
def worded_tables(draw: st.DrawFn) -> CellTable:
    """Tables whose header and role cells are worded as other councils word them (``CellTable.date_word``,
    ``heading``, ``role_opener``), in row order or column by column; each axis maybe left as it is."""
    table = draw(cell_tables())
    n = len(table.bodies)
    roles = table.roles if table.roles is not None else tuple(draw(st.lists(st.integers(0, 3), min_size=n, max_size=n)))
    return dataclasses.replace(
        table,
        roles=roles,
        date_word=draw(st.sampled_from(["", *DATE_COMPOUNDS])),
        heading=draw(st.sampled_from(["", *HEADINGS])),
        role_opener=draw(st.sampled_from(["", *ROLE_OPENERS])),
    )


@st.composite
def mark_tables(draw: st.DrawFn) -> CellTable:
    """Tables with the public status as marks under "ö" / "nö" columns (``CellTable.marks``), in row
    order or column by column; a row may have no mark."""
    table = draw(cell_tables())
    header = draw(st.sampled_from(["termin", "sitzung", "datum", "sitzungsdatum"]))
    n = len(table.bodies)
    marks = tuple(draw(st.lists(st.sampled_from(MARKS), min_size=n, max_size=n)))
    roles = table.roles if table.roles is not None or HEADERS[header][0][-1] != "Zuständigkeit" else (0,) * n
    return dataclasses.replace(table, header=header, marks=marks, roles=roles, late=False, role_on_date=False)


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
