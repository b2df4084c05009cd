"""A generator of pages set in two columns, and of single-column pages with side-by-side blocks.

:class:`Page` draws one A4 page with ReportLab's canvas, line by line, so that every line's place
is known: an optional heading across both columns, two columns of paragraphs (ragged or
justified, at a gutter of any width, the right column possibly shorter), and an optional table
across both columns under them (ruled, with a Beratungsfolge's header, or as tab-stop text).
:func:`single_column` draws the negatives: one column of prose with a two-column table of long
cells set apart by a gap, or a letterhead's address and contact blocks side by side.

The texts are invented. ``Page.paragraphs`` gives each column's paragraphs, which a reader of the
page must give whole and in order, the left column's before the right's.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT, BOLD = "DejaVuSerif", "DejaVuSerif-Bold"
LEFT, RIGHT, TOP = 22 * mm, A4[0] - 20 * mm, A4[1] - 25 * mm

SENTENCES = [
    "Der Ausschuss hat die Fortschreibung des Konzepts in zwei Sitzungen beraten.",
    "Die Verwaltung schlägt vor, die Beratungsstellen in den Ortsteilen zu bündeln.",
    "Eine Lenkungsrunde aus Verwaltung, Trägern und Beirat begleitet die Umsetzung.",
    "Die Kosten werden aus dem laufenden Haushalt des Fachbereichs getragen.",
    "Im Frühjahr findet eine öffentliche Werkstatt mit den Vereinen der Gemeinde statt.",
    "Die Ergebnisse der Befragung werden im Herbst im Rat vorgestellt.",
    "Für die Sprachförderung stehen zusätzliche Mittel des Landes bereit.",
    "Die Wohnungsvermittlung arbeitet künftig eng mit den Wohnungsgesellschaften zusammen.",
    "Ein jährlicher Bericht zeigt, welche Maßnahmen begonnen und welche abgeschlossen sind.",
    "Die Ehrenamtlichen erhalten Schulungen und eine feste Ansprechperson im Rathaus.",
    "Die Familienzentren öffnen ihre Räume auch am Samstagvormittag.",
    "Der Seniorenbeirat wird zu jeder Änderung des Konzepts gehört.",
    "Die Schulsozialarbeit wird an zwei weiteren Grundschulen eingerichtet.",
    "Ein Lotsenprogramm verbindet neue Nachbarn mit erfahrenen Paten.",
    "Die Sportvereine bieten kostenlose Probetrainings für Kinder an.",
    "Das Bürgerbüro erhält ein Leitsystem in mehreren Sprachen.",
    "Die Stadtbibliothek richtet einen offenen Lernraum für Jugendliche ein.",
    "Über die Vergabe der Zuschüsse entscheidet der Fachausschuss jährlich.",
    "Die Quartiersarbeit stellt ihre Angebote auf einer gemeinsamen Karte dar.",
    "Nach drei Jahren wird das Konzept insgesamt ausgewertet.",
]
ROWS = [
    ["Ausschuss für Soziales und Gesundheit", "12.03.2024", "Vorberatung"],
    ["Haupt- und Finanzausschuss", "19.03.2024", "Vorberatung"],
    ["Rat der Gemeinde", "28.03.2024", "Entscheidung"],
]


def register() -> None:
    names = pdfmetrics.getRegisteredFontNames()
    for name in (FONT, BOLD):
        if name not in names:
            pdfmetrics.registerFont(TTFont(name, f"/usr/share/fonts/truetype/dejavu/{name}.ttf"))


def paragraphs(count: int, start: int, sentences: int = 2) -> list[str]:
    """``count`` invented paragraphs of ``sentences`` sentences each, from sentence ``start`` on."""
    n = len(SENTENCES)
    return [" ".join(SENTENCES[(start + k * sentences + j) % n] for j in range(sentences)) for k in range(count)]


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """The lines of ``text`` set ragged in ``width``."""
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(lines[-1] + " " + word, font, size) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _draw_line(c: canvas.Canvas, text: str, x: float, y: float, width: float, justify: bool, size: float) -> None:
    words = text.split()
    if not justify or len(words) < 2:
        c.drawString(x, y, text)
        return
    spare = width - sum(stringWidth(w, FONT, size) for w in words)
    step = spare / (len(words) - 1)
    for w in words:
        c.drawString(x, y, w)
        x += stringWidth(w, FONT, size) + step


@dataclass(frozen=True)
class Page:
    """A page in two columns (see the module's docstring)."""

    gutter_mm: float = 8.0
    justify: bool = False
    heading: str = ""
    table: str = ""  # "", "ruled" or "tabbed": a Beratungsfolge across both columns under them
    left_count: int = 3
    right_count: int = 3
    size: float = 10.0
    right_shift: float = 0.0  # the right column's lines set this many points lower (other leading)

    @property
    def paragraphs(self) -> tuple[list[str], list[str]]:
        return paragraphs(self.left_count, 0), paragraphs(self.right_count, 10)

    def pdf(self) -> bytes:
        register()
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4, invariant=1)
        size, lead = self.size, self.size * 1.35
        y = TOP
        if self.heading:
            c.setFont(BOLD, size + 2)
            c.drawString(LEFT, y, self.heading)
            y -= 2 * lead
        gutter = self.gutter_mm * mm
        width = (RIGHT - LEFT - gutter) / 2
        c.setFont(FONT, size)
        bottom = y
        for col, paras in enumerate(self.paragraphs):
            x = LEFT + col * (width + gutter)
            cy = y - col * self.right_shift
            for para in paras:
                lines = wrap(para, FONT, size, width)
                for k, line in enumerate(lines):
                    _draw_line(c, line, x, cy, width, self.justify and k < len(lines) - 1, size)
                    cy -= lead
                cy -= lead * 0.6
            bottom = min(bottom, cy)
        if self.table:
            self._table(c, bottom - lead, size)
        c.showPage()
        c.save()
        return buf.getvalue()

    def _table(self, c: canvas.Canvas, y: float, size: float) -> None:
        stops = [LEFT, LEFT + 95 * mm, LEFT + 130 * mm]
        lead = size * 1.6
        c.setFont(BOLD, size)
        c.drawString(LEFT, y, "Beratungsfolge:")
        y -= lead
        rows = [["Gremium", "Sitzung", "Zuständigkeit"], *ROWS]
        if self.table == "ruled":
            top = y + size
            for r in range(len(rows) + 1):
                c.line(LEFT - 2, top - r * lead, RIGHT, top - r * lead)
            for x in [*[s - 2 for s in stops], RIGHT]:
                c.line(x, top, x, top - len(rows) * lead)
            y = top - lead + 0.35 * lead
        c.setFont(FONT, size)
        for row in rows:
            for x, cell in zip(stops, row):
                c.drawString(x, y, cell)
            y -= lead


