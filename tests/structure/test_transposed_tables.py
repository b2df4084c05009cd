"""A Beratungsfolge set on its side: one column per meeting, the rows labelled with the column words
("Gremium" / "Sitzung" / "Zuständigkeit"), as the text gives it (cells at tabs or gaps), as a layout
export wraps its cells under their columns, and as export tools set it one cell a line ("Beratungsfolge"
/ "1" / "2" / "3" / "Gremium" / the names / "Sitzung" / the dates / …). Negatives: labelled lines of
other things (no body or no date line), cells that do not make as many names as dates, a key-value
form of one meeting (invented examples)."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.consultations.model import column_words
from pipeline.structure import view
from tests.structure.test_tables import _doc, _pairs

HEAD = "Stadt Birkenau\nBeschlussvorlage\n\nBetreff: Neubau einer Sporthalle\n\n"
TAIL = "\nBeschlussvorschlag:\nDer Rat beschließt den Neubau.\n"
ROWS = [
    ("Ortsrat Nordheide", "2025-02-04"),
    ("Ausschuss für Sport und Kultur", "2025-02-11"),
    ("Rat der Stadt", "2025-02-25"),
]

FORMS = [
    (
        "tabs, under a line numbering the columns",
        "Beratungsfolge\t1\t2\t3\n"
        "Gremium\tOrtsrat Nordheide\tAusschuss für Sport und Kultur\tRat der Stadt\n"
        "Sitzung\t04.02.2025\t11.02.2025\t25.02.2025\n"
        "Zuständigkeit\tAnhörung\tVorberatung\tEntscheidung\n",
    ),
    (
        "gaps, no numbering line, the date row first",
        "Termin         04.02.2025          11.02.2025                        25.02.2025\n"
        "Gremium        Ortsrat Nordheide   Ausschuss für Sport und Kultur    Rat der Stadt\n"
        "Zuständigkeit  Anhörung            Vorberatung                       Entscheidung\n",
    ),
    (
        "a layout export wrapping a name under its column",
        "Beratungsfolge   1                   2                  3\n"
        "Gremium          Ortsrat Nordheide   Ausschuss für      Rat der Stadt\n"
        "                                     Sport und Kultur\n"
        "Sitzung          04.02.2025          11.02.2025         25.02.2025\n"
        "Zuständigkeit    Anhörung            Vorberatung        Entscheidung\n",
    ),
    (
        "one cell a line, a name wrapped over lines",
        "Beratungsfolge\n1\n2\n3\nGremium\nOrtsrat Nordheide\nAusschuss für\nSport und Kultur\nRat der Stadt\n"
        "Sitzung\n04.02.2025\n11.02.2025\n25.02.2025\nZuständigkeit\nAnhörung\nVorberatung\nEntscheidung\n",
    ),
    (
        "one cell a line with blank lines between, the first number beside the heading",
        "Beratungsfolge 1\n\n2\n\n3\n\nGremium\n\nOrtsrat Nordheide\n\nAusschuss für Sport\nund Kultur\n\n"
        "Rat der Stadt\n\nSitzung\n\n04.02.2025\n\n11.02.2025\n\n25.02.2025\n\nZuständigkeit\n\nAnhörung\n\n"
        "Vorberatung\n\nEntscheidung\n",
    ),
    (
        "tabs, a name's wrapped lines at the line's start as a text layer sets them",
        "Beratungsfolge\t1\t2\t3\n"
        "Gremium\tOrtsrat Nordheide\tAusschuss für\tRat der Stadt\n"
        "Sport und\nKultur\n"
        "Sitzung\t04.02.2025\t11.02.2025\t25.02.2025\n"
        "Zuständigkeit\tAnhörung\tVorberatung\tEntscheidung\n",
    ),
]


@pytest.mark.parametrize(("name", "text"), FORMS, ids=[f[0] for f in FORMS])
def test_each_column_is_a_meeting(name: str, text: str) -> None:
    assert _pairs(HEAD + text + TAIL) == ROWS, name


@pytest.mark.parametrize(("name", "text"), FORMS, ids=[f[0] for f in FORMS])
def test_the_model_holds_the_rows_with_their_roles(name: str, text: str) -> None:
    doc = _doc(HEAD + text + TAIL)
    tables = [t for t in view(doc).tables(column_words(load_resources())) if t.form == "transposed"]
    assert len(tables) == 1, name
    roles = [next((c.value for c in r.cells if c.kind == "role"), None) for r in tables[0].rows]
    assert roles == ["deliberation", "preliminary", "decision"], name


NEGATIVE = [
    (
        "labelled lines with no body line",
        "Kosten\t1\t2\t3\nSitzung\t04.02.2025\t11.02.2025\t25.02.2025\nZuständigkeit\tAnhörung\tVorberatung\tEntscheidung\n",
    ),
    (
        "one cell a line: more names than dates",
        "Beratungsfolge\n1\n2\nGremium\nOrtsrat Nordheide\nSportausschuss\nRat der Stadt\nSitzung\n04.02.2025\n"
        "11.02.2025\n",
    ),
    (
        "a date cell without a date",
        "Beratungsfolge\t1\t2\nGremium\tOrtsrat Nordheide\tRat der Stadt\nSitzung\tFebruar\tMärz\n",
    ),
]


@pytest.mark.parametrize(("name", "text"), NEGATIVE, ids=[n[0] for n in NEGATIVE])
def test_no_table_on_its_side(name: str, text: str) -> None:
    doc = _doc(HEAD + text + TAIL)
    assert not [t for t in view(doc).tables(column_words(load_resources())) if t.form == "transposed"], name


def test_a_key_value_form_of_one_meeting_is_no_table_on_its_side() -> None:
    text = HEAD + "Gremium\tRat der Stadt\nSitzung\t25.02.2025\nZuständigkeit\tEntscheidung\n" + TAIL
    doc = _doc(text)
    assert not [t for t in view(doc).tables(column_words(load_resources())) if t.form == "transposed"]
