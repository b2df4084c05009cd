"""Whole submissions whose Beratungsfolge takes a form the ruled families do not draw, as a council's
PDF sets them: a plural compound over the bodies' column and weekday dates with the month's name,
the table over a page break with a footer and a running head naming the paper's number, a place's
column beside the bodies', "x" marks under "ö" and "nö", a header in capitals, a numbered list of
meetings, unruled rows with the role first and the dates set right, section rows inside the table, a
column of resolution numbers, the role in brackets under the name; and look-alikes that state no
meeting (a table of contact persons, a schedule of events, a table of earlier resolutions).

:func:`forms` gives each form (a :class:`Form`: its name, the PDF's bytes, the consultations it
states as body, ISO date, role), so that a test can export the PDF with the real export tools and
hold every export to them.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

Fact = tuple[str, str, "str | None"]  # body, ISO date, role


@dataclass(frozen=True)
class Form:
    name: str
    pdf: bytes
    expected: list[Fact]


class _Page:
    """A page set line by line from the top, in Helvetica."""

    def __init__(self) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4)
        self.top = A4[1] - 60
        self.y = self.top
        self.page = 1
        self.head = ""  # the running head of the pages after the first

    def text(self, x: float, s: str, bold: bool = False, right: bool = False) -> None:
        self.c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
        (self.c.drawRightString if right else self.c.drawString)(x, self.y, s)

    def line(self, s: str = "", bold: bool = False) -> None:
        if s:
            self.text(60, s, bold)
        self.y -= 14

    def row(self, cells: list[tuple[float, str]], bold: bool = False, rule_to: float = 0) -> None:
        """One row of cells at their x (a negative x sets the cell right-aligned there)."""
        for x, s in cells:
            self.text(abs(x), s, bold, right=x < 0)
        if rule_to:
            self.c.line(56, self.y - 4, rule_to, self.y - 4)
        self.y -= 16

    def footer(self) -> None:
        self.c.setFont("Helvetica", 10)
        self.c.drawString(60, 40, f"Seite {self.page} von 2")

    def break_page(self) -> None:
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = self.top
        if self.head:
            self.line(self.head)
            self.line()

    def done(self) -> bytes:
        if self.page > 1:
            self.footer()
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def _head(p: _Page, issuer: str, number: str, date: str, subject: str) -> None:
    for s in (issuer, "Der Bürgermeister", ""):
        p.line(s)
    p.line("Beschlussvorlage", bold=True)
    p.line(f"Vorlage Nr. {number}")
    p.line(f"Datum: {date}")
    p.line()
    p.line(f"Betreff: {subject}")
    p.line()


_TEXT = ["Der Rat beschließt die Fortschreibung in der vorgelegten Fassung.", "Begründung:"]
_TEXT += ["Die Fortschreibung wurde mit den Vereinen und Beiräten abgestimmt."]


def _close(p: _Page) -> bytes:
    p.line()
    for s in _TEXT:
        p.line(s)
    return p.done()


def _plural_compound() -> Form:
    p = _Page()
    _head(p, "Stadt Grauwacke", "BV 31/2026", "02.03.2026", "Fortschreibung des Spielplatzkonzepts")
    p.line("Beratungsfolge", bold=True)
    p.row([(60, "Beratungsgremien"), (230, "Sitzungstag"), (400, "Zuständigkeit")], bold=True, rule_to=520)
    p.row([(60, "Jugendhilfeausschuss"), (230, "Dienstag, 10. März 2026"), (400, "Vorberatung")])
    p.row([(60, "Stadtrat"), (230, "Donnerstag, 26. März 2026"), (400, "Beschluss")])
    return Form(
        "plural_compound",
        _close(p),
        [("Jugendhilfeausschuss", "2026-03-10", "preliminary"), ("Stadtrat", "2026-03-26", "decision")],
    )


def _running_head() -> Form:
    p = _Page()
    _head(p, "Stadt Schieferbruch", "SV/2023/417", "04.09.2023", "Fortschreibung des Schulwegplans")
    for _ in range(36):
        p.line("Der Schulwegplan zeigt sichere Wege zu allen Grundschulen der Stadt und ihrer Ortsteile.")
    p.line("Beratungsfolge", bold=True)
    p.head = "Vorlage SV/2023/417"
    p.row([(60, "Gremium"), (300, "Datum"), (400, "Zuständigkeit")], bold=True)
    rows = [
        ("Ortsbeirat Unterdorf", "12.09.2023", "Anhörung", "deliberation"),
        ("Schulausschuss", "14.09.2023", "Vorberatung", "preliminary"),
        ("Ausschuss für Verkehr und Ordnung", "19.09.2023", "Vorberatung", "preliminary"),
        ("Stadtrat", "28.09.2023", "Entscheidung", "decision"),
    ]
    for body, date, role, _ in rows:
        if p.y < 80:
            p.break_page()
        p.row([(60, body), (300, date), (400, role)])
    return Form("running_head", _close(p), [(b, f"{d[6:]}-{d[3:5]}-{d[:2]}", r) for b, d, _, r in rows])


def _place_column() -> Form:
    p = _Page()
    _head(p, "Stadt Kalkhügel", "2024/0815", "06.05.2024", "Fortschreibung der Marktsatzung")
    p.line("Beratungsfolge", bold=True)
    p.row([(60, "Datum"), (140, "Uhrzeit"), (200, "Gremium"), (400, "Sitzungsort")], bold=True, rule_to=560)
    p.row([(60, "14.05.2024"), (140, "19:00"), (200, "Ortsbeirat Kalkhügel-Ost"), (400, "Gemeindehaus, Saal 1")])
    p.row([(60, "28.05.2024"), (140, "17:00"), (200, "Stadtrat"), (400, "Rathaus, Ratssaal")])
    return Form(
        "place_column", _close(p), [("Ortsbeirat Kalkhügel-Ost", "2024-05-14", None), ("Stadtrat", "2024-05-28", None)]
    )


def _x_marks() -> Form:
    p = _Page()
    _head(p, "Gemeinde Tonschiefer", "GV 2025/112", "07.07.2025", "Fortschreibung des Feuerwehrbedarfsplans")
    p.line("Beratungsfolge", bold=True)
    p.row([(60, "Gremium"), (250, "Datum"), (330, "ö"), (360, "nö"), (400, "Zuständigkeit")], bold=True, rule_to=520)
    p.row([(60, "Feuerwehrausschuss"), (250, "15.07.2025"), (360, "x"), (400, "Vorberatung")])
    p.row([(60, "Gemeinderat"), (250, "24.07.2025"), (330, "x"), (400, "Entscheidung")])
    return Form(
        "x_marks",
        _close(p),
        [("Feuerwehrausschuss", "2025-07-15", "preliminary"), ("Gemeinderat", "2025-07-24", "decision")],
    )


def _capitals() -> Form:
    p = _Page()
    _head(p, "Gemeinde Basaltheim", "0093/2024", "09.09.2024", "Fortschreibung der Friedhofssatzung")
    p.line("BERATUNGSFOLGE", bold=True)
    p.row([(60, "GREMIUM"), (260, "SITZUNGSDATUM"), (400, "ZUSTÄNDIGKEIT")], bold=True, rule_to=520)
    p.row([(60, "Bau- und Umweltausschuss"), (260, "17.09.2024"), (400, "Vorberatung")])
    p.row([(60, "Gemeinderat"), (260, "01.10.2024"), (400, "Entscheidung")])
    return Form(
        "capitals",
        _close(p),
        [("Bau- und Umweltausschuss", "2024-09-17", "preliminary"), ("Gemeinderat", "2024-10-01", "decision")],
    )


def _numbered_list() -> Form:
    p = _Page()
    _head(p, "Stadt Quarzfeld", "BV/2026/044", "09.02.2026", "Fortschreibung des Lärmaktionsplans")
    p.line("Beratungsfolge:", bold=True)
    p.line("1. Ausschuss für Umwelt und Klimaschutz, 17.02.2026, Vorberatung")
    p.line("2. Hauptausschuss, 24.02.2026, Vorberatung")
    p.line("3. Stadtrat, 05.03.2026, Entscheidung")
    return Form(
        "numbered_list",
        _close(p),
        [
            ("Ausschuss für Umwelt und Klimaschutz", "2026-02-17", "preliminary"),
            ("Hauptausschuss", "2026-02-24", "preliminary"),
            ("Stadtrat", "2026-03-05", "decision"),
        ],
    )


def _role_first_unruled() -> Form:
    p = _Page()
    _head(p, "Gemeinde Glimmerau", "GR 2025/061", "10.03.2025", "Fortschreibung des Radverkehrsplans")
    p.line("Beratungsfolge:", bold=True)
    p.row([(60, "Vorberatung"), (170, "Ausschuss für Bauen und Verkehr"), (-480, "18.03.2025")])
    p.row([(60, "Entscheidung"), (170, "Gemeinderat"), (-480, "01.04.2025")])
    return Form(
        "role_first_unruled",
        _close(p),
        [("Ausschuss für Bauen und Verkehr", "2025-03-18", "preliminary"), ("Gemeinderat", "2025-04-01", "decision")],
    )


def _section_rows() -> Form:
    p = _Page()
    _head(p, "Stadt Feldspatingen", "2024/1203", "25.11.2024", "Fortschreibung des Sportstättenplans")
    p.line("Beratungsfolge", bold=True)
    p.row([(60, "Gremium"), (260, "Datum"), (360, "Zuständigkeit")], bold=True)
    p.row([(60, "nichtöffentliche Sitzung")], bold=True)
    p.row([(60, "Sportausschuss"), (260, "03.12.2024"), (360, "Vorberatung")])
    p.row([(60, "öffentliche Sitzung")], bold=True)
    p.row([(60, "Stadtrat"), (260, "12.12.2024"), (360, "Entscheidung")])
    return Form(
        "section_rows",
        _close(p),
        [("Sportausschuss", "2024-12-03", "preliminary"), ("Stadtrat", "2024-12-12", "decision")],
    )


def _resolution_numbers() -> Form:
    p = _Page()
    _head(p, "Stadt Porphyrstein", "BV/2022/0913", "05.09.2022", "Fortschreibung des Gewerbeflächenkonzepts")
    p.line("Beratungsfolge", bold=True)
    p.row([(60, "Gremium"), (250, "Datum"), (330, "Zuständigkeit"), (430, "Beschluss-Nr.")], bold=True, rule_to=540)
    p.row([(60, "Wirtschaftsausschuss"), (250, "13.09.2022"), (330, "Vorberatung"), (430, "WA/22/017")])
    p.row([(60, "Stadtrat"), (250, "29.09.2022"), (330, "Entscheidung"), (430, "SR/22/141")])
    return Form(
        "resolution_numbers",
        _close(p),
        [("Wirtschaftsausschuss", "2022-09-13", "preliminary"), ("Stadtrat", "2022-09-29", "decision")],
    )


def _contacts() -> Form:
    p = _Page()
    _head(p, "Stadt Gneisdorf", "MV 2024/027", "12.08.2024", "Neue Ansprechpersonen im Bürgerbüro")
    p.line("Ansprechpersonen", bold=True)
    p.row([(60, "Name"), (220, "Aufgabe"), (400, "erreichbar")], bold=True)
    p.row([(60, "Almut Ziegenbein"), (220, "Meldewesen"), (400, "ab 02.09.2024")])
    p.row([(60, "Konrad Wehrhahn"), (220, "Fundbüro"), (400, "ab 16.09.2024")])
    p.line("Der Hauptausschuss nimmt die Mitteilung zur Kenntnis.")
    return Form("contacts", p.done(), [])


def _events() -> Form:
    p = _Page()
    _head(p, "Stadt Tuffstein", "MV 2025/009", "13.01.2025", "Beteiligung zum Spielplatzkonzept")
    p.line("Termine der Beteiligung", bold=True)
    p.row([(60, "Veranstaltung"), (250, "Datum"), (350, "Ort")], bold=True)
    p.row([(60, "Kinderforum"), (250, "05.02.2025"), (350, "Jugendhaus")])
    p.row([(60, "Spielplatzrundgang"), (250, "22.02.2025"), (350, "Treffpunkt Kirchplatz")])
    p.line("Der Jugendhilfeausschuss nimmt die Termine zur Kenntnis.")
    return Form("events", p.done(), [])


def _earlier_resolutions() -> Form:
    p = _Page()
    _head(p, "Gemeinde Kieselgrund", "GV 2023/055", "03.04.2023", "Bebauungsplan Am Steinbruch")
    p.line("Bisherige Beschlüsse", bold=True)
    p.row([(60, "Beschluss"), (250, "vom"), (350, "Beschluss-Nr.")], bold=True)
    p.row([(60, "Aufstellungsbeschluss"), (250, "11.05.2021"), (350, "GR/2021/044")])
    p.row([(60, "Billigung des Entwurfs"), (250, "08.11.2022"), (350, "GR/2022/131")])
    return Form("earlier_resolutions", _close(p), [])


FORMS: list[Callable[[], Form]] = [
    _plural_compound,
    _running_head,
    _place_column,
    _x_marks,
    _capitals,
    _numbered_list,
    _role_first_unruled,
    _section_rows,
    _resolution_numbers,
    _contacts,
    _events,
    _earlier_resolutions,
]


def forms() -> dict[str, Form]:
    """Every form, by name."""
    return {f.name: f for f in (make() for make in FORMS)}
