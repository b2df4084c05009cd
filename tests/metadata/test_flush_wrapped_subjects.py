"""metadata: a labelled subject ("Titel:", "Thema:") whose value a PDF's text wraps flush left, the
indentation lost: the next line goes on with the value where the value is broken off after a function
word ("… Einrichtung eines" / "Beirates …") or the next line opens with one in lower case ("und Einsatz
von …"); a line opening a sentence, a label line and a line after a whole value end it (invented
examples)."""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import extract

HEAD = "Stadt Hohenfurt\nDer Bürgermeister\n                                     Drucksache 2031/0112\n\n"
AFTER = "\nBeratung in den Gremien\nStadtrat  14.05.2031  Entscheidung\n\nSachverhalt:\nDer Text.\n"
CASES = [
    (
        "broken off after an article",
        "Titel: Leitbild Vielfalt Hohenfurt 2031–2035; Einrichtung eines\nBeirates und Vertrag für die Moderation\n",
        "Leitbild Vielfalt Hohenfurt 2031–2035; Einrichtung eines Beirates und Vertrag für die Moderation",
    ),
    (
        "a line opening with a conjunction after a line broken off",
        "Thema: Konzept „Gut ankommen in Hohenfurt“ – Zustimmung des\nRates\nund Einsatz von Mitteln\n",
        "Konzept „Gut ankommen in Hohenfurt“ – Zustimmung des Rates und Einsatz von Mitteln",
    ),
    (
        "a whole value: the flush line after it is not its own",
        "Titel: Leitbild Vielfalt Hohenfurt 2031–2035\nDer Rat hat am 03.03.2031 beraten.\n",
        "Leitbild Vielfalt Hohenfurt 2031–2035",
    ),
    (
        "a sentence's start after a broken-off value ends it",
        "Titel: Leitbild Vielfalt und Beteiligung der\nDie Verwaltung legt den Entwurf vor.\n",
        "Leitbild Vielfalt und Beteiligung der",
    ),
]


@pytest.mark.parametrize(("case", "title", "expected"), CASES, ids=[c[0] for c in CASES])
def test_flush_wrapped_subject(case: str, title: str, expected: str) -> None:
    assert extract(HEAD + title + AFTER)["subject"] == expected
