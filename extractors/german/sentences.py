"""The context of a cost in the raw document text: its sentence, cut at line breaks before list
items, key-value lines and table rows.

Every other reader of prose takes the structure view's sentences (``sv.sentence_at``, from
``pipeline.structure.prose.sentences``); the action fields and the review do. The cost extractor
keeps this reading: on the corpora the view's sentences cut a list's items from the sentence that
leads them in ("Zur Finanzierung ... werden folgende Einnahmen veranschlagt:" / "- Landkreis
Hildesheim 2.500,00 €"), and 87 cost types of the Nordstemmen corpus fall to "other" with it
(1,613 evidence spans move); moving costs onto the view waits for a view that keeps a list's
lead-in with its items.
"""

from __future__ import annotations

import re

from pipeline.structure.lines import lines
from pipeline.structure.prose import ABBREVIATIONS

_ABBREV = ABBREVIATIONS  # the one abbreviation list
_TERMINATOR = re.compile(r"[.!?:](?=[\s)\"“”]*(?:\s|$))|\n[ \t\f]*\n")
_MARKER = re.compile(
    r"[ \t]*(?:[-–•▪■●*·○◦][ \t]*(?:(?:\(?\d{1,2}|\(?[A-Za-z]|[IVX]{1,4})[.)][ \t]+)?"
    r"|(?:\(?\d{1,2}|\(?[A-Za-z]|[IVX]{1,4})[.)][ \t]+)"
)
_KEY_VALUE = re.compile(r"[ \t]*[A-ZÄÖÜ][\w ./()\-]{0,40}:[ \t]*\S")
_BOXED = re.compile(r"[ \t]*[|│┃]")  # a row of a table or box drawn with bars: "| Sachkosten: 4.200 € |"
_INITIALS = re.compile(r"(?:\w\.)+\w")
_NEXT_WORD = re.compile(r"[\s)\"“”]*(\S?)")


def _ends(text: str, m: re.Match[str], colon: bool) -> bool:
    """Whether a terminator match ends a sentence (not an abbreviation, ordinal or date)."""
    i = m.start()
    if text[i] in "\n!?":
        return True
    if text[i] == ":":
        return colon
    token = text[max(0, i - 12) : i].lower()
    token = token[len(token.rstrip("abcdefghijklmnopqrstuvwxyzäöüß0123456789_.")) :]
    if token in _ABBREV or (token.isdigit() and len(token) <= 2) or _INITIALS.fullmatch(token):
        return False
    following = _NEXT_WORD.match(text[i + 1 : i + 40])
    return not (following and following.group(1).islower())


def _breaks_before(line: str, prev: str) -> bool:
    """Whether a sentence must start at ``line`` (list item, key-value pair, table row)."""
    return bool(
        _MARKER.match(line)
        or _KEY_VALUE.match(line)
        or "\t" in line
        or "\t" in prev
        or _KEY_VALUE.match(prev)
        or _BOXED.match(line)
        or _BOXED.match(prev)
    )


def sentence_at(text: str, pos: int, colon: bool = False) -> tuple[int, int]:
    """Bounds of the sentence holding ``pos``; it breaks at terminators, blank lines, list
    items, key-value lines and table rows. With ``colon`` a colon ends a sentence too.
    """
    lo, hi = max(0, pos - 2000), min(len(text), pos + 2000)
    # the last terminator before pos that ends a sentence: test them from pos backwards
    before = list(_TERMINATOR.finditer(text, lo, pos))
    start = next((m.end() for m in reversed(before) if _ends(text, m, colon)), lo)
    end = next(
        (m.start() + (m.group(0)[0] != "\n") for m in _TERMINATOR.finditer(text, pos, hi) if _ends(text, m, colon)), hi
    )
    rows = lines(text, start, end)
    here = next(k for k, r in enumerate(rows) if r.start <= pos <= r.end or k == len(rows) - 1)
    for k in range(here, 0, -1):
        if _breaks_before(rows[k].text, rows[k - 1].text):
            start = rows[k].start
            break
    for k in range(here + 1, len(rows)):
        if _breaks_before(rows[k].text, rows[k - 1].text):
            end = rows[k - 1].end
            break
    return start, max(end, pos)
