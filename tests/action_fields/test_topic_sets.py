"""action_fields: the last resort, a set of topic names in a form no reader knows (the first cells of
lined-up lines, the cells of one line) under a field noun, where no reader read a field (invented
examples, with near misses: a list of another kind, a weak noun of another matter, cells an export
ran together, a reader's own fields)."""

from __future__ import annotations

import textwrap

import pytest

from extractors import action_fields
from extractors.resources import default_resources
from tests.action_fields.test_action_fields import labels, make_doc
from tests.helpers import viewed

# a long paragraph of another matter
FILLER = "\n".join(
    textwrap.wrap("Der Rat hat die Mittel für das Programm im Frühjahr beraten und gebilligt. " * 24, 90)
)
INTEGRATION = "Das Integrationskonzept der Stadt fördert die Integration Zugewanderter und die Teilhabe aller.\n\n"

# the projects' rows under the names of the fields they serve, indented, with no mark or number
PROJECTS = (
    INTEGRATION + "Das Programm fasst 9 Leitprojekte zusammen. Sie sind drei Handlungsfeldern zugeordnet:\n\n"
    "» Sprache und frühe Bildung\n"
    "     P 1   Elterncafés in zwölf Kitas\n"
    "     P 2   Lesestart in der Stadtbibliothek\n"
    "» Arbeit und Ausbildung\n"
    "     P 3   Jobpaten für Geflüchtete\n"
    "» Wohnen im Quartier\n"
    "     P 4   Mieterberatung Nord\n"
    "     P 5   Hausfeste in der Siedlung\n"
    "     P 6   Quartiersbüro Süd\n\n"
    "Die Projekte werden jährlich berichtet.\n"
)

# the heads of a table's columns, the fields, on one line under a paragraph naming them
HEADS = (
    INTEGRATION + "Jede Maßnahme ist einem oder mehreren Handlungsfeldern zugeordnet.\n\n"
    "Maßnahme            Sprache und Bildung    Arbeit    Gesundheit und Pflege    Interkulturelle Öffnung\n"
    "Lesepaten           x\n"
    "Jobbörse                                   x\n"
    "Pflegelotsen                                         x                        x\n"
)


def test_the_rows_under_the_names_leave_the_names() -> None:
    assert labels(PROJECTS) == ["Sprache und frühe Bildung", "Arbeit und Ausbildung", "Wohnen im Quartier"]


def test_the_names_are_the_least_certain_reading() -> None:
    found = viewed(action_fields.extract, make_doc(PROJECTS), default_resources())
    assert {f.method for f in found} == {"topics"}
    assert [f.categories for f in found][0] == ("sprache", "bildung")


def test_the_heads_of_one_line() -> None:
    assert labels(HEADS) == ["Sprache und Bildung", "Arbeit", "Gesundheit und Pflege", "Interkulturelle Öffnung"]


@pytest.mark.parametrize(
    ("case", "text"),
    [
        # a weak noun names the parts of another thing (a counselling service's priorities)
        (
            "weak noun",
            PROJECTS.replace("Sie sind drei Handlungsfeldern zugeordnet", "Die Beratung hat drei Schwerpunkte"),
        ),
        # no field noun at all
        ("no noun", PROJECTS.replace("Sie sind drei Handlungsfeldern zugeordnet", "Sie sind so geordnet")),
        # the field noun is far above: the list belongs to something else
        (
            "far noun",
            PROJECTS.replace(":\n\n»", ":\n\n" + FILLER + "\n»"),
        ),
        # a list of measures, not of fields
        (
            "measures",
            PROJECTS.replace(
                "Sie sind drei Handlungsfeldern zugeordnet:", "Die Handlungsfelder bleiben.\n\nMaßnahmen:"
            ),
        ),
        # one kind of field only: the rows of a school plan
        (
            "one kind",
            PROJECTS.replace("» Sprache und frühe Bildung", "» Kita und Hort")
            .replace("» Arbeit und Ausbildung", "» Grundschule")
            .replace("» Wohnen im Quartier", "» Weiterführende Schule"),
        ),
        # a document about another matter
        (
            "other matter",
            PROJECTS.replace(INTEGRATION, "Der Seniorenplan der Stadt stärkt die Selbständigkeit im Alter.\n\n"),
        ),
    ],
)
def test_near_misses_give_nothing(case: str, text: str) -> None:
    assert labels(text) == [], case


def test_cells_an_export_ran_together_are_no_names() -> None:
    # a two-column table whose gap an export closed: each line holds a field and the old fields merged into it
    closed = INTEGRATION + (
        "Aus acht Handlungsfeldern werden vier:\n\n"
        "Handlungsfeld 2027 aufgegangene Felder\n"
        "Frühe Bildung und Sprache Sprache; Kita\n"
        "Gesundheit und Pflege Gesundheit\n"
        "Sprache Bildung Arbeit Wohnen Gesund- Zusammen\n"
        "Wohnen und Leben Wohnen; Unterbringung\n"
    )
    assert labels(closed) == []


def test_a_reader_that_read_fields_keeps_them_alone() -> None:
    # the heading reader reads "Handlungsfeld 1: Sprache"; the column of names further down adds nothing
    text = PROJECTS + "\nHandlungsfeld 1: Gesundheit und Pflege\nText zum Feld.\n"
    assert labels(text) == ["Gesundheit und Pflege"]
