"""A generator of Beratungsfolge tables as text exported page by page from council PDFs.

Such text (pdftotext, the OParl ``File.text`` of a council information system) has no
columns: the cells of a row are joined by single spaces, and every cell that is too wide for
its column wraps onto lines of its own. :class:`Exported` draws one such table along its axes:

- the header words ("Beratungsfolge Sitzungstermin Stand", "Beratungsfolge Termin Stand
  Abstimmung", a public-status column written with spaces "Ö / N");
- a body name wrapped around the line with its date (its first part above, the rest below,
  maybe broken inside a word with a hyphen) or above it;
- the cells of the other columns spilling onto lines of their own: a role broken with a hyphen
  ("Beratung und Beschluss-" above the row, "fassung" below), a vote over several lines
  ("Mehrheitlich bei 7 Ja-Stimmen und 2" / "Nein-Stimmen lt. Beschlussvorschlag"), also on the same
  lines as the parts of a wrapped name ("Fachausschuss für 8 Ja-Stimmen und 3 Nein-Stimmen zu Ände-"
  / "Bildung rung Punkt 3");
- a form feed between two rows, with the page number at the foot of the page and the running
  header at the top of the next, maybe the header row repeated (pages in text input);
- dates: a meeting over two days ("12./13.03.2024": its first day), the weekday wrapped onto the
  line above the date, a row number running into a short date ("3.12.03.24");
- the title of the submission right after the table, maybe holding a date or a body word in an
  attribute ("Größe des Gemeinderates in der Wahlperiode vom 01.11.2011 bis 31.10.2016"), then
  the next section: rows of the table only, never the title.

``Exported.text()`` renders it, ``Exported.expected()`` is what must come back, exactly.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from hypothesis import strategies as st

from tests.generators.layouts import body_names

R = TypeVar("R")

HEADERS = [
    ("Beratungsfolge Sitzungstermin Stand", ("body", "date", "role")),
    ("Beratungsfolge Termin Stand Abstimmung", ("body", "date", "role", "vote")),
    ("Gremium Sitzung am Ö / N Zuständigkeit", ("body", "date", "public", "role")),
    ("Beratungsfolge Datum Zuständigkeit Abstimmungsergebnis", ("body", "date", "role", "vote")),
    ("Nr. Datum Gremium Zuständigkeit", ("number", "date", "body", "role")),  # the date first, rows numbered
]
WEEKDAYS = ["Montag,", "Dienstag,", "Mittwoch,", "Donnerstag,", "Freitag,", "Samstag,", "Sonntag,"]
# role cells as the row states them, and the role they give
ROLES = [
    ("Beratung und Empfehlung", "deliberation"),
    ("Vorberatung", "preliminary"),
    ("Anhörung", "deliberation"),
    ("Kenntnisnahme", "information"),
    ("Beratung und Beschlussfassung", "decision"),  # of several roles the deciding one wins
]
# a role cell too wide for its column: the line above the row, the line below it
SPILLED_ROLES = [
    ("Beratung und Beschluss-", "fassung"),
    ("Beratung, Empfehlung und Be-", "schlussfassung"),
    ("Beratung und", "Beschlussempfehlung"),  # a role word that also heads a section
]
VOTES = ["Einstimmig", "einstimmig lt. Beschlussvorschlag", "Zur Kenntnis genommen.", ""]
SPILLED_VOTES = [
    ("Mehrheitlich bei 7 Ja-Stimmen und 2", "Nein-Stimmen lt. Beschlussvorschlag"),
    ("Einstimmig bei einer Enthaltung lt. Be-", "schlussvorschlag"),
    ("Bei 3 Enthaltungen und 5 Ja-Stimmen", "abgelehnt"),
    ("8 Ja-Stimmen und 3 Nein-Stimmen zu Ände-", "rung Punkt 3"),
]
TITLES = [
    "Annahme von Zuwendungen",
    "Bebauungsplan Nr. 0412 „Am Mühlenbach“, Ortschaft Nord; Satzungsbeschluss",
    "Vorläufige Bilanz, Ergebnis- und Finanzrechnung {d}",
    "Größe des Gemeinderates in der Wahlperiode vom 01.11.{y} bis 31.10.{y2}",
    "Unterrichtung über Haushaltsüberschreitungen in der Zeit vom 01.01. bis 31.12.{y}",
    "Antrag des Ortsrates Nord auf Zuschuss",
    # a title opening with a role word, wrapped inside a word
    "Bekanntgabe des Berichts über die unvermutete örtliche Prüfung der Gemeindekasse Muster-\n"
    "stadt im Haushaltsjahr {y}",
]
# a vote cell written as a sentence over the lines of a wrapped name (its first part, its rest), or above and
# below a row whose name does not wrap; the second only after a name's part that ends with a comma, the third
# only around a row whose name does not wrap
SENTENCES = [
    ("Die DS 12/{y} gilt einstimmig als bera-", "ten."),
    ("Beschlussvorlage gilt bei 9 Ja-Stimmen", "als vorberaten."),
    ("Beschlussvorlage gilt bei 6 Ja-Stimmen, 1 Enthal-", "tung als vorberaten."),
]
RUNNING = "Gemeinde Musterstadt Drucksache 12/{y}"
OPEN = ("für", "und", "der", "den", "des")


@dataclass(frozen=True)
class Row:
    body: str
    date: datetime.date
    role: int  # index into ROLES, -1: no role cell
    wrap: int  # 0 none, 1 centred around the date line, 2 above it
    spill: int  # 0 none, 1 the role spills, 2 the vote spills
    vote: int
    public: bool
    date_form: int  # 0 "12.03.2024", 1 a meeting over two days "12./13.03.2024", 2 the weekday on the line above
    before_link: bool = False  # a name wrapped before its link word ("Fachausschuss Klimaschutz, Bau" / "und Umwelt")
    sentence: int = -1  # the vote cell as a sentence (index into SENTENCES) on the name's lines, -1: none


@dataclass
class Exported:
    rows: list[Row]
    header: int
    page_break: int  # a form feed before this row (-1: none)
    repeat_header: bool
    title: int

    @property
    def columns(self) -> tuple[str, ...]:
        return HEADERS[self.header][1]

    def expected(self) -> list[tuple[str, str, str | None, bool | None]]:
        out = []
        for r in self.rows:
            stated = r.spill != 1 or self.columns[0] == "number"  # a spilled role cell is not read
            role = ROLES[r.role][1] if r.role >= 0 and stated and "role" in self.columns else None
            public = r.public if "public" in self.columns else None
            out.append((r.body, r.date.isoformat(), role, public))  # a meeting over two days: its first
        return out

    def date_text(self, r: Row) -> str:
        if r.date_form == 1 and (r.date + datetime.timedelta(days=1)).month == r.date.month:
            return f"{r.date:%d}./{r.date + datetime.timedelta(days=1):%d.%m.%Y}"
        return f"{r.date:%d.%m.%Y}"

    def sentence(self, r: Row) -> tuple[str, str] | None:
        """The vote cell as a sentence around the row (its first line, its last), if the row has one."""
        if r.sentence < 0 or r.spill or r.date_form == 2 or "vote" not in self.columns:
            return None
        first = wrapped(r.body, r.before_link)[0] if r.wrap == 1 else ""
        usable = [SENTENCES[0]] + ([SENTENCES[1]] if first.endswith(",") else []) + ([] if first else [SENTENCES[2]])
        if r.wrap == 2 or not usable:
            return None
        a, b = usable[r.sentence % len(usable)]
        return a.format(y=r.date.year), b

    def _cells(self, r: Row) -> tuple[list[str], list[str], list[str]]:
        """The lines above the row, the row's cells after the body, the lines below."""
        above: list[str] = []
        below: list[str] = []
        cells = [self.date_text(r)]
        if r.date_form == 2:  # a weekday wrapped away from its date in the cell
            above.append(WEEKDAYS[r.date.weekday()])
        for kind in self.columns[2:]:
            if kind == "public":
                cells.append("Ö" if r.public else "N")
            elif kind == "role" and r.spill == 1:
                a, b = SPILLED_ROLES[r.vote % len(SPILLED_ROLES)]
                above.append(a)
                below.append(b)
            elif kind == "role" and r.role >= 0:
                cells.append(ROLES[r.role][0])
            elif kind == "vote" and r.spill == 2:
                # beside a wrapped name (a line holds both) only a vote whose first word is a result word
                votes = SPILLED_VOTES if not r.wrap else [x for x in SPILLED_VOTES if not x[0].startswith("Bei")]
                a, b = votes[r.vote % len(votes)]
                above.append(a)
                below.append(b)
            elif kind == "vote" and VOTES[r.vote % len(VOTES)] and self.sentence(r) is None:
                cells.append(VOTES[r.vote % len(VOTES)])
        # a line holds the spill of every column at its height, joined by single spaces
        return ([" ".join(above)] if above else []), cells, ([" ".join(below)] if below else [])

    def row_lines(self, r: Row) -> list[str]:
        if (
            self.columns[0] == "number"
        ):  # "3.12.03.24 Sozialausschuss Vorberatung": the row's number runs into a short date
            k = self.rows.index(r) + 1
            role = [ROLES[r.role][0]] if r.role >= 0 else []
            return [" ".join([f"{k}.{r.date:%d.%m.%y}", r.body, *role])]
        above, cells, below = self._cells(r)
        mixed = r.spill == 2 and r.wrap == 1 and "vote" in self.columns and r.date_form != 2
        # a role cell spilled beside a name's part that does not end open: "Fachausschuss Planung, Bau Beratung und
        # Beschluss-" / "26.02.2019" / "und Umwelt fassung"
        first, rest = wrapped(r.body, r.before_link)
        cut_role = SPILLED_ROLES[r.vote % len(SPILLED_ROLES)][0].endswith("-")
        mixed = mixed or (r.spill == 1 and r.wrap == 1 and r.date_form != 2 and cut_role and not _ends_open(first))
        first, rest = (first, rest) if r.wrap and (not r.spill or mixed) else (r.body, "")
        said = self.sentence(r)
        if said is not None:  # the vote's sentence: its first part beside the name's first, its end beside the rest
            a, b = said
            if not rest:
                return [a, " ".join([r.body, *cells]), b]
            return [f"{first} {a}", " ".join(cells), f"{rest} {b}"]
        if not rest:
            return above + [" ".join([r.body, *cells])] + below
        if mixed:  # the name and the vote both wrap: each line holds a part of both, the name's first
            return [f"{first} {above[0]}", " ".join(cells), f"{rest} {below[0]}"]
        if r.wrap == 1:  # centred: the name's first part above the date line, its rest below
            return [first, " ".join(cells), rest]
        return [first, " ".join([rest, *cells])]  # bottom-aligned: the rest stands on the date line

    def text(self) -> str:
        year = self.rows[0].date.year
        running = RUNNING.format(y=year)
        lines = [running, "Beschlussvorlage", "Beratung in öffentlicher Sitzung", HEADERS[self.header][0]]
        for k, r in enumerate(self.rows):
            if k == self.page_break:
                lines += ["- 1 -", "\f" + running]
                if self.repeat_header:
                    lines.append(HEADERS[self.header][0])
            lines += self.row_lines(r)
        d = self.rows[-1].date
        title = TITLES[self.title].format(d=f"31.12.{d.year - 1}", y=d.year - 1, y2=d.year + 4)
        lines += [
            title,
            "Beschlussvorschlag:",
            f"Der Rat der Gemeinde beschließt die Vorlage. Der Verwaltungsausschuss hat am 02.03.{year - 1} beraten.",
            "Begründung:",
            "Die Verwaltung wurde beauftragt (Sitzung des Rates vom 12.03.2017).\f- 2 -",
            running,
            "Weitere Ausführungen.",
        ]
        return "\n".join(lines) + "\n"


