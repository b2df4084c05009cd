"""A time before the first member ("Ihr gehören seit dem Frühjahr Vertreter der …") is no part of it."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of


@pytest.mark.parametrize("time", ["seit dem Frühjahr", "seit Mai 2023", "ab Januar", "im Herbst", "seit diesem Sommer"])
def test_a_time_before_the_first_member(time: str) -> None:
    text = (
        "Zur Steuerung des Prozesses wurde eine Planungsgruppe eingerichtet. Ihr gehören "
        f"{time} Vertreter der Diakonie, des Sozialamts und der Musikschule an.\n"
    )
    members = [m.member for g in groups_of(text) for m in g.members]
    assert members == ["Diakonie", "Sozialamt", "Musikschule"], text
