"""Three more print layouts of the seed texts, as councils' word processors and council
information systems print their papers (``make_fixtures.py --only boxed,tabbed,condensed``).

* ``boxed``     -- DejaVu Sans 9 pt; the head's labelled fields (``Datum: …``) in a ruled two-column
  label/value box on the right beside the letterhead, the labels without their colon; a running
  head (the paper's number, ``Seite N von M``) and a footer line on every page; every table
  (tab rows and rows set apart by gaps) ruled, in narrow columns so names wrap in their cells,
  its header row repeated where it breaks over a page;
* ``tabbed``    -- DejaVu Serif 10 pt drawn line by line: no table at all, every row set as tab-stop
  text (each column at its own x, no rules, long cells wrapped under their stop), headings bold,
  from the second page on the body in two columns;
* ``condensed`` -- DejaVu Sans Condensed; a wide left margin that holds the labels of labelled
  lines (``Datum``, ``Amt``) beside their values; dates in table cells and labelled values with
  their weekday (``Di, 12.03.2024``); amounts in table cells right-aligned; tables with a rule
  under the header only.

The words of a text stay as they are (only the colon of a boxed or margin label and the weekday
before a date are layout), so the gold of the rendered text stays valid. Output is deterministic
(ReportLab invariant mode).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

NAMES = ("boxed", "tabbed", "condensed")
GAP_RE = re.compile(r"\S( {2,}|\t)\S")
SPLIT_RE = re.compile(r"\t| {2,}")
FIELD_RE = re.compile(r"^([A-ZÄÖÜ][^:\t]{1,28}):\s*(\S.{0,60})$")
DATE_RE = re.compile(r"(?<![\w.,])(\d{2})\.(\d{2})\.(\d{4})(?![\d])")
WEEKDAY_BEFORE_RE = re.compile(r"(Mo|Di|Mi|Do|Fr|Sa|So)\.?,?\s*$")
AMOUNT_RE = re.compile(r"^[-–]?\s*\d{1,3}(\.\d{3})*(,\d{2}\s*(€|EUR|Euro)?|\s*(€|EUR|Euro))$")
NUMBER_RE = re.compile(
    r"(?:Drucksache|Vorlage|Drs|GRDrs|Nr)[\w.\-–]*[ :]+(?:Nr\.?:?\s*)?([A-Z0-9][\w/.\-–()]*(?: [\w/.\-–()]+){0,2})"
)
WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
HEAD_STOP = re.compile(r"^(Betreff|Beratungsfolge|Gegenstand|Beschlussvorschlag|Sachverhalt|Antrag|Begründung)\b")


@dataclass
class Block:
    """A run of lines: ``text`` (one line), ``rows`` (a table) or ``blank``."""

    kind: str
    text: str = ""
    rows: list[list[str]] | None = None


def gap_rows(lines: list[str]) -> list[list[str]]:
    """Cells of lines set apart by tabs or gaps; a line starting right of the first column
    (a wrapped cell) is joined to the row above, cell by column start."""
    if any("\t" in line for line in lines):
        return [[c.strip() for c in line.split("\t")] for line in lines]
    starts = sorted({m.start() for line in lines[:1] for m in re.finditer(r"(?:(?<=  )|^)\S", line)})
    rows: list[list[str]] = []
    for line in lines:
        cells = [(m.start(), m.group().strip()) for m in re.finditer(r"\S+(?: \S+)*", line)]
        cols = len(starts)
        row = [""] * cols
        for pos, text in cells:
            col = max([i for i, s in enumerate(starts) if s <= pos + 1] or [0])
            row[col] = (row[col] + " " + text).strip()
        if rows and line[:1] == " " and not row[0]:
            rows[-1] = [(a + " " + b).strip() for a, b in zip(rows[-1], row)]
        else:
            rows.append(row)
    return rows


def blocks(page: str) -> list[Block]:
    """The lines of a page as text lines, tables and blank lines."""
    lines = page.replace("\r\n", "\n").split("\n")
    out: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if not line.strip():
            out.append(Block("blank"))
            i += 1
            continue
        if GAP_RE.search(line.strip()):
            j = i + 1
            while j < len(lines) and lines[j].strip() and (GAP_RE.search(lines[j].strip()) or lines[j][:4] == "    "):
                j += 1
            out.append(Block("table", rows=gap_rows([x.rstrip() for x in lines[i:j]])))
            i = j
            continue
        out.append(Block("text", text=line.strip()))
        i += 1
    while out and out[0].kind == "blank":
        out.pop(0)
    while out and out[-1].kind == "blank":
        out.pop()
    return out


def paper_number(text: str) -> str:
    """The paper's number as a running head shows it (the first labelled number of the head)."""
    for line in text.split("\n")[:25]:
        m = NUMBER_RE.search(line)
        if m and any(ch.isdigit() for ch in m.group(1)):
            return m.group(0).strip()
    return text.strip().split("\n")[0].split("  ")[0].strip()


