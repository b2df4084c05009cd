"""Beratungsfolgen of ruled tables with narrow columns as text exports set them one cell per line
(pypdf, pdftotext, pdfminer.six): a column's head cell of one linking word ("Vorlage an" / "zur"), a
name's head noun wrapped under its adjective ("Beratender" / "Ausschuss"), a name and its role set on
one line ("Werkausschuss Vorberatung"), a status and a role in one cell ("öffentlich, Vorberatung"), a
date wrapped before its year ("14. Oktober" / "2031"), a rule and the page's foot after the last row;
and the near misses that must not read so."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.consultations import extract
from pipeline.document import Document
from pipeline.structure import view

Row = tuple[str, "str | None", "str | None", "bool | None"]


def rows(text: str) -> list[Row]:
    doc = Document.from_pages("x", "x", "x", [(p, "plain_text", None) for p in text.split("\f")])
    found = list(extract(doc, load_resources(), view(doc)))
    for rec in found:
        assert doc.text[rec.span.start : rec.span.end] == rec.span.snippet
    return [(c.body, c.meeting_date, c.role, c.public) for c in found]


HEAD = "Kreisstadt Talheim\nDer Bürgermeister\nBeschlussvorlage\n"
TAIL = "Betreff\nNeuordnung der Quartiersarbeit\n"

CASES = [
    pytest.param(
        # a head cell of one linking word between the column words: the roles' column
        HEAD + "Vorlage an\nzum\nSitzungsart\nSitzungstermin\nBauausschuss\nVorberatung\nöffentlich\n"
        "03.02.2031\nStadtrat\nBeschlussfassung\nöffentlich\n17.02.2031\n" + TAIL,
        [
            ("Bauausschuss", "2031-02-03", "preliminary", True),
            ("Stadtrat", "2031-02-17", "decision", True),
        ],
        id="linking-word-head-cell",
    ),
    pytest.param(
        # the name's head noun, a column word of its own, wrapped under its adjective
        HEAD + "Gremium\nRolle\nSitzungsart\nSitzungstermin\nBeratender\nAusschuss\nAnhörung\nöffentlich\n"
        "03.02.2031\nGemeinsamer Ausschuss\nVorberatung\nnicht öffentlich\n10.02.2031\nStadtrat\n"
        "Beschlussfassung\nöffentlich\n17.02.2031\n" + TAIL,
        [
            ("Beratender Ausschuss", "2031-02-03", "deliberation", True),
            ("Gemeinsamer Ausschuss", "2031-02-10", "preliminary", False),
            ("Stadtrat", "2031-02-17", "decision", True),
        ],
        id="head-noun-wrapped-under-its-adjective",
    ),
    pytest.param(
        # a name and its role set on one line, a name's rest under it
        HEAD + "Gremium\nRolle\nSitzungstermin\nÖ/N\nWerkausschuss Vorberatung\n05.03.2031\nÖ\n"
        "Samtgemeinderat Entscheidung\nNord-Heide\n19.03.2031\nN\n" + TAIL,
        [
            ("Werkausschuss", "2031-03-05", "preliminary", True),
            ("Samtgemeinderat Nord-Heide", "2031-03-19", "decision", False),
        ],
        id="name-and-role-on-one-line",
    ),
    pytest.param(
        # the dates' column first, a status and a role in one cell, a name wrapped after an adjective
        HEAD + "Beratungsfolge:\nTermin\nGremium\nBehandlung\n08.04.2031\nSeniorenbeirat\n"
        "öffentlich, Empfehlung\n15.04.2031\nAusschuss für Umwelt und ländliche\nEntwicklung\n"
        "nicht öffentlich, Vorberatung\n29.04.2031\nKreistag\nöffentlich, Entscheidung\n" + TAIL,
        [
            ("Seniorenbeirat", "2031-04-08", "preliminary", True),
            ("Ausschuss für Umwelt und ländliche Entwicklung", "2031-04-15", "preliminary", False),
            ("Kreistag", "2031-04-29", "decision", True),
        ],
        id="status-and-role-in-one-cell",
    ),
    pytest.param(
        # dated rows, pdftotext's blocks: the name's rest after an adjective that wants its noun
        HEAD + "Beratungsfolge:\nTermin\n\nGremium\n\nBehandlung\n\n08.04.2031 Ausschuss für Umwelt und ländliche\n"
        "Entwicklung\n\nöffentlich, Vorberatung\n\n29.04.2031 Kreistag\n\nöffentlich, Entscheidung\n\n" + TAIL,
        [
            ("Ausschuss für Umwelt und ländliche Entwicklung", "2031-04-08", "preliminary", True),
            ("Kreistag", "2031-04-29", "decision", True),
        ],
        id="dated-row-name-after-an-adjective",
    ),
    pytest.param(
        # a date wrapped before its year; a rule and the next page's head after the last row
        HEAD + "Beratungsfolge:\nDatum\nGremium\nArt\nStatus\n14. Oktober\n2031\nJugendhilfeausschuss\nVorb.\n"
        "öffentlich\nDi, 21.10.\n2031\nKreisausschuss\nVorb.\nnicht- öffentlich\n30. Oktober 2031\nKreistag\n"
        "Beschluss\nöffentlich\n" + "-" * 60 + "\nBeschlussvorlage\nBV 2031/17\nSeite 2\n" + TAIL,
        [
            ("Jugendhilfeausschuss", "2031-10-14", "preliminary", True),
            ("Kreisausschuss", "2031-10-21", "preliminary", False),
            ("Kreistag", "2031-10-30", "decision", True),
        ],
        id="year-wrapped-and-a-rule-after-the-rows",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_narrow_cells_one_a_line(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


def test_a_rule_between_rows_does_not_end_the_table() -> None:
    text = (
        HEAD
        + "Beratungsfolge:\nDatum\nGremium\nArt\n14. Oktober\n2031\nJugendhilfeausschuss\nVorb.\n"
        + "-" * 60
        + "\n"
        "30. Oktober\n2031\nKreistag\nBeschluss\n" + TAIL
    )
    assert [r[:2] for r in rows(text)] == [("Jugendhilfeausschuss", "2031-10-14"), ("Kreistag", "2031-10-30")]


NEAR_MISSES = [
    pytest.param(
        # a linking word over prose: no column of the header
        HEAD + "Vorlage an\nzur\nKenntnis genommen hat der Rat den Bericht der Verwaltung im Frühjahr.\n" + TAIL,
        id="linking-word-over-prose",
    ),
    pytest.param(
        # a day and month over a year that is no cell of its own: no date
        HEAD + "Beratungsfolge:\nDatum\nGremium\n14. Oktober\n2031 wird das Programm fortgeschrieben\n" + TAIL,
        id="day-and-month-over-a-sentence",
    ),
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_give_no_row(text: str) -> None:
    assert rows(text) == []


def test_a_column_word_glued_to_a_label_names_no_body() -> None:
    """ "Geplante   Gremium   Ö/N" over "Sitzungstermine": the head's words are no row."""
    text = (
        HEAD + "Beratungsfolge:\n  Geplante          Gremium                                Ö/N\n  Sitzungstermine\n"
        "  25.02.2031        Ausschuss für Kita, Schule und Soziales  Ö\n"
        "  06.03.2031        Amtsausschuss Talheim                    Ö\n\n" + TAIL
    )
    assert [r[:2] for r in rows(text)] == [
        ("Ausschuss für Kita, Schule und Soziales", "2031-02-25"),
        ("Amtsausschuss Talheim", "2031-03-06"),
    ]


