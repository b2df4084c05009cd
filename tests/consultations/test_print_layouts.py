"""Beratungsfolgen of tab-stop tables as text exports set them column by column, the dates' column
left of the bodies': the heading ("Beratungsfolge:"), a column word over each column's cells."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.consultations import extract
from pipeline.document import Document
from pipeline.structure import view


def rows(text: str) -> list[tuple[str, str, str | None]]:
    doc = Document.from_pages("x", "x", "x", [(p, "plain_text", None) for p in text.split("\f")])
    return [(c.body, c.meeting_date, c.role) for c in extract(doc, load_resources(), view(doc))]


DATES_FIRST = [
    (
        "Beratungsfolge:\nDatum\nMi, 04.06.2031\nDo, 19.06.2031\n\nGremium\nAusschuss für Kultur und Sport\n"
        "Stadtrat\n\nZuständigkeit\nVorberatung\nBeschlussfassung\n\nBetreff:\nEin Programm\n",
        [
            ("Ausschuss für Kultur und Sport", "2031-06-04", "preliminary"),
            ("Stadtrat", "2031-06-19", "decision"),
        ],
    ),
    (
        "Beratungsfolge:\nSitzungstermin\n02.09.2031\n16.09.2031\n30.09.2031\n\nGremium\nOrtsbeirat Neustadt\n"
        "Werkausschuss\nGemeindevertretung\n\nBetreff:\nEine Satzung\n",
        [
            ("Ortsbeirat Neustadt", "2031-09-02", None),
            ("Werkausschuss", "2031-09-16", None),
            ("Gemeindevertretung", "2031-09-30", None),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", DATES_FIRST)
def test_the_dates_column_before_the_bodies_column(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert rows(text) == expected


def test_dates_and_bodies_that_do_not_pair_give_no_row() -> None:
    text = (
        "Beratungsfolge:\nDatum\n04.06.2031\n19.06.2031\n\nGremium\nAusschuss für Kultur und Sport\n"
        "Hauptausschuss\nStadtrat\n\nBetreff:\nEin Programm\n"
    )
    assert rows(text) == []


def test_dates_before_a_list_of_sentences_give_no_row() -> None:
    text = (
        "Beratungsfolge:\nDatum\n04.06.2031\n19.06.2031\n\nGremium\n"
        "Die Verwaltung legt den Bericht vor und berät ihn.\n"
        "Der Bericht wird im Herbst fortgeschrieben.\n\nBetreff:\nEin Programm\n"
    )
    assert rows(text) == []
