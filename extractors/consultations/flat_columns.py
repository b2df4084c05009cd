"""consultation flattened columns: a Beratungsfolge set on its side (one column per meeting, the bodies' names as the
column heads, the rows labelled at the left) as a PDF's text layer gives it when the gaps between the cells are
closed up, each line's cells joined by single spaces (method ``table.flat_columns``):

    Integrations- Ausschuss für Kreisaus- Kreistag
    beirat Soziales, Ge- schuss
    sundheit und
    Familie
    Termin Mo 03.05.2027 Mi 12.05.2027 Mo 24.05.2027 Mi 09.06.2027
    Befassung Empfehlung Vorberatung Vorberatung Beschluss
    Sitzung öffentlich öffentlich nichtöffentlich öffentlich

The line of the dates counts the meetings: a column word leads it (or leads the line of weekdays over it), and
every cell after it is a date. The lines under and over it led by a column word give a role or a status to each
meeting where they hold one for each. The lines of the heads above them (the first led by a bodies' column word, as
"Beratungsfolge", or following a blank line, a heading, or the one run of lines that parts) are parted by grammar:
the first line opens every column with a capital; a later line goes on the columns left open (a word cut at its
hyphen, taken up by a word in lower case; a name ending in "für", "und" or a comma, taken up by a capital); a word
cut at its hyphen ends its line's part of a column. Read only where exactly one parting makes every column a body's
name by its head word that ends complete, a comma in a name followed by "und" or "sowie": empty is better than wrong.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator

from pipeline.document import Document
from pipeline.lang.de.closed_class import HYPHEN_STAYS, alternation, either
from pipeline.lang.de.dates import WEEKDAYS_SHORT
from pipeline.records import Consultation
from pipeline.structure import FIRST_PAGES_CHARS, GAP, Line, View
from pipeline.structure.tokens import Cell, typed

from .vocab import OPEN_END, Vocab, consultation, has_head, headed

_HEAD_LINES = 6  # lines of the heads over the rows, at most
_WORDS = 16  # words of one line of heads, at most (the partings are counted over them)
_PARTINGS = 1500  # partings of a line of heads tried, at most
CUT = re.compile(r"\w-$")  # a word cut at its hyphen at the end of a cell's line or of a line's part
# what may follow a hyphen that elides a compound's head ("Haupt- und", "Sozial-,")
_GOES_ON = re.compile(r"(?:(?:" + either(HYPHEN_STAYS) + r")\.?|,)$")
# a comma with no "und" after it in the name
_ENUMERATED = re.compile(r",(?![^,]*\b(?:" + alternation("conjunctions") + r")\b)")
_WEEKDAYS = re.compile(r"(?:(?:" + "|".join(WEEKDAYS_SHORT) + r")[a-z]*\.?,?[ \t]*)+$")


def from_flat_columns(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The meetings of each flattened table set on its side (see the module's docstring)."""
    lines = sv.lines
    for k, line in enumerate(lines):
        if line.start > FIRST_PAGES_CHARS:
            break
        dates = _dates(line, v, lines[k - 1] if k else None)
        if dates is not None:
            yield from _table(doc, v, lines, k, dates)


def _label(text: str, v: Vocab) -> tuple[str, int] | None:
    """The column word leading a line and where it ends (the kind of the column and the offset), else None."""
    best: tuple[str, int] | None = None
    for (kind, _), pat in zip(v.columns, v.column_words):
        m = pat.match(text)
        if m is not None and m.end() > 0 and (best is None or m.end() > best[1]):
            best = (kind, m.end())
    return best


def _values(line: Line, v: Vocab) -> tuple[str, list[Cell]] | None:
    """The kind of a line's leading column word and the typed cells after it, else None."""
    label = _label(line.text, v)
    if label is None:
        return None
    return label[0], [c for c in typed(line.text[label[1] :], v.tokens, line.start + label[1]) if c.kind != "empty"]


def _dates(line: Line, v: Vocab, above: Line | None) -> list[Cell] | None:
    """The date cells of a line of two or more dates led by a column word, or under a line of a column word and
    the meetings' weekdays, else None."""
    if line.text.count(".") < 2 or GAP.search(line.text.strip()):  # cells set apart: the table model's
        return None
    got = _values(line, v)
    if got is None and above is not None and (lead := _label(above.text, v)) is not None:
        if _WEEKDAYS.fullmatch(above.text[lead[1] :].strip()) is not None:
            got = ("", [c for c in typed(line.text, v.tokens, line.start) if c.kind != "empty"])
    if got is None or got[0] == "body":
        return None
    cells = got[1]
    return cells if len(cells) >= 2 and all(c.kind == "date" for c in cells) else None


