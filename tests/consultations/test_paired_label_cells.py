"""A Beratungsfolge as key-value blocks set two labelled cells a line, as a council system's item
page prints them ("Gremium: X      TOP: Ö 5" over "Datum: Mo, 02.06.2025      Zuständigkeit:
Vorberatung"): the item's cell is no part of the body, its letter gives the session's status; the
gap may be a single space where a PDF's text layer closed it. Every case is invented."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.consultations import extract
from pipeline.structure import view
from tests.helpers import document

HEAD = "Vorlage\nNr. KA/2024/117\nDatum: 03.09.2024\n\nBetreff: Leitbild Ehrenamt\n\n"
TAIL = "\nBeschlussvorschlag:\nDer Rat beschließt das Leitbild.\n"
Fact = tuple[str, str, "str | None", "bool | None"]


def facts(text: str) -> list[Fact]:
    doc = document(HEAD + text + TAIL)
    return [(r.body, r.meeting_date or "", r.role, r.public) for r in extract(doc, load_resources(), view(doc))]


TWO = [
    ("Werk- und Umweltausschuss", "2024-09-16", "preliminary", True),
    ("Kreistag", "2024-10-07", "decision", False),
]
CASES = [
    pytest.param(
        "Beratungsfolge:\nGremium: Werk- und Umweltausschuss            TOP: Ö 12\n"
        "Datum: Mo, 16.09.2024                         Zuständigkeit: Vorberatung\n"
        "Gremium: Kreistag                             TOP: N 4\n"
        "Datum: Mo, 07.10.2024                         Zuständigkeit: Entscheidung\n",
        TWO,
        id="gaps",
    ),
    pytest.param(
        "Beratungsfolge:\nGremium: Werk- und Umweltausschuss TOP: Ö 12\n"
        "Datum: Mo, 16.09.2024 Zuständigkeit: Vorberatung\n"
        "Gremium: Kreistag TOP: N 4\nDatum: Mo, 07.10.2024 Zuständigkeit: Entscheidung\n",
        TWO,
        id="single-spaces",
    ),
    pytest.param(
        "Beratungsfolge:\n\nGremium: Werk- und Umweltausschuss TOP: Ö 12\n\n"
        "Datum: Mo, 16.09.2024 Zuständigkeit: Vorberatung\n\n"
        "Gremium: Kreistag TOP: N 4\n\nDatum: Mo, 07.10.2024 Zuständigkeit: Entscheidung\n",
        TWO,
        id="blank-lines-between",
    ),
    pytest.param(  # the item's cell a bare number: no status
        "Beratungsfolge:\nGremium: Bauausschuss\t\tTOP: 3\nSitzungstermin: 19.09.2024\t\tZuständigkeit: Vorberatung\n"
        "Gremium: Rat der Gemeinde\t\tTOP: 8\nSitzungstermin: 01.10.2024\t\tZuständigkeit: Entscheidung\n",
        [("Bauausschuss", "2024-09-19", "preliminary", None), ("Rat der Gemeinde", "2024-10-01", "decision", None)],
        id="tabs-bare-item-number",
    ),
]

# the labelled cells one a line, as pdftotext, pypdf and pdfminer.six set a form's narrow boxes: the body's name
# wrapped under its label's line; the body's label alone, its value after the item's line or under the label
ONE_A_LINE = [
    pytest.param(
        "Beratungsfolge:\nGremium: Ausschuss für\nUmwelt, Klima und\nMobilität\n\nTOP: Ö 12\n\n"
        "Datum: Mo, 16.09.2024\n\nZuständigkeit: Vorberatung\n\nGremium:\nTOP: N 4\nKreistag\n"
        "Datum: Mo, 07.10.2024\n\nZuständigkeit: Entscheidung\n",
        [
            ("Ausschuss für Umwelt, Klima und Mobilität", "2024-09-16", "preliminary", True),
            ("Kreistag", "2024-10-07", "decision", False),
        ],
        id="wrapped-name-label-alone-over-the-item",
    ),
    pytest.param(
        "Beratungsfolge:\nGremium: Ausschuss für\nUmwelt, Klima und\nMobilität\nTOP: Ö 12\n"
        "Datum: Mo, 16.09.2024\nZuständigkeit: Vorberatung\nGremium:\nKreistag\nTOP: N 4\n"
        "Datum: Mo, 07.10.2024\nZuständigkeit: Entscheidung\n",
        [
            ("Ausschuss für Umwelt, Klima und Mobilität", "2024-09-16", "preliminary", True),
            ("Kreistag", "2024-10-07", "decision", False),
        ],
        id="wrapped-name-label-over-its-value",
    ),
]


@pytest.mark.parametrize(("table", "expected"), CASES + ONE_A_LINE)
def test_paired_label_cells(table: str, expected: list[Fact]) -> None:
    assert facts(table) == expected


NEGATIVES = [
    # one meeting only: a header's labelled cells, no run of blocks
    "Gremium: Werk- und Umweltausschuss      TOP: Ö 12\nDatum: Mo, 16.09.2024      Bearbeitung: Frau Lenz\n",
    # labelled cells of a header that name no body
    "Verfasser: Amt 32      Datum: 03.09.2024\nAktenzeichen: 32.1      Telefon: 0711 4411\n"
    "Verfasser: Amt 50      Datum: 05.09.2024\n",
]
# near misses of the cells one a line: a name that closes takes no line after it; a body's label alone
# over the item's line and a sentence takes no value
CLOSED = [
    (
        "Beratungsfolge:\nGremium: Umweltausschuss\nMobilität\nTOP: Ö 12\nDatum: Mo, 16.09.2024\n"
        "Zuständigkeit: Vorberatung\nGremium: Kreistag\nTOP: N 4\nDatum: Mo, 07.10.2024\nZuständigkeit: Entscheidung\n",
        "Umweltausschuss Mobilität",
    ),
    (
        "Beratungsfolge:\nGremium: Umweltausschuss\nTOP: Ö 12\nDatum: Mo, 16.09.2024\nZuständigkeit: Vorberatung\n"
        "Gremium:\nTOP: N 4\nDer Kreistag wird im Oktober gesondert befasst.\nDatum: Mo, 07.10.2024\n",
        "Der Kreistag",
    ),
]


@pytest.mark.parametrize(("table", "joined"), CLOSED, ids=["closed-name", "sentence-after-a-label-alone"])
def test_one_a_line_near_misses(table: str, joined: str) -> None:
    assert not any(joined in body for body, *_ in facts(table))


@pytest.mark.parametrize("table", NEGATIVES, ids=["one-meeting", "no-body"])
def test_paired_label_cells_negatives(table: str) -> None:
    assert facts(table) == []
