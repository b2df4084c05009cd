"""Beratungsfolgen whose narrow name cells an export tool sets around their row's date: the name's
lines before and after the date ("Kultur- und" / "14.03.2024" / "Sportausschuss"), or the name's last
line on the date's line after the name's first lines ("Haupt-, Personal- und" / "Organisationsausschuss
21.03.2024"), other columns' cells between them as pdfminer.six sets them. A name left open by a link
word or a comma goes on; a name that closes does not take the next line. Every text is invented."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.consultations import extract
from pipeline.document import Document
from pipeline.structure import view

Fact = tuple[str, "str | None"]  # body, meeting date


def facts(text: str) -> list[Fact]:
    doc = Document.from_pages("x", "x", "x", [(page, "plain_text", None) for page in text.split("\f")])
    return [(r.body, r.meeting_date) for r in extract(doc, load_resources(), view(doc))]


HEAD = "Beratungsfolge\n\nGremium\n\nSitzungstermin\n\nStatus\n\n"
# a name wrapped where nothing shows it, as in the rows above it
WRAPPED = (
    "Ortsrat Kleinfeld\n\n05.03.2024\n\nöffentlich\n\nBezirksvertretung\nNordstadt\n\n10.03.2024\n\nöffentlich\n\n"
)
TAIL = "\nBegründung\nDer Gemeinderat hat die Sportstättenplanung am 12.11.2023 beauftragt.\n"

CASES = [
    (  # the name's lines around its date, the cells one per line set apart by blank lines
        "name-around-its-date",
        HEAD + WRAPPED + "Kultur- und\n14.03.2024\nSportausschuss\n\n"
        "öffentlich\n\nGemeinderat\n\n28.03.2024\n\nöffentlich\n" + TAIL,
        [
            ("Ortsrat Kleinfeld", "2024-03-05"),
            ("Bezirksvertretung Nordstadt", "2024-03-10"),
            ("Kultur- und Sportausschuss", "2024-03-14"),
            ("Gemeinderat", "2024-03-28"),
        ],
    ),
    (  # ... left open by a comma
        "name-open-by-comma-around-its-date",
        HEAD + WRAPPED + "Ausschuss für Schulen,\n07.05.2024\nJugend und Familie\n\nöffentlich\n\nStadtrat\n\n"
        "23.05.2024\n\nöffentlich\n" + TAIL,
        [
            ("Ortsrat Kleinfeld", "2024-03-05"),
            ("Bezirksvertretung Nordstadt", "2024-03-10"),
            ("Ausschuss für Schulen, Jugend und Familie", "2024-05-07"),
            ("Stadtrat", "2024-05-23"),
        ],
    ),
    (  # the name's last line on its date's line
        "name-rest-on-the-dates-line",
        HEAD + WRAPPED + "Haupt-, Personal- und\n"
        "Organisationsausschuss 21.03.2024\n\nnichtöffentlich\n\nRat der Stadt Wendhausen 04.04.2024\n\n"
        "öffentlich\n" + TAIL,
        [
            ("Ortsrat Kleinfeld", "2024-03-05"),
            ("Bezirksvertretung Nordstadt", "2024-03-10"),
            ("Haupt-, Personal- und Organisationsausschuss", "2024-03-21"),
            ("Rat der Stadt Wendhausen", "2024-04-04"),
        ],
    ),
    (  # ... the roles' column word and the statuses between the name's lines, as pdfminer.six sets the boxes
        "name-rest-after-other-cells",
        "Beratungsfolge\nGremium\nSitzung am\nOrtsrat Kleinfeld\n05.03.2024\nBezirksvertretung\nNordstadt\n10.03.2024\n"
        "Haupt-, Personal- und\nBeratung\n"
        "öffentlich\nöffentlich\nöffentlich\nOrganisationsausschuss 21.03.2024\nnichtöffentlich\n"
        "Rat der Stadt Wendhausen 04.04.2024\nöffentlich\n" + TAIL,
        [
            ("Ortsrat Kleinfeld", "2024-03-05"),
            ("Bezirksvertretung Nordstadt", "2024-03-10"),
            ("Haupt-, Personal- und Organisationsausschuss", "2024-03-21"),
            ("Rat der Stadt Wendhausen", "2024-04-04"),
        ],
    ),
    (  # the name's rest after its date and the role beside it, as pypdf sets the boxes
        "name-rest-after-date-and-role",
        "Beratungsfolge\nGremium\nDatum\nZuständigkeit\nOrtsrat Kleinfeld\n05.03.2024\nAnhörung\n"
        "Ausschuss für\nSchulen, Kultur und\n14.03.2024\nVorberatung\nWeiterbildung\nBezirksvertretung\nNordstadt\n"
        "21.03.2024\nVorberatung\nStadtrat\n28.03.2024\nEntscheidung\n" + TAIL,
        [
            ("Ortsrat Kleinfeld", "2024-03-05"),
            ("Ausschuss für Schulen, Kultur und Weiterbildung", "2024-03-14"),
            ("Bezirksvertretung Nordstadt", "2024-03-21"),
            ("Stadtrat", "2024-03-28"),
        ],
    ),
    (  # near miss: a closed name, its date and role, then the next row's name
        "closed-name-before-date-and-role",
        "Beratungsfolge\nGremium\nDatum\nZuständigkeit\nOrtsrat Kleinfeld\n05.03.2024\nAnhörung\n"
        "Schulausschuss\n14.03.2024\nVorberatung\nBezirksvertretung\nNordstadt\n"
        "21.03.2024\nVorberatung\nStadtrat\n28.03.2024\nEntscheidung\n" + TAIL,
        [
            ("Ortsrat Kleinfeld", "2024-03-05"),
            ("Schulausschuss", "2024-03-14"),
            ("Bezirksvertretung Nordstadt", "2024-03-21"),
            ("Stadtrat", "2024-03-28"),
        ],
    ),
    (  # near miss: a closed name before the date; the name after the date is the next row's
        "closed-name-before-the-date",
        HEAD
        + WRAPPED
        + "Jugendhilfeausschuss\n14.03.2024\nSportausschuss\n\nöffentlich\n\n21.03.2024\n\nöffentlich\n"
        + TAIL,
        [
            ("Ortsrat Kleinfeld", "2024-03-05"),
            ("Bezirksvertretung Nordstadt", "2024-03-10"),
            ("Jugendhilfeausschuss", "2024-03-14"),
            ("Sportausschuss", "2024-03-21"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in CASES])
def test_name_wrapped_around_its_date(text: str, expected: list[Fact]) -> None:
    assert facts(text) == expected


def test_closed_name_stays_apart_from_a_row_on_its_line() -> None:
    """Near miss: a name that closes, no date under it, above a row set on one line: the row is read as
    it stands, the name above joins nothing."""
    text = HEAD + WRAPPED + "Sportausschuss\n\nöffentlich\n\nRat der Stadt Wendhausen 04.04.2024\n\nöffentlich\n" + TAIL
    found = facts(text)
    assert ("Rat der Stadt Wendhausen", "2024-04-04") in found
    assert not any("Sportausschuss" in body for body, _ in found)
