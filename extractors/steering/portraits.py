"""Members who introduce themselves in short portraits under the paragraph that speaks of the group, its
last line ending in a colon::

    Die Mitglieder stellen sich vor:

      Anna Beispiel                                                 Vorsitz
      Beigeordnete für Soziales, Landratsamt Nordheim
      „Integration entscheidet sich vor Ort.“

      Jonas Weber                                            stellv. Vorsitz
      Vorsitzender des Kreisbeirats für Migration
      „Wer neu ankommt, braucht Begleitung.“

A portrait is a block between blank lines: the person's name alone on its first line (titles before it),
maybe the part they hold in the group set flush right after it (``portrait_role`` of ``steering.yaml``:
"Vorsitz", the chair; "stellv. Vorsitz", a member), the lines of their office and organisation under it
(the label their sector is read from), then a quotation in quotes. Every block must hold its quotation, so
that blocks of names and offices alone are left to :mod:`.name_blocks`; two portraits at least make the
form, and the blocks end at the first that is none.
"""

from __future__ import annotations

import re

from extractors.resources import Resources, typed

from .name_blocks import name_line
from .rules import Chair, MemberRow

_MIN_BLOCKS = 2
_PARAGRAPH_LINES = 8  # lines of the paragraph from the group's mention to its colon at most
_BLANK = re.compile(r"\n[ \t]*\n")
_QUOTE = re.compile(r"[ \t\f]*[„\"“»]")  # (a page break may open its line)


def portraits(text: str, spans: list[tuple[int, int]], res: Resources) -> tuple[list[MemberRow], Chair | None] | None:
    """The members and chair of the portraits right under the paragraph of a mention of the group (at
    ``spans``); None where none stand there."""
    for a, _ in spans:
        blank = _BLANK.search(text, a)
        if blank is None or text.count("\n", a, blank.start()) >= _PARAGRAPH_LINES:
            continue
        if not text[a : blank.start()].rstrip().endswith(":"):
            continue
        rows = _blocks(text, blank.end(), res)
        if len(rows) >= _MIN_BLOCKS:
            chair = next((Chair(r.value, r.start, r.end, True, r.label) for r in rows if r.is_chair), None)
            return rows, chair
    return None


def _blocks(text: str, pos: int, res: Resources) -> list[MemberRow]:
    """The portraits from ``pos`` on, one a block, up to the first block that is none."""
    role = re.compile(rf"[ \t]+(?:{typed.steering(res).portrait_role})[ \t]*$")
    rows: list[MemberRow] = []
    while pos < len(text):
        blank = _BLANK.search(text, pos)
        stop = blank.start() if blank else len(text)
        lines = [m for m in re.finditer(r"[^\n]+", text[pos:stop]) if m.group().strip()]
        quoted = next((k for k, m in enumerate(lines) if _QUOTE.match(m.group())), None)
        if len(lines) < 2 or quoted is None or quoted < 1:
            break
        first = lines[0].group()
        marked = role.search(first)
        name = (first[: marked.start()] if marked else first).strip()
        if not name_line(name):
            break
        start = pos + lines[0].start() + first.find(name)
        office = " ".join(" ".join(m.group() for m in lines[1:quoted]).split()) or None
        chair = marked is not None and marked["deputy"] is None
        rows.append(MemberRow(start, start + len(name), name, office, chair, "list"))
        if blank is None:
            break
        pos = blank.end()
    return rows
