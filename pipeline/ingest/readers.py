"""Readers: file bytes to a :class:`Document`.

- plain text (``.txt``, ``.md``): kept as written (NFC); a form feed is a page break, as text
  extracted from a PDF page by page (pdftotext, OParl ``File.text``) marks it.
- PDF: the text layer through pypdfium2, rebuilt into lines from the boxes of its text
  runs (fast); ruled tables are read cell by cell from the page's vector lines
  (``pipeline.ingest.ruled``), one row per line, cells separated by tabs.
- pages without a usable text layer go to OCR (``pipeline.ingest.ocr``) when the settings allow.
- HTML pages (``.html``, ``.htm``) saved from a council information system: their text and
  tables from the HTML structure (``pipeline.ingest.html``), one page; a PDF converted to
  HTML (text boxes placed by position) is laid out again, a page per page it places.
"""

from __future__ import annotations

import ctypes
import functools
import hashlib
import io
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.lang.de import markers

from ..document import PAGE_SEPARATOR, Document, Repair, TextSource, normalize_text
from ..errors import (
    CorruptFile,
    EmptyFile,
    Encrypted,
    NoPages,
    NoTextLayer,
    OcrUnavailable,
    TooManyPages,
    UnsupportedFormat,
    VorlagenError,
)
from ..settings import Settings
from .columns import page_text, ruled_text
from .html import HTML_SUFFIXES, html_text
from .layout import TAB_GAP, Glyph
from .ruled import find_tables, page_rules, table_rows

TEXT_SUFFIXES = {".txt", ".md", ".text"}
PDF_SUFFIXES = {".pdf"}
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff"}
EXPECTED = "gelesen werden .pdf, .txt, .md, .html und Seitenbilder (.jpg, .png, .tif)"
IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*")
# the page images of a folder read as one document: this line, a JSON list of [name, size],
# a newline, then the files' bytes one after another
BUNDLE_MAGIC = b"vorlagen page images 1\n"

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
    """`pdf`, `text`, `html` or `image(s)`, from the bytes first and the suffix second."""
    suffix = path.suffix.lower()
    if not data and suffix not in HTML_SUFFIXES:  # (an empty page: html_text() says so)
        raise EmptyFile("die Datei ist leer (0 Bytes)")
    head = data[:1024].removeprefix(b"\xef\xbb\xbf").lstrip()
    if head.startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(BUNDLE_MAGIC):
        return "images"
    if data.startswith(IMAGE_MAGIC) and suffix not in TEXT_SUFFIXES:  # (a .txt stays text, or is refused)
        return "image"
    if suffix in IMAGE_SUFFIXES:
        raise CorruptFile(f"heißt {suffix}, ist aber kein JPEG-, PNG- oder TIFF-Bild")
    if suffix in PDF_SUFFIXES:
        if head.startswith(b"<"):
            raise UnsupportedFormat("heißt .pdf, enthält aber HTML/XML, kein PDF")
        if head.startswith(b"PK\x03\x04"):
            raise UnsupportedFormat("heißt .pdf, ist aber ein ZIP-Container (DOCX/ODT?), kein PDF")
        raise CorruptFile("heißt .pdf, hat aber keinen PDF-Kopf (beschädigt oder kein PDF)")
    if suffix in HTML_SUFFIXES:
        return "html"  # html_text() refuses binary content and a wrong encoding
    if suffix in TEXT_SUFFIXES:
        if binary(data):
            raise UnsupportedFormat(f"heißt {suffix}, enthält aber Binärdaten, keinen Text")
        return "text"
    raise UnsupportedFormat(f"Dateityp {suffix or '(ohne Endung)'!r} wird nicht gelesen; {EXPECTED}")


UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
NUL_SHARE = 0.01  # NUL bytes a text may hold, of its first bytes: glyphs its export tool could not map


