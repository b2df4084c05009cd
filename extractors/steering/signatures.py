"""Members as the signatures of a joint declaration, where the group's own sentences say that those
who sign it are its members ("Die neun Unterzeichnenden bilden die Lenkungsgruppe", "Wer für die
Lenkungsgruppe unterzeichnet, ist deren Mitglied"):

    gez. Dr. Anna Beispiel                        gez. Jonas Muster
    Bürgermeisterin der Stadt X,                  Caritasverband X e. V.
    Vorsitzende der Lenkungsgruppe

    ______________________________          ______________________________
    Stadtrat Markus Beispiel                 Lea Muster
    SPD-Stadtratsfraktion                    Volkshochschule X

Signatures tiled side by side, each a name ("gez." or a signature line over it, an office word before it
allowed) over the lines of its office and organisation in the same column (the label its sector is read
from), blocks parted by blank lines. The block runs on while each of its rows opens with signatures;
a line of its own ("Als Unterstützer (ohne Sitz in der Lenkungsgruppe):") ends it. Only tiled blocks
count, two signatures in a row at least: a submission's own signature at its end stands alone. Where an
export flattened the gaps, "gez." still parts the names of a row; the office lines are then no one's.
"""

from __future__ import annotations

import re

from pipeline.lang.de.names import TITLE, is_first_name

from .name_blocks import NAME_WORD, name_start
from .rules import CHAIR_WORD, MemberRow

_SIGNED = re.compile(r"gez\.[ \t]+")  # "gez." before a name signed for in a copy
_RULE = re.compile(r"[ \t\f]*_{5,}(?:[ \t]+_{5,})*[ \t]*")  # the lines to sign on, side by side (maybe a new page)
_GAP = re.compile(r"[ \t]{3,}")
_OWN_CHAIR = re.compile(rf"{CHAIR_WORD}[ \t]+(?:der|des)[ \t]+(?P<group>\S+)")
_DRAWN = re.compile(r"[─━═\-–_]+")  # a rule drawn across
_FAMILY = re.compile(rf"{NAME_WORD.pattern}")  # a family name, one word (maybe two joined by a hyphen)
MIN_TILED = 2  # signatures side by side in a row of the block at least


def signatures(text: str, groups: set[str]) -> list[MemberRow]:
    """The signatures of the document's tiled block with the most of them (``groups``: the group's names
    as written, case-folded; a signature whose office line names the chair of one of them chairs)."""
    best: list[MemberRow] = []
    pos = 0
    while (m := re.compile(r"^[ \t]*(?:gez\.[ \t]|_{5,})", re.M).search(text, pos)) is not None:
        rows, pos = _block(text, m.start())
        pos = max(pos, m.end())
        if len(rows) > len(best):
            best = rows
    for row in best:
        chair = _OWN_CHAIR.search(row.label or "")
        row.is_chair = chair is not None and chair["group"].casefold().rstrip(",") in groups
    return best


def _block(text: str, start: int) -> tuple[list[MemberRow], int]:
    """The signatures of the rows from ``start`` on, none unless one row tiles two, and where they end."""
    rows: list[MemberRow] = []
    tiled, pos = False, start
    while True:
        read = _row(text, pos)
        if read is None:
            break
        found, end = read
        tiled = tiled or len(found) >= MIN_TILED
        rows.extend(found)
        gap = re.compile(r"(?:[ \t]*\n)+").match(text, end)
        if gap is not None and _RULE.match(text, gap.end()) and len(found) >= MIN_TILED:
            pos = gap.end()  # the next row's lines to sign on right under this row (an export lost the blank line)
            continue
        if gap is None or gap.group().count("\n") < 2:
            break
        pos = gap.end()
    return (rows if tiled else []), pos


