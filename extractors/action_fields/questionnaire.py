"""Fields named only by the items of a survey question that asks about them: part of the ``list`` family.

    7.  Wie wichtig sind Ihnen die folgenden Handlungsfelder für das Zusammenleben in
        Bonn? Bitte kreuzen Sie in jeder Zeile ein Kästchen an.
                                          sehr     eher     eher       gar nicht   weiß
                                          wichtig  wichtig  unwichtig  wichtig     nicht
     a) Sprache und Bildung                 ☐        ☐         ☐          ☐         ☐
     b) Arbeit, Ausbildung und Anerken-     ☐        ☐         ☐          ☐         ☐
        nung beruflicher Abschlüsse
     g) Anderes, und zwar:                  ☐        ☐         ☐          ☐         ☐
        ______________________________

The question opens its line with its number ("7.", "Frage 7:"), names the fields in the plural and ends
with a question mark within a few lines. Its items follow, each opening a line with a letter ("a)") or a
box ("☐") and giving one field, the boxes of a scale after it or none; a name too long for its column
goes on in the next line, which holds no box and starts under it. The items end at a blank line, at the
next question or at a line of another kind. A write-in item ("Anderes, und zwar:", a label ending in a
colon or a line of underscores under it) is no field; every other item must name a field of the
taxonomy, three at least. A question about offers or measures, or a question without the field noun,
names none. The frame of a drawn box round the question is passed over.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label
from extractors.resources import typed
from pipeline.lang.de import markers

from .text import Candidate, FieldText
from .topics import topic_name

_LEAST = 3
_QUESTION_LINES = 3  # lines from the question's number to its question mark
_HEAD_LINES = 4  # lines of the scale's head between the question and its first item
_BOXES = markers.escaped(markers.CHECKBOXES + markers.WHITE_CIRCLE)
_BOX = rf"(?:[{_BOXES}]|\[[ \t]?\])"
_FRAME = str.maketrans({c: " " for c in markers.DRAWN_BARS + markers.ASCII_BARS})
_NUMBER = r"\d{1,2}[.:)][ \t]+\S"  # a question's number and its first word
# an item: a letter or a box, the name, maybe a scale of boxes after a gap
_ITEM = re.compile(
    rf"(?P<indent>[ \t]*)(?:[a-z][).]|{_BOX})[ \t]+(?P<name>[^\s{_BOXES}\[][^{_BOXES}\[\n]*?)"
    rf"(?P<scale>[ \t]+{_BOX}(?:[ \t]+{_BOX})*)?[ \t]*"
)
_WRITE_IN = re.compile(r"_{4,}")


def survey_items(ft: FieldText) -> Iterator[Candidate]:
    """The items of each numbered question that asks about the fields."""
    if "?" not in ft.text:
        return  # no question
    k = 0
    while k < len(ft.rows):
        first = _question(ft, k)
        if first is None:
            k += 1
            continue
        found, k = _items(ft, first)
        if found is not None and len(found) >= _LEAST:
            yield from found


def _opening(ft: FieldText) -> re.Pattern[str]:
    """A question's opening: its number, maybe after its label ("Frage 7:"; ``question_labels``)."""
    tax = typed.taxonomy(ft.res)
    return re.compile(rf"[ \t]*(?:(?:{tax.question_labels})[ \t]+)?{_NUMBER}", tax.flags)


def _plain(ft: FieldText, k: int) -> str:
    return ft.rows[k].text.translate(_FRAME)


def _question(ft: FieldText, k: int) -> int | None:
    """The line after the question that opens line ``k``, where it names the fields in the plural and ends
    with a question mark within a few lines."""
    if _opening(ft).match(_plain(ft, k)) is None:
        return None
    end = next((j for j in range(k, min(len(ft.rows), k + _QUESTION_LINES)) if "?" in ft.rows[j].text), None)
    if end is None:
        return None
    plural = any(
        ft.vocab.plural.fullmatch(m.group(0)) for m in ft.nouns if ft.rows[k].start <= m.start() < ft.rows[end].end
    )
    return end + 1 if plural else None


def _items(ft: FieldText, first: int) -> tuple[list[Candidate] | None, int]:
    """The question's items from line ``first`` on (None where one names no field), and the line after them."""
    found: list[Candidate] = []
    pieces: list[tuple[int, int]] = []  # the current item's name: its pieces in the flat text
    k, head = first, 0
    while k < len(ft.rows):
        text = _plain(ft, k)
        m = _ITEM.fullmatch(text)
        if m is not None:
            named = _label(ft, pieces) if pieces else []
            if named is None:
                return None, k
            found += named
            at = ft.rows[k].start + m.start("name")
            pieces = [(at, at + len(m.group("name").rstrip()))]
        elif pieces and text.strip() and _opening(ft).match(text) is None:
            start = len(text) - len(text.lstrip())
            if _WRITE_IN.search(text):
                pieces = []  # a write-in line: the item over it is no field
            elif not re.search(_BOX, text) and _goes_on(ft, pieces, text, start):
                end = len(text.rstrip())
                pieces.append((ft.rows[k].start + start, ft.rows[k].start + end))
            else:
                break
        elif not found and not pieces and head < _HEAD_LINES:
            head += 1  # the scale's head, or a blank line over it
        else:
            break
        k += 1
    named = _label(ft, pieces) if pieces else []
    if named is None:
        return None, k
    return found + named, k


def _goes_on(ft: FieldText, pieces: list[tuple[int, int]], text: str, start: int) -> bool:
    """Whether a line without a box goes on with the item's name: it starts under the name, or (where an
    export moved it) the name so far cannot end or the line opens in lower case."""
    column = pieces[0][0] - ft.rows[ft.row_at(pieces[0][0])].start
    so_far = ft.text[pieces[-1][0] : pieces[-1][1]].rstrip()
    return start >= column or text[start:][:1].islower() or re.search(r"(?:-|,|\bund)$", so_far) is not None


def _label(ft: FieldText, pieces: list[tuple[int, int]]) -> list[Candidate] | None:
    """The field an item names, none for a write-in item; None where it names no field."""
    raw = "\n".join(ft.text[a:b] for a, b in pieces)
    if raw.rstrip().endswith(":"):
        return []
    label = clean_label(raw)
    if not topic_name(label, ft):
        return None
    return [Candidate(pieces[0][0], pieces[-1][1], label, "list")]
