"""A person set as an address block: the name alone in its cell, the organisation and its town on
the line under it, starting in the same column.

    Vorgeschlagen wird, den Auftrag an

          Frau Dipl.-Päd. Anna Beispiel
          Moderation & Beteiligung, Heidelberg

    zu vergeben.

    Auftragnehmerin         Dipl.-Päd. Anna Beispiel
                            Moderation & Prozessbegleitung, Gelnhausen

The line under the name is the person's organisation ("Moderation & Beteiligung"), its town after
the comma no part of it; the person's name ends at its line's end (a name read on into the next
line, "Anna Beispiel Moderation", is cut there). A name that runs on in a sentence's next line
("Frau Dr. Anna" / "Beispiel hat …") is none: the cell holds the name alone, and the line under it
is a name and a town, nothing else.
"""

from __future__ import annotations

import re

from pipeline.lang.de.names import SALUTE, TITLE

# what may stand before a person's name in its cell: a salutation, titles and degrees
_BEFORE_NAME = re.compile(rf"(?:{SALUTE}[ \t]+)?(?:(?:{TITLE}|Dipl\.(?:-[A-ZÄÖÜ]?[a-zäöü]{{1,6}}\.)*)[ \t]*)*")
# the line under it: an organisation's name, a comma, its town
_ORGANISATION_LINE = re.compile(
    r"(?P<org>[A-ZÄÖÜ][^\n,;:!?]{2,80}?)[ \t]*,[ \t]*[A-ZÄÖÜ][\wäöüß.-]*(?:[ \t]+[\wäöüß.()-]+){0,2}[ \t]*"
)
_GAP = re.compile(r"[ \t]{2,}|\t")


def address(text: str, a: int, b: int) -> tuple[int, str] | None:
    """(end of the name, organisation) when the person read at ``text[a:b]`` heads an address block."""
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", a)
    if line_end < 0:
        return None
    gaps = [m.end() for m in _GAP.finditer(text, line_start, a)]
    cell = gaps[-1] if gaps else line_start + len(text[line_start:a]) - len(text[line_start:a].lstrip())
    if not _BEFORE_NAME.fullmatch(text, cell, a) or text[a : min(b, line_end)].strip() == "":
        return None
    end = min(b, line_end)
    if text[end:line_end].strip():
        return None  # something else after the name on its line
    nxt_end = text.find("\n", line_end + 1)
    nxt = text[line_end + 1 : nxt_end if nxt_end >= 0 else len(text)]
    indent = len(nxt) - len(nxt.lstrip(" \t"))
    if indent != cell - line_start:
        return None
    m = _ORGANISATION_LINE.fullmatch(nxt.strip())
    if m is None:
        return None
    return len(text[:end].rstrip()), m.group("org").strip()
