"""A Beratungsfolge whose role column is headed "Vorlagenart" (the kind of paper each body gets:
"Gutachten", "Beschluss"), set with gaps or flattened into single spaces by a PDF's text layer: the head
is a column word, never a word of the first row's body. A "Vorlagenart:" label of the paper's head
names no meeting. Every case is invented: other towns, other names, other dates, the same form."""

from __future__ import annotations

import re

import pytest

from tests.consultations.test_cells_beside_wrapped_names import rows

TABLE = (
    "Beratungsfolge\n"
    "Datum        Beginn   Beratungsgremium                  Vorlagenart   Sitzungsart\n"
    "Di 09.03.27  17:00    Seniorenbeirat                    Gutachten     öffentlich\n"
    "Do 18.03.27  15:00    Umweltsenat                       Gutachten     nicht öffentlich\n"
    "Mi 31.03.27  16:00    Stadtrat                          Beschluss     öffentlich\n"
)


def _single(text: str) -> str:
    return "\n".join(re.sub(r"[ \t]{2,}", " ", line).strip() for line in text.split("\n"))


@pytest.mark.parametrize("text", [TABLE, _single(TABLE)], ids=["gaps", "single-spaced"])
def test_a_role_column_headed_vorlagenart(text: str) -> None:
    assert [(b, d, p) for b, d, _, p in rows(text)] == [
        ("Seniorenbeirat", "2027-03-09", True),
        ("Umweltsenat", "2027-03-18", False),
        ("Stadtrat", "2027-03-31", True),
    ]


def test_a_vorlagenart_label_names_no_meeting() -> None:
    assert rows("Vorlagenart: Beschlussvorlage\nDatum: 22.02.2027\nStatus: öffentlich\n") == []