def _ends_open(part: str) -> bool:
    return part.endswith(",") or part.split(" ")[-1] in OPEN


def wrapped(body: str, before_link: bool = False) -> tuple[str, str]:
    """A body name cut after a comma or a link word, or inside a long word with a hyphen; the
    first part ends open, so that it goes on below ("Ausschuss für" / "Bildung und Kultur").
    ``before_link``: cut before its last "und", the rest opens with it ("Ausschuss für Bildung,
    Kultur" / "und Sport")."""
    words = body.split(" ")
    if before_link and "und" in words[1:-1]:
        k = len(words) - 1 - words[::-1].index("und")
        return " ".join(words[:k]), " ".join(words[k:])
    for k in range(len(words) - 1, 0, -1):
        if words[k - 1].endswith(",") or words[k - 1] in OPEN:
            return " ".join(words[:k]), " ".join(words[k:])
    last = words[-1]
    if len(last) > 12 and last[-6:].isalpha() and last[-6].islower():
        return " ".join([*words[:-1], last[:-6] + "-"]), last[-6:]
    return body, ""


def meetings(draw: st.DrawFn, n: int) -> list[tuple[str, datetime.date]]:
    """``n`` different bodies, each with a meeting a week or so after the one before."""
    start = draw(st.dates(datetime.date(2008, 1, 1), datetime.date(2025, 6, 1)))
    out: list[tuple[str, datetime.date]] = []
    for k in range(n):
        name = draw(body_names().filter(lambda x: x not in {b for b, _ in out}))
        out.append((name, start + datetime.timedelta(days=7 * k + draw(st.integers(0, 5)))))
    return out


