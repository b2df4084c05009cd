"""action_fields: a run-on key whose codes are the field noun's abbreviation and the numbers 1, 2, 3 …
under a table that sets only the numbers, and what is none: numbers that do not count from one, codes of
another abbreviation (invented examples)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

_TABLE = (
    "2. Umsetzung\n\n"
    "Die Tabelle nennt zu jedem Vorhaben das Handlungsfeld (HF).\n\n"
    "Nr.  Vorhaben                               HF       Zeitraum\n"
    "----------------------------------------------------------------\n"
    " 1   Lesepaten in der Stadtbibliothek       1        2026–2027\n"
    " 2   Praktikumsbörse im Rathaus             2        laufend\n"
    " 3   Treffpunkt Marktviertel                3 / 4    ab 2027\n"
    " 4   Pflegelotsen                           4        geplant\n"
    "----------------------------------------------------------------\n"
)

CASES = [
    (
        "the key under the table, numbered from one, wrapped after a middle dot",
        _TABLE + "HF 1 = Frühe Bildung · HF 2 = Beruf und Qualifizierung ·\n"
        "HF 3 = Leben im Quartier · HF 4 = Pflege und Gesundheit\n",
        ["Frühe Bildung", "Beruf und Qualifizierung", "Leben im Quartier", "Pflege und Gesundheit"],
    ),
    (
        "numbers that do not count by one from one",
        _TABLE + "HF 2 = Frühe Bildung · HF 5 = Beruf und Qualifizierung ·\n"
        "HF 7 = Leben im Quartier · HF 9 = Pflege und Gesundheit\n",
        [],
    ),
    (
        "numbered codes of another abbreviation",
        "Die Entgeltgruppen der Stellen:\n\nEG 1 = Hausmeisterdienste · EG 2 = Botendienste · EG 3 = Pförtnerdienste\n",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_numbered_keys(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
