"""A body's name wrapped beside its row's wrapped status or role, in a table whose cells single spaces part.

A PDF's text layer sets each line of a ruled table's rows as one line of words; where a row's name wraps and so does
its cell of role and status ("Kenntnisnahme," over "öffentlich"), the second line holds the name's rest and the
status:

    Gremium Sitzung Art der Befassung
    Ausschuss für Schule, 05.05.2027 Kenntnisnahme,
    Bildung und Sport öffentlich

The second line is no row of its own: it has no date, the name above it goes on (it ends open, with a comma or a
link word) and its own words name no body by a head word. Its name's part goes on with the name above, its status or
role is the row's, as a status line under a row is. Set out by gaps, a name's word cut by a hyphen ("Haupt- und
Finanz-" over "ausschuss") is so read, and a line that starts right under the open name of a block without a header
("am 10.05.2027  Ausschuss für Soziales, Familie," over "Sport und Kultur (öffentlich)   mit 12 : 1 Stimmen").

A citation of the legal basis in a column of its own may wrap too, its statute's name after an open genitive
("§ 4 Abs. 2 der Satzung des" over "Integrationsrates"): the word alone on the line under it is the citation's rest,
no part of a name (:func:`citation_rest`); so is a lower-case word alone under a row whose role a hyphen cut
("Kenntnisnah-" over "me,": :func:`cut_cell_end`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.lang.de.closed_class import words as closed_words
from pipeline.structure import Line
from pipeline.structure.tokens import legal_references

from .row_cells import open_name
from .vocab import OPEN_END, has_head

if TYPE_CHECKING:
    from .tables import _Cur, _Walk

_STATED = ("public", "role", "empty")  # the cells after the name's part: the row's status or role


def name_beside_status(w: _Walk, cur: _Cur) -> None:
    """Part a row line into the name's rest (placed as a line of text) and its status or role (see the module)."""
    # "ausschuss   nichtöffentlich" reads as a header's column words: a name's end only after its hyphen
    placed = [it for it in w.items if it[0] != "spill"]  # a cell's cut word placed under the row stands aside
    if not (cur.mode in ("tokens", "gap") and cur.kind in ("row", "header") and placed and placed[-1][0] == "row"):
        return
    row, cs = placed[-1], cur.cs
    if not cs or cs[0].kind != "text" or any(c.kind == "date" for c in cs):
        return
    own = [c for c in cs[1:] if c.col == cs[0].col]  # set out by gaps: the name's cell, other columns' cells after it
    if len(cs) < 2 or any(c.kind not in _STATED for c in (cs[1:] if cur.tokens else own)):
        return
    if cur.tokens and all(c.kind == "empty" for c in cs[1:]):
        return
    first = next((c for c in row[3] if c.kind == "text"), None)
    cut = first is not None and first.text.endswith("-") and cs[0].text[:1].islower()  # "Finanz-" over "ausschuss"
    if cur.tokens and not cut:  # single-spaced: a name's line that names no body, under a name left open
        ok = w.table and cur.kind == "row" and not has_head(cs[0].text, w.v) and open_name(w.items, w.hdr)
    elif not cut:  # set out by gaps: a line right under the row's name, which its first cell leaves open
        at = cs[0].start - cur.line.start
        under = first is not None and first.start - row[1].start == at and bool(OPEN_END.search(first.text))
        ok = cur.kind == "row" and under and any(c.kind != "empty" for c in own)  # its status in its own cell
    else:
        ok = True
    if not ok:
        return
    start, end = cur.line.start, cs[0].end
    name = Line(start, end, cur.line.text[: end - start])
    w.items.append(("text", name, cur.mode, [cs[0]]))
    rest = cs[1].start
    cur.line = Line(rest, cur.line.end, cur.line.text[rest - start :])
    cur.cs, cur.kind = cs[1:], "status"


def citation_rest(w: _Walk, cur: _Cur) -> None:
    """Set a line's one word under a citation ending in an open genitive as a spilled cell (see the module)."""
    if not (w.table and cur.tokens and cur.kind == "text" and w.items) or len(cur.line.text.split()) != 1:
        return
    above = w.items[-1][1].text
    cited = legal_references(above)
    if cited and above[: cited[-1][1]].rstrip(" ;,").endswith((" des", " der")):
        cur.kind = "spill"


def cut_cell_end(w: _Walk, cur: _Cur) -> None:
    """Set a lower-case word alone under a row whose other cell a hyphen cut ("Kenntnisnah-" over "me,") as that
    cell's end, though the row's name is open above it: a name goes on with a capital or a link word."""
    words = cur.line.text.split()
    if w.table and cur.tokens and w.hyphen and cur.kind == "text" and len(words) == 1 and words[0][:1].islower():
        if words[0].rstrip(",;.") not in _LINKS and w.items and w.items[-1][0] == "row" and not _name_cut(w):
            cur.kind = "spill"


def _name_cut(w: _Walk) -> bool:
    """Whether the hyphen cut the name itself: a line of the row's opens with the cut word ("Hauptaus-" over
    "schuss"), the word's end the name's."""
    return any(line.text.split()[:1] and line.text.split()[0].endswith("-") for _, line, _, _ in w.items[-_UP:])


_UP = 3  # the lines of a row above the word


_LINKS = closed_words("conjunctions", "prepositions", "contractions", "linking_articles", "opening_articles")
