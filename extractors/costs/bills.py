"""A bill of the one engaged, quoted as an annex: an invoice ("2. Abschlagsrechnung – Prozessbegleitung …",
"Schlussrechnung" over "Zwischenevaluation …") or a time sheet ("Leistungsnachweis Nr. 2" over
"Auftragnehmer: … Moderation & Prozessbegleitung"), its positions, net sum, tax, amount billed and
instalments under its title::

    2. Abschlagsrechnung – Prozessbegleitung Integrationsplan, Phase 1
    Pos.  Leistung                                            Betrag netto
    1     Vorbereitung und Moderation der Auftaktkonferenz      4.200,00 €
          Summe netto                                           7.850,00 €
          Rechnungsbetrag                                       9.341,50 €

Where the title or the two lines under it name the kind of work (a cue of a kind of money, as a fee's
"Prozessbegleitung" or "Evaluation"), every amount from the title to the page's end or the next annex is
money of that kind: a position, a sum or an instalment of the bill, not an amount of its own kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from pipeline.records import Cost
from pipeline.structure import Line

# a bill's title opening its line, behind a box's bar or not: an invoice ("2. Abschlagsrechnung", "Schlussrechnung",
# "Rechnung") or a time sheet ("Leistungsnachweis")
_TITLE = re.compile(
    r"[^\w\n]*(?:\d{1,2}\.[ \t]*)?(?:(?:Abschlags|Schluss|Teil|Zwischen)?[Rr]echnung|Leistungsnachweis)(?![\wäöüß])"
)
_ANNEX = re.compile(r"Anlage\b")  # the next annex's heading ends the bill
TITLE_LINES = 3  # the title's line and the lines under it that name the work


def billed(costs: list[Cost], lines: list[Line], kind_of: Callable[[str], str | None]) -> list[Cost]:
    """``costs`` with the amounts of bills of a kind of work (``kind_of``: the kind a line names) typed as that
    kind, where they are of no kind or a sum of the bill's."""
    spans: list[tuple[int, int, str]] = []
    for k, ln in enumerate(lines):
        if not _TITLE.match(ln.text):
            continue
        kind = next((kd for x in lines[k : k + TITLE_LINES] if (kd := kind_of(x.text)) is not None), None)
        if kind is None or kind in ("total", "other"):
            continue
        end = next((x.start for x in lines[k + 1 :] if _ANNEX.match(x.text) or "\f" in x.text), lines[-1].end)
        spans.append((ln.start, end, kind))
    if not spans:
        return costs
    out = []
    for c in costs:
        at = c.span.start
        kind = next((kd for a, b, kd in spans if a <= at < b), None)
        out.append(replace(c, cost_type=kind, rule_id="bill") if kind and c.cost_type in ("other", "total") else c)
    return out