def with_weekday(text: str) -> str:
    """A cell or value that opens with a date, ``12.03.2024 …`` -> ``Di, 12.03.2024 …``."""
    if not DATE_RE.match(text.strip()):
        return text

    def repl(m: re.Match[str]) -> str:
        if WEEKDAY_BEFORE_RE.search(text[: m.start()]):
            return m.group(0)
        try:
            day = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            return m.group(0)
        return f"{WEEKDAYS[day.weekday()]}, {m.group(0)}"

    return DATE_RE.sub(repl, text)


SECTION_RE = re.compile(r"^(\d{1,2}(\.\d{1,2})*\.?|[A-G]|[IVX]{1,4}\.)\s+[A-ZÄÖÜ„\"][^.;:,]{2,55}$")


def is_heading(block: Block, prev: Block | None, nxt: Block | None, mf: ModuleType) -> bool:
    """A heading: as the fixtures take one, a section's label, or a short numbered line after a blank."""
    isolated = (prev is None or prev.kind == "blank") and (nxt is None or nxt.kind != "text")
    numbered = (prev is None or prev.kind == "blank") and bool(SECTION_RE.match(block.text))
    return bool(mf.is_heading(block.text, isolated) or numbered or HEAD_STOP.match(block.text) and len(block.text) < 40)


# --- boxed ---------------------------------------------------------------------------------


def _boxed_head(bl: list[Block], mf: ModuleType, st: dict[str, ParagraphStyle], width: float) -> tuple[Table, int]:
    """The head up to its first section: letterhead lines left, labelled fields boxed right."""
    left: list[Flowable] = []
    fields: list[list[Any]] = []
    end = 0
    for end, b in enumerate(bl[:18]):  # noqa: B007  # where the head ends is read after the loop
        if b.kind == "text" and HEAD_STOP.match(b.text) or b.kind == "table" and len(b.rows or ()) >= 3:
            break  # the head ends at the first section or a table of rows (a Beratungsfolge)
        if b.kind == "text":
            m = FIELD_RE.match(b.text)
            if m:
                fields.append([Paragraph(mf.to_markup(m.group(1), LAY["boxed"]), st["label"]), m.group(2)])
            else:
                left.append(Paragraph(mf.to_markup(b.text, LAY["boxed"]), st["title"] if not left else st["body"]))
        elif b.kind == "table" and b.rows:
            for row in b.rows:
                cells = [c for c in row if c]
                if cells:
                    left.append(
                        Paragraph(mf.to_markup(cells[0], LAY["boxed"]), st["title"] if not left else st["body"])
                    )
                for c in cells[1:]:
                    m = FIELD_RE.match(c)
                    label, value = (m.group(1), m.group(2)) if m else ("", c)
                    fields.append([Paragraph(mf.to_markup(label, LAY["boxed"]), st["label"]), value])
    else:
        end = min(len(bl), 18)
    box = [[f[0], Paragraph(mf.to_markup(f[1], LAY["boxed"]), st["cell"])] for f in fields] or [["", ""]]
    inner = Table(
        box,
        colWidths=[26 * mm, 44 * mm],
        style=[
            ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
            ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ],
    )
    outer = Table(
        [[left or [Spacer(1, 1)], inner]],
        colWidths=[width - 72 * mm, 72 * mm],
        style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
    )
    return outer, end


