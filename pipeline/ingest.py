"""Readers: file bytes to a :class:`Document`.

- plain text (``.txt``, ``.md``): one page, kept as written (NFC).
- PDF: the text layer through pypdfium2, rebuilt into lines from glyph boxes (fast);
  pages with ruled tables additionally through pdfplumber, whose table cells replace the
  glyph lines of the table area, one row per line, cells separated by tabs.
- pages without a usable text layer go to OCR (``pipeline.ocr``) when the settings allow.
"""

from __future__ import annotations

import ctypes
import hashlib
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from .document import Document, TextSource
from .errors import (
    CorruptFile, EmptyFile, Encrypted, NoPages, OcrUnavailable, TooManyPages,
    UnsupportedFormat, VorlagenError,
)
from .layout import Glyph, glyphs_to_text, group_lines, line_text, paragraph_gaps
from .settings import Settings

TEXT_SUFFIXES = {".txt", ".md", ".text"}
PDF_SUFFIXES = {".pdf"}

PageText = tuple[str, TextSource, "float | None"]


@dataclass
class PageProblem:
    """A page that could not be read; the document goes on without its text."""

    page: int
    error: VorlagenError


def file_digest(data: bytes) -> tuple[str, str]:
    """(doc_id, sha256) of a file's bytes."""
    sha = hashlib.sha256(data).hexdigest()
    return sha[:16], sha


def sniff_kind(path: Path, data: bytes) -> str:
    """`pdf` or `text`, from the bytes first and the suffix second."""
    if not data:
        raise EmptyFile("the file is empty (0 bytes)")
    head = data[:1024].lstrip()
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        return "pdf"
    if suffix in PDF_SUFFIXES:
        if head[:5].lower() in (b"<!doc", b"<html") or head.startswith(b"<?xml"):
            raise UnsupportedFormat("named .pdf but the content is HTML/XML, not a PDF")
        if head.startswith(b"PK\x03\x04"):
            raise UnsupportedFormat("named .pdf but the content is a ZIP container (DOCX/ODT?), not a PDF")
        raise CorruptFile("named .pdf but has no PDF header (random or damaged bytes)")
    if suffix in TEXT_SUFFIXES:
        return "text"
    raise UnsupportedFormat(f"unsupported file type {suffix or '(no suffix)'!r}; expected .pdf, .txt or .md")


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), falling back to cp1252 as German Windows files often are."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_document(path: Path, source_path: str, settings: Settings,
                  data: bytes | None = None) -> tuple[Document, list[PageProblem]]:
    """Read one input file into a Document; raise a VorlagenError when it cannot be read."""
    if data is None:
        data = path.read_bytes()
    kind = sniff_kind(path, data)
    doc_id, sha = file_digest(data)
    problems: list[PageProblem] = []
    if kind == "text":
        pages: list[PageText] = [(decode_text(data), "plain_text", None)]
    else:
        pages = read_pdf(data, settings, problems)
    doc = Document.from_pages(doc_id, source_path, sha, pages)
    return doc, problems


# --- PDF ---------------------------------------------------------------------------

def open_pdf(data: bytes) -> Any:
    """Open a PDF with pypdfium2; an empty user password is tried as PDF readers do."""
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc)
        if "password" in msg.lower():
            raise Encrypted("the PDF is encrypted with a password; decrypt it first (e.g. qpdf --decrypt)") from exc
        raise CorruptFile(f"the PDF cannot be parsed: {msg}") from exc


def read_pdf(data: bytes, settings: Settings, problems: list[PageProblem]) -> list[PageText]:
    pdf = open_pdf(data)
    try:
        n = len(pdf)
        if n == 0:
            raise NoPages("the PDF has no pages")
        if n > settings.max_pages:
            raise TooManyPages(f"the PDF has {n} pages, more than --max-pages {settings.max_pages}")
        pages: list[PageText] = []
        need_ocr: list[int] = []
        table_pages: list[int] = []
        for i in range(n):
            page = pdf[i]
            try:
                glyphs = pdfium_glyphs(page)
                if settings.ocr == "always" or (settings.ocr == "auto" and not usable_text(glyphs)):
                    need_ocr.append(i)
                    pages.append(("", "ocr", None))
                    continue
                if has_rulings(page):
                    table_pages.append(i)
                pages.append((glyphs_to_text(glyphs), "text_layer", None))
            finally:
                page.close()
        if table_pages:
            apply_ruled_tables(data, table_pages, pages)
        if need_ocr:
            ocr_pages(pdf, need_ocr, pages, settings, problems)
        return pages
    finally:
        pdf.close()


def pdfium_glyphs(page: Any) -> list[Glyph]:
    """Every non-generated glyph of a page with its box (top-down coordinates)."""
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        tp = textpage.raw
        height = page.get_height()
        n = raw.FPDFText_CountChars(tp)
        rect = raw.FS_RECTF()
        ref = ctypes.byref(rect)
        glyphs: list[Glyph] = []
        get_unicode, get_box, is_gen = raw.FPDFText_GetUnicode, raw.FPDFText_GetLooseCharBox, raw.FPDFText_IsGenerated
        for i in range(n):
            code = get_unicode(tp, i)
            if code in (32, 10, 13, 9, 0xA0) or is_gen(tp, i):
                continue
            if not get_box(tp, i, ref):
                continue
            # loose boxes span the font's advance width and full line height, so gaps
            # between glyphs are real white space
            ch = "-" if code in (0xFFFE, 0xAD, 2) else chr(code)
            glyphs.append(Glyph(ch, rect.left, rect.right, height - rect.top, height - rect.bottom))
        return glyphs
    finally:
        textpage.close()


