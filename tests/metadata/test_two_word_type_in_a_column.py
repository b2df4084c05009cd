"""A type of two words in the right-hand column of the letterhead, under the generic type word and
the number ("Drucksache" / "0071/2027" / "Geschäftliche Mitteilung" / "öffentlich"): the type is the
column's two words, not a word of the title under it ("… – Bericht über …"), and the number stands
under the generic word. A cell without an id under it gives no number. Every case is invented."""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import check

PAPER = """Hansestadt Lübeck                                                Drucksache
Fachbereich Kultur und Bildung                                   {number}
Bereich Schule und Sport
                                                                 {kind}
                                                                 öffentlich

                                                                 Lübeck, 14.01.2027

Vorlage an                                              am              zur
Schulausschuss                                          26.01.2027      Kenntnisnahme

Betreff:
Sportabzeichentag 2026 – Bericht über die Teilnahme der Schulen
"""
CASES = [
    pytest.param("0071/2027", "Geschäftliche Mitteilung", "0071/2027", "Geschäftliche Mitteilung", id="two-words"),
    pytest.param("0071/2027", "Mitteilung", "0071/2027", "Mitteilung", id="one-word"),
    pytest.param("Frau Jansen", "Geschäftliche Mitteilung", None, "Geschäftliche Mitteilung", id="no-id"),
]


@pytest.mark.parametrize(("number", "kind", "expected_number", "expected_type"), CASES)
def test_two_word_type_under_the_number_column(
    number: str, kind: str, expected_number: str | None, expected_type: str
) -> None:
    check(PAPER.format(number=number, kind=kind), {"doc_number": expected_number, "doc_type": expected_type})