def binary(data: bytes) -> bool:
    """Whether the bytes of a text file are binary: NUL bytes in its head, unless it is UTF-16 with its
    BOM, or UTF-8 with a NUL at most every hundredth byte (pypdf writes a check box of a symbol font
    it cannot map as NUL: "\\x00 ja" / "\\x00 nein"; the document text leaves them out).

    >>> page = "Die Mittel stehen im Haushalt 2025 zur Verfügung. " * 8 + "\\x00 ja\\n\\x00 nein\\n"
    >>> binary(page.encode()), binary(b"PK\\x03\\x04\\x00\\x00\\x08\\x00")
    (False, True)
    """
    head = data[:8192]
    if b"\x00" not in head or data.startswith(UTF16_BOMS):
        return False
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return True
    return head.count(b"\x00") > NUL_SHARE * len(head)


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM, falling back to cp1252 as German
    Windows files often are."""
    if data.startswith(UTF16_BOMS):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def text_pages(text: str) -> list[str]:
    """The pages of a plain text: its parts between form feeds (a trailing one ends the last page).

    >>> text_pages("Seite eins\\fSeite zwei\\f")
    ['Seite eins', 'Seite zwei']
    >>> text_pages("ohne Seitenumbruch")
    ['ohne Seitenumbruch']
    """
    parts = text.split(PAGE_SEPARATOR)
    if len(parts) > 1 and not parts[-1].strip():
        tail = parts.pop()  # a form feed after the last page opens no page of its own
        parts[-1] += tail
    return parts


def read_document(
    path: Path,
    source_path: str,
    settings: Settings,
    data: bytes | None = None,
    digest: tuple[str, str] | None = None,
) -> tuple[Document, list[PageProblem]]:
    """Read one input file into a Document; raise a VorlagenError when it cannot be read.
    ``digest``: the :func:`file_digest` of ``data`` where the caller has it already."""
    if data is None:
        data = path.read_bytes()
    kind = sniff_kind(path, data)
    doc_id, sha = digest or file_digest(data)
    problems: list[PageProblem] = []
    unsure: dict[int, tuple[str, ...]] = {}  # page index → numbers OCR read unsure
    if kind == "text":
        pages: list[PageText] = [(page, "plain_text", None) for page in text_pages(decode_text(data))]
    elif kind == "html":
        pages = [(page, "plain_text", None) for page in text_pages(html_text(data))]
    elif kind in ("image", "images"):
        pages = read_images(unbundle(data) if kind == "images" else [(path.name, data)], settings, problems, unsure)
    else:
        pages = read_pdf(data, settings, problems, unsure)
    pages, repairs = repair_ocr_pages(pages, settings)
    doc = Document.from_pages(doc_id, source_path, sha, pages, repairs, unsure_ranges(pages, unsure))
    return doc, problems


DIGITS = re.compile(r"\d")
TOKEN = re.compile(r"\S+")


def unsure_ranges(pages: list[PageText], unsure: dict[int, tuple[str, ...]]) -> dict[int, list[tuple[int, int]]]:
    """Where the numbers OCR read unsure stand in their (repaired) page's text: each word whose
    digits are those of an unsure number (a repair may have changed its other characters, as
    "14,11.2017" to "14.11.2017")."""
    found: dict[int, list[tuple[int, int]]] = {}
    for i, words in unsure.items():
        digits = {"".join(DIGITS.findall(w)) for w in words}
        ranges = [
            (m.start(), m.end()) for m in TOKEN.finditer(pages[i][0]) if "".join(DIGITS.findall(m.group())) in digits
        ]
        if ranges:
            found[i] = ranges
    return found


def repair_ocr_pages(pages: list[PageText], settings: Settings) -> tuple[list[PageText], dict[int, list[Repair]]]:
    """The OCR pages' texts repaired (:mod:`pipeline.ingest.ocr_text`); other pages as they are."""
    if not any(source == "ocr" and text for text, source, _ in pages):
        return pages, {}
    from . import ocr_text

    texts = [normalize_text(text) for text, _, _ in pages]
    lex = ocr_text.lexicon(texts, settings.ocr_lang)
    out: list[PageText] = []
    repairs: dict[int, list[Repair]] = {}
    before = ""  # the OCR page before, repaired
    for i, ((_, source, conf), text) in enumerate(zip(pages, texts)):
        if source == "ocr" and text:
            text, made = ocr_text.repair_text(text, lex, bool(before) and ocr_text.open_box(before, text))
            if made:
                repairs[i] = made
        before = text if source == "ocr" else ""
        out.append((text, source, conf))
    return out, repairs


