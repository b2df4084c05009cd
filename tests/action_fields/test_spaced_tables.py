"""A field table whose gaps an export closed to single spaces, read by the kinds of its cells
(``extractors/action_fields/spaced.py``): a mark and a level before the field and an office after
it, a goal's sentence after a field whose cell wraps, the number the field's cell carries, a
matrix of marks; the same tables as pipes and one cell a line; and tables of the same look that
name no field."""

from __future__ import annotations

import pytest

from extractors.action_fields.misses import misses
from extractors.resources import default_resources
from pipeline.structure import view
from tests.action_fields.test_action_fields import labels, make_doc

LEAD = "Gemeinde Talbrück\nVorlage 12/2026\n\nDie Handlungsfelder des Plans:\n\n"
TAIL = "\nDer Ausschuss berät die Vorlage in seiner nächsten Sitzung.\n"

LEVELS = (
    "Nr. Priorität Handlungsfeld Federführung\n"
    "A hoch Familie und Kita Jugendamt\n"
    "B mittel Sprache und Weiterbildung Volkshochschule\n"
    "C niedrig Wohnen in den Ortsteilen Bauamt 2\n"
    "D hoch Sport, Kultur und Ehrenamt Ortsgemeinden\n"
)
GOALS = (
    "Themenfeld Leitziel\n"
    "Musikalische Bildung Jedes Kind lernt in der Grundschule\n"
    "und Chöre ein Instrument kennen.\n"
    "Mobilität Busse fahren in allen Dörfern stündlich.\n"
    "Pflege und Nachbarn kümmern sich um Ältere.\n"
    "Nachbarschaft\n"
    "Klimaschutz Der Energieverbrauch der Gebäude sinkt.\n"
)
CARRIED = (
    "Handlungsfeld Ziel Maßnahme Zuständigkeit\n"
    "1 Digitales Lernen Geräte für alle Schüler Leihpool der Schulen Schulamt\n"
    "Lehrkräfte fortbilden Kurse im Medienzentrum Medienzentrum\n"
    "2 Freizeit im Dorf Treffpunkte schaffen Jugendraum im Rathaus Jugendpflege\n"
    "3 Umwelt Blühflächen anlegen Patenschaften mit\n"
    "Landwirten Bauhof\n"
)
MATRIX = (
    "Handlungsfeld Oberdorf Unterdorf Mühlental\n"
    "Wege und Plätze ● ●\n"
    "Treffpunkte für Jugendliche ● ● ●\n"
    "Hilfe im Alltag ●\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEVELS,
            ["Familie und Kita", "Sprache und Weiterbildung", "Wohnen in den Ortsteilen", "Sport, Kultur und Ehrenamt"],
        ),
        (GOALS, ["Musikalische Bildung und Chöre", "Mobilität", "Pflege und Nachbarschaft", "Klimaschutz"]),
        (CARRIED, ["Digitales Lernen", "Freizeit im Dorf", "Umwelt"]),
        (MATRIX, ["Wege und Plätze", "Treffpunkte für Jugendliche", "Hilfe im Alltag"]),
    ],
    ids=["mark-level-field-office", "field-goal-wrapped", "number-in-the-field-cell", "matrix-of-marks"],
)
def test_fields_of_a_single_spaced_table(text: str, expected: list[str]) -> None:
    assert labels(LEAD + text + TAIL) == expected


def test_a_name_wrapped_over_the_next_lines_of_its_row() -> None:
    """A numbered row whose name and goal wrap in turns: the name's rest opens the next line
    ("Beratung und" … / "Begleitung Viele Familien …"), an adjective waiting for its noun too."""
    text = (
        "Nr. Handlungsfeld Leitziel 2030 Federführung\n"
        "1 Beratung und Die Familien finden Hilfe Amt für Soziales\n"
        "Begleitung in ihrer Nähe.\n"
        "2 Bildung ausländischer Alle Fachkräfte finden eine Bildungswerk\n"
        "Fachkräfte Stelle.\n"
    )
    assert labels(LEAD + text + TAIL) == ["Beratung und Begleitung", "Bildung ausländischer Fachkräfte"]


def test_the_pipe_form_of_the_same_table() -> None:
    text = (
        "| Nr. | Priorität | Handlungsfeld | Federführung |\n"
        "|---|---|---|---|\n"
        "| A | hoch | Frühe Hilfen und Kita | Jugendamt |\n"
        "| B | mittel | Sprache und Weiterbildung | Volkshochschule |\n"
    )
    assert labels(LEAD + text + TAIL) == ["Frühe Hilfen und Kita", "Sprache und Weiterbildung"]


