"""The same money stated before and after VAT in one sentence: "71.400 € brutto (60.000 € netto)",
"25.000 € netto bzw. 29.750 € brutto", "9.000 € netto zuzüglich Umsatzsteuer, insgesamt 10.710 €
brutto". The net and the gross amount are one fee: where one of them has a cue of what the money
is for (``PURPOSES``) and the other none, or only a total's or another's, both are of that purpose
(the gross amount of a fee is no total of the matter). The words of net and gross are ``net`` and
``gross`` of ``costs.yaml``, right after the amount or right before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.de.money import Money
from pipeline.structure import View

from .contexts import Context
from .kinds import PURPOSES, Config

TAX_WORD_REACH = 40  # characters after an amount where its net or gross word may stand
_LEAD = re.compile(r"[\s)]*")  # between an amount and its word ("(60.000 € netto)")
_BEFORE = re.compile(r"\s*:?\s*$")  # between the word before an amount and the amount ("brutto: 71.400 €")
WEAK = (None, "", "other", "total")  # the types a net or gross amount gives up for its partner's purpose
SPENT = tuple(p for p in PURPOSES if p != "other")  # the purposes a partner passes on


def tax_state(conf: Config, text: str, money: Money) -> str | None:
    """ "net" or "gross" where such a word stands right after ``money`` or right before it."""
    after = text[money.end : money.end + TAX_WORD_REACH]
    at = _LEAD.match(after)
    rest = after[at.end() if at else 0 :]
    # (the indent of a wrapped line counts one space: "… zuzüglich 19 % Umsatzsteuer," / "      insgesamt 7.616 €")
    before = re.sub(r"\s+", " ", text[max(0, money.start - 2 * TAX_WORD_REACH) : money.start])[-TAX_WORD_REACH:]
    for name, pattern in (("net", conf.net), ("gross", conf.gross)):
        if pattern.match(rest):
            return name
        hits = list(pattern.finditer(before))
        if hits and _BEFORE.fullmatch(before, hits[-1].end()):
            return name
    return None


def net_and_gross(conf: Config, sv: View, found: list[Money], contexts: list[Context]) -> list[Context]:
    """The contexts of ``found`` with the net and the gross amount of one sentence typed alike, or of two
    amounts side by side; a net amount in a bracket right after an amount without a word of its own
    restates that one ("Die Moderation schlägt mit 23.800 € zu Buche (20.000 € netto)")."""
    states = [tax_state(conf, sv.text, m) for m in found]
    out = list(contexts)
    for n, state in enumerate(states):
        if state != "net":
            continue
        s, e = sv.raw_sentence_at(found[n].start)
        partners = [
            k
            for k, st in enumerate(states)
            if st == "gross"
            and (s <= found[k].start < e or _adjacent(sv.text, found, n, k))
            or st is None
            and k == n - 1
            and _adjacent(sv.text, found, n, k)
            and "(" in sv.text[found[k].end : found[n].start]
        ]
        if not partners:
            continue
        k = min(partners, key=lambda k: abs(found[k].start - found[n].start))
        a, b = out[n], out[k]
        if a.cost_type in SPENT and b.cost_type in WEAK:
            out[k] = replace(b, cost_type=a.cost_type, rule_id=a.rule_id)
        elif b.cost_type in SPENT and a.cost_type in WEAK:
            out[n] = replace(a, cost_type=b.cost_type, rule_id=b.rule_id)
        elif a.cost_type in WEAK and b.cost_type in WEAK and (kind := typed_elsewhere(found, contexts, (n, k))):
            # neither has a cue: the same sum typed where it stands again ("Moderation (brutto)
            # 29.750 €" in the cost table under "… mit 25.000 € netto bzw. 29.750 € brutto")
            out[n], out[k] = replace(a, cost_type=kind, rule_id=kind), replace(b, cost_type=kind, rule_id=kind)
    return out


PAIR_GAP = 40  # characters between a net and a gross amount side by side


def _adjacent(text: str, found: list[Money], n: int, k: int) -> bool:
    """Whether the amounts ``n`` and ``k`` stand side by side, a short gap between them: a sentence's
    end read into an abbreviation ("23.205 € inkl. 19 % MwSt. (netto 19.500 €)") does not part them."""
    if abs(n - k) != 1:
        return False
    first, second = sorted((found[n], found[k]), key=lambda m: m.start)
    return second.start - first.end <= PAIR_GAP and "\n\n" not in text[first.end : second.start]


def typed_elsewhere(found: list[Money], contexts: list[Context], pair: tuple[int, int]) -> str | None:
    """The one purpose the other rows of the pair's amounts have, if they agree on one."""
    amounts = {found[i].amount for i in pair}
    kinds = {
        c.cost_type
        for i, (m, c) in enumerate(zip(found, contexts))
        if i not in pair and m.amount in amounts and c.cost_type in SPENT
    }
    return kinds.pop() if len(kinds) == 1 else None
