"""A Beratungsfolge whose date cells hold a time, set one cell a line by an export tool that wrapped the
time's word onto a line of its own ("04.03.2025, 18:30" / "Uhr"), under stacked column words, with
the role and status in one cell ("Vorberatung, nichtöffentlich"): the word is the date's, no body
(invented examples)."""

from __future__ import annotations

from tests.structure.test_tables import _pairs

HEAD = "Stadt Birkenau\nBeschlussvorlage\n\nBetreff: Neubau einer Sporthalle\n\n"
TAIL = "Beschlussvorschlag\nDer Rat beschließt den Neubau der Sporthalle am Markt.\n"


def test_the_time_word_under_its_date_is_no_body() -> None:
    text = (
        "Beratungsfolge\nSitzung\nGremium\nBeratung\n"
        "04.03.2025, 18:30\nUhr\nOrtsrat Südheide\nAnhörung, öffentlich\n"
        "11.03.2025, 17:00\nUhr\nBau- und Planungsausschuss\nVorberatung, nichtöffentlich\n"
        "25.03.2025, 18:00\nUhr\nRat der Stadt\nBeschlussfassung, öffentlich\n"
    )
    assert _pairs(HEAD + text + TAIL) == [
        ("Ortsrat Südheide", "2025-03-04"),
        ("Bau- und Planungsausschuss", "2025-03-11"),
        ("Rat der Stadt", "2025-03-25"),
    ]


def test_blank_lines_between_the_cells() -> None:
    text = (
        "Beratungsfolge\nSitzung\n\nGremium\n\nBeratung\n\n"
        "04.03.2025, 18:30\nUhr\n\nOrtsrat Südheide\n\nAnhörung, öffentlich\n\n"
        "25.03.2025, 18:00\nUhr\n\nRat der Stadt\n\nBeschlussfassung, öffentlich\n\n"
    )
    assert _pairs(HEAD + text + TAIL) == [("Ortsrat Südheide", "2025-03-04"), ("Rat der Stadt", "2025-03-25")]
