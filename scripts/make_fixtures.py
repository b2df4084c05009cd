#!/usr/bin/env python3
"""Render the plain-text seed Vorlagen as PDF fixtures.

For every ``<stem>.txt`` in the seed directory this writes

* ``pdf/grid/<stem>.pdf``  -- DejaVu Sans, left-aligned, tab rows as ruled tables;
* ``pdf/plain/<stem>.pdf`` -- DejaVu Serif, justified and hyphenated (de_DE via
  pyphen), tab rows as borderless tables;
* ``pdf/typed/<stem>.pdf`` -- only with ``--only typed``: typed as on a typewriter, DejaVu Sans
  Mono, the text's own spacing kept, a tab row's cells padded with spaces to the widest cell of
  their column (a cell too wide for the page wraps inside its column);
* ``scan/<stem>.pdf``      -- image-only "scans" of the grid rendering (200 dpi,
  grayscale, slightly rotated, blurred and noisy, JPEG-compressed);
  ``--scan-source plain`` scans the plain rendering into ``scan-plain/`` (``typed`` into
  ``scan-typed/``);
  ``--quality NAME`` scans at another quality (:data:`QUALITIES`: resolution, skew, blur,
  noise, JPEG quality) into ``scan-NAME/`` (``scan-plain-NAME/`` for the plain rendering).

``--only boxed,tabbed,condensed`` renders the further print layouts of ``fixture_layouts.py``
into ``pdf/<layout>/`` (a boxed head form with running heads, tab-stop rows without tables, a
condensed face with labels in the margin); no fixture of the repository uses them.

Output is deterministic: ReportLab runs in invariant mode (no timestamps or
random ids) and all scan noise comes from generators seeded by file and page.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

rl_config.invariant = 1  # no timestamps or random ids (also passed explicitly below)
rl_config.useA85 = 0  # binary streams: JPEGs are not inflated by ASCII85

REPO = Path(__file__).resolve().parent.parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


@dataclass(frozen=True)
class Quality:
    """How a scanner degrades a page: resolution, skew range (degrees either way), blur, noise, JPEG."""

    dpi: int
    skew: tuple[float, float]
    blur: float
    noise: float
    jpeg: int
    specks: float = 0.0  # dust specks per square inch


# "office" is the quality of the project's own scans (scan/, scan-plain/); the others are
# written only when asked for (--quality), to check OCR against the text layer at several qualities
QUALITIES: dict[str, Quality] = {
    "office": Quality(200, (0.3, 1.0), 1.0, 2.5, 40),
    "fine": Quality(300, (0.1, 0.5), 0.6, 1.5, 75),
    "dusty": Quality(200, (0.5, 1.5), 1.0, 4.0, 30, specks=0.6),
    "coarse": Quality(150, (0.3, 1.2), 0.8, 3.5, 35, specks=0.3),
}
BULLET = "-"  # list marker as in the seeds, so extracted text stays comparable
UNCHECKED, CHECKED = "\u2610", "\u2612"  # ☐ ☒
CHECKBOX_RE = re.compile(r'<input\s+(checked=""\s+)?type="checkbox"\s*/>')
BOLD_RE = re.compile(r"\*\*(.+?)\*\*")
BULLET_RE = re.compile(r"^(\s*)- (.*)$")
NUMBER_RE = re.compile(r"^(\d{1,2})\.\s+(.*)$")
KEYVAL_RE = re.compile(r"^([^:\t]{2,45}):\s+(\S.*)$")
HEADING_WORDS = {
    "Beschlussvorschlag",
    "Begründung",
    "Tagesordnungspunkt",
    "Kurzübersicht",
    "Bezug zum Haushalt",
    "Sitzungsvorlage",
    "Beratungsfolge",
}


@dataclass(frozen=True)
class Layout:
    """Typographic parameters of one rendering style."""

    name: str
    font: str  # registered family base name, e.g. "DejaVuSans"
    size: float
    leading: float
    margins: tuple[float, float, float, float]  # left, right, top, bottom
    align: int
    hyphenate: bool
    ruled: bool  # draw GRID lines around table cells
    first_col_cap: float  # max width of a table's first column, fraction of frame
    cell_pad: tuple[float, float]  # (left, right) padding inside table cells


LAYOUTS: dict[str, Layout] = {
    "grid": Layout(
        "grid", "DejaVuSans", 10.5, 13.5, (25 * mm, 20 * mm, 20 * mm, 20 * mm), TA_LEFT, False, True, 0.30, (4.0, 4.0)
    ),
    "plain": Layout(
        "plain",
        "DejaVuSerif",
        11.0,
        14.5,
        (30 * mm, 20 * mm, 25 * mm, 22 * mm),
        TA_JUSTIFY,
        True,
        False,
        0.25,
        (0.0, 12.0),
    ),
}


# the typewriter: DejaVu Sans Mono at 10 pt (6.02 pt a cell), 76 cells a line, 12 pt leading
TYPED = Layout(
    "typed", "DejaVuSansMono", 10.0, 12.0, (25 * mm, 20 * mm, 20 * mm, 20 * mm), TA_LEFT, False, False, 0, (0, 0)
)
TYPED_COLUMNS = 76
TYPED_GAP = 3  # spaces between a table's columns


def register_fonts() -> None:
    """Embed the DejaVu TTFs (regular/bold/italic) under their family names."""
    variants = {
        "DejaVuSans": ("", "-Bold", "-Oblique", "-BoldOblique"),
        "DejaVuSerif": ("", "-Bold", "-Italic", "-BoldItalic"),
        "DejaVuSansMono": ("", "-Bold", "-Oblique", "-BoldOblique"),
    }
    for family, suffixes in variants.items():
        for suffix in suffixes:
            if family + suffix not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(family + suffix, str(FONT_DIR / f"{family}{suffix}.ttf")))
        pdfmetrics.registerFontFamily(
            family,
            normal=family,
            bold=family + suffixes[1],
            italic=family + suffixes[2],
            boldItalic=family + suffixes[3],
        )


def checkboxes(raw: str) -> str:
    """Replace the seeds' HTML checkbox tags by ballot-box glyphs."""
    return CHECKBOX_RE.sub(lambda m: CHECKED if m.group(1) else UNCHECKED, raw)