# --- page images ------------------------------------------------------------------------------


def natural_key(name: str) -> list[Any]:
    """Names in the order people number pages: "Seite 2" before "Seite 10"."""
    return [(0, int(part), "") if part.isdigit() else (1, 0, part.casefold()) for part in re.split(r"(\d+)", name)]


def image_files(folder: Path) -> list[Path]:
    """The page images directly in a folder, in natural name order (hidden files left out)."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = [p for p in entries if p.suffix.lower() in IMAGE_SUFFIXES and not p.name.startswith(".") and p.is_file()]
    return sorted(found, key=lambda p: natural_key(p.name))


def input_bytes(path: Path) -> bytes:
    """The bytes of an input: a file's own, or for a folder its page images bundled as one document."""
    if not path.is_dir():
        return path.read_bytes()
    files = image_files(path)
    blobs = [p.read_bytes() for p in files]
    header = json.dumps([[p.name, len(b)] for p, b in zip(files, blobs)], ensure_ascii=False)
    return BUNDLE_MAGIC + header.encode("utf-8") + b"\n" + b"".join(blobs)


def unbundle(data: bytes) -> list[tuple[str, bytes]]:
    """The (name, bytes) of the page images of a bundle made by :func:`input_bytes`."""
    rest = data[len(BUNDLE_MAGIC) :]
    head, _, body = rest.partition(b"\n")
    try:
        listing = json.loads(head.decode("utf-8"))
        out, pos = [], 0
        for name, size in listing:
            out.append((str(name), body[pos : pos + int(size)]))
            pos += int(size)
    except (ValueError, TypeError) as exc:
        raise CorruptFile(f"das Bündel der Seitenbilder ist beschädigt: {exc}") from exc
    if not out:
        raise NoPages("der Ordner enthält keine Seitenbilder")
    return out


def read_images(
    files: list[tuple[str, bytes]],
    settings: Settings,
    problems: list[PageProblem],
    unsure: dict[int, tuple[str, ...]] | None = None,
) -> list[PageText]:
    """Page images (JPEG, PNG, TIFF with one or more pages) read as scanned pages, in order."""
    from PIL import Image

    opened: list[Any] = []  # per page: a function giving its frame, or the error that it has none
    for name, blob in files:
        try:
            with Image.open(io.BytesIO(blob)) as probe:
                frames = getattr(probe, "n_frames", 1)
        except Exception as exc:  # PIL raises UnidentifiedImageError, OSError, ValueError, ...
            error = CorruptFile(f"{name}: das Bild ist nicht lesbar: {type(exc).__name__}: {exc}")
            if len(files) == 1:
                raise error from exc
            opened.append(error)
            continue
        for index in range(frames):
            opened.append(functools.partial(image_frame, blob, index))
        if len(opened) > settings.max_pages:
            raise TooManyPages(f"die Bilder haben mehr als --max-pages {settings.max_pages} Seiten")
    pages: list[PageText] = [("", "ocr", None)] * len(opened)
    if settings.ocr == "never":
        for i in range(len(opened)):
            problems.append(
                PageProblem(
                    i + 1, NoTextLayer("ein Seitenbild hat keine Textebene und die Texterkennung ist aus (--ocr never)")
                )
            )
        return pages
    from . import ocr

    try:
        results = ocr.ocr_image_pages(opened, settings)
    except OcrUnavailable as exc:
        problems.extend(PageProblem(i + 1, exc) for i in range(len(opened)))
        return pages
    for i, result in enumerate(results):
        if isinstance(result, VorlagenError):
            problems.append(PageProblem(i + 1, result))
        else:
            pages[i] = (result.text, "ocr", result.conf)
            if unsure is not None and result.unsure:
                unsure[i] = result.unsure
    return pages