def _ruled_table(
    rows: list[list[str]],
    mf: ModuleType,
    lay: Any,
    st: dict[str, ParagraphStyle],
    width: float,
    cap: float,
    fmt: Callable[[str], str] = lambda s: s,
    condensed: bool = False,
) -> Table:
    ncols = max(len(r) for r in rows)
    rows = [r + [""] * (ncols - len(r)) for r in rows]
    cell = st["cell"]

    def wid(text: str, whole: bool) -> float:
        parts = [text] if whole else text.split()
        return max([pdfmetrics.stringWidth(p, cell.fontName, cell.fontSize) for p in parts] + [8.0]) + 8.0

    natural = [max(wid(fmt(r[c]), True) for r in rows) for c in range(ncols)]
    minimum = [max(wid(fmt(r[c]), False) for r in rows) for c in range(ncols)]
    widths = mf.fit_widths(natural, minimum, width, cap)
    right = ParagraphStyle("num", cell, alignment=TA_RIGHT)
    data = [
        [Paragraph(mf.to_markup(fmt(t), lay), right if condensed and AMOUNT_RE.match(t) else cell) for t in row]
        for row in rows
    ]
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if condensed:
        style.append(("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black))
    else:
        style += [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
        ]
    return Table(
        data,
        colWidths=widths,
        style=style,
        hAlign="LEFT",
        repeatRows=1 if len(rows) > 2 else 0,
        spaceBefore=2,
        spaceAfter=4,
    )


@dataclass(frozen=True)
class Lay:
    name: str
    font: str
    size: float


LAY = {"boxed": Lay("boxed", "DejaVuSans", 9.0), "condensed": Lay("condensed", "DejaVuSansCondensed", 9.5)}


def _styles(font: str, size: float) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.25, hyphenationLang="")
    return {
        "body": body,
        "title": ParagraphStyle("t", body, fontName=font + "-Bold", fontSize=size + 2, leading=size * 1.5),
        "heading": ParagraphStyle("h", body, fontName=font + "-Bold", spaceBefore=3),
        "label": ParagraphStyle("l", body, fontName=font + "-Bold", fontSize=size - 1, leading=size * 1.15),
        "cell": ParagraphStyle("c", body, fontSize=size - 0.5, leading=(size - 0.5) * 1.2),
    }


def _story(
    bl: list[Block],
    mf: ModuleType,
    lay: Any,
    st: dict[str, ParagraphStyle],
    width: float,
    line: Callable[[Block, bool], Flowable],
    table: Callable[[list[list[str]]], Flowable],
) -> list[Flowable]:
    story: list[Flowable] = []
    for k, b in enumerate(bl):
        if b.kind == "blank":
            if story and not isinstance(story[-1], Spacer):
                story.append(Spacer(1, st["body"].leading * 0.5))
        elif b.kind == "table" and b.rows:
            story.append(table(b.rows))
        else:
            head = is_heading(b, bl[k - 1] if k else None, bl[k + 1] if k + 1 < len(bl) else None, mf)
            story.append(line(b, head))
    return story


def render_boxed(text: str, mf: ModuleType, title: str) -> bytes:
    lay = LAY["boxed"]
    st = _styles(lay.font, lay.size)
    number = paper_number(text)
    letterhead = text.strip().split("\n")[0].split("  ")[0].strip()

    def build(total: int) -> tuple[bytes, int]:
        buf = io.BytesIO()
        doc = SimpleDocTemplate(
            buf,
            pagesize=A4,
            leftMargin=20 * mm,
            rightMargin=18 * mm,
            topMargin=24 * mm,
            bottomMargin=22 * mm,
            title=title,
            invariant=1,
        )
        width = doc.width - 12
        pages = [0]

        def furniture(c: canvas.Canvas, d: Any) -> None:
            pages[0] = d.page
            c.saveState()
            c.setFont(lay.font, 8)
            top = A4[1] - 14 * mm
            c.drawString(20 * mm, top, number)
            c.drawRightString(A4[0] - 18 * mm, top, f"Seite {d.page} von {total}")
            c.line(20 * mm, top - 2, A4[0] - 18 * mm, top - 2)
            c.line(20 * mm, 15 * mm, A4[0] - 18 * mm, 15 * mm)
            c.drawString(20 * mm, 11 * mm, letterhead)
            c.restoreState()

        story: list[Flowable] = []
        for p, page in enumerate(text.split("\f")):
            bl = blocks(page)
            if p:
                story.append(PageBreak())
            else:
                head, end = _boxed_head(bl, mf, st, width)
                story += [head, Spacer(1, 6)]
                bl = bl[end:]
            story += _story(
                bl,
                mf,
                lay,
                st,
                width,
                lambda b, h: Paragraph(mf.to_markup(b.text, lay), st["heading"] if h else st["body"]),
                lambda rows: _ruled_table(rows, mf, lay, st, width * 0.8, 0.22),
            )
        doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
        return buf.getvalue(), pages[0]

    # the running head names the page count: built once where each page of the text fills one page
    # (the count the head was given), a second time only where a page ran over
    guess = text.count("\f") + 1
    data, total = build(guess)
    return data if total == guess else build(total)[0]


# --- condensed -----------------------------------------------------------------------------


def render_condensed(text: str, mf: ModuleType, title: str) -> bytes:
    lay = LAY["condensed"]
    st = _styles(lay.font, lay.size)
    margin = 38 * mm
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=title,
        invariant=1,
    )
    width = doc.width - 12
    body_w = width - margin

    def in_column(flow: Flowable, label: str = "") -> Table:
        lab = Paragraph(mf.to_markup(label, lay), st["label"]) if label else ""
        return Table(
            [[lab, flow]],
            colWidths=[margin, body_w],
            hAlign="LEFT",
            style=[
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ],
        )

    def line(b: Block, head: bool) -> Flowable:
        m = FIELD_RE.match(b.text)
        if m and not head and len(b.text) < 90:
            return in_column(Paragraph(mf.to_markup(with_weekday(m.group(2)), lay), st["body"]), m.group(1))
        return in_column(Paragraph(mf.to_markup(b.text, lay), st["heading"] if head else st["body"]))

    story: list[Flowable] = []
    for p, page in enumerate(text.split("\f")):
        if p:
            story.append(PageBreak())
        story += _story(
            blocks(page),
            mf,
            lay,
            st,
            width,
            line,
            lambda rows: in_column(_ruled_table(rows, mf, lay, st, body_w - 6, 0.3, with_weekday, True)),
        )
    doc.build(story)
    return buf.getvalue()