def _table(doc: Document, v: Vocab, lines: list[Line], k: int, dates: list[Cell]) -> Iterator[Consultation]:
    n = len(dates)
    roles: list[str | None] = [None] * n
    public: list[bool | None] = [None] * n
    top = k
    while top > 0 and (got := _values(lines[top - 1], v)) is not None and got[0] != "body":
        top -= 1
    below = k + 1
    while below < len(lines) and (got := _values(lines[below], v)) is not None and got[0] != "body":
        below += 1
    for line in lines[top:below]:
        cells = (_values(line, v) or ("", []))[1]
        if len(cells) == n and all(c.kind == "role" for c in cells):
            roles = [c.value for c in cells]
        if len(cells) == n and all(c.kind == "public" for c in cells):
            public = [c.value for c in cells]
    # the heads: the one run of lines over the rows that parts into a body's name for each column
    found = [bodies for heads in _head_lines(lines, top, v) if (bodies := _bodies(heads, n, v)) is not None]
    if len(found) != 1:
        return
    bodies = found[0]
    for body, date, role, pub in zip(bodies, dates, roles, public):
        yield consultation(
            body,
            v,
            span=doc.span(date.start, date.end),
            meeting_date=date.value,
            role=role,
            public=pub,
            method="table.flat_columns",
        )


def _head_lines(lines: list[Line], top: int, v: Vocab) -> list[list[str]]:
    """The runs of lines over the labelled rows that may be the heads: the nearest line, the two nearest and so on,
    back to a line led by a bodies' column word (taken without it, a word that names no body by its head), a blank
    line or the section's heading (not taken); an export that drops blank lines sets a heading right above them."""
    heads: list[str] = []
    runs: list[list[str]] = []
    for line in reversed(lines[max(0, top - _HEAD_LINES) : top]):
        text = line.text.strip()
        if not text or v.title.fullmatch(text):
            break
        label = _label(text, v)
        if label is not None and label[0] == "body" and not has_head(text[: label[1]], v):  # not "Ausschuss für"
            runs.append([text[label[1] :].strip(), *heads])
            break
        heads.insert(0, text)
        runs.append(list(heads))
    return runs


def _bodies(heads: list[str], n: int, v: Vocab) -> list[str] | None:
    """The names of the ``n`` columns the lines of heads part into, where exactly one parting names a body in each."""
    readings: list[list[str]] = [[""] * n]
    for text in heads:
        words = text.split()
        if not words or len(words) > _WORDS:
            return None
        # heads that part in so many ways tell nothing
        if sum(math.comb(len(words) - 1, max(len(_targets(cols)) - 1, 0)) for cols in readings) > _PARTINGS:
            return None
        readings = [nxt for cols in readings for nxt in _go_on(cols, words)]
    done = [cols for cols in readings if all(complete_name(c, v) for c in cols)]
    return done[0] if len(done) == 1 else None


def _go_on(cols: list[str], words: list[str]) -> Iterator[list[str]]:
    """The columns with a line's words parted among them: on the first line one part a column, then one part for
    each column left open."""
    targets = _targets(cols)
    if not targets or len(targets) > len(words):
        return
    for cuts in itertools.combinations(range(1, len(words)), len(targets) - 1):
        bounds = [0, *cuts, len(words)]
        parts = [words[a:b] for a, b in zip(bounds, bounds[1:])]
        if all(_fits(cols[i], part) for i, part in zip(targets, parts)):
            out = list(cols)
            for i, part in zip(targets, parts):
                out[i] = _joined(cols[i], " ".join(part))
            yield out


def _targets(cols: list[str]) -> list[int]:
    """The columns a line's words go on: every one on the first line, then those left open."""
    return [i for i, c in enumerate(cols) if not c or OPEN_END.search(c)]


def _fits(col: str, part: list[str]) -> bool:
    """Whether a line's part may go on a column: a word cut at its hyphen is taken up in lower case, any other
    column by a capital; a cut word ends the part unless a word eliding a compound's head follows it."""
    first = part[0]
    if CUT.search(col):
        if not first[:1].islower():
            return False
    elif not first[:1].isupper():
        return False
    return all(
        not CUT.search(w) or (j + 1 < len(part) and _GOES_ON.match(part[j + 1])) for j, w in enumerate(part[:-1])
    )


def _joined(col: str, part: str) -> str:
    if not col:
        return part
    if CUT.search(col) and not _GOES_ON.match(part.split()[0]):
        return col[:-1] + part
    return f"{col} {part}"


def complete_name(name: str, v: Vocab) -> bool:
    """Whether a column's name ends complete and names a body by its head word, its commas enumerating."""
    return bool(name) and not OPEN_END.search(name) and not _ENUMERATED.search(name) and headed(name, v)
