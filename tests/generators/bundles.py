"""A generator of meetings' bundles: files holding several submissions, as text and as PDF.

A :class:`Submission` is drawn with its own header block (letterhead of its municipality,
type word and number on one line or two, date, office), its Beratungsfolge, subject,
decision proposal and reasons over one to three pages; continuation pages may repeat its
number in a running head ("Vorlage 2019/0123 – Seite 2"). The reasons may cite other
submissions' numbers, in a sentence or as a "Bezug:" line at a page's top.
:func:`bundle_pages` puts several of them into one file, each starting on a new page.

The negatives are drawn by the same means: one submission whose text cites other numbers,
one followed by an attachment that carries its own number under "Anlage 2", one whose
Beratungsfolge lists the numbers of earlier submissions, and a bundle whose first page is a
meeting's agenda (no head there: the file is not split).

``pdf(pages)`` renders the pages with reportlab, the Beratungsfolge's cells in real columns.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from hypothesis import strategies as st

# municipalities the gazetteer knows, with the council that decides
PLACES = [
    ("Stadt Göttingen", "Göttingen", "Rat der Stadt"),
    ("Stadt Landshut", "Landshut", "Stadtrat"),
    ("Gemeinde Nordstemmen", "Nordstemmen", "Gemeinderat"),
    ("Stadt Lörrach", "Lörrach", "Gemeinderat"),
    ("Stadt Erlangen", "Erlangen", "Stadtrat"),
    ("Stadt Leverkusen", "Leverkusen", "Rat der Stadt"),
    ("Gemeinde Wadgassen", "Wadgassen", "Gemeinderat"),
]
TYPES = ["Sitzungsvorlage", "Beschlussvorlage", "Vorlage", "Drucksache"]
OFFICES = ["Sozialamt", "Fachbereich Jugend und Soziales", "Amt für Integration", "Hauptamt"]
COMMITTEES = ["Sozialausschuss", "Ausschuss für Jugend und Soziales", "Integrationsrat", "Hauptausschuss"]
SUBJECTS = [
    "Integrationskonzept der Gemeinde: Fortschreibung",
    "Sanierung der Sporthalle Nord",
    "Zuschuss an den Förderverein der Grundschule",
    "Neubau eines Kindergartens im Baugebiet Süd",
    "Bebauungsplan Nr. 12 „Am Mühlenbach“: Auslegungsbeschluss",
]
PROSE = [
    "Die Verwaltung hat die Unterlagen geprüft und schlägt vor, wie oben beschrieben zu verfahren.",
    "Die Mittel stehen im Haushalt zur Verfügung; weitere Kosten entstehen nicht.",
    "Der Ausschuss hat sich in seiner letzten Sitzung ausführlich mit dem Thema befasst.",
    "Die Beteiligten wurden frühzeitig eingebunden und haben ihre Stellungnahmen abgegeben.",
]


@st.composite
def numbers(draw: st.DrawFn) -> str:
    n, y = draw(st.integers(1, 999)), draw(st.integers(2012, 2025))
    return draw(st.sampled_from([f"{y}/{n:04d}", f"{n}/{y}", f"VO/{y}/{n}", f"{n:03d}/{y}-1"]))


@dataclass
class Submission:
    place: tuple[str, str, str]
    kind: str
    number: str
    day: str  # dd.mm.yyyy
    office: str
    subject: str
    committee: str
    n_pages: int
    one_line_head: bool
    running_head: bool
    cites: str = ""  # another submission's number cited in the reasons ("" for none)
    cite_at_top: bool = False  # the citation as a "Bezug:" line at the top of a page
    history: list[str] = field(default_factory=list)  # earlier numbers listed in the Beratungsfolge

    @property
    def municipality(self) -> str:
        return self.place[1]

    def pages(self) -> list[str]:
        """The submission's pages as text (tab-separated table cells)."""
        head = f"{self.kind} {self.number}" if self.one_line_head else f"{self.kind}\n{self.number}"
        date = self.day
        rows = [f"{self.committee}\t{date}\tVorberatung", f"{self.place[2]}\t{date}\tEntscheidung"]
        if self.history:
            rows = [f"{self.committee}\t{date}\tVorberatung\t{n}" for n in self.history] + rows[1:]
        first = "\n".join(
            [
                self.place[0],
                "",
                head,
                "",
                f"Datum: {self.day}",
                f"Amt: {self.office}",
                "",
                "Beratungsfolge:",
                "Gremium\tSitzung\tZuständigkeit" + ("\tVorlage" if self.history else ""),
                *rows,
                "",
                "Betreff:",
                self.subject,
                "",
                "Beschlussvorschlag:",
                f"Der {self.place[2]} beschließt die Vorlage wie vorgeschlagen.",
            ]
        )
        out = [first]
        for i in range(1, self.n_pages):
            lines = []
            if self.running_head:
                lines.append(f"{self.kind} {self.number} – Seite {i + 1}")
            if self.cites and self.cite_at_top and i == 1:
                lines.append(f"Bezug: Vorlage {self.cites}")
            lines += ["", "Begründung:" if i == 1 else "Fortsetzung der Begründung:", *PROSE]
            if self.cites and not self.cite_at_top:
                lines.append(f"Die Vorlage {self.cites} wurde am {self.day} im {self.committee} beraten.")
            out.append("\n".join(lines))
        if self.n_pages == 1 and self.cites:
            out[0] += f"\n\nBegründung:\nSiehe Vorlage Nr. {self.cites} und die dort genannten Gründe."
        return out