def display_text(raw: str) -> str:
    """Seed text as it appears on the page: checkbox glyphs, no ``**`` markers."""
    return BOLD_RE.sub(r"\1", checkboxes(raw))


def to_markup(raw: str, lay: Layout) -> str:
    """Convert one seed line to ReportLab paragraph markup (escaped, bold, checkboxes)."""
    text = checkboxes(raw.strip()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = BOLD_RE.sub(r"<b>\1</b>", text)
    if lay.font != "DejaVuSans":  # DejaVu Serif has no ballot-box glyphs
        text = re.sub(f"([{UNCHECKED}{CHECKED}])", r'<font name="DejaVuSans">\1</font>', text)
    return text


def make_styles(lay: Layout) -> dict[str, ParagraphStyle]:
    """Paragraph styles for body, headings, title and table cells."""
    hyph = {"hyphenationLang": "de_DE", "embeddedHyphenation": 1} if lay.hyphenate else {"hyphenationLang": ""}
    body = ParagraphStyle(
        "body", fontName=lay.font, fontSize=lay.size, leading=lay.leading, alignment=lay.align, spaceAfter=2, **hyph
    )
    bold = lay.font + "-Bold"
    return {
        "body": body,
        "heading": ParagraphStyle("heading", body, fontName=bold, alignment=TA_LEFT, spaceBefore=4, hyphenationLang=""),
        "title": ParagraphStyle(
            "title",
            body,
            fontName=bold,
            fontSize=lay.size + 5,
            leading=lay.leading + 6,
            alignment=TA_LEFT,
            hyphenationLang="",
        ),
        "cell": ParagraphStyle(
            "cell",
            fontName=lay.font,
            fontSize=lay.size - 1,
            leading=lay.leading - 1.5,
            alignment=TA_LEFT,
            hyphenationLang="",
        ),
    }


def fit_widths(natural: list[float], minimum: list[float], total: float, cap0: float) -> list[float]:
    """Column widths from content: short columns stay unwrapped, long text wraps.

    ``natural`` is the one-line width of each column, ``minimum`` its widest word.
    The first column is capped at ``cap0 * total`` so long body names wrap.
    """
    nat = [max(n, m) for n, m in zip(natural, minimum)]
    nat[0] = max(minimum[0], min(nat[0], cap0 * total))
    if sum(nat) <= total:  # everything fits: give the spare room to the other columns
        rest = list(range(1, len(nat))) or [0]
        weight = sum(nat[c] for c in rest)
        return [w + ((total - sum(nat)) * w / weight if c in rest else 0.0) for c, w in enumerate(nat)]
    if sum(minimum) >= total:  # cannot avoid splitting words; shrink proportionally
        return [m * total / sum(minimum) for m in minimum]
    widths = list(minimum)
    for c in sorted(range(len(nat)), key=lambda c: nat[c] - minimum[c]):  # cheapest first
        if sum(widths) + nat[c] - widths[c] <= total:
            widths[c] = nat[c]
    open_cols = [c for c in range(len(nat)) if widths[c] < nat[c]]
    want = sum(nat[c] - widths[c] for c in open_cols)
    slack = total - sum(widths)
    return [w + (slack * (nat[c] - w) / want if c in open_cols else 0.0) for c, w in enumerate(widths)]


def make_table(rows: list[list[str]], lay: Layout, styles: dict[str, ParagraphStyle], width: float) -> Table:
    """One table row per tab-separated seed line, one Paragraph per field."""
    ncols = max(len(r) for r in rows)
    rows = [r + [""] * (ncols - len(r)) for r in rows]
    cell = styles["cell"]
    pad = sum(lay.cell_pad) + 1.0

    def measure(raw: str, whole: bool, size: float) -> float:
        """Width of the cell text on one line (``whole``) or of its widest word."""
        font = lay.font + "-Bold" if "**" in raw else lay.font
        parts = [display_text(raw).strip()] if whole else display_text(raw).split()
        return max([float(pdfmetrics.stringWidth(p, font, size)) for p in parts] + [8.0]) + pad

    size = cell.fontSize
    while True:  # wide tables get a smaller font rather than split words or wrapped amounts
        natural = [max(measure(r[c], True, size) for r in rows) for c in range(ncols)]
        minimum = [max(measure(r[c], False, size) for r in rows) for c in range(ncols)]
        needed = sum(n if n <= 1.5 * m else m for n, m in zip(natural, minimum))
        if needed <= width or size <= 7.0:
            break
        size -= 0.5
    if size != cell.fontSize:
        cell = ParagraphStyle("cell-small", cell, fontSize=size, leading=size * 1.2)
    widths = fit_widths(natural, minimum, width, lay.first_col_cap)
    data = [[Paragraph(to_markup(text, lay), cell) for text in row] for row in rows]
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), lay.cell_pad[0]),
        ("RIGHTPADDING", (0, 0), (-1, -1), lay.cell_pad[1]),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5 if lay.ruled else 1.0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.0 if lay.ruled else 2.0),
    ]
    if lay.ruled:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    return Table(data, colWidths=widths, style=style, hAlign="LEFT", spaceBefore=2, spaceAfter=4)


