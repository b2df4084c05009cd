"""HTML pages saved from a council information system (``.html``, ``.htm``) as plain text.

A Vorlage page of SessionNet, ALLRIS or a similar system holds the paper's header as a form
table (label cell, value cell), its Beratungsfolge as a table and its text in paragraphs. The
page is parsed with lxml (never with regular expressions) and written as the text the structure
view reads:

- the page's ``<title>`` first, then the text of the body in document order;
- every block element (paragraph, heading, list item, ``<div>``, ``<br>``) on lines of its
  own, a blank line after paragraphs, headings, lists and tables; white space inside a block
  collapsed to single spaces (``<pre>`` kept as written);
- a table one row per line, its cells joined by tabs (a cell's own line breaks become spaces);
  a table whose cells hold tables of their own is a layout table: its cells are read as blocks,
  one after another;
- scripts, styles, templates, forms' hidden parts and comments dropped.

The encoding is the one the bytes declare (a BOM, or ``<meta charset>``), else UTF-8, else
Windows-1252 as German pages often are. A page that is empty, binary, declares an encoding
that is unknown or that its bytes do not follow, or holds no text is refused with a German
message; the run goes on with the other inputs.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from pipeline.lang.de import markers

from ..errors import EmptyFile, UnsupportedFormat
from .html_layout import laid_out_text

HTML_SUFFIXES = {".html", ".htm"}

# elements whose text is never shown
_DROPPED = {"script", "style", "template", "noscript", "head", "select", "button", "svg", "math", "iframe", "object"}
# elements that start a line of their own
_BLOCKS = {
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "ul",
}  # fmt: skip
# blocks followed by a blank line
_PARAGRAPHS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl", "blockquote", "pre", "hr"}
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u200b]+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def looks_binary(data: bytes) -> bool:
    """Many control characters (NUL bytes among them) in the first 8 KiB, not a UTF-16 page with its BOM.
    A stray NUL in a page's text (an exporter's unmapped glyph: "│ \\x00 Integrationsbeirat │") is no binary."""
    head = data[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) // 20


def decode_html(data: bytes) -> str:
    """The page's text in the encoding it declares (BOM, then ``<meta charset>``), else UTF-8,
    else Windows-1252; a declared encoding that is unknown or that the bytes break is refused.

    >>> decode_html('<meta charset="utf-8"><p>Grünfläche</p>'.encode())
    '<meta charset="utf-8"><p>Grünfläche</p>'
    >>> decode_html("<p>Grünfläche</p>".encode("cp1252"))
    '<p>Grünfläche</p>'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode(data, encoding, "Byte-Order-Mark")
    m = _META_CHARSET.search(data[:4096])
    if m is not None:
        return _decode(data, m.group(1).decode("ascii"), "<meta charset>")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _decode(data: bytes, encoding: str, declared_by: str) -> str:
    try:
        codec = codecs.lookup(encoding)
    except LookupError:
        raise UnsupportedFormat(
            f"die HTML-Seite nennt eine unbekannte Zeichenkodierung {encoding!r} ({declared_by}); "
            "als UTF-8 oder Windows-1252 neu speichern"
        ) from None
    try:
        text = data.decode(codec.name)
    except UnicodeDecodeError as err:
        raise UnsupportedFormat(
            f"die HTML-Seite ist laut {declared_by} in {encoding} kodiert, ihre Bytes aber nicht "
            f"(ungültiges Byte an Stelle {err.start}); mit der richtigen Kodierung neu speichern"
        ) from None
    return text.removeprefix("\ufeff")


def html_text(data: bytes) -> str:
    """The text of an HTML page as the structure view reads it (see the module's docstring)."""
    import lxml.etree
    import lxml.html

    if not data.strip():
        raise EmptyFile("die HTML-Seite ist leer")
    if looks_binary(data):
        raise UnsupportedFormat("als .html benannt, aber der Inhalt ist binär, keine HTML-Seite")
    source = decode_html(data)
    if not source.strip():
        raise EmptyFile("die HTML-Seite ist leer")
    try:
        root = lxml.html.document_fromstring(source)
    except (lxml.etree.ParserError, ValueError) as err:
        raise UnsupportedFormat(f"die HTML-Seite lässt sich nicht lesen: {err}") from None
    body = root.find("body")
    laid_out = laid_out_text(root, body if body is not None else root, lambda el: lines_of(el, True), cell_text)
    if laid_out is not None:
        text = laid_out
    else:
        lines: list[str] = []
        title = root.find(".//title")
        if title is not None and inline(title.text_content()):
            lines += [inline(title.text_content()), ""]
        lines += lines_of(body if body is not None else root)
        text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    if not text.strip():
        raise EmptyFile("die HTML-Seite enthält keinen Text")
    return text + "\n"


