"""The share left to the council in a financing table: a row labelled with it alone ("Eigenanteil
Landkreis (30 %)      5.400,00 €", "verbleibender Eigenanteil der Stadt    8.906,00 €", "städtischer
Anteil    6.600,00 EUR") balances the costs against the grants above it and is ``other``; the own
share is an allocation only where a sentence says so ("Der Eigenanteil … ist im Haushalt
eingeplant"). The label is the row's text before its first amount; ``own_share`` of ``costs.yaml``
says whether it names the share and nothing else.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from pipeline.lang.de.money import Money

from .contexts import Context
from .kinds import Config


def own_share_rows(
    conf: Config, text: str, found: list[Money], contexts: list[Context], starts: list[int]
) -> list[Context]:
    """The contexts of ``found`` with an allocation in a row labelled by the own share alone typed ``other``."""
    first: dict[int, int] = {}  # line -> the start of its first amount
    for m in found:
        first.setdefault(bisect.bisect_right(starts, m.start) - 1, m.start)
    out = list(contexts)
    for n, (m, ctx) in enumerate(zip(found, contexts)):
        i = bisect.bisect_right(starts, m.start) - 1
        if ctx.cost_type == "budget" and conf.own_share.fullmatch(text, starts[i], first[i]):
            out[n] = replace(ctx, cost_type="other", rule_id="other")
    return out
