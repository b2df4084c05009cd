"""action_fields: a document as pdfminer.six sets it, a blank line after every line: the short
lines under a heading naming the fields are read over the single blank lines, and the numbered
sections after the one holding that heading ("3. Ergebnisse", "4. Steuerung") are the document's,
not sub-headings of the fields; prose lines under the heading give nothing; a table's header whose gaps an
export closed ("Handlungsfeld Pate im Lenkungskreis") over rows opening with fields is no heading (invented
examples)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

FIELDS = ["Spracherwerb und Beratung", "Schule, Ausbildung und Beruf", "Wohnen im Stadtteil", "Gesundheit im Alter"]


def _spaced(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


def _document(fields: list[str]) -> str:
    return _spaced(
        [
            "1. Anlass",
            "Der Rat hat die Verwaltung beauftragt, den Plan nach drei Jahren auszuwerten.",
            "2. Gegenstand",
            "Der Teilhabeplan 2023–2026 ordnet seine Maßnahmen vier Handlungsschwerpunkten zu.",
            "Handlungsschwerpunkte",
            *fields,
            "Die Auswertung hat jeden Handlungsschwerpunkt nach seinem Stand bewertet.",
            "3. Zentrale Befunde",
            "Von den 40 Maßnahmen sind 31 umgesetzt.",
            "4. Lenkung",
            "Die Lenkungsgruppe tagt zweimal im Jahr.",
            "5. Kosten",
            "Die Auswertung kostete 24.000 Euro.",
        ]
    )


def test_short_lines_over_blank_lines_and_no_later_sections() -> None:
    assert labels(_document(FIELDS)) == FIELDS


@pytest.mark.parametrize(
    "lines",
    [
        ["Spracherwerb", "Die Kurse werden in allen Stadtteilen angeboten und gut besucht."],
        ["Der Plan wurde breit beteiligt erarbeitet und im Rat beschlossen.", "Wohnen im Stadtteil"],
    ],
    ids=["a name then prose", "prose then a name"],
)
def test_prose_under_the_heading_gives_no_fields(lines: list[str]) -> None:
    assert labels(_document(lines)) == []


def test_a_table_set_a_cell_a_line_is_no_spaced_list() -> None:
    """A numbered table of fields and offices as pdfminer.six sets it, a cell a line with its row
    numbers apart: its header's words and the offices are no list of fields."""
    text = _spaced(
        [
            "Das Konzept ist in vier Handlungsfelder gegliedert:",
            "Nr. Handlungsfeld",
            "Federführung",
            "1",
            "2",
            "Frühe Bildung",
            "Arbeit und Beruf",
            "3 Wohnen im Quartier",
            "Schulamt",
            "Jobcenter Musterkreis",
            "Stadtplanungsamt",
            "Die Verwaltung berichtet jährlich über den Stand der Umsetzung.",
        ]
    )
    found = labels(text)
    assert not {"Nr. Handlungsfeld", "Federführung", "Schulamt", "Jobcenter Musterkreis"} & set(found)


def test_a_closed_table_header_over_rows_of_fields_with_blank_lines_between() -> None:
    # "Handlungsfeld Pate im Lenkungskreis" heads a table whose rows open with the fields read before
    text = _spaced(
        [
            "Die Lenkungsgruppe arbeitet in vier Handlungsfeldern:",
            "Handlungsfeld Beschreibung",
            "Sprache und Bildung Kurse und Lernorte",
            "Arbeit und Beruf Beratung und Vermittlung",
            "Wohnen und Quartier Nachbarschaften",
            "Gesundheit und Pflege Zugänge im Alter",
            "Die Lenkungsgruppe benennt Patinnen und Paten, die jährlich berichten:",
            "Handlungsfeld Pate im Lenkungskreis",
            "Sprache und Bildung Rektorin Eva Maier (Grundschule Nord)",
            "Arbeit und Beruf Otto Brandl (Jobcenter)",
            "Die Paten berichten jährlich.",
        ]
    )
    assert labels(text) == ["Sprache und Bildung", "Arbeit und Beruf", "Wohnen und Quartier", "Gesundheit und Pflege"]
