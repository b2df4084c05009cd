"""A Beratungsfolge printed as a calendar of sittings, the month apart from the day: a grid of month
columns ("März 2028 | April 2028"), each cell a weekday and a day under its month, or month headings
("M Ä R Z") over rows that open with the weekday and the day; the date is put together from the
month, its year and the day, and a day whose weekday is not the date's is no meeting. A table set on
its side with a rule under its head line ("-----+-----"), its bodies abbreviated and spelled out by
a legend paragraph whose last name ends a sentence ("KT = Kreistag. Art: ...")."""

from __future__ import annotations

import re

from tests.consultations.test_consultations import run

GRID = (
    "Stadt Lindenhain\nBeschlussvorlage\n\n"
    "Terminplan der Gremien\n"
    "                                  │ März 2028      │ April 2028\n"
    "──────────────────────────────────┼────────────────┼──────────────\n"
    "Ortsbeirat Kleinhausen            │ Di 14.  ö      │\n"
    "Ausschuss für Jugend, Sport       │                │ Do 06.  ö\n"
    "  und Freizeit                    │                │\n"
    "Stadtverordnetenversammlung       │                │ Do 27.  nö\n"
    "──────────────────────────────────┴────────────────┴──────────────\n\n"
    "Beschlussvorschlag\nDie Stadtverordnetenversammlung stimmt dem Sportstättenplan zu.\n"
)
GRID_FACTS = [
    ("Ortsbeirat Kleinhausen", "2028-03-14", True),
    ("Ausschuss für Jugend, Sport und Freizeit", "2028-04-06", True),
    ("Stadtverordnetenversammlung", "2028-04-27", False),
]


def _facts(text: str) -> list[tuple[str, str | None, bool | None]]:
    return [(r.body, r.meeting_date, r.public) for r in run(text)[1]]


def test_month_columns_give_the_month_and_the_cells_the_day() -> None:
    rows = run(GRID)[1]
    assert [(r.body, r.meeting_date, r.public) for r in rows] == GRID_FACTS
    assert {r.method for r in rows} == {"table.calendar"}


def test_month_columns_whose_gaps_an_export_closed_go_by_their_bars() -> None:
    closed = "\n".join(re.sub(r" {2,}", " ", line).strip() for line in GRID.splitlines())
    assert _facts(closed) == GRID_FACTS


def test_a_day_whose_weekday_is_not_the_dates_is_no_meeting() -> None:
    wrong = GRID.replace("Di 14.", "Mi 14.")  # 14 March 2028 is a Tuesday
    assert _facts(wrong) == GRID_FACTS[1:]


HEADINGS = (
    "Landkreis Eichwald\nVorlage\n\n"
    "Sitzungsplan 2028\n\n"
    "  N O V E M B E R\n"
    "    Di  28.   Jugendhilfeausschuss                  Vorberatung    ö\n\n"
    "  J A N U A R\n"
    "    Mi  17.   Kreistag                              Beschluss      ö\n\n"
    "Beschlussvorschlag\nDer Kreistag beschließt den Jugendförderplan.\n"
)


def test_month_headings_give_the_month_and_the_rows_the_day_the_year_goes_on() -> None:
    rows = run(HEADINGS)[1]
    assert [(r.body, r.meeting_date, r.role, r.public) for r in rows] == [
        ("Jugendhilfeausschuss", "2028-11-28", "preliminary", True),
        ("Kreistag", "2029-01-17", "decision", True),
    ]


def test_month_headings_without_a_year_above_give_no_dates() -> None:
    assert _facts(HEADINGS.replace("Sitzungsplan 2028", "Sitzungsplan")) == []


TRANSPOSED = (
    "Landkreis Weidental\nDrucksache 2028/031\n\n"
    "Beratungsfolge   |  JHA       |  KA        |  KT\n"
    "-----------------+------------+------------+-----------\n"
    "Sitzungstag      |  02.03.28  |  14.03.28  |  06.04.28\n"
    "Sitzungsart      |  Ö         |  N         |  Ö\n\n"
    "JHA = Jugendhilfeausschuss; KA = Kreisausschuss;\n"
    "KT = Kreistag. Die Termine sind vorläufig; Ö = öffentlich, N = nicht öffentlich.\n\n"
    "Beschlussvorschlag:\nDer Kreistag beschließt den Jugendförderplan.\n"
)


def test_a_table_on_its_side_under_a_rule_with_a_legend_paragraph() -> None:
    assert _facts(TRANSPOSED) == [
        ("Jugendhilfeausschuss", "2028-03-02", True),
        ("Kreisausschuss", "2028-03-14", False),
        ("Kreistag", "2028-04-06", True),
    ]


def test_a_rule_glued_to_the_next_label_is_cut_off() -> None:
    glued = TRANSPOSED.replace("-----------\nSitzungstag", "-----------Sitzungstag")
    assert [r.meeting_date for r in run(glued)[1]] == ["2028-03-02", "2028-03-14", "2028-04-06"]


def test_numbered_lines_under_a_month_heading_are_no_rows() -> None:
    numbered = HEADINGS.replace("    Di  28.", "    28.").replace("    Mi  17.", "    17.")
    assert _facts(numbered) == []


def test_role_letters_of_a_legend_parted_by_middle_dots() -> None:
    lettered = GRID.replace("Di 14.  ö   ", "Di 14.  ö  V").replace("Do 27.  nö\n", "Do 27.  nö B\n")
    lettered = lettered.replace(
        "\n\nBeschlussvorschlag", "\nV = Vorberatung · B = Beschluss · ö = öffentlich\n\nBeschlussvorschlag"
    )
    assert [r.role for r in run(lettered)[1]] == ["preliminary", None, "decision"]


def test_role_letters_of_a_legend_without_equals_signs() -> None:
    roles = TRANSPOSED.replace(
        "Sitzungsart      |", "Zuständigkeit    |  V         |  V         |  B\nSitzungsart      |"
    ).replace("Die Termine sind vorläufig;", "Zuständigkeit: V Vorberatung, B\nBeschluss;")
    assert [r.role for r in run(roles)[1]] == ["preliminary", "preliminary", "decision"]


def test_letters_that_are_not_their_words_initials_are_no_legend() -> None:
    roles = TRANSPOSED.replace(
        "Sitzungsart      |", "Zuständigkeit    |  V         |  V         |  B\nSitzungsart      |"
    ).replace("Die Termine sind vorläufig;", "Zuständigkeit: V Beschluss, B Vorberatung;")
    assert [r.role for r in run(roles)[1]] == [None, None, None]