def test_the_one_cell_a_line_form_of_a_numbered_table() -> None:
    text = (
        "Nr.\nHandlungsfeld\nFederführung\n"
        "1\nFrühe Hilfen und Kita\nJugendamt\n"
        "2\nSprache und Weiterbildung\nVolkshochschule\n"
        "3\nWohnen in den Ortsteilen\nBauamt\n"
    )
    assert labels(LEAD + text + TAIL) == [
        "Frühe Hilfen und Kita",
        "Sprache und Weiterbildung",
        "Wohnen in den Ortsteilen",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a table of measures and costs of the same look: no field noun in its header
        "Nr. Priorität Maßnahme Kosten\nA hoch Neue Spielgeräte 12.000 €\nB mittel Sanierung Turnhalle 80.000 €\n",
        # rows whose level column holds no level word: the leading cells are not of their kinds
        "Nr. Priorität Handlungsfeld Federführung\nA Jugendamt Frühe Hilfen\nB Bauamt Wohnen\n",
        # a single row is no table
        "Nr. Priorität Handlungsfeld Federführung\nA hoch Frühe Hilfen und Kita Jugendamt\n",
    ],
    ids=["measures-and-costs", "level-column-without-levels", "one-row"],
)
def test_tables_of_the_same_look_name_no_field(text: str) -> None:
    assert labels(LEAD.replace("Die Handlungsfelder des Plans:", "Die Übersicht:") + text + TAIL) == []


def test_a_next_line_that_may_hold_another_cells_words_leaves_the_row_out() -> None:
    """A row's next line opening with a link word and going on with a capital may carry the name's
    rest or a wrapped row's last cells ("mit Vermietern Bauamt"): the row is not read."""
    text = (
        "Handlungsfeld Ziel Maßnahme Zuständigkeit\n"
        "1 Sport Vereine stärken Zuschüsse für Übungsleiter Sportamt\n"
        "2 Wohnen im Dorf Bauland schaffen Gespräche\n"
        "mit Eigentümern Bauamt\n"
        "3 Kultur Feste feiern Dorffest im Sommer Kulturbüro\n"
    )
    assert labels(LEAD + text + TAIL) == ["Sport", "Kultur"]
    # the row's line holds its office: the next line holds its cells' next lines, the name's rest first
    whole = text.replace("Gespräche\nmit Eigentümern Bauamt", "Gespräche Bauamt\nund Ortsteile Eigentümer fragen")
    assert labels(LEAD + whole + TAIL) == ["Sport", "Wohnen im Dorf und Ortsteile", "Kultur"]


def test_a_matrix_whose_rows_carry_no_marks_gives_no_row() -> None:
    text = "Handlungsfeld Oberdorf Unterdorf Mühlental\nWege und Plätze werden saniert\nDer Rat entscheidet im Mai\n"
    found = labels(LEAD + text + TAIL)
    assert not any("Wege" in f or "Rat" in f for f in found)


def test_a_name_whose_end_cannot_be_told_is_left_out() -> None:
    """An office column whose cell opens with no office's head word after the name: the row's
    name is not cut (empty is better than wrong); the rows that can be cut are read."""
    text = (
        "Nr. Handlungsfeld Federführung\n"
        "1 Sprache und Weiterbildung Volkshochschule\n"
        "2 Wohnen Frau Berger\n"
        "3 Sport und Vereine Sportbund\n"
    )
    assert labels(LEAD + text + TAIL) == ["Sprache und Weiterbildung", "Sport und Vereine"]


ROLES = [("Spielplätze und Grünflächen", ["F", "M"]), ("Hilfe für", ["M", "F", "M"]), ("Kultur im Ort", ["F"])]


def _stacked_matrix(apart: bool) -> str:
    """A matrix of offices leading (F) or taking part (M), one cell a line, the empty cells dropped;
    "Hilfe für" / "Pflegende" a field wrapped over two lines."""
    sep = "\n\n" if apart else "\n"
    cells = ["Handlungsfeld", "Bauhof", "Ortsgemeinden", "Seniorenbüro"]
    for name, marks in ROLES:
        cells += [name + "\nPflegende" if name.endswith("für") else name, *marks]
    return sep.join(cells) + "\n"


@pytest.mark.parametrize("apart", [True, False], ids=["blank-lines-between", "no-blank-lines"])
def test_a_matrix_set_one_cell_a_line(apart: bool) -> None:
    assert labels(LEAD + _stacked_matrix(apart) + TAIL) == [
        "Spielplätze und Grünflächen",
        "Hilfe für Pflegende",
        "Kultur im Ort",
    ]


def test_a_list_of_one_cell_a_line_without_marks_is_no_matrix() -> None:
    text = "Handlungsfeld\nBauhof\nOrtsgemeinden\nSpielplätze und Grünflächen\nKultur im Ort\nSeniorenbüro\n"
    assert not {"Spielplätze und Grünflächen", "Kultur im Ort"} & set(
        labels(LEAD.replace("Die Handlungsfelder des Plans:", "Die Übersicht:") + text + TAIL)
    )


@pytest.mark.parametrize("table", [LEVELS, GOALS], ids=["mark-level-field-office", "field-goal-wrapped"])
def test_a_blank_line_after_every_line(table: str) -> None:
    """pdfminer.six may set a blank line after every line of a table; a section's heading after
    it ends the table ("4. Zeitplan")."""
    spread = "\n".join(line + "\n" for line in table.splitlines())
    after = "\n4. Zeitplan\n\nAuftakt im April 2026, Abschluss im Herbst 2027.\n"
    expected = labels(LEAD + table + TAIL)
    assert len(expected) == 4 and labels(LEAD + spread + after) == expected


