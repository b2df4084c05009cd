"""A status given by a mark after the meeting's date ("17.05.2027 *") and a legend line under the table that says
what the mark means, maybe that every other sitting has the other status ("* nichtöffentliche Sitzung; alle übrigen
Sitzungen sind öffentlich."). The legend opens its line with the mark (a star or a footnote's figure), its status
words, then a semicolon or a spaced dash; a row whose line has the mark right after a date takes the mark's status,
the other rows of the table above the legend without a status of their own the other status, where the legend says
so in its last words. A legend naming a role or no status says nothing of the status."""

from __future__ import annotations

import dataclasses
import re

from pipeline.lang.de import markers
from pipeline.records import Consultation

from .vocab import Vocab, status

_MARKS = markers.FOOTNOTE_MARKS
_LEGEND = re.compile(
    r"^[ \t]*(?P<mark>[" + re.escape(_MARKS) + r"])[ \t]*(?P<words>[^;\n–]{3,60}?)[ \t]*(?:;|[ \t]–[ \t])"
    r"(?P<rest>[^.\n]*)",
    re.M,
)
_OTHERS = re.compile(r"\b(?:übrigen|anderen|sonstigen|alle weiteren)\b", re.I)  # "alle übrigen Sitzungen sind …"


def with_star_marks(found: list[Consultation], text: str, v: Vocab) -> list[Consultation]:
    """The records, those without a status under a legend of a mark after a date taking the status it gives."""
    for m in _LEGEND.finditer(text):
        said = status(m["words"].strip(" ,.:"), v)
        if said is None or said[0] is not None or said[1] is None:
            continue
        words = m["rest"].split()
        last = status(words[-1].strip(".,;"), v) if words and _OTHERS.search(m["rest"]) else None
        other = last[1] if last is not None and last[0] is None and last[1] is not said[1] else None
        marked = re.compile(r"\d[ \t]?" + re.escape(m["mark"]) + r"(?=\s)")
        above = text.rfind("\n\n\n", 0, m.start())  # the legend's table: up to the blank lines before it
        out = []
        for r in found:
            if r.public is None and above < r.span.start < m.start():
                line = text[text.rfind("\n", 0, r.span.start) + 1 : text.find("\n", r.span.start)]
                r = dataclasses.replace(r, public=said[1] if marked.search(line) else other)
            out.append(r)
        found = out
    return found
