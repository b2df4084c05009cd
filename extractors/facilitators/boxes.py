"""A framed box of labels and values, as a project's profile sets the one engaged:

    ╔══════════════════════════════════════════════════════════════╗
    ║  PROJEKTSTECKBRIEF  Prozessbegleitung                        ║
    ╟──────────────────────────────────────────────────────────────╢
    ║  Auftragnehmerin:   Büro Talblick – Beratung für Dialog und  ║
    ║                     Beteiligung eG, Talheim                  ║
    ║  Projektleitung:    Dr. Anna Beispiel                        ║
    ║  Auftragswert:      12.376,00 € brutto                       ║
    ╚══════════════════════════════════════════════════════════════╝

Each line framed by bars on both sides is a row; a line opening with a label and its colon starts one,
a line without one continues the value above it (a value wrapped in its cell, also where an export
collapsed the gap before it). The contractor's value is the organisation, its wrapped rest included and
its town after the last comma dropped; the lead's label ("Projektleitung:") or the adviser's ("Beraterin /
Berater:", "Moderatorin:") names its person. One row results, the fee read
from the box as from any sentence of it.
"""

from __future__ import annotations

import re

from pipeline.lang.de import markers

from .names import Found, candidates
from .rules import Rules

_BAR = markers.charset(markers.DRAWN_BARS + markers.ASCII_BARS)
# a line framed by bars: the cell's text between them
_FRAMED = re.compile(rf"(?m)^[ \t\f]*{_BAR}[ \t]*(?P<cell>[^\n]*?)[ \t]*{_BAR}[ \t]*$")
# a row's label and its colon opening a cell: "Auftragnehmerin:", "Projektleitung:"
_LABEL = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*(?:[ \t]+(?:/[ \t]+)?[\wäöüß-]+){0,2}[ \t]*:[ \t]*")  # "Beraterin / Berater:"
# an organisation's town after its last comma: "…, Gießen", "…, Halle (Saale)"
_TOWN = re.compile(r"[ \t]*,[ \t]*[A-ZÄÖÜ][\wäöüß.-]*(?:[ \t]+[\wäöüß.()-]+){0,2}[ \t]*$")

# the label of the one who provides the service under a programme's form: "Leistungserbringer:"
_PROVIDER = re.compile(r"Leistungserbringer(?:in)?[ \t]*:")
# the label of the person who does the work for the one engaged: "Beraterin / Berater:", "Moderatorin:"
_ADVISER = re.compile(
    r"(?:Berater|Moderator|Referent)(?:in)?(?:[ \t]*/[ \t]*(?:Berater|Moderator|Referent)(?:in)?)?[ \t]*:"
)
Row = tuple[str, list[tuple[int, int]]]  # the label with its colon, the spans of its value's lines


def framed_rows(text: str, start: int, end: int, n: int, r: Rules) -> list[Found] | None:
    """The one engaged that a framed box of labels in ``text[start:end]`` names by its contractor's label
    ("Auftragnehmerin:"), with the person of its lead's label ("Projektleitung:"); None where no such
    box stands there or its value names no one."""
    rows = _rows(text, start, end)
    hired = next((row for row in rows if r.labels.match(row[0]) or _PROVIDER.fullmatch(row[0].strip())), None)
    if hired is None:
        return None
    value = " ".join(text[a:b] for a, b in hired[1]).strip()
    first = candidates(text, *hired[1][0], n, r, method="key_value")
    persons = [f for f in first if f.name and not f.organisation]
    # the value up to a semicolon: a contact after it is the organisation's ("…, Ort; Ansprechpartnerin Frau X")
    organisation = None if persons else _TOWN.sub("", value.split(";")[0]).strip(" ;,")
    if organisation and (not organisation[0].isalpha() or r.exclude.search(organisation)):
        return None  # no name of its own ("Moderation: 8 Sitzungen"), or the town's own office
    name = persons[0].name if persons else None
    lead = next((row for row in rows if r.agency.lead.match(row[0] + text[slice(*row[1][0])])), None)
    lead = lead or next((row for row in rows if _ADVISER.fullmatch(row[0].strip())), None)
    if name is None and lead is not None:
        named = [f for f in candidates(text, *lead[1][0], n, r, method="key_value") if f.name]
        name = named[0].name if named else None
    if name is None and organisation is None:
        return None
    return [Found(n, name=name, organisation=organisation, best_unit=n, method="key_value", rule_id="framed_rows")]


def _rows(text: str, start: int, end: int) -> list[Row]:
    """The rows of the framed lines in ``text[start:end]``: a line opening with a label starts one, one
    without continues the row above it; a line not framed (a rule) ends it."""
    rows: list[Row] = []
    open_row = False
    line = text.rfind("\n", 0, start) + 1
    at = start = line if not text[line:start].strip() else start  # the view's unit may start after the indent
    for m in _FRAMED.finditer(text, start, end):
        if text[at : m.start()].strip(" \t\n\f"):
            open_row = False  # a rule or another line between them
        at = m.end()
        a, b = m.span("cell")
        if a == b:
            open_row = False
            continue
        label = _LABEL.match(text, a, b)
        if label is not None:
            rows.append((text[a : label.end()], [(label.end(), b)]))
            open_row = True
        elif open_row:
            rows[-1][1].append((a, b))
    return rows