def is_heading(line: str, isolated: bool) -> bool:
    """Short stand-alone lines that read like section headings."""
    text = display_text(line).strip()
    if not isolated or len(text) > 60:
        return False
    if text in HEADING_WORDS or text.startswith("\u25a0 "):
        return True
    if NUMBER_RE.match(text):
        return not text.endswith((".", ",", ";"))
    return text.endswith(":") and len(text.split()) <= 6


def build_story(text: str, lay: Layout, width: float) -> list[Flowable]:
    """Turn a seed document into platypus flowables, line by line."""
    styles = make_styles(lay)
    body = styles["body"]
    lines = text.replace("\r\n", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    story: list[Flowable] = []
    indent = 0.0  # text indent of the current list, for continuation lines
    first, i = True, 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            if story and not isinstance(story[-1], Spacer):
                story.append(Spacer(1, lay.leading * 0.55))
            indent, i = 0.0, i + 1
            continue
        if "\t" in line:
            j = i
            while j < len(lines) and "\t" in lines[j] and lines[j].strip():
                j += 1
            story.append(make_table([r.split("\t") for r in lines[i:j]], lay, styles, width))
            first, indent, i = False, 0.0, j
            continue
        isolated = (i == 0 or not lines[i - 1].strip()) and (i + 1 >= len(lines) or not lines[i + 1].strip())
        bullet, number = BULLET_RE.match(line), NUMBER_RE.match(line)
        if first and len(line) <= 60:
            story.append(Paragraph(to_markup(line, lay), styles["title"]))
        elif is_heading(line, isolated):
            story.append(Paragraph(to_markup(line, lay), styles["heading"]))
        elif bullet:
            level = 1 if bullet.group(1) else 0
            indent = 16.0 + 14.0 * level
            style = ParagraphStyle("bullet", body, leftIndent=indent, bulletIndent=indent - 11, bulletFontName=lay.font)
            story.append(Paragraph(to_markup(bullet.group(2), lay), style, bulletText=BULLET))
        elif number:
            indent = 20.0
            story.append(
                Paragraph(
                    to_markup(number.group(2), lay),
                    ParagraphStyle("number", body, leftIndent=indent, bulletIndent=0, bulletFontName=lay.font),
                    bulletText=number.group(1) + ".",
                )
            )
        else:
            kv = KEYVAL_RE.match(line.strip())
            markup = to_markup(line, lay)
            if kv and len(line) < 110 and "**" not in line and "<" not in line:
                markup = f"<b>{to_markup(kv.group(1), lay)}:</b> {to_markup(kv.group(2), lay)}"
            style = ParagraphStyle("cont", body, leftIndent=indent) if indent else body
            story.append(Paragraph(markup, style))
        first, i = False, i + 1
    return story


def render_text(text: str, lay: Layout, title: str, subject: str | None = None) -> bytes:
    """Render a text with the given layout, a page break at each form feed; returns the PDF bytes."""
    buf = io.BytesIO()
    left, right, top, bottom = lay.margins
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        subject=subject,
        invariant=1,
    )
    frame_width = doc.width - 12  # SimpleDocTemplate's frame has 6 pt padding on each side
    story: list[Flowable] = []
    for i, page in enumerate(text.split("\f")):
        if i:
            story.append(PageBreak())
        story += build_story(page, lay, frame_width)
    doc.build(story)
    return buf.getvalue()