def lines_of(el: Any, every_break: bool = False) -> list[str]:
    """The lines an element's blocks, line breaks and tables give (a blank line after paragraphs);
    with ``every_break`` a line break after no text gives an empty line too (a placed box's
    lines keep their places)."""
    lines: list[str] = []
    writer = _Writer(lines, every_break)
    writer.block(el)
    writer.end_line()
    return lines


def inline(text: str) -> str:
    """White space collapsed to single spaces, stripped.

    >>> inline("  Sitzung\\n  am \\u00a012.03.2024 ")
    'Sitzung am 12.03.2024'
    """
    return _SPACES.sub(" ", text).strip()


def _tag(el: Any) -> str:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""  # comments and processing instructions have none


class _Writer:
    """Writes the blocks of an element tree into ``lines``: the current line is built of inline
    text and ended by every block element."""

    def __init__(self, lines: list[str], every_break: bool = False) -> None:
        self.lines = lines
        self.current: list[str] = []
        self.every_break = every_break  # an empty line for a line break with nothing before it

    def end_line(self, blank: bool = False) -> None:
        text = inline("".join(self.current))
        self.current = []
        if text or self.every_break:
            self.lines.append(text)
        if blank and self.lines and self.lines[-1]:
            self.lines.append("")

    def block(self, el: Any) -> None:
        tag = _tag(el)
        if el.text and tag not in _DROPPED:
            self.current.append(el.text)
        for child in el:
            self.element(child)
            if child.tail:
                self.current.append(child.tail)

    def element(self, el: Any) -> None:
        tag = _tag(el)
        if not tag or tag in _DROPPED or el.get("hidden") is not None or el.get("type") == "hidden":
            return
        if tag == "br":
            self.end_line()
        elif tag == "table":
            self.end_line()
            self.table(el)
            self.end_line(blank=True)
        elif tag == "pre":
            self.end_line()
            self.lines.extend(line.rstrip() for line in el.text_content().splitlines())
            self.end_line(blank=True)
        elif tag in _BLOCKS:
            self.end_line()
            if tag == "li":
                self.current.append(markers.BULLET + " ")
            self.block(el)
            self.end_line(blank=tag in _PARAGRAPHS)
        else:
            self.current.append(" " if tag in ("td", "th") else "")
            self.block(el)

    def table(self, table: Any) -> None:
        caption = table.find("caption")
        if caption is not None and cell_text(caption):
            self.lines.append(cell_text(caption))
        for row in rows_of(table):
            cells = [c for c in row if _tag(c) in ("td", "th")]
            if any(c.find(".//table") is not None for c in cells):
                for cell in cells:  # a layout table: its cells are blocks
                    self.block(cell)
                    self.end_line()
                continue
            texts = [cell_text(c) for c in cells]
            if any(texts):
                self.lines.append("\t".join(texts).rstrip("\t"))


def rows_of(table: Any) -> list[Any]:
    """The rows of a table (in its head, bodies and foot, in order), not those of tables inside it."""
    rows = []
    for child in table:
        tag = _tag(child)
        if tag == "tr":
            rows.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            rows += [r for r in child if _tag(r) == "tr"]
    return rows


def cell_text(cell: Any) -> str:
    """A cell's text on one line: its blocks and line breaks as spaces, scripts left out."""
    parts: list[str] = []

    def walk(el: Any) -> None:
        tag = _tag(el)
        if not tag or tag in _DROPPED or el.get("type") == "hidden":
            return
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
            parts.append(" " if _tag(child) in _BLOCKS or _tag(child) == "br" else "")
            if child.tail:
                parts.append(child.tail)

    walk(cell)
    return inline("".join(parts))
