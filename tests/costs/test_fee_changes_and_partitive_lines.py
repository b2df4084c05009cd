"""costs: the step and the new value of a change of a contract's pay are the fee's, the adverb of the
whole after "auf" no total ("Die Vergütung erhöht sich um 3.570 € auf insgesamt 14.280 €"); a line
opening with a part taken out of the amount above ("davon Zuschuss …") is the part's, not the whole's;
a row whose bracket lists parts of several kinds sums them; the first year's share of a whole split
by years is of the whole's kind like the second; the gross sum after a bracketed tax amount is the net
offer's pair (invented passages, with near misses).
"""

from __future__ import annotations

import pytest

from tests.costs.test_shares_of_a_sum import Passage, types_of

SUPPORT = "§ 1 Die Auftragnehmerin moderiert zusätzlich zwei Werkstätten.\n"

PASSAGES = [
    Passage(
        "fee-raised-to-a-whole",
        SUPPORT + "§ 2 Die Vergütung erhöht sich um 3.570,00 € auf insgesamt 14.280,00 €.\n",
        {3570: "external_support", 14280: "external_support"},
    ),
    Passage(
        "fee-raised-gross",
        SUPPORT + "§ 2 Die Vergütung erhöht sich um 1.190,00 € brutto auf insgesamt 9.520,00 € brutto.\n",
        {1190: "external_support", 9520: "external_support"},
    ),
    Passage(
        "fee-raised-passive",
        "Die Moderation der Foren wird verlängert. Die Vergütung wird um 2.000 € auf 9.000 € erhöht.\n",
        {2000: "external_support", 9000: "external_support"},
    ),
    # near misses: no support named, or another noun's change, stay as they were
    Passage(
        "fee-raised-without-support",
        "Die Leistungszeit wird verlängert. Die Vergütung erhöht sich um 3.570 € auf insgesamt 14.280 €.\n",
        {3570: "total", 14280: "total"},
    ),
    Passage(
        "costs-raised",
        SUPPORT + "§ 2 Die Gesamtkosten erhöhen sich um 3.570 € auf insgesamt 14.280 €.\n",
        {3570: "total", 14280: "total"},
    ),
    Passage(
        "partitive-line-below",
        "5. Kosten\n   Quartiersplan (Befragung, Moderation, Druck), 2026–2027     30.000,00 €\n"
        "   davon Zuschuss des Landes (Förderquote 50 %)               15.000,00 €\n",
        {30000: "total", 15000: "grant"},
    ),
    Passage(
        "parts-of-one-kind",
        "5. Kosten\n   Werkstätten (Moderation, Begleitung), 2026–2027     12.000,00 €\n\n",
        {12000: "external_support"},
    ),
    Passage(
        "a-cue-outside-the-bracket",
        "5. Kosten\n   Sachkosten (Druck, Moderation)     3.000,00 €\n\n",
        {3000: "material"},
    ),
    Passage(
        "first-years-share",
        "Die Kosten der Begleitung von 10.000,00 € verteilen sich auf 2027 (4.000,00 €) und 2028 (6.000,00 €).",
        {10000: "external_support", 4000: "external_support", 6000: "external_support"},
    ),
    Passage(
        "gross-after-a-bracketed-tax",
        "Gern begleiten wir die drei Werkstätten. Wir bieten pauschal 2.000,00 € netto zuzüglich 19 % "
        "Umsatzsteuer (380,00 €), zusammen 2.380,00 € an.\n\nDas Honorar von 2.380,00 € wird aus dem Budget gezahlt.",
        {2000: "external_support", 380: "other", 2380: "external_support"},
    ),
]


@pytest.mark.parametrize("passage", PASSAGES, ids=[p.id for p in PASSAGES])
def test_fee_changes_and_partitive_lines(passage: Passage) -> None:
    assert types_of(passage.text) == {float(a): {t} for a, t in passage.rows.items()}
