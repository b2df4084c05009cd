"""A Beratungsfolge set on its side, one cell a line, where the export ran two names of a line
together with a single space ("Ortsrat Nordheide Ausschuss für Sport," / "und Kultur" / "Rat der
Stadt"): the line is cut before the second name's head word, where only that makes the names as many
as the dates. Negative: a line with two places to cut (invented examples)."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.consultations.model import column_words
from pipeline.structure import view
from tests.structure.test_tables import _doc, _pairs
from tests.structure.test_transposed_tables import HEAD, TAIL

NUMBERS = "Beratungsfolge 1\n\n2\n\n3\n\n"
DATES_AND_ROLES = (
    "Sitzung\n\n04.02.2025\n\n11.02.2025\n\n25.02.2025\n\nZuständigkeit\n\nAnhörung\n\nVorberatung\n\nEntscheidung\n"
)

RUN_TOGETHER = [
    (
        "Gremium\n\nOrtsrat Nordheide Ausschuss für Sport,\nKultur und Freizeit\n\nRat der Stadt\n\n",
        [
            ("Ortsrat Nordheide", "2025-02-04"),
            ("Ausschuss für Sport, Kultur und Freizeit", "2025-02-11"),
            ("Rat der Stadt", "2025-02-25"),
        ],
    ),
    (
        "Gremium\n\nStadtbezirksrat Mitte Jugendhilfeausschuss\n\nGemeinderat\n\n",
        [
            ("Stadtbezirksrat Mitte", "2025-02-04"),
            ("Jugendhilfeausschuss", "2025-02-11"),
            ("Gemeinderat", "2025-02-25"),
        ],
    ),
]


@pytest.mark.parametrize(("names", "expected"), RUN_TOGETHER, ids=["wrapped-second", "one-word-second"])
def test_two_names_run_together_are_cut_before_the_second_head_word(
    names: str, expected: list[tuple[str, str]]
) -> None:
    assert _pairs(HEAD + NUMBERS + names + DATES_AND_ROLES + TAIL) == expected


def test_two_places_to_cut_give_no_table() -> None:
    """ "Ortsrat Nordheide Ausschuss Ost Beirat": either place could part it, so neither does."""
    names = "Gremium\n\nOrtsrat Nordheide Ausschuss Ost Beirat\n\nRat der Stadt\n\n"
    doc = _doc(HEAD + NUMBERS + names + DATES_AND_ROLES + TAIL)
    assert not [t for t in view(doc).tables(column_words(load_resources())) if t.form == "transposed"]