# tab-stop tables exported column by column (pdftotext): each column's word over its block of cells
COLUMN_BLOCKS = [
    pytest.param(
        # the bodies' column word alone on its line, no heading over the table
        HEAD + "Gremium\nSeniorenbeirat\nWerkausschuss\nKreistag\n\nSitzungstermin\n08.04.2031\n15.04.2031\n"
        "29.04.2031\n\nBehandlung\nAnhörung\nVorberatung\nEntscheidung\n\n" + TAIL,
        [
            ("Seniorenbeirat", "2031-04-08", "deliberation", None),
            ("Werkausschuss", "2031-04-15", "preliminary", None),
            ("Kreistag", "2031-04-29", "decision", None),
        ],
        id="bodies-column-word-alone",
    ),
    pytest.param(
        # a column word of one linking word over the roles
        HEAD + "Vorlage an\nBauausschuss\nStadtrat\n\nzum\nVorberatung\nBeschlussfassung\n\nSitzungsart\n"
        "nicht öffentlich\nöffentlich\n\nSitzungstermin\n03.02.2031\n17.02.2031\n\n" + TAIL,
        [
            ("Bauausschuss", "2031-02-03", "preliminary", False),
            ("Stadtrat", "2031-02-17", "decision", True),
        ],
        id="linking-word-over-the-roles",
    ),
    pytest.param(
        # the heading names the roles' column; the dates' block first
        HEAD + "Beratungsfolge (Zuständigkeit)\n02. März 2031\n16. März 2031\n\nOrtsrat Nord\nGemeinderat\n\n"
        "Anhörung\nEntscheidung\n\nBeschlussvorschlag:\nDer Rat beschließt.\n",
        [
            ("Ortsrat Nord", "2031-03-02", "deliberation", None),
            ("Gemeinderat", "2031-03-16", "decision", None),
        ],
        id="heading-names-a-column-dates-first",
    ),
]