def meeting_rows(draw: st.DrawFn, n: int, row: Callable[..., R], *fields: st.SearchStrategy[Any]) -> list[R]:
    """A row for each of ``n`` meetings: its body, its date and a value drawn from each of ``fields``."""
    return [row(name, date, *(draw(f) for f in fields)) for name, date in meetings(draw, n)]


@st.composite
def exported(draw: st.DrawFn) -> Exported:
    header = draw(st.integers(0, len(HEADERS) - 1))
    n = draw(st.integers(1, 6))
    rows = meeting_rows(
        draw,
        n,
        Row,
        st.integers(-1, len(ROLES) - 1),
        st.sampled_from([0, 0, 1, 2]),
        st.sampled_from([0, 0, 1, 2]),
        st.integers(0, 11),
        st.booleans(),
        st.sampled_from([0, 0, 1, 2]),
        st.booleans(),
        st.sampled_from([-1, -1, 0, 1, 2]),
    )
    page_break = draw(st.integers(1, n - 1)) if n > 1 and draw(st.booleans()) else -1
    return Exported(rows, header, page_break, draw(st.booleans()), draw(st.integers(0, len(TITLES) - 1)))


# --- a table exported column by column -------------------------------------------------

# the column words over the blocks, "" for none
NAME_WORDS = ["", "Gremium", "Beratungsfolge"]
DATE_WORDS = ["", "Sitzungstermin", "Termin", "Datum", "Sitzung am", "Sitzungsdatum"]
STATUS_WORDS = ["", "Ö/N", "Ö / N", "Status", "Öffentlichkeit"]
ROLE_WORDS = ["", "Zuständigkeit", "Stand", "Beratungsart", "Art der Beratung"]
STATUS_CELLS = {True: ["Ö", "öffentlich", "ö"], False: ["N", "nicht öffentlich", "nichtöffentlich", "nö"]}
# role cells as lines of the role block, and the role they give: some wrapped over two lines
COLUMN_ROLES = [
    (["Vorberatung"], "preliminary"),
    (["Vorberatung für", "Verwaltungsausschuss"], "preliminary"),
    (["Beratung und", "Empfehlung"], "deliberation"),
    (["Entscheidung"], "decision"),
    (["Kenntnisnahme"], "information"),
    (["Beratung und Beschlussfassung"], "decision"),
    (["Anhörung"], "deliberation"),
]
MISMATCHES = ["extra date", "missing status", "missing role", "missing name"]


