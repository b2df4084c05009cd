"""Two nouns an attributive adjective governs together: "Vertreter der kreisangehörigen Städte und
Gemeinden", "Vertreterinnen der freien Träger und Vereine". An enumeration cut at the conjunction
would make the second noun a member of its own ("Gemeinden") and leave the adjective with the first
only; the two are one member ("kreisangehörige Städte und Gemeinden")."""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.german import enumerations
from extractors.resources import Resources
from pipeline.lang.de.closed_class import alternation

from .rules import MemberRow

_LINK = re.compile(rf"[ \t\n]+(?:{alternation('conjunctions')})[ \t\n]+")
_ADJECTIVE = re.compile(r"[a-zäöüß][\wäöüß-]*(?:en|e)\b")  # the member opens with an inflected adjective
_BARE_NOUN = re.compile(r"[A-ZÄÖÜ][a-zäöüß-]+")  # one capitalised word: no article, no name of its own


def shared_adjective(rows: list[MemberRow], text: str, res: Resources) -> list[MemberRow]:
    """``rows`` with each pair that one adjective governs joined into one member."""
    out: list[MemberRow] = []
    for row in sorted(rows, key=lambda r: r.start):
        last = out[-1] if out else None
        if (
            last is not None
            and last.method == row.method
            and _LINK.fullmatch(text, last.end, row.start)
            and _ADJECTIVE.match(text, last.start)
            and _BARE_NOUN.fullmatch(row.value)
        ):
            joined = enumerations.nominative(text[last.start : row.end], res).name
            out[-1] = replace(last, end=row.end, value=re.sub(r"\s+", " ", joined or last.value))
            continue
        out.append(row)
    return out
