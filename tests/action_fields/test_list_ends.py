"""action_fields: a short heading after a list of bare items ends the list; the dash items under it
(downloads, further papers) are no fields (invented examples)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

CASES = [
    (
        "a download heading after the fields",
        "Der Plan nennt vier Handlungsfelder:\n- Spracherwerb\n- Arbeit und Beruf\n- Wohnen im Quartier\n"
        "- Gesundheit\nUnterlagen zum Herunterladen\n- Teil A (120 KB)\n- Teil B (2,4 MB)\n",
        ["Spracherwerb", "Arbeit und Beruf", "Wohnen im Quartier", "Gesundheit"],
    ),
    (
        "a heading of further links after the fields",
        "Nach zwei Sitzungen des Netzwerks mit allen Trägern, Vereinen und Ämtern der Gemeinde liegt der Plan vor.\n"
        "Folgende Handlungsfelder wurden festgelegt:\n- Bildung\n- Sport und Freizeit\nWeitere Informationen\n"
        "- Protokoll der Sitzung\n- Pressemitteilung\n",
        ["Bildung", "Sport und Freizeit"],
    ),
    (
        "descriptions under each item keep the list going",
        "Das Konzept hat drei Handlungsfelder:\n- Sprache\nKurse für Eltern und Kinder werden ausgebaut.\n"
        "- Arbeit\nBetriebe werden beraten.\n- Wohnen\nDie Stadt sucht Wohnraum.\n",
        ["Sprache", "Arbeit", "Wohnen"],
    ),
]


@pytest.mark.parametrize(("_name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_heading_after_bare_items_ends_the_list(_name: str, text: str, expected: list[str]) -> None:
    assert labels(text) == expected
