"""One pattern of a time of day serves the table model's tokens, the meeting headers and the review:
every form a council writes a meeting's time in is a time, and no date or count is one."""

from __future__ import annotations

import re

import pytest

from pipeline.lang.de.dates import TIME_OF_DAY
from pipeline.structure.tokens import TIME

TIMES = ["17:30", "9.15 Uhr", "16:00-17:30 Uhr", "16.00 – 18.00", "18.30 bis 20.00 Uhr", "um 19 Uhr", "ab 8:30 h"]
NO_TIMES = ["14.05.2024", "2024", "Uhr", "3 Mitglieder", "12,50", "Sitzung 4"]


@pytest.mark.parametrize("text", TIMES)
def test_a_time_of_day_in_any_form_is_one(text: str) -> None:
    assert re.fullmatch(TIME_OF_DAY, text)
    assert TIME.fullmatch(", " + text)  # after its date's comma: "14.05.2024, 17:30"


@pytest.mark.parametrize("text", NO_TIMES)
def test_a_date_a_count_or_the_unit_alone_is_no_time(text: str) -> None:
    assert re.fullmatch(TIME_OF_DAY, text) is None


@pytest.mark.parametrize(
    ("text", "time"),
    [(" 03.03.2027", None), (" 03.03.27", None), (" 18.00.", " 18.00"), (" 18:00–20:00 Ortsrat", " 18:00–20:00")],
)
def test_a_second_date_one_space_after_a_date_is_no_time(text: str, time: str | None) -> None:
    """ "24.02.2027 03.03.2027": the day and month of the next date are no time of the first."""
    m = TIME.match(text)
    assert (m.group() if m is not None and m.group().strip() else None) == time
