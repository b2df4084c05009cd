"""HTML pages that place every text box by position (a PDF converted to HTML) as laid-out text.

Converters of PDF to HTML (poppler's ``pdftohtml``, pdfminer.six's HTML output and the like)
write no tables and no paragraphs in reading order: each run of text is a box placed at
``position:absolute; top:…px; left:…px``, a table's cells are boxes side by side, a key's value
a box to the right of its label, and a line break inside a box is a ``<br>``. Read in document
order, such a page gives one cell a line; here the boxes are set back on the page:

- a page is an element placed ``position:relative`` that holds boxes (pdftohtml's page
  ``<div>``), or an empty box of a page's size whose height holds the boxes' tops (pdfminer's
  page frames); pages are joined by form feeds, as pdftotext writes them;
- a box's lines are its text broken at ``<br>`` and block elements, each a line height below
  the one before (the height from the box, its class's ``line-height`` or its font size);
- lines of the same height on a page are one line of text, their pieces set at their columns
  (the left edge over half the font size, one space apart at least), as ``pdftotext -layout``
  sets them, so the structure view reads the same gaps and cells as in a layout export;
- lines further apart than two font sizes have a blank line between them (a paragraph's or a
  heading's space; a table's rows and a form's lines stand closer).

Text outside boxes (pdfminer's ``Page N`` marks) is page furniture and left out. A page is read
so only where boxes hold nearly all of its text; any other page is read by its structure
(:mod:`pipeline.ingest.html`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

MIN_BOXES = 3  # fewer placed boxes than this: a page with a positioned ornament, not a converted PDF
BOXED_SHARE = 0.8  # the share of the page's text the boxes must hold
PAGE_FRAME = 300.0  # an empty box at least this high and wide is a page's frame (pdfminer)
CHAR_WIDTH = 0.5  # a character's mean width in font sizes, to set a piece at its column
SNAP = 2  # a piece this many columns or fewer from a word's start in the line above starts with it
BLANK_GAP = 2.0  # lines further apart than this many font sizes have a blank line between them
DEFAULT_SIZE = 12.0  # font size (px) where neither box nor class names one


@dataclass(frozen=True)
class Piece:
    """One line of one box: where it stands and what it says."""

    page: int
    top: float
    left: float
    height: float  # the line's height
    size: float  # the font size
    text: str


def style_of(el: Any) -> dict[str, str]:
    """An element's ``style`` declarations, property names in lower case.

    >>> import lxml.html
    >>> style_of(lxml.html.fromstring('<p style="position:absolute; TOP:12px;left: 3.5px">x</p>'))
    {'position': 'absolute', 'top': '12px', 'left': '3.5px'}
    """
    return declarations(el.get("style") or "")


def declarations(text: str) -> dict[str, str]:
    """``name: value`` declarations of a CSS block, names in lower case."""
    out: dict[str, str] = {}
    for part in text.split(";"):
        name, colon, value = part.partition(":")
        if colon and name.strip():
            out[name.strip().lower()] = value.strip()
    return out


def px(value: str | None) -> float | None:
    """A CSS length in pixels (``12px``, ``12.5``) as a number; None for anything else.

    >>> px("115.2px"), px("0"), px("%dpx"), px(None)
    (115.2, 0.0, None, None)
    """
    if not value:
        return None
    number = value.strip().lower().removesuffix("px").strip()
    try:
        return float(number)
    except ValueError:
        return None


def class_styles(root: Any) -> dict[str, dict[str, str]]:
    """The declarations of the page's class rules (``.ft13{font-size:16px;line-height:23px}``)."""
    rules: dict[str, dict[str, str]] = {}
    for sheet in root.iter("style"):
        text = (sheet.text or "").replace("<!--", " ").replace("-->", " ")
        for rule in text.split("}"):
            selectors, brace, body = rule.partition("{")
            if not brace:
                continue
            for selector in selectors.split(","):
                name = selector.strip()
                if name.startswith(".") and name[1:].replace("-", "").replace("_", "").isalnum():
                    rules.setdefault(name[1:], {}).update(declarations(body))
    return rules


def _placed(el: Any) -> tuple[float, float] | None:
    style = style_of(el)
    if style.get("position", "").lower() != "absolute":
        return None
    top, left = px(style.get("top")), px(style.get("left"))
    return None if top is None or left is None else (top, left)


def laid_out_text(
    root: Any, body: Any, lines_of: Callable[[Any], list[str]], visible: Callable[[Any], str]
) -> str | None:
    """The text of a page whose text stands in placed boxes, laid out as above; None for a page
    of any other kind. ``lines_of`` writes an element's lines as the structure reader does (an
    empty one for a line break after no text),
    ``visible`` gives an element's shown text."""
    boxes, frames = _boxes(body, visible)
    if len(boxes) < MIN_BOXES:
        return None
    boxed = sum(len("".join(visible(box.el).split())) for box in boxes)
    if boxed < BOXED_SHARE * len("".join(visible(body).split())):
        return None
    pieces = list(_pieces(boxes, frames, class_styles(root), lines_of))
    if not pieces:
        return None
    pages = sorted({p.page for p in pieces})
    return "".join(_page_text([p for p in pieces if p.page == page]) + "\n\f" for page in pages)


