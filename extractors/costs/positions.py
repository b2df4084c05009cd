"""A calculation of a post's costs by positions, as the KGSt's "Kosten eines Arbeitsplatzes" sets it, cut at
gaps under a header whose last cell heads the amounts::

    Position                        Bewertung          Anteil     Betrag
    ──────────────────────────────  ─────────────────  ─────────  ─────────────
    Integrationskoordination        E 11 TVöD          1,0 VZÄ     82.400,00 €
    Sachkosten Büroarbeitsplatz     9.700 € je VZÄ     1,0 VZÄ      9.700,00 €
    Gemeinkostenzuschlag            20 % der Personal-             16.480,00 €
                                    kosten
    ──────────────────────────────  ─────────────────  ─────────  ─────────────
    Jahreskosten                                                  108.580,00 €

A row's amounts are of the kind its label names ("Sachkosten …"), else personnel where the row rates a
post by a pay scale ("E 11 TVöD", "A 12 BBesO"); the row under the closing rule is the total. A row whose
label and rating name no kind keeps the kind read for it otherwise. The header has three cells or more,
no digit, its last the amounts' ("Betrag", "Kosten", "EUR") and none of the others a kind (a grid of
kinds is read by its columns); a row rates a post by a pay scale; the rows run to a blank line.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.lang.de.money import Money
from pipeline.structure import Line

_AMOUNT_HEAD = re.compile(r"(?:Betrag|Beträge|Kosten|Jahreskosten|Summe|EUR|€|Euro)\b[^\d]*")
_PAY_SCALE = re.compile(r"\b(?:TVöD|TV-L|TV-H|TV[ \t]?SuE|BBesO|LBesO|BesO|BesGr\.?)(?![\wäöüß])")
_RULE_LINE = re.compile(r"[ \t─━═_–-]+")
_MIN_CELLS = 3
_ROWS = 30  # lines of a calculation's rows at most


def position_kinds(all_lines: list[Line], found: list[Money], kind_of: Callable[[str], str | None]) -> dict[int, str]:
    """The kind of every amount of ``found`` in a calculation of positions, by its start."""
    out: dict[int, str] = {}
    starts = sorted(m.start for m in found)
    if not starts:
        return out
    for j, head in enumerate(all_lines):
        cells = head.columns
        if len(cells) < _MIN_CELLS or re.search(r"\d", head.text) or not _AMOUNT_HEAD.fullmatch(cells[-1][2].strip()):
            continue
        if any(kind_of(cell) for _, _, cell in cells[:-1]):
            continue  # heads of kinds: a grid of kinds, its columns type its amounts
        if not any(_PAY_SCALE.search(ln.text) for ln in all_lines[j + 1 : j + 1 + _ROWS]):
            continue  # no post rated by a pay scale: no calculation of a post's costs
        ruled = False
        for ln in all_lines[j + 1 : j + 1 + _ROWS]:
            if not ln.text.strip():
                break
            if _RULE_LINE.fullmatch(ln.text):
                ruled = ruled or ln is not all_lines[j + 1]  # the rule under the header opens the rows
                continue
            own = [s for s in starts if ln.start <= s < ln.end]
            row = ln.columns
            if not own or len(row) < 2:
                continue
            kind = "total" if ruled else kind_of(row[0][2]) or ("personnel" if _PAY_SCALE.search(ln.text) else None)
            if kind is not None:
                out.update(dict.fromkeys(own, kind))
    return out
