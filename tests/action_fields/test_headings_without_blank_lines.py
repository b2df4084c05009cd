"""Headings opening with the field noun as pdftotext and pypdf set them: no blank line above a
heading, its paragraph on the next line, the heading after a line ending a sentence; read where
another line opens with the same noun so (a series of headings), not a lone line of prose
(``extractors/action_fields/headings.py``, invented documents)."""

from __future__ import annotations

from tests.action_fields.test_action_fields import labels

HEAD = "Landkreis Auenfeld\nVorlage 0212/2028\n\n2. Schwerpunkte\n\n"
TAIL = "3. Finanzierung\nDie Mittel stehen im Haushalt bereit.\n"


def test_a_series_of_headings_without_blank_lines() -> None:
    text = (
        HEAD
        + (
            "Das Programm bündelt die Maßnahmen in drei Schwerpunkten. Die Anlage nennt die\n"
            "Ziele und Stellen.\n"
            "Handlungsschwerpunkt Ankommen und Orientierung\n"
            "Erstberatung in den Rathäusern, Lotsen in jeder\n"
            "Gemeinde.\n"
            "Handlungsschwerpunkt Sprache und frühe Bildung\n"
            "Sprachkitas im ländlichen Raum, Elterncafés.\n"
            "Handlungsschwerpunkt Zusammenleben im Dorf\n"
            "Begegnung in Sportvereinen und Kirchengemeinden.\n"
        )
        + TAIL
    )
    assert labels(text) == ["Ankommen und Orientierung", "Sprache und frühe Bildung", "Zusammenleben im Dorf"]


def test_a_lone_line_opening_with_the_noun_after_a_sentence_is_no_heading() -> None:
    text = (
        HEAD
        + (
            "Das Programm bündelt die Maßnahmen der Verwaltung für das nächste Jahr.\n"
            "Handlungsschwerpunkt Ankommen und Orientierung\n"
            "Erstberatung in den Rathäusern, Lotsen in jeder Gemeinde.\n"
        )
        + TAIL
    )
    assert labels(text) == []
