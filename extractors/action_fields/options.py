"""Fields as the options of a form's check boxes: a registration form for workshops held one a field
("☐  Werkstatt A   Handlungsfeld Sprache, frühe Bildung und Schule", the date and venue on the line under it).

An option opens its line with a check box (empty or ticked, or typed as "[ ]"), maybe a designation in
a cell of its own (a noun and a letter or number: "Werkstatt A", "Forum 2:"), then the singular field
noun and the field's name, to the line's end or the next gap. Two options of one form at least name a
field; an option without the noun ("☐  Wir benötigen Kinderbetreuung …"), a noun in a sentence ("☐  Ich
interessiere mich für das Handlungsfeld …") and a noun before a write-in line ("☐  Handlungsfeld:
……") name none.

Fields as the ticked boxes of a form's question about the fields (``ticked_options``, of the ``list``
family): a line naming the fields in the plural ("3.2  Handlungsfelder des Vorhabens (Mehrfachnennung
möglich)") over lines of boxes only, one or two a line ("☒ Sprache und Bildung       ☐ Gesundheit und
Pflege", the gap maybe closed to one space by a PDF). The ticked boxes are the fields, a write-in after
its label taken without it ("☒ Sonstiges:  Öffnung der Verwaltung"); the empty boxes are the form's other
options. A form with no box ticked, a head that is a sentence and an option that is one name none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label
from pipeline.lang.de import markers

from .text import Candidate, FieldText, is_sentence
from .vocab import is_structure

_BOX = (
    markers.charset(markers.without(markers.CHECKBOXES, markers.SQUARE))
    + "|"
    + "|".join(re.escape(b) for b in (*markers.ASCII_TICKED, markers.ASCII_EMPTY))
)
# the box and a designation in a cell of its own before the noun
_OPENING = re.compile(
    r"[ \t]*(?:" + _BOX + r")[ \t]+(?:[A-ZÄÖÜ][a-zäöüß-]{2,24}[ \t]+(?:\d{1,2}|[A-Z])\b[.:]?(?:[ \t]*[–—:-])?[ \t]+)?"
)
# the name after the noun: to the line's end or a gap, a colon or dash after the noun left out
_NAME = re.compile(r"[ \t]*[:–—-]?[ \t]*(?P<name>[A-ZÄÖÜ„\"][^\t\n]*?)(?=[ \t]{2,}|\t|[ \t]*$)", re.M)
_LEAST = 2
_MOST_WORDS = 10
_TICKED = ("☒", "☑", *markers.ASCII_TICKED)
_EMPTY = ("☐", "□", markers.ASCII_EMPTY)
# a remark in brackets ending the head: "(Mehrfachnennung möglich)", "(bitte ankreuzen)"
_REMARK = re.compile(r"[ \t]*\([^()\n]*\)[ \t:]*$")
# a write-in's label before its text: "Sonstiges:  Öffnung der Verwaltung"
_WRITE_IN = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,20}:[ \t]+")


def form_options(ft: FieldText) -> Iterator[Candidate]:
    """The fields the check-box options of a form name, where two options at least name one."""
    found: list[Candidate] = []
    for noun in ft.nouns:
        if not ft.vocab.singular.fullmatch(noun.group(0)):
            continue
        line = ft.rows[ft.row_at(noun.start())]
        if _OPENING.fullmatch(ft.text, line.start, noun.start()) is None:
            continue
        m = _NAME.match(ft.text, noun.end(), line.end)
        if m is None:
            continue
        a, b = m.span("name")
        a += ft.text[a] in '„"'
        b -= ft.text[b - 1] in '“"'
        label = clean_label(ft.text[a:b])
        if (
            not label
            or len(label.split()) > _MOST_WORDS
            or label.endswith((".", ":"))
            or is_sentence(label, ft.vocab)
            or is_structure(label, ft.vocab)
        ):
            continue
        found.append(Candidate(a, b, label, "heading"))
    if len(found) >= _LEAST:
        yield from found


def ticked_options(ft: FieldText) -> Iterator[Candidate]:
    """The fields ticked in the lines of boxes under a line naming the fields in the plural, or under a paragraph
    naming them (see ``_lead_boxes``)."""
    for noun in ft.strong_plurals():
        head = ft.row_at(noun.start())
        text = _REMARK.sub("", ft.rows[head].text).strip()
        if not text or text.endswith(".") or _boxes(text) or is_sentence(text, ft.vocab):
            continue
        names = _ticked(ft, head + 1)
        if names:
            yield from names
            return
    yield from _lead_boxes(ft)


def _lead_boxes(ft: FieldText) -> Iterator[Candidate]:
    """The ticked boxes of the lines of boxes set after a paragraph, a blank line between, whose last sentence
    names the fields in the plural, a weak noun with the concept in its sentence ("Angekreuzt sind die
    Schwerpunkte, die das Leitbild bearbeiten soll; die übrigen …" over "☒  Sprache …" / "☐  Gesundheit …")."""
    for noun, weak in ft.plural_nouns():
        row = ft.row_at(noun.start())
        end = row
        while not ft.blank(end + 1):
            end += 1
        first = ft.next_filled(end + 1)
        if first is None or first == end + 1 or not _boxes(ft.rows[first].text):
            continue
        unit = ft.layout.units[ft.layout.unit_at(noun.start())] if ft.layout.units else None
        if unit is None or ft.text[unit.end : ft.rows[end].end].strip(" \t\n.;"):
            continue  # the noun's sentence does not close the paragraph
        if weak and not ft.names_concept(unit.start, unit.end):
            continue
        names = _ticked(ft, first)
        if names:
            yield from names
            return


def _ticked(ft: FieldText, first: int) -> list[Candidate]:
    """The ticked options of the lines of boxes from line ``first``, where two options at least stand there, one
    ticked, and each ticked one is a name."""
    options: list[tuple[bool, Candidate]] = []
    k = first
    while k < len(ft.rows) and not ft.blank(k):
        cells = _boxes(ft.rows[k].text)
        if not cells:
            break
        options += [(ticked, _option(ft, ft.rows[k].start + a, ft.rows[k].start + b)) for ticked, a, b in cells]
        k += 1
    if len(options) < _LEAST or not any(t for t, _ in options):
        return []
    names = [c for t, c in options if t]
    if all(c.label and not is_sentence(c.label, ft.vocab) and not is_structure(c.label, ft.vocab) for c in names):
        return names
    return []


def _boxes(line: str) -> list[tuple[bool, int, int]]:
    """The boxes of a line made of boxes only: whether each is ticked and the span of its text."""
    marks: list[tuple[int, int, bool]] = []
    for box in (*_TICKED, *_EMPTY):
        at = line.find(box)
        while at >= 0:
            marks.append((at, at + len(box), box in _TICKED))
            at = line.find(box, at + len(box))
    marks.sort()
    if not marks or line[: marks[0][0]].strip():
        return []
    cells = []
    for i, (_, end, ticked) in enumerate(marks):
        stop = marks[i + 1][0] if i + 1 < len(marks) else len(line)
        cell = line[end:stop]
        if not cell.strip() or i + 1 < len(marks) and not cell.endswith(" "):
            return []  # an empty box's cell or two boxes run together: a rating row, a grid of marks
        a = end + len(cell) - len(cell.lstrip())
        cells.append((ticked, a, end + len(cell.rstrip())))
    return cells


def _option(ft: FieldText, a: int, b: int) -> Candidate:
    """An option's name, a write-in's label left out."""
    m = _WRITE_IN.match(ft.text, a, b)
    if m is not None:
        a = m.end()
    label = clean_label(ft.text[a:b])
    if len(label.split()) > _MOST_WORDS or label.endswith(":"):
        label = ""
    return Candidate(a, b, label, "list")
