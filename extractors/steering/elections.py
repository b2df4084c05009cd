"""Members elected to a group's seats, as the result table of the election gives them:

    Integrationsbeirat – Auszug aus der Wahlniederschrift

    Bewerberin / Bewerber           Stimmen   Ergebnis
    ─────────────────────────────   ───────   ─────────────────────────────
    Dragana Beispiel                     11   gewählt
    Irina Muster                          5   nicht gewählt, Ersatzmitglied
    ungültig                              0

Its header names the candidates, the votes and the result, each by its column word (``election_header`` of
``steering.yaml``); each row a person's name, the votes as a number and the result. The persons whose result
is the election alone (``elected``: "gewählt") are members; those not elected or elected substitutes none, as a
row of invalid votes (no person's name). The caption over the table (the first line of the paragraph above it)
is their label, the body they are elected by. Read after a group's sentence that leads in the holders of its
seats with a colon, up to a line that is none of the table's where the rows have begun; as a PDF's text layer
gives it too (one space between the cells, the rule under the header broken over two lines).
"""

from __future__ import annotations

import re

from extractors.resources import Resources, typed
from pipeline.lang.de.names import TITLE

from .name_blocks import person_words
from .rules import MemberRow

_REACH = 40  # lines after the lead-in where the header may stand at most
# a row: a name, the votes, the result (the name maybe no person's: a row of invalid votes)
_ROW = re.compile(r"[ \t]*(?P<name>\S[^\n]*?)[ \t]+(?P<votes>\d{1,4})[ \t]+(?P<result>\S[^\n]*?)[ \t]*")
_ALONE = re.compile(r"[ \t]*(?P<name>\S[^\n]*?)[ \t]+(?P<votes>\d{1,4})[ \t]*")  # "ungültig   0"
_TITLED = re.compile(rf"^(?:{TITLE}[ \t]*)+")  # a person's academic titles before the given name
_RULE = re.compile(r"[ \t]*[-=_─━═]{3,}(?:[ \t]+[-=_─━═]{3,})*[ \t]*")


def _lines(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    out, pos = [], start
    while pos < stop:
        nl = text.find("\n", pos, stop)
        end = stop if nl < 0 else nl
        out.append((pos, end))
        pos = end + 1
    return out


def elected(text: str, start: int, res: Resources) -> list[MemberRow]:
    """The persons the result table after ``start`` (the end of a sentence leading in the seats' holders)
    gives as elected; [] where no such table follows."""
    data = typed.steering(res)
    header, won = re.compile(data.election_header), re.compile(data.elected)
    lines = _lines(text, start, min(len(text), start + 6000))[: _REACH + 20]
    at = next((k for k, (a, b) in enumerate(lines[:_REACH]) if header.fullmatch(text, a, b)), None)
    if at is None:
        return []
    label = _caption(text, lines, at)
    rows: list[MemberRow] = []
    begun = False
    for a, b in lines[at + 1 :]:
        if not text[a:b].strip() or _RULE.fullmatch(text, a, b):
            if begun and not text[a:b].strip():
                break
            continue
        row = _ROW.fullmatch(text, a, b) or _ALONE.fullmatch(text, a, b)
        if row is None:
            break
        begun = True
        name = " ".join(row["name"].split())
        result = row.groupdict().get("result") or ""
        if person_words(_TITLED.sub("", name).split()) and won.fullmatch(result.strip()):
            rows.append(MemberRow(row.start("name"), row.end("name"), name, label, method="table"))
    return rows


def _caption(text: str, lines: list[tuple[int, int]], at: int) -> str | None:
    """The first line of the paragraph right above the header (a blank line between), its caption."""
    k = at - 1
    while k >= 0 and not text[lines[k][0] : lines[k][1]].strip():
        k -= 1
    first = None
    while k >= 0 and text[lines[k][0] : lines[k][1]].strip():
        first, k = k, k - 1
    return " ".join(text[lines[first][0] : lines[first][1]].split()) if first is not None else None
