"""A header row of labelled fields that a rendering set single-spaced, the paper's date ending it
("Vorlage-Nr.: B-027/2027 Art: Beschlussvorlage öffentlich 03.02.2027"): the date is the paper's,
with the same row set out by gaps read the same; a meeting named in the row takes the date from it."""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import extract

HEAD = """Gemeinde Musterhausen | Der Bürgermeister | Fachbereich Soziales
Hauptstraße 1, 12345 Musterhausen
==============================================================
{row}
==============================================================

Betreff
Fortschreibung des Sozialberichts

Beschlussvorschlag
Die Gemeindevertretung beschließt den Bericht.
"""


@pytest.mark.parametrize("sep", [" ", "        "], ids=["one-space", "gap"])
@pytest.mark.parametrize(
    ("row", "iso"),
    [
        ("Vorlage-Nr.: {s}GV-12/2031{s}Art: Beschlussvorlage{s}öffentlich{s}14.05.2031", "2031-05-14"),
        ("Drucksache: {s}DS 0815/31{s}Mitteilungsvorlage{s}nicht öffentlich{s}02.11.2031", "2031-11-02"),
        ("Vorlage-Nr.: {s}GV-12/2031{s}19.01.2031", "2031-01-19"),
    ],
)
def test_date_ending_a_row_of_fields(row: str, iso: str, sep: str) -> None:
    text = HEAD.format(row=row.format(s=sep).replace(": " + sep, ": "))
    assert extract(text).get("doc_date") == iso


@pytest.mark.parametrize(
    "row",
    [
        "Vorlage-Nr.: GV-12/2031 Sitzung des Sozialausschusses 14.05.2031",  # a meeting's date
        "Vorlage-Nr.: GV-12/2031 Frist 14.05.2031",  # a deadline
        "Vorlage-Nr.: GV-12/2031 Eingang 14.05.2031",  # the day it came in
        "Musterhausen hat am 14.05.2031",  # no label opens the row
    ],
)
def test_no_date_from_a_row_naming_another(row: str) -> None:
    assert extract(HEAD.format(row=row)).get("doc_date") is None
