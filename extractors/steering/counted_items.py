"""A list of members under a paragraph that counts them, no colon leading the list in:

    Sie besteht aus zehn Mitgliedern; für jedes Mitglied ist eine Stellvertretung benannt.
    Den Vorsitz führt der Bürgermeister.

      –  Bürgermeister Thomas Beispiel (Stv.: …)
      –  …

The paragraph's last sentence need not lead in; the paragraph states how many members the group has
(the size patterns of ``steering.yaml``), and the items right under it are read as its members only
when there are exactly as many of them: a list of tasks or dates under such a paragraph counts
otherwise.
"""

from __future__ import annotations

import re

from extractors.fastre import Matcher, prefiltered
from extractors.resources import Resources, typed
from pipeline.structure.prose import Layout

from . import sectors


def _size_patterns(res: Resources) -> tuple[Matcher, ...]:
    d = typed.steering(res)
    return tuple(prefiltered(e.pattern.replace("{number}", d.number), re.M) for e in d.size_patterns)


def stated_count(layout: Layout, seg_no: int, res: Resources) -> int | None:
    """The count of members a paragraph states when items follow it right under it and it ends with a
    sentence's full stop, no line of it in a colon (that one leads its list in), else None."""
    if seg_no + 1 >= len(layout.segs):
        return None
    seg, below = layout.segs[seg_no], layout.segs[seg_no + 1]
    text = layout.flat.text
    para = text[seg.start : seg.end].rstrip()
    if seg.kind != "para" or below.kind != "item" or not para.endswith(".") or re.search(r":[ \t]*\n", para):
        return None
    counts = {
        n
        for rx in res.compiled(_size_patterns)
        for m in rx.finditer(text, seg.start, seg.end)
        if (n := sectors.number(m.group("n")))
    }
    return counts.pop() if len(counts) == 1 else None
