"""Members as labelled entries whose labels wrap at the left and whose persons stand in a column at the
right, each label closing with a colon before a wide gap::

    –  für das Amt für Bildung:                 Herr Jonas Weber
    –  für die Fraktionen des Kreistags:        Frau Lea Brandt (SPD),
                                                Herr Ole Lind (CDU)
       Vorschlag des Beirats:                   Frau Eva Roth
                                                (Vorsitzende des Beirats)
       Vorschlag der Arbeitsgemeinschaft
       der Wohlfahrtsverbände:                  Herr Kai Muster

An entry's label may wrap over lines above its colon (lines of the left column alone, no colon and no
gap in them); lines of the right column alone carry the entry's persons on: another person, or a bracket
saying the office or body of the one above (their label). A list's mark ("–", "•") or a changed line's
bar ("│") before a line is left out. The persons' column starts at the same place on every entry's line;
three entries at least, more than half of the cells naming persons, make the form. The block ends at a
blank line or a line of another kind; a seat not yet filled ("N. N.") names no member. Each cell is read
as a list item (:func:`.items.list_item`), the entry's label its label.
"""

from __future__ import annotations

import re

from extractors.resources import Resources
from pipeline.lang.de import markers
from pipeline.lang.de.names import ADDRESS

from .attendance_marks import lines_after
from .items import list_item
from .name_blocks import name_start
from .rules import VACANT, Chair, MemberRow

MIN_ENTRIES = 3
_SLACK = 2  # characters a cell of the persons' column may stand off its start
_LABEL_LINES = 3  # lines of a label above its colon's at most
# a list's or a changed line's mark before a line's words
_MARK = re.compile(rf"[ \t]*(?:[│┃|][ \t]*)?(?:[{markers.DASHES}{markers.BULLET}{markers.MIDDLE_DOT}][ \t]+)?")
_ENTRY = re.compile(r"(?P<label>[^\s:][^:\n]*):[ \t]{3,}(?P<value>\S[^\n]*?)[ \t]*")  # "für das Amt:    Herr A"
_FLAT_ENTRY = re.compile(r"(?P<label>[^\s:][^:\n]*):[ \t]+(?P<value>\S[^\n]*?)[ \t]*")  # "für X: Frau A"
_FLAT_GOES_ON = re.compile(rf"(?:{ADDRESS}\s|\()[^:\n]*$")
_DEPUTY_LABEL = re.compile(r"(?i)(?:vertreten[ \t]+durch|stellv\w*\.?|(?:stell)?vertret\w*)$")
_WIDE_GAP = re.compile(r"\S[ \t]{3,}\S")
_ADDRESSED = re.compile(rf"{ADDRESS}\s")


def label_columns(text: str, start: int, res: Resources) -> tuple[list[MemberRow], Chair | None, int] | None:
    """The members of such entries on the lines after ``start`` (the lead-in's end), their chair and where
    they end; None where no such block stands there."""
    found = _entries(text, start) or _entries(text, start, flat=True)
    if found is None:
        return None
    entries, end, wrapped = found
    if not wrapped:
        return None  # one line each ("Sozialamt:   Anna Beispiel"): labelled lines (:mod:`.labelled`, the lists)
    cells = [c for _, row in entries for c in row if not VACANT.fullmatch(c[2].rstrip(",;"))]
    persons = [c for c in cells if not c[2].startswith("(") and _person(c[2])]
    if len(entries) < MIN_ENTRIES or 2 * len(persons) <= len([c for c in cells if not c[2].startswith("(")]):
        return None
    rows: list[MemberRow] = []
    chair: Chair | None = None
    for label, row in entries:
        for a, b, cell in row:
            if VACANT.fullmatch(cell.rstrip(",;")):
                continue
            if cell.startswith("(") and rows and rows[-1].end <= a:  # the office or body of the person above
                rows[-1].label = f"{cell.strip('(),; ')}, {label}"
                continue
            chair = list_item(rows, text, a, b, label, res) or chair
    return rows, chair, end


def _person(cell: str) -> bool:
    """Whether a cell names a person: addressed ("Frau Lea Brandt"), or a name after up to two words of an office."""
    return _ADDRESSED.match(cell) is not None or name_start(cell) is not None