def image_frame(blob: bytes, index: int) -> Any:
    """Frame ``index`` of an image file's bytes, opened (decoded when read)."""
    from PIL import Image

    image = Image.open(io.BytesIO(blob))
    if index:
        image.seek(index)
    return image


# --- PDF ---------------------------------------------------------------------------


def open_pdf(data: bytes) -> Any:
    """Open a PDF with pypdfium2; an empty user password is tried as PDF readers do."""
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc)
        # pdfium also answers "password" (or "Success") for a file whose page tree is empty
        if "password" in msg.lower() and b"/Encrypt" in data:
            raise Encrypted(
                "das PDF ist mit einem Passwort verschlüsselt; zuerst entschlüsseln (z. B. qpdf --decrypt)"
            ) from exc
        if pdf_without_pages(data):
            raise NoPages("das PDF hat keine Seiten") from exc
        raise CorruptFile(f"das PDF ist nicht lesbar: {msg}") from exc


def pdf_without_pages(data: bytes) -> bool:
    """Does a PDF that pdfium refused parse elsewhere (pdfminer) to an empty page tree?"""
    try:
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser

        doc = PDFDocument(PDFParser(io.BytesIO(data)))
        return next(iter(PDFPage.create_pages(doc)), None) is None
    except Exception:  # not parseable there either: the file is corrupt
        return False


def read_pdf(
    data: bytes, settings: Settings, problems: list[PageProblem], unsure: dict[int, tuple[str, ...]] | None = None
) -> list[PageText]:
    pdf = open_pdf(data)
    try:
        n = len(pdf)
        if n == 0:
            raise NoPages("das PDF hat keine Seiten")
        if n > settings.max_pages:
            raise TooManyPages(f"das PDF hat {n} Seiten, mehr als --max-pages {settings.max_pages}")
        pages: list[PageText] = []
        need_ocr: list[int] = []
        for i in range(n):
            page = pdf[i]
            try:
                glyphs = pdfium_glyphs(page)
                if settings.ocr == "always" or (settings.ocr == "auto" and not usable_text(glyphs)):
                    need_ocr.append(i)
                    pages.append(("", "ocr", None))
                    continue
                if settings.ocr == "never" and not usable_text(glyphs):
                    problems.append(
                        PageProblem(
                            i + 1,
                            NoTextLayer(
                                "die Seite hat keine brauchbare Textebene und die Texterkennung ist aus (--ocr never)"
                            ),
                        )
                    )
                text = page_text(glyphs)
                if TABLE_TRIGGERS.search(text):
                    text = ruled_page_text(page, glyphs) or text
                pages.append((text, "text_layer", None))
            finally:
                page.close()
        if need_ocr:
            ocr_pages(pdf, need_ocr, pages, settings, problems, unsure)
        return pages
    finally:
        pdf.close()


