"""A generator of Beratungsfolge tables drawn with tab stops (no rules, each column at its own x, a
long name wrapped under its stop) as two export tools give their text back:

- ``boxes``: pdfminer.six groups the cells into text boxes and sets the boxes in an order of its
  own: a line holds cells of one printed row (a name and its date, a date and its role, a role
  alone), the lines stand in no row order, but each column's cells keep theirs ("Ö" /
  "13.05.2025" / "Ortschaftsrat Roßlau" / "Ö" / "Migrationsbeirat" / "15.05.2025" / ...); the
  header's column words on a line before them or one a line after them;
- ``blocks``: pdftotext sets the table column by column, each column's word over its cells, but
  cuts the rows into blocks where a wrapped name leaves a gap in the other columns: the first
  rows' columns one after the other, then the next rows' (the wrapped name's rest, opening with
  a lower-case word, may open the next block of names: "Ausschuss für Soziales, Gesundheit" /
  ... / "und Integration" / "3. Kreistag").

The axes: the columns and their order (names, dates, maybe statuses and roles, the roles after the
names), the column words, wrapped names, blank lines, the rows numbered, the cut points and the
boxes' order. ``spoil``
breaks what the pairing rests on, and nothing may be paired then: a date more than there are
names (``extra date``), or a line that holds the second name and the first date (``crossed``).
Then the text after the table: a label, a title, a sentence naming a body and a date.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from hypothesis import strategies as st

# (name, its lines under its tab stop)
NAMES = [
    ("Gemeinderat", ["Gemeinderat"]),
    ("Hauptausschuss", ["Hauptausschuss"]),
    ("Integrationsrat", ["Integrationsrat"]),
    ("Ortschaftsrat Roßlau", ["Ortschaftsrat Roßlau"]),
    ("Haupt- und Finanzausschuss", ["Haupt- und Finanzausschuss"]),
    ("Rat der Stadt Bocholt", ["Rat der Stadt Bocholt"]),
    ("Ausschuss für Gesundheit, Soziales und Integration", ["Ausschuss für Gesundheit,", "Soziales und Integration"]),
    ("Ausschuss für Soziales, Gesundheit und Bildung", ["Ausschuss für Soziales, Gesundheit", "und Bildung"]),
    ("Bezirksvertretung für den Stadtbezirk II", ["Bezirksvertretung für den Stadt-", "bezirk II"]),
]
STATUS = {True: ["öffentlich", "Ö"], False: ["nichtöffentlich", "N"]}
ROLES = [("Vorberatung", "preliminary"), ("Entscheidung", "decision"), ("Anhörung", "deliberation")]
# the column words of each column
WORDS = {
    "body": ["Gremium"],
    "date": ["Sitzungstermin", "Datum", "Termin"],
    "status": ["Ö/N", "Sitzungsart"],
    "role": ["Zuständigkeit", "Beratungsziel"],
}
HEADING = "Beratungsfolge:"
BEFORE = "BESCHLUSSVORLAGE\nSTADT MUSTERSTADT\nVorlage Nr.: 2024/0117\nDatum: 02.03.2024\n\n"
AFTER = (
    "\nBetreff:\nIntegrationskonzept der Stadt Musterstadt\n\nSachverhalt:\n"
    "Der Gemeinderat hat am 03.02.2015 nach Vorberatung im Hauptausschuss die Verwaltung beauftragt.\n"
)
SPOILS = ("extra date", "crossed")


@dataclass(frozen=True)
class TabStopExport:
    form: str  # boxes | blocks
    names: tuple[int, ...]  # indexes into NAMES, one per row
    dates: tuple[datetime.date, ...]
    columns: tuple[str, ...]  # the printed columns in their order: body, date, maybe status and role
    public: tuple[bool, ...]
    roles: tuple[int, ...]  # indexes into ROLES
    words: tuple[int, ...]  # the column word of each column (an index into WORDS[kind])
    status_form: int
    numbered: bool  # "1. Kreisausschuss": the rows numbered in the name's cell (the blocks)
    blank: bool  # blank lines between the boxes or blocks
    order: tuple[int, ...]  # boxes: the column each next line is taken from (its next cell), as far as it can
    joined: tuple[bool, ...]  # boxes: each row's cells of neighbouring columns set on one line where they can be
    cuts: tuple[int, ...]  # blocks: the rows that open a new block
    spoil: str | None = None

    def cell(self, kind: str, k: int) -> list[str]:
        """The lines of row ``k``'s cell of column ``kind``."""
        if kind == "body":
            lines = list(NAMES[self.names[k]][1])
            if self.numbered and self.form == "blocks":
                lines[0] = f"{k + 1}. {lines[0]}"
            return lines
        if kind == "date":
            return [f"{self.dates[k]:%d.%m.%Y}"]
        if kind == "status":
            return [STATUS[self.public[k]][self.status_form]]
        return [ROLES[self.roles[k]][0]]

    def _headed(self) -> bool:
        """Whether the names' column word is the heading itself ("Beratungsfolge" over the first block
        of names, as a table whose head names its bodies' column so): no heading above."""
        return self.form == "blocks" and self.columns[0] == "body" and self.words[0] % 2 == 1

    def column_words(self) -> list[str]:
        words = [WORDS[kind][w % len(WORDS[kind])] for kind, w in zip(self.columns, self.words, strict=True)]
        return ["Beratungsfolge", *words[1:]] if self._headed() else words

    def text(self) -> str:
        lines = self._blocks() if self.form == "blocks" else self._boxes()
        return BEFORE + ("" if self._headed() else HEADING + "\n") + "\n".join(lines) + "\n" + AFTER

    def _blocks(self) -> list[str]:
        """pdftotext: column by column, the rows cut into blocks; a wrapped name's rest that opens
        lower-case may open the next block of names."""
        n = len(self.names)
        starts = sorted({0, *(c for c in self.cuts if 0 < c < n)})
        ranges = list(zip(starts, [*starts[1:], n], strict=True))
        carried: list[str] = []
        out: list[str] = []
        for b, (a, z) in enumerate(ranges):
            for kind, word in zip(self.columns, self.column_words(), strict=True):
                run = [word] if b == 0 else []
                if kind == "body":
                    run += carried
                    carried = []
                for k in range(a, z):
                    lines = self.cell(kind, k)
                    if kind == "body" and k == z - 1 and z < n and len(lines) > 1 and lines[1][:1].islower():
                        run += lines[:1]
                        carried = lines[1:]  # the rest in the next block, where the wrapped cell left a gap
                    else:
                        run += lines
                if kind == "date" and self.spoil == "extra date" and b == len(ranges) - 1:
                    run.append(f"{self.dates[-1] + datetime.timedelta(days=3):%d.%m.%Y}")
                out += run + ([""] if self.blank else [])
        if self.spoil == "crossed":
            return self._crossed(out)
        return out

    def _boxes(self) -> list[str]:
        """pdfminer.six: the lines of boxes, each column's cells in order, a row's cells of neighbouring
        columns on one line where ``joined`` says so and both are at hand."""
        n, m = len(self.names), len(self.columns)
        at = [0] * m  # the next row of each column
        out: list[str] = []
        words = self.column_words()
        # the column words: on a line before the rows, or one a line after them (where no line holds two
        # cells of a row, something must show the form: a table with neither is no table of this tool)
        tied = any(len(self._group(k, k % (m - 1))) == 2 for k in range(n))
        head = len(self.order) % 2 if tied else 1
        if head == 0:
            out += [" ".join(words), ""]
        step = 0
        while min(at) < n:
            free = [c for c in range(m) if at[c] < n]
            want = self.order[step % len(self.order)] % len(free) if self.order else 0
            step += 1
            # a column can give its next cell where the cells joined to it on its row's line are at hand too
            for c in [*free[want:], *free[:want]]:
                group = self._group(at[c], c)
                if all(at[g] == at[c] for g in group):
                    break
            else:
                c = min(free, key=lambda j: at[j])
                group = self._group(at[c], c)
            k = at[c]
            cells = [self.cell(self.columns[g], k) for g in group]
            out.append(" ".join(lines[0] for lines in cells))
            out += [rest for lines in cells for rest in lines[1:]]
            for g in group:
                at[g] += 1
            if self.blank and step % 2 == 0:
                out.append("")
        if head == 1:
            out += ["", *words]
        if self.spoil == "extra date":
            out.append(f"{self.dates[-1] + datetime.timedelta(days=3):%d.%m.%Y}")
        if self.spoil == "crossed":
            return self._crossed(out)
        return out

    def _group(self, k: int, c: int) -> list[int]:
        """The columns whose row ``k`` cells stand on one line with column ``c``'s: where the row joins
        its cells, a pair of neighbouring columns (a wrapped name set alone, its lines under it)."""
        p = k % (len(self.columns) - 1)
        if not self.joined[k] or c not in (p, p + 1):
            return [c]
        if any(len(self.cell(self.columns[g], k)) > 1 for g in (p, p + 1)):
            return [c]
        return [p, p + 1]

    def _crossed(self, out: list[str]) -> list[str]:
        """The first name, then the second name with the first date beside it: a line that holds two
        rows' cells (the second name, the first date)."""
        first, second, date = self.cell("body", 0), self.cell("body", 1), f"{self.dates[0]:%d.%m.%Y}"
        taken = {*first, *second, date}
        rest = [ln for ln in out if ln not in taken]
        return [*first, f"{second[0]} {date}", *second[1:], *rest]

    def expected(self) -> list[tuple[str, str, str | None, bool | None]]:
        if self.spoil is not None:
            return []
        return [
            (
                NAMES[self.names[k]][0],
                self.dates[k].isoformat(),
                ROLES[self.roles[k]][1] if "role" in self.columns else None,
                self.public[k] if "status" in self.columns else None,
            )
            for k in range(len(self.names))
        ]


