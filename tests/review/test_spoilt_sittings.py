"""A paper's header naming the sitting it is laid before, its date spoilt by OCR ("für die Sitzung des
Bezirksamtes am Mittwoch, O3.O5.2O28"): the meeting whose date was lost is a miss, an executive
board's sitting too; the board named beside no sitting is none (invented examples)."""

from __future__ import annotations

import pytest

from tests.review.test_misses import _doc, _family

HEAD = "Bezirksamt Nordend                                            Nordend, den 12.04.2028\n\n"
TYPE = "                       Vorlage zur Kenntnisnahme\n"
REST = "\n1. Gegenstand der Vorlage:\n   Seniorenarbeit im Bezirk\n\n2. Begründung:\n   Der Bericht wird vorgelegt.\n"


@pytest.mark.parametrize(
    "line",
    [
        "              für die Sitzung des Bezirksamtes am Mittwoch, O3.O5.2O28\n",
        "              zur Sitzung der Bezirksverordnetenversammlung am l7.O5.2O28\n",
    ],
    ids=["board", "assembly"],
)
def test_a_sitting_with_its_date_spoilt_is_a_miss(line: str) -> None:
    found = _family(_doc(HEAD + TYPE + line + REST))
    assert [m.reason for m in found] == ["body_date_unused"]
    assert "nicht lesbar" in found[0].message


def test_a_board_beside_a_spoilt_date_without_a_sitting_is_none() -> None:
    line = "              Bezirksamt Nordend, Abteilung Soziales, O3.O5.2O28\n"
    assert _family(_doc(HEAD + TYPE + line + REST)) == []
