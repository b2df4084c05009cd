"""The persons a sentence says the bodies named, its verb first and each body with its persons after it:

    Benannt haben die CDU-Fraktion die Kreistagsabgeordneten Heike Ramm und Jan-Hendrik Voß, die
    SPD-Fraktion den Kreistagsabgeordneten Sönke Jessen und die Fraktion GRÜNE die Abgeordnete Dr. Lea Martens.

The enumeration's entries each name a body (the subject) and, after an article and an office, its persons
(the object, parted by "und"): the persons are the members, the body their label. An entry whose words after
the office are not all persons ("die Fraktion die Sitze im Ausschuss") stays as it was read; one naming a body
alone (its persons cut off by a page break) is none where others name persons. Only in a sentence opening with
such a verb (``nominated_first`` of ``steering.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.resources import Resources, typed
from pipeline.lang.de.closed_class import alternation

from .name_blocks import name_start
from .rules import MemberRow

# the object after the body: an article and an office before the first person's name
_OBJECT = re.compile(rf"\s(?:{alternation('linking_articles', 'opening_articles')})\s+[A-ZÄÖÜ][\wäöüß-]+\s+(?=\S)")
_AND = re.compile(r"\s+und\s+")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*\n)(?=\S)")


def nominees(rows: list[MemberRow], text: str, res: Resources) -> list[MemberRow]:
    """The rows with each entry of a sentence naming bodies and their persons turned into its persons."""
    first = re.compile(typed.steering(res).profile.get("nominated_first", "$^"))
    out: list[MemberRow] = []
    bodies: list[MemberRow] = []  # entries of such a sentence naming a body alone (its persons cut off)
    for row in rows:
        named = row.method == "prose" and _verb_first(text, row.start, first)
        persons = _persons(row, text) if named else None
        if named and persons is None and name_start(" ".join(row.value.split()), 3) is None:
            bodies.append(row)
        out.extend(persons or [row])
    if len(out) > len(rows):  # the sentence named persons: a body alone is the subject, no member
        out = [r for r in out if r not in bodies]
    return out


def _verb_first(text: str, at: int, first: re.Pattern[str]) -> bool:
    """Whether the sentence the offset ``at`` stands in opens with a verb of naming."""
    starts = [m.end() for m in _SENTENCE_START.finditer(text, max(0, at - 600), at)]
    return bool(starts) and first.match(text, starts[-1]) is not None


def _persons(row: MemberRow, text: str) -> list[MemberRow] | None:
    """The persons an entry names after its body and office, its body their label; None where it names none so."""
    value = row.value
    objects = list(_OBJECT.finditer(value))
    if not objects or objects[-1].start() == 0:
        return None
    body, names = value[: objects[-1].start()].strip(), value[objects[-1].end() :]
    out = []
    for part in _AND.split(names):
        part = " ".join(part.split())
        if name_start(part, 0) != 0:
            return None
        at = re.search(r"\s+".join(map(re.escape, part.split())), text[row.start : row.end])
        if at is None:
            return None
        out.append(replace(row, start=row.start + at.start(), end=row.start + at.end(), value=part, label=body))
    return out
