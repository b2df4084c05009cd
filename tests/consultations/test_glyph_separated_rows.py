"""A Beratungsfolge whose gaps a PDF's text layer closed to single spaces: a glyph repeated between
the cells of its header and every row parts them as a bar does ("12.09.2025 ▸ Sozialausschuss ▸
Vorberatung ▸ öffentlich"), and a sentence under such rows that holds no glyph is no row; a row
set with single spaces reads its role word after a comma of the name ("Ausschuss für Umwelt,
Vorberatung Ö 3") and a vote given word first ("Ja 7 / Nein 1") as another column's cells."""

from __future__ import annotations

from pipeline.structure.separators import glyph_bars
from tests.consultations.test_consultations import run

ARROWED = """Beratungsweg (Termin ▸ Gremium ▸ Aufgabe ▸ Sitzungsart):

12.09.2025 ▸ Ausschuss für Senioren ▸ Vorberatung ▸ öffentlich
↓
19.09.2025 ▸ Ausschuss für Kultur, Sport und ▸ Vorberatung ▸ nichtöffentlich
Ehrenamt
↓
02.10.2025 ▸ Gemeinderat ▸ Entscheidung ▸ öffentlich

Der Verwaltungsausschuss hat den Entwurf in seiner Sitzung am 28. August 2025 beraten
und
empfiehlt die Annahme.
"""


def test_glyph_between_cells_parts_the_rows() -> None:
    _, found = run(ARROWED)
    rows = [(c.body.rstrip(" ↓"), c.meeting_date, c.role, c.public) for c in found]
    assert rows == [
        ("Ausschuss für Senioren", "2025-09-12", "preliminary", True),
        ("Ausschuss für Kultur, Sport und Ehrenamt", "2025-09-19", "preliminary", False),
        ("Gemeinderat", "2025-10-02", "decision", True),
    ]


def test_glyph_once_on_a_line_stays_text() -> None:
    text = "Fachbereich 3 · Jugend und Familie\nRathausstraße 4 · 31234 Kleinstadt"
    assert glyph_bars(text) == text
    assert glyph_bars("A ▸ B ▸ C\nweiter") == "A ▸ B ▸ C\nweiter"  # on one line alone: no table
    assert glyph_bars("A ▸ B ▸ C\nD ▸ E ▸ F") == "A | B | C\nD | E | F"


SINGLE_SPACED = """Beratungsfolge

Datum Gremium Zuständigkeit TOP Ergebnis
Di, 09.06.26 Ausschuss für Umwelt, Vorberatung Ö 3 empfohlen
Klima und Verkehr
Do, 18.06.26 Ausschuss für Umwelt, Vorberatung Ö 5 einstimmig
Klima und Verkehr Ja 7 / Nein 1 / Enth. 0
Mo, 29.06.26 Hauptausschuss Vorberatung N 2
Do, 09.07.26 Stadtrat Beschluss Ö 14

Beschlussvorschlag:
Der Stadtrat stimmt dem Plan zu.
"""


def test_single_spaced_rows_with_role_after_comma_and_vote() -> None:
    _, found = run(SINGLE_SPACED)
    rows = [(c.body, c.meeting_date, c.role, c.public) for c in found]
    assert rows == [
        ("Ausschuss für Umwelt, Klima und Verkehr", "2026-06-09", "preliminary", True),
        ("Ausschuss für Umwelt, Klima und Verkehr", "2026-06-18", "preliminary", True),
        ("Hauptausschuss", "2026-06-29", "preliminary", False),
        ("Stadtrat", "2026-07-09", "decision", True),
    ]
