"""A process plan's column of those responsible, cut at gaps, names the one engaged where a cell opens
with a role's label:

    Schritt  Zeitraum          Inhalt                            verantwortlich
    ───────  ────────────────  ────────────────────────────────  ─────────────────────────
    1        Juli 2027         Sitzung der Lenkungsgruppe        SG 22
    2        Sept./Okt. 2027   Auftaktkonferenz                  Moderation: Institut für
                                                                 Gemeinwesen und Teilhabe e. V.
                                                                 (Dr. A. Beispiel)
    3        Juni 2028         Integrationskonferenz             wie Schritt 2

The header has three cells or more, one of them the column's head (``agency.responsible``:
"verantwortlich", "Zuständigkeit", "federführend"); a cell of that column is the text of the rows'
lines that starts under it, its wrapped lines joined up to the next row (a line with a cell left of
the column) or the next label. A cell whose label is a role's ("Moderation:", "Prozessbegleitung:")
names the organisation and its person in brackets; a cell without one (an office, "wie Schritt 2")
names no one. The rows end at a blank line after them.
"""

from __future__ import annotations

import bisect
import re

from extractors.resources import Resources, typed
from pipeline.structure.lines import Line, line_index

from .names import Found, candidates
from .rules import Rules

_RULE_LINE = re.compile(r"[ \t─━═_–-]+")
_MIN_CELLS = 3  # a header's cells at least: a key-value line has two
_ROWS = 40  # lines of a plan's rows at most


def _head(res: Resources) -> re.Pattern[str]:
    return re.compile(typed.facilitators(res).agency["responsible"])


def responsible_cells(text: str, res: Resources, r: Rules) -> list[tuple[int, Found]]:
    """(where the cell starts, the one it names) for every role's cell of a process plan's column of
    those responsible."""
    head: re.Pattern[str] = res.compiled(_head)
    starts, every = line_index(text)
    headed = sorted({bisect.bisect_right(starts, m.start()) - 1 for m in head.finditer(text)})
    out: list[tuple[int, Found]] = []
    for k in headed:  # the lines the head's words stand on
        ln = every[k]
        cells = ln.columns
        column = next((a - ln.start for a, _, cell in cells if head.fullmatch(cell.strip())), None)
        if column is None or len(cells) < _MIN_CELLS:
            continue
        for at, value in _cells(every[k + 1 : k + 1 + _ROWS], cells[0][0] - ln.start, column):
            label = r.labels.match(value)
            if label is None or not r.role.search(value, 0, label.end()):
                continue
            named = candidates(value, label.end(), len(value), 0, r, whole=True, method="list")
            out.extend((at, Found(0, f.name, f.organisation, method="list", rule_id="responsible")) for f in named[:1])
    return out


def _cells(rows: list[Line], first: int, column: int) -> list[tuple[int, str]]:
    """(start, text) of the cells of the column starting at ``column`` in the rows' lines; a line with a
    cell in the first column (at ``first``) opens a row."""
    out: list[tuple[int, list[str]]] = []
    started = False
    for ln in rows:
        if not ln.text.strip():
            if started:
                break
            continue
        if _RULE_LINE.fullmatch(ln.text):
            continue
        started = True
        cells = ln.columns
        mine = [(a, cell.strip()) for a, _, cell in cells if a - ln.start >= column - 2]
        new_row = any(abs(a - ln.start - first) <= 2 for a, _, _ in cells) and first < column - 2
        if not mine:
            continue
        text = " ".join(c for _, c in mine)
        if new_row or not out:
            out.append((mine[0][0], [text]))
        else:
            out[-1][1].append(text)
    return [(a, re.sub(r"(\w)- ([a-zäöüß])", r"\1\2", " ".join(parts))) for a, parts in out]
