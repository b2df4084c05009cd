"""A Beratungsfolge without a header whose rows open with their date and status, each row's role on
the line under it ("03.02.2027   öffentlich   Ausschuss für Umwelt" / "Vorberatung"), a reading's
ordinal beside the role ("Beratung, 1. Befassung"). The role lines are the rows' only where one stands
under every row and none above the first; else no row takes one (empty rather than wrong). Every case
is invented: other names, other dates, the same form."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.consultations.vocab import status, vocab
from tests.consultations.test_cells_beside_wrapped_names import Row, rows

UNDER = [
    ("Ausschuss für Umwelt und Verkehr", "2027-02-03", "preliminary", True),
    ("Verwaltungsausschuss", "2027-02-11", "deliberation", False),
    ("Gemeinderat", "2027-02-25", "decision", True),
]
CASES = [
    pytest.param(
        "Beratungsfolge:\n03.02.2027   öffentlich        Ausschuss für Umwelt und Verkehr\n             Vorberatung\n"
        "11.02.2027   nichtöffentlich   Verwaltungsausschuss\n             Beratung, 1. Befassung\n"
        "25.02.2027   öffentlich        Gemeinderat\n             Entscheidung\n",
        UNDER,
        id="gaps",
    ),
    pytest.param(  # as a PDF's text layer gives it, every gap one space, the role lines not indented
        "Beratungsfolge:\n03.02.2027 öffentlich Ausschuss für Umwelt und Verkehr\nVorberatung\n"
        "11.02.2027 nichtöffentlich Verwaltungsausschuss\nBeratung, 1. Befassung\n"
        "25.02.2027 öffentlich Gemeinderat\nEntscheidung\n",
        UNDER,
        id="single-spaced",
    ),
    pytest.param(  # one row without a role line: which row a role line is whose is not sure, none is read
        "Beratungsfolge:\n03.02.2027   öffentlich        Ausschuss für Umwelt und Verkehr\n             Vorberatung\n"
        "11.02.2027   nichtöffentlich   Verwaltungsausschuss\n"
        "25.02.2027   öffentlich        Gemeinderat\n             Entscheidung\n",
        [(b, d, None, p) for b, d, _, p in UNDER],
        id="one-row-without",
    ),
    pytest.param(  # a role line above the first row: the roles stand over their rows, or not; none is read
        "Beratungsfolge:\n             Vorberatung\n03.02.2027   öffentlich        Ausschuss für Umwelt und Verkehr\n"
        "             Entscheidung\n25.02.2027   öffentlich        Gemeinderat\n",
        [(UNDER[0][0], UNDER[0][1], None, True), (UNDER[2][0], UNDER[2][1], None, True)],
        id="above-the-first",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_role_under_a_dated_row(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beratung, 1. Befassung", ("deliberation", None)),
        ("Vorberatung, 2. Befassung", ("preliminary", None)),
        ("2. Befassung", ("deliberation", None)),
        ("Vorberatung 2.", None),  # an ordinal without its role word after it is no part of a role
        ("öffentlich, 2. Sitzung", None),
    ],
)
def test_a_reading_s_ordinal_before_its_role(text: str, expected: tuple[str | None, bool | None] | None) -> None:
    assert status(text, vocab(load_resources())) == expected
