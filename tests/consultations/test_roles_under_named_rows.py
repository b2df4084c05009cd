"""A Beratungsfolge without a header whose rows open with the body, then the date and the status, each
row's role on an indented line under it ("Ortsbeirat Nord   04.03.2027   öffentlich" / "Anhörung"), a
body wrapped onto a line of its own before its role, and the text going on after a blank line. The role
lines are the rows' only where one stands under every row; else no row takes one (empty rather than
wrong). Every case is invented: other names, other dates, the same form."""

from __future__ import annotations

import pytest

from tests.consultations.test_cells_beside_wrapped_names import Row, rows

ROWS = [
    ("Ortsbeirat Nord", "2027-03-04", "deliberation", True),
    ("Deputation für Kultur, Sport und Teilhabe", "2027-03-18", "decision", True),
    ("Rechnungsprüfungsausschuss", "2027-04-01", "information", False),
]
AFTER = "\n1. Anlass\nDie Stadt will ihre Stadtteile stärker beteiligen.\n"
UNDER = (
    "Beratungsfolge:\n"
    "Ortsbeirat Nord                              04.03.2027     öffentlich\n"
    "        Anhörung\n"
    "Deputation für Kultur, Sport                 18.03.2027     öffentlich\n"
    "und Teilhabe\n"
    "        Beschlussfassung\n"
    "Rechnungsprüfungsausschuss                   01.04.2027     nichtöffentlich\n"
    "        Kenntnisnahme\n"
)
SINGLE = (  # as OCR or a PDF's text layer gives it: every gap one space, the role lines not indented
    "Beratungsfolge:\n"
    "Ortsbeirat Nord 04.03.2027 öffentlich\nAnhörung\n"
    "Deputation für Kultur, Sport 18.03.2027 öffentlich\nund Teilhabe\nBeschlussfassung\n"
    "Rechnungsprüfungsausschuss (städtisch) 01.04.2027 nichtöffentlich\nKenntnisnahme\n"
)
CASES = [
    pytest.param(UNDER + AFTER, ROWS, id="text-after"),
    pytest.param(UNDER, ROWS, id="table-at-the-end"),
    pytest.param(  # a name's attribute in brackets stays with the name
        SINGLE + AFTER,
        [*ROWS[:2], ("Rechnungsprüfungsausschuss (städtisch)", *ROWS[2][1:])],
        id="single-spaced",
    ),
    pytest.param(  # a row without its role line: whose line is whose is not sure, none is read
        UNDER.replace("        Anhörung\n", "") + AFTER,
        [(b, d, None, p) for b, d, _, p in ROWS],
        id="one-row-without",
    ),
    pytest.param(  # a role line above the first row: the roles stand over their rows, or not; none is read
        UNDER.replace("Beratungsfolge:\n", "Beratungsfolge:\n        Vorberatung\n") + AFTER,
        [(b, d, None, p) for b, d, _, p in ROWS],
        id="above-the-first",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_role_under_a_named_row(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


def test_a_deputation_is_a_committee() -> None:
    """A city state's Deputation is named by its head word like an Ausschuss."""
    text = (
        "Beratungsfolge:\nGremium                                   Sitzung am\n"
        "Deputation für Umwelt und Bau             12.05.2027\n"
    )
    assert rows(text) == [("Deputation für Umwelt und Bau", "2027-05-12", None, None)]
