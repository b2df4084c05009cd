"""The size stated as the group's seats in all: what it has ("Er hat neun Sitze") or the seats the
next sentences share out ("Die 13 Sitze verteilen sich …"); one bench's count in brackets ("(4
Sitze)") is no size. Every example is invented."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of

TEXTS = [
    (
        "Zur Begleitung wird ein Steuerungskreis Vielfalt gebildet. Der Steuerungskreis hat neun Sitze. "
        "Den Vorsitz führt Bürgermeisterin Hanna Kolbeck. Ihm gehören außerdem an: Herr Till Ostermeier "
        "(Sozialamt) und Frau Ilse Brockmann (Jobcenter).\n",
        9,
    ),
    (
        "Zur Begleitung wird ein Steuerungskreis Vielfalt gebildet. Den Vorsitz führt Bürgermeisterin "
        "Hanna Kolbeck. Die 13 Sitze gehen an drei Seiten: an die Politik (4 Sitze), die Verwaltung "
        "(5 Sitze) und die Vereine (4 Sitze). Ihm gehören unter anderem an: Herr Till Ostermeier (Sozialamt) "
        "und Frau Ilse Brockmann (Jobcenter).\n",
        13,
    ),
]


@pytest.mark.parametrize(("text", "size"), TEXTS, ids=["hat-sitze", "die-sitze"])
def test_the_seats_in_all_are_the_size(text: str, size: int) -> None:
    found = groups_of(text)
    assert found and found[0].size == size, found