def test_the_review_flags_a_row_whose_name_cannot_be_cut() -> None:
    rows = "1 Sprache und Weiterbildung Volkshochschule\n2 Wohnen Frau Berger\n3 Sport und Vereine Sportbund\n"
    text = LEAD + "Nr. Handlungsfeld Federführung\n" + rows + TAIL
    doc = make_doc(text)
    res = default_resources()
    found = [m for m in misses(doc, [], res, view(doc)) if "Tabelle der Handlungsfelder" in m.message]
    assert len(found) == 1 and "Wohnen Frau Berger" in found[0].message
    clean = make_doc(LEAD + LEVELS + TAIL)
    assert not [m for m in misses(clean, [], res, view(clean)) if "Tabelle der Handlungsfelder" in m.message]


# Roman row numbers, a column of guiding questions, field cells hyphenated at their line's end
# ("vernet-" / "zen", "Willkommens-" / "kultur") beside the wrapped question
ROMAN = (
    "Nr. Handlungsfeld Leitfrage\n"
    "I Nachbarschaften vernet- Wie finden Alteingesessene und Neue\n"
    "zen zueinander?\n"
    "II Ankommen und Willkommens- Was braucht eine Familie in der ersten\n"
    "kultur Woche?\n"
    "III Sport im Verein Wer trainiert die Jugendteams?\n"
)


def test_roman_numbered_rows_with_hyphenated_names_beside_questions() -> None:
    assert labels(LEAD + ROMAN + TAIL) == [
        "Nachbarschaften vernetzen",
        "Ankommen und Willkommenskultur",
        "Sport im Verein",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Roman numbers out of order are no rows of one table
        "Nr. Handlungsfeld Leitfrage\nII Sport im Verein Wer trainiert?\nIV Ankommen Was braucht es?\n",
        # a table of guiding questions without a field column
        "Nr. Thema Leitfrage\nI Sport im Verein Wer trainiert?\nII Ankommen Was braucht es?\n",
    ],
    ids=["numbers-out-of-order", "no-field-column"],
)
def test_question_tables_that_name_no_field(text: str) -> None:
    assert labels(LEAD.replace("Die Handlungsfelder des Plans:", "Die Übersicht:") + text + TAIL) == []


# a lower-case column word over the offices ("federführend"), a year span after the last column
# word, field cells wrapped onto the next line beside an office wrapped in its own cell
LEADING_OFFICES = (
    "Handlungsfeld federführend Leitprojekt 2026/27\n"
    "Frühe Hilfen und Elternarbeit Amt 51 Elterncafés in allen\n"
    "Familienzentren\n"
    "Arbeit für Zugewanderte und Amt 32 / Netzwerk Einstieg\n"
    "Geflüchtete Jobcenter mit Kammern\n"
    "Sport und Bewegung Amt 52 Schwimmkurse für\n"
    "Erwachsene\n"
)


def test_a_lower_case_office_column_and_wrapped_field_cells() -> None:
    assert labels(LEAD + LEADING_OFFICES + TAIL) == [
        "Frühe Hilfen und Elternarbeit",
        "Arbeit für Zugewanderte und Geflüchtete",
        "Sport und Bewegung",
    ]


@pytest.mark.parametrize(
    "text",
    [
        LEADING_OFFICES.replace("Handlungsfeld federführend", "Thema federführend"),
        "Handlungsfeld federführend ist das Amt 51 für Familie\nFrühe Hilfen und Elternarbeit Amt 51 Elterncafés\n",
    ],
    ids=["no-field-column", "a-sentence-not-a-header"],
)
def test_lower_case_column_words_without_a_table(text: str) -> None:
    assert labels(LEAD.replace("Die Handlungsfelder des Plans:", "Die Übersicht:") + text + TAIL) == []


def test_rows_whose_rest_may_be_another_cells_are_left_out() -> None:
    """A name ending in a preposition whose next line opens with two capitalised words ("in" / "Bad
    Wildungen eröffnen": a place of two words, or one and the next cell's), and a name cut at a link
    word where no office's word opens the office column ("Schutz vor" | "Gewalt Team …")."""
    text = (
        "Handlungsfeld federführend Leitprojekt 2026/27\n"
        "Sport und Bewegung Amt 52 Schwimmkurse für\n"
        "Erwachsene\n"
        "Wohnen und Leben in Amt 61 Quartiersbüro\n"
        "Bad Wildungen eröffnen\n"
        "Schutz vor Gewalt Team Beratung und Hilfe\n"
        "Frauen im Frauenhaus\n"
        "Gesundheit und Pflege Amt 53 Lotsen\n"
    )
    assert labels(LEAD + text + TAIL) == ["Sport und Bewegung", "Gesundheit und Pflege"]
