"""The members one cell of a members table names apart by commas, or each after a salutation.

A cell may name two persons ("Corinna Hagemeier, Yusuf Demirci", "Vorsitzender Adrian Nowak,
Elif Kaya-Schröder": an office before the first), each a member; or give a seat each to bodies
whose persons are still to come ("je ein Sitz CDU, SPD, Bündnis 90/Die Grünen, FDP (Namen
folgen)"), each body a member; or name persons each after a salutation, rows an export joined into one cell ("Herr
Stadtrat Uwe Beispiel Frau Stadträtin Yvonne Muster"), each person a member.
"""

from __future__ import annotations

import re

from pipeline.lang.de.closed_class import alternation
from pipeline.lang.de.names import ADDRESS

from .name_blocks import name_line, name_start

# "je ein Sitz", "je eine Vertretung", "jeweils ein Platz für": the bodies after it share the seats one each
_EACH_A_SEAT = re.compile(
    rf"\s*(?:je|jeweils)\s+(?:{alternation('indefinite_articles')}|1)\s+(?:Sitz|Platz|Mandat|Vertreter\w*|Vertretung)\b"
    rf"(?:\s+(?:{alternation('prepositions', 'linking_articles')}))?\s+(?=[A-ZÄÖÜ])"
)
# a bracket closing the cell ("(Namen folgen)", "(noch offen)")
_CLOSING_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")
_PARTS = re.compile(rf",\s*|\s+(?:{alternation('conjunctions')})\s+")
# persons apart by commas, semicolons or conjunctions ("Maria Ebeling; Uwe Kirchner")
_PERSON_PARTS = re.compile(rf"[,;]\s*|\s+(?:{alternation('conjunctions')})\s+")
# a bracket after a person's name, their party's or mark ("Heike Brömme (CDU)", "Olga Schreiber (Sprecherin)")
_BRACKET_AFTER = re.compile(r"\s*\([^()]*\)$")


def _spans(cell: str, start: int, end: int, parts: re.Pattern[str] = _PARTS) -> list[tuple[int, int]]:
    """The spans of ``cell[start:end]`` parted by commas and conjunctions (``parts``), each trimmed."""
    out = []
    pos = start
    for m in [*parts.finditer(cell, start, end), None]:
        stop = m.start() if m is not None else end
        part = cell[pos:stop]
        lead = len(part) - len(part.lstrip())
        if part.strip():
            out.append((pos + lead, pos + lead + len(part.strip())))
        pos = m.end() if m is not None else end
    return out


def seat_each_at(line: str) -> int | None:
    """Where the words giving the bodies after them a seat each open inside a line ("4 Ratsfraktionen je ein
    Sitz CDU, SPD"), or None."""
    m = _EACH_A_SEAT.search(line)
    return m.start() if m is not None else None


def seat_each(cell: str) -> list[tuple[int, int, str]] | None:
    """The bodies a cell gives a seat each ("je ein Sitz CDU, SPD, Bündnis 90/ Die Grünen, FDP (Namen
    folgen)"): their spans in the cell and their names (a slash's gap a wrapped line left closed
    up), two at least, each opening in capitals and of four words at most; else None."""
    opening = _EACH_A_SEAT.match(cell)
    if opening is None:
        return None
    bracket = _CLOSING_BRACKET.search(cell, opening.end())
    end = bracket.start() if bracket else len(cell.rstrip())
    spans = _spans(cell, opening.end(), end)
    names = [re.sub(r"/\s+", "/", " ".join(cell[a:b].split())) for a, b in spans]
    if len(spans) < 2 or any(not n[:1].isupper() or len(n.split()) > 4 for n in names):
        return None
    return [(a, b, n) for (a, b), n in zip(spans, names, strict=True)]


def persons_apart(cell: str) -> list[tuple[int, int]] | None:
    """The spans of the persons a cell names apart by commas or semicolons ("Corinna Hagemeier, Yusuf Demirci",
    "Vorsitzender Adrian Nowak, Elif Kaya-Schröder", "Maria Ebeling; Uwe Kirchner"): two at least, each a
    person's name, the first maybe after an office's words, a bracket after each allowed ("Heike Brömme (CDU)");
    else None (a surname set first, "Beispiel, Anna", is one)."""
    spans = _spans(cell, 0, len(cell), _PERSON_PARTS)
    if len(spans) < 2:
        return None
    out = []
    for k, (a, b) in enumerate(spans):
        part = _BRACKET_AFTER.sub("", cell[a:b])  # "Heike Brömme (CDU), Sven Ziegenhorn (DIE LINKE)"
        at = name_start(part) if k == 0 else (0 if name_line(part) else None)
        if at is None:
            return None
        out.append((a, b))
    return out


# a salutation opening a person's part of a cell ("Herr", "Frau"), an office and the name after it
# a council member's form of address too ("Ratsfrau", "Ratsherr")
_SALUTED = re.compile(rf"(?<!\S)(?:{ADDRESS}|Rats(?:herr|frau))[ \t\n]+")


def persons_saluted(cell: str) -> list[tuple[int, int]] | None:
    """The spans of the persons' names a cell names each after a salutation, the rows of a table an export
    joined into one ("Herr Stadtrat Uwe Beispiel Frau Stadträtin Yvonne Muster"): two at least, each part
    a salutation, up to two words of an office and a person's name; else None.

    >>> c = "Herr Stadtrat Uwe Beispiel Frau Stadträtin Yvonne Muster"
    >>> [c[a:b] for a, b in persons_saluted(c)]
    ['Uwe Beispiel', 'Yvonne Muster']
    >>> persons_saluted("Frau Anna Beispiel"), persons_saluted("Herr Ole Brandt, Frau Caritas Nord")
    (None, None)
    """
    starts = [m for m in _SALUTED.finditer(cell)]
    if len(starts) < 2 or cell[: starts[0].start()].strip():
        return None
    out = []
    for k, m in enumerate(starts):
        stop = starts[k + 1].start() if k + 1 < len(starts) else len(cell)
        part = cell[m.end() : stop].rstrip().rstrip(",;").rstrip()  # the comma or semicolon parting the persons
        at = name_start(_BRACKET_AFTER.sub("", part))  # "Ratsherr Ole Brandt (Gruppe A/B)"
        if at is None:
            return None
        out.append((m.end() + at, m.end() + len(part)))
    return out
