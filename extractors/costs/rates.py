"""A table that computes fees from a day or an hour rate ("Leistungsbaustein  Tage  Tagessatz  Betrag" over
"Stadtteilwerkstätten (4 Termine)  8  1.200 €  9.600 €"): an amount in one of its rows without a cue of its
own is a fee (external support), the table's header naming the rate as a column's head; not where the
header names lodging or care ("Tagessatz pro Person  Unterkunft"), nor under a line of prose. A schedule's rows
without a cue of their own take the kind its caption names (:func:`captioned_row`)."""

from __future__ import annotations

import re

from pipeline.lang.de.money import find_money
from pipeline.structure import Line

from .amounts import RULE_GLYPH
from .kinds import Config, first_cue

ROWS = 12  # rows of a rate table at most between an amount and its header
HEADER_WORDS = 8  # words of a table's header at most
_RULE = re.compile(rf"[ \t]*[{RULE_GLYPH}]{{3,}}(?:[ \t]+[{RULE_GLYPH}]{{3,}})*[ \t]*")  # a rule between rows


def rated_row(conf: Config, lines: list[Line], i: int, kind: str | None) -> str | None:
    """``external_support`` for an amount on line ``i`` without a cue of its own (``kind`` None), a row of a
    table whose header names a fee's rate, else None: the lines between the header and the row are rows too,
    each ending in an amount."""
    if kind is not None:
        return None
    for k in range(i, max(-1, i - 1 - ROWS), -1):
        text = lines[k].text.rstrip()
        found = find_money(text)
        if found and found[-1].end == len(text):
            continue  # a row of the table, ending in its amount
        words = text.split()
        header = k < i and 2 <= len(words) <= HEADER_WORDS and not text.endswith((".", ":", ";", ","))
        fee = header and not found and conf.fee_rate.search(text) and not conf.care.search(text)
        return "external_support" if fee else None
    return None


CAPTION_WORDS = 14  # words of a schedule's caption at most


def _row(line: str) -> bool:
    """Whether a line is a row of a schedule: it ends in an amount."""
    text = line.rstrip()
    found = find_money(text)
    return bool(found) and found[-1].end == len(text)


def captioned_row(conf: Config, lines: list[Line], i: int, kind: str | None) -> str | None:
    """The kind the caption names of a schedule (of payments, of instalments) for an amount on line ``i`` without
    a cue of its own: "Auszahlungsplan nach Nr. 4 der Nebenbestimmungen zum Zuwendungsbescheid" over "1. Teilbetrag
    auf Mittelabruf …   24.000,00 €" (a grant's), "Zahlungsplan zum Moderationsvertrag" over "Rate  fällig nach
    Betrag (brutto)" over "3  Abschlussdokumentation   3.570,00 €" (a fee's). The rows each end in an amount,
    rules between them, two at least; the caption (one cell) stands over them, a header (cells set apart by gaps)
    or a blank line between maybe, a blank line over it;
    none under a line of prose."""
    if kind is not None or not _row(lines[i].text):
        return None
    up = i
    while up > 0 and i - up < ROWS and (_row(lines[up - 1].text) or _RULE.fullmatch(lines[up - 1].text)):
        up -= 1
    down = i
    while (
        down + 1 < len(lines)
        and down - i < ROWS
        and (_row(lines[down + 1].text) or _RULE.fullmatch(lines[down + 1].text))
    ):
        down += 1
    if sum(_row(ln.text) for ln in lines[up : down + 1]) < 2:
        return None
    if up > 1 and not lines[up - 1].text.strip():
        up -= 1  # a blank line under the caption
    for k in (up - 1, up - 2):  # the caption, or a header and the caption over it
        text = lines[k].text.strip() if k >= 0 else ""
        if not text or find_money(text) or len(text.split()) > CAPTION_WORDS or text.endswith((".", ",", ";")):
            return None
        if "  " in text:  # cells set apart by gaps: the rows' header, never their caption
            if k < up - 1:
                return None
            continue
        if k == 0 or not lines[k - 1].text.strip():
            return first_cue(conf, [text])
    return None
