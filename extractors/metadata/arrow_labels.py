"""A council information system's print view whose head sets each label before its value with an arrow, two pairs
or more a line ("Vorlagenart ▸ Beschlussvorlage     Vorlage ▸ 2027/0318     Stand ▸ 2027-05-03"): the arrow says
what a label's colon says. The head is read with each such arrow written as a colon, the offsets kept. Read only
where the head holds two such pairs or more; an arrow opening a line (a bullet) is none."""

from __future__ import annotations

import re

from pipeline.lang.de import markers
from pipeline.structure import HEADER_CHARS

_ARROW = re.compile(r"(?<=[^\s\d]) [" + markers.ARROWS + r"] (?=\S)")  # "Vorlage ▸ 2027/0318"
_PAIRS = 2  # pairs in the head, at least


def arrows(text: str) -> list[int]:
    """Where the head's label arrows stand (their spaces before them), or none."""
    found = [m.start() for m in _ARROW.finditer(text, 0, HEADER_CHARS)]
    return found if len(found) >= _PAIRS else []


def as_colons(text: str, at: list[int]) -> str:
    """The text with each label arrow at ``at`` written as a colon and two spaces (its length kept)."""
    out = list(text)
    for k in at:
        out[k : k + 3] = [":", " ", " "]
    return "".join(out)