def test_rows_under_a_heading_that_names_the_roles_column() -> None:
    """ "Beratungsfolge (Zuständigkeit)" over rows led by a written-out date, each role on a line of its own."""
    text = (
        HEAD + "Beratungsfolge (Zuständigkeit)\n02. März 2031 Ortsrat Nord\n\nAnhörung\n\n"
        "16. März 2031 Ausschuss für Umwelt, Verkehr und\nDigitales\n\nVorberatung\n\n30. März 2031 Gemeinderat\n\n"
        "Entscheidung\n\nBeschlussvorschlag:\nDer Rat beschließt.\n"
    )
    assert [r[:2] for r in rows(text)] == [
        ("Ortsrat Nord", "2031-03-02"),
        ("Ausschuss für Umwelt, Verkehr und Digitales", "2031-03-16"),
        ("Gemeinderat", "2031-03-30"),
    ]


@pytest.mark.parametrize(("text", "expected"), COLUMN_BLOCKS)
def test_column_blocks(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


COLUMN_NEAR_MISSES = [
    pytest.param(
        # the bodies' column word over names, no dates' block after them
        HEAD + "Gremium\nSeniorenbeirat\nWerkausschuss\n\nBehandlung\nAnhörung\nVorberatung\n\n" + TAIL,
        id="no-dates",
    ),
    pytest.param(
        # names and dates whose counts differ: no pairing
        HEAD + "Gremium\nSeniorenbeirat\nWerkausschuss\nKreistag\n\nSitzungstermin\n08.04.2031\n15.04.2031\n\n" + TAIL,
        id="counts-differ",
    ),
]


@pytest.mark.parametrize("text", COLUMN_NEAR_MISSES)
def test_column_blocks_that_do_not_pair_give_no_row(text: str) -> None:
    assert rows(text) == []


def test_a_lower_case_rest_set_apart_by_a_blank_line_ends_the_row_above() -> None:
    # date-led rows whose first name wrapped; the export set its rest apart by a blank line
    text = (
        HEAD + "Beratungsfolge (Zuständigkeit)\n04. März 2031 Ortsrat Weststadt Kenntnisnahme\n"
        "11. März 2031 Ausschuss für Kultur, Sport, Freizeit Vorberatung\n\nund Tourismus\n"
        "25. März 2031 Verwaltungsausschuss Vorberatung\n01. April 2031 Rat der Stadt Entscheidung\n"
        "Beschlussvorschlag:\n" + TAIL
    )
    assert [r[:2] for r in rows(text)] == [
        ("Ortsrat Weststadt", "2031-03-04"),
        ("Ausschuss für Kultur, Sport, Freizeit und Tourismus", "2031-03-11"),
        ("Verwaltungsausschuss", "2031-03-25"),
        ("Rat der Stadt", "2031-04-01"),
    ]


def test_a_capitalised_line_after_a_blank_line_is_no_rest_of_the_row_above() -> None:
    # the near miss: a line set apart that opens capitalised stays out of the row above's name
    text = (
        HEAD + "Beratungsfolge (Zuständigkeit)\n04. März 2031 Ortsrat Weststadt Kenntnisnahme\n"
        "11. März 2031 Ausschuss für Kultur, Sport, Freizeit Vorberatung\n\nBeschlussvorschlag:\n" + TAIL
    )
    assert [r[:2] for r in rows(text)] == [
        ("Ortsrat Weststadt", "2031-03-04"),
        ("Ausschuss für Kultur, Sport, Freizeit", "2031-03-11"),
    ]
