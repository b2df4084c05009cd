"""A header form's number in a comb field, a space after each character ("Vorlage-Nr.   K T - 0 8 7 / 2 0 2 7"),
and a number after its label's remark in brackets, the gap between closed to a space as a PDF's text layer
gives it ("Vorlagen-Nr. (Sitzungsdienst) KT-063/2027"); a comb field holding a date or a word is no number,
nor is a remark followed by words (invented examples)."""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import extract

COMB = """LANDRATSAMT BEISPIELKREIS                           Vorlage für den Kreistag

  Vorlagenart         Beschlussvorlage

  Vorlage-Nr.         {number}

  Datum               2 8 . 0 4 . 2 0 2 7

  Gegenstand          Fortschreibung des Integrationskonzepts

Beschlussvorschlag:
Der Kreistag beschließt die Fortschreibung.
"""


def test_a_number_in_a_comb_field() -> None:
    assert extract(COMB.format(number="K T - 0 4 1 / 2 0 2 7"))["doc_number"] == "KT-041/2027"


@pytest.mark.parametrize("value", ["2 8 . 0 4 . 2 0 2 7", "e n t f ä l l t"])
def test_a_comb_field_of_a_date_or_a_word_is_no_number(value: str) -> None:
    assert extract(COMB.format(number=value)).get("doc_number") is None


REMARK = """Landkreis Beispielkreis · e-Akte Dokumentinformation

Dokumentart Sitzungsvorlage (Beschlussvorlage)
Vorlagen-Nr. (Sitzungsdienst) {rest}
Datum der Vorlage 26.04.2027
Betreff Fortschreibung des Integrationskonzepts

Beschlussvorschlag:
Der Kreistag beschließt die Fortschreibung.
"""


def test_a_number_after_its_labels_remark_one_space_apart() -> None:
    assert extract(REMARK.format(rest="KT-063/2027"))["doc_number"] == "KT-063/2027"


def test_a_remark_followed_by_words_gives_no_number() -> None:
    assert extract(REMARK.format(rest="noch nicht vergeben")).get("doc_number") is None