def pdfium_glyphs(page: Any, join: bool = True) -> list[Glyph]:
    """The page's text runs with their boxes (top-down coordinates).

    pdfium groups the characters of a page into rectangles, one per run of text on a line
    (a table cell, a line of prose); reading runs instead of single characters is ~10×
    faster and keeps the gaps between cells, which the layout builder turns into tabs.

    The page text is read once and cut at pdfium's line breaks, and each line into its runs
    (:func:`_run_starts`), so a run's text is its own characters. Asking pdfium for the text
    inside a run's box instead scans the whole page at every run, and takes in characters of
    a neighbouring run or line that overlap the box ("beantragen w" + " wir"). ``join``: the runs
    of a line that pdfium's text joins without a space are one (:func:`joined_words`).
    """
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        tp = textpage.raw
        height = page.get_height()
        left, top, right, bottom = (ctypes.c_double() for _ in range(4))
        n_chars = raw.FPDFText_CountChars(tp)
        # one buffer for the page: a run holds at most all of the page's characters (each
        # FPDFText_GetBoundedText call scans the whole page, so asking for the size first doubles it)
        size = 2 * max(n_chars, 0) + 16
        buffer = (ctypes.c_ushort * size)()
        written = raw.FPDFText_GetText(tp, 0, n_chars, buffer) if n_chars > 0 else 0
        page_text = ctypes.string_at(buffer, 2 * max(written - 1, 0)).decode("utf-16-le", "ignore")
        if len(page_text) != n_chars:  # a glyph the text leaves out, or one beyond UTF-16's first plane
            page_text = _char_text(tp, n_chars)
        if len(page_text) != n_chars:  # no 1:1 index
            return _glyphs_by_box(textpage, height, buffer, size)
        glyphs: list[Glyph] = []
        start = line_from = 0
        # else no run of the page needs a substitution (its lines apart: their breaks are no odd space)
        odd = _ODD_SPACE.search(page_text.replace("\r\n", "\x00")) is not None
        for line in page_text.split("\r\n"):
            first, start = start, start + len(line) + 2
            if not line:
                continue
            if join and glyphs:
                glyphs[line_from:] = joined_words(glyphs[line_from:])
            line_from = len(glyphs)
            runs = raw.FPDFText_CountRects(tp, first, len(line))
            boxes = [
                (left.value, top.value, right.value, bottom.value)
                for i in range(runs)
                if raw.FPDFText_GetRect(tp, i, left, top, right, bottom)
            ]
            # (the boxes first: each count of a range's runs replaces the runs GetRect reads)
            cuts = _run_starts(tp, first, len(line), runs) if len(boxes) == runs > 1 else None
            for i, (x0, y0, x1, y1) in enumerate(boxes):
                if runs == 1:
                    text = line
                elif cuts is not None:
                    text = line[cuts[i] : cuts[i + 1]]
                else:
                    text = _bounded_text(
                        textpage,
                        ctypes.c_double(x0),
                        ctypes.c_double(y0),
                        ctypes.c_double(x1),
                        ctypes.c_double(y1),
                        buffer,
                        size,
                    )
                    _add_glyph(glyphs, text, x0, x1, height - y0, height - y1)
                    continue
                _add_glyph(glyphs, text, x0, x1, height - y0, height - y1, odd)
        if join and glyphs:
            glyphs[line_from:] = joined_words(glyphs[line_from:])
        return glyphs
    finally:
        textpage.close()


def joined_words(glyphs: list[Glyph]) -> list[Glyph]:
    """The runs of one of pdfium's lines, those that its text joins without a space made one.

    Some producers place every glyph on its own (Chromium, kerned or letter-spaced text), so
    pdfium gives a run per letter, and the gaps between ink boxes ("S" "i" at 14 pt: 1.2 pt)
    are no measure of word spaces. pdfium's text ends a word with a space (from the font's
    advance widths), which stays at the end of its run; runs of a line that it joins
    without one are one word ("1" "4": narrow ink, wide advance), unless they stand as far apart
    as table cells (TAB_GAP line heights) or one is set over the other (a quarter of a line
    height or more).
    """
    out: list[Glyph] = []
    for g in glyphs:
        if out:
            prev = out[-1]
            size = max(prev.height, g.height)
            overlap = min(prev.bottom, g.bottom) - max(prev.top, g.top)
            if (
                not prev.text[-1].isspace()
                and not g.text[0].isspace()
                and overlap >= 0.5 * min(prev.height, g.height)
                and -0.25 * size < g.x0 - prev.x1 <= TAB_GAP * size
            ):
                out[-1] = Glyph(
                    prev.text + g.text, prev.x0, max(prev.x1, g.x1), min(prev.top, g.top), max(prev.bottom, g.bottom)
                )
                continue
        out.append(g)
    return out


def _run_starts(tp: Any, first: int, length: int, runs: int) -> list[int] | None:
    """Where each of a line's runs starts, as offsets into the line, plus the line's end.

    pdfium builds the runs of a character range from its characters in order, so the number
    of runs of the line's first m characters grows with m; the k-th run starts where that
    number first reaches k (found by bisection). None when the counts do not add up.
    """
    import pypdfium2.raw as raw

    starts = [0]
    low = 1
    for k in range(2, runs + 1):
        a, b = low, length
        while a < b:
            m = (a + b) // 2
            if raw.FPDFText_CountRects(tp, first, m) >= k:
                b = m
            else:
                a = m + 1
        if a - 1 <= starts[-1] or raw.FPDFText_CountRects(tp, first, a) < k:
            return None
        starts.append(a - 1)
        low = a
    return starts + [length]


