"""A facilitation sentence that names no one but bears a footnote's mark ("Das wirtschaftlichste Angebot
liegt vor¹; es umfasst 21 Moderationstage …") names the one engaged in its footnote, the line below that
opens with the same mark ("¹ Angebot vom 28.01.2027: Büro X, Inhaberin Dipl.-Soz. Y, Ort; 24.600,00 EUR
netto, 29.274,00 EUR brutto."): its names are the sentence's, its amount the fee (a net one giving way
to another)."""

from __future__ import annotations

import re

from pipeline.lang.de.money import find_money
from pipeline.structure.prose import Unit

from .names import Found, candidates
from .rules import Rules

# a footnote's mark right after a word of the sentence ("liegt vor¹;", "Angebot*")
_MARK = re.compile(r"(?<=[^\W\d_])(?P<mark>[¹²³⁴⁵⁶⁷⁸⁹]|\*{1,3})(?=[\s,;.:)]|$)")
_NOTE_REACH = 6000  # characters after the sentence where its footnote may stand (the page's foot)
# the footnote's body ends at a blank line, at a line opening with another mark, or at the page's end (an export
# may set no blank line after it: "… Angeboten." / "Seite 1 von 2" / page break / "3. Lenkungsgruppe")
_BODY_END = re.compile(r"\n[ \t]*\n|\n[ \t]*(?:[¹²³⁴⁵⁶⁷⁸⁹]|\*{1,3}|\d{1,2}\))[ \t]|\f")


def noted(text: str, unit: Unit, n: int, r: Rules, method: str) -> list[Found]:
    """The persons and organisations the footnote of the sentence ``unit`` names, its amounts theirs;
    none where the sentence bears no mark or the mark's footnote is not found below it."""
    out: list[Found] = []
    for m in _MARK.finditer(text, unit.start, unit.end):
        body = _body(text, unit.end, m.group("mark"))
        if body is None:
            continue
        start, end = body
        named = candidates(text, start, end, n, r, method=method)
        money = find_money(text, start, end)
        for f in named:
            f.amounts.extend((bool(r.net.match(text, a.end, end)), a.amount) for a in money)
        out.extend(named)
    return out


def _body(text: str, after: int, mark: str) -> tuple[int, int] | None:
    """The span of the footnote opening a line with ``mark`` below ``after``: from after the mark to the
    blank line or the next footnote's mark."""
    note = re.compile(rf"(?m)^[ \t]*{re.escape(mark)}[ \t]+(?=\S)")
    m = note.search(text, after, min(len(text), after + _NOTE_REACH))
    if m is None:
        return None
    stop = _BODY_END.search(text, m.end())
    return m.end(), stop.start() if stop else len(text)
