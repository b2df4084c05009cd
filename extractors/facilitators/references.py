"""A facilitation sentence that names no one but points to an entry of the document's numbered list of
references ("… hat das im Quellenverzeichnis unter [4] genannte Institut erarbeitet und moderiert")
names the one engaged in that entry, the line that opens with the same number in brackets:

    [4]  Institut X gGmbH (2027): Integration im Landkreis Y – Werkstattbericht. Im Auftrag
         des Landkreises Y. Bearbeitung: Dr. A, B. Magdeburg.

The entry's author before its year in brackets is the organisation (an author who is a person, or the
town's own office, names no one here), the first person after its label of the work ("Bearbeitung:",
"Bearbeiter:", "Autorin:") its person. The entry runs to the next entry, a blank line or the page's end.
"""

from __future__ import annotations

import re

from pipeline.structure.prose import Unit

from .names import Found, candidates
from .rules import Rules

_POINTER = re.compile(r"\[(?P<number>\d{1,3})\]")  # the entry pointed to: "[4]"
# the work's label in the entry before its persons
_WORKER = re.compile(
    r"\b(?:Bearbeitung|Bearbeiter(?:in(?:nen)?)?|Autor(?:in(?:nen)?|en)?|Verfasser(?:in)?)[ \t]*:[ \t]*"
)
# an author who is a person, as a references list names them: a surname, a comma and an initial ("Kaya, S.")
_PERSON_AUTHOR = re.compile(r"[A-ZÄÖÜ][^\W\d_]+,[ \t]+[A-ZÄÖÜ]\.")
_YEAR = re.compile(r"[ \t]*\((?:19|20)\d\d[a-z]?\)")  # the entry's year after its author
_END = re.compile(r"\n[ \t]*(?:\n|\[\d{1,3}\])|\f")  # the entry ends at the next entry, a blank line, a page's end


def referenced(text: str, unit: Unit, n: int, r: Rules) -> list[Found]:
    """The one the references list's entry names that the sentence ``unit`` points to, if any."""
    for m in _POINTER.finditer(text, unit.start, unit.end):
        entry = re.search(rf"(?m)^[ \t]*\[{m.group('number')}\][ \t]+", text)
        while entry is not None and unit.start <= entry.start() < unit.end:
            entry = re.compile(rf"(?m)^[ \t]*\[{m.group('number')}\][ \t]+").search(text, entry.end())
        if entry is None:
            continue
        stop = _END.search(text, entry.end())
        body = text[entry.end() : stop.start() if stop else len(text)]
        year = _YEAR.search(body)
        if year is None:
            continue
        author = " ".join(body[: year.start()].split())
        orgs = [f for f in candidates(author, 0, len(author), n, r, whole=True) if f.organisation and not f.name]
        if not orgs or r.exclude.search(author) or _PERSON_AUTHOR.search(author):
            continue
        worker = _WORKER.search(body)
        persons = [f for f in candidates(body, worker.end(), len(body), n, r, listed=True) if f.name] if worker else []
        name = persons[0].name if persons else None
        return [
            Found(n, name=name, organisation=orgs[0].organisation, best_unit=n, method="key_value", rule_id="reference")
        ]
    return []
