"""costs: a participle opening the next line goes on with the amount's sentence ("… 12.000,00 €" /
"veranschlagt, für 2028 …"); a part taken out of a total ("Davon entfallen auf …") is no total; a
column's sum alone under its rule is the total; a row's label begun in lower case over the row of a
grid of years stays in the grid; a body's share out of its own fund is a grant; an order opening a
sentence takes the cue of the sentence before; consulting days and events name their kind; with the
negatives that keep a form's next row and an anaphor's total (invented passages).
"""

from __future__ import annotations

import pytest

from tests.costs.test_shares_of_a_sum import Passage, types_of

PASSAGES = [
    Passage(
        "participle-on-the-next-line",
        "Im Haushalt 2027 sind im Produkt 31.5.01 12.000,00 €\nveranschlagt, für 2028 sind 6.000,00 € in der "
        "Finanzplanung vorgesehen.",
        {12000: "budget", 6000: "budget"},
    ),
    Passage(
        "parts-of-a-total",
        "Die Gesamtausgaben betragen 64.000 €. Davon entfallen auf die Begleitung 18.500 €, auf den Aktionsfonds "
        "für die Stadtteile 24.000 € und auf Öffentlichkeitsarbeit 10.500 €.",
        {64000: "total", 18500: "external_support", 24000: "other", 10500: "material"},
    ),
    Passage(
        "sum-under-a-rule",
        "  Prozessbegleitung ............ 15.470,00 €\n  Druck ........................ 3.100,00 €\n"
        "                                ------------\n                                18.570,00 €\n",
        {15470: "external_support", 3100: "material", 18570: "total"},
    ),
    Passage(
        "label-begun-in-lower-case",
        "   Haushaltsjahr                                  2027          2028\n"
        "   Honorar Mediation                          1.700,00 €    5.100,00 €\n"
        "   Summe                                      2.600,00 €    6.500,00 €\n"
        "   davon Zuwendung nach der Richtlinie\n"
        "   Integrative Maßnahmen (beantragt, 75 %)     1.950,00 €    4.875,00 €\n",
        {
            1700: "external_support",
            5100: "external_support",
            2600: "total",
            6500: "total",
            1950: "grant",
            4875: "grant",
        },
    ),
    Passage(
        "own-fund-of-a-body",
        "Der Landkreis beteiligt sich aus seinem Integrationsfonds mit 5.000,00 €.",
        {5000: "grant"},
    ),
    Passage(
        "order-after-its-description",
        "Die Werkstätten hat die Beispiel GmbH moderiert. Der Auftrag wurde zu 25.000,00 € netto vergeben.",
        {25000: "external_support"},
    ),
    Passage(
        "consulting-days",
        "Das Institut berechnet einen Tagessatz; für 16 Beratungstage ergeben sich 18.400,00 € netto.",
        {18400: "external_support"},
    ),
    Passage(
        "events",
        "  Prozessbegleitung                              21.896,00 €\n"
        "  Veranstaltungen der Facharbeitsgruppen          4.600,00 €\n",
        {21896: "external_support", 4600: "material"},
    ),
    # negatives: a form's next row, an anaphor's total, an order of works
    Passage(
        "a-forms-next-row",
        "davon Honorar: 6.000 €\ndavon Personalkosten: 15.000 €\n",
        {6000: "external_support", 15000: "personnel"},
    ),
    Passage(
        "an-anaphors-total",
        "Die Gesamtkosten betragen 30.000 €. Die Kosten hierfür sind 4.000 €.",
        {30000: "total", 4000: "total"},
    ),
    Passage(
        "events-a-revenue-is-shared-in",
        "Umsatzbeteiligung an sonstigen Veranstaltungen: 0,1 Mio. Euro netto pro Jahr. Die Gewinnpauschale "
        "von 80.000 Euro dient der Abgeltung sonstiger Veranstaltungen der Pächterin.",
        {100000: "other", 80000: "other"},
    ),
    Passage(
        "an-order-of-works",
        "Die Firma Meier hat die Fenster geliefert. Der Auftrag wurde zu 25.000 € vergeben.",
        {25000: "other"},
    ),
]


@pytest.mark.parametrize("passage", PASSAGES, ids=[p.id for p in PASSAGES])
def test_parts_sums_and_lines_run_on(passage: Passage) -> None:
    assert types_of(passage.text) == {float(a): {t} for a, t in passage.rows.items()}