# --- tabbed --------------------------------------------------------------------------------


class Cursor:
    """Where the next line goes: one column on the first page, two from the second on."""

    def __init__(self, c: canvas.Canvas) -> None:
        self.c, self.page, self.col = c, 1, 0
        self.left, self.right, self.top, self.bottom = 25 * mm, A4[0] - 20 * mm, A4[1] - 22 * mm, 22 * mm
        self.y = self.top

    @property
    def x(self) -> float:
        return self.left if self.page == 1 or self.col == 0 else self.left + self.width + 8 * mm

    @property
    def width(self) -> float:
        full = self.right - self.left
        return full if self.page == 1 else (full - 8 * mm) / 2

    def need(self, height: float) -> None:
        if self.y - height >= self.bottom:
            return
        if self.page > 1 and self.col == 0:
            self.col, self.y = 1, self.top
            return
        self.new_page()

    def new_page(self) -> None:
        self.c.showPage()
        self.page, self.col, self.y = self.page + 1, 0, self.top


def _tab_stops(rows: list[list[str]], font: str, size: float, width: float) -> tuple[float, list[float], list[float]]:
    """Font size, tab stops and column widths of a block of rows in a column ``width`` wide."""
    ncols = len(rows[0])
    gap = 10.0
    while True:
        natural = [max(pdfmetrics.stringWidth(r[c], font, size) for r in rows) for c in range(ncols)]
        if sum(natural) + gap * (ncols - 1) <= width or size <= 7.5:
            break
        size -= 0.5
    avail = width - gap * (ncols - 1)
    widths = list(natural)
    if sum(widths) > avail:  # the widest columns wrap under their stop
        for c in sorted(range(ncols), key=lambda c: -natural[c]):
            over = sum(widths) - avail
            if over <= 0:
                break
            widths[c] = max(natural[c] - over, avail / ncols)
    return size, [sum(widths[:c]) + gap * c for c in range(ncols)], widths