def render_pdf(seed: Path, lay: Layout) -> bytes:
    """Render one seed text file with the given layout; returns the PDF bytes."""
    return render_text(seed.read_text(encoding="utf-8"), lay, seed.stem, f"layout {lay.name}")


def render_more(name: str, seed: Path) -> bytes:
    """Render one seed text file in a layout of ``fixture_layouts`` (boxed, tabbed, condensed)."""
    if str(Path(__file__).resolve().parent) not in sys.path:  # loaded by path, as the bench loads it
        sys.path.insert(0, str(Path(__file__).resolve().parent))
    import fixture_layouts

    return fixture_layouts.render(name, seed.read_text(encoding="utf-8"), sys.modules[__name__], seed.stem)


def typed_wrap(text: str, width: int) -> list[str]:
    """A line broken at spaces into lines of at most ``width`` cells, its indent kept."""
    indent = len(text) - len(text.lstrip(" "))
    words = text.split()
    if not words:
        return [""]
    lines, cur = [], " " * indent + words[0]
    for word in words[1:]:
        if len(cur) + 1 + len(word) <= width:
            cur += " " + word
        else:
            lines.append(cur)
            cur = " " * indent + word
    return [*lines, cur]


def typed_table(rows: list[list[str]], width: int) -> list[str]:
    """Tab rows typed as columns of spaces: each column as wide as its widest cell, the widest
    column narrowed (its cells wrapped inside it) while the row is wider than the line."""
    ncols = max(len(r) for r in rows)
    cells = [[c.strip() for c in r] + [""] * (ncols - len(r)) for r in rows]
    widths = [max([len(r[c]) for r in cells] + [1]) for c in range(ncols)]
    while sum(widths) + TYPED_GAP * (ncols - 1) > width and max(widths) > 12:
        widest = widths.index(max(widths))
        widths[widest] -= 1
    out: list[str] = []
    for row in cells:
        parts = [typed_wrap(text, w) if text else [""] for text, w in zip(row, widths)]
        for k in range(max(len(p) for p in parts)):
            pieces = [(p[k] if k < len(p) else "").ljust(w) for p, w in zip(parts, widths)]
            out.append((" " * TYPED_GAP).join(pieces).rstrip())
    return out


