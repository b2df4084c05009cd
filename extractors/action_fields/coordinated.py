"""Lead-ins that name the fields beside another noun: a heading that names the fields together
with what each holds ("2. Handlungsfelder und Leitziele"), a sentence whose object is the concept
itself ("Fünf Handlungsfelder gliedern das Konzept:", :func:`concept_blanked`).

A noun of another list after the field noun ("… und Leitziele") makes a lead-in introduce that
other list; in a heading that coordinates it with the fields, the list under it is of the fields
still where its items show it: each carries the other noun as the label of a line of its own under
it ("I. Deutsch lernen" / "Leitziel: Jede Person findet …"). The section runs to the next line
that opens as the heading does (its indentation, a number of the same kind).
"""

from __future__ import annotations

import re

from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import alternation

from .text import FieldText

_AND = re.compile(r"[ \t]+(?:" + alternation("conjunctions") + r")[ \t]+(?P<other>\S+)[ \t*]*$")
_OPENING = re.compile(r"(?P<indent>[ \t]*)(?P<kind>\d|" + markers.ROMAN + r"\.)?")
_MOST_ROWS = 80
_LEAST_LABELS = 2


def _opens_as(head: re.Match[str], line: str) -> bool:
    m = _OPENING.match(line)
    assert m is not None
    if m.group("indent") != head.group("indent") or not m.group("kind") or not head.group("kind"):
        return False
    return m.group("kind")[0].isdigit() == head.group("kind")[0].isdigit()


def fields_and_goals(ft: FieldText, row: int, after: str) -> bool:
    """Whether the heading on line ``row``, whose text after the field noun is ``after``, names the
    fields and another noun their items each carry as a labelled line under them."""
    m = _AND.fullmatch(after)
    if m is None or ft.vocab.blockers.fullmatch(m.group("other")) is None:
        return False
    head = _OPENING.match(ft.rows[row].text)
    assert head is not None
    # (at the line's start too: a PDF's text drops the indentation under the item's name)
    label = re.compile(r"[ \t]*" + re.escape(m.group("other")[: max(4, len(m.group("other")) - 2)]) + r"\w*[ \t]*:")
    labelled = 0
    for k in range(row + 1, min(len(ft.rows), row + _MOST_ROWS)):
        text = ft.rows[k].text
        if _opens_as(head, text):
            break
        labelled += label.match(text) is not None
    return labelled >= _LEAST_LABELS


def concept_blanked(ft: FieldText, at: int, after: str) -> str:
    """``after`` (standing at ``at``) with the words that name the concept itself blanked: the
    fields structure it, it is no other list."""
    for m in ft.vocab.context.finditer(ft.text, at, at + len(after)):
        start, end = m.start(), m.end()
        while start > at and ft.text[start - 1].isalpha():
            start -= 1
        while end < at + len(after) and ft.text[end].isalpha():
            end += 1
        if ft.text[start].isupper() and ft.names_concept(start, end):
            after = after[: start - at] + " " * (end - start) + after[end - at :]
    return after
