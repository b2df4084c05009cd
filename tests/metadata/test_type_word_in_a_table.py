"""A type word in a column stands for the document's own only in the header's lines near its
type heading ("Hansestadt Musterhafen      Vorlage" over "Der Bürgermeister      2025/BV/0042").
The same word in a cell of a table further down names another paper ("… mit der
Beschlussvorlage 19-25 / B" in a report's column of notes): its number is none of the document's,
and a wrong number is worse than none."""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import check, extract

GAP = " " * 24

REPORT = """Referat für Bildung und Sport{gap}Geschäftsstelle
Telefon: 0911 – 4477{gap}RBS – GS 2

Bericht Schulbau
über die offenen Aufträge des Stadtrats im zweiten Halbjahr 2025

Nr.   Auftrag             Beschlossen am    Stand            Vermerk
1     Neubau Grundschule  12.03.2024        in Arbeit        Die Planung wurde
                                                             dem Bauausschuss
                                                             am 04.06.2025
                                                             vorgestellt.
2     Mensa Realschule    18.09.2024        erledigt         Der Auftrag ist
                                                             erfüllt; die
                                                             Kosten wurden
                                                             im Herbst mit
                                                             der Abrechnung
                                                             und mit der
                                                             {word}
                                                             {value}
"""


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("Beschlussvorlage 19-25 / B", "vorgelegt."),
        ("Sitzungsvorlage 21 –26 / V", "abgerechnet."),
        ("Vorlage", "2025/BV/0815"),
    ],
    ids=["beside", "beside-cut", "under"],
)
def test_a_type_word_in_a_table_cell_far_below_gives_no_number(word: str, value: str) -> None:
    text = REPORT.format(gap=GAP, word=word, value=value)
    assert extract(text).get("doc_number") is None


ROSTER = """Landeshauptstadt Musterhafen                      Vorlage
Der Oberbürgermeister                             2025/BV/0042
Amt für Bildung                                   öffentlich

Beratung am Rande
Kurzfassung

Beschlussvorlage                                  Datum: 02.02.2025

Neuordnung der Schulbezirke
"""


def test_a_type_word_in_the_letterheads_column_still_gives_the_number() -> None:
    check(ROSTER, {"doc_number": "2025/BV/0042"})
