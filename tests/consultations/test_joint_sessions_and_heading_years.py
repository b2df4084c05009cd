"""Two forms of a Beratungsfolge: a row naming bodies that meet together ("… in gemeinsamer Sitzung"), one meeting
of each body, parted where every part names a body by its head word; rows giving a day and month only under a
heading that names their year ("Beratungsfolge (Sitzungsjahr 2027)"), dates of that year, and of no year where
the heading names none or two (the bodies kept, undated)."""

from __future__ import annotations

from tests.consultations.test_consultations import run

HEAD = "Beratungsfolge\nDatum        Gremium                                     Beratung\n"
END = "\nBegründung\nDer Rat beschließt.\n"


def _read(text: str) -> list[tuple[str, str | None]]:
    _, rows = run(text)
    return [(r.body, r.meeting_date) for r in rows]


def test_a_joint_row_is_one_meeting_of_each_body() -> None:
    text = (
        HEAD + "Mo 07.06.27  Seniorenbeirat                              Anhörung, öffentlich\n"
        "Do 10.06.27  Kulturausschuss und Schulausschuss in gemeinsamer Sitzung  Vorberatung, öffentlich\n"
        "Do 08.07.27  Ratsversammlung                             Entscheidung, öffentlich\n" + END
    )
    assert _read(text) == [
        ("Seniorenbeirat", "2027-06-07"),
        ("Kulturausschuss", "2027-06-10"),
        ("Schulausschuss", "2027-06-10"),
        ("Ratsversammlung", "2027-07-08"),
    ]


def test_a_link_word_inside_a_name_parts_no_body() -> None:
    """A link word inside a name ("Ausschuss für Umwelt und Verkehr") parts nothing: every part must be a body."""
    text = (
        HEAD + "Do 10.06.27  Ausschuss für Umwelt und Verkehr und Bauausschuss in gemeinsamer Sitzung  Vorberatung\n"
        "Do 08.07.27  Ratsversammlung                             Entscheidung\n" + END
    )
    assert _read(text)[:2] == [("Ausschuss für Umwelt und Verkehr", "2027-06-10"), ("Bauausschuss", "2027-06-10")]


def test_bodies_named_together_without_the_joint_words_stay_one_name() -> None:
    text = (
        HEAD + "Do 10.06.27  Ausschuss für Kultur und Sport                 Vorberatung\n"
        "Do 08.07.27  Ratsversammlung                             Entscheidung\n" + END
    )
    assert _read(text) == [("Ausschuss für Kultur und Sport", "2027-06-10"), ("Ratsversammlung", "2027-07-08")]


YEARED = (
    "Gremium                                         Sitzung   Status   Zuständigkeit\n"
    "Ausschuss für Soziales und Integration          10.03.    (ö)      Vorberatung\n"
    "Kreisausschuss                                  22.03.    (nö)     Vorberatung\n"
    "Kreistag                                        12.04.    (ö)      Beschluss\n" + END
)


def test_days_and_months_under_a_heading_naming_their_year() -> None:
    assert _read("Beratungsfolge (Sitzungsjahr 2027)\n" + YEARED) == [
        ("Ausschuss für Soziales und Integration", "2027-03-10"),
        ("Kreisausschuss", "2027-03-22"),
        ("Kreistag", "2027-04-12"),
    ]


def test_days_and_months_without_a_year_in_the_heading_are_no_dates() -> None:
    """No year is guessed for them, and a row whose day stands in its date cell is not undated: no row is given
    (none rather than a meeting without its day)."""
    assert _read("Beratungsfolge\n" + YEARED) == []


def test_two_headings_naming_two_years_name_none() -> None:
    text = "Beratungsfolge (Sitzungsjahr 2027)\n" + YEARED + "\nBeratungsfolge (Sitzungsjahr 2028)\nText.\n"
    assert _read(text) == []
