"""Fields as the divider rows of a table of goals: the ``table`` family's lettered groups.

A table of goals or indicators may part its rows into groups, one a field, each under a divider row
that gives the group's letter and the field's name in capitals across the table ("▸ A   SPRACHE UND
BILDUNG"), its rows coded with the letter and a number::

       Nr.   Wirkungsziel                          Indikator            Zielwert
       ──────────────────────────────────────────────────────────────────────────
       ▸ A   SPRACHE UND BILDUNG
       A1    Kinder mit Förderbedarf nehmen an …   Teilnahmequote       80 %
       A2    Zugewanderte erreichen B1             Abschlüsse           120
       ▸ B   ARBEIT UND QUALIFIZIERUNG
       B1    …
       ▸ D   TEILHABE UND ZUSAMMENLEBEN IM
             QUARTIER

A divider row is a letter alone (maybe after a mark) and a name whose letters are all capitals; a
name wrapped goes on in capitals on the next line, in the name's column (or at the left edge, where an
export sets every line there and closes the gaps to one space: "▸ D TEILHABE UND ZUSAMMENLEBEN IM" /
"QUARTIER"). The letters run A … n, each
group's rows opened by codes of its letter ("A1", "A 2"), and the rows under a header row holding
two words of a field table's other column heads (``table_headers``: "Nr.", "Indikator", "Ziel") a few lines
above the first divider. Three groups at least, each a name, in a paper about integration: the
capitals are kept as printed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label
from pipeline.lang.de import markers

from .tables import drawn_rule
from .text import Candidate, FieldText, is_sentence
from .vocab import is_structure

# a divider row: a mark maybe, a capital letter alone, a gap, the name in capitals
_DIVIDER = re.compile(
    r"[ \t]*(?:" + markers.charset(markers.MARKS + markers.LABEL_MARKS) + r"[ \t]*)?"
    r"(?P<letter>[A-Z])[ \t]+(?P<name>[A-ZÄÖÜ][A-ZÄÖÜß]*(?:[ \t][A-ZÄÖÜß&/,-]+)*-?)[ \t]*"
)
_CAPITALS = re.compile(r"[ \t]*[A-ZÄÖÜ][A-ZÄÖÜß]*(?:[ \t][A-ZÄÖÜß&/,-]+)*-?[ \t]*")
_RULE = re.compile(r"[ \t]*[-─━═_]{6,}(?:[ \t]+[-─━═_]{6,})*[ \t]*")
_LEAST_GROUPS = 3
_MOST_GROUP_LINES = 24  # lines of one group's rows
_MOST_HEADER_LINES = 4  # lines between the header row and the first divider (a head's wrapped rest, a rule)
_MOST_WORDS = 8


def _coded(text: str, letter: str) -> bool:
    """Whether a line opens with a row's code of the group's letter ("A1", "A 2", "A1.")."""
    return re.match(rf"[ \t]*{letter}[ \t]?\d{{1,2}}\.?(?:[ \t]|$)", text) is not None


def _header_over(ft: FieldText, first: int) -> bool:
    """Whether a header row holding two column heads of a field table stands a few lines over line ``first``."""
    for k in range(first - 1, max(-1, first - 1 - _MOST_HEADER_LINES), -1):
        text = ft.rows[k].text
        if ft.blank(k):
            return False
        if _RULE.fullmatch(text) or drawn_rule(text):
            continue
        if sum(ft.vocab.headers.match(w) is not None for w in text.split()) >= 2:
            return True
    return False


def _group(ft: FieldText, k: int, letter: str) -> tuple[Candidate, int] | None:
    """The field of the divider row ``k`` (its name's lines joined) and the line after its group's rows."""
    m = _DIVIDER.fullmatch(ft.rows[k].text)
    if m is None or m.group("letter") != letter:
        return None
    line = ft.rows[k]
    parts = [(line.start + m.start("name"), line.start + m.end("name"))]
    column = m.start("name")
    edge = not line.text[:1].isspace()  # an export that sets every line at the left edge sets the name's rest there
    j = k + 1
    while j < len(ft.rows) and _CAPITALS.fullmatch(ft.rows[j].text) and not _coded(ft.rows[j].text, letter):
        text = ft.rows[j].text
        indent = len(text) - len(text.lstrip())
        if indent != column and not (indent == 0 and edge):
            return None
        parts.append((ft.rows[j].start + indent, ft.rows[j].start + len(text.rstrip())))
        j += 1
    rows = 0
    while j < len(ft.rows) and rows < _MOST_GROUP_LINES and not ft.blank(j):
        text = ft.rows[j].text
        if _coded(text, letter):
            rows += 1
        elif _DIVIDER.fullmatch(text) or _RULE.fullmatch(text) or drawn_rule(text) or not rows:
            break
        j += 1
    if not rows:
        return None
    label = clean_label("\n".join(ft.text[a:b] for a, b in parts))
    if len(label.split()) > _MOST_WORDS or is_sentence(label, ft.vocab) or is_structure(label, ft.vocab):
        return None
    return Candidate(parts[0][0], parts[-1][1], label, "table"), j


def divider_rows(ft: FieldText) -> Iterator[Candidate]:
    """The fields named by the lettered divider rows of a table of goals (see the module)."""
    if not ft.about_integration():
        return
    k = 0
    while k < len(ft.rows):
        m = _DIVIDER.fullmatch(ft.rows[k].text)
        if m is None or m.group("letter") != "A" or not _header_over(ft, k):
            k += 1
            continue
        found: list[Candidate] = []
        j = k
        while (group := _group(ft, j, chr(ord("A") + len(found)))) is not None:
            found.append(group[0])
            j = group[1]
        if len(found) >= _LEAST_GROUPS:
            yield from found
        k = max(j, k + 1)
