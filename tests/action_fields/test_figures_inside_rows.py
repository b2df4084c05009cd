"""Fields in a table whose gaps a rendering closed, the figures in the middle of each row: a column
of words or a date after them, a column of row numbers before the name, a name broken off at an
article or a lower-case word that goes on on the next line (invented documents)."""

from __future__ import annotations

from tests.action_fields.test_action_fields import labels

HEAD = "Landkreis Birkenau\nBeschlussvorlage 17/2028\n\n2. Handlungsfelder\nDer Bericht bewertet sie so:\n\n"
TAIL = "\nDer Kreistag berät die Vorlage im Herbst.\n"

NUMBERED = HEAD + (
    "Nr. Handlungsfeld Projekte begonnen Stand\n"
    "1 Deutsch im Alltag 9 4 im Plan\n"
    "2 Übergang in den Beruf 7 7 abgeschlossen\n"
    "3 Begegnung in der 5 2 verzögert\n"
    "Dorfmitte\n"
    "4 Pflege und häusliche 3 3 im Plan\n"
    "Versorgung\n" + TAIL
)

NUMBERED_FIELDS = [
    "Deutsch im Alltag",
    "Übergang in den Beruf",
    "Begegnung in der Dorfmitte",
    "Pflege und häusliche Versorgung",
]


def test_numbered_rows_with_figures_before_a_column_of_words() -> None:
    assert labels(NUMBERED) == NUMBERED_FIELDS


def test_the_same_rows_unnumbered() -> None:
    text = NUMBERED.replace("Nr. Handlungsfeld", "Handlungsfeld")
    for n in "1234":
        text = text.replace(f"\n{n} ", "\n")
    assert labels(text) == NUMBERED_FIELDS


def test_a_date_with_its_weekday_ends_the_name() -> None:
    text = HEAD + (
        "Nr. Handlungsfeld Werkstatt Ort\n"
        "1 Deutsch im Alltag Mi, 22. Sept. 2027 Bürgerhaus\n"
        "2 Übergang in den Beruf Di, 5. Okt. 2027 Berufsschule Nord\n"
        "3 Begegnung in der Do, 4. Nov. 2027 Rathaus, Saal\n"
        "Dorfmitte\n" + TAIL
    )
    assert labels(text) == NUMBERED_FIELDS[:3]


def test_a_line_with_figures_of_another_count_ends_the_table() -> None:
    text = NUMBERED.replace("2 Übergang in den Beruf 7 7 abgeschlossen", "2 Übergang in den Beruf 7 abgeschlossen")
    assert not set(labels(text)) & set(NUMBERED_FIELDS[1:])


def test_a_name_that_does_not_break_off_takes_no_next_line() -> None:
    text = NUMBERED.replace("3 Begegnung in der 5 2", "3 Begegnung im Dorf 5 2")
    assert "Begegnung im Dorf Dorfmitte" not in labels(text)


def test_a_figure_after_a_preposition_is_no_row() -> None:
    """A schedule of measures ("ab 2026") under the abbreviated noun names no fields."""
    text = HEAD + (
        "HF Maßnahme Zeitraum\n"
        "B Lesepatenschaften in den Grundschulen ab 2026\n"
        "G Gesundheitslotsinnen bis 2027\n" + TAIL
    )
    assert labels(text) == []


RANKED = HEAD + (
    "Rang Handlungsfeld Punkte Anteil\n"
    "────────────────────────────────────────────\n"
    "\n"
    "─\n"
    "1 Deutsch im Alltag 71 28 %\n"
    "2 Übergang in den Beruf, Handel 58 23 %\n"
    "und Handwerk\n"
    "\n"
    "3 Begegnung in der 44 17 %\n"
    "Dorfmitte\n"
    "4 Pflege im Alter 36 14 %\n" + TAIL
)


def test_ranked_rows_under_a_rule_a_name_going_on_with_a_link_word() -> None:
    """A rank's column before the names ("Rang"), the rule under the header wrapped onto a line of its own, a name
    whose rest opens with "und" on the line under its row."""
    assert labels(RANKED) == [
        "Deutsch im Alltag",
        "Übergang in den Beruf, Handel und Handwerk",
        "Begegnung in der Dorfmitte",
        "Pflege im Alter",
    ]


def test_a_rest_in_lower_case_of_another_kind_is_no_part_of_the_name() -> None:
    """A line under a row opening with a lower-case word that links no name ("davon 3 neu") ends the table."""
    text = RANKED.replace("und Handwerk\n", "bewertet nach Punkten\n")
    assert "Übergang in den Beruf, Handel" in labels(text)
    assert not any("bewertet" in label for label in labels(text))


def test_a_header_ending_in_an_abbreviation_over_unnumbered_rows_is_no_heading() -> None:
    """ "Handlungsfeld Anteil Mittel p. a.": its full stop an abbreviation's, no sentence's; the line is the
    header of the rows under it, no field's heading ("Anteil Mittel p. a")."""
    text = HEAD + (
        "Handlungsfeld Anteil Mittel p. a.\n"
        "────────────────────────────────────────────\n"
        "Deutsch im Alltag 30 % 18.000 €\n"
        "Übergang in den Beruf 20 % 12.000 €\n"
        "Pflege im Alter 10 % 6.000 €\n"
        "────────────────────────────────────────────\n"
        "Summe 100 % 60.000 €\n" + TAIL
    )
    assert labels(text) == ["Deutsch im Alltag", "Übergang in den Beruf", "Pflege im Alter"]
