"""Members named by a role they hold in the paper's other groups. A sentence on the group counts the holders
of the role as its members, and the paper names each holder on a labelled line under the group they speak
for:

    AG 1   Spracherwerb und Bildung
           Sprecherin: Dr. Anna Beispiel, Kreisvolkshochschule Nordheim
    …
    Die fünf Sprecherinnen und Sprecher der Facharbeitsgruppen gehören ihr kraft Amtes an.

The sentence is ``role_holders`` of ``resources/steering.yaml`` (its count and the role's noun); a labelled
line opens with the role's noun (or its feminine form) and a colon, then the person's name, their body after
a comma. The persons are members, their bodies their labels, only when the lines are exactly as many as the
sentence counts (a count the lines do not bear out reads nothing).
"""

from __future__ import annotations

import re

from extractors.resources import Resources, typed
from pipeline.lang.de.numbers import NUMBER_WORDS
from pipeline.structure.prose import Layout

from .name_blocks import name_line
from .rules import MemberRow


def role_holders(layout: Layout, units: list[int], res: Resources) -> list[MemberRow]:
    """The holders of the role a sentence among ``units`` (the group's) counts as members; none if none does."""
    sentence = re.compile(typed.steering(res).role_holders)
    text = layout.flat.text
    for u in units:
        unit = layout.units[u]
        m = sentence.search(text, unit.start, unit.end)
        if m is None:
            continue
        count = int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS.get(m["n"].lower())
        role = re.escape(m["role"])
        line = re.compile(
            rf"^[ \t\f]*{role}(?:in)?[ \t]*:[ \t]*(?P<name>[^,;\n]+?)(?:,[ \t]*(?P<body>[^\n]*?))?[ \t]*$", re.M
        )
        rows = [
            MemberRow(h.start("name"), h.end("name"), h["name"], h["body"] or None, False, "list")
            for h in line.finditer(text)
            if name_line(h["name"])
        ]
        if count is not None and len(rows) == count:
            return rows
    return []
