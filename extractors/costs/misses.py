"""cost_misses: the costs the family saw and did not read.

Asked after the reader, with the costs it read (a pure function of the document, its records
and its view):

- ``financial_impact_without_amount``: "Finanzielle Auswirkungen: ja", or a ticked box before
  "ja" on the label's line or the two lines after it, and no cost read;

and, asked only of a document about an integration concept (:func:`concept_misses`, the
comparison's facts):

- ``amount_without_cost``: an amount of money in a sentence with a cost word ("Kosten",
  "Honorar", "Mittel", "Förderung") that no cost row covers;
- ``total_computed``: no total stated, so that the comparison's total is the sum of one kind's
  amounts (:func:`extractors.costs.cost_total`): a number the paper does not state.

Words: the family's own ``resources/costs.yaml`` (its ``misses``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields

from extractors.fastre import Matcher, prefiltered
from extractors.misses import Miss, miss_words, overlaps
from extractors.resources import Resources
from pipeline.document import Document
from pipeline.records import Cost, Record
from pipeline.schema import code_name
from pipeline.structure import View

from . import cost_total

BELOW = 2  # lines after a financial impact's label where its answer may stand
SHOWN_PARTS = 4  # amounts of a computed total named in its message


@dataclass(frozen=True)
class Words:
    """The family's words for its misses, compiled (``costs.yaml``, key ``misses``)."""

    finance: Matcher  # the label of a financial impact ("Finanzielle Auswirkungen"), through a prefilter
    checked: re.Pattern[str]  # a ticked box
    box: re.Pattern[str]  # a box, ticked or not
    affirm: re.Pattern[str]  # the answer yes
    deny: re.Pattern[str]  # the answer no, beside it
    money: re.Pattern[str]  # an amount as written ("12.000 €")
    cost_word: re.Pattern[str]  # a word of a cost ("Kosten", "Honorar")


def words(res: Resources) -> Words:
    """The compiled words of ``costs.yaml`` for the misses (built once per resource set)."""
    return res.compiled(build_words)


def build_words(res: Resources) -> Words:
    finance, *rest = miss_words(res, "costs", (f.name for f in fields(Words)))
    return Words(prefiltered(finance.pattern, finance.flags), *rest)  # asked of every line


def misses(doc: Document, records: Sequence[Record], res: Resources, sv: View) -> Iterator[Miss]:
    """A financial impact marked yes ("Finanzielle Auswirkungen: ja", or a ticked box before
    "ja" on the label's line or the two lines after it) where no cost was read."""
    if any(isinstance(r, Cost) for r in records):
        return
    w = words(res)
    every = sv.lines
    for i, ln in enumerate(every):
        label = w.finance.search(ln.text)
        if label is None:
            continue
        after = ln.text[label.end() :]
        tail = " ".join(x.text for x in every[i + 1 : i + 1 + BELOW])
        if (
            yes_marked(after, w)
            or (not after.strip(" \t:*") and yes_marked(tail, w))
            or (w.box.search(after + " " + tail) and ticked_yes(after + " " + tail, w))
        ):
            said = "finanzielle Auswirkungen mit ja angegeben; keine Kosten erfasst"
            yield Miss("financial_impact_without_amount", doc.span(ln.start, ln.end), said)


def yes_marked(text: str, w: Words) -> bool:
    """ "ja" as the answer, with no "nein" beside it (an unmarked choice) and no boxes."""
    t = text.strip(" \t:*")
    return bool(w.affirm.match(t)) and not w.deny.search(t) and not w.box.search(t)


def ticked_yes(text: str, w: Words) -> bool:
    """A ticked box whose words, up to the next box, begin with "ja"."""
    for m in w.checked.finditer(text):
        nxt = w.box.search(text, m.end())
        words_after = text[m.end() : nxt.start() if nxt else len(text)].strip(" \t:")
        if w.affirm.match(words_after):
            return True
    return False


def concept_misses(doc: Document, records: Sequence[Record], res: Resources, sv: View) -> Iterator[Miss]:
    """Amounts beside a cost word that no cost row covers, and a total the comparison computed:
    asked of a document about an integration concept."""
    w = words(res)
    costs = [r for r in records if isinstance(r, Cost)]
    spans = [(r.span.start, r.span.end) for r in costs]
    for m in w.money.finditer(doc.text):
        if overlaps(m.start(), m.end(), spans) or not any(ch in "123456789" for ch in m.group(0)):
            continue  # covered, or nothing to miss ("Personalmehrbedarf: 0,00 €")
        lo, hi = sv.sentence_at(m.start())
        if w.cost_word.search(doc.text, lo, hi):
            said = f"ein Betrag «{m.group(0)}» neben einem Kostenwort; keine Kostenzeile"
            yield Miss("amount_without_cost", doc.span(m.start(), m.end()), said)
    yield from total_computed(costs)


def total_computed(costs: list[Cost]) -> Iterator[Miss]:
    """No total stated: "Kosten gesamt" is the sum of one kind's amounts (:func:`cost_total`),
    to be checked against the paper."""
    total = cost_total([(c.amount_eur, c.cost_type, c.fiscal_year) for c in costs])
    if total is None or not total.computed:
        return
    parts = [costs[i] for i in total.parts]
    shown = ", ".join(f"«{c.raw_text}»" + (f" ({c.fiscal_year})" if c.fiscal_year else "") for c in parts[:SHOWN_PARTS])
    more = " …" if len(parts) > SHOWN_PARTS else ""
    yield Miss(
        "total_computed",
        parts[0].span,
        f"kein Gesamtbetrag genannt: Kosten gesamt berechnet als Summe von {len(parts)} Betrag/Beträgen "
        f"der Art „{code_name('cost_type', total.kind)}“: {shown}{more}",
    )


__all__ = ["concept_misses", "misses"]