def typed_lines(text: str, width: int = TYPED_COLUMNS) -> list[str]:
    """A text's lines as typed: tab rows as padded columns, long lines wrapped, a form feed kept
    as a line of its own."""
    lines = display_text(text).replace("\r\n", "\n").replace("\f", "\n\f\n").split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if "\t" in lines[i] and lines[i].strip():
            j = i
            while j < len(lines) and "\t" in lines[j] and lines[j].strip():
                j += 1
            out += typed_table([r.split("\t") for r in lines[i:j]], width)
            i = j
            continue
        out += typed_wrap(lines[i].rstrip(), width) if lines[i] != "\f" else ["\f"]
        i += 1
    return out


def render_typed(seed: Path) -> bytes:
    """Type one seed text file in a monospaced font, line by line; returns the PDF bytes."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, initialFontName="DejaVuSansMono")
    c.setTitle(seed.stem)
    c.setSubject("layout typed")
    left, _, top, bottom = TYPED.margins
    y = A4[1] - top
    lines = typed_lines(seed.read_text(encoding="utf-8"))
    while lines and not lines[0].strip():
        lines.pop(0)
    for line in lines:
        if line == "\f" or y < bottom:
            c.showPage()
            y = A4[1] - top
            if line == "\f":
                continue
        c.setFont(TYPED.font, TYPED.size)
        c.drawString(left, y, line)
        y -= TYPED.leading
    c.showPage()
    c.save()
    return buf.getvalue()


def add_specks(arr: np.ndarray, rng: np.random.Generator, per_square_inch: float, dpi: int) -> None:
    """Dust on the glass: small dark dots, one to three pixels across at 200 dpi, anywhere."""
    height, width = arr.shape
    n = int(rng.poisson(per_square_inch * height * width / dpi**2))
    for _ in range(n):
        y, x = int(rng.integers(0, height)), int(rng.integers(0, width))
        r = max(1, round(float(rng.uniform(0.5, 1.6)) * dpi / 200))
        arr[max(0, y - r // 2) : y + r, max(0, x - r // 2) : x + r] = float(rng.uniform(20, 90))


def scan_pdf(src: Path, salt: str, quality: Quality = QUALITIES["office"]) -> bytes:
    """Rasterise ``src`` like a cheap office scanner and wrap the JPEGs in an image-only PDF."""
    pdf = pdfium.PdfDocument(str(src))
    out = io.BytesIO()
    register_fonts()  # a TTF initial font keeps ReportLab from emitting a Helvetica preamble
    c = canvas.Canvas(out, invariant=1, initialFontName="DejaVuSans")
    c.setTitle(src.stem)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            width, height = page.get_size()
            img = page.render(scale=quality.dpi / 72, grayscale=True).to_pil().convert("L")
            page.close()
            rng = np.random.default_rng(zlib.crc32(f"{salt}:{src.stem}:{index}".encode()))
            angle = float(rng.uniform(*quality.skew) * rng.choice([-1.0, 1.0]))
            img = img.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
            img = img.filter(ImageFilter.GaussianBlur(quality.blur))
            arr = np.asarray(img, dtype=np.float32) * 0.94 + 6.0  # greyish paper, lighter ink
            arr += rng.normal(0.0, quality.noise, arr.shape).astype(np.float32)
            if quality.specks:
                add_specks(arr, rng, quality.specks, quality.dpi)
            jpeg = io.BytesIO()
            Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).save(
                jpeg, "JPEG", quality=quality.jpeg, optimize=True
            )
            jpeg.seek(0)
            c.setPageSize((width, height))
            c.drawImage(ImageReader(jpeg), 0, 0, width, height)
            c.showPage()
    finally:
        pdf.close()
    c.save()
    return out.getvalue()


def write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` and report it (with its page count) on stdout."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    doc = pdfium.PdfDocument(data)
    pages = len(doc)
    doc.close()
    rel = path.relative_to(REPO) if path.is_relative_to(REPO) else path
    print(f"wrote {rel} ({pages} pages, {len(data) / 1024:.0f} KiB)")


def up_to_date(target: Path, *sources: Path) -> bool:
    """True if ``target`` exists and is newer than all ``sources``."""
    return target.exists() and all(target.stat().st_mtime >= s.stat().st_mtime for s in sources)


def needed_layouts(kinds: set[str], scan_source: str) -> set[str]:
    """Layouts to render: those asked for plus the source of any requested scan."""
    return {k for k in [*LAYOUTS, TYPED.name] if k in kinds or ("scan" in kinds and k == scan_source)}


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--seeds",
        type=Path,
        default=REPO / "data" / "raw",
        help="directory with the seed *.txt files (default: data/raw)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=REPO / "data" / "raw",
        help="output root; pdf/grid, pdf/plain, scan go below it (default: data/raw)",
    )
    parser.add_argument(
        "--only",
        default="grid,plain,scan",
        help="comma-separated subset of grid,plain,typed,scan (default: grid,plain,scan) or of boxed,tabbed,condensed",
    )
    parser.add_argument(
        "--scan-source",
        choices=sorted([*LAYOUTS, TYPED.name]),
        default="grid",
        help="which rendering to scan; 'plain' writes to scan-plain/, 'typed' to scan-typed/",
    )
    parser.add_argument(
        "--quality",
        choices=sorted(QUALITIES),
        default="office",
        help="scan quality (resolution, skew, noise, JPEG); other than 'office' writes to scan-QUALITY/",
    )
    parser.add_argument("--force", action="store_true", help="rebuild even if up to date")
    args = parser.parse_args(argv)

    kinds = {k.strip() for k in args.only.split(",") if k.strip()}
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import fixture_layouts

    more = kinds & set(fixture_layouts.NAMES)
    kinds -= more
    if not (kinds or more) or kinds - {"grid", "plain", "typed", "scan"}:
        parser.error(f"--only must list grid, plain, typed, scan, boxed, tabbed and/or condensed, got {args.only!r}")
    seeds = sorted(args.seeds.glob("*.txt"))
    if not seeds:
        parser.error(f"no *.txt seeds in {args.seeds}")
    if any(LAYOUTS[k].hyphenate for k in needed_layouts(kinds, args.scan_source) if k in LAYOUTS):
        try:
            import pyphen  # noqa: F401  # ReportLab silently skips hyphenation without it
        except ImportError:
            parser.error("the plain layout needs pyphen: pip install pyphen")
    register_fonts()
    script = Path(__file__).resolve()
    scan_dir = args.out / "-".join(
        ["scan"]
        + ([args.scan_source] if args.scan_source != "grid" else [])
        + ([args.quality] if args.quality != "office" else [])
    )
    needed = needed_layouts(kinds, args.scan_source)
    for seed in seeds:
        for name in sorted(more):
            target = args.out / "pdf" / name / f"{seed.stem}.pdf"
            if args.force or not up_to_date(target, seed, script, Path(fixture_layouts.__file__)):
                write(target, render_more(name, seed))
        for name in sorted(needed):  # a scan source not asked for is only refreshed if stale
            target = args.out / "pdf" / name / f"{seed.stem}.pdf"
            if (args.force and name in kinds) or not up_to_date(target, seed, script):
                write(target, render_typed(seed) if name == TYPED.name else render_pdf(seed, LAYOUTS[name]))
        if "scan" in kinds:
            source = args.out / "pdf" / args.scan_source / f"{seed.stem}.pdf"
            target = scan_dir / f"{seed.stem}.pdf"
            if args.force or not up_to_date(target, source, script):
                write(target, scan_pdf(source, args.scan_source, QUALITIES[args.quality]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
