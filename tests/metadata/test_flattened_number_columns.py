"""A document's number in a header whose gaps a PDF's text layer flattened into single spaces: a
label in a right-hand column ending its line over the line its id ends ("Stadt Lindenau
Drucksachen-Nr." over "Der Bürgermeister 1234/2020-2025"), "Drucksache:" after the type word on
one line, and a row of labels over a row of values ("Vorlage-Nr. Federführende Dienststelle Datum"
over "VO/26/1234/50 Amt für Soziales 07.04.2026"); and what gives none (invented examples)."""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import extract

BODY = "\nBeschlussvorlage\n\nBetreff:\nFortschreibung des Integrationskonzepts\n\nBeschluss:\nDer Rat beschließt.\n"


@pytest.mark.parametrize(
    ("head", "number"),
    [
        (
            "Stadt Lindenau Drucksachen-Nr.\nDer Bürgermeister 1234/2020-2025\nSozialamt\nDatum: 11.03.2026\n",
            "1234/2020-2025",
        ),
        (
            "Stadt Lindenau\nMAGISTRATSVORLAGE Drucksache: 0042/2026\nan die Stadtverordneten\n",
            "0042/2026",
        ),
        (
            "STADT LINDENAU\n\nVorlage-Nr. Dienststelle Datum\nVO/26/1234/50 Sozialamt 07.04.2026\n",
            "VO/26/1234/50",
        ),
        (  # an export's blank line between the rows
            "STADT LINDENAU\n\nVorlage-Nr. Dienststelle Datum\n\nVO/26/1234/50 Sozialamt 07.04.2026\n",
            "VO/26/1234/50",
        ),
    ],
    ids=["right-column", "after-type-word", "row-of-labels", "rows-apart"],
)
def test_a_number_in_a_flattened_header(head: str, number: str) -> None:
    assert extract(head + BODY).get("doc_number") == number


@pytest.mark.parametrize(
    "head",
    [
        # the line under the right-hand label ends in a word, not an id
        "Stadt Lindenau Drucksachen-Nr.\nDer Bürgermeister Sozialamt\nDatum: 11.03.2026\n",
        # "Drucksache:" before words is no number
        "Stadt Lindenau\nMAGISTRATSVORLAGE Drucksache: siehe Anlage\nan die Stadtverordneten\n",
        # the row under the labels opens with words
        "STADT LINDENAU\n\nVorlage-Nr. Federführende Dienststelle Datum\nAmt für Soziales 07.04.2026\n",
    ],
    ids=["word-under", "words-after", "words-under"],
)
def test_no_number_in_a_flattened_header(head: str) -> None:
    assert extract(head + BODY).get("doc_number") is None


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("STADT LINDENAU\n\nVorlage-Nr. Dienststelle Datum\nVO/26/1234/50 Sozialamt 07.04.2026\n", "2026-04-07"),
        (  # an export's blank line between the rows
            "STADT LINDENAU\n\nDrucksachen-Nr. Federführendes Amt Datum\n\n"
            "0815/2026 Amt für Schule und Sport 23.02.2026\n",
            "2026-02-23",
        ),
    ],
    ids=["row-of-labels", "rows-apart"],
)
def test_a_date_ending_a_flattened_row_of_values(head: str, date: str) -> None:
    assert extract(head + BODY).get("doc_date") == date


@pytest.mark.parametrize(
    "head",
    [
        # the last label is no date's
        "STADT LINDENAU\n\nVorlage-Nr. Dienststelle Sachbearbeitung\nVO/26/1234/50 Sozialamt 07.04.2026\n",
        # the row of labels does not open with the number's
        "STADT LINDENAU\n\nDienststelle Vorlage-Nr. Datum\nSozialamt VO/26/1234/50 07.04.2026\n",
        # the row of values does not end with a date
        "STADT LINDENAU\n\nVorlage-Nr. Dienststelle Datum\nVO/26/1234/50 Sozialamt seit 2026\n",
        # a meeting's row: the labels name a meeting
        "STADT LINDENAU\n\nVorlage-Nr. Gremium Sitzungstermin\nVO/26/1234/50 Stadtrat 07.04.2026\n",
    ],
    ids=["no-date-label", "number-not-first", "no-date-under", "meeting-row"],
)
def test_no_date_in_a_flattened_row_of_values(head: str) -> None:
    assert extract(head + BODY).get("doc_date") is None
