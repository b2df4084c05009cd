"""consultation cut words: a word cut at its hyphen, its rest on the next line.

A table header whose column words are cut at a hyphen, each word's first part on
a line of its own above the header's line and its rest under it, as a narrow column sets them:

                           Kenntnis-     Vor-          Ent-
    Gremium                nahme         beratung      scheidung     Sitzungsart

The two lines are one header, each cut word joined with the rest below it ("Kenntnisnahme", "Vorberatung",
"Entscheidung"). Read only where every cell of the upper line is a word's first part ending in its hyphen and a
lower-case rest stands under each, and the joined line is a header by its column words; the columns keep the
lower line's places. Where the joined words each name a role and no column is the dates', each row writes its
meeting's date in the column of its body's role (:func:`.marked.marked`). Where a text layer sets the gaps as
single spaces, the two lines are stepped over and the rows read under the heading without their roles
(:func:`cut_over`); so are they where the text layer sets them as one line, the upper line's words first and its
last first part glued to the lower line's first word, its hyphen dropped ("Kenntnis- Vor- EntGremium nahme beratung
scheidung Sitzungsart", :func:`cut_glued`).

A row's role, status or result word cut at the line's end, its rest opening the next line, is one cell
(:func:`cut_word`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from pipeline.structure import Line
from pipeline.structure.tokens import Cell, typed

from .headers import Header, column_kind, header
from .vocab import Vocab

_CELL = re.compile(r"\S+(?: \S+)*")  # a cell: words one space apart
_CUT = re.compile(r"[^\W\d_]{2,}-")  # a word's first part before its hyphen
_REST = re.compile(r"[a-zäöüß]{2,}")  # its rest under it, in lower case
_SLACK = 2  # how far a rest may stand from under its first part
_PAIR_OPEN = re.compile(r"[^\W\d_]{1,5}\.?/")  # a status pair's first word before its slash: "öff./"
_PAIR_REST = re.compile(r"[a-zäöüß]{1,6}\.?")  # the pair's second word under it: "nö."
_ABOVE = 3  # how far above a header its table's heading may stand


def cut_over(first: Line, second: Line, v: Vocab) -> bool:
    """Whether ``first`` holds only words' first parts cut at their hyphens and ``second``, a line of column
    words, a lower-case rest for each, in any spacing (a text layer that sets every gap as one space)."""
    tops, lows = first.text.split(), second.text.split()
    rests = [w for w in lows if _REST.fullmatch(w)]
    if not tops or not all(_CUT.fullmatch(w) for w in tops) or len(rests) != len(tops):
        return False
    return any(column_kind(w, v) for w in lows if not _REST.fullmatch(w))


_GLUED = re.compile(r"([^\W\d_]{2,}?)([A-ZÄÖÜ][a-zäöüß]+)")  # a first part glued to the next word: "EntGremium"


def cut_glued(line: Line, v: Vocab) -> bool:
    """Whether ``line`` holds the two lines of a header whose column words are cut at their hyphens, set as
    one: the first parts, then the header's line with their rests, the last first part glued to the header's
    first word with its hyphen dropped ("Kenntnis- Vor- EntGremium nahme beratung scheidung Sitzungsart")
    or standing apart with it ("Kenntnis- Vor- Ent- Gremium nahme …")."""
    words = line.text.split()
    k = next((i for i, w in enumerate(words) if not _CUT.fullmatch(w)), len(words))
    if not k or k == len(words):
        return False
    tops, lows = words[:k], words[k:]
    if (glued := _GLUED.fullmatch(lows[0])) is not None and not column_kind(lows[0], v):
        tops, lows = [*tops, glued.group(1) + "-"], [glued.group(2), *lows[1:]]
    return cut_over(Line(0, 0, " ".join(tops)), Line(0, 0, " ".join(lows)), v)


def cut_header(first: Line, second: Line, v: Vocab) -> Header | None:
    """The header of the two lines ``first`` (the cut words' first parts) and ``second`` (the header's
    line with their rests), or None (see the module's docstring)."""
    tops = [(m.start(), m.group()) for m in _CELL.finditer(first.text)]
    if not tops or not all(_CUT.fullmatch(w) for _, w in tops):
        return None
    lows = [(m.start(), m.group()) for m in _CELL.finditer(second.text)]
    words = [w for _, w in lows]
    for start, top in tops:
        j = next((j for j, (s, w) in enumerate(lows) if abs(s - start) <= _SLACK and _REST.fullmatch(w)), None)
        if j is None or words[j] != lows[j][1]:
            return None
        words[j] = top[:-1] + words[j]
    return _gap_header(lows, words, len(second.text), v)


def _gap_header(cells: list[tuple[int, str]], words: list[str], end: int, v: Vocab) -> Header | None:
    """The header of the joined column ``words`` set out by gaps where the ``cells`` stand, or None where they
    read as no header by gaps of as many columns."""
    text = ""
    for (start, _), word in zip(cells, words):
        text += " " * max(start - len(text), 2 if text else 0) + word
    hdr = header(text, v)
    if hdr is None or hdr.mode != "gap" or len(hdr.starts) != len(cells):
        return None
    return replace(hdr, starts=tuple(s for s, _ in cells), end=end)


# a word's first part at a line's end, after a name's hyphens: "Be-", "öf-", "Haupt-,  Finanz-  und … Vorbe-"
_CUT_WORD = re.compile(r"[A-ZÄÖÜa-zäöüß][a-zäöüß]{0,12}-$")
_REST_WORD = re.compile(r"[a-zäöüß]{2,20}\)?")  # its lower-case rest on the next line: "schluss", "fentlich)"


def cut_word(line: Line, cs: list[Cell], below: list[Line], v: Vocab) -> list[Cell] | None:
    """The cells of a line whose role, status or result word is cut at its end and ended at the next line's
    start ("Gemeinderat | Sitzung am: 12.03.2020 | öffentlich | Be-" / "schluss", "... Jugend und Gleichstellung
    Kennt-" / "nisnahme Ö"): the word one cell from its first part to its rest, typed as the whole word."""
    last = cs[-1] if cs else None
    cut = _CUT_WORD.search(last.text) if last is not None and last.kind == "text" else None
    if last is None or cut is None or cut.end() != len(last.text) or not below:
        return None
    if cut.start() and not (last.text[cut.start() - 1].isspace() or last.text[cut.start() - 1] == "("):
        return None
    if line.text.rstrip()[-1:] != "-" or below[0].start != line.end + 1:
        return None
    rest = below[0].text.split()[0] if below[0].text.strip() else ""
    if not _REST_WORD.fullmatch(rest):
        return None
    word = cut.group()[:-1] + rest.rstrip(")")  # a bracketed status: "(nichtöf-" / "fentlich)"
    pats: list[tuple[str, Any, re.Pattern[str]]] = [
        *(("role", val, p) for val, p in v.roles),
        *(("public", val, p) for val, p in v.public),
        *(("result", val, p) for val, p in v.tokens.results),  # a vote's: "(9 Ja / 0 Nein / 1 Ent-" / "haltung)"
    ]
    kind, value = next(((k, val) for k, val, p in pats if p.fullmatch(word)), ("", None))
    if not kind:
        return None
    lead = len(below[0].text) - len(below[0].text.lstrip())
    cell = Cell(last.start + cut.start(), below[0].start + lead + len(rest), word, kind, value, last.col)
    tail = below[0].text[lead + len(rest) :]  # after the rest: only a status or a mark ("nisnahme Ö"), or nothing
    more = typed(tail, v.tokens, cell.end) if tail.strip() else []
    role = ("role",) if kind == "public" and all(c.kind != "role" for c in cs) else ()  # "öf-" / "fentlich | Beratung"
    if any(c.kind not in ("public", "mark", "empty", *role) for c in more):
        return None
    before = last.text[: cut.start()].rstrip(" (")  # a name's text before the cut word ("... Gleichstellung Kennt-")
    return [*cs[:-1], *([replace(last, end=last.start + len(before), text=before)] if before else []), cell, *more]


def cut_in_line(first: Line, second: Line, v: Vocab, roles: bool = False) -> Header | None:
    """The header of a line whose column words are cut at their hyphens among whole ones, the rests alone on
    the next line, in order, as a text layer that sets every gap as one space gives them ("Gremium Sitzungs-
    Sitzungs- Beratung Ergebnis" / "tag art"): the header of the joined words, read by single spaces; None where
    the lower line holds anything but one lower-case rest for each cut word, or the joined line is no header or
    names a column of roles (unless ``roles``: no heading over it, whose rows the table model would read)."""
    if "  " in first.text.strip() or "\t" in first.text:
        return None  # set out by gaps: the table's own readers join the header's lines by their columns
    words, rests = first.text.split(), second.text.split()
    cuts = [k for k, w in enumerate(words) if _CUT.fullmatch(w)]
    if not cuts or len(cuts) != len(rests) or not all(_REST.fullmatch(w) for w in rests):
        return None
    for k, rest in zip(cuts, rests, strict=True):
        words[k] = words[k][:-1] + rest
    hdr = header(" ".join(words), v)
    if hdr is None or hdr.mode != "tokens" or len(hdr.kinds) != len(words) or ("role" in hdr.kinds and not roles):
        return None  # a column of roles: the table model tells a single-spaced row's role words from its name
    return hdr


def cut_heads(after: list[Line], v: Vocab) -> tuple[Header | None, int, tuple[Header, int] | None]:
    """Under a heading, maybe after a blank line: the header of its cut words' two lines (:func:`cut_header`) and
    where the rows start, else None and the lines to step over (the cut words' two lines, also set as one); and the
    header of a line's words cut among whole ones (:func:`cut_in_line`) with where its rows start, if any."""
    k = next((k for k, ln in enumerate(after[:3]) if ln.text.strip()), 0)
    over = len(after) > k + 1 and cut_over(after[k], after[k + 1], v)
    if over and (cut := cut_header(after[k], after[k + 1], v)) is not None:
        return cut, k + 2, None
    skip = 2 if over else 1 if after and cut_glued(after[0], v) else 0
    joined = cut_in_line(after[k], after[k + 1], v) if len(after) > k + 1 else None
    return None, skip, None if joined is None else (joined, k + 2)


def cut_gapped(lines: list[Line], i: int, v: Vocab) -> Header | None:
    """The header of line ``i`` set out by gaps whose column words are cut at their hyphens among whole ones, each
    rest alone under its first part on the next line, as a narrow column wraps them ("Vorlagen-   Gremium   Befassung
    Öffent-   Sitzung" over "schluss   …   lichkeit"): the header of the joined words with the upper line's places;
    None where the lower line holds anything but one lower-case rest under each cut word, or the joined line is no
    header by gaps."""
    first = lines[i]
    if "-" not in first.text or i + 1 >= len(lines):
        return None  # most lines hold no cut word
    if "  " not in first.text.strip():  # single-spaced, as a text layer sets the gaps: under a heading, its reader's
        titled = any(v.title.match(ln.text) for ln in lines[max(0, i - _ABOVE) : i])
        return None if titled else cut_in_line(first, lines[i + 1], v, roles=True)
    tops = [(m.start(), m.group()) for m in _CELL.finditer(first.text)]
    lows = [(m.start(), m.group()) for m in _CELL.finditer(lines[i + 1].text)]
    cuts = [k for k, (_, w) in enumerate(tops) if _CUT.fullmatch(w) or _PAIR_OPEN.fullmatch(w)]
    if not cuts or len(lows) != len(cuts) or len(tops) < len(cuts) + 2 or all(tops[k][1][-1] == "/" for k in cuts):
        return None
    words = [w for _, w in tops]
    for k, (start, low) in zip(cuts, lows):
        if abs(tops[k][0] - start) > _SLACK or not (_PAIR_REST if words[k][-1] == "/" else _REST).fullmatch(low):
            return None
        words[k] = words[k][:-1] + low if words[k][-1] == "-" else words[k] + low
    return _gap_header(tops, words, len(first.text), v)
