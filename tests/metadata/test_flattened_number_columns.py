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
