"""A Beratungsfolge set as lines of body, date and role parted by dot leaders ("Ortsrat Nord
........ 03.02.2026 ...... Anhörung (ö)"), a long name left with one stop before its date. The
leaders part cells as a gap does; a table of contents' leaders and a sentence's ellipsis yield no
row."""

from __future__ import annotations

import pytest

from tests.consultations.test_consultations import run

LEADERS = (
    "Gemeinde Tholey\nBeschlussvorlage\n\nBeratungsfolge:\n"
    "Ortsrat Bergweiler ...................... 03.02.2026 ....... Anhörung (ö)\n"
    "Ausschuss für Bauen, Umwelt und Verkehr . 10.02.2026 ....... Vorberatung (ö)\n"
    "Gemeinderat ............................. 26.02.2026 ....... Beschluss (nö)\n\n"
    "Betreff:\nEin Radverkehrskonzept\n"
)


def test_dot_leader_rows() -> None:
    _, rows = run(LEADERS)
    assert [(r.body, r.meeting_date, r.public) for r in rows] == [
        ("Ortsrat Bergweiler", "2026-02-03", True),
        ("Ausschuss für Bauen, Umwelt und Verkehr", "2026-02-10", True),
        ("Gemeinderat", "2026-02-26", False),
    ]
    assert [r.role for r in rows][1:] == ["preliminary", "decision"]


def test_spaced_dot_leaders() -> None:
    _, rows = run(LEADERS.replace("....... ", ". . . . ").replace("......................", ". . . . . . ."))
    assert [(r.body, r.meeting_date) for r in rows] == [
        ("Ortsrat Bergweiler", "2026-02-03"),
        ("Ausschuss für Bauen, Umwelt und Verkehr", "2026-02-10"),
        ("Gemeinderat", "2026-02-26"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a table of contents: leaders before page numbers, no dates
        "Inhalt\n1. Ausgangslage ...................... 3\n2. Ausschuss für Bauen ............... 5\n",
        # an ellipsis in a sentence with a date
        "Begründung:\nDer Ausschuss beriet ... am 03.02.2026 ... und vertagte.\n",
    ],
    ids=["contents", "ellipsis"],
)
def test_leaders_outside_a_beratungsfolge_yield_nothing(text: str) -> None:
    _, rows = run("Gemeinde Tholey\nBeschlussvorlage\n\n" + text + "\nEnde.\n")
    assert rows == []