def _char_text(tp: Any, n_chars: int) -> str:
    """The page's text character by character, one for each of pdfium's characters: a glyph
    without a character of its own (code 0, which pdfium's page text leaves out, "✔ Sprache"
    read as " Sprache") as :func:`_unmapped` says, so that a mark opening a line keeps its place.
    Empty where pdfium counts a character beyond UTF-16's first plane as its two halves: there is
    no 1:1 index then."""
    import pypdfium2.raw as raw

    codes = [raw.FPDFText_GetUnicode(tp, k) for k in range(n_chars)]
    if any(0xD800 <= u < 0xE000 for u in codes):
        return ""
    return "".join(chr(u) if u else _unmapped(codes, k) for k, u in enumerate(codes))


def _unmapped(codes: list[int], k: int) -> str:
    """What the glyph ``k`` without a character stands for: a mark where it opens a line before a
    space and is the line's only one ("✔ Sprache", an item's bullet), a space elsewhere (a tick in a
    table's cell, circled digits in a row or in a box: their readers know them by their shapes, which
    are lost)."""
    if not ((k == 0 or codes[k - 1] == 0x0A) and k + 1 < len(codes) and codes[k + 1] == 0x20):
        return " "
    end = next((i for i in range(k + 1, len(codes)) if codes[i] == 0x0D), len(codes))
    return markers.UNMAPPED if 0 not in codes[k + 1 : end] else " "


def _glyphs_by_box(textpage: Any, height: float, buffer: Any, size: int) -> list[Glyph]:
    """Every run's text read from its box (the general, slower way)."""
    import pypdfium2.raw as raw

    tp = textpage.raw
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    glyphs: list[Glyph] = []
    for i in range(raw.FPDFText_CountRects(tp, 0, -1)):
        if raw.FPDFText_GetRect(tp, i, left, top, right, bottom):
            text = _bounded_text(textpage, left, top, right, bottom, buffer, size)
            _add_glyph(glyphs, text, left.value, right.value, height - top.value, height - bottom.value)
    return glyphs


def _bounded_text(textpage: Any, left: Any, top: Any, right: Any, bottom: Any, buffer: Any, size: int) -> str:
    """The characters inside a box of the page."""
    import pypdfium2.raw as raw

    n = raw.FPDFText_GetBoundedText(textpage.raw, left, top, right, bottom, buffer, size)
    if n >= size:  # cannot happen by the buffer's size; read it the slow way
        return str(textpage.get_text_bounded(left.value, bottom.value, right.value, top.value))
    return ctypes.string_at(buffer, 2 * max(n, 0)).decode("utf-16-le", "ignore").rstrip("\x00")


def _add_glyph(
    glyphs: list[Glyph], text: str, x0: float, x1: float, top: float, bottom: float, odd: bool = True
) -> None:
    """``odd``: False when the run is part of a page text that has no character to substitute."""
    if odd and _ODD_SPACE.search(text):  # most runs need neither substitution: skip the copies
        text = _SPACES.sub(" ", _SOFT_HYPHENS.sub("-", text))  # edge spaces mark word ends
    if text.strip():
        glyphs.append(Glyph(text, x0, x1, top, bottom))


_SOFT_HYPHENS = re.compile("[\x02\ufffe\u00ad]")
_SPACES = re.compile(r"\s+")
_ODD_SPACE = re.compile(r"[\x02\ufffe\u00ad]|\s(?<! )|  ")  # a soft hyphen, a space other than " ", two spaces


# Pages whose ruled tables are read cell by cell (a Beratungsfolge's body names, a field's
# name or a member's institution often wrap inside their cells); elsewhere each cell is a
# text run and comes out tab-separated anyway.
TABLE_TRIGGERS = re.compile(
    r"Beratungsfolge|Beratungsweg|Gremium\b|Sitzungstermin|Datum der Beratung"
    r"|Handlungsfeld|Themenfeld|Lenkungs|Steuerungs(?:gruppe|kreis)"
)
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÄÖÜäöüß".encode("latin-1")


