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
