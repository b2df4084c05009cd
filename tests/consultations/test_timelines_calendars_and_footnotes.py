"""A Beratungsfolge as a calendar under month headings whose rows give the meeting's time before the body and
wrap a body's name onto a line of its own; rows grouped under status headings in the plural ("Öffentliche
Sitzungen"); a timeline drawn down the page, a node before each body ("●", the deciding one "◉") and bars
between the rows, a row's status wrapped onto the bar's line; and a status given by a footnote mark after a
body's name ("Magistrat¹"), its note under the table giving the other rows theirs too."""

from __future__ import annotations

import re

import pytest

from tests.consultations.test_consultations import run


def _facts(text: str) -> list[tuple[str, str | None, bool | None]]:
    return [(r.body, r.meeting_date, r.public) for r in run(text)[1]]


CALENDAR = (
    "Stadt Lindenhain\nBeschlussvorlage\n\n"
    "Sitzungskalender der Beratung\n\n"
    "  Mai 2028\n"
    "    Di 09.   17:30   Ortsbeirat Nord                     Anhörung       öffentlich\n"
    "    Mi 17.   16:00   Ausschuss für Bildung, Kultur       Vorberatung    öffentlich\n"
    "                     und Sport\n"
    "  Juni 2028\n"
    "    Do 01.   18:00   Stadtrat                            Entscheidung   nichtöffentlich\n\n"
    "Beschlussvorschlag\nDer Stadtrat stimmt dem Plan zu.\n"
)
CALENDAR_FACTS = [
    ("Ortsbeirat Nord", "2028-05-09", True),
    ("Ausschuss für Bildung, Kultur und Sport", "2028-05-17", True),
    ("Stadtrat", "2028-06-01", False),
]


@pytest.mark.parametrize("flat", [False, True], ids=["gaps", "single-spaced"])
def test_calendar_rows_with_times_and_wrapped_names(flat: bool) -> None:
    text = re.sub(r"(?<=\S) {2,}(?=\S)", " ", CALENDAR) if flat else CALENDAR
    assert _facts(text) == CALENDAR_FACTS


def test_a_line_after_the_calendar_is_no_name() -> None:
    text = CALENDAR.replace("Entscheidung   nichtöffentlich\n\n", "Entscheidung   nichtöffentlich\n\nAnlagen\n")
    assert _facts(text) == CALENDAR_FACTS


GROUPED = (
    "Stadt Lindenhain\nBeschlussvorlage\n\nBeratungsfolge\n\n"
    "  Öffentliche Sitzungen\n"
    "     Ortsrat Süd ............................ 04.05.2028   Anhörung\n"
    "     Ausschuss für Bauen, Umwelt und\n"
    "     Verkehr ................................ 11.05.2028   Vorberatung\n"
    "     Stadtrat ............................... 01.06.2028   Beschluss\n\n"
    "  Nichtöffentliche Sitzungen\n"
    "     Haupt- und Finanzausschuss ............. 22.05.2028   Vorberatung\n\n"
    "Beschlussvorschlag\nDer Stadtrat beschließt das Konzept.\n"
)


def test_rows_grouped_under_status_headings_in_the_plural() -> None:
    assert _facts(GROUPED) == [
        ("Ortsrat Süd", "2028-05-04", True),
        ("Ausschuss für Bauen, Umwelt und Verkehr", "2028-05-11", True),
        ("Stadtrat", "2028-06-01", True),
        ("Haupt- und Finanzausschuss", "2028-05-22", False),
    ]


TIMELINE = (
    "Stadt Lindenhain\nBeschlussvorlage\n\nBeratungsfolge\n\n"
    "   04.05.2028  ●  Ortsrat Süd – Anhörung (öffentlich)\n"
    "               │\n"
    "   11.05.2028  ●  Ausschuss für Bauen, Umwelt und Verkehr – Vorberatung\n"
    "               │  (nicht öffentlich)\n"
    "               │\n"
    "   01.06.2028  ◉  Stadtrat – Beschluss (öffentlich)\n\n"
    "Beschlussvorschlag\nDer Stadtrat beschließt das Konzept.\n"
)
TIMELINE_FACTS = [
    ("Ortsrat Süd", "2028-05-04", True),
    ("Ausschuss für Bauen, Umwelt und Verkehr", "2028-05-11", False),
    ("Stadtrat", "2028-06-01", True),
]


@pytest.mark.parametrize("form", ["gaps", "single-spaced", "blank-lines"])
def test_timeline_nodes_bars_and_a_status_on_the_bar_line(form: str) -> None:
    text = TIMELINE
    if form != "gaps":
        text = "\n".join(re.sub(r"\s+", " ", ln).strip() for ln in text.split("\n"))
    if form == "blank-lines":  # an export that sets a blank line after every line, the text going on
        more = "Begründung\nDer Ausschuss hat das Konzept im Frühjahr beraten.\nEs gilt bis 2032.\n" * 2
        text = "\n\n".join(ln for ln in (text + more).split("\n") if ln)
    rows = run(text)[1]
    assert [(r.body, r.meeting_date, r.public) for r in rows] == TIMELINE_FACTS
    assert [r.role for r in rows] == ["deliberation", "preliminary", "decision"]


FOOTNOTE = (
    "Stadt Lindenhain\nMagistratsvorlage\n\nBeratungsfolge\n"
    "Gremium                                  Sitzung      Ergebnis\n"
    "Magistrat¹                               10.05.2028   zugestimmt\n"
    "Ausländerbeirat                          16.05.2028   Anhörung\n"
    "Stadtverordnetenversammlung              01.06.2028   Beschlussfassung\n"
    "¹ nichtöffentliche Sitzung; alle übrigen Sitzungen sind öffentlich.\n\n"
    "Beschlussvorschlag:\nDie Stadtverordnetenversammlung beschließt den Plan.\n"
)


@pytest.mark.parametrize("flat", [False, True], ids=["lines", "flattened"])
@pytest.mark.parametrize("mark", ["¹", "*"])
def test_a_footnote_mark_gives_its_row_and_the_others_their_status(mark: str, flat: bool) -> None:
    text = FOOTNOTE.replace("¹", mark)
    assert _facts(re.sub(r"\s+", " ", text) + "\n" if flat else text) == [
        ("Magistrat", "2028-05-10", False),
        ("Ausländerbeirat", "2028-05-16", True),
        ("Stadtverordnetenversammlung", "2028-06-01", True),
    ]


def test_a_footnote_naming_no_status_gives_none() -> None:
    text = FOOTNOTE.replace("nichtöffentliche Sitzung; alle übrigen Sitzungen sind öffentlich", "Sondersitzung")
    assert _facts(text) == [
        ("Magistrat", "2028-05-10", None),
        ("Ausländerbeirat", "2028-05-16", None),
        ("Stadtverordnetenversammlung", "2028-06-01", None),
    ]