def single_column(kind: str) -> bytes:
    """A page in one column: ``"table"`` (prose, then a two-column table of long cells set apart by a
    gap, then prose) or ``"letterhead"`` (an address block beside a contact block, then prose)."""
    register()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    size, lead = 10.0, 13.5
    width = RIGHT - LEFT
    c.setFont(FONT, size)
    y = TOP
    if kind == "letterhead":
        address = [
            "Gemeinde Beispielfeld",
            "Der Bürgermeister",
            "Fachbereich Soziales",
            "Rathausplatz 1",
            "12345 Beispielfeld",
        ]
        contact = [
            "Auskunft: Frau Muster",
            "Zimmer 204",
            "Telefon 01234 5678-204",
            "Datum: 04.03.2024",
            "Aktenzeichen 50.1",
        ]
        for a, b in zip(address, contact):
            c.drawString(LEFT, y, a)
            c.drawString(LEFT + 110 * mm, y, b)
            y -= lead
        y -= lead
    for para in paragraphs(3, 0):
        for line in wrap(para, FONT, size, width):
            c.drawString(LEFT, y, line)
            y -= lead
        y -= lead * 0.6
    if kind == "table":
        rows = [
            ("Beratung in den Ortsteilen bündeln", "Fachbereich Soziales mit den Trägern der Beratung"),
            ("Sprachkurse für Eltern anbieten", "Volkshochschule und Familienzentren der Gemeinde"),
            ("Ehrenamtliche schulen und begleiten", "Freiwilligenagentur mit dem Integrationsbeirat"),
            ("Wohnungen an Familien vermitteln", "Wohnungsgesellschaft und Sozialamt gemeinsam"),
            ("Jährlich über den Stand berichten", "Stabsstelle Integration an den Ausschuss"),
            ("Werkstatt mit den Vereinen durchführen", "Sportvereine, Kirchen und Kulturvereine vor Ort"),
            ("Ansprechpersonen im Rathaus benennen", "Hauptamt mit allen Fachbereichen der Verwaltung"),
        ]
        for a, b in rows:
            c.drawString(LEFT, y, a)
            c.drawString(LEFT + 75 * mm, y, b)
            y -= lead
        y -= lead
        for para in paragraphs(1, 12):
            for line in wrap(para, FONT, size, width):
                c.drawString(LEFT, y, line)
                y -= lead
    c.showPage()
    c.save()
    return buf.getvalue()
