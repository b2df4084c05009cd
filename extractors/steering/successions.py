"""A member who left and the person named in their place, in the sentences right after the members, the
successor a member and the one who left none::

    f) für das Jobcenter Nordheim Herr Jonas Weber,
    …
    Herr Weber hat das Jobcenter zum 31.03.2027 verlassen. Das Jobcenter hat mit Schreiben vom 12.04.2027
    Frau Anna Beispiel, Bereichsleiterin Markt und Integration, benannt.

The first sentence names a member by the salutation and the surname and says they left (``seat_left`` of
``steering.yaml``: "verlassen", "ausgeschieden"); one of the next two names a saluted person with their given
name and says they were named (``seat_named``: "benannt", "entsandt", "berufen"), not as a deputy or guest
(``letter_deputy``). The successor takes the place of the one who left in the list, with that member's label
and the office after the successor's name (the sector's hint). A sentence of leaving that names no member
read, or no such sentence after it, and the members stay as read.
"""

from __future__ import annotations

import re

from extractors.resources import Resources, typed
from pipeline.lang.de.names import SALUTE, TITLE, is_first_name

from .rules import MemberRow

_REACH = 600  # characters after the last member the sentence of leaving opens within
_NEXT = 2  # sentences after the leaving one the successor's stands in at most
# a sentence's end: a stop after a word (not a title's) or a bracket, a capital after it
_STOP = re.compile(r"(?<=[\wäöüß)])(?<!\bDr)(?<!\bProf)(?<!\bNr)\.(?=\s+[A-ZÄÖÜ(]|\s*$)")
_SALUTED = re.compile(rf"\b{SALUTE}\s+(?:{TITLE}\s*)*(?P<surname>[A-ZÄÖÜ][\w'’-]+)(?!\s+[A-ZÄÖÜ][\w-]+)")
_NAMED = re.compile(
    rf"\b{SALUTE}\s+(?P<person>(?:{TITLE}\s*)*(?P<given>[A-ZÄÖÜ][\w-]+)\s+[A-ZÄÖÜ][\w'’-]+)"
    r"(?:\s*,\s*(?P<office>[^,;()]{3,80}?)\s*,)?"
)


def successors(text: str, members: list[MemberRow], res: Resources) -> list[MemberRow]:
    """``members`` with a member who left replaced by the person named in their place."""
    if not members:
        return members
    data = typed.steering(res)
    start = max(r.end for r in members)
    sentences = _sentences(text, start, min(len(text), start + 2 * _REACH))
    for k, (a, b) in enumerate(sentences):
        if a > start + _REACH or not re.search(data.seat_left, text[a:b]):
            continue
        old = _member_named(text[a:b], members)
        if old is None:
            continue
        for c, d in sentences[k + 1 : k + 1 + _NEXT]:
            said = text[c:d]
            new = _NAMED.search(said)
            if new is None or not is_first_name(new["given"]) or not re.search(data.seat_named, said):
                continue
            if re.search(data.letter_deputy, said):
                break
            office = " ".join((new["office"] or "").split())
            label = ", ".join(x for x in (old.label, office) if x) or None
            row = MemberRow(c + new.start("person"), c + new.end("person"), " ".join(new["person"].split()), label)
            row.method = old.method
            return [row if r is old else r for r in members]
    return members


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences from the one after ``start`` up to ``end``: a stop ends one, a blank line too."""
    out: list[tuple[int, int]] = []
    at = start
    for m in re.finditer(rf"{_STOP.pattern}|\n[ \t]*\n", text[start:end]):
        out.append((at, start + m.end()))
        at = start + m.end()
    return [(a, b) for a, b in out if text[a:b].strip()]


def _member_named(sentence: str, members: list[MemberRow]) -> MemberRow | None:
    """The member a sentence names by salutation and surname ("Herr Weber"), None for none or two."""
    named = [r for m in _SALUTED.finditer(sentence) for r in members if r.value.split()[-1:] == [m["surname"]]]
    return named[0] if len(named) == 1 else None
