"""A letterhead whose right-hand column holds the document's type over its number, flattened by a
tool to one space ("Amt Musterhude Informationsvorlage" over "Der Amtsvorsteher VO/AA/2026/0077"):
the type word is the document's type, the id ending the next line its number, and an association's
name stops before the type word. Negatives: an id after another label ("Tel. 04321/5566") and a type
word after a one-word cell."""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import check, extract

HEAD = """{letterhead} {doc_type}
{office} {number}
öffentlich
Federführend: Ordnungsamt Datum: 12.01.2026
Betreff:
Ausbau des Feuerwehrgerätehauses
"""

CASES = [
    ("Amt Musterhude", "Informationsvorlage", "Der Amtsvorsteher", "VO/AA/2026/0077", "Amt Musterhude"),
    ("Samtgemeinde Heideloh", "Vorlage", "Der Samtgemeindebürgermeister", "SG/VO/2026/011", "Samtgemeinde Heideloh"),
    ("Stadt Lüneburg", "Drucksache", "Fachbereich 5 – Bauen und Umwelt", "DS/0412/2026", "Lüneburg"),
]


@pytest.mark.parametrize(("letterhead", "doc_type", "office", "number", "municipality"), CASES)
def test_type_and_number_of_a_flattened_right_hand_column(
    letterhead: str, doc_type: str, office: str, number: str, municipality: str
) -> None:
    text = HEAD.format(letterhead=letterhead, doc_type=doc_type, office=office, number=number)
    check(text, {"doc_number": number, "doc_type": doc_type, "municipality": municipality})


@pytest.mark.parametrize("office", ["Der Amtsvorsteher Tel. 04321/5566", "Ordnungsamt Az.: 32/17"])
def test_an_id_after_another_label_is_no_number(office: str) -> None:
    text = HEAD.format(letterhead="Amt Musterhude", doc_type="Informationsvorlage", office=office, number="")
    assert extract(text).get("doc_number") is None


def test_the_number_after_a_tab_under_a_type_word_one_space_after_the_letterhead() -> None:
    """The text layer keeps the tab of the second line and flattens the first to one space."""
    text = "Hansestadt Musterhafen Vorlage\nDer Bürgermeister\t2026/BV/0815\nöffentlich\n\nBetreff:\nNeue Kita\n"
    check(text, {"doc_number": "2026/BV/0815", "doc_type": "Vorlage"})


def test_rules_over_the_flattened_letterhead_are_no_lines_of_it() -> None:
    """Rules a text layer wrapped into two parts, blank lines between them, drawn over and under the
    letterhead: the letterhead is still the header's first line of words."""
    rules = "=" * 50 + "\n\n" + "=" * 36 + "\n\n"
    text = rules + "Samtgemeinde Heideloh Vorlage\nDer Samtgemeindebürgermeister SG/VO/2026/011\n" + rules
    text += "öffentlich\nFederführend: Ordnungsamt Datum: 12.01.2026\nBetreff:\nAusbau des Feuerwehrgerätehauses\n"
    check(text, {"doc_number": "SG/VO/2026/011", "doc_type": "Vorlage", "municipality": "Samtgemeinde Heideloh"})
