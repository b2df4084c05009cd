"""Fields as the new column of a table setting a plan's fields beside the old ones: part of the ``table`` family.

A concept's update may set its fields beside those of the plan before, the columns marked as the old and the new
one in their heads, an explanation maybe beside them::

    Die Fortschreibung ordnet die Handlungsfelder neu:

    Plan 2018 (bisher)        Fortschreibung (neu)          Anmerkung
    ────────────────────      ────────────────────────      ─────────────────────
    Kita                      Frühe Bildung in Kita und     zusammengeführt
                              Familie
    Arbeit                    – entfällt –                  aufgegangen in …
    –                         Gesundheit                    neu aufgenommen

Under a paragraph naming the fields in the plural (a few lines above), a header of cells apart at gaps holds a
head marked as the old ("(bisher)", "(alt)") and one marked as the new ("(neu)", "(künftig)"), or two heads of the
same words dated by a year or a span of years ("Handlungsfelder 2017" / "Handlungsfelder 2028–2032"), the later
one the new. The fields are the new column's cells, each read where the head starts up to the next head: a row
starts where its first cell is filled, a line whose first cell is empty goes on with the cell above, and so does
a line under a new cell that breaks off ("Teilhabe, Ehrenamt und" / "Zusammenleben" beside an old cell of its
own); in a new column at the left each line opening with a capital starts a row unless the line above breaks off.
A dash or "entfällt" names no field. Rules are stepped over; the table ends at a blank line or its closing rule.
Two fields at least, most of them known to the taxonomy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label

from .tables import RULE_LINE
from .text import Candidate, FieldText, breaks_off, is_sentence
from .vocab import is_structure, known_codes

_CELL = re.compile(r"\S+(?: \S+)*")  # a header's cell: words one space apart
_OLD = re.compile(r"\((?:bisher|alt)\)", re.IGNORECASE)
_NEW = re.compile(r"\((?:neu|künftig)\)", re.IGNORECASE)
# a head dated by a year or a span of years after its words: "Handlungsfelder 2028–2032", the last year kept
_DATED = re.compile(r"(?P<words>\S.*?)[ \t]+(?:(?:19|20)\d{2}[ \t]*[–—/-][ \t]*)?(?P<year>(?:19|20)\d{2})")
_NONE = re.compile(r"[–—-]*[ \t]*(?:entfällt|entfallen|gestrichen)?[ \t]*[–—-]*")  # "–", "– entfällt –"
_LEAD_LINES = 6  # lines between the paragraph naming the fields and the header at most
_MOST_WORDS = 10
_LEAST = 2


def _new_column(text: str) -> tuple[int, int] | None:
    """Where the new column starts and the next one starts (or -1) on a header line marking an old and a new
    column, or None."""
    cells = list(_CELL.finditer(text))
    new = [k for k, m in enumerate(cells) if _NEW.search(m.group())]
    if len(new) != 1 or not any(_OLD.search(m.group()) for m in cells):
        new = _later(cells)
    if len(cells) < 2 or len(new) != 1:
        return None
    k = new[0]
    return cells[k].start(), cells[k + 1].start() if k + 1 < len(cells) else -1


def _later(cells: list[re.Match[str]]) -> list[int]:
    """The index of the later of two heads of the same words dated by a year, as a list (empty where the header
    holds no such pair)."""
    dated = [(k, m) for k, c in enumerate(cells) if (m := _DATED.fullmatch(c.group())) is not None]
    if len(dated) != 2 or dated[0][1].group("words") != dated[1][1].group("words"):
        return []
    (k, old), (j, new) = dated
    if int(old.group("year")) == int(new.group("year")):
        return []
    return [j if int(new.group("year")) > int(old.group("year")) else k]


def _named_above(ft: FieldText, row: int) -> bool:
    """Whether a paragraph a few lines above line ``row`` names the fields in the plural."""
    start = ft.rows[max(0, row - _LEAD_LINES)].start
    return any(start <= m.start() < ft.rows[row].start and ft.vocab.plural.fullmatch(m.group(0)) for m in ft.nouns)


def _cells(ft: FieldText, row: int, at: int, stop: int) -> list[list[tuple[int, int]]]:
    """The spans of the new column's cells under the header at line ``row``, a wrapped cell's lines joined."""
    found: list[list[tuple[int, int]]] = []
    leftmost = not ft.rows[row].text[:at].strip()
    for k in range(row + 1, len(ft.rows)):
        line = ft.rows[k]
        if ft.blank(k) or RULE_LINE.fullmatch(line.text):
            if found or ft.blank(k):
                break
            continue
        piece = line.text[at : stop if stop >= 0 else len(line.text)]
        words = piece.strip()
        if not words:
            continue
        a = line.start + at + len(piece) - len(piece.lstrip())
        span = (a, a + len(words))
        opens = line.text[:at].strip() or leftmost and words[:1].isupper()  # a left column's row: its own line
        if not found or opens and not breaks_off(ft.text[slice(*found[-1][-1])]):
            found.append([span])
        else:
            found[-1].append(span)
    return found


def compared_columns(ft: FieldText) -> Iterator[Candidate]:
    """The fields of the new column of a table of the old and the new fields (see the module)."""
    for row, line in enumerate(ft.rows):
        if (columns := _new_column(line.text)) is None or not _named_above(ft, row):
            continue
        found: list[Candidate] = []
        for parts in _cells(ft, row, *columns):
            label = clean_label(" ".join(ft.text[a:b] for a, b in parts))
            if _NONE.fullmatch(label):
                continue
            if len(label.split()) > _MOST_WORDS or is_sentence(label, ft.vocab) or is_structure(label, ft.vocab):
                found = []
                break
            found.append(Candidate(parts[0][0], parts[-1][1], label, "table"))
        if len(found) >= _LEAST and 2 * sum(known_codes(c.label, ft.vocab) != ("other",) for c in found) > len(found):
            yield from found
