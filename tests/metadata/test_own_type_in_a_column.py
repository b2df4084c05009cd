"""The document's own type word standing in a right-hand column of the letterhead, its number in
the same column on the line under it ("Gemeinde X        Vorlage" / "Der Bürgermeister
KS/VO/2024/112" / "öffentlich"): the number is the cell under the type word, not the line's start.
A type word over a cell that holds no id gives no number. Every case is invented."""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import check

PAPER = """{town}{kind}
{office}{number}
{gap}öffentlich
Federführend: Fachbereich Bildung und Soziales       Datum: 06.05.2024

Betreff:
Leitbild Zusammenleben im Ort

Sachverhalt:
Der Rat hat im Februar ein Leitbild angeregt.
"""
CASES = [
    ("Gemeinde Wennigsen (Deister)", "Vorlage", "Der Bürgermeister", "WEN/VO/2024/112", "WEN/VO/2024/112"),
    ("Stadt Laatzen", "Informationsvorlage", "Der Bürgermeister", "IV 24/0318", "IV 24/0318"),
    ("Stadt Laatzen", "Beschlussvorlage", "Die Bürgermeisterin", "2024-0419/BV", "2024-0419/BV"),
    ("Stadt Laatzen", "Vorlage", "Die Bürgermeisterin", "Frau Jansen", None),
]


@pytest.mark.parametrize(
    ("town", "kind", "office", "number", "expected"), CASES, ids=["vorlage", "info", "bv", "no-id"]
)
def test_own_type_word_in_a_column_over_its_number(
    town: str, kind: str, office: str, number: str, expected: str | None
) -> None:
    text = PAPER.format(town=town.ljust(62), kind=kind, office=office.ljust(62), number=number, gap=" " * 62)
    check(text, {"doc_number": expected})