@dataclass(frozen=True)
class ColumnRow:
    body: str
    date: datetime.date
    public: bool
    role: int  # index into COLUMN_ROLES
    wrap: bool  # the name wrapped over two lines
    status_form: int
    two_days: bool  # a meeting over two days "12./13.03.2024": its first day


@dataclass
class ColumnExport:
    """A Beratungsfolge exported column by column: the names, then the dates under their column
    word, then maybe the statuses and the roles, blocks apart by blank lines (maybe none: the
    kinds of the lines part them), maybe in two groups each opening with its names, maybe a page
    break with its furniture between two blocks. ``mismatch``: one block has a cell more or less
    (see MISMATCHES): names and dates that do not pair give nothing; a status or role block that
    does not pair is left empty while names and dates pair."""

    rows: list[ColumnRow]
    split: int  # the second group opens with this row (-1: one group)
    words: tuple[int, int, int, int]  # indexes into NAME_WORDS, DATE_WORDS, STATUS_WORDS, ROLE_WORDS
    status: bool
    roles: bool
    blanks: int  # blank lines between blocks
    page_break: int  # a page break before this block of the first group (-1: none)
    title: int
    mismatch: int = -1  # index into MISMATCHES (-1: the counts agree)
    names_only: bool = False  # only the block of names: no table

    def expected(self) -> list[tuple[str, str, str | None, bool | None]]:
        off = self._spoilt()
        if self.names_only or off in ("extra date", "missing name"):
            return []  # names and dates do not pair: nothing is paired
        first = self.groups()[0]  # the spoilt block is the first group's: the other groups pair
        return [  # a role or status block that does not pair is left empty, the rest paired
            (
                r.body,
                r.date.isoformat(),
                COLUMN_ROLES[r.role][1] if self.roles and not (off == "missing role" and k < len(first)) else None,
                r.public if self.status and not (off == "missing status" and k < len(first)) else None,
            )
            for k, r in enumerate(self.rows)
        ]

    def groups(self) -> list[list[ColumnRow]]:
        if self.split <= 0:
            return [self.rows]
        return [self.rows[: self.split], self.rows[self.split :]]

    def blocks(self, rows: list[ColumnRow], first: bool) -> list[list[str]]:
        name_word, date_word, status_word, role_word = (
            NAME_WORDS[self.words[0]],
            DATE_WORDS[self.words[1]],
            STATUS_WORDS[self.words[2]],
            ROLE_WORDS[self.words[3]],
        )
        names: list[str] = [name_word] if name_word and (first or name_word != "Beratungsfolge") else []
        for r in rows:
            a, b = wrapped(r.body) if r.wrap else (r.body, "")
            names += [a, b] if b else [r.body]
        dates = [date_word] if date_word else []
        for r in rows:
            nxt = r.date + datetime.timedelta(days=1)
            two = r.two_days and nxt.month == r.date.month
            dates.append(f"{r.date:%d}./{nxt:%d.%m.%Y}" if two else f"{r.date:%d.%m.%Y}")
        out = [names, dates]
        if self.status:
            cells = [STATUS_CELLS[r.public][r.status_form % len(STATUS_CELLS[r.public])] for r in rows]
            out.append(([status_word] if status_word else []) + cells)
        if self.roles:
            out.append(([role_word] if role_word else []) + [ln for r in rows for ln in COLUMN_ROLES[r.role][0]])
        if first and self.mismatch >= 0:
            self._spoil(out, rows)
        return out[:1] if self.names_only else out

    def _spoilt(self) -> str | None:
        """The block that has a cell more or less: the drawn one where the first group has it, or
        else a date more."""
        if self.mismatch < 0:
            return None
        kind, many = MISMATCHES[self.mismatch], len(self.groups()[0]) >= 2
        has = {"missing status": self.status, "missing role": self.roles, "missing name": True}
        return kind if many and has.get(kind) else "extra date"

    def _spoil(self, out: list[list[str]], rows: list[ColumnRow]) -> None:
        """One cell more or less in one block of the first group."""
        kind = self._spoilt()
        if kind == "missing status":
            out[2].pop()
        elif kind == "missing role":
            drop = len(COLUMN_ROLES[rows[-1].role][0])  # the last role cell, all its lines
            del out[-1][-drop:]
        elif kind == "missing name":
            drop = 2 if rows[-1].wrap and wrapped(rows[-1].body)[1] else 1
            del out[0][-drop:]
        else:
            out[1].append(f"{rows[-1].date + datetime.timedelta(days=3):%d.%m.%Y}")

    def text(self) -> str:
        year = self.rows[0].date.year
        running = RUNNING.format(y=year)
        lines = [running, "Beschlussvorlage", "Beratung in öffentlicher Sitzung", "Beratungsfolge"]
        if NAME_WORDS[self.words[0]] == "Beratungsfolge":
            lines.pop()  # the heading is the names' column word
        gap = [""] * self.blanks
        for g, rows in enumerate(self.groups()):
            for b, block in enumerate(self.blocks(rows, g == 0)):
                if g + b:
                    lines += gap
                if g == 0 and b == self.page_break:
                    lines += ["- 1 -", "\f" + running]
                lines += block
        d = self.rows[-1].date
        title = TITLES[self.title].format(d=f"31.12.{d.year - 1}", y=d.year - 1, y2=d.year + 4)
        lines += [
            "",
            title,
            "Beschlussvorschlag:",
            f"Der Rat der Gemeinde beschließt die Vorlage. Der Verwaltungsausschuss hat am 02.03.{year - 1} beraten.",
            "Begründung:",
            "Weitere Ausführungen.",
        ]
        return "\n".join(lines) + "\n"