def _tab_rows(cur: Cursor, rows: list[list[str]], font: str, size: float) -> None:
    ncols = max(len(r) for r in rows)
    rows = [r + [""] * (ncols - len(r)) for r in rows]
    for row in rows:
        cur.need(size * 1.3)
        size, stops, widths = _tab_stops(rows, font, size, cur.width)
        lead = size * 1.3
        parts = [simpleSplit(t, font, size, widths[c] + 0.5) or [""] for c, t in enumerate(row)]
        height = lead * max(len(p) for p in parts)
        before = cur.width
        cur.need(height)
        if cur.width != before:  # the row went on to a page of two columns
            size, stops, widths = _tab_stops(rows, font, size, cur.width)
            parts = [simpleSplit(t, font, size, widths[c] + 0.5) or [""] for c, t in enumerate(row)]
            height = lead * max(len(p) for p in parts)
        cur.c.setFont(font, size)
        for c, lines in enumerate(parts):
            for k, text in enumerate(lines):
                cur.c.drawString(cur.x + stops[c], cur.y - size - k * lead, text)
        cur.y -= height


def render_tabbed(text: str, mf: ModuleType, title: str) -> bytes:
    font, size = "DejaVuSerif", 10.0
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, initialFontName=font)
    c.setTitle(title)
    cur = Cursor(c)
    lead = size * 1.35
    for p, page in enumerate(text.split("\f")):
        if p:
            cur.new_page()
        bl = blocks(page)
        for k, b in enumerate(bl):
            if b.kind == "blank":
                cur.y -= lead * 0.5
            elif b.kind == "table" and b.rows:
                _tab_rows(cur, [[mf.display_text(x) for x in r] for r in b.rows], font, size - 0.5)
                cur.y -= lead * 0.3
            else:
                head = is_heading(b, bl[k - 1] if k else None, bl[k + 1] if k + 1 < len(bl) else None, mf)
                face = font + "-Bold" if head else font
                for piece in simpleSplit(mf.display_text(b.text), face, size, cur.width):
                    cur.need(lead)
                    c.setFont(face, size)
                    c.drawString(cur.x, cur.y - size, piece)
                    cur.y -= lead
    c.showPage()
    c.save()
    return buf.getvalue()


RENDERERS: dict[str, Callable[[str, ModuleType, str], bytes]] = {
    "boxed": render_boxed,
    "tabbed": render_tabbed,
    "condensed": render_condensed,
}


def register(font_dir: Any) -> None:
    """Embed DejaVu Sans Condensed (regular and bold) besides the fonts of ``make_fixtures``."""
    fam = "DejaVuSansCondensed"
    for suffix in ("", "-Bold", "-Oblique", "-BoldOblique"):
        if fam + suffix not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(fam + suffix, str(font_dir / f"{fam}{suffix}.ttf")))
    pdfmetrics.registerFontFamily(
        fam, normal=fam, bold=fam + "-Bold", italic=fam + "-Oblique", boldItalic=fam + "-BoldOblique"
    )


def render(name: str, text: str, mf: ModuleType, title: str) -> bytes:
    """Render ``text`` in the layout ``name`` (one of :data:`NAMES`)."""
    mf.register_fonts()
    register(mf.FONT_DIR)
    return RENDERERS[name](text, mf, title)
