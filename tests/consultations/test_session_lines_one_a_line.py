"""A Beratungsfolge set one cell a line (an export of a ruled table) whose rows are grouped under
session lines ("nichtöffentliche Sitzung" / "öffentliche Sitzung"): each row keeps the role on
the line under its date, and a session line after a row is the next group's head, no status of
the row above it."""

from __future__ import annotations

import pytest

from extractors import consultations, load_resources
from tests.helpers import document, viewed

RES = load_resources()

TEXT = """Gemeinde Tannenwiese
Der Bürgermeister
Beschlussvorlage
Vorlage Nr. 2026/0412
Datum: 03.02.2026
Betreff: Erweiterung des Jugendtreffs
Beratungsfolge
Gremium
Datum
Zuständigkeit
{first_session}
{first}
17.02.2026
{first_role}
{second_session}
{second}
05.03.2026
{second_role}
Der Rat beschließt die Erweiterung in der vorgelegten Form.
Begründung:
Der Jugendtreff ist seit zwei Jahren zu klein.
"""

CASES = [
    ("Jugendhilfeausschuss", "Vorberatung", "preliminary", "Gemeinderat", "Beschluss", "decision"),
    ("Ausschuss für Kultur und Sport", "Vorberatung", "preliminary", "Rat der Gemeinde", "Entscheidung", "decision"),
    ("Ortsrat Kieferngrund", "Anhörung", "deliberation", "Verwaltungsausschuss", "Entscheidung", "decision"),
]


@pytest.mark.parametrize(
    ("sessions"),
    [("nichtöffentliche Sitzung", "öffentliche Sitzung"), ("öffentliche Sitzung", "nicht öffentliche Sitzung")],
    ids=["closed-then-open", "open-then-closed"],
)
@pytest.mark.parametrize(("first", "first_role", "first_value", "second", "second_role", "second_value"), CASES)
def test_rows_under_session_lines_one_cell_a_line(
    sessions: tuple[str, str],
    first: str,
    first_role: str,
    first_value: str,
    second: str,
    second_role: str,
    second_value: str,
) -> None:
    text = TEXT.format(
        first_session=sessions[0],
        second_session=sessions[1],
        first=first,
        first_role=first_role,
        second=second,
        second_role=second_role,
    )
    got = viewed(consultations.extract, document(text), RES)
    assert [(r.body, r.meeting_date, r.role) for r in got] == [
        (first, "2026-02-17", first_value),
        (second, "2026-03-05", second_value),
    ]
    # the session line under the first row heads the second: it is no status of the first
    assert got[0].public is None
