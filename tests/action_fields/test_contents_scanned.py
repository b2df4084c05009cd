"""action_fields: a table of contents as a scan reads it, a page reference after its dot leaders
garbled into letters ("..... SR;"): the entry stands where its section number follows the one before
it; a number that does not follow, or a line without leaders, stays out (invented examples)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

_BODY = (
    "\n\nDie Kapitel werden in Werkstätten mit den Trägern und den Vereinen der Gemeinde erarbeitet.\n"
    "Der Rat wird über den Stand im Herbst unterrichtet.\n"
)
_LEADER = " " + "." * 24 + " "


def _contents(*entries: tuple[str, str, str]) -> str:
    return "Die Gliederung lautet:\n\n" + "\n".join(f"{n} {t}{_LEADER}{p}" for n, t, p in entries) + _BODY


CASES = [
    (
        "a child's page read as letters",
        _contents(
            ("1", "Einleitung", "S. 3"),
            ("2", "Ziele in den vier Handlungsfeldern", "S. 6"),
            ("2.1", "Sprache und Schule", "S. 7"),
            ("2.2", "Arbeit und Beruf", "SR;"),
            ("2.3", "Wohnen im Quartier", "S. 12"),
            ("2.4", "Sport und Vereine", "S. 15"),
            ("3", "Umsetzung", "S. 18"),
        ),
        ["Sprache und Schule", "Arbeit und Beruf", "Wohnen im Quartier", "Sport und Vereine"],
    ),
    (
        "the first child's page read as letters",
        _contents(
            ("1", "Einleitung", "4"),
            ("2", "Handlungsfelder der Stadt", "6"),
            ("2.1", "Bildung", "Sl"),
            ("2.2", "Gesundheit und Pflege", "9"),
            ("2.3", "Kultur und Begegnung", "11"),
            ("3", "Ausblick", "14"),
        ),
        ["Bildung", "Gesundheit und Pflege", "Kultur und Begegnung"],
    ),
]

# an entry whose number does not follow the one before it is no entry of the run
SKIPPED = _contents(
    ("1", "Einleitung", "S. 3"),
    ("2", "Ziele in den vier Handlungsfeldern", "S. 6"),
    ("2.1", "Sprache und Schule", "S. 7"),
    ("2.5", "Arbeit und Beruf", "SR;"),
    ("2.2", "Wohnen im Quartier", "S. 12"),
    ("2.3", "Sport und Vereine", "S. 15"),
    ("3", "Umsetzung", "S. 18"),
)


@pytest.mark.parametrize(("_name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_an_unread_page_after_leaders_keeps_the_entry(_name: str, text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_an_entry_out_of_sequence_is_left_out() -> None:
    assert "Arbeit und Beruf" not in labels(SKIPPED)


def test_letters_without_leaders_are_no_entry() -> None:
    text = _contents(
        ("1", "Einleitung", "S. 3"),
        ("2", "Ziele in den vier Handlungsfeldern", "S. 6"),
        ("2.1", "Sprache und Schule", "S. 7"),
    ).replace("Die Kapitel", "2.2 Arbeit und Beruf SR;\nDie Kapitel")
    assert "Arbeit und Beruf" not in labels(text)
