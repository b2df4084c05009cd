"""A field table with gaps between its cells (``extractors/action_fields/tables.py``) whose name's
rest opens the next line with a conjunction at the line's start, the row's other cells wrapped
beside it ("Politische Bildung" / "und Ehrenamt"); the same words indented under another column
are that column's."""

from __future__ import annotations

from tests.action_fields.test_action_fields import labels

LEAD = "Kreis Unterwald\nVorlage 7/2027\n\nDie Handlungsfelder und ihre Kennzahlen:\n\n"
TAIL = "\nDer Kreistag berät die Vorlage im Juni.\n"


def test_a_name_going_on_with_a_conjunction_at_the_line_start() -> None:
    text = (
        "Handlungsfeld           Kennzahl                              Basis 2026   Ziel 2030\n"
        "Kita und Schule         Plätze in Ganztagsschulen                   410          600\n"
        "Politische Bildung      Besuche der Jugendforen                      35           60\n"
        "und Ehrenamt            (je Jahr)\n"
        "Pflege                  Beratungen in den Stützpunkten              900        1.200\n"
    )
    assert labels(LEAD + text + TAIL) == ["Kita und Schule", "Politische Bildung und Ehrenamt", "Pflege"]


def test_a_conjunction_under_another_column_is_that_cells() -> None:
    text = (
        "Handlungsfeld           Kennzahl                              Basis 2026   Ziel 2030\n"
        "Kita und Schule         Plätze in Ganztagsschulen                   410          600\n"
        "Politische Bildung      Besuche der Jugendforen                      35           60\n"
        "                        und Jugendräte (je Jahr)\n"
        "Pflege                  Beratungen in den Stützpunkten              900        1.200\n"
    )
    assert labels(LEAD + text + TAIL) == ["Kita und Schule", "Politische Bildung", "Pflege"]
