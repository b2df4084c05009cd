"""action_fields: a table of contents set one cell per line, the section number, the title and the
page each on a line of its own between blank lines, some pages left out of the flat text as page
furniture (invented examples)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels


def _cells(*entries: tuple[str, str, str]) -> str:
    """A table of contents with every cell on a line of its own, blank lines between."""
    return "\n\n".join(cell for entry in entries for cell in entry if cell)


_BODY = (
    "\n\n1 Vorwort\n\nDie Gemeinde legt ihren ersten Bericht zur Integration vor und dankt allen Beteiligten.\n"
    "Der Bericht wurde im Beirat und in den Ausschüssen beraten und einstimmig zur Kenntnis genommen.\n"
)

CASES = [
    (
        "numbers, titles and pages each a cell",
        "Inhalt\n\n"
        + _cells(
            ("1", "Vorwort", "3"),
            ("2", "Ausgangslage in der Gemeinde", "4"),
            ("3", "Ziele und Handlungsfelder", "6"),
            ("3.1", "Frühe Bildung und Schule", "6"),
            ("3.2", "Arbeit und Ausbildung", "9"),
            ("3.3", "Nachbarschaft und Ehrenamt", "11"),
            ("4", "Ausblick", "14"),
        )
        + _BODY,
        ["Frühe Bildung und Schule", "Arbeit und Ausbildung", "Nachbarschaft und Ehrenamt"],
    ),
    (
        "a child without its number stays a child",
        "Inhalt\n\n"
        + _cells(
            ("1", "Vorwort", "3"),
            ("2", "Handlungsfelder der Gemeinde", "5"),
            ("2.1", "Sprache", "5"),
            ("", "Gesundheit und Pflege", "8"),
            ("2.3", "Sport und Kultur", "10"),
            ("3", "Steuerung", "12"),
        )
        + _BODY,
        ["Sprache", "Gesundheit und Pflege", "Sport und Kultur"],
    ),
]


@pytest.mark.parametrize(("_name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_table_of_contents_one_cell_per_line(_name: str, text: str, expected: list[str]) -> None:
    assert labels(text) == expected
