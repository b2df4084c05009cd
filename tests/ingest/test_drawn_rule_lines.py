"""A line drawn with strokes alone ("------ ------", "────") has ink only a stroke high, set below
where a line of letters' top would be: the gap above it is judged by its foot. A rule right under a
table's column words joins them with no blank line (the table's rows read under their header); a
rule a blank line below the text keeps its blank line. The runs are placed as a PDF's text layer
gives those of a page set at 13.5 pt leading, paragraphs 2 pt apart (invented words)."""

from __future__ import annotations

from pipeline.ingest.layout import Glyph, group_lines, lines_to_text

TEXT = [("Die Gruppe hat elf Mitglieder. Sie wählt eine Sprecherin", 186.6, 196.7)]
TEXT += [("oder einen Sprecher; bis zur Wahl leitet die Beigeordnete.", 200.1, 210.2)]


def _page(lines: list[tuple[str, float, float]]) -> str:
    return lines_to_text(
        group_lines([Glyph(text, 78.0, 78.0 + 5 * len(text), top, bottom) for text, top, bottom in lines])
    )


def test_a_rule_under_column_words_joins_them_without_a_blank_line() -> None:
    lines = [
        ("Funktion Name entsandt von", 229.1, 237.2),
        ("------------------ ------------------------ ----------------", 249.2, 252.5),
        ("Leitung Beate Kühl-Marten Beigeordnete für Soziales", 260.1, 270.2),
        ("Mitglied Holger Pries Fraktion CDU", 275.6, 285.7),
    ]
    text = _page([(t, top - 15.5, bottom - 15.5) for t, top, bottom in lines] + TEXT)
    assert "Funktion Name entsandt von\n------------------ " in text
    assert "----------------\nLeitung Beate" in text


def test_a_rule_a_blank_line_below_the_text_keeps_its_blank_line() -> None:
    text = _page([*TEXT, ("────────────────────────────────", 227.5, 228.4), ("Seite 2 von 2", 247.0, 256.1)])
    assert "Beigeordnete.\n\n────" in text