def usable_text(glyphs: list[Glyph]) -> bool:
    """Is this text layer worth reading, or is the page a scan (or garbage encoding)?"""
    text = "".join(g.text for g in glyphs).replace(" ", "")
    if len(text) < 20:
        return False
    latin = text.encode("latin-1", "ignore")  # other characters are no letters here anyway
    letters = len(latin) - len(latin.translate(None, _LETTERS))
    return letters / len(text) >= 0.5


def ruled_page_text(page: Any, glyphs: list[Glyph]) -> str | None:
    """Page text with each ruled table read cell by cell; None when the page has none."""
    tables = find_tables(page_rules(page))
    if not tables:
        return None
    blocks = []
    rest = glyphs
    for table in tables:
        inside = [g for g in rest if table.contains(g)]
        rest = [g for g in rest if not table.contains(g)]
        rows = table_rows(table, inside)
        if rows:
            blocks.append((table.top, "\n".join(rows)))
    return ruled_text(rest, blocks)


def ocr_pages(
    pdf: Any,
    indexes: list[int],
    pages: list[PageText],
    settings: Settings,
    problems: list[PageProblem],
    unsure: dict[int, tuple[str, ...]] | None = None,
) -> None:
    """OCR the pages that have no usable text layer; failures become page problems; the numbers
    read unsure go to ``unsure`` by page index."""
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
            pages[i] = (result.text, "ocr", result.conf)
            if unsure is not None and result.unsure:
                unsure[i] = result.unsure


def iter_inputs(
    paths: list[Path],
    on_error: Callable[[Path, VorlagenError], None],
    image_folders: bool = False,
    on_skip: Callable[[Path, str], None] | None = None,
    companions: frozenset[str] = frozenset(),
) -> list[Path]:
    """Expand folders to supported files (sorted, symlink loops and duplicates skipped).

    Page images are documents of their own; with ``image_folders`` the images directly in a
    folder are the pages of one document, which is the folder. Every other file found in a
    folder goes to ``on_skip`` with the reason it is not read, except ``companions``: files
    of these names are read by other stages (a manifest).
    """
    found: list[Path] = []
    seen: set[str] = set()
    for root in paths:
        if root.is_dir():
            for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
                real = os.path.realpath(dirpath)
                if real in seen:  # a symlink loop or a folder named twice: its files are in already
                    dirnames[:] = []
                    continue
                seen.add(real)
                dirnames.sort()
                images = False
                for name in sorted(filenames):
                    p = Path(dirpath) / name
                    reason = skip_reason(name, companions)
                    if reason is not None:
                        if on_skip is not None and reason:
                            on_skip(p, reason)
                    elif p.suffix.lower() in IMAGE_SUFFIXES:
                        images = True
                        if not image_folders:
                            found.append(p)
                    else:
                        found.append(p)
                if images and image_folders:
                    found.append(Path(dirpath))
        elif root.exists() or root.is_symlink():
            found.append(root)
        else:
            on_error(root, UnsupportedFormat("Datei oder Ordner nicht gefunden"))
    return sorted(set(found), key=lambda p: str(p))


def skip_reason(name: str, companions: frozenset[str] = frozenset()) -> str | None:
    """Why a file found in a folder is not read (None: it is read; '': it belongs to another stage).

    >>> skip_reason("a.PDF"), skip_reason("Vorlage.HTM"), skip_reason(".DS_Store")
    (None, None, 'versteckte Datei')
    >>> skip_reason("notes.docx").split(";")[0]
    "Dateityp '.docx' wird nicht gelesen"
    """
    if name in companions:
        return ""
    if name.startswith("."):
        return "versteckte Datei"
    suffix = Path(name).suffix.lower()
    if suffix in PDF_SUFFIXES | TEXT_SUFFIXES | HTML_SUFFIXES | IMAGE_SUFFIXES:
        return None
    return f"Dateityp {suffix or '(ohne Endung)'!r} wird nicht gelesen; {EXPECTED}"
