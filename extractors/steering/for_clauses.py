"""Members in a run-in list of clauses, each naming the body a person sits for, the person addressed, and
maybe their deputy in brackets::

    Weiter gehören ihr an: für die Abteilung 500 Frau Anna Beispiel (Stellvertretung: Herr Jonas
    Weber), für den Beirat für Migration Frau Dr. Lea Brandt (Stellvertretung: Herr Ole Lind), für die
    Ortsvorsteher Herr Kai Muster, Ortsvorsteher von Au (Stellvertretung: Frau Eva Roth, Nord) und für
    den Caritasverband Nordheim Frau Ida Berg (Stellvertretung: Frau Mia Koch).

A clause opens with "für" after the colon, a comma or "und"/"sowie" (outside brackets); the person is
the name after the salutation, the body the words between "für" and the salutation (the member's label),
an office after the name and a comma the label before the body. A bracket opening with a deputy's label
names a deputy, no member. Two clauses at least, each naming a person addressed, make the form. Clauses
numbered line by line ("2.1  für die Verwaltung: …") are read by :mod:`.numbered_for`.
"""

from __future__ import annotations

import re

from pipeline.lang.de.closed_class import alternation
from pipeline.lang.de.names import SALUTE, TITLE

from .name_blocks import NAME_WORD, is_first_name
from .numbered_for import numbered_for
from .rules import MemberRow

MIN_CLAUSES = 2
_OPEN = re.compile(r"(?:^\s*|,\s+|\s(?:und|sowie)\s+)für\s+", re.S)
# a bracket naming a deputy ("(Stellvertretung: …)", "(Stv.: …)", "(vertreten durch …)")
_DEPUTY = re.compile(r"\(\s*(?:Stellvertret\w*|Stv\.|[Vv]ertret\w*)[^()]*\)")
_ARTICLE = re.compile(rf"(?:{alternation('linking_articles', 'opening_articles')})\s+")
_SALUTED = re.compile(rf"\b{SALUTE}\s+")
_TITLED = re.compile(rf"{TITLE}")
_WORD = re.compile(r"[^\s,()]+,?")


def for_clauses(text: str, start: int, end: int) -> list[MemberRow]:
    """The persons of such a list from ``start`` (right after the colon) to ``end`` (before its full stop);
    none unless it is one."""
    if numbered := numbered_for(text, start, end):
        return numbered
    bare = _DEPUTY.sub(lambda m: " " * len(m.group()), text[start:end])  # offsets kept
    if "(" in bare and bare.count("(") != bare.count(")"):
        return []
    opens = [m for m in _OPEN.finditer(bare) if _depth(bare, m.start()) == 0]
    if len(opens) < MIN_CLAUSES or bare[: opens[0].start()].strip():
        return []
    rows: list[MemberRow] = []
    for k, m in enumerate(opens):
        stop = opens[k + 1].start() if k + 1 < len(opens) else len(bare)
        row = _clause(bare, m.end(), stop, start)
        if row is None:
            return []
        rows.append(row)
    return rows


def _depth(s: str, at: int) -> int:
    return s.count("(", 0, at) - s.count(")", 0, at)


def _clause(bare: str, a: int, b: int, base: int) -> MemberRow | None:
    """The person of one clause "für <body> <Frau|Herr> <name>[, <office>]", their body and office the label."""
    saluted = _SALUTED.search(bare, a, b)
    if saluted is None:
        return None
    words = list(_WORD.finditer(bare, saluted.end(), b))
    k = 0
    while k < len(words) and _TITLED.fullmatch(words[k].group()):
        k += 1
    given = next((i for i in range(k, min(k + 2, len(words))) if is_first_name(words[i].group().rstrip(","))), None)
    if given is None or given + 1 >= len(words) or not NAME_WORD.fullmatch(words[given + 1].group().rstrip(",")):
        return None
    last = given + 1
    if not words[last].group().endswith(",") and last + 1 < len(words):
        second = words[last + 1].group()
        last += bool(NAME_WORD.fullmatch(second.rstrip(",")) and (last + 2 == len(words) or second.endswith(",")))
    first = words[0] if k and given == k else words[given]  # the titles with the name, an office word left out
    name_end = words[last].end() - words[last].group().endswith(",")
    body = " ".join(_ARTICLE.sub("", bare[a : saluted.start()].strip(), count=1).split())
    rest = " ".join(bare[name_end:b].strip(" ,\n").split())
    if not body:
        return None
    label = f"{rest}, {body}" if rest else body
    at = first.start()
    return MemberRow(base + at, base + name_end, " ".join(bare[at:name_end].split()), label, False, "prose")