@st.composite
def tab_stop_exports(draw: st.DrawFn, spoil: bool = False) -> TabStopExport:
    n = draw(st.integers(2, 6))
    names = tuple(draw(st.lists(st.integers(0, len(NAMES) - 1), min_size=n, max_size=n, unique=True)))
    start = draw(st.dates(datetime.date(2010, 1, 1), datetime.date(2025, 6, 1)))
    dates = tuple(start + datetime.timedelta(days=7 * k + draw(st.integers(0, 5))) for k in range(n))
    columns = tuple(draw(st.permutations(["body", "date", *(k for k in ("status", "role") if draw(st.booleans()))])))
    if "role" in columns and columns.index("role") < columns.index("body"):  # the roles' column after the names'
        columns = tuple({"role": "body", "body": "role"}.get(k, k) for k in columns)
    form = draw(st.sampled_from(["boxes", "blocks"]))
    return TabStopExport(
        form,
        names,
        dates,
        columns,
        tuple(draw(st.lists(st.booleans(), min_size=n, max_size=n))),
        tuple(draw(st.lists(st.integers(0, len(ROLES) - 1), min_size=n, max_size=n))),
        tuple(draw(st.lists(st.integers(0, 2), min_size=len(columns), max_size=len(columns)))),
        draw(st.integers(0, 1)),
        draw(st.booleans()),
        draw(st.booleans()),
        tuple(draw(st.lists(st.integers(0, 5), min_size=1, max_size=8))),
        tuple(draw(st.lists(st.booleans(), min_size=n, max_size=n))),
        tuple(draw(st.lists(st.integers(1, n - 1), max_size=2))),
        draw(st.sampled_from(SPOILS)) if spoil else None,
    )
