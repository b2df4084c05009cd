"""Three Beratungsfolge tables, each beside its near misses. Every case is invented.

- a grid drawn with ASCII signs ("+----+----+" rules between the rows, "|" between the cells) whose
  bodies and dates stand in cells of their own, the dates written out and wrapped ("9. März" over "2028"),
  a column word and a status hyphenated over two lines ("Öffentlich-" / "keit", "nicht-" / "öffentlich");
- a table of "x" marks under abbreviated role columns ("z. K.   Vorber.   Beschl.") and status columns
  ("ö   nö"), its dates with a short month and a year of two digits ("4. Apr. 28");
- rows set out by single spaces under "Nr. Wochentag Datum Beginn Gremium öff. Zweck", the status a yes or
  a no right after the name."""

from __future__ import annotations

from pipeline.lang.de.dates import find_dates
from tests.consultations.test_header_forms import facts

GRID = (
    "Beratungsfolge:\n"
    "+----+------------------------------+---------------+-----------------+-------------+\n"
    "| Nr | Gremium                      | Sitzung am    | Zuständigkeit   | Öffentlich- |\n"
    "|    |                              |               |                 | keit        |\n"
    "+----+------------------------------+---------------+-----------------+-------------+\n"
    "| 1  | Seniorenbeirat der Stadt     | 2. März       | Anhörung        | öffentlich  |\n"
    "|    | Wermelskirchen               | 2028          |                 |             |\n"
    "+----+------------------------------+---------------+-----------------+-------------+\n"
    "| 2  | Haupt- und                   | 9. März       | Vorberatung     | nicht-      |\n"
    "|    | Finanzausschuss              | 2028          |                 | öffentlich  |\n"
    "+----+------------------------------+---------------+-----------------+-------------+\n"
    "| 3  | Rat                          | 23. März      | Entscheidung    | öffentlich  |\n"
    "|    |                              | 2028          |                 |             |\n"
    "+----+------------------------------+---------------+-----------------+-------------+\n"
)
GRID_ROWS = [
    ("Seniorenbeirat der Stadt Wermelskirchen", "2028-03-02", "deliberation", True),
    ("Haupt- und Finanzausschuss", "2028-03-09", "preliminary", False),
    ("Rat", "2028-03-23", "decision", True),
]


def test_grid_with_body_and_date_cells() -> None:
    assert facts(GRID) == GRID_ROWS


def test_grid_date_cell_with_more_than_a_date() -> None:
    # a cell of dates holding words before its date ("ab 2. März 2028") dates no meeting: no row is read
    text = GRID.replace("| 2. März       |", "| ab 2. März    |").replace("| 9. März       |", "| ab 9. März    |")
    text = text.replace("| 23. März      |", "| ab 23. März   |")
    assert facts(text) == []


MARKS = (
    "Beratungsfolge\n\n"
    "Gremium                               Datum          z. K.  Vorber.  Beschl.   ö   nö\n"
    "Seniorenbeirat                        4. Apr. 28       x                       x\n"
    "Haupt- und Finanzausschuss            11. Apr. 28              x                    x\n"
    "Rat                                   25. Apr. 28                       x      x\n"
)


def test_mark_columns_give_role_and_status() -> None:
    assert facts(MARKS) == [
        ("Seniorenbeirat", "2028-04-04", "information", True),
        ("Haupt- und Finanzausschuss", "2028-04-11", "preliminary", False),
        ("Rat", "2028-04-25", "decision", True),
    ]


def test_one_role_column_is_no_mark_column() -> None:
    # a single role word among the column words names no set of role columns: the marks give no role
    text = MARKS.replace("z. K.  Vorber.  Beschl.", "Notiz  Vorber.  Ablage ")
    assert [r[2] for r in facts(text)] == [None, None, None]


def test_short_month_with_two_digit_year() -> None:
    assert [d.iso for d in find_dates("am 4. März 28 und am 2. Sept. 27")] == ["2027-09-02"]
    assert [d.iso for d in find_dates("2. Sept. 27,5 Prozent; 5. Okt. 27.3; 1. Jan. 24.")] == ["2024-01-01"]


# a Sitzungsfolge set out by single spaces, as a PDF's text layer gives it: weekday and time in columns
# of their own, the status as a yes or a no right after the name
SINGLE = (
    "Sitzungsfolge\n"
    "Nr. Wochentag Datum Beginn Gremium öff. Zweck\n"
    "1 Montag 03.04.2028 16:00 Seniorenbeirat ja Anhörung\n"
    "2 Dienstag 11.04.2028 17:30 Ausschuss für Bildung, Kultur und ja Vorberatung\n"
    "Sport\n"
    "3 Mittwoch 19.04.2028 15:00 Haupt- und Finanzausschuss nein Vorberatung\n"
    "4 Donnerstag 04.05.2028 18:00 Rat ja Entscheidung\n"
)


def test_single_spaced_rows_with_weekday_time_and_yes_no() -> None:
    assert facts(SINGLE) == [
        ("Seniorenbeirat", "2028-04-03", "deliberation", True),
        ("Ausschuss für Bildung, Kultur und Sport", "2028-04-11", "preliminary", True),
        ("Haupt- und Finanzausschuss", "2028-04-19", "preliminary", False),
        ("Rat", "2028-05-04", "decision", True),
    ]


def test_a_name_without_its_yes_keeps_its_words() -> None:
    # a row that leaves the status cell empty: its name stays whole, its status unread
    text = SINGLE.replace("Seniorenbeirat ja Anhörung", "Seniorenbeirat Anhörung")
    assert facts(text)[0] == ("Seniorenbeirat", "2028-04-03", "deliberation", None)
