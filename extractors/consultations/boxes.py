"""consultation_boxes: a Beratungsfolge set as a check-box list, a box before each body.

"Vorlage an:" over "[x] Ausschuss für Bau  08.06.2027  vorberatend" / "[ ] Ortschaftsrat  –  –", the
boxes typed with brackets: the ticked boxes name the bodies the submission goes to, an empty box a body
it does not. Where a reader took the box into a body's name, the box goes; a body behind an empty box is
no consultation, and a reader that ran its line into a ticked body's name ("[x] Hauptausschuss [ ] Ortschaftsrat")
loses it. Where no box of the paper is ticked, the empty boxes go like any other mark. (A box drawn as a
glyph, "☒" or "☐", is a list's mark to the line readers, which take it off before this.)
"""

from __future__ import annotations

import re

from pipeline.lang.de import markers
from pipeline.lang.de.dates import find_dates
from pipeline.records import Consultation
from pipeline.structure import Line
from pipeline.structure.tokens import Cell

from .vocab import CANCELLED, Vocab, clean_body, renamed

_BOX = re.compile("|".join(re.escape(b) for b in (*markers.ASCII_TICKED, markers.ASCII_EMPTY)))


# a box drawn as a glyph at a line's start: empty ("☐ Ortsrat") or ticked ("☒ Stadtrat")
_EMPTY_GLYPH = "".join(c for c in markers.CHECKBOXES if c not in markers.TICKS and c != "■")
_TICKED_LINE = re.compile(rf"^[ \t]*[{re.escape(markers.TICKS)}■][ \t]", re.M)


def unticked(line: str, text: str) -> bool:
    """Whether a row's line opens with an empty box glyph in a paper whose other lines open with ticked
    ones: a body the form does not take ("☐  Ortsrat  __.__.____" under "☒  Stadtrat  13.05.2027");
    where no line's box is ticked, the boxes are the list's bullets."""
    return line.lstrip()[:1] in _EMPTY_GLYPH and _TICKED_LINE.search(text) is not None


def not_held(line: str, text: str, v: Vocab) -> bool:
    """Whether a row says its meeting is none of the paper's: cancelled ("– entfällt –") or a form's
    body whose box is left empty where others are ticked ("☐ Jugendhilfeausschuss am ______"). A line
    of several dated rows (a Beratungsfolge an export flattened) is no such row."""
    said = unticked(line, text) or any(rid == CANCELLED and p.search(line) for rid, p in v.tokens.results)
    return said and len(find_dates(line)) < 2  # the dates read only of the few rows that say so


def _ticked(mark: str) -> bool:
    return mark in markers.ASCII_TICKED


def ticked(found: list[Consultation], v: Vocab) -> list[Consultation]:
    """The records without the boxes in their bodies: of a body's parts each opened by a box, those
    behind a ticked box (and the words before the first box); a record whose every part is behind an
    empty box goes, where some box of the records is ticked."""
    form = any(_ticked(m.group()) for r in found for m in _BOX.finditer(r.body))
    out = []
    for rec in found:
        marks = list(_BOX.finditer(rec.body))
        if not marks:
            out.append(rec)
            continue
        ends = [m.start() for m in marks[1:]] + [len(rec.body)]
        parts = [rec.body[: marks[0].start()]] + [
            rec.body[m.end() : end] for m, end in zip(marks, ends, strict=True) if _ticked(m.group()) or not form
        ]
        body = clean_body(" ".join(p.strip() for p in parts if p.strip()))
        if body:
            out.append(renamed(rec, body, v))
    return out


def chosen(cs: list[Cell]) -> list[Cell]:
    """A form's row with its options unchosen left out: an empty box glyph alone and the status or role after it
    ("☒ öffentlich ☐ nichtöffentlich" is "öffentlich"; the option's word may be cut at the line's end, "☐ nichtöf-"),
    where a box of the row is ticked; else the cells as they are. A box in a column of its own, a gap before the
    next cell ("☒   ☐      Anhörung" under "ö   nö   Behandlung"), is no option's; under a header with columns of
    marks the caller reads the boxes by their columns."""
    if not any(c.kind == "mark" and c.text.strip() in markers.TICKS for c in cs):
        return cs
    out: list[Cell] = []
    box: Cell | None = None
    for k, c in enumerate(cs):
        if k and c.kind == "text" and _OPTION.fullmatch(c.text.strip()):
            box = c if c.text.strip() in _EMPTY_GLYPH else None  # the box alone: its option's word is the next cell
            continue
        if box is not None and c.kind in ("public", "role") and c.start - box.end <= _OPTION_GAP:
            box = None
            continue
        box = None
        out.append(c)
    return out


_OPTION_GAP = 1  # the space between a box and its option's word; a wider gap parts a box's column from the next


# an empty box, alone or with its option's word cut at a hyphen and joined to its rest ("☐ nichtöf- fentlich")
_OPTION = re.compile(rf"[{re.escape(_EMPTY_GLYPH)}](?:[ \t]+\w+-[ \t]+[a-zäöüß]+)?")
# a form's line ending in an empty box and its option's word cut at a hyphen ("… ☒ öffentlich ☐ nichtöf-")
_CUT_OPTION = re.compile(rf"[ \t][{re.escape(_EMPTY_GLYPH)}][ \t]+\w+-[ \t]*$")


def options_joined(lines: list[Line]) -> list[Line]:
    """The lines with each form's line ending in an empty box's option cut at a hyphen joined to the next line where
    that opens with the word's lower-case rest ("… ☐ nichtöf-" / "fentlich Vorberatung"), the line break read as a
    space so the offsets hold."""
    out: list[Line] = []
    for line in lines:
        last = out[-1] if out else None
        if last is not None and _CUT_OPTION.search(last.text) and line.text[:1].islower():
            out[-1] = Line(last.start, line.end, last.text + " " * (line.start - last.end) + line.text)
        else:
            out.append(line)
    return out
