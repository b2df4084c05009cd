"""A column of amounts under the currency alone: a financing plan's header ending in "Euro" (or "€", "EUR") over
rows of a label and a number without a currency each, as a grant's plan sets them::

    Finanzierungsplan PfD Kyffhäuserkreis 2027                     Euro
    ─────────────────────────────────────────────────────  ──────────
    A  Ausgaben
       A1  Koordinierungs- und Fachstelle                        48.500
       …
           Summe Ausgaben                                       125.000

The rows' numbers are written with a thousands point or cents ("48.500", "8.000,00"); headings of the rows'
groups ("A  Ausgaben") and rules stand between them, and a blank line ends the table. Where the header sets
the currency after a gap, each number ends under it; where a PDF's text layer closed the gaps to single spaces
("Finanzierungsplan PfD Kyffhäuserkreis 2027 Euro" / "A1 Koordinierungs- und Fachstelle 48.500"), the rows'
kinds alone say it. The year before the currency in such a header is the caption's ("… 2027   Euro"), no
amount of 2.027 euros; set before a gap, it is so with no rows under it read too."""

from __future__ import annotations

import re

from pipeline.lang.de.money import Money, parse_number
from pipeline.structure import Line

from .amounts import RULE_GLYPH, YEAR

_HEAD = re.compile(r"[ \t]*(?P<caption>[^\W\d_].*?)(?P<gap>[ \t]+)(?P<unit>€|EUR|Euro)[ \t]*$")
_ROW = re.compile(r"[ \t]*(?P<label>\S*[^\W\d_].*?)[ \t]+(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d{2})?|\d{1,3},\d{2})[ \t]*$")
_RULES = re.compile(rf"[ \t]*[{RULE_GLYPH}]{{3,}}(?:[ \t]+[{RULE_GLYPH}]{{3,}})*[ \t]*")
_DIGIT = re.compile(r"\d")
_LAST_YEAR = re.compile(r"(?<![\d.])(?:19|20)\d\d$")  # a year ending a header's caption
_CURRENCY = re.compile(r"€|\bEUR\b|\bEuro\b")
GROUP_WORDS = 6  # words of a heading of the rows' groups at most ("A  Ausgaben", "E  Einnahmen")
REACH = 30  # lines of a table at most
SLACK = 4  # columns a number may end beside the currency over it
MIN_ROWS = 2


def unit_column(text: str, all_lines: list[Line]) -> tuple[dict[int, tuple[Money, Line]], set[int]]:
    """The amounts of the columns under the currency alone, by their start with their rows, and where the
    currency of each such header ends (a number before it there is the caption's, no amount)."""
    out: dict[int, tuple[Money, Line]] = {}
    heads: set[int] = set()
    for j, head in enumerate(all_lines):
        if not head.text.rstrip().endswith(("€", "EUR", "Euro")) or "\t" in head.text:
            continue  # most lines end otherwise
        m = _HEAD.fullmatch(head.text)
        if m is None or _DIGIT.search(YEAR.sub("", m.group("caption"))) or _CURRENCY.search(m.group("caption")):
            continue
        gapped = len(m.group("gap")) >= 2
        if gapped and _LAST_YEAR.search(m.group("caption")):
            heads.add(head.start + m.end("unit"))  # a column's head after a gap: the year is the caption's
        rows = _rows(all_lines, j, m.end("unit") if gapped else None)
        if len(rows) < MIN_ROWS:
            continue
        heads.add(head.start + m.end("unit"))
        for ln, r in rows:
            value = parse_number(r.group("num"))
            if value is not None:
                s, e = ln.start + r.start("num"), ln.start + r.end("num")
                out[s] = (Money(value, s, e, text[s:e]), ln)
    return out, heads


def _rows(all_lines: list[Line], j: int, under: int | None) -> list[tuple[Line, re.Match[str]]]:
    """The rows under header ``j`` (their numbers ending under column ``under`` of it where it sets the currency
    after a gap), over rules and groups' headings, to the first blank line; none where a line is neither."""
    rows: list[tuple[Line, re.Match[str]]] = []
    for ln in all_lines[j + 1 : j + 1 + REACH]:
        if not ln.text.strip():
            break
        if _RULES.fullmatch(ln.text) or "\t" in ln.text:
            continue
        r = _ROW.fullmatch(ln.text)
        if r is not None and _CURRENCY.search(ln.text) is None:
            if under is not None and abs(r.end("num") - under) > SLACK:
                return []
            rows.append((ln, r))
        elif len(ln.text.split()) > GROUP_WORDS or _DIGIT.search(ln.text.split()[-1]):
            return [] if len(rows) < MIN_ROWS else rows
    return rows