_LETTER = re.compile(r"[A-Za-zÄÖÜäöüß]")


def usable_text(glyphs: list[Glyph]) -> bool:
    """Is this text layer worth reading, or is the page a scan (or garbage encoding)?"""
    if len(glyphs) < 20:
        return False
    letters = sum(1 for g in glyphs if _LETTER.match(g.text))
    return letters / len(glyphs) >= 0.5


def has_rulings(page: Any) -> bool:
    """Does the page draw enough vector lines to hold a ruled table?"""
    import pypdfium2.raw as raw

    count = 0
    for _ in page.get_objects(filter=(raw.FPDF_PAGEOBJ_PATH,), max_depth=1):
        count += 1
        if count >= 6:
            return True
    return False


def apply_ruled_tables(data: bytes, page_indexes: list[int], pages: list[PageText]) -> None:
    """Re-read pages with ruled tables through pdfplumber: cells become tab-separated rows."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data), pages=[i + 1 for i in page_indexes]) as pdf:
        for index, page in zip(page_indexes, pdf.pages):
            try:
                text = plumber_page_text(page)
                if text is not None:
                    pages[index] = (text, "text_layer", None)
            finally:
                page.close()


def plumber_page_text(page: Any) -> str | None:
    """Page text with each ruled table serialised row by row; None when no table is found."""
    tables = page.find_tables()
    if not tables:
        return None
    boxes = [t.bbox for t in tables]

    def outside(c: dict[str, Any]) -> bool:
        x = (c["x0"] + c["x1"]) / 2
        y = (c["top"] + c["bottom"]) / 2
        return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)

    glyphs = [Glyph(c["text"], c["x0"], c["x1"], c["top"], c["bottom"])
              for c in page.chars if outside(c) and c["text"].strip()]
    blocks = []
    for table in tables:
        rows = [
            "\t".join(clean_cell(c) for c in row)
            for row in table.extract()
            if any(c and c.strip() for c in row)
        ]
        blocks.append((float(table.bbox[1]), "\n".join(rows)))
    return merge_table_blocks(glyphs, blocks)


def clean_cell(cell: str | None) -> str:
    """A table cell on one line: wrapped lines joined by a space, as text extractions do."""
    if not cell:
        return ""
    return " ".join(part.strip() for part in cell.splitlines() if part.strip())


def merge_table_blocks(glyphs: list[Glyph], tables: list[tuple[float, str]]) -> str:
    """Interleave glyph paragraphs and table blocks by vertical position."""
    lines = group_lines(glyphs)
    items: list[tuple[float, str, bool]] = []  # (top, text, blank line before)
    gaps = [True] + paragraph_gaps(lines)
    for gap, line in zip(gaps, lines):
        items.append((min(g.top for g in line), line_text(line), gap))
    for top, block in tables:
        items.append((top, block, True))
    items.sort(key=lambda item: item[0])
    out: list[str] = []
    for i, (_, text, gap) in enumerate(items):
        if i and gap:
            out.append("")
        out.append(text)
    return "\n".join(out) + "\n"


def ocr_pages(pdf: Any, indexes: list[int], pages: list[PageText], settings: Settings,
              problems: list[PageProblem]) -> None:
    """OCR the pages that have no usable text layer; failures become page problems."""
    from . import ocr

    if settings.ocr == "never":
        return
    try:
        results = ocr.ocr_pdf_pages(pdf, indexes, settings)
    except OcrUnavailable as exc:
        for i in indexes:
            problems.append(PageProblem(i + 1, exc))
        return
    for i, result in zip(indexes, results):
        if isinstance(result, VorlagenError):
            problems.append(PageProblem(i + 1, result))
        else:
            text, conf = result
            pages[i] = (text, "ocr", conf)


def iter_inputs(paths: list[Path], on_error: Callable[[Path, VorlagenError], None]) -> list[Path]:
    """Expand folders to supported files (sorted, symlink loops and duplicates skipped)."""
    found: list[Path] = []
    seen: set[str] = set()
    for root in paths:
        if root.is_dir():
            for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
                real = os.path.realpath(dirpath)
                if real in seen:
                    on_error(Path(dirpath), UnsupportedFormat("symlink loop: folder already visited"))
                    dirnames[:] = []
                    continue
                seen.add(real)
                dirnames.sort()
                for name in sorted(filenames):
                    p = Path(dirpath) / name
                    if p.suffix.lower() in PDF_SUFFIXES | TEXT_SUFFIXES and not name.startswith("."):
                        found.append(p)
        elif root.exists() or root.is_symlink():
            found.append(root)
        else:
            on_error(root, UnsupportedFormat("no such file or folder"))
    return sorted(set(found), key=lambda p: str(p))
