"""Fields as the options of a form's check boxes: a registration form for workshops held one a field
("☐  Werkstatt A   Handlungsfeld Sprache, frühe Bildung und Schule", the date and venue on the line under it).

An option opens its line with a check box (empty or ticked, or typed as "[ ]"), maybe a designation in
a cell of its own (a noun and a letter or number: "Werkstatt A", "Forum 2:"), then the singular field
noun and the field's name, to the line's end or the next gap. Two options of one form at least name a
field; an option without the noun ("☐  Wir benötigen Kinderbetreuung …"), a noun in a sentence ("☐  Ich
interessiere mich für das Handlungsfeld …") and a noun before a write-in line ("☐  Handlungsfeld:
……") name none.
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
