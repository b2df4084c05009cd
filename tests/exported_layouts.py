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
from dataclasses import dataclass

from hypothesis import strategies as st

from tests.layouts import body_names

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
    ("Beratung und Beschlussfassung", "deliberation"),
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
            elif kind == "vote" and VOTES[r.vote % len(VOTES)]:
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
        first, rest = wrapped(r.body) if r.wrap and (not r.spill or mixed) else (r.body, "")
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


def wrapped(body: str) -> tuple[str, str]:
    """A body name cut after a comma or a link word, or inside a long word with a hyphen; the
    first part ends open, so that it goes on below ("Ausschuss für" / "Bildung und Kultur")."""
    words = body.split(" ")
    for k in range(len(words) - 1, 0, -1):
        if words[k - 1].endswith(",") or words[k - 1] in OPEN:
            return " ".join(words[:k]), " ".join(words[k:])
    last = words[-1]
    if len(last) > 12 and last[-6:].isalpha() and last[-6].islower():
        return " ".join([*words[:-1], last[:-6] + "-"]), last[-6:]
    return body, ""


@st.composite
def exported(draw: st.DrawFn) -> Exported:
    header = draw(st.integers(0, len(HEADERS) - 1))
    n = draw(st.integers(1, 6))
    start = draw(st.dates(datetime.date(2008, 1, 1), datetime.date(2025, 6, 1)))
    rows, names = [], set()
    for k in range(n):
        name = draw(body_names().filter(lambda x: x not in names))
        names.add(name)
        rows.append(
            Row(
                name,
                start + datetime.timedelta(days=7 * k + draw(st.integers(0, 5))),
                draw(st.integers(-1, len(ROLES) - 1)),
                draw(st.sampled_from([0, 0, 1, 2])),
                draw(st.sampled_from([0, 0, 1, 2])),
                draw(st.integers(0, 11)),
                draw(st.booleans()),
                draw(st.sampled_from([0, 0, 1, 2])),
            )
        )
    page_break = draw(st.integers(1, n - 1)) if n > 1 and draw(st.booleans()) else -1
    return Exported(rows, header, page_break, draw(st.booleans()), draw(st.integers(0, len(TITLES) - 1)))