def _row(text: str, start: int) -> tuple[list[MemberRow], int] | None:
    """One row of signatures from ``start`` up to its blank line: the members and where the row ends."""
    end = text.find("\n\n", start)
    end = len(text) if end < 0 else end
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text[start:end])]
    lines = [(start + a, start + b) for a, b in lines]
    signed_on = 0  # the lines to sign on side by side
    if lines and _RULE.fullmatch(text, *lines[0]):
        signed_on = len(re.findall(r"_{5,}", text[slice(*lines[0])]))
        lines = lines[1:]  # the lines signed on, the names under them
        below = next((k for k, (a, b) in enumerate(lines) if _RULE.fullmatch(text, a, b)), None)
        if below is not None:  # the next row's lines to sign on: this row ends over them
            lines, end = lines[:below], lines[below - 1][1] if below else lines[0][0]
    elif not lines or not _SIGNED.match(text[slice(*lines[0])].lstrip()):
        return None
    if not lines:
        return None
    cells = _cells(text, *lines[0])
    if len(cells) == 1 and signed_on > 1:  # an export's single spaces between the names under the lines
        cells = _persons_apart(text, *lines[0], signed_on) or []  # not so many names: the row is none
    if not cells:
        return None
    flat = len(cells) > 1 and not _GAP.search(text, lines[0][0], lines[0][1])  # an export's single spaces
    rows: list[MemberRow] = []
    for k, (a, b, col) in enumerate(cells):
        cell = text[a:b]
        at = name_start(cell)
        if at is None:
            return None  # no person signs there: no signature row
        nxt = cells[k + 1][2] if k + 1 < len(cells) else None
        label = None if flat else _column(text, lines[1:], col, nxt)
        value = " ".join(cell[at:].split())
        if at:  # "Stadtrat Markus Beispiel": the office before the name opens the label
            label = ", ".join(p for p in (cell[:at].strip(), label) if p)
        rows.append(MemberRow(a + at, b, value, label, False, "list"))
    return rows, end


def _cells(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """The names of a row's first line, after each "gez." or, without, parted by gaps: each name's
    offsets and the column its signature starts at (its "gez." or its first word)."""
    line = text[start:end]
    marks = list(_SIGNED.finditer(line))
    spans: list[tuple[int, int, int]] = []
    if marks:
        for k, m in enumerate(marks):
            spans.append((m.end(), marks[k + 1].start() if k + 1 < len(marks) else len(line), m.start()))
    else:
        pos = len(line) - len(line.lstrip())
        for gap in [*_GAP.finditer(line, pos), None]:
            spans.append((pos, gap.start() if gap else len(line.rstrip()), pos))
            pos = gap.end() if gap else len(line)
    out = []
    for a, b, col in spans:
        cell = line[a:b]
        if cell.strip():
            a += len(cell) - len(cell.lstrip())
            out.append((start + a, start + a + len(cell.strip()), col))
    return out


def _persons_apart(text: str, start: int, end: int, count: int) -> list[tuple[int, int, int]] | None:
    """The names of a line under ``count`` lines to sign on whose gaps an export flattened ("Stadtrat
    Markus Beispiel Stadträtin Lea Muster"): the line read whole as that many persons, each a given name
    by the list of names and one family name, titles and an office word before them allowed; None when it
    cannot be read so in exactly one way."""
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", text[start:end])]
    readings: list[list[tuple[int, int]]] = []

    def person(i: int) -> list[int]:  # where a person opening at word i may end (the next word's index)
        out = []
        for lead in (0, 1):
            k = i + lead
            office = words[i][2] if lead else ""
            if lead and (not office[:1].isupper() or is_first_name(office) or re.fullmatch(TITLE, office)):
                continue
            while k < len(words) and re.fullmatch(TITLE, words[k][2]):
                k += 1
            if k + 1 < len(words) and is_first_name(words[k][2]) and _FAMILY.fullmatch(words[k + 1][2]):
                out.append(k + 2)
            if lead and k >= len(words):
                break
        return out

    def parse(i: int, done: list[tuple[int, int]]) -> None:
        if len(readings) > 1:
            return
        if i == len(words):
            if len(done) == count:
                readings.append(done)
            return
        for j in person(i) if len(done) < count else []:
            parse(j, [*done, (i, j)])

    parse(0, [])
    if len(readings) != 1:
        return None
    return [(start + words[i][0], start + words[j - 1][1], words[i][0]) for i, j in readings[0]]


def _column(text: str, lines: list[tuple[int, int]], col: int, nxt: int | None) -> str | None:
    """The office lines of the signature whose name starts at column ``col`` (up to the next's at ``nxt``)."""
    parts = []
    for a, b in lines:
        line = text[a:b]
        part = line[max(0, col - 2) : nxt - 2 if nxt is not None else len(line)].strip().rstrip(",")
        if _DRAWN.fullmatch(part):
            break  # a rule closing the declaration under its last row
        if part:
            parts.append(part)
    return ", ".join(parts) or None