def _entries(
    text: str, start: int, flat: bool = False
) -> tuple[list[tuple[str, list[tuple[int, int, str]]]], int, bool] | None:
    """The entries (label, cells of the persons' column) of the block after ``start``, where it ends and
    whether a label or a persons' cell wraps over lines; ``flat``: where a PDF's text layer closed the gaps and
    lost the indents, each entry's persons opening with a person after its colon ("…: Frau A"), a line opening
    addressed or with a bracket their column going on."""
    lead_end = start - 1 if 0 < start and text[start - 1] == "\n" else text.find("\n", start)  # a line's start: it
    if lead_end < 0:
        return None
    entries: list[tuple[str, list[tuple[int, int, str]]]] = []
    pending: list[str] = []  # a label's lines above its colon's
    column: int | None = None
    end = None
    wrapped = False
    lines = lines_after(text, lead_end + 1)
    if flat:  # the text layer set a blank line inside the block: the entries go on after it
        lines = _over_blanks(text, lines)
    for k, (pos, line) in enumerate(lines):
        if flat and line.startswith("\f"):  # a page break right before a line of the block, the block going on
            pos, line = pos + len(line) - len(line.lstrip("\f")), line.lstrip("\f")
        stop = pos + len(line)
        if not line.strip():
            if flat and (entries or pending) and k + 1 < len(lines) and _goes_on(lines[k + 1][1], bool(pending)):
                continue
            break
        at = _MARK.match(line).end()  # type: ignore[union-attr]  # the pattern matches any line's start
        entry = (_FLAT_ENTRY if flat else _ENTRY).fullmatch(line, at)
        if flat and entry is not None and _DEPUTY_LABEL.search(entry["label"]):
            return None  # "vertreten durch: A": a seat's deputy under its holder (:mod:`.seat_blocks`)
        if flat and entry is not None and not _person(entry["value"]) and not VACANT.fullmatch(entry["value"]):
            entry = None  # "für X: Sozialamt": no person after the colon
        if flat and entry is None and entries and not pending and _FLAT_GOES_ON.match(line, at):
            cell = line[at:].rstrip()  # "Herr Ole Lind (CDU)" / "(Vorsitzender des Beirats)" under an entry
            entries[-1][1].append((pos + at, pos + at + len(cell), cell))
            end, wrapped = stop, True
        elif (
            flat
            and entry is not None
            or entry is not None
            and (column is None or abs(entry.start("value") - column) <= _SLACK)
        ):
            column = entry.start("value")
            label = " ".join([*pending, " ".join(entry["label"].split())])
            wrapped = wrapped or bool(pending)
            entries.append((label, [(pos + entry.start("value"), pos + entry.end("value"), entry["value"])]))
            pending, end = [], stop
        elif not flat and entry is None and column is not None and not pending and abs(at - column) <= _SLACK:
            cell = line[at:].rstrip()  # the persons' column going on under the entry
            entries[-1][1].append((pos + at, pos + at + len(cell), cell))
            end, wrapped = stop, True
        elif entry is None and ":" not in line and not _WIDE_GAP.search(line) and len(pending) < _LABEL_LINES:
            if not flat and column is not None and at >= column - _SLACK or flat and _person(line[at:].strip()):
                break  # flattened, a line naming a person is no label's
            pending.append(" ".join(line[at:].split()))  # a label wrapped above its colon
        else:
            break
    return (entries, end, wrapped) if entries and end is not None else None


_GAPS = 8  # blank lines a flattened block of entries steps over at most


def _over_blanks(text: str, lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The block's lines, on over single blank lines (up to :data:`_GAPS` of them), up to two blank lines in a
    row."""
    out = list(lines)
    for _ in range(_GAPS):
        if not out or out[-1][1].strip():
            break
        more = lines_after(text, out[-1][0] + len(out[-1][1]) + 1)
        if not more or not more[0][1].strip() or more[0][0] != out[-1][0] + len(out[-1][1]) + 1:
            break
        out += more
    return out


def _goes_on(line: str, label: bool) -> bool:
    """Whether a line after a blank one goes on with the entries: after an entry, a list's mark opening the
    next; after a label's line (``label``), the label's rest closing with its colon and a person."""
    at = _MARK.match(line).end()  # type: ignore[union-attr]  # the pattern matches any line's start
    if not label:
        return line[:at].strip().lstrip("│┃|").strip() != ""
    entry = _FLAT_ENTRY.fullmatch(line, at)
    return entry is not None and _person(entry["value"])
