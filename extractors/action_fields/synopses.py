"""Fields named only in a column of a table drawn with box bars, such as a synopsis that answers proposals
side by side: part of the ``table`` family.

     Nr.│ Vorschlag des Ausländerbeirats   │ Stellungnahme des Magistrats      │ Handlungsfeld im
        │ (Schreiben vom 08.03.2027)       │                                   │ Konzeptentwurf
    ────┼──────────────────────────────────┼───────────────────────────────────┼──────────────────
     1  │ Mehr Deutschkurse am Abend und   │ Wird aufgegriffen; die Kreisvolks-│ Sprache und
        │ am Wochenende                    │ hochschule prüft weitere Termine. │ Bildung
     4  │ Kommunales Wahlrecht für alle    │ Nicht Gegenstand des Konzepts     │ –

The bars ("│") part the cells, so a column is its place among the bars, also where a PDF closed the gaps.
The head stands over a rule with joints ("┼"); its cells wrap over lines, and the column whose head opens
with the field noun ("Handlungsfeld", "Handlungsfeld im Konzeptentwurf", "Zugeordnetes Handlungsfeld")
holds the fields; under a caption naming the fields in the plural ("Unsere sechs Handlungsfelder"), a table
that gives them in several languages holds them in its German column ("Nr │ Deutsch │ English │ Türkçe").
A row opens with
a filled first cell (its number) and goes on in the lines under it whose first cell is empty; a line
without bars is the wrapped end of the cell that ends the line over it (a PDF broke a long line). A row's
pieces of the column make one name ("Interkulturelle" / "Öffnung der" / "Stadtverwaltung"), a hyphen at a
piece's end joined; a dash or nothing names no field, and a field repeated for several rows counts once.
Two fields at least.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label
from pipeline.lang.de import markers

from .forms import plain_name
from .text import Candidate, FieldText

_BARS = markers.DRAWN_BARS
_SPLIT = re.compile(markers.charset(_BARS))
_RULE = re.compile(rf"[ \t]*[├╞╟┣]?{markers.charset(markers.DRAWN_RULES)}+(?:{markers.charset('┼╪╫┿╋')}[^\n]*|[┤╡╢┫])?")
_NONE = re.compile(r"[–—-]*|k\.\s?A\.|entfällt|\(keins?\)", re.I)
_LEAST = 2
_ADJECTIVE = re.compile(r"(?:[A-ZÄÖÜ][a-zäöüß]+(?:e|er|es|en)[ \t]+)?")
Piece = tuple[int, int, str]  # flat start, end, text


def _cells(ft: FieldText, k: int, framed: bool) -> list[Piece]:
    """A line's cells between its bars; in a ``framed`` table the empty ones outside its outer bars left out."""
    line = ft.rows[k]
    out, pos = [], line.start
    for part in _SPLIT.split(line.text):
        lead = len(part) - len(part.lstrip())
        out.append((pos + lead, pos + len(part.rstrip()), part.strip()))
        pos += len(part) + 1
    text = line.text.strip()
    if framed and text[:1] in _BARS and len(out) > 1:
        out = out[1:]
    if framed and text[-1:] in _BARS and len(out) > 1:
        out = out[:-1]
    return out


def _framed(text: str) -> bool:
    """Whether the rule under a table's head opens with a joint on its left border ("├───┼───┤")."""
    return text.lstrip()[:1] in _LEFT_JOINTS


_LEFT_JOINTS = "├╞╟┣"


def _barred(ft: FieldText, k: int) -> bool:
    return k < len(ft.rows) and any(b in ft.rows[k].text for b in _BARS)


def _joined(pieces: list[Piece]) -> str:
    text = ""
    for _, _, t in pieces:
        if not t:
            continue
        hyphen = text.endswith("-") and t[:1].islower() and len(text) > 1 and text[-2].isalpha()
        text = text[:-1] + t if hyphen else (text + " " + t if text else t)
    return text


