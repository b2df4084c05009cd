"""Field tables as a PDF's text layer gives them, the gaps between their cells closed to one space
(``extractors/action_fields/spaced.py``): a plan of forums or workshops whose field column stands
between the rows' marks ("III", "W 2") and a column of dates, and a budget table whose field column
comes first, a weak noun heading the column of text beside it and a rule giving the columns' widths;
and look-alikes that name no field (invented documents)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

HEAD = (
    "Stadt Lindenau\nVorlage Nr. 77/2027\n\n"
    "Das Integrationskonzept wird in Foren zu seinen Handlungsfeldern erarbeitet.\n\n"
)
TAIL = "\nDie Verwaltung berichtet dem Integrationsausschuss über die Ergebnisse.\n"

FORUMS = (
    "Forum Handlungsfeld Termin Ort\n"
    "----- ------------------------------ ---------- --------------------\n"
    "I Frühe Hilfen und Familie 12.09.2027 Bürgerhaus Mitte\n"
    "II Schule, Beruf und Studium 03.10.2027 Berufsschulzentrum\n"
    "III Wohnen im Quartier 21.11.2027 Rathaus, Kleiner Saal\n"
    "IV Gesundheit und Sport 09.01.2028 Sporthalle Süd\n"
)
WORKSHOPS = (
    "Werkstatt Handlungsfeld Termin\n"
    "W 1 Sprache und Kultur Mo., 6. September 2027\n"
    "W 2 Arbeit und Anerkennung Mi., 22. September 2027\n"
    "W 3 Nachbarschaft und Ehrenamt Do., 14. Oktober 2027\n"
)
BUDGET = (
    "Handlungsfeld Schwerpunkt 2028 Mittel 2028\n"
    "---------------------------------------- ------------------------ ----------\n"
    "Sprache und Kita Sprachcafés in den 14.000,00 €\n"
    "Familienzentren\n"
    "Ausbildung und Übergang Schule – Beruf Lotsen an drei Schulen 21.000,00 €\n"
    "Wohnen in der Nachbarschaft Quartierstreffs, Feste 9.500,00 €\n"
    "---------------------------------------- ------------------------ ----------\n"
    "Summe Handlungsfelder 44.500,00 €\n"
)


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            FORUMS,
            ["Frühe Hilfen und Familie", "Schule, Beruf und Studium", "Wohnen im Quartier", "Gesundheit und Sport"],
        ),
        (WORKSHOPS, ["Sprache und Kultur", "Arbeit und Anerkennung", "Nachbarschaft und Ehrenamt"]),
        (BUDGET, ["Sprache und Kita", "Ausbildung und Übergang Schule – Beruf", "Wohnen in der Nachbarschaft"]),
    ],
    ids=["forums-between-marks-and-dates", "workshops-coded-with-weekday-dates", "budget-field-first-rule-widths"],
)
def test_closed_table_reads_the_field_column(table: str, expected: list[str]) -> None:
    assert labels(HEAD + table + TAIL) == expected


# a plan of forums whose column is no field noun's: its topics name no field
TOPICS = FORUMS.replace("Forum Handlungsfeld Termin Ort", "Forum Thema Termin Ort")
# a text column (the place) before the field's: where the name starts cannot be told, so nothing
PLACED = (
    "Nr. Termin Ort Handlungsfeld Teiln.\n"
    "1 Do 15.10.2026 Bürgerhaus, Marktplatz Sprache und Bildung 42\n"
    "2 Mi 11.11.2026 Jugendzentrum Linde Arbeit und Wirtschaft 31\n"
    "3 Di 01.12.2026 Gemeindehaus St. Paul Wohnen im Quartier 38\n"
)
# rows whose dates are missing: the field's cell has no end to tell, so no row is read
UNDATED = (
    "Forum Handlungsfeld Termin Ort\n"
    "I Frühe Hilfen und Familie noch offen Bürgerhaus Mitte\n"
    "II Schule, Beruf und Studium im Herbst Berufsschulzentrum\n"
)


@pytest.mark.parametrize("table", [TOPICS, PLACED, UNDATED], ids=["topic-column", "place-before-field", "no-dates"])
def test_closed_look_alikes_give_nothing(table: str) -> None:
    head = HEAD if table is not TOPICS else HEAD.replace(" zu seinen Handlungsfeldern", "")
    assert labels(head + table + TAIL) == []


# the field noun broken at its hyphen in a narrow column, its rest alone on the line under the header
SPLIT = (
    "Nr. Handlungs- Leitziel bis 2031 Federführung\n"
    "feld\n"
    "1 Sprache und Jede zugewanderte Person findet einen Kurs. Volkshochschule\n"
    "Verständigung\n"
    "2 Gesundheit Dolmetscher stehen in allen Kliniken bereit. Gesundheitsamt\n"
    "3 Wohnen und Dezentrale Unterkünfte in allen Ortsteilen des Sozialamt\n"
    "Nachbarschaft Kreises; Nachbarschaftsfeste in zehn Orten.\n"
)
# a word broken in a row's cell over a one-word line is no header's noun
SPLIT_ELSEWHERE = SPLIT.replace("Handlungs- Leitziel", "Themen- Leitziel").replace("feld\n", "kreis\n")


def test_a_header_noun_broken_in_its_narrow_column() -> None:
    assert labels(HEAD + SPLIT + TAIL) == ["Sprache und Verständigung", "Gesundheit", "Wohnen und Nachbarschaft"]


def test_another_word_broken_in_a_header_gives_no_table() -> None:
    assert labels(HEAD.replace(" zu seinen Handlungsfeldern", "") + SPLIT_ELSEWHERE + TAIL) == []


def test_an_enumeration_run_into_the_next_cell_before_its_link_word_is_left_out() -> None:
    """The name of three parts or more may have wrapped at a comma as well as at its link word: the row
    is in doubt, the others are read."""
    row = (
        "4 Zusammenleben, Vereine, Feuerwehren und Sportvereine öffnen Ordnungsamt\n"
        "Integration\n"
        "Ehrenamt und sich; Tandems in allen Orten. und Sport\n"
        "Sport\n"
    )
    assert labels(HEAD + SPLIT + row + TAIL) == ["Sprache und Verständigung", "Gesundheit", "Wohnen und Nachbarschaft"]