@dataclass(frozen=True)
class Box:
    """A placed element holding text: the element and its top left corner."""

    el: Any
    top: float
    left: float


def _boxes(body: Any, visible: Callable[[Any], str]) -> tuple[list[Box], list[float]]:
    """The placed boxes holding text and no placed box of their own, and the tops of the page
    frames."""
    boxes: list[Box] = []
    frames: list[float] = []
    for el in body.iter():
        corner = _placed(el) if isinstance(el.tag, str) else None
        if corner is None:
            continue
        if not visible(el).strip():
            style = style_of(el)
            height, width = px(style.get("height")), px(style.get("width"))
            if height and width and height >= PAGE_FRAME and width >= PAGE_FRAME:
                frames.append(corner[0])
        elif not any(_placed(inner) is not None and visible(inner).strip() for inner in el.iterdescendants()):
            boxes.append(Box(el, *corner))
    return boxes, sorted(frames)


def _page_key(box: Box, frames: list[float], pages: dict[Any, int]) -> int:
    """The number of a box's page: its page element's, else the last frame that opens above it."""
    for ancestor in box.el.iterancestors():
        if style_of(ancestor).get("position", "").lower() == "relative":
            return pages.setdefault(ancestor, len(pages))
    return max(sum(1 for start in frames if start <= box.top) - 1, 0)


def _pieces(
    boxes: list[Box],
    frames: list[float],
    classes: dict[str, dict[str, str]],
    lines_of: Callable[[Any], list[str]],
) -> Iterable[Piece]:
    """Each box's lines where they stand; a box whose size no style names (pdftohtml names a
    font once, on the page that uses it first) takes the commonest size of the others."""
    metrics = [_metrics(box.el, classes) for box in boxes]
    common = (_median(size for size, _ in metrics), _median(height for _, height in metrics))
    pages: dict[Any, int] = {}
    for box, (size, line_height) in zip(boxes, metrics, strict=True):
        lines = lines_of(box.el)
        while lines and not lines[-1]:
            lines.pop()  # a break after the last line opens none
        if not lines:
            continue
        if size is None:
            size, line_height = common
        size = size or DEFAULT_SIZE
        line_height = line_height or 1.2 * size
        height = px(style_of(box.el).get("height"))
        if len(lines) > 1 and height:
            line_height = height / len(lines)
        page = _page_key(box, frames, pages)
        for i, line in enumerate(lines):
            if line:  # an empty line (a break after no text, pdftohtml's spacing) keeps its place
                yield Piece(page, box.top + i * line_height, box.left, line_height, size, line)


def _median(values: Iterable[float | None]) -> float | None:
    known = sorted(v for v in values if v is not None)
    return known[len(known) // 2] if known else None


def _metrics(box: Any, classes: dict[str, dict[str, str]]) -> tuple[float | None, float | None]:
    """Font size and line height of a box (None where unknown): its own style, its class, else
    the first of its descendants that names them."""
    size = line_height = None
    for el in [box, *box.iterdescendants()]:
        if not isinstance(el.tag, str):
            continue
        found: dict[str, str] = {}
        for name in (el.get("class") or "").split():
            found.update(classes.get(name, {}))
        found.update(style_of(el))
        size = size or px(found.get("font-size"))
        line_height = line_height or px(found.get("line-height"))
        if size and line_height:
            break
    return size, line_height


def _page_text(pieces: list[Piece]) -> str:
    """A page's pieces as lines of text: pieces of one height on one line, each at its column."""
    pieces.sort(key=lambda p: (p.top, p.left))
    margin = min(p.left for p in pieces)
    rows: list[list[Piece]] = []
    for piece in pieces:
        if rows and piece.top - rows[-1][0].top <= 0.5 * min(piece.height, rows[-1][0].height):
            rows[-1].append(piece)
        else:
            rows.append([piece])
    out: list[str] = []
    above = ""
    for i, row in enumerate(rows):
        if i and row[0].top - rows[i - 1][0].top > BLANK_GAP * rows[i - 1][0].size:
            out.append("")
        above = _row_text(sorted(row, key=lambda p: p.left), margin, above)
        out.append(above)
    return "\n".join(out)


def _row_text(row: list[Piece], margin: float, above: str) -> str:
    """One line: each piece at the column its left edge gives, a space at least between pieces.
    A piece that falls within ``SNAP`` columns of a word's start in the line above starts there:
    the converter joined that word to the text before it in one box (a date and a name one space
    apart), whose width the column of its start does not tell, and the piece is the word's cell
    going on."""
    starts = [i for i, ch in enumerate(above) if ch != " " and (i == 0 or above[i - 1] == " ")]
    text = ""
    for piece in row:
        column = int((piece.left - margin) / (CHAR_WIDTH * piece.size))
        near = [w for w in starts if abs(w - column) <= SNAP and w > len(text) + (1 if text else -1)]
        if near and column not in starts:
            column = min(near, key=lambda w: (abs(w - column), w))
        gap = column - len(text) if text else column
        text += " " * max(gap, 1 if text else 0) + piece.text
    return text