def _head(ft: FieldText, rule: int) -> int | None:
    """The column of the field noun in the head over the rule at line ``rule``."""
    top = rule
    while top > 0 and rule - top < 2 and (ft.blank(top - 1) or _RULE.fullmatch(ft.rows[top - 1].text)):
        top -= 1  # a PDF set a blank line under the head, or broke the rule
    end = top
    while top > 0 and (_barred(ft, top - 1) or (_barred(ft, top - 2) and not ft.blank(top - 1))):
        top -= 1
    heads: dict[int, list[Piece]] = {}
    last = 0
    for k in range(top, end):
        if not _barred(ft, k):
            heads.setdefault(last, []).append((0, 0, ft.rows[k].text.strip()))
            continue
        cells = _cells(ft, k, _framed(ft.rows[rule].text))
        for n, cell in enumerate(cells):
            heads.setdefault(n, []).append(cell)
        last = len(cells) - 1
    found = [n for n, pieces in heads.items() if _field_head(ft, _joined(pieces))]
    if not found and _caption_names_fields(ft, top):
        found = [n for n, pieces in heads.items() if _GERMAN.fullmatch(_joined(pieces))]
    return found[0] if len(found) == 1 and len(heads) >= 2 else None


# the head of a translated table's German column ("Nr │ Deutsch │ English │ Türkçe")
_GERMAN = re.compile(r"Deutsch|Deutsche Fassung|German")
_CAPTION_LINES = 3  # lines between a table's caption and its head at most (its top border)


def _caption_names_fields(ft: FieldText, top: int) -> bool:
    """Whether a line right over the table's head at line ``top`` names the fields in the plural (its caption)."""
    for k in range(top - 1, max(-1, top - 1 - _CAPTION_LINES), -1):
        line = ft.rows[k]
        if any(line.start <= m.start() < line.end and ft.vocab.plural.fullmatch(m.group(0)) for m in ft.nouns):
            return True
    return False


def _field_head(ft: FieldText, head: str) -> bool:
    """Whether a column's head names the fields: the noun opens it, maybe after an adjective ("Zugeordnetes
    Handlungsfeld"), no noun it governs before it ("Ziel des Handlungsfeldes")."""
    noun = ft.vocab.noun.search(head)
    return noun is not None and _ADJECTIVE.fullmatch(head, 0, noun.start()) is not None


def _rows(ft: FieldText, first: int, column: int) -> Iterator[list[Piece]]:
    """Each row's pieces of ``column`` under the rule (at line ``first - 1``)."""
    framed = _framed(ft.rows[first - 1].text)
    row: list[Piece] | None = None
    last = -1
    k = first
    while k < len(ft.rows) and k - first < 2 and _RULE.fullmatch(ft.rows[k].text):
        k += 1  # the rest of a rule a PDF broke
    while k < len(ft.rows) and not ft.blank(k) and (_barred(ft, k) or _barred(ft, k - 1)):
        if _RULE.fullmatch(ft.rows[k].text):
            k += 1
            continue
        if not _barred(ft, k):
            if row is not None and last == column:
                row.append((ft.rows[k].start, ft.rows[k].end, ft.rows[k].text.strip()))
            k += 1
            continue
        cells = _cells(ft, k, framed)
        if cells[0][2]:
            if row is not None:
                yield row
            row = []
        if row is not None and column < len(cells):
            row.append(cells[column])
        last = len(cells) - 1
        k += 1
    if row is not None:
        yield row


_CROSSINGS = "┼╪╫┿╋"  # a rule crossing a bar


def synopsis_column(ft: FieldText) -> Iterator[Candidate]:
    """The fields of the column under a head naming the field noun, in each table drawn with bars."""
    if not any(j in ft.text for j in _CROSSINGS):
        return  # no rule crossing a bar: no such table
    for k, line in enumerate(ft.rows):
        if not any(j in line.text for j in _CROSSINGS) or not _RULE.fullmatch(line.text):
            continue
        column = _head(ft, k)
        if column is None:
            continue
        found: dict[str, Candidate] = {}
        for row in _rows(ft, k + 1, column):
            pieces = [p for p in row if p[2]]
            label = clean_label(_joined(pieces))
            if not pieces or _NONE.fullmatch(label) or label in found:
                continue
            if not plain_name(label, ft):
                continue
            if any(c.isdigit() for c in label):
                continue
            found[label] = Candidate(pieces[0][0], pieces[-1][1], label, "table")
        if len(found) >= _LEAST:
            yield from found.values()