@st.composite
def column_exports(draw: st.DrawFn, mismatch: bool = False, names_only: bool = False) -> ColumnExport:
    n = draw(st.integers(1, 8))
    rows = meeting_rows(
        draw,
        n,
        ColumnRow,
        st.booleans(),
        st.integers(0, len(COLUMN_ROLES) - 1),
        st.booleans(),
        st.integers(0, 3),
        st.sampled_from([False, False, True]),
    )
    split = draw(st.integers(1, n - 1)) if n > 1 and draw(st.booleans()) else -1
    status, roles = draw(st.booleans()), draw(st.booleans())
    words = (
        draw(st.integers(0, len(NAME_WORDS) - 1)),
        draw(st.integers(0, len(DATE_WORDS) - 1)),
        draw(st.integers(0, len(STATUS_WORDS) - 1)),
        draw(st.integers(0, len(ROLE_WORDS) - 1)),
    )
    page_break = draw(st.integers(1, 1 + status + roles)) if draw(st.booleans()) else -1
    return ColumnExport(
        rows,
        split,
        words,
        status,
        roles,
        draw(st.integers(0, 2)),
        page_break,
        draw(st.integers(0, len(TITLES) - 1)),
        draw(st.integers(0, len(MISMATCHES) - 1)) if mismatch else -1,
        names_only,
    )
