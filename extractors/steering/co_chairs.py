"""Two chairs named in one sentence ("Den Vorsitz führen gemeinsam die Beigeordnete Anna Beispiel und der
Sprecher des Beirats, Herr Jonas Weber"; ``co_chair_patterns`` of ``steering.yaml``): each a person
after up to two words of an office, or the person an address names after an office's words
("der Sprecher des Beirats, Herr Jonas Weber"). Both are members and chairs, the first the group's;
a part naming no person (an office alone: "der Landrat") makes none of them.
"""

from __future__ import annotations

import re

from extractors.resources import Resources, typed
from pipeline.lang.de.closed_class import alternation
from pipeline.lang.de.names import ADDRESS
from pipeline.structure.prose import Layout

from .name_blocks import name_start
from .rules import MemberRow

_AND = re.compile(rf"\s+(?:{alternation('conjunctions')})\s+")
_ADDRESSED = re.compile(rf"(?:,\s*|\s){ADDRESS}\s+(?P<person>\S.*)$")  # "…, Herrn A", "Bürgermeisterin Frau A"


def _patterns(res: Resources) -> tuple[re.Pattern[str], ...]:
    return res.compiled(_build)


def _build(res: Resources) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(e.pattern) for e in typed.steering(res).co_chair_patterns)


def _person(part: str) -> tuple[int, str] | None:
    """The person a part names (offset in the part, name), an office before it left out."""
    addressed = _ADDRESSED.search(part)
    if addressed is not None:
        at = addressed.start("person")
        inner = name_start(part[at:].strip(" ,."))
        return (at + inner, part[at + inner :].strip(" ,.")) if inner is not None else None
    alone = name_start(part.strip(" ,."))
    return (alone, part.strip(" ,.")[alone:]) if alone is not None else None


def find_co_chairs(layout: Layout, units: list[int], res: Resources) -> list[MemberRow]:
    """The two chairs of the first sentence that names them so, as members; none else."""
    text = layout.flat.text
    for u in units:
        unit = layout.units[u]
        piece = " ".join(text[unit.start : unit.end].split())
        for rx in _patterns(res):
            m = rx.search(piece)
            if m is None:
                continue
            parts = _AND.split(m.group("chairs"), maxsplit=1)
            found = [_person(p) for p in parts]
            if len(parts) != 2 or any(f is None for f in found):
                return []
            rows = []
            for part, (_, name) in zip(parts, [f for f in found if f is not None], strict=True):
                span = re.search(r"\s+".join(map(re.escape, name.split())), text[unit.start : unit.end])
                if span is None:
                    return []
                office = " ".join(part.replace(name, " ", 1).split()).strip(" ,")
                a = unit.start + span.start()
                rows.append(MemberRow(a, unit.start + span.end(), name, office or None, True, "chair"))
            return rows
    return []
