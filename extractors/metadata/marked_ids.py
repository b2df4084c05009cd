"""A paper's number printed without a label in the head, marked by how it is printed:

- as a barcode's text: the characters of a Code 39 barcode between its start and stop stars
  ("*V-2027/0482*"), which a document-management system prints in the head of every paper it
  files, the plain number often beside or under it ("*KT01612027*" over "KT/0161/2027"): the
  number is the barcode's text where it holds a separator, else the id of the head's first lines
  whose letters and digits are the barcode's;
- alone in a box drawn round it at the head's right ("┌─────────────┐" over "│  GD 142/27  │"
  over "└─────────────┘"), as a council's form prints its paper's number;
- after a generic type word in the right-hand column beside a window envelope's address field,
  which a PDF's text layer set one space after the address's line ("An die Beschlussvorlage" over
  "Stadtverordnetenversammlung Drucksache 7-0418/2027"): the id that ends a line of the field.

Both only where no label gives a number, and only in the head's first lines: a barcode or a box
further down (a table drawn with bars, a footnote's star) names something else.
"""

from __future__ import annotations

import re

from extractors.resources.typed import Metadata as MetadataFile
from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import DEFINITE_ARTICLES, alternation
from pipeline.structure import Line

from .identity import Found, id_at, type_at, type_vocabulary

HEAD_LINES = 8  # the head's first lines with text, where a barcode or a boxed number stands

# Code 39's characters between its start and stop stars, a digit among them; a star doubled
# (Markdown's bold) or glued to a word is no barcode's
_BARCODE = re.compile(r"(?<![\w*])\*(?P<code>[A-Z0-9](?:[A-Z0-9 .\-/$+%]*[A-Z0-9])?)\*(?![\w*])")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")  # an amount ("14.000"), not an id
_TOP = re.compile("[┌┏╔][" + markers.DRAWN_RULES + "]+[┐┓╗]")
_BOTTOM = re.compile("[└┗╚][" + markers.DRAWN_RULES + "]+[┘┛╝]")
_BARRED = re.compile(
    "[" + markers.DRAWN_BARS + "](?P<cell>[^" + markers.DRAWN_BARS + "\n]*)[" + markers.DRAWN_BARS + "]"
)


def head_lines(lines: list[Line]) -> list[Line]:
    """The head's first HEAD_LINES lines with text."""
    return [ln for ln in lines if ln.text.strip()][:HEAD_LINES]


def _alnum(value: str) -> str:
    return "".join(c for c in value if c.isalnum())


def barcode_id(text: str, lines: list[Line]) -> Found | None:
    """The number a barcode's text in the head's first lines gives ("*V-2027/0482*", or
    "*KT01612027*" with "KT/0161/2027" printed near it); None where there is none or its plain
    form is printed nowhere in the head.

    >>> from pipeline.structure import Line
    >>> t = "*KT01612027*      KREIS\\nKT/0161/2027      Der Kreisausschuss"
    >>> barcode_id(t, [Line(0, 23, t[:23]), Line(24, len(t), t[24:])]).value
    'KT/0161/2027'
    """
    head = head_lines(lines)
    for line in head:
        for m in _BARCODE.finditer(line.text):
            code = m["code"]
            if not re.search(r"\d", code) or not re.search(r"[A-Z/\-]|\d{4}", code):
                continue
            start = line.start + m.start("code")
            got = id_at(text, start, line.start + m.end("code"), structured=True)
            if got is not None and got[2] == line.start + m.end("code") and not _THOUSANDS.fullmatch(got[0]):
                return Found(got[0], got[1], got[2], "barcode")
            plain = _printed(text, head, _alnum(code), start)
            if plain is not None:
                return plain
    return None


def _printed(text: str, head: list[Line], code: str, barcode: int) -> Found | None:
    """The id of the head's lines whose letters and digits are ``code``, with a separator, set apart
    as a word of its own: the barcode's number as printed."""
    for line in head:
        for w in re.finditer(r"\S+", line.text):
            at = line.start + w.start()
            if at <= barcode < line.start + w.end() or _alnum(w.group()) != code:
                continue
            got = id_at(text, at, line.start + w.end(), structured=True)
            if got is not None and got[2] == line.start + w.end():
                return Found(got[0], got[1], got[2], "barcode")
    return None


def boxed_id(text: str, lines: list[Line]) -> Found | None:
    """The id standing alone in a box of one line drawn in the head's first lines: a top rule, one
    line with the id between two bars and nothing else in the box, a bottom rule (a date, a word or
    an amount in a box is no number).

    >>> from pipeline.structure import Line
    >>> rows = ["Stadt Musterhude   ┌──────────┐", "Sozialamt          │ SO 17/31 │", "                   └──────────┘"]
    >>> t, ls, at = "\\n".join(rows), [], 0
    >>> for r in rows:
    ...     ls.append(Line(at, at + len(r), r))
    ...     at += len(r) + 1
    >>> boxed_id(t, ls).value
    'SO 17/31'
    """
    head = head_lines(lines)
    for top, middle, bottom in zip(head, head[1:], head[2:]):
        if not (_TOP.search(top.text) and _BOTTOM.search(bottom.text)):
            continue
        cells = list(_BARRED.finditer(middle.text))
        if len(cells) != 1:
            continue
        cell = cells[0]
        lead = len(cell["cell"]) - len(cell["cell"].lstrip())
        start, end = (
            middle.start + cell.start("cell") + lead,
            middle.start + cell.start("cell") + len(cell["cell"].rstrip()),
        )
        got = id_at(text, start, end, structured=True)
        if got is not None and (got[1], got[2]) == (start, end) and not _THOUSANDS.fullmatch(got[0]):
            return Found(got[0], got[1], got[2], "boxed")
    return None


# a window envelope's address opens ("An die", "An den")
_ADDRESS = re.compile(r"[ \t]*An[ \t]+(?:" + alternation(*DEFINITE_ARTICLES) + r")(?![\wäöüß])")
MAX_ADDRESS_LINES = 5


def addressed_id(text: str, lines: list[Line], conf: MetadataFile) -> Found | None:
    """The id after a generic type word ("Drucksache", "Vorlage") that ends a line of the address
    field, one word of the address or more before the word.

    >>> from extractors import load_resources
    >>> from extractors.resources import typed
    >>> conf = typed.metadata(load_resources())
    >>> rows = ["An den Beschlussvorlage", "Kreistag Drucksache KT/0815/2031", "– über den Kreisausschuss –"]
    >>> t, ls, at = "\\n".join(rows), [], 0
    >>> for r in rows:
    ...     ls.append(Line(at, at + len(r), r))
    ...     at += len(r) + 1
    >>> addressed_id(t, ls, conf).value
    'KT/0815/2031'
    """
    types = type_vocabulary(conf)
    opening = next((k for k, ln in enumerate(lines) if _ADDRESS.match(ln.text)), None)
    if opening is None:
        return None
    for line in lines[opening : opening + MAX_ADDRESS_LINES]:
        if not line.text.strip():
            break
        for w in list(re.finditer(r"\S+", line.text))[1:]:
            word = type_at(types, text, line.start + w.start(), line.end)
            if word is None or not word[2]:
                continue
            got = id_at(text, word[0], line.end, structured=True)
            if got is not None and not text[got[2] : line.end].strip():
                return Found(got[0], got[1], got[2], "heading")
    return None
