"""Members as the captions of portraits set side by side (a brochure's page whose photos the text lost): rows
of tiles, each a person's name on the first line of its row and what they stand for on the lines under it,
in the same column, a blank line between the rows of tiles::

    Seite 4: Wer begleitet den Plan?

    Anna Beispiel            Dr. Jonas Weber          Lea Brandt
    Erste Beigeordnete       Vorsitzender des         Sozialamt
                             Seniorenbeirats

    Ole Lind                 Kai Muster
    Stadtrat (SPD)           Caritasverband Nord-
                             heim e. V.

                                                  Fotos: Stadt Nordheim

The tiles' first lines name persons, each cell of them (:func:`.captioned_rows.names_persons`); the lines
under it are cut at the gaps and each cut goes to the column it starts in (a word broken at a line's end
joined): the person's label; a mark of signing before the names ("gez.") makes them signatures. A caption
line over the tiles (one cell, a blank line under it) and a credit under them are none. Two columns at least
and four tiles in all make the form; a line of another kind ends it. Where a text layer closed the gaps
("Anna Beispiel Dr. Jonas Weber Lea Brandt"), a line that parts wholly into names gives them
(:func:`flat_names`), the lines under it belonging to no column it can tell: the persons without labels.
"""

from __future__ import annotations

import re

from extractors.base import dehyphenate
from extractors.resources import Resources
from pipeline.lang.de.names import is_first_name
from pipeline.structure.lines import Line

from .captioned_rows import names_persons
from .name_blocks import NAME_WORD
from .rules import Chair, MemberRow

MIN_TILES = 4
MIN_COLUMNS = 2
_SLACK = 2  # characters a line's cut may start before its column
_BLANK_LINES = 2  # blank lines between two rows of tiles at most
_MAX_LINES = 80  # lines of a page of tiles at most

_TITLE = re.compile(r"(?:Dr|Prof)\.")  # a title before a given name
_SIGNED = re.compile(r"(?:gez|i\.[ \t]*[AV])\.[ \t]")  # a mark of signing before a name ("gez.", "i. A.")

Tile = tuple[int, int, str, list[str]]  # the name's span and text, the lines under it


def name_tiles(text: str, start: int, res: Resources) -> tuple[list[MemberRow], Chair | None, int] | None:
    """The members of such tiles after ``start`` (the end of the paragraph over them), no chair, and where
    they end; None where none stand there."""
    lines = _lines(text, start)
    k = _skip_blank(lines, 0)
    if k + 1 < len(lines) and len(lines[k].columns) == 1 and not lines[k + 1].text.strip():
        k = _skip_blank(lines, k + 1)  # a caption over the tiles
    tiles: list[Tile] = []
    end = start
    while k < len(lines):
        row, k = _row(lines, k)
        if row is None:
            break
        tiles += row
        end = lines[k - 1].end
        k = _skip_blank(lines, k, _BLANK_LINES)
    if len(tiles) < MIN_TILES or not names_persons([name for _, _, name, _ in tiles], res):
        return None
    members = [MemberRow(a, b, name, dehyphenate(" ".join(under)), False, "table") for a, b, name, under in tiles]
    return members, None, end


def _row(lines: list[Line], k: int) -> tuple[list[Tile] | None, int]:
    """The tiles of the row whose names' line is ``lines[k]`` and the index of the line after them."""
    names = lines[k].columns
    if len(names) == 1 and (flat := flat_names(lines[k].text)):
        # the gaps closed by a text layer: the names of the line, the lines under it no column's (dropped)
        at = lines[k].start
        k += 1
        while k < len(lines) and lines[k].text.strip():
            k += 1
        return [(at + a, at + b, name, []) for a, b, name in flat], k
    if len(names) < MIN_COLUMNS or any(_SIGNED.match(cell.strip()) for _, _, cell in names):
        return None, k  # "gez. Anna Beispiel   gez. Jonas Weber": signatures (:mod:`.signatures`)
    starts = [a - lines[k].start for a, _, _ in names]
    row: list[Tile] = [(a, b, cell.strip(), []) for a, b, cell in names]
    k += 1
    while k < len(lines) and lines[k].text.strip():
        for a, _b, cell in lines[k].columns:
            column = max((j for j, s in enumerate(starts) if s <= a - lines[k].start + _SLACK), default=None)
            if column is None:
                return None, k
            row[column][3].append(cell.strip())
        k += 1
    return row, k


def flat_names(line: str) -> list[tuple[int, int, str]] | None:
    """The persons' names of a line of names whose gaps a text layer closed into single spaces ("Anna
    Beispiel Dr. Jonas Weber Lea Brandt"): its words parted into names of titles, a given name the list of
    names knows and one family name each, two names at least; None where the words part so in no way."""
    words = list(re.finditer(r"\S+", line))
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(words):
        first = k
        while k < len(words) and _TITLE.fullmatch(words[k].group()):
            k += 1
        if k + 1 >= len(words) or not is_first_name(words[k].group()) or not NAME_WORD.fullmatch(words[k + 1].group()):
            return None
        a, b = words[first].start(), words[k + 1].end()
        out.append((a, b, line[a:b]))
        k += 2
    return out if len(out) >= MIN_COLUMNS else None


def _lines(text: str, start: int) -> list[Line]:
    """The lines after the one ``start`` stands in (a page's worth at most)."""
    out: list[Line] = []
    pos = text.find("\n", start)
    while 0 <= pos < len(text) and len(out) < _MAX_LINES:
        stop = text.find("\n", pos + 1)
        stop = len(text) if stop < 0 else stop
        out.append(Line(pos + 1, stop, text[pos + 1 : stop]))
        pos = stop if stop < len(text) else -1
    return out


def _skip_blank(lines: list[Line], k: int, most: int = _BLANK_LINES) -> int:
    """The index of the first line from ``k`` that is not blank, ``most`` blank lines stepped over at most."""
    skipped = 0
    while k < len(lines) and not lines[k].text.strip() and skipped < most:
        k, skipped = k + 1, skipped + 1
    return k
