"""Fields as the target side of a drawn mapping from old fields to new ones: part of the ``list`` family::

    3. Welche Handlungsfelder hat das Konzept künftig?

       bisher (Konzept 2019)            künftig (ab 2028)
       Sprache                     ─┐
                                    ├─→  Sprache und Bildung
       Bildung                     ─┘
       Arbeit                      ───→  Arbeit und Ausbildung
       (neu)                       ───→  Antidiskriminierung und Teilhabe

A block of lines whose rows each draw an arrow, a rule ending in an arrowhead ("───→", "├─→",
"-->"), from a name or a bracket joining several ("─┐" / "─┘") to the name after it; rows of the
bracket without an arrow belong to it, and a header row of two cells may open it (its gap closed
to a single space by an export). A blank line or a line without a drawn glyph ends the block (an
export may drop the blank line). The lead, the nearest filled line above the block, names the
fields with the plural field noun; and the mapping renames: most names after the arrows share a
word with the names before them (a field kept, merged or widened). The names after the arrows
are the fields, three at least; the old ones before them are not read, nor a note in lower case after
an arrow that says what became of an old field ("Flüchtlingshilfe  →  entfällt").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.lang.de import markers

from .items import item_candidates
from .text import Candidate, FieldText
from .vocab import content_words

_ARROW = re.compile(
    r"[├┤" + markers.DRAWN_RULES + r"-]*[" + markers.STEP_ARROWS + r"]|[" + markers.DRAWN_RULES + r"-]{2,}[>▶►]"
)
# the glyphs of a bracket joining names before one arrow, and of its rules
_CONNECTORS = re.compile(r"[" + markers.DRAWN_RULES + markers.DRAWN_JOINTS + markers.DRAWN_BARS + r"]+")
_LEAST = 3


def mapped_fields(ft: FieldText) -> Iterator[Candidate]:
    """The fields after the arrows of each mapping under a lead that names the fields."""
    leads = {ft.row_at(m.start()) for m in ft.strong_plurals()}
    for lead in sorted(leads):
        first = ft.next_filled(lead + 1)
        if first is None:
            continue
        found = _mapping(ft, first)
        if found is not None:
            yield from found


def _mapping(ft: FieldText, first: int) -> list[Candidate] | None:
    """The targets of the mapping whose block opens at row ``first`` (a header row may open it);
    None where no mapping stands there."""
    rows = ft.rows
    k = first
    if _ARROW.search(rows[k].text) is None and not _CONNECTORS.search(rows[k].text):
        k += 1  # the header: "bisher (Konzept 2019)     künftig (ab 2028)", its gap closed by an export
    sources: set[str] = set()
    spans: list[tuple[int, int]] = []
    while not ft.blank(k):
        row = rows[k]
        arrow = _ARROW.search(row.text)
        cut = arrow.start() if arrow else len(row.text)
        before = _CONNECTORS.sub(" ", row.text[:cut])
        if arrow is None and not _CONNECTORS.search(row.text):
            break  # a line of another kind ends the block (an export may drop the blank line before it)
        sources |= content_words(before)
        if arrow is not None:
            target = row.text[arrow.end() :]
            if _ARROW.search(target) or not target.strip():
                return None
            lead = len(target) - len(target.lstrip())
            if not target.lstrip()[:1].islower():  # a note, no name: "→  entfällt", "→  wird gestrichen"
                spans.append((row.start + arrow.end() + lead, row.end))
        k += 1
    if len(spans) < _LEAST:
        return None
    renamed = sum(bool(content_words(ft.text[s:e]) & sources) for s, e in spans)
    if 2 * renamed < len(spans):
        return None  # the names after the arrows are no new names of the ones before them
    found = item_candidates(ft, spans)
    return found if len(found) == len(spans) else None
