"""A generator of page breaks as text exports set them, to insert into any generated layout.

A page break reaches the text in many ways, and every block reader must step over it: a table,
a list or a sentence that had not ended goes on after it. :class:`PageBreak` draws one along
its axes:

- the page's foot: a page number ("- 1 -", "Seite 1 von 3", "Blatt 1/3", a bare "1"), a print
  date ("Gedruckt am 12.03.2024", "Ausdruck vom 12.03.2024 14:05 Uhr", "Druckdatum: …"), or none;
- the next page's head: a running head that copies the paper's number line ("Vorlage Nr.:
  2016/0284"), names the number in other words ("Drucksache 2016/0284"), or copies the title; the
  next page's number ("- 2 -"); or none;
- with or without a form feed (pdftotext and pdfminer.six write one, a mirror's plain text or an
  OParl ``File.text`` often none), with or without blank lines around the furniture.

A break must show itself: without a form feed it has a page number or a print date at the foot
(a title copied in the middle of a text with no page mark is the text's own, a bare number
between two lines of a table is a cell). A bare page number is the number of the page it ends.

``PageBreak.pages(lines, at, paper)`` cuts the lines of a text before line ``at`` and returns
the pages (one when there is no form feed); :func:`furniture_lines` the lines it added.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st

FOOTS = [
    "- {n} -",
    "Seite {n} von 3",
    "Blatt {n}/3",
    "{n}",
    "Gedruckt am 12.03.2024",
    "Ausdruck vom 12.03.2024 14:05 Uhr",
    "Druckdatum: 12.03.2024",
    "",
]
HEADS = ["number_line", "number", "title", "page", ""]


@dataclass(frozen=True)
class Paper:
    """What a running head may repeat: the paper's number line as its head writes it, its number
    and its title (a line of the head, or empty where the head has none)."""

    number_line: str
    number: str
    title: str = ""


@dataclass(frozen=True)
class PageBreak:
    foot: str  # one of FOOTS, formatted with the page's number
    head: str  # one of HEADS
    form_feed: bool
    blank: bool  # blank lines around the furniture

    def furniture(self, paper: Paper) -> tuple[list[str], list[str]]:
        """The lines at the page's foot and at the next page's head."""
        foot = [self.foot.format(n=1)] if self.foot else []
        head = {
            "number_line": [paper.number_line],
            "number": [f"Drucksache {paper.number}"],
            "title": [paper.title],
            "page": ["- 2 -"],
            "": [],
        }[self.head]
        return foot, head

    def pages(self, lines: list[str], at: int, paper: Paper) -> list[str]:
        """The text of ``lines`` with this break before line ``at``, as its pages."""
        foot, head = self.furniture(paper)
        gap = [""] if self.blank else []
        first = lines[:at] + (gap + foot if foot else [])
        second = (head + gap if head else []) + lines[at:]
        if self.form_feed:
            return ["\n".join(first) + "\n", "\n".join(second)]
        return ["\n".join(first + gap + second)]

    def text(self, lines: list[str], at: int, paper: Paper) -> str:
        return "\f".join(self.pages(lines, at, paper))


def shows_itself(b: PageBreak, paper: Paper) -> bool:
    """A break the text marks: a form feed, or a page number or print date at the foot (a bare
    number between blank lines); a title copy needs a paper with a title."""
    if b.head == "title" and not paper.title:
        return False
    if b.form_feed:
        return True
    if not b.foot or b.foot == "{n}" and not b.blank:
        return False
    return True


@st.composite
def page_breaks(draw: st.DrawFn, paper: Paper) -> PageBreak:
    """A page break that shows itself (:func:`shows_itself`)."""
    return draw(
        st.builds(
            PageBreak,
            foot=st.sampled_from(FOOTS),
            head=st.sampled_from(HEADS),
            form_feed=st.booleans(),
            blank=st.booleans(),
        ).filter(lambda b: shows_itself(b, paper))
    )


# --- as a PDF ------------------------------------------------------------------------------------

PDF_FOOTS = ["Seite {n} von 2", "- {n} -", "{n}", "Ausdruck vom 12.03.2024 14:05 Uhr", ""]
PDF_HEADS = ["number_line", "number", ""]


def pdf(pages: list[list[str]], foot: str, head: str, paper: Paper) -> bytes:
    """The pages as a PDF: each line at its place, the cells of a tab-separated line in columns
    (one x per column for the whole document), ``foot`` at the foot of every page (formatted with
    its number), the running head ``head`` (one of PDF_HEADS) at the top of every page but the
    first. The export tools then set the break their own way."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    width, height = A4
    c.setFont("Helvetica", 10)
    rows = [ln.split("\t") for page in pages for ln in page if "\t" in ln]
    widths = [
        max(c.stringWidth(r[j], "Helvetica", 10) for r in rows if len(r) > j)
        for j in range(max(map(len, rows), default=0))
    ]
    xs = [60.0]
    for w in widths:
        xs.append(xs[-1] + w + 30)
    running = {"number_line": paper.number_line, "number": f"Drucksache {paper.number}", "": ""}[head]
    for n, page in enumerate(pages, start=1):
        c.setFont("Helvetica", 10)  # a new page starts in the default font
        y = height - 60
        if n > 1 and running:
            c.drawString(60, height - 40, running)
        for line in page:
            for j, cell in enumerate(line.split("\t")):
                c.drawString(xs[j] if "\t" in line else 60, y, cell)
            y -= 14
        if foot:
            c.drawString(width / 2 - 20, 40, foot.format(n=n))
        c.showPage()
    c.save()
    return buf.getvalue()
