"""The document's type chosen by a tick in a row of boxes, as a form prints every type it may be and
ticks the paper's own ("Vorlagenart:  ☒ Beschlussvorlage   ☐ Informationsvorlage   ☐ Antrag"): the
type word after the one ticked box of a row that holds two boxes or more, one of them empty, and a
type word after another box. A row of boxes for something else ("☒ öffentlich  ☐ nichtöffentlich")
names no type; a row with two ticked types names none either.
"""

from __future__ import annotations

import re

from extractors.resources.typed import Metadata as MetadataFile
from pipeline.lang.de import markers
from pipeline.structure import Line

from .identity import Found, type_at, type_vocabulary

_BOX = re.compile(r"(?P<box>[" + markers.CHECKBOXES + markers.TICKS + r"]|\[[ xX]\])[ \t]*")
_TICKED = frozenset(markers.TICKS) | frozenset(markers.ASCII_TICKED) | {"■"}


def ticked_type(text: str, lines: list[Line], conf: MetadataFile) -> Found | None:
    """The type word after the ticked box of the head's row of type boxes.

    >>> from extractors import load_resources
    >>> from extractors.resources import typed
    >>> conf = typed.metadata(load_resources())
    >>> t = "Vorlagenart:  ☐ Informationsvorlage   ☒ Beschlussvorlage   ☐ Antrag"
    >>> ticked_type(t, [Line(0, len(t), t)], conf).value
    'Beschlussvorlage'
    >>> t = "Sitzungsteil  ☒ öffentlich   ☐ nichtöffentlich"
    >>> ticked_type(t, [Line(0, len(t), t)], conf) is None
    True
    """
    types = type_vocabulary(conf)
    for line in lines:
        boxes = list(_BOX.finditer(text, line.start, line.end))
        if len(boxes) < 2:
            continue
        typed = [(b, type_at(types, text, b.end(), line.end)) for b in boxes]
        ticked = [(b, t) for b, t in typed if b["box"] in _TICKED]
        if (
            len(ticked) != 1
            or len(ticked) == len(boxes)
            or sum(1 for _, t in typed if t is not None) < 2
            or (hit := ticked[0][1]) is None
        ):
            continue
        return Found(hit[1], ticked[0][0].end(), hit[0], "ticked")
    return None