@st.composite
def submissions(draw: st.DrawFn, place: tuple[str, str, str] | None = None, number: str | None = None) -> Submission:
    d, m, y = draw(st.integers(1, 28)), draw(st.integers(1, 12)), draw(st.integers(2014, 2024))
    return Submission(
        place=place or draw(st.sampled_from(PLACES)),
        kind=draw(st.sampled_from(TYPES)),
        number=number or draw(numbers()),
        day=f"{d:02d}.{m:02d}.{y}",
        office=draw(st.sampled_from(OFFICES)),
        subject=draw(st.sampled_from(SUBJECTS)),
        committee=draw(st.sampled_from(COMMITTEES)),
        n_pages=draw(st.integers(1, 3)),
        one_line_head=draw(st.booleans()),
        running_head=draw(st.booleans()),
    )


@st.composite
def bundles(draw: st.DrawFn, min_size: int = 2, max_size: int = 4) -> list[Submission]:
    """Two to four submissions of different numbers (and municipalities, where enough)."""
    n = draw(st.integers(min_size, max_size))
    places = draw(st.permutations(PLACES))[:n]
    numbers_ = draw(st.lists(numbers(), min_size=n, max_size=n, unique_by=lambda s: s.casefold()))
    return [draw(submissions(place=p, number=x)) for p, x in zip(places, numbers_, strict=True)]


def bundle_pages(subs: list[Submission]) -> list[str]:
    """The pages of a file holding the submissions one after another."""
    return [page for s in subs for page in s.pages()]


def agenda(subs: list[Submission]) -> str:
    """A meeting's agenda page that lists the submissions (a bundle's cover, with no head)."""
    items = [f"TOP {i}\t{s.subject}\t{s.kind} {s.number}" for i, s in enumerate(subs, start=1)]
    return "\n".join(["Einladung zur Sitzung des Rates", "", "Tagesordnung:", *items])


def attachment(number: str) -> str:
    """A page of an attachment that carries a number of its own under its "Anlage" line."""
    return "\n".join(["Anlage 2", "", f"Drucksache {number}", "", "Stellungnahme des Beirats", *PROSE[:2]])


def pdf(pages: list[str]) -> bytes:
    """The pages as a PDF, each line where it stands, tab-separated cells in columns."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    _, height = A4
    columns = [60, 260, 360, 460]
    for page in pages:
        c.setFont("Helvetica", 10)
        y = height - 60
        for line in page.split("\n"):
            for x, cell in zip(columns, line.split("\t"), strict=False):
                c.drawString(x, y, cell)
            y -= 14
        c.showPage()
    c.save()
    return buf.getvalue()
