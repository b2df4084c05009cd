"""Members in a numbered list of a group's new composition, its changes marked, each new member over a
dashed line naming the person replaced::

       1  Bürgermeisterin Anna Beispiel (Vorsitz)
       2  Jonas Weber, Amt für Soziales
       3  ► Stadträtin Lea Brandt (SPD)
            – für Stadtrat Ole Muster, der aus dem Stadtrat ausgeschieden ist
       4  Kai Muster, Caritasverband Nordheim e. V.

Each row opens with its number (1, 2, 3 … in turn), a gap and the entry, maybe after a mark of a change (an
arrow); lines indented under the number carry the entry on, but where a PDF's text layer closed the gaps to a
single space and dropped the indentation. A line under an entry that opens with a dash and a word of
replacement (`replaced_line` of the ``profile`` patterns in ``steering.yaml``: "für", "anstelle von") names
the former holder of the seat, no member. Three rows at least make the form; the entries are read as list
items (:func:`.items.list_item`)."""

from __future__ import annotations

import re

from extractors.resources import Resources, typed
from pipeline.lang.de import markers

from .items import list_item
from .rules import Chair, MemberRow

_ROW = re.compile(
    rf"\f?(?P<indent>[ \t]*)(?P<n>\d{{1,2}})(?P<gap>[ \t]+)(?:(?P<mark>[{markers.ARROWS}])[ \t]*)?(?P<entry>\S[^\n]*)"
)
_DASHED = re.compile(rf"[ \t]*[{markers.DASHES}{markers.EM_DASH}][ \t]+(?P<rest>\S[^\n]*)")
MIN_ROWS = 3


def _replaced(res: Resources) -> re.Pattern[str]:
    return re.compile(typed.steering(res).profile["replaced_line"])


def _indent(text: str, at: int, end: int) -> int:
    line = text[at:end]
    return len(line) - len(line.lstrip()) if line.strip() else -1


def changed_rows(text: str, start: int, res: Resources) -> tuple[list[MemberRow], Chair | None, int] | None:
    """The members of such a list opening at ``start`` (blank lines before it skipped), its chair and where
    it ends; None unless it is one with a change marked or a replaced holder named."""
    at = start + len(text[start:]) - len(text[start:].lstrip("\n \t"))
    at = text.rfind("\n", 0, at) + 1
    entries: list[tuple[int, int]] = []
    indent = -1
    replaced = flat = False
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        row = _ROW.fullmatch(text, at, end)
        dashed = _DASHED.fullmatch(text, at, end)
        if row is not None and int(row["n"]) == len(entries) + 1 and indent in (-1, len(row["indent"])):
            indent = len(row["indent"])
            flat = flat or len(row["gap"]) < 2  # a text layer that closed the gaps and dropped the indentation
            entries.append((row.start("entry"), row.end("entry")))
            replaced = replaced or row["mark"] is not None  # a change marked
        elif entries and dashed is not None and res.compiled(_replaced).match(dashed["rest"]):
            replaced = True  # the seat's former holder, no member
        elif dashed is not None:
            return None  # a sub-list under an entry: another form
        elif entries and not flat and _indent(text, at, end) > indent + 1:
            entries[-1] = (entries[-1][0], end)  # the entry wrapped under it
        else:
            break
        at = end + 1
    if len(entries) < MIN_ROWS or not replaced:
        return None
    rows: list[MemberRow] = []
    chair = None
    for a, b in entries:
        chair = list_item(rows, text, a, b, None, res) or chair
    return rows, chair, entries[-1][1]
