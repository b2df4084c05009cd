"""A field table's header told by its form, for :func:`.tables.field_tables`.

- The field noun's cell may name the plan's period after the noun ("Handlungsfeld 2027–2031",
  "Handlungsfelder 2028"): the column is still the fields' (a table setting the new fields beside
  the old ones they take up).
- A header ruled off from its rows (a line of dashes under each column, "-----  -----") is a
  header whatever the length of its other cells ("aufgegangene Felder des Plans 2019"): the rule
  says the line names the columns, no sentence does. Such a line opened by the singular noun
  ("Handlungsfeld Schwerpunkt 2027 Mittel 2027" over "-----  -----  -----", its gaps closed by a
  PDF's text) is a header, not a heading naming one field (:func:`ruled_off`), also where its heads wrap
  onto a second line of a few words over the rule ("Handlungsfeld Leitkennzahl Ausgangs- Zielwert" / "wert
  2026 2032" / "-----  -----").
"""

from __future__ import annotations

import re

from .text import FieldText
from .vocab import Vocabulary

# a year or a span of years after the noun ("2027–2031", "2027/28", "2028")
_PERIOD = re.compile(r"[ \t]+(?:19|20)\d\d(?:[ \t]*[–—/-][ \t]*(?:19|20)?\d\d)?$")
# a rule of dashes, equals signs or box lines under a header's columns
_RULE = re.compile(r"[ \t]*(?:[-=_─═]{3,}+[ \t]*)+")
_MOST_WORDS = 8  # words of a ruled header's cell at most


def dated_noun(vocab: Vocabulary, cell: str) -> bool:
    """Whether a header's cell is the field noun with the plan's period after it."""
    m = _PERIOD.search(cell)
    return m is not None and vocab.noun.fullmatch(cell[: m.start()].strip()) is not None


def ruled_header(ft: FieldText, at: int, others: list[str]) -> bool:
    """Whether the header on the line holding ``at`` is ruled off from its rows (a blank line
    between them or not), its other cells a few words each."""
    row = ft.row_at(at)
    below = ft.next_filled(row + 1, 2)
    return (
        below is not None
        and _RULE.fullmatch(ft.rows[below].text) is not None
        and all(len(t.split()) <= _MOST_WORDS for t in others)
    )


# a rule of a table's columns: two runs of dashes at least, apart at a gap
_COLUMN_RULE = re.compile(r"[ \t]*[-=_─═]{3,}(?:[ \t]+[-=_─═]{3,})+[ \t]*")


def ruled_off(ft: FieldText, row: int) -> bool:
    """Whether line ``row`` stands over a rule of two columns or more (a blank line between them or
    not): the header of a table."""
    below = ft.next_filled(row + 1, 2)
    if below is not None and not _column_rule(ft, below) and _wrapped_heads(ft, below):
        below = ft.next_filled(below + 1, 2)  # the header's heads wrapped onto a line of their own
    return below is not None and _column_rule(ft, below)


def _column_rule(ft: FieldText, row: int) -> bool:
    """Whether line ``row`` is a rule of a table's columns, or a rule an export wrapped over two lines."""
    text = ft.rows[row].text
    if _COLUMN_RULE.fullmatch(text) is not None:
        return True
    return (
        _RULE.fullmatch(text) is not None
        and row + 1 < len(ft.rows)
        and _RULE.fullmatch(ft.rows[row + 1].text) is not None
    )


_MOST_WRAPPED = 4  # words at most of a header's second line ("wert 2026   2032")


def _wrapped_heads(ft: FieldText, row: int) -> bool:
    """Whether line ``row`` may be the second line of a header's heads: a few words, no sign ending a sentence."""
    text = ft.rows[row].text.strip()
    return len(text.split()) <= _MOST_WRAPPED and not re.search(r"[.:;!?]$", text)
